//! Where a service's new tasks go: its placement strategies and constraints over the cluster's
//! instances, as ECS applies them (strategies in order, best effort; constraints bind).
//! <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html>
//!
//! Fit (CPU, memory, ports, ACTIVE, agent connected) is `keel_scheduler::Candidate::check`;
//! this module only orders the instances that fit. With no strategy a service spreads by
//! `attribute:ecs.availability-zone` and then by `instanceId`, as ECS's service scheduler does.
//! Pure: the caller passes the counts and a seed for `random`.

use std::collections::BTreeMap;

use keel_awsmodel::ecs::{
    PlacementConstraint, PlacementConstraintType, PlacementStrategy, PlacementStrategyType,
};
use keel_scheduler::{Candidate, Demand, Rejection};

/// An instance as placement sees it.
#[derive(Clone, Debug)]
pub struct Slot {
    pub candidate: Candidate,
    pub instance_id: String,
    /// `ecs.*` and custom attributes, by name.
    pub attributes: BTreeMap<String, String>,
    /// Tasks of this service already on it (not STOPPED).
    pub service_tasks: usize,
}

impl Slot {
    fn value_of(&self, field: &str) -> Option<String> {
        match field {
            "instanceId" => Some(self.instance_id.clone()),
            // One container instance per host here.
            "host" => Some(self.instance_id.clone()),
            _ => field
                .strip_prefix("attribute:")
                .and_then(|name| self.attributes.get(name).cloned()),
        }
    }
}

/// The outcome of placing some tasks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Placement {
    /// Slot index per placed task.
    pub chosen: Vec<usize>,
    pub unplaced: usize,
    /// The first reason each instance turned a task away, for the service event.
    pub rejections: Vec<(usize, Rejection)>,
}

/// The strategies a service uses: its own, or ECS's service default.
pub fn effective_strategies(given: &[PlacementStrategy]) -> Vec<PlacementStrategy> {
    if !given.is_empty() {
        return given.to_vec();
    }
    vec![
        PlacementStrategy {
            r#type: Some(PlacementStrategyType::Spread),
            field: Some("attribute:ecs.availability-zone".into()),
        },
        PlacementStrategy {
            r#type: Some(PlacementStrategyType::Spread),
            field: Some("instanceId".into()),
        },
    ]
}

