//! From the parsed commands to a plan: field names resolved to slots, expressions compiled
//! (regular expressions once), aggregations numbered, the output columns fixed.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::Arc;

use crate::ast::*;
use crate::eval::{BinOp, Builtin, CExpr, FieldRef, Func, Matcher, compile_regex};
use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AggKind {
    Count,
    CountDistinct,
    Sum,
    Avg,
    Min,
    Max,
    Pct,
    Stddev,
    Earliest,
    Latest,
    SortsFirst,
    SortsLast,
}

#[derive(Debug)]
pub(crate) struct AggSpec {
    pub kind: AggKind,
    /// `None` for `count(*)`.
    pub arg: Option<CExpr>,
    /// For `pct`: the percentile, 0–100.
    pub percentile: f64,
    /// Where the aggregate's value goes in the group row.
    pub slot: usize,
}

#[derive(Debug)]
pub(crate) struct StatsPlan {
    pub by: Vec<(CExpr, usize)>,
    pub aggs: Vec<AggSpec>,
    /// Each `stats` item: its expression over the aggregates' slots, and its own slot.
    pub outputs: Vec<(CExpr, usize)>,
}

#[derive(Debug)]
pub(crate) enum Stage {
    Assign(Vec<(usize, CExpr)>),
    Filter(CExpr),
    Parse {
        source: CExpr,
        regex: regex::Regex,
        slots: Vec<usize>,
    },
    Stats(StatsPlan),
    Sort(Vec<(CExpr, bool)>),
    Limit(usize),
    Dedup(Vec<FieldRef>),
}

impl Stage {
    /// Stages that look at one row at a time and never need the rows before or after it.
    pub fn is_row_wise(&self) -> bool {
        matches!(
            self,
            Stage::Assign(_) | Stage::Filter(_) | Stage::Parse { .. }
        )
    }
}

#[derive(Debug)]
pub(crate) struct Plan {
    pub slot_count: usize,
    pub stages: Vec<Stage>,
    pub output: Vec<FieldRef>,
    /// Rows are log events (no `stats`), so each result carries its `@ptr`.
    pub event_rows: bool,
}

struct Slots {
    by_name: HashMap<String, usize>,
    count: Cell<usize>,
}

impl Slots {
    fn assign(&mut self, name: &str) -> usize {
        if let Some(i) = self.by_name.get(name) {
            return *i;
        }
        let i = self.count.get();
        self.by_name.insert(name.to_string(), i);
        self.count.set(i + 1);
        i
    }

    /// A slot no name reaches (an aggregate's value inside a `stats` item).
    fn hidden(&self) -> usize {
        let i = self.count.get();
        self.count.set(i + 1);
        i
    }

    fn field(&self, name: &str) -> FieldRef {
        FieldRef {
            name: Arc::from(name),
            slot: self.by_name.get(name).copied(),
            builtin: Builtin::of(name),
        }
    }
}

/// Whether the projection needs its value computed into a slot (anything but a plain field
/// shown under its own name).
fn computes(p: &Projection) -> bool {
    !matches!(&p.expr, Expr::Field(name) if *name == p.name)
}

/// Turns a glob (`user=*, method:*`) into a regular expression: text matched literally, each
/// `*` lazily capturing, a trailing `*` taking the rest of the value.
pub(crate) fn glob_regex(glob: &str) -> String {
    let parts: Vec<&str> = glob.split('*').collect();
    let mut out = String::from("(?s)");
    for (i, part) in parts.iter().enumerate() {
        out.push_str(&regex::escape(part));
        if i + 1 < parts.len() {
            out.push_str(if i + 2 == parts.len() && parts[i + 1].is_empty() {
                "(.*)"
            } else {
                "(.*?)"
            });
        }
    }
    out
}

/// Stands in for an expression the parser already rejected (so never reached).
fn never_matches() -> regex::Regex {
    regex::Regex::new("[^\\s\\S]").expect("a valid empty class")
}

