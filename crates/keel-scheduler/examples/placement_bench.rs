//! Placement throughput and per-decision latency of the pure engine on simulated clusters, and
//! binpack's packing quality against first-fit decreasing.
//!
//! `cargo run --release -p keel-scheduler --example placement_bench -- [DECISIONS]`
//!
//! Each decision places one task (RunTask with count 1) into a working copy of the cluster,
//! seeing every task placed before it; when the cluster is full, a fresh copy is taken (not
//! timed).

use std::time::Instant;

use keel_scheduler::workload::{self, Rng};
use keel_scheduler::{BinpackField, Constraint, Expr, Request, Scheduler, SpreadField, Strategy};

struct Scenario {
    name: &'static str,
    strategies: Vec<Strategy>,
    constraints: Vec<Constraint>,
}

fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "binpack(memory)",
            strategies: vec![Strategy::Binpack(BinpackField::Memory)],
            constraints: vec![],
        },
        Scenario {
            name: "spread(attribute:ecs.availability-zone)+binpack(cpu)",
            strategies: vec![
                Strategy::Spread(SpreadField::Attribute("ecs.availability-zone".into())),
                Strategy::Binpack(BinpackField::Cpu),
            ],
            constraints: vec![],
        },
        Scenario {
            name: "memberOf(instance-type in [m5.large, m5.xlarge])+binpack(memory)",
            strategies: vec![Strategy::Binpack(BinpackField::Memory)],
            constraints: vec![Constraint::MemberOf(
                Expr::parse("attribute:ecs.instance-type in [m5.large, m5.xlarge]").unwrap(),
            )],
        },
    ]
}

fn run(instances: usize, scenario: &Scenario, decisions: usize) {
    let cluster = workload::cluster(instances, 42);
    let mut rng = Rng::new(7);
    let groups: Vec<String> = (0..20).map(|g| format!("family:app{g}")).collect();
    let mut scheduler = Scheduler::new(cluster.clone());
    let mut latencies = Vec::with_capacity(decisions);
    let mut busy = std::time::Duration::ZERO;
    let mut refills = 0;
    let mut seed = 1u64;
    while latencies.len() < decisions {
        let group = &groups[rng.below(groups.len() as u64) as usize];
        let request = Request {
            strategies: scenario.strategies.clone(),
            constraints: scenario.constraints.clone(),
            ..workload::task(&mut rng, group)
        };
        seed += 1;
        let started = Instant::now();
        let plan = scheduler.place(&request, seed);
        let took = started.elapsed();
        if plan.unplaced > 0 {
            scheduler = Scheduler::new(cluster.clone());
            refills += 1;
            continue;
        }
        busy += took;
        latencies.push(took);
    }
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    println!(
        "| {instances} | {} | {:.0}/s | {:.1} µs | {:.1} µs | {:.1} µs | {refills} |",
        scenario.name,
        decisions as f64 / busy.as_secs_f64(),
        pct(0.5).as_secs_f64() * 1e6,
        pct(0.99).as_secs_f64() * 1e6,
        latencies.last().unwrap().as_secs_f64() * 1e6,
    );
}

fn quality() {
    let (cpu, memory) = (4096, 16_384);
    let mut rng = Rng::new(2026);
    let tasks: Vec<Request> = (0..5000)
        .map(|_| workload::task(&mut rng, "family:web"))
        .collect();
    let bound = workload::first_fit_decreasing(
        &tasks.iter().map(|t| t.demand.clone()).collect::<Vec<_>>(),
        cpu,
        memory,
    );
    for field in [BinpackField::Memory, BinpackField::Cpu] {
        let mut scheduler = Scheduler::new(workload::uniform_cluster(bound * 2, cpu, memory));
        for (n, t) in tasks.iter().enumerate() {
            let request = Request {
                strategies: vec![Strategy::Binpack(field)],
                ..t.clone()
            };
            assert_eq!(scheduler.place(&request, n as u64).unplaced, 0);
        }
        let used = scheduler
            .instances()
            .iter()
            .filter(|i| i.task_count() > 0)
            .count();
        println!(
            "binpack({field:?}): 5,000 tasks on {used} instances; first-fit decreasing needs {bound}: ratio {:.3}",
            used as f64 / bound as f64
        );
    }
}

fn main() {
    let decisions: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    println!("| instances | scenario | placements/s | p50 | p99 | max | cluster refills |");
    println!("|---|---|---|---|---|---|---|");
    for instances in [1_000, 10_000] {
        for scenario in scenarios() {
            run(instances, &scenario, decisions);
        }
    }
    quality();
}
