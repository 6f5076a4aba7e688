//! Running a plan over events, with bounded memory, and reading results at any moment.
//!
//! The leading row-wise stages (fields, filter, parse) run as each event arrives. The first
//! stage that needs more than one row decides what is kept:
//! - `stats`: one row of accumulators per group;
//! - `sort` (followed only by stages that keep row order and count, such as `limit`), or no
//!   ordering at all: the best `k` rows only, where `k` is the smallest limit that follows
//!   (a query without `sort` returns the newest events first, as CloudWatch does);
//! - anything else (`dedup`, a `filter` after `sort`): every row, within the memory budget.
//!
//! The remaining stages run over what was kept whenever results are read, so a running query
//! has partial results that converge on the final ones.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::eval::{Builtin, CExpr, FieldRef, Row};
use crate::plan::{AggKind, AggSpec, Plan, Stage, StatsPlan};
use crate::value::{self, Key, Owned, Value};
use crate::{Event, ResultRow, Results};

/// The default cap on result rows (CloudWatch returns up to 10,000 without `limit`).
pub const DEFAULT_LIMIT: usize = 10_000;

/// Counters reported as a query's statistics.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counters {
    pub records_scanned: u64,
    pub records_matched: u64,
    pub bytes_scanned: u64,
}

/// A query that ran out of its memory budget.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "the query needs more than {limit_mib} MiB to hold its groups or rows; narrow its time range, filter more, or use fewer or coarser stats groups"
)]
pub struct OverBudget {
    pub limit_mib: usize,
}

#[derive(Clone, Debug)]
pub(crate) struct OwnedEvent {
    timestamp: i64,
    ingestion_time: i64,
    log_stream: Arc<str>,
    log: Arc<str>,
    message: Box<str>,
    id: u128,
}

impl OwnedEvent {
    fn of(e: &Event<'_>) -> Self {
        Self {
            timestamp: e.timestamp,
            ingestion_time: e.ingestion_time,
            log_stream: Arc::from(e.log_stream),
            log: Arc::from(e.log),
            message: e.message.into(),
            id: e.id,
        }
    }

    fn view(&self) -> Event<'_> {
        Event {
            timestamp: self.timestamp,
            ingestion_time: self.ingestion_time,
            log_stream: &self.log_stream,
            log: &self.log,
            message: &self.message,
            id: self.id,
        }
    }
}

/// A row kept past the streaming stages.
#[derive(Clone, Debug)]
pub(crate) struct Stored {
    event: Option<OwnedEvent>,
    slots: Vec<Option<Owned>>,
}

impl Stored {
    fn cost(&self) -> usize {
        let event = self.event.as_ref().map_or(0, |e| {
            e.message.len() + e.log_stream.len() + e.log.len() + 64
        });
        let slots: usize = self
            .slots
            .iter()
            .map(|s| match s {
                Some(Value::Str(s)) => s.len() + 32,
                _ => 32,
            })
            .sum();
        event + slots + 32
    }

    fn row(&self) -> Row<'_> {
        Row::new(
            self.event.as_ref().map(OwnedEvent::view),
            self.slots.clone(),
        )
    }

    fn from_row(row: Row<'_>) -> Stored {
        Stored {
            event: row.event.as_ref().map(OwnedEvent::of),
            slots: row.slots,
        }
    }
}

#[derive(Debug)]
enum Acc {
    Count(u64),
    Distinct(HashSet<Key>),
    Sum(Option<f64>),
    Avg(f64, u64),
    Extreme(Option<Owned>),
    Pct(Vec<f64>),
    /// Welford's running mean and sum of squared deviations.
    Stddev {
        n: u64,
        mean: f64,
        m2: f64,
    },
    Timed(Option<(i64, Owned)>),
}

