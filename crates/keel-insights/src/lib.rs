//! The CloudWatch Logs Insights query language (Logs Insights QL): parse a query once into a
//! plan, then run it over any number of log events. Nothing here does IO.
//!
//! ```
//! use keel_insights::{Event, Query};
//!
//! let query = Query::parse(
//!     r#"filter level = "ERROR" | stats count(*) as errors, pct(latency, 50) by service"#,
//! ).unwrap();
//! let mut run = query.run(None);
//! for (i, (service, latency)) in [("api", 10), ("api", 30), ("web", 5)].iter().enumerate() {
//!     let message = format!(r#"{{"level":"ERROR","service":"{service}","latency":{latency}}}"#);
//!     run.push(&Event {
//!         timestamp: 1_700_000_000_000 + i as i64,
//!         ingestion_time: 1_700_000_000_000,
//!         log_stream: "s",
//!         log: "000000000000:app",
//!         message: &message,
//!         id: i as u128,
//!     });
//! }
//! let rows = run.results().rows;
//! assert_eq!(rows[0].fields, vec![
//!     ("service".to_string(), "api".to_string()),
//!     ("errors".to_string(), "2".to_string()),
//!     ("pct(latency, 50)".to_string(), "10".to_string()),
//! ]);
//!
//! let err = Query::parse("fields a | stats").unwrap_err();
//! assert_eq!((err.start(), err.message()), (16, "the query ends where a value was expected"));
//! ```
//!
//! # The language
//!
//! A query is commands separated by `|`; `#` starts a comment that runs to the end of the line.
//! Command names, keywords and function names are case-insensitive; field names are not.
//!
//! - `fields EXPR [as NAME], ...` computes fields and chooses the ones shown.
//! - `display FIELD, ...` chooses the fields shown (the last `display` wins).
//! - `filter EXPR` keeps the rows for which the expression holds.
//! - `parse [FIELD] "glob * pattern" as a, b` (each `*` captures, lazily; a trailing `*` takes
//!   the rest) or `parse [FIELD] /(?<a>...)/` (named groups); the field defaults to
//!   `@message`. A row that does not match keeps going without the extracted fields.
//! - `stats AGG [as NAME], ... [by EXPR [as NAME], ...]`, where an item is any expression over
//!   aggregations (`sum(bytes) / count(*)`): `count(*)`, `count(x)` (rows where `x` is
//!   present), `count_distinct`, `sum`, `avg`, `min`, `max`, `pct(x, P)`, `stddev`,
//!   `earliest(x)` and `latest(x)` (the value at the earliest or latest `@timestamp`),
//!   `sortsFirst`, `sortsLast`. `bin(5m)` groups by `@timestamp` floored to the period.
//!   Several `stats` may follow each other.
//! - `sort EXPR [asc|desc], ...` (ascending by default) in CloudWatch's natural order: text
//!   before numbers; text compared in chunks of digits (by length, then value) and other
//!   characters (by Unicode); missing values last.
//! - `limit N` (1 to 100,000), `dedup FIELD, ...` (the first row of each combination, rows
//!   missing one of the fields are kept).
//!
//! Expressions: fields (`name`, `@timestamp`, `a.b.0.c`, or any name in backticks), strings
//! in single or double quotes, numbers, time periods (`30s`, `5m`, `1h`, `1d`, `1w`),
//! `and`/`or`/`not`, comparisons `= != < <= > >=`, `like` and `=~` with a "substring" or a
//! /regex/, `not like`, `in [...]` and `not in [...]`, arithmetic `+ - * / % ^`, and the
//! functions `ispresent`, `coalesce`, `isempty`, `isblank`, `concat`, `ltrim`, `rtrim`,
//! `trim`, `strlen`, `toupper`, `tolower`, `substr`, `replace`, `strcontains`, `abs`, `ceil`,
//! `floor`, `greatest`, `least`, `log`, `sqrt`, `bin`, `datefloor`, `dateceil`, `fromMillis`,
//! `toMillis`.
//!
//! Built-in fields: `@timestamp`, `@ingestionTime` (shown as `YYYY-MM-DD HH:MM:SS.mmm`, UTC),
//! `@message`, `@logStream`, `@log` (`account:group`). A JSON message's fields are discovered
//! as CloudWatch does: nested objects as `a.b.c`, arrays as `a.0`, at most 200 fields, names
//! starting with `@` shown with a second `@`. Everything is text and a value is a number where
//! it reads as one, so `status = 200` matches `"status": 200` and `"status": "200"`.
//!
//! Results: without `fields`, `display` or `stats`, rows show `@timestamp` and `@message`;
//! rows of a query without `stats` are events and carry their identity for `@ptr`. Without
//! `sort`, events come newest first. `stats` rows come in ascending order of their groups.
//! At most 10,000 rows unless a limit says otherwise. A field a row lacks is left out of it.
//!
//! # Where Keel chooses
//!
//! - `pct` is the nearest-rank percentile over every value (CloudWatch estimates; both agree on
//!   small sets, and nearest-rank returns a value that occurred, as CloudWatch's "log field
//!   value" result does). `stddev` is the sample standard deviation (n − 1), 0 for one value.
//! - `count_distinct` is exact (CloudWatch approximates high cardinalities).
//! - Numbers print without a fraction when whole, else in the shortest form that reads back.
//! - Commands of the language Keel does not run (`unmask`, `pattern`, `diff`, `unnest`,
//!   `lookup`, `filterIndex`, `source`, `anomaly`) are compile errors that say so.
//!
//! # Memory
//!
//! A run holds at most its budget (see [`Query::run_with_budget`]): the kept rows of an event
//! query (its limit's worth when it has no `sort`, or only a `limit` after one), the groups of
//! a `stats`, or every matching row where an order-dependent command (`dedup`) needs them.
//! Past the budget the run stops taking events and says so ([`Execution::over_budget`]).