pub(crate) fn plan(commands: &[Command]) -> Plan {
    // Pass 1: every name a command assigns gets a slot, so references before the assignment
    // (a field read from JSON, later replaced by `parse`) resolve consistently.
    let mut slots = Slots {
        by_name: HashMap::new(),
        count: Cell::new(0),
    };
    for command in commands {
        match command {
            Command::Fields(ps) | Command::Display(ps) => {
                for p in ps.iter().filter(|p| computes(p)) {
                    slots.assign(&p.name);
                }
            }
            Command::Parse(p) => {
                for n in &p.names {
                    slots.assign(n);
                }
            }
            Command::Stats(s) => {
                for p in s.by.iter().chain(&s.aggregates) {
                    slots.assign(&p.name);
                }
            }
            _ => {}
        }
    }

    // Pass 2: compile.
    let mut stages = Vec::new();
    let mut output: Option<Vec<FieldRef>> = None;
    let mut event_rows = true;
    for command in commands {
        match command {
            Command::Fields(ps) | Command::Display(ps) => {
                let assigns: Vec<(usize, CExpr)> = ps
                    .iter()
                    .filter(|p| computes(p))
                    .map(|p| (slots.assign(&p.name), compile(&p.expr, &slots, None)))
                    .collect();
                if !assigns.is_empty() {
                    stages.push(Stage::Assign(assigns));
                }
                // `fields` adds to what is shown; `display` replaces it.
                let out = match command {
                    Command::Display(_) => output.insert(Vec::new()),
                    _ => output.get_or_insert_with(Vec::new),
                };
                for p in ps {
                    if !out.iter().any(|f| *f.name == *p.name) {
                        out.push(slots.field(&p.name));
                    }
                }
            }
            Command::Filter(e) => stages.push(Stage::Filter(compile(e, &slots, None))),
            Command::Parse(p) => {
                let source = match &p.pattern {
                    ParsePattern::Glob(g) => glob_regex(g),
                    ParsePattern::Regex(r) => r.clone(),
                };
                // The parser compiled the same expression already, so this cannot fail.
                let regex = compile_regex(&source).unwrap_or_else(|_| never_matches());
                stages.push(Stage::Parse {
                    source: compile(&p.source, &slots, None),
                    slots: if p.explicit_names || matches!(p.pattern, ParsePattern::Glob(_)) {
                        p.names.iter().map(|n| slots.assign(n)).collect()
                    } else {
                        // Named groups, in the order the expression captures them.
                        regex
                            .capture_names()
                            .skip(1)
                            .flatten()
                            .map(|n| slots.assign(n))
                            .collect()
                    },
                    regex,
                });
            }
            Command::Stats(s) => {
                let by: Vec<(CExpr, usize)> =
                    s.by.iter()
                        .map(|p| (compile(&p.expr, &slots, None), slots.assign(&p.name)))
                        .collect();
                let mut aggs = Vec::new();
                let mut outputs = Vec::new();
                for p in &s.aggregates {
                    let expr = compile(&p.expr, &slots, Some(&mut aggs));
                    outputs.push((expr, slots.assign(&p.name)));
                }
                let mut out: Vec<FieldRef> = s.by.iter().map(|p| slots.field(&p.name)).collect();
                for p in &s.aggregates {
                    if !out.iter().any(|f| *f.name == *p.name) {
                        out.push(slots.field(&p.name));
                    }
                }
                output = Some(out);
                event_rows = false;
                stages.push(Stage::Stats(StatsPlan { by, aggs, outputs }));
            }
            Command::Sort(keys) => stages.push(Stage::Sort(
                keys.iter()
                    .map(|k| (compile(&k.expr, &slots, None), k.descending))
                    .collect(),
            )),
            Command::Limit(n) => stages.push(Stage::Limit(*n)),
            Command::Dedup(names) => {
                stages.push(Stage::Dedup(names.iter().map(|n| slots.field(n)).collect()))
            }
        }
    }
    let output = output.unwrap_or_else(|| vec![slots.field("@timestamp"), slots.field("@message")]);
    Plan {
        slot_count: slots.count.get(),
        stages,
        output,
        event_rows,
    }
}

fn compile(expr: &Expr, slots: &Slots, aggs: Option<&mut Vec<AggSpec>>) -> CExpr {
    Compiler { slots, aggs }.expr(expr)
}

struct Compiler<'c> {
    slots: &'c Slots,
    /// Where aggregations go, inside `stats`.
    aggs: Option<&'c mut Vec<AggSpec>>,
}