impl Acc {
    fn new(kind: AggKind) -> Acc {
        match kind {
            AggKind::Count => Acc::Count(0),
            AggKind::CountDistinct => Acc::Distinct(HashSet::new()),
            AggKind::Sum => Acc::Sum(None),
            AggKind::Avg => Acc::Avg(0.0, 0),
            AggKind::Min | AggKind::Max | AggKind::SortsFirst | AggKind::SortsLast => {
                Acc::Extreme(None)
            }
            AggKind::Pct => Acc::Pct(Vec::new()),
            AggKind::Stddev => Acc::Stddev {
                n: 0,
                mean: 0.0,
                m2: 0.0,
            },
            AggKind::Earliest | AggKind::Latest => Acc::Timed(None),
        }
    }

    /// Folds one row in; returns the bytes it now holds beyond before.
    fn add(&mut self, spec: &AggSpec, row: &Row<'_>) -> usize {
        let value = spec.arg.as_ref().map(|a| a.eval(row));
        match self {
            Acc::Count(n) => {
                if value.is_none_or(|v| v.is_some()) {
                    *n += 1;
                }
                0
            }
            Acc::Distinct(set) => match value.flatten() {
                Some(v) => {
                    let key = Key::of(Some(&v));
                    let cost = match &key {
                        Key::Text(s) => s.len() + 48,
                        _ => 48,
                    };
                    if set.insert(key) { cost } else { 0 }
                }
                None => 0,
            },
            Acc::Sum(sum) => {
                if let Some(x) = value.flatten().and_then(|v| v.as_num()) {
                    *sum = Some(sum.unwrap_or(0.0) + x);
                }
                0
            }
            Acc::Avg(sum, n) => {
                if let Some(x) = value.flatten().and_then(|v| v.as_num()) {
                    *sum += x;
                    *n += 1;
                }
                0
            }
            Acc::Extreme(best) => {
                let Some(v) = value.flatten() else { return 0 };
                let replace = match best {
                    None => true,
                    Some(b) => {
                        let ord = match spec.kind {
                            AggKind::SortsFirst | AggKind::SortsLast => value::natural_cmp(&v, b),
                            _ => value::order(&v, b),
                        };
                        match spec.kind {
                            AggKind::Min | AggKind::SortsFirst => ord.is_lt(),
                            _ => ord.is_gt(),
                        }
                    }
                };
                if replace {
                    *best = Some(v.into_owned());
                }
                0
            }
            Acc::Pct(values) => match value.flatten().and_then(|v| v.as_num()) {
                Some(x) => {
                    values.push(x);
                    8
                }
                None => 0,
            },
            Acc::Stddev { n, mean, m2 } => {
                if let Some(x) = value.flatten().and_then(|v| v.as_num()) {
                    *n += 1;
                    let delta = x - *mean;
                    *mean += delta / *n as f64;
                    *m2 += delta * (x - *mean);
                }
                0
            }
            Acc::Timed(best) => {
                let (Some(v), Some(t)) = (value.flatten(), row.event.as_ref().map(|e| e.timestamp))
                else {
                    return 0;
                };
                let replace = match best {
                    None => true,
                    Some((bt, _)) => match spec.kind {
                        AggKind::Earliest => t < *bt,
                        _ => t > *bt,
                    },
                };
                if replace {
                    *best = Some((t, v.into_owned()));
                }
                0
            }
        }
    }

    fn result(&self, spec: &AggSpec) -> Option<Owned> {
        match self {
            Acc::Count(n) => Some(Value::Num(*n as f64)),
            Acc::Distinct(set) => Some(Value::Num(set.len() as f64)),
            Acc::Sum(sum) => sum.map(Value::Num),
            Acc::Avg(sum, n) => (*n > 0).then(|| Value::Num(*sum / *n as f64)),
            Acc::Extreme(v) => v.clone(),
            Acc::Pct(values) => percentile(values, spec.percentile).map(Value::Num),
            Acc::Stddev { n, m2, .. } => match n {
                0 => None,
                1 => Some(Value::Num(0.0)),
                n => Some(Value::Num((m2 / (*n - 1) as f64).sqrt())),
            },
            Acc::Timed(v) => v.as_ref().map(|(_, v)| v.clone()),
        }
    }
}

