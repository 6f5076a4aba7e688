//! Task placement, as a pure function of a cluster snapshot and a request.
//!
//! The control plane takes a snapshot of the cluster's container instances, asks for a plan,
//! and commits it only if every chosen instance is unchanged since the snapshot (optimistic
//! concurrency); on conflict it takes a new snapshot and plans again. Nothing here does IO,
//! reads a clock or draws random numbers, so plans are reproducible and testable.
//!
//! This is first-fit: instances are tried in the order given and each task goes to the first
//! one that has room. ECS's strategies (binpack, spread, random) and constraints build on the
//! same snapshot and demand types.

use std::collections::BTreeSet;

/// What one task needs from an instance. ECS counts a container's `memory` (hard limit), else its
/// `memoryReservation`; task-level cpu/memory replace the container sums when set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Demand {
    pub cpu: i64,
    pub memory: i64,
    /// Static host ports (TCP) the task binds on the instance.
    pub tcp_ports: Vec<u16>,
    /// Static host ports (UDP).
    pub udp_ports: Vec<u16>,
}

/// One container instance as the scheduler sees it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Candidate {
    /// The instance's ARN, reported back in failures.
    pub arn: String,
    /// ACTIVE instances take new tasks; DRAINING and others don't.
    pub active: bool,
    pub agent_connected: bool,
    pub remaining_cpu: i64,
    pub remaining_memory: i64,
    /// TCP ports already taken (reserved by the agent or bound by tasks).
    pub used_tcp_ports: BTreeSet<u16>,
    pub used_udp_ports: BTreeSet<u16>,
}

/// Why an instance could not take a task, in ECS's failure-reason vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rejection {
    /// Not ACTIVE (e.g. DRAINING).
    Inactive,
    /// The agent is disconnected.
    Agent,
    Cpu,
    Memory,
    Ports,
}

impl Rejection {
    /// The reason string ECS puts in `failures[].reason`.
    pub fn reason(self) -> &'static str {
        match self {
            Self::Inactive => "INACTIVE",
            Self::Agent => "AGENT",
            Self::Cpu => "RESOURCE:CPU",
            Self::Memory => "RESOURCE:MEMORY",
            Self::Ports => "RESOURCE:PORTS",
        }
    }
}

/// The outcome of planning `count` tasks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// Index into the candidates for each placed task, in task order.
    pub placements: Vec<usize>,
    /// How many tasks could not be placed.
    pub unplaced: usize,
    /// For each candidate that turned a task away, the first reason it gave.
    pub rejections: Vec<(usize, Rejection)>,
}

impl Candidate {
    /// Why this instance cannot take `demand` now, if it cannot.
    pub fn check(&self, demand: &Demand) -> Option<Rejection> {
        if !self.active {
            return Some(Rejection::Inactive);
        }
        if !self.agent_connected {
            return Some(Rejection::Agent);
        }
        if demand.cpu > self.remaining_cpu {
            return Some(Rejection::Cpu);
        }
        if demand.memory > self.remaining_memory {
            return Some(Rejection::Memory);
        }
        let clash = demand
            .tcp_ports
            .iter()
            .any(|p| self.used_tcp_ports.contains(p))
            || demand
                .udp_ports
                .iter()
                .any(|p| self.used_udp_ports.contains(p));
        if clash {
            return Some(Rejection::Ports);
        }
        None
    }

    /// Takes `demand` from this instance's remaining resources.
    pub fn reserve(&mut self, demand: &Demand) {
        self.remaining_cpu -= demand.cpu;
        self.remaining_memory -= demand.memory;
        self.used_tcp_ports.extend(demand.tcp_ports.iter().copied());
        self.used_udp_ports.extend(demand.udp_ports.iter().copied());
    }
}

/// Whether a task's own static ports collide with each other (then it can never be placed).
fn self_conflicting(demand: &Demand) -> bool {
    let tcp: BTreeSet<_> = demand.tcp_ports.iter().collect();
    let udp: BTreeSet<_> = demand.udp_ports.iter().collect();
    tcp.len() != demand.tcp_ports.len() || udp.len() != demand.udp_ports.len()
}