fn mix(seed: u64, index: usize) -> u64 {
    // splitmix64: a fixed, well-spread order for `random`.
    let mut z = seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Places `count` tasks of `demand` on `slots` (which it updates: resources and counts).
pub fn place(
    slots: &mut [Slot],
    demand: &Demand,
    count: usize,
    strategies: &[PlacementStrategy],
    constraints: &[PlacementConstraint],
    seed: u64,
) -> Placement {
    let strategies = effective_strategies(strategies);
    let distinct = constraints
        .iter()
        .any(|c| c.r#type == Some(PlacementConstraintType::DistinctInstance));
    let mut out = Placement::default();
    for task in 0..count {
        let mut fitting = Vec::new();
        for (index, slot) in slots.iter().enumerate() {
            let rejection = slot
                .candidate
                .check(demand)
                .or_else(|| (distinct && slot.service_tasks > 0).then_some(Rejection::Inactive));
            match rejection {
                None => fitting.push(index),
                Some(r) => {
                    if !out.rejections.iter().any(|(i, _)| *i == index) {
                        out.rejections.push((index, r));
                    }
                }
            }
        }
        if fitting.is_empty() {
            out.unplaced = count - task;
            break;
        }
        // Spread counts per strategy field, over every slot (a zone's count includes its
        // instances that are full).
        let spread_counts: Vec<BTreeMap<String, usize>> = strategies
            .iter()
            .map(|s| {
                let mut counts = BTreeMap::new();
                if s.r#type == Some(PlacementStrategyType::Spread)
                    && let Some(field) = s.field.as_deref()
                {
                    for slot in slots.iter() {
                        if let Some(v) = slot.value_of(field) {
                            *counts.entry(v).or_insert(0) += slot.service_tasks;
                        }
                    }
                }
                counts
            })
            .collect();
        let key = |index: usize| -> Vec<i64> {
            let slot = &slots[index];
            let mut key = Vec::new();
            for (s, counts) in strategies.iter().zip(&spread_counts) {
                match s.r#type {
                    Some(PlacementStrategyType::Spread) => {
                        let v = s.field.as_deref().and_then(|f| slot.value_of(f));
                        key.push(
                            v.map_or(i64::MAX, |v| counts.get(&v).copied().unwrap_or(0) as i64),
                        );
                    }
                    Some(PlacementStrategyType::Binpack) => {
                        let memory = s
                            .field
                            .as_deref()
                            .is_some_and(|f| f.eq_ignore_ascii_case("memory"));
                        key.push(if memory {
                            slot.candidate.remaining_memory
                        } else {
                            slot.candidate.remaining_cpu
                        });
                    }
                    Some(PlacementStrategyType::Random) => {
                        key.push((mix(seed, index * 1_000_003 + task) >> 1) as i64);
                    }
                    None => {}
                }
            }
            key
        };
        let best = fitting
            .iter()
            .copied()
            .min_by(|a, b| {
                key(*a)
                    .cmp(&key(*b))
                    .then(slots[*a].instance_id.cmp(&slots[*b].instance_id))
            })
            .expect("fitting is not empty");
        slots[best].candidate.reserve(demand);
        slots[best].service_tasks += 1;
        out.chosen.push(best);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(id: &str, zone: &str) -> Slot {
        Slot {
            candidate: Candidate {
                arn: format!("arn:{id}"),
                active: true,
                agent_connected: true,
                remaining_cpu: 4096,
                remaining_memory: 4096,
                ..Default::default()
            },
            instance_id: id.into(),
            attributes: [("ecs.availability-zone".to_string(), zone.to_string())].into(),
            service_tasks: 0,
        }
    }

    #[test]
    fn the_default_spreads_across_zones_then_instances() {
        let mut slots = vec![
            slot("a1", "z-a"),
            slot("a2", "z-a"),
            slot("b1", "z-b"),
            slot("c1", "z-c"),
            slot("c2", "z-c"),
            slot("c3", "z-c"),
        ];
        let demand = Demand {
            cpu: 10,
            memory: 10,
            ..Default::default()
        };
        let p = place(&mut slots, &demand, 6, &[], &[], 0);
        assert_eq!(p.unplaced, 0);
        let mut per_zone: BTreeMap<String, usize> = BTreeMap::new();
        for i in &p.chosen {
            *per_zone
                .entry(slots[*i].attributes["ecs.availability-zone"].clone())
                .or_default() += 1;
        }
        assert_eq!(
            per_zone.values().copied().collect::<Vec<_>>(),
            vec![2, 2, 2]
        );
        // Within a zone, instances share the zone's tasks.
        assert_eq!(slots[0].service_tasks, 1);
        assert_eq!(slots[1].service_tasks, 1);
    }

    #[test]
    fn binpack_fills_the_fullest_instance() {
        let mut slots = vec![slot("a", "z"), slot("b", "z")];
        slots[1].candidate.remaining_memory = 100;
        let demand = Demand {
            memory: 50,
            ..Default::default()
        };
        let strategy = [PlacementStrategy {
            r#type: Some(PlacementStrategyType::Binpack),
            field: Some("memory".into()),
        }];
        let p = place(&mut slots, &demand, 3, &strategy, &[], 0);
        assert_eq!(p.chosen, vec![1, 1, 0]);
    }

    #[test]
    fn distinct_instance_binds() {
        let mut slots = vec![slot("a", "z"), slot("b", "z")];
        let constraint = [PlacementConstraint {
            r#type: Some(PlacementConstraintType::DistinctInstance),
            expression: None,
        }];
        let p = place(&mut slots, &Demand::default(), 3, &[], &constraint, 0);
        assert_eq!(p.chosen.len(), 2);
        assert_eq!(p.unplaced, 1);
    }
}