/// Nearest-rank percentile: the smallest value with at least `p` percent of the values at or
/// below it. It is always one of the values seen (CloudWatch documents `pct` as returning a
/// log field value), and `pct(x, 50)` of 1..=100 is 50.
pub(crate) fn percentile(values: &[f64], p: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

struct Groups {
    table: HashMap<Vec<Key>, Vec<Acc>>,
}

enum Collector {
    Groups(Groups),
    TopK {
        /// The `sort` stage ordering the rows, or `None` for `@timestamp desc`.
        keys: Option<usize>,
        k: usize,
        /// Candidates with their sort keys and arrival order.
        rows: Vec<(Vec<Option<Owned>>, u64, Stored)>,
        /// The worst key kept after the last trim: anything not better is dropped at once.
        threshold: Option<(Vec<Option<Owned>>, u64)>,
        /// The implicit `@timestamp desc` order of a query without `sort`.
        by_time: bool,
    },
    All(Vec<Stored>),
}

/// One run of a query.
pub struct Execution {
    plan: Arc<Plan>,
    /// Stages `..pre` run per event.
    pre: usize,
    /// Stages `post..` run over the kept rows when results are read.
    post: usize,
    collector: Collector,
    /// `@timestamp desc`, the order of a query without `sort`.
    time_keys: Vec<(CExpr, bool)>,
    limit: usize,
    counters: Counters,
    seq: u64,
    used: usize,
    budget: usize,
    over_budget: bool,
}

fn compare_keys(
    a: (&[Option<Owned>], u64),
    b: (&[Option<Owned>], u64),
    keys: &[(CExpr, bool)],
) -> std::cmp::Ordering {
    for (i, (_, desc)) in keys.iter().enumerate() {
        let ord = value::sort_cmp(a.0[i].as_ref(), b.0[i].as_ref(), *desc);
        if ord.is_ne() {
            return ord;
        }
    }
    a.1.cmp(&b.1)
}

impl Execution {
    pub(crate) fn new(plan: Arc<Plan>, limit: Option<usize>, budget_bytes: usize) -> Execution {
        let limit = limit.unwrap_or(DEFAULT_LIMIT).max(1);
        let stages = &plan.stages;
        let pre = stages
            .iter()
            .position(|s| !s.is_row_wise())
            .unwrap_or(stages.len());
        let implicit_time = || {
            vec![(
                CExpr::Field(FieldRef {
                    name: Arc::from("@timestamp"),
                    slot: None,
                    builtin: Some(Builtin::Timestamp),
                }),
                true,
            )]
        };
        // The smallest limit among the stages from `from` on, if only order-keeping stages follow.
        let top_k = |from: usize| -> Option<usize> {
            let mut k = limit;
            for stage in &stages[from..] {
                match stage {
                    Stage::Limit(n) => k = k.min(*n),
                    Stage::Assign(_) | Stage::Parse { .. } => {}
                    _ => return None,
                }
            }
            Some(k)
        };
        let (collector, post) = match stages.get(pre) {
            Some(Stage::Stats(_)) => (
                Collector::Groups(Groups {
                    table: HashMap::new(),
                }),
                pre + 1,
            ),
            Some(Stage::Sort(_)) => match top_k(pre + 1) {
                Some(k) => (
                    Collector::TopK {
                        keys: Some(pre),
                        k,
                        rows: Vec::new(),
                        threshold: None,
                        by_time: false,
                    },
                    pre + 1,
                ),
                None => (Collector::All(Vec::new()), pre),
            },
            // No sort before this stage: rows come newest first.
            Some(Stage::Limit(_)) | None => match top_k(pre) {
                Some(k) => (
                    Collector::TopK {
                        keys: None,
                        k,
                        rows: Vec::new(),
                        threshold: None,
                        by_time: true,
                    },
                    pre,
                ),
                None => (Collector::All(Vec::new()), pre),
            },
            Some(_) => (Collector::All(Vec::new()), pre),
        };
        Execution {
            plan,
            pre,
            post,
            collector,
            time_keys: implicit_time(),
            limit,
            counters: Counters::default(),
            seq: 0,
            used: 0,
            budget: budget_bytes,
            over_budget: false,
        }
    }

    fn sort_keys(&self, stage: Option<usize>) -> &[(CExpr, bool)] {
        sort_keys(&self.plan, &self.time_keys, stage)
    }

    pub fn counters(&self) -> Counters {
        self.counters
    }

    /// The query ran out of memory: stop feeding it; [`Execution::results`] still answers
    /// what it had.
    pub fn over_budget(&self) -> Option<OverBudget> {
        self.over_budget.then_some(OverBudget {
            limit_mib: self.budget >> 20,
        })
    }

    fn charge(&mut self, bytes: usize) {
        self.used += bytes;
        if self.used > self.budget {
            self.over_budget = true;
        }
    }

    /// Feeds one event.
    pub fn push(&mut self, event: &Event<'_>) {
        self.counters.records_scanned += 1;
        self.counters.bytes_scanned += event.message.len() as u64;
        if self.over_budget {
            return;
        }
        // The common `@timestamp desc` top-k: skip the row at once if it cannot make the cut.
        if self.pre == 0
            && let Collector::TopK {
                by_time: true,
                threshold: Some((worst, _)),
                ..
            } = &self.collector
            && let Some(Some(Value::Time(t))) = worst.first()
            && event.timestamp < *t
        {
            self.counters.records_matched += 1;
            return;
        }
        let mut row = Row::new(Some(*event), vec![None; self.plan.slot_count]);
        let plan = self.plan.clone();
        for stage in &plan.stages[..self.pre] {
            if !apply_row_wise(stage, &mut row) {
                return;
            }
        }
        self.counters.records_matched += 1;
        self.seq += 1;
        let seq = self.seq;
        let cost;
        match &mut self.collector {
            Collector::Groups(groups) => {
                let Some(Stage::Stats(stats)) = plan.stages.get(self.pre) else {
                    return;
                };
                cost = add_to_groups(groups, stats, &row);
            }
            Collector::TopK {
                keys,
                k,
                rows,
                threshold,
                ..
            } => {
                let keys = sort_keys(&plan, &self.time_keys, *keys);
                let key: Vec<Option<Owned>> = keys
                    .iter()
                    .map(|(e, _)| e.eval(&row).map(Value::into_owned))
                    .collect();
                if let Some(t) = threshold
                    && compare_keys((&key, seq), (&t.0, t.1), keys).is_gt()
                {
                    return;
                }
                let stored = Stored::from_row(row);
                cost = stored.cost();
                rows.push((key, seq, stored));
                if rows.len() >= (*k * 2).max(64) {
                    let released = trim(rows, keys, *k, threshold);
                    self.used = self.used.saturating_sub(released);
                }
            }
            Collector::All(rows) => {
                let stored = Stored::from_row(row);
                cost = stored.cost();
                rows.push(stored);
            }
        }
        self.charge(cost);
    }

    /// The results so far (all of them once every event was pushed).
    pub fn results(&self) -> Results {
        let plan = &self.plan;
        let mut rows: Vec<Stored> = match &self.collector {
            Collector::Groups(groups) => {
                let Some(Stage::Stats(stats)) = plan.stages.get(self.pre) else {
                    return Results::default();
                };
                finish_groups(groups, stats, plan.slot_count)
            }
            Collector::TopK { keys, k, rows, .. } => {
                let mut kept: Vec<&(Vec<Option<Owned>>, u64, Stored)> = rows.iter().collect();
                let keys = self.sort_keys(*keys);
                kept.sort_by(|a, b| compare_keys((&a.0, a.1), (&b.0, b.1), keys));
                kept.into_iter()
                    .take(*k)
                    .map(|(_, _, s)| s.clone())
                    .collect()
            }
            Collector::All(rows) => rows.clone(),
        };
        for stage in &plan.stages[self.post..] {
            rows = apply_stage(stage, rows, plan.slot_count);
        }
        rows.truncate(self.limit);
        Results {
            rows: rows.iter().map(|r| render(plan, r)).collect(),
        }
    }
}

fn sort_keys<'a>(
    plan: &'a Plan,
    time_keys: &'a [(CExpr, bool)],
    stage: Option<usize>,
) -> &'a [(CExpr, bool)] {
    match stage.and_then(|i| plan.stages.get(i)) {
        Some(Stage::Sort(keys)) => keys,
        _ => time_keys,
    }
}

