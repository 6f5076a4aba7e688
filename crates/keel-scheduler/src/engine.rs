//! The placement engine: a working copy of a cluster snapshot that requests are placed into,
//! one after another, each seeing what the ones before it took.
//!
//! For each task: the instances that can take it (status, agent, CPU, memory, ports, GPUs,
//! required attributes, constraints) are the candidates; the strategies then rank them in order,
//! each breaking the ties of the one before, and a seeded draw breaks the ties that remain.
//! Everything a request reads that placements cannot change (its static constraints, its
//! attribute columns) is computed once per request or once per snapshot, so one decision is a
//! single pass over the candidates with a few comparisons each.

use std::collections::HashMap;
use std::sync::Arc;

use crate::model::{
    BinpackField, Constraint, Demand, Instance, InstanceStatus, Plan, Reason, Request, SpreadField,
    Strategy,
};
use crate::query::Expr;

/// A column of one attribute's values over the instances, interned.
#[derive(Debug, Default)]
struct AttributeColumn {
    /// Value id of each instance; [`ABSENT`] where the instance lacks the attribute.
    value_of: Vec<u32>,
    values: usize,
}

const ABSENT: u32 = 0;

/// The tasks of one group: per instance, and per value of each attribute spread over.
#[derive(Debug, Default)]
struct GroupCounts {
    per_instance: Vec<u32>,
    by_attribute: HashMap<String, Vec<u32>>,
}

/// A working copy of a cluster snapshot. See the module documentation.
#[derive(Debug)]
pub struct Scheduler {
    instances: Vec<Instance>,
    // Hot columns, kept in step with `instances`.
    cpu: Vec<i64>,
    memory: Vec<i64>,
    gpus: Vec<u32>,
    open: Vec<bool>,
    attributes: HashMap<String, AttributeColumn>,
    groups: HashMap<String, GroupCounts>,
    /// Results of expressions that placements cannot change, by their canonical text.
    static_masks: HashMap<String, Vec<bool>>,
    /// The instances passing a request's static checks, by those checks (constraints and
    /// required attributes): what most requests of a batch share.
    candidates: HashMap<String, Arc<Vec<u32>>>,
    /// Tasks decided so far; varies the seeded draws from one task to the next.
    draws: u64,
}

/// For each task of an explained request: where it would go and why the others were passed over.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TaskExplanation {
    pub instance: Option<usize>,
    /// Instances that could take the task (the chosen one among them).
    pub candidates: usize,
    /// Every instance that could not, with the first reason, in snapshot order.
    pub rejected: Vec<(usize, Reason)>,
}

