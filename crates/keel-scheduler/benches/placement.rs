//! One placement decision (a RunTask of one task) on simulated clusters of 1,000 and 10,000
//! instances. `cargo bench -p keel-scheduler`; the example `placement_bench` reports
//! throughput and tail latency over a long run.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use keel_scheduler::workload::{self, Rng};
use keel_scheduler::{BinpackField, Constraint, Expr, Request, Scheduler, SpreadField, Strategy};

fn decisions(c: &mut Criterion) {
    let mut group = c.benchmark_group("place_one_task");
    let scenarios: Vec<(&str, Vec<Strategy>, Vec<Constraint>)> = vec![
        (
            "binpack_memory",
            vec![Strategy::Binpack(BinpackField::Memory)],
            vec![],
        ),
        (
            "spread_zone_binpack_cpu",
            vec![
                Strategy::Spread(SpreadField::Attribute("ecs.availability-zone".into())),
                Strategy::Binpack(BinpackField::Cpu),
            ],
            vec![],
        ),
        (
            "member_of_binpack_memory",
            vec![Strategy::Binpack(BinpackField::Memory)],
            vec![Constraint::MemberOf(
                Expr::parse("attribute:ecs.instance-type in [m5.large, m5.xlarge]").unwrap(),
            )],
        ),
    ];
    for instances in [1_000usize, 10_000] {
        let cluster = workload::cluster(instances, 42);
        for (name, strategies, constraints) in &scenarios {
            group.bench_function(BenchmarkId::new(*name, instances), |b| {
                let mut scheduler = Scheduler::new(cluster.clone());
                let mut rng = Rng::new(7);
                let mut seed = 0u64;
                b.iter(|| {
                    seed += 1;
                    let request = Request {
                        strategies: strategies.clone(),
                        constraints: constraints.clone(),
                        ..workload::task(&mut rng, "family:web")
                    };
                    if scheduler.place(&request, seed).unplaced > 0 {
                        scheduler = Scheduler::new(cluster.clone());
                    }
                });
            });
        }
    }
    group.finish();
}

criterion_group!(benches, decisions);
criterion_main!(benches);