/// Keeps the best `k` rows; returns the bytes released.
fn trim(
    rows: &mut Vec<(Vec<Option<Owned>>, u64, Stored)>,
    keys: &[(CExpr, bool)],
    k: usize,
    threshold: &mut Option<(Vec<Option<Owned>>, u64)>,
) -> usize {
    rows.sort_by(|a, b| compare_keys((&a.0, a.1), (&b.0, b.1), keys));
    let released: usize = rows.iter().skip(k).map(|r| r.2.cost()).sum();
    rows.truncate(k);
    if rows.len() == k
        && let Some(last) = rows.last()
    {
        *threshold = Some((last.0.clone(), last.1));
    }
    released
}

fn apply_row_wise(stage: &Stage, row: &mut Row<'_>) -> bool {
    match stage {
        Stage::Assign(assigns) => {
            let values: Vec<(usize, Option<Owned>)> = assigns
                .iter()
                .map(|(slot, e)| (*slot, e.eval(row).map(Value::into_owned)))
                .collect();
            for (slot, v) in values {
                row.slots[slot] = v;
            }
            true
        }
        Stage::Filter(e) => e.truthy(row),
        Stage::Parse {
            source,
            regex,
            slots,
        } => {
            let Some(text) = source.eval(row).map(|v| v.text().into_owned()) else {
                return true;
            };
            if let Some(caps) = regex.captures(&text) {
                let named = regex.capture_names().any(|n| n.is_some());
                let values: Vec<Option<Owned>> = if named {
                    regex
                        .capture_names()
                        .skip(1)
                        .flatten()
                        .map(|n| {
                            caps.name(n)
                                .map(|m| Value::Str(m.as_str().to_string().into()))
                        })
                        .collect()
                } else {
                    (1..caps.len())
                        .map(|i| {
                            caps.get(i)
                                .map(|m| Value::Str(m.as_str().to_string().into()))
                        })
                        .collect()
                };
                for (slot, v) in slots.iter().zip(values) {
                    row.slots[*slot] = v;
                }
            }
            true
        }
        _ => true,
    }
}

