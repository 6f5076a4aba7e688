//! The placement engine: a working copy of a cluster snapshot that requests are placed into,
//! one after another, each seeing what the ones before it took.
//!
//! For each task: the instances that can take it (status, agent, CPU, memory, ports, GPUs,
//! required attributes, constraints) are the candidates; the strategies then rank them in order,
//! each breaking the ties of the one before, and a seeded draw breaks the ties that remain.
//! Everything a request reads that placements cannot change (its static constraints, its
//! attribute columns) is computed once per request or once per snapshot. A decision is then
//! either a single pass over the candidates with a few comparisons each (the reference), or,
//! for requests whose strategies start with `binpack(F)` or `spread(attribute:A), binpack(F)`
//! on a candidate list that has served a few decisions already, a range query on a
//! resource index of that list, which gives the same answer without reading every
//! candidate.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

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
    /// required attributes): what most requests of a batch share. Each list has a number, what
    /// its resource indexes are filed under.
    candidates: HashMap<String, (u32, Arc<Vec<u32>>)>,
    /// Resource indexes over candidate lists, built once a list has served enough decisions.
    index_of: HashMap<IndexKey, IndexSlot>,
    indexes: Vec<ResourceIndex>,
    policy: IndexPolicy,
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

/// When a candidate list gets a resource index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct IndexPolicy {
    /// Lists shorter than this are always scanned.
    pub(crate) min_candidates: usize,
    /// A list is indexed (for one binpack field, and one spread attribute if any) for the
    /// request that takes it past this many decisions: a small request on a fresh snapshot is
    /// cheaper to scan than to index, a large one is indexed at once.
    pub(crate) after_decisions: u32,
}

impl IndexPolicy {
    /// The index wins from 1,000 candidates up (see docs/BENCHMARKS.md) and costs little
    /// below, so only the number of decisions served decides.
    pub(crate) const DEFAULT: IndexPolicy = IndexPolicy {
        min_candidates: 0,
        after_decisions: 4,
    };
    /// Every decision a linear pass: the reference the indexes are tested against.
    #[cfg(test)]
    pub(crate) const NEVER: IndexPolicy = IndexPolicy {
        min_candidates: usize::MAX,
        after_decisions: u32::MAX,
    };
    /// Every eligible decision through an index, however small the cluster.
    #[cfg(test)]
    pub(crate) const ALWAYS: IndexPolicy = IndexPolicy {
        min_candidates: 0,
        after_decisions: 0,
    };
}

/// Spreading over an attribute with more values than this is left to the linear pass (the
/// indexed path sorts the values by their counts on every decision).
const MAX_SPREAD_VALUES: usize = 64;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct IndexKey {
    list: u32,
    field: BinpackField,
    /// The attribute spread over first, if the request spreads before it packs.
    spread: Option<String>,
}

#[derive(Clone, Copy, Debug)]
enum IndexSlot {
    /// Decisions served by the linear pass so far.
    Pending(u32),
    Built(usize),
}

const NOT_MEMBER: u32 = u32::MAX;

/// The instances of one remaining-resource value (within one attribute value).
#[derive(Debug, Default)]
struct Bucket {
    members: Vec<u32>,
    /// At least the largest remaining amount of the other resource (memory for a CPU index)
    /// among the members: raised on insertion, lowered to the exact figure when a scan of the
    /// bucket finds no member that fits, so buckets of instances short of the other resource
    /// are skipped without reading them. An atomic only so that a `Scheduler` stays `Sync`;
    /// nothing here runs on more than one thread.
    other_max: AtomicI64,
}

/// A candidate list ordered by one remaining resource: buckets of instances with the same
/// remaining amount, keyed by (attribute value, amount), so binpack's best fit is the first
/// bucket at or above the task's demand that has a member that fits, and spread's least
/// loaded value is found among a few values rather than all instances. Kept in step by
/// [`Scheduler::apply`].
#[derive(Debug)]
struct ResourceIndex {
    field: BinpackField,
    /// Attribute value id of each instance (0 throughout without a spread attribute).
    part: Vec<u32>,
    /// Position of each instance in its bucket, or [`NOT_MEMBER`].
    slot: Vec<u32>,
    buckets: BTreeMap<(u32, i64), Bucket>,
}