fn mix(mut z: u64) -> u64 {
    // SplitMix64's finaliser: a cheap, well-distributed hash of the draw.
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// One strategy resolved against this snapshot, for the inner loop.
enum Rank<'a> {
    Cpu,
    Memory,
    Instances(&'a [u32]),
    Values {
        value_of: &'a [u32],
        counts: &'a [u32],
    },
    Draw,
}

impl Scheduler {
    pub fn new(mut instances: Vec<Instance>) -> Scheduler {
        for inst in &mut instances {
            inst.used_tcp_ports.sort_unstable();
            inst.used_udp_ports.sort_unstable();
        }
        Scheduler {
            cpu: instances.iter().map(|i| i.remaining_cpu).collect(),
            memory: instances.iter().map(|i| i.remaining_memory).collect(),
            gpus: instances.iter().map(|i| i.free_gpus).collect(),
            open: instances
                .iter()
                .map(|i| i.status == InstanceStatus::Active && i.agent_connected)
                .collect(),
            instances,
            attributes: HashMap::new(),
            groups: HashMap::new(),
            static_masks: HashMap::new(),
            candidates: HashMap::new(),
            draws: 0,
        }
    }

    /// The instances as placements so far have left them.
    pub fn instances(&self) -> &[Instance] {
        &self.instances
    }

    /// Places `request.count` tasks, taking their resources from the working copy. `seed`
    /// drives the draws (random strategy, final ties): the same snapshot, requests and seeds
    /// give the same plan.
    pub fn place(&mut self, request: &Request, seed: u64) -> Plan {
        let mut plan = Plan::default();
        if request.count == 0 {
            return plan;
        }
        let candidates = self.prepare(request);
        let dynamic: Vec<&Expr> = dynamic_constraints(request);
        for _ in 0..request.count {
            match self.choose(request, &candidates, &dynamic, seed) {
                Some(index) => {
                    self.apply(request, index);
                    plan.placements.push(index);
                }
                None => plan.unplaced += 1,
            }
        }
        if plan.unplaced > 0 {
            plan.rejections = (0..self.instances.len())
                .filter_map(|i| self.rejection(request, i).map(|r| (i, r)))
                .collect();
        }
        plan
    }

    /// StartTask: one task on each named instance (by index), with no strategies or
    /// constraints, only what the instance must have for the task. The answer says, per target,
    /// whether it took the task.
    pub fn place_on(&mut self, request: &Request, targets: &[usize]) -> Vec<Result<(), Reason>> {
        self.prepare(request);
        let unconstrained = Request {
            constraints: Vec::new(),
            ..request.clone()
        };
        targets
            .iter()
            .map(|&index| match self.rejection(&unconstrained, index) {
                Some(reason) => Err(reason),
                None => {
                    self.apply(request, index);
                    Ok(())
                }
            })
            .collect()
    }

    /// Where each task of `request` would go, and why every other instance was passed over,
    /// without changing this working copy.
    pub fn explain(&self, request: &Request, seed: u64) -> Vec<TaskExplanation> {
        let mut scratch = self.fork();
        let candidates = scratch.prepare(request);
        let dynamic = dynamic_constraints(request);
        let mut out = Vec::new();
        for _ in 0..request.count {
            let rejected: Vec<(usize, Reason)> = (0..scratch.instances.len())
                .filter_map(|i| scratch.rejection(request, i).map(|r| (i, r)))
                .collect();
            let chosen = scratch.choose(request, &candidates, &dynamic, seed);
            if let Some(index) = chosen {
                scratch.apply(request, index);
            }
            out.push(TaskExplanation {
                instance: chosen,
                candidates: scratch.instances.len() - rejected.len(),
                rejected,
            });
        }
        out
    }

    fn fork(&self) -> Scheduler {
        let mut copy = Scheduler::new(self.instances.clone());
        copy.cpu.clone_from(&self.cpu);
        copy.memory.clone_from(&self.memory);
        copy.gpus.clone_from(&self.gpus);
        copy.draws = self.draws;
        copy
    }

    /// Builds what the request reads (attribute columns, group counts, static constraint
    /// masks) and returns the instances that pass every check placements cannot change.
    fn prepare(&mut self, request: &Request) -> Arc<Vec<u32>> {
        self.group(&request.group);
        for strategy in &request.strategies {
            if let Strategy::Spread(SpreadField::Attribute(name)) = strategy {
                self.spread_counts(&request.group, name);
            }
        }
        let statics: Vec<&Expr> = request
            .constraints
            .iter()
            .filter_map(|c| match c {
                Constraint::MemberOf(e) if !e.depends_on_placements() => Some(e),
                _ => None,
            })
            .collect();
        let mut signature = String::new();
        for e in &statics {
            signature.push_str(&e.to_string());
            signature.push('\n');
        }
        for (name, value) in &request.required_attributes {
            signature.push_str(name);
            signature.push('=');
            signature.push_str(value.as_deref().unwrap_or("*"));
            signature.push('\n');
        }
        if let Some(found) = self.candidates.get(&signature) {
            return Arc::clone(found);
        }
        let mut masks: Vec<&Vec<bool>> = Vec::new();
        let keys: Vec<String> = statics
            .into_iter()
            .map(|e| {
                let key = e.to_string();
                if !self.static_masks.contains_key(&key) {
                    let mask = self.instances.iter().map(|i| e.matches(i)).collect();
                    self.static_masks.insert(key.clone(), mask);
                }
                key
            })
            .collect();
        for key in &keys {
            masks.push(&self.static_masks[key]);
        }
        let list: Vec<u32> = (0..self.instances.len())
            .filter(|&i| {
                self.open[i]
                    && masks.iter().all(|m| m[i])
                    && (request.required_attributes.is_empty()
                        || self.instances[i].satisfies(&request.required_attributes))
            })
            .map(|i| i as u32)
            .collect();
        let list = Arc::new(list);
        self.candidates.insert(signature, Arc::clone(&list));
        list
    }

    fn group(&mut self, group: &str) -> &mut GroupCounts {
        if !self.groups.contains_key(group) {
            let per_instance = self.instances.iter().map(|i| i.tasks_in(group)).collect();
            self.groups.insert(
                group.to_string(),
                GroupCounts {
                    per_instance,
                    by_attribute: HashMap::new(),
                },
            );
        }
        self.groups.get_mut(group).expect("just inserted")
    }

    fn attribute_column(&mut self, name: &str) -> &AttributeColumn {
        if !self.attributes.contains_key(name) {
            let mut ids: HashMap<&str, u32> = HashMap::new();
            let value_of = self
                .instances
                .iter()
                .map(|inst| match inst.attribute(name) {
                    None => ABSENT,
                    Some(v) => {
                        let next = ids.len() as u32 + 1;
                        *ids.entry(v).or_insert(next)
                    }
                })
                .collect();
            let values = ids.len() + 1;
            self.attributes
                .insert(name.to_string(), AttributeColumn { value_of, values });
        }
        &self.attributes[name]
    }

    fn spread_counts(&mut self, group: &str, attribute: &str) {
        if self.group(group).by_attribute.contains_key(attribute) {
            return;
        }
        let (value_of, values) = {
            let column = self.attribute_column(attribute);
            (column.value_of.clone(), column.values)
        };
        let counts = self.group(group);
        let mut by_value = vec![0u32; values];
        for (i, n) in counts.per_instance.iter().enumerate() {
            by_value[value_of[i] as usize] += n;
        }
        counts.by_attribute.insert(attribute.to_string(), by_value);
    }

    /// Which protocol's ports do not fit, if any.
    fn ports_fit(&self, demand: &Demand, i: usize) -> Option<Reason> {
        if demand.tcp_ports.is_empty()
            && demand.udp_ports.is_empty()
            && demand.dynamic_tcp == 0
            && demand.dynamic_udp == 0
        {
            return None;
        }
        let inst = &self.instances[i];
        let check = |used: &[u16], wanted: &[u16], dynamic_used: u32, dynamic: u32| -> bool {
            if has_duplicates(wanted) || wanted.iter().any(|p| used.binary_search(p).is_ok()) {
                return false;
            }
            if dynamic == 0 {
                return true;
            }
            let (low, high) = inst.dynamic_ports;
            if low > high {
                return false;
            }
            let span = u32::from(high - low) + 1;
            let in_range = |p: &u16| (low..=high).contains(p);
            let taken = (used.partition_point(|p| *p <= high) - used.partition_point(|p| *p < low))
                as u32
                + wanted.iter().filter(|p| in_range(p)).count() as u32
                + dynamic_used;
            span.saturating_sub(taken) >= dynamic
        };
        if !check(
            &inst.used_tcp_ports,
            &demand.tcp_ports,
            inst.dynamic_tcp_used,
            demand.dynamic_tcp,
        ) {
            return Some(Reason::Ports);
        }
        if !check(
            &inst.used_udp_ports,
            &demand.udp_ports,
            inst.dynamic_udp_used,
            demand.dynamic_udp,
        ) {
            return Some(Reason::PortsUdp);
        }
        None
    }

    /// The first reason instance `i` cannot take a task of `request` now, in the order ECS
    /// checks: the instance itself, then resources, then attributes, then constraints.
    pub fn rejection(&self, request: &Request, i: usize) -> Option<Reason> {
        let inst = &self.instances[i];
        let demand = &request.demand;
        if inst.status != InstanceStatus::Active {
            return Some(Reason::Inactive);
        }
        if !inst.agent_connected {
            return Some(Reason::Agent);
        }
        if self.cpu[i] < demand.cpu {
            return Some(Reason::Cpu);
        }
        if self.memory[i] < demand.memory {
            return Some(Reason::Memory);
        }
        if let Some(reason) = self.ports_fit(demand, i) {
            return Some(reason);
        }
        if self.gpus[i] < demand.gpus {
            return Some(Reason::Gpu);
        }
        if !inst.satisfies(&request.required_attributes) {
            return Some(Reason::Attribute);
        }
        for constraint in &request.constraints {
            match constraint {
                Constraint::MemberOf(e) if !e.matches(inst) => return Some(Reason::MemberOf),
                Constraint::DistinctInstance if self.group_on(&request.group, i) > 0 => {
                    return Some(Reason::DistinctInstance);
                }
                _ => {}
            }
        }
        None
    }

    fn group_on(&self, group: &str, i: usize) -> u32 {
        match self.groups.get(group) {
            Some(counts) => counts.per_instance[i],
            None => self.instances[i].tasks_in(group),
        }
    }

    /// The best instance for the next task of `request`, if one can take it.
    fn choose(
        &self,
        request: &Request,
        candidates: &[u32],
        dynamic: &[&Expr],
        seed: u64,
    ) -> Option<usize> {
        let demand = &request.demand;
        let group = &self.groups[&request.group];
        let distinct = request
            .constraints
            .iter()
            .any(|c| matches!(c, Constraint::DistinctInstance));
        let mut ranks: Vec<Rank<'_>> = request
            .strategies
            .iter()
            .map(|s| match s {
                Strategy::Binpack(BinpackField::Cpu) => Rank::Cpu,
                Strategy::Binpack(BinpackField::Memory) => Rank::Memory,
                Strategy::Spread(SpreadField::Instance) => Rank::Instances(&group.per_instance),
                Strategy::Spread(SpreadField::Attribute(name)) => Rank::Values {
                    value_of: &self.attributes[name].value_of,
                    counts: &group.by_attribute[name],
                },
                Strategy::Random => Rank::Draw,
            })
            .collect();
        ranks.push(Rank::Draw);
        let draw = mix(seed ^ mix(self.draws));
        let score = |rank: &Rank<'_>, i: usize| -> u64 {
            match rank {
                Rank::Cpu => self.cpu[i] as u64,
                Rank::Memory => self.memory[i] as u64,
                Rank::Instances(per) => u64::from(per[i]),
                Rank::Values { value_of, counts } => u64::from(counts[value_of[i] as usize]),
                // A cheap per-draw permutation of the instances.
                Rank::Draw => (draw ^ i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15),
            }
        };
        let mut best: Option<usize> = None;
        let mut best_key = [0u64; crate::model::MAX_STRATEGIES + 1];
        let ports = !demand.tcp_ports.is_empty()
            || !demand.udp_ports.is_empty()
            || demand.dynamic_tcp > 0
            || demand.dynamic_udp > 0;
        for &c in candidates {
            let i = c as usize;
            if self.cpu[i] < demand.cpu
                || self.memory[i] < demand.memory
                || self.gpus[i] < demand.gpus
                || (ports && self.ports_fit(demand, i).is_some())
                || (distinct && group.per_instance[i] > 0)
                || !dynamic.iter().all(|e| e.matches(&self.instances[i]))
            {
                continue;
            }
            if best.is_none() {
                for (k, rank) in ranks.iter().enumerate() {
                    best_key[k] = score(rank, i);
                }
                best = Some(i);
                continue;
            }
            for (k, rank) in ranks.iter().enumerate() {
                let value = score(rank, i);
                if value < best_key[k] {
                    best_key[k] = value;
                    for (j, rest) in ranks.iter().enumerate().skip(k + 1) {
                        best_key[j] = score(rest, i);
                    }
                    best = Some(i);
                    break;
                }
                if value > best_key[k] {
                    break;
                }
            }
        }
        best
    }

    /// Takes one task of `request` from instance `i`.
    fn apply(&mut self, request: &Request, i: usize) {
        self.draws += 1;
        let demand = &request.demand;
        self.cpu[i] -= demand.cpu;
        self.memory[i] -= demand.memory;
        self.gpus[i] -= demand.gpus.min(self.gpus[i]);
        let inst = &mut self.instances[i];
        inst.remaining_cpu = self.cpu[i];
        inst.remaining_memory = self.memory[i];
        inst.free_gpus = self.gpus[i];
        for port in &demand.tcp_ports {
            if let Err(at) = inst.used_tcp_ports.binary_search(port) {
                inst.used_tcp_ports.insert(at, *port);
            }
        }
        for port in &demand.udp_ports {
            if let Err(at) = inst.used_udp_ports.binary_search(port) {
                inst.used_udp_ports.insert(at, *port);
            }
        }
        inst.dynamic_tcp_used += demand.dynamic_tcp;
        inst.dynamic_udp_used += demand.dynamic_udp;
        match inst
            .task_groups
            .iter_mut()
            .find(|(g, _)| *g == request.group)
        {
            Some((_, n)) => *n += 1,
            None => inst.task_groups.push((request.group.clone(), 1)),
        }
        let counts = self
            .groups
            .get_mut(&request.group)
            .expect("prepare() counts the request's group");
        counts.per_instance[i] += 1;
        for (name, by_value) in counts.by_attribute.iter_mut() {
            by_value[self.attributes[name].value_of[i] as usize] += 1;
        }
    }
}

fn has_duplicates(ports: &[u16]) -> bool {
    ports
        .iter()
        .enumerate()
        .any(|(i, p)| ports[..i].contains(p))
}

fn dynamic_constraints(request: &Request) -> Vec<&Expr> {
    request
        .constraints
        .iter()
        .filter_map(|c| match c {
            Constraint::MemberOf(e) if e.depends_on_placements() => Some(e),
            _ => None,
        })
        .collect()
}