fn add_to_groups(groups: &mut Groups, stats: &StatsPlan, row: &Row<'_>) -> usize {
    let key: Vec<Key> = stats
        .by
        .iter()
        .map(|(e, _)| Key::of(e.eval(row).as_ref()))
        .collect();
    let mut cost = 0;
    let accs = match groups.table.get_mut(&key) {
        Some(accs) => accs,
        None => {
            cost += 96
                + stats.aggs.len() * 48
                + key
                    .iter()
                    .map(|k| match k {
                        Key::Text(s) => s.len() + 32,
                        _ => 32,
                    })
                    .sum::<usize>();
            groups
                .table
                .entry(key)
                .or_insert_with(|| stats.aggs.iter().map(|a| Acc::new(a.kind)).collect())
        }
    };
    for (acc, spec) in accs.iter_mut().zip(&stats.aggs) {
        cost += acc.add(spec, row);
    }
    cost
}

/// Group rows, ordered by their group keys.
fn finish_groups(groups: &Groups, stats: &StatsPlan, slot_count: usize) -> Vec<Stored> {
    let mut entries: Vec<(&Vec<Key>, &Vec<Acc>)> = groups.table.iter().collect();
    entries.sort_by(|a, b| {
        for (x, y) in a.0.iter().zip(b.0.iter()) {
            let ord = value::sort_cmp(x.to_value().as_ref(), y.to_value().as_ref(), false);
            if ord.is_ne() {
                return ord;
            }
        }
        std::cmp::Ordering::Equal
    });
    entries
        .into_iter()
        .map(|(key, accs)| {
            let mut slots: Vec<Option<Owned>> = vec![None; slot_count];
            for ((_, slot), k) in stats.by.iter().zip(key) {
                slots[*slot] = k.to_value();
            }
            for (acc, spec) in accs.iter().zip(&stats.aggs) {
                slots[spec.slot] = acc.result(spec);
            }
            let row = Row::new(None, slots);
            let values: Vec<(usize, Option<Owned>)> = stats
                .outputs
                .iter()
                .map(|(e, slot)| (*slot, e.eval(&row).map(Value::into_owned)))
                .collect();
            let mut slots = row.slots;
            for (slot, v) in values {
                slots[slot] = v;
            }
            Stored { event: None, slots }
        })
        .collect()
}

