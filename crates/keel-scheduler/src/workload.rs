//! Simulated clusters and task streams for benchmarks and quality checks (seeded, so every run
//! sees the same workload). Not used by the control plane.

use crate::model::{Demand, Instance, Request};

/// A small seeded generator (SplitMix64), enough for workloads.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

pub const ZONES: [&str; 3] = ["us-east-1a", "us-east-1b", "us-east-1c"];
pub const INSTANCE_TYPES: [(&str, i64, i64); 4] = [
    ("m5.large", 2048, 7680),
    ("m5.xlarge", 4096, 15_616),
    ("c5.2xlarge", 8192, 15_616),
    ("r5.xlarge", 4096, 31_488),
];

/// `count` instances over three zones and four instance types, empty.
pub fn cluster(count: usize, seed: u64) -> Vec<Instance> {
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|n| {
            let (kind, cpu, memory) =
                INSTANCE_TYPES[rng.below(INSTANCE_TYPES.len() as u64) as usize];
            Instance {
                arn: format!("arn:aws:ecs:us-east-1:000000000000:container-instance/bench/{n:08x}"),
                ec2_instance_id: format!("i-{n:017x}"),
                attributes: vec![
                    (
                        "ecs.availability-zone".into(),
                        Some(ZONES[n % ZONES.len()].into()),
                    ),
                    ("ecs.instance-type".into(), Some(kind.into())),
                    ("ecs.os-type".into(), Some("linux".into())),
                    ("ecs.cpu-architecture".into(), Some("x86_64".into())),
                ],
                remaining_cpu: cpu,
                remaining_memory: memory,
                ..Default::default()
            }
        })
        .collect()
}

/// `count` identical, empty instances (for packing quality).
pub fn uniform_cluster(count: usize, cpu: i64, memory: i64) -> Vec<Instance> {
    (0..count)
        .map(|n| Instance {
            arn: format!("i-{n}"),
            remaining_cpu: cpu,
            remaining_memory: memory,
            ..Default::default()
        })
        .collect()
}

/// A task of a typical size: 128-1024 CPU units, 128-2048 MiB.
pub fn task(rng: &mut Rng, group: &str) -> Request {
    Request {
        demand: Demand {
            cpu: 128 * (1 + rng.below(8) as i64),
            memory: 128 * (1 + rng.below(16) as i64),
            ..Default::default()
        },
        count: 1,
        group: group.into(),
        ..Default::default()
    }
}

/// How many instances first-fit decreasing (by memory, then CPU) needs for `tasks` on
/// instances of one size: the offline bound online binpack is compared with.
pub fn first_fit_decreasing(tasks: &[Demand], cpu: i64, memory: i64) -> usize {
    let mut sorted: Vec<&Demand> = tasks.iter().collect();
    sorted.sort_by_key(|t| std::cmp::Reverse((t.memory, t.cpu)));
    let mut bins: Vec<(i64, i64)> = Vec::new();
    for t in sorted {
        match bins.iter_mut().find(|(c, m)| *c >= t.cpu && *m >= t.memory) {
            Some(bin) => {
                bin.0 -= t.cpu;
                bin.1 -= t.memory;
            }
            None => bins.push((cpu - t.cpu, memory - t.memory)),
        }
    }
    bins.len()
}