impl Compiler<'_> {
    fn expr(&mut self, expr: &Expr) -> CExpr {
        let b = |e: CExpr| Box::new(e);
        match expr {
            Expr::Field(name) => CExpr::Field(self.field(name)),
            Expr::Str(s) => CExpr::Const(Value::Str(s.clone().into())),
            Expr::Num(n) => CExpr::Const(Value::Num(*n)),
            Expr::Duration(ms) => CExpr::Const(Value::Num(*ms as f64)),
            Expr::Star => CExpr::Const(Value::Bool(true)),
            Expr::Not(e) => CExpr::Not(b(self.expr(e))),
            Expr::Neg(e) => CExpr::Neg(b(self.expr(e))),
            Expr::Binary(op, l, r) => {
                let (l, r) = (b(self.expr(l)), b(self.expr(r)));
                let op = match op {
                    BinaryOp::And => return CExpr::And(l, r),
                    BinaryOp::Or => return CExpr::Or(l, r),
                    BinaryOp::Eq => BinOp::Eq,
                    BinaryOp::Ne => BinOp::Ne,
                    BinaryOp::Lt => BinOp::Lt,
                    BinaryOp::Le => BinOp::Le,
                    BinaryOp::Gt => BinOp::Gt,
                    BinaryOp::Ge => BinOp::Ge,
                    BinaryOp::Add => BinOp::Add,
                    BinaryOp::Sub => BinOp::Sub,
                    BinaryOp::Mul => BinOp::Mul,
                    BinaryOp::Div => BinOp::Div,
                    BinaryOp::Rem => BinOp::Rem,
                    BinaryOp::Pow => BinOp::Pow,
                };
                CExpr::Bin(op, l, r)
            }
            Expr::Like {
                expr,
                pattern,
                negated,
            } => CExpr::Like {
                expr: b(self.expr(expr)),
                matcher: match pattern {
                    LikePattern::Substring(s) => Matcher::Substring(s.clone()),
                    LikePattern::Regex(r) => {
                        Matcher::Regex(compile_regex(r).unwrap_or_else(|_| never_matches()))
                    }
                },
                negated: *negated,
            },
            Expr::In {
                expr,
                list,
                negated,
            } => CExpr::In {
                expr: b(self.expr(expr)),
                list: list.iter().map(|e| self.expr(e)).collect(),
                negated: *negated,
            },
            Expr::Call(name, args) => self.call(name, args),
        }
    }

    fn field(&self, name: &str) -> FieldRef {
        self.slots.field(name)
    }

    fn call(&mut self, name: &str, args: &[Expr]) -> CExpr {
        if name == "bin"
            && let Some(Expr::Duration(ms)) = args.first()
        {
            return CExpr::TimeBin(*ms);
        }
        if let Some(func) = Func::of(name) {
            return CExpr::Call(func, args.iter().map(|a| self.expr(a)).collect());
        }
        let kind = match name {
            "count" => AggKind::Count,
            "count_distinct" => AggKind::CountDistinct,
            "sum" => AggKind::Sum,
            "avg" => AggKind::Avg,
            "min" => AggKind::Min,
            "max" => AggKind::Max,
            "pct" => AggKind::Pct,
            "stddev" => AggKind::Stddev,
            "earliest" => AggKind::Earliest,
            "latest" => AggKind::Latest,
            "sortsfirst" => AggKind::SortsFirst,
            _ => AggKind::SortsLast,
        };
        let arg = match args.first() {
            None | Some(Expr::Star) => None,
            Some(a) => Some(self.expr(a)),
        };
        let percentile = match args.get(1) {
            Some(Expr::Num(p)) => *p,
            _ => 0.0,
        };
        let Some(aggs) = self.aggs.as_deref_mut() else {
            // The parser admits aggregations only in stats.
            return CExpr::Const(Value::Bool(false));
        };
        let slot = self.slots.hidden();
        aggs.push(AggSpec {
            kind,
            arg,
            percentile,
            slot,
        });
        CExpr::Field(FieldRef {
            name: Arc::from(""),
            slot: Some(slot),
            builtin: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stand_in_regex_compiles_and_matches_nothing() {
        let re = never_matches();
        assert!(!re.is_match(""));
        assert!(!re.is_match("anything at all\n"));
    }

    #[test]
    fn globs_capture_lazily_and_a_trailing_star_takes_the_rest() {
        let re = regex::Regex::new(&glob_regex("a=*, b=*")).unwrap();
        let caps = re.captures("x a=1, b=2, c=3").unwrap();
        assert_eq!((&caps[1], &caps[2]), ("1", "2, c=3"));
        let re = regex::Regex::new(&glob_regex("[*] (*)")).unwrap();
        let caps = re.captures("[INFO] (main) tail").unwrap();
        assert_eq!((&caps[1], &caps[2]), ("INFO", "main"));
    }
}