impl ResourceIndex {
    fn build(
        field: BinpackField,
        part: Vec<u32>,
        candidates: &[u32],
        cpu: &[i64],
        memory: &[i64],
    ) -> ResourceIndex {
        let mut index = ResourceIndex {
            field,
            slot: vec![NOT_MEMBER; part.len()],
            part,
            buckets: BTreeMap::new(),
        };
        for &c in candidates {
            let i = c as usize;
            let (key, other) = index.amounts(cpu[i], memory[i]);
            index.insert(i, key, other);
        }
        index
    }

    /// (indexed amount, other amount).
    fn amounts(&self, cpu: i64, memory: i64) -> (i64, i64) {
        match self.field {
            BinpackField::Cpu => (cpu, memory),
            BinpackField::Memory => (memory, cpu),
        }
    }

    fn insert(&mut self, i: usize, key: i64, other: i64) {
        let bucket = self.buckets.entry((self.part[i], key)).or_default();
        self.slot[i] = bucket.members.len() as u32;
        bucket.members.push(i as u32);
        if bucket.members.len() == 1 || bucket.other_max.load(Ordering::Relaxed) < other {
            bucket.other_max.store(other, Ordering::Relaxed);
        }
    }

    /// Instance `i` went from `(cpu, memory)` to `(new_cpu, new_memory)`.
    fn moved(&mut self, i: usize, before: (i64, i64), after: (i64, i64)) {
        if self.slot[i] == NOT_MEMBER {
            return;
        }
        let (old_key, old_other) = self.amounts(before.0, before.1);
        let (key, other) = self.amounts(after.0, after.1);
        if key == old_key {
            // Placements shrink the other amount, which keeps the bucket's bound; a negative
            // demand grows it, and the bound with it.
            if other > old_other {
                let bucket = &self.buckets[&(self.part[i], key)];
                if bucket.other_max.load(Ordering::Relaxed) < other {
                    bucket.other_max.store(other, Ordering::Relaxed);
                }
            }
            return;
        }
        let at = (self.part[i], old_key);
        let bucket = self
            .buckets
            .get_mut(&at)
            .expect("a member is in its bucket");
        let pos = self.slot[i] as usize;
        bucket.members.swap_remove(pos);
        if let Some(&moved) = bucket.members.get(pos) {
            self.slot[moved as usize] = pos as u32;
        }
        if bucket.members.is_empty() {
            self.buckets.remove(&at);
        }
        self.insert(i, key, other);
    }
}

/// What one decision compares: the request's checks and strategy keys, resolved against the
/// working copy.
struct Decision<'a> {
    scheduler: &'a Scheduler,
    demand: &'a Demand,
    group: &'a GroupCounts,
    distinct: bool,
    ports: bool,
    dynamic: &'a [&'a Expr],
    ranks: Vec<Rank<'a>>,
    draw: u64,
}