/// Runs one stage over materialized rows.
fn apply_stage(stage: &Stage, rows: Vec<Stored>, slot_count: usize) -> Vec<Stored> {
    match stage {
        Stage::Assign(_) | Stage::Filter(_) | Stage::Parse { .. } => rows
            .into_iter()
            .filter_map(|stored| {
                let mut row = stored.row();
                apply_row_wise(stage, &mut row).then(|| Stored {
                    event: stored.event.clone(),
                    slots: row.slots,
                })
            })
            .collect(),
        Stage::Stats(stats) => {
            let mut groups = Groups {
                table: HashMap::new(),
            };
            for stored in &rows {
                add_to_groups(&mut groups, stats, &stored.row());
            }
            finish_groups(&groups, stats, slot_count)
        }
        Stage::Sort(keys) => {
            let mut keyed: Vec<(Vec<Option<Owned>>, u64, Stored)> = rows
                .into_iter()
                .enumerate()
                .map(|(i, stored)| {
                    let row = stored.row();
                    let key = keys
                        .iter()
                        .map(|(e, _)| e.eval(&row).map(Value::into_owned))
                        .collect();
                    drop(row);
                    (key, i as u64, stored)
                })
                .collect();
            keyed.sort_by(|a, b| compare_keys((&a.0, a.1), (&b.0, b.1), keys));
            keyed.into_iter().map(|(_, _, s)| s).collect()
        }
        Stage::Limit(n) => rows.into_iter().take(*n).collect(),
        Stage::Dedup(fields) => {
            let mut seen: HashSet<Vec<Key>> = HashSet::new();
            rows.into_iter()
                .filter(|stored| {
                    let row = stored.row();
                    let values: Vec<Option<Value<'_>>> =
                        fields.iter().map(|f| row.get(f)).collect();
                    // Rows missing a dedup field are kept, never taken as duplicates.
                    if values.iter().any(Option::is_none) {
                        return true;
                    }
                    seen.insert(values.iter().map(|v| Key::of(v.as_ref())).collect())
                })
                .collect()
        }
    }
}

fn render(plan: &Plan, stored: &Stored) -> ResultRow {
    let row = stored.row();
    let fields = plan
        .output
        .iter()
        .filter_map(|f| {
            row.get(f)
                .map(|v| (f.name.to_string(), v.text().into_owned()))
        })
        .collect();
    ResultRow {
        fields,
        event: if plan.event_rows {
            stored.event.as_ref().map(|e| (e.log.to_string(), e.id))
        } else {
            None
        },
    }
}