mod ast;
mod error;
mod eval;
mod exec;
mod functions;
mod lexer;
mod parser;
mod plan;
mod value;

use std::fmt;
use std::sync::Arc;

pub use ast::{
    BinaryOp, Command, Expr, LikePattern, ParseCommand, ParsePattern, Projection, SortKey,
    StatsCommand,
};
pub use error::QueryError;
pub use exec::{Counters, DEFAULT_LIMIT, Execution, OverBudget};
pub use parser::MAX_LIMIT;
pub use value::{format_number, format_timestamp};

/// The fields CloudWatch discovers in a JSON message (`a.b.c`, `a.0`, at most 200), in
/// document order; nothing for a message that is not a JSON object.
pub fn discover_fields(message: &str) -> Vec<(String, String)> {
    eval::discover_json(message)
}

/// Longest query CloudWatch accepts, in characters.
pub const MAX_QUERY_LENGTH: usize = 10_000;

/// Memory a run may hold unless told otherwise.
pub const DEFAULT_BUDGET_BYTES: usize = 256 << 20;

/// One log event as a query sees it.
#[derive(Clone, Copy, Debug)]
pub struct Event<'a> {
    pub timestamp: i64,
    pub ingestion_time: i64,
    pub log_stream: &'a str,
    /// `@log`: `account-id:log-group-name`.
    pub log: &'a str,
    pub message: &'a str,
    /// The caller's identity of the event, handed back with result rows (for `@ptr`).
    pub id: u128,
}

/// A parsed query, ready to run any number of times.
#[derive(Clone, Debug)]
pub struct Query {
    commands: Vec<Command>,
    plan: Arc<plan::Plan>,
}

/// One result row: `(field, value)` pairs in output order, and for event rows the `@log` and
/// id of the event it came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResultRow {
    pub fields: Vec<(String, String)>,
    pub event: Option<(String, u128)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    pub rows: Vec<ResultRow>,
}

impl Query {
    pub fn parse(text: &str) -> Result<Query, QueryError> {
        if text.chars().count() > MAX_QUERY_LENGTH {
            return Err(QueryError::new(
                0,
                text.len(),
                format!("the query is longer than {MAX_QUERY_LENGTH} characters"),
            )
            .in_chars(text));
        }
        let commands = parser::Parser::new(text)
            .query()
            .map_err(|e| e.in_chars(text))?;
        let plan = Arc::new(plan::plan(&commands));
        Ok(Query { commands, plan })
    }

    pub fn commands(&self) -> &[Command] {
        &self.commands
    }

    /// Whether result rows are log events (no `stats`), each with its `@ptr`.
    pub fn returns_events(&self) -> bool {
        self.plan.event_rows
    }

    /// Starts a run returning at most `limit` rows (default [`DEFAULT_LIMIT`]).
    pub fn run(&self, limit: Option<usize>) -> Execution {
        self.run_with_budget(limit, DEFAULT_BUDGET_BYTES)
    }

    pub fn run_with_budget(&self, limit: Option<usize>, budget_bytes: usize) -> Execution {
        Execution::new(self.plan.clone(), limit, budget_bytes)
    }

    /// Text every matching event's `@message` must contain, when the query's leading filters
    /// say so (`filter @message like "ERROR"`): a store may skip other events unread.
    pub fn message_must_contain(&self) -> Vec<String> {
        let mut out = Vec::new();
        for command in &self.commands {
            match command {
                Command::Filter(e) => collect_required(e, &mut out),
                // A later command could redefine @message; stop at the first that assigns.
                Command::Fields(_) | Command::Display(_) | Command::Parse(_) => {
                    if assigns_message(command) {
                        break;
                    }
                }
                _ => break,
            }
        }
        out
    }
}

fn assigns_message(command: &Command) -> bool {
    match command {
        Command::Fields(ps) | Command::Display(ps) => ps.iter().any(|p| p.name == "@message"),
        Command::Parse(p) => p.names.iter().any(|n| n == "@message"),
        _ => true,
    }
}

fn collect_required(e: &Expr, out: &mut Vec<String>) {
    match e {
        Expr::Binary(BinaryOp::And, l, r) => {
            collect_required(l, out);
            collect_required(r, out);
        }
        Expr::Like {
            expr,
            pattern: LikePattern::Substring(s),
            negated: false,
        } if matches!(&**expr, Expr::Field(f) if f == "@message") && !s.is_empty() => {
            out.push(s.clone())
        }
        _ => {}
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, c) in self.commands.iter().enumerate() {
            if i > 0 {
                f.write_str(" | ")?;
            }
            write!(f, "{c}")?;
        }
        Ok(())
    }
}
