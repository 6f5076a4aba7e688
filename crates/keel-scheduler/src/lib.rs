//! Task placement, as a pure function of a cluster snapshot and a request.
//!
//! The control plane takes a snapshot of a cluster's container instances (resources,
//! attributes, status, the tasks on each), builds a [`Scheduler`] on it and places requests into
//! it: RunTask's, a batch of concurrent RunTasks one after another, or a service reconciler's.
//! It commits the plan only if every chosen instance is unchanged since the snapshot (optimistic
//! concurrency); on conflict it takes a new snapshot and plans again, so nothing is overcommitted.
//! Nothing here does IO, reads a clock or draws random numbers of its own (the caller passes a
//! seed), so plans are reproducible and testable.
//!
//! Placement follows ECS: instances that cannot hold the task (resources, status, agent,
//! required attributes) or break a constraint (`distinctInstance`, `memberOf` with the cluster
//! query language in [`query`]) are out; the strategies (`binpack`, `spread`, `random`, up to
//! five, in order) rank the rest; failures carry ECS's reason strings.

pub mod engine;
pub mod fuzz;
pub mod model;
pub mod query;
pub mod workload;

pub use engine::{Scheduler, TaskExplanation};
pub use model::{
    BinpackField, Constraint, ConstraintError, DEFAULT_DYNAMIC_PORTS, Demand, Instance,
    InstanceStatus, MAX_CONSTRAINTS, MAX_STRATEGIES, Plan, Reason, Request, SpreadField, Strategy,
};
pub use query::{Expr, ParseError};

#[cfg(test)]
mod tests;
