//! Keel's domain model, shared by every crate: where a resource lives (account and region),
//! how it is named (ARNs and identifiers), and the task lifecycle ECS defines.
//!
//! Nothing here does IO; wire shapes live in `keel-awsmodel`.

pub mod arn;
pub mod ids;
pub mod lifecycle;
pub mod time;

pub use arn::{Arn, ArnError, EcsResource};
pub use lifecycle::TaskStatus;

/// The account and region a request acts in. Every ECS resource is scoped to both, as in AWS.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Scope {
    pub account_id: String,
    pub region: String,
}

impl Scope {
    pub fn new(account_id: impl Into<String>, region: impl Into<String>) -> Self {
        Self {
            account_id: account_id.into(),
            region: region.into(),
        }
    }
}