impl<'a> Decision<'a> {
    fn new(
        scheduler: &'a Scheduler,
        request: &'a Request,
        dynamic: &'a [&'a Expr],
        seed: u64,
    ) -> Decision<'a> {
        let demand = &request.demand;
        let group = &scheduler.groups[&request.group];
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
                    value_of: &scheduler.attributes[name].value_of,
                    counts: &group.by_attribute[name],
                },
                Strategy::Random => Rank::Draw,
            })
            .collect();
        ranks.push(Rank::Draw);
        let ports = !demand.tcp_ports.is_empty()
            || !demand.udp_ports.is_empty()
            || demand.dynamic_tcp > 0
            || demand.dynamic_udp > 0;
        Decision {
            scheduler,
            demand,
            group,
            distinct,
            ports,
            dynamic,
            ranks,
            draw: mix(seed ^ mix(scheduler.draws)),
        }
    }

    #[inline]
    fn score(&self, rank: &Rank<'_>, i: usize) -> u64 {
        match rank {
            Rank::Cpu => self.scheduler.cpu[i] as u64,
            Rank::Memory => self.scheduler.memory[i] as u64,
            Rank::Instances(per) => u64::from(per[i]),
            Rank::Values { value_of, counts } => u64::from(counts[value_of[i] as usize]),
            // A cheap per-draw permutation of the instances.
            Rank::Draw => (self.draw ^ i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15),
        }
    }

    /// Whether instance `i` (open, past the static checks) can take the task now.
    #[inline]
    fn fits(&self, i: usize) -> bool {
        let s = self.scheduler;
        let demand = self.demand;
        !(s.cpu[i] < demand.cpu
            || s.memory[i] < demand.memory
            || s.gpus[i] < demand.gpus
            || (self.ports && s.ports_fit(demand, i).is_some())
            || (self.distinct && self.group.per_instance[i] > 0)
            || !self.dynamic.iter().all(|e| e.matches(&s.instances[i])))
    }

    /// The best of `candidates` that can take the task: the least strategy keys, compared
    /// in order. The final draw gives every instance a different key, so the answer does not
    /// depend on the order of `candidates`.
    #[inline]
    fn best_of(&self, candidates: impl Iterator<Item = u32>) -> Option<usize> {
        let mut best: Option<usize> = None;
        let mut best_key = [0u64; crate::model::MAX_STRATEGIES + 1];
        for c in candidates {
            let i = c as usize;
            if !self.fits(i) {
                continue;
            }
            if best.is_none() {
                for (k, rank) in self.ranks.iter().enumerate() {
                    best_key[k] = self.score(rank, i);
                }
                best = Some(i);
                continue;
            }
            for (k, rank) in self.ranks.iter().enumerate() {
                let value = self.score(rank, i);
                if value < best_key[k] {
                    best_key[k] = value;
                    for (j, rest) in self.ranks.iter().enumerate().skip(k + 1) {
                        best_key[j] = self.score(rest, i);
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

    /// The best instance of attribute value `part` in `index`: the first bucket at or above
    /// the demand with a member that fits holds it.
    fn first_fit(&self, index: &ResourceIndex, part: u32) -> Option<usize> {
        let s = self.scheduler;
        let (need, other_need, other) = match index.field {
            BinpackField::Cpu => (self.demand.cpu, self.demand.memory, &s.memory),
            BinpackField::Memory => (self.demand.memory, self.demand.cpu, &s.cpu),
        };
        for bucket in index
            .buckets
            .range((part, need)..=(part, i64::MAX))
            .map(|(_, b)| b)
        {
            if bucket.other_max.load(Ordering::Relaxed) < other_need {
                continue;
            }
            if let Some(i) = self.best_of(bucket.members.iter().copied()) {
                return Some(i);
            }
            let max = bucket.members.iter().map(|&m| other[m as usize]).max();
            bucket
                .other_max
                .store(max.unwrap_or(i64::MIN), Ordering::Relaxed);
        }
        None
    }

    /// The same answer as [`Decision::best_of`] over the whole candidate list, from its index.
    fn indexed(&self, index: &ResourceIndex, spread: Option<&str>) -> Option<usize> {
        let Some(name) = spread else {
            return self.first_fit(index, 0);
        };
        // Values in order of their counts; among values of equal count, the best of their
        // best fits.
        let counts = &self.group.by_attribute[name];
        let mut order: Vec<(u32, u32)> = counts
            .iter()
            .enumerate()
            .map(|(v, n)| (*n, v as u32))
            .collect();
        order.sort_unstable();
        let mut winners: Vec<u32> = Vec::new();
        let mut at = 0;
        while at < order.len() {
            let count = order[at].0;
            winners.clear();
            while at < order.len() && order[at].0 == count {
                if let Some(i) = self.first_fit(index, order[at].1) {
                    winners.push(i as u32);
                }
                at += 1;
            }
            if let Some(best) = self.best_of(winners.iter().copied()) {
                return Some(best);
            }
        }
        None
    }
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
            index_of: HashMap::new(),
            indexes: Vec::new(),
            policy: IndexPolicy::DEFAULT,
            draws: 0,
        }
    }

    /// The same scheduler, indexing by `policy`.
    #[cfg(test)]
    pub(crate) fn with_policy(mut self, policy: IndexPolicy) -> Scheduler {
        self.policy = policy;
        self
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
        let (list, candidates) = self.prepare(request);
        let index = self.index_for(request, list, &candidates);
        let dynamic: Vec<&Expr> = dynamic_constraints(request);
        for _ in 0..request.count {
            let chosen = match &index {
                Some((k, spread)) => Decision::new(self, request, &dynamic, seed)
                    .indexed(&self.indexes[*k], spread.as_deref()),
                None => self.choose(request, &candidates, &dynamic, seed),
            };
            match chosen {
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
        let (_, candidates) = scratch.prepare(request);
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
        copy.policy = self.policy;
        copy
    }

    /// The resource index that answers `request`'s decisions over candidate list `list`, and
    /// the attribute it spreads over first, if the request's strategies start with
    /// `binpack(F)` or `spread(attribute:A), binpack(F)` and the list has served enough
    /// decisions; builds it the first time.
    fn index_for(
        &mut self,
        request: &Request,
        list: u32,
        candidates: &[u32],
    ) -> Option<(usize, Option<String>)> {
        if candidates.len() < self.policy.min_candidates
            || request.demand.cpu < 0
            || request.demand.memory < 0
        {
            return None;
        }
        let (field, spread) = match request.strategies.as_slice() {
            [Strategy::Binpack(field), ..] => (*field, None),
            [
                Strategy::Spread(SpreadField::Attribute(name)),
                Strategy::Binpack(field),
                ..,
            ] if self.attributes[name].values <= MAX_SPREAD_VALUES => (*field, Some(name)),
            _ => return None,
        };
        let key = IndexKey {
            list,
            field,
            spread: spread.cloned(),
        };
        let slot = self.index_of.entry(key).or_insert(IndexSlot::Pending(0));
        match slot {
            IndexSlot::Built(k) => return Some((*k, spread.cloned())),
            IndexSlot::Pending(served)
                if served.saturating_add(request.count) <= self.policy.after_decisions =>
            {
                *served += request.count;
                return None;
            }
            IndexSlot::Pending(_) => {}
        }
        let part = match spread {
            Some(name) => self.attributes[name].value_of.clone(),
            None => vec![0; self.instances.len()],
        };
        let index = ResourceIndex::build(field, part, candidates, &self.cpu, &self.memory);
        let k = self.indexes.len();
        self.indexes.push(index);
        *slot = IndexSlot::Built(k);
        Some((k, spread.cloned()))
    }

    /// Builds what the request reads (attribute columns, group counts, static constraint
    /// masks) and returns the instances that pass every check placements cannot change.
    fn prepare(&mut self, request: &Request) -> (u32, Arc<Vec<u32>>) {
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
        if let Some((list, found)) = self.candidates.get(&signature) {
            return (*list, Arc::clone(found));
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
        let number = self.candidates.len() as u32;
        self.candidates
            .insert(signature, (number, Arc::clone(&list)));
        (number, list)
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

    /// The best instance for the next task of `request`, if one can take it: a linear pass
    /// over the candidates (what every index must agree with).
    fn choose(
        &self,
        request: &Request,
        candidates: &[u32],
        dynamic: &[&Expr],
        seed: u64,
    ) -> Option<usize> {
        Decision::new(self, request, dynamic, seed).best_of(candidates.iter().copied())
    }

    /// Takes one task of `request` from instance `i`.
    fn apply(&mut self, request: &Request, i: usize) {
        self.draws += 1;
        let demand = &request.demand;
        let before = (self.cpu[i], self.memory[i]);
        self.cpu[i] -= demand.cpu;
        self.memory[i] -= demand.memory;
        for index in &mut self.indexes {
            index.moved(i, before, (self.cpu[i], self.memory[i]));
        }
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