/// Places `count` identical tasks first-fit. The input snapshot is not modified.
pub fn first_fit(candidates: &[Candidate], demand: &Demand, count: usize) -> Plan {
    let mut working = candidates.to_vec();
    let mut plan = Plan::default();
    if self_conflicting(demand) {
        plan.unplaced = count;
        return plan;
    }
    for _ in 0..count {
        let mut placed = None;
        for (index, candidate) in working.iter().enumerate() {
            match candidate.check(demand) {
                None => {
                    placed = Some(index);
                    break;
                }
                Some(rejection) => {
                    if !plan.rejections.iter().any(|(i, _)| *i == index) {
                        plan.rejections.push((index, rejection));
                    }
                }
            }
        }
        match placed {
            Some(index) => {
                working[index].reserve(demand);
                plan.placements.push(index);
            }
            None => plan.unplaced += 1,
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn instance(cpu: i64, memory: i64) -> Candidate {
        Candidate {
            arn: format!("i-{cpu}-{memory}"),
            active: true,
            agent_connected: true,
            remaining_cpu: cpu,
            remaining_memory: memory,
            ..Default::default()
        }
    }

    #[test]
    fn fills_the_first_instance_before_the_next() {
        let cluster = vec![instance(1024, 1024), instance(1024, 1024)];
        let demand = Demand {
            cpu: 256,
            memory: 256,
            ..Default::default()
        };
        let plan = first_fit(&cluster, &demand, 5);
        assert_eq!(plan.placements, vec![0, 0, 0, 0, 1]);
        assert_eq!(plan.unplaced, 0);
    }

    #[test]
    fn reports_ecs_reasons_for_what_does_not_fit() {
        let mut draining = instance(4096, 4096);
        draining.active = false;
        let mut disconnected = instance(4096, 4096);
        disconnected.agent_connected = false;
        let mut ports = instance(4096, 4096);
        ports.used_tcp_ports.insert(80);
        let cluster = vec![
            instance(100, 4096),
            instance(4096, 100),
            draining,
            disconnected,
            ports,
        ];
        let demand = Demand {
            cpu: 200,
            memory: 200,
            tcp_ports: vec![80],
            ..Default::default()
        };
        let plan = first_fit(&cluster, &demand, 1);
        assert_eq!(plan.unplaced, 1);
        let reasons: Vec<_> = plan.rejections.iter().map(|(_, r)| r.reason()).collect();
        assert_eq!(
            reasons,
            vec![
                "RESOURCE:CPU",
                "RESOURCE:MEMORY",
                "INACTIVE",
                "AGENT",
                "RESOURCE:PORTS"
            ]
        );
    }

    #[test]
    fn static_ports_allow_one_task_per_instance() {
        let cluster = vec![instance(4096, 4096), instance(4096, 4096)];
        let demand = Demand {
            cpu: 10,
            memory: 10,
            tcp_ports: vec![8080],
            ..Default::default()
        };
        let plan = first_fit(&cluster, &demand, 3);
        assert_eq!(plan.placements, vec![0, 1]);
        assert_eq!(plan.unplaced, 1);
    }

    #[test]
    fn tcp_and_udp_ports_are_separate() {
        let mut inst = instance(4096, 4096);
        inst.used_tcp_ports.insert(53);
        let demand = Demand {
            udp_ports: vec![53],
            ..Default::default()
        };
        assert_eq!(first_fit(&[inst], &demand, 1).placements, vec![0]);
    }

    proptest! {
        /// No plan overcommits an instance or places on one that is not ACTIVE and connected.
        #[test]
        fn never_overcommits(
            instances in proptest::collection::vec((0i64..4096, 0i64..8192, any::<bool>(), any::<bool>()), 0..12),
            cpu in 0i64..1024, memory in 0i64..2048, port in proptest::option::of(1u16..100), count in 0usize..20,
        ) {
            let cluster: Vec<Candidate> = instances.iter().map(|(c, m, a, g)| Candidate {
                active: *a, agent_connected: *g, ..instance(*c, *m)
            }).collect();
            let demand = Demand { cpu, memory, tcp_ports: port.into_iter().collect(), ..Default::default() };
            let plan = first_fit(&cluster, &demand, count);
            prop_assert_eq!(plan.placements.len() + plan.unplaced, count);
            for (index, inst) in cluster.iter().enumerate() {
                let n = plan.placements.iter().filter(|i| **i == index).count() as i64;
                if n > 0 {
                    prop_assert!(inst.active && inst.agent_connected);
                    prop_assert!(n * cpu <= inst.remaining_cpu);
                    prop_assert!(n * memory <= inst.remaining_memory);
                    if port.is_some() { prop_assert!(n <= 1); }
                }
            }
            prop_assert_eq!(first_fit(&cluster, &demand, count), plan);
        }
    }
}
