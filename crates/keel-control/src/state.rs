//! Where ECS state lives in the store, and typed access to it.
//!
//! Every record is a JSON document under a key that starts with `/ecs/REGION/`, so resources are
//! kept per region as AWS keeps them. Prefixes always end in `/`, so `prod` never matches
//! `prod-2`.
//!
//! | key | record |
//! |---|---|
//! | `/ecs/R/clusters/NAME` | [`crate::ecs::clusters::ClusterRecord`] |
//! | `/ecs/R/capacity-providers/NAME` | capacity provider |
//! | `/ecs/R/families/FAMILY` | next revision number of a task-definition family |
//! | `/ecs/R/taskdefs/FAMILY/REV` (REV zero-padded) | one task-definition revision |
//! | `/ecs/R/instances/CLUSTER/ID` | container instance, with its remaining resources |
//! | `/ecs/R/tasks/CLUSTER/ID` | task |
//! | `/ecs/R/run-task-tokens/CLUSTER/TOKEN` | RunTask clientToken → task ARNs |
//! | `/ecs/R/account-settings/PRINCIPAL/NAME` | account setting |
//! | `/ecs/R/services/CLUSTER/NAME` | [`crate::ecs::services::ServiceRecord`] (with its deployments and events) |
//! | `/ecs/R/service-revisions/CLUSTER/SERVICE/ID` | one service revision (immutable) |
//! | `/ecs/R/task-protection/CLUSTER/TASKID` | a task's scale-in protection and its expiry |
//! | `/reconcile/services/R/CLUSTER/NAME` | index of services the reconciler resyncs (empty value) |
//! | `/janitor/inactive-services/MS/R/CLUSTER/NAME` | deleted services by deletion time, for the janitor |
//! | `/agent/sessions/R/CLUSTER/ID` | an agent-protocol session ([`crate::agent::SessionRecord`]), attached to its lease |
//! | `/agent/instances/R/CLUSTER/ID` | index of instances registered through the agent protocol (empty value) |

use std::sync::Arc;

use keel_store::{KeyValue, Op, RangeRequest, Revision, Store};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::EcsError;

pub fn cluster_key(region: &str, name: &str) -> String {
    format!("/ecs/{region}/clusters/{name}")
}
pub fn clusters_prefix(region: &str) -> String {
    format!("/ecs/{region}/clusters/")
}
pub fn capacity_provider_key(region: &str, name: &str) -> String {
    format!("/ecs/{region}/capacity-providers/{name}")
}
pub fn capacity_providers_prefix(region: &str) -> String {
    format!("/ecs/{region}/capacity-providers/")
}
pub fn family_key(region: &str, family: &str) -> String {
    format!("/ecs/{region}/families/{family}")
}
pub fn families_prefix(region: &str) -> String {
    format!("/ecs/{region}/families/")
}
pub fn task_definition_key(region: &str, family: &str, revision: i32) -> String {
    format!("/ecs/{region}/taskdefs/{family}/{revision:010}")
}
pub fn task_definitions_prefix(region: &str, family: &str) -> String {
    format!("/ecs/{region}/taskdefs/{family}/")
}
pub fn all_task_definitions_prefix(region: &str) -> String {
    format!("/ecs/{region}/taskdefs/")
}
pub fn instance_key(region: &str, cluster: &str, id: &str) -> String {
    format!("/ecs/{region}/instances/{cluster}/{id}")
}
pub fn instances_prefix(region: &str, cluster: &str) -> String {
    format!("/ecs/{region}/instances/{cluster}/")
}
pub fn task_key(region: &str, cluster: &str, id: &str) -> String {
    format!("/ecs/{region}/tasks/{cluster}/{id}")
}
pub fn tasks_prefix(region: &str, cluster: &str) -> String {
    format!("/ecs/{region}/tasks/{cluster}/")
}
pub fn all_tasks_prefix(region: &str) -> String {
    format!("/ecs/{region}/tasks/")
}
pub fn run_task_token_key(region: &str, cluster: &str, token: &str) -> String {
    format!("/ecs/{region}/run-task-tokens/{cluster}/{token}")
}
pub fn account_setting_key(region: &str, principal: &str, name: &str) -> String {
    format!("/ecs/{region}/account-settings/{principal}/{name}")
}
pub fn account_settings_prefix(region: &str) -> String {
    format!("/ecs/{region}/account-settings/")
}

pub fn service_key(region: &str, cluster: &str, name: &str) -> String {
    format!("/ecs/{region}/services/{cluster}/{name}")
}
pub fn services_prefix(region: &str, cluster: &str) -> String {
    format!("/ecs/{region}/services/{cluster}/")
}
pub fn service_revision_key(region: &str, cluster: &str, service: &str, id: &str) -> String {
    format!("/ecs/{region}/service-revisions/{cluster}/{service}/{id}")
}
pub fn task_protection_key(region: &str, cluster: &str, task_id: &str) -> String {
    format!("/ecs/{region}/task-protection/{cluster}/{task_id}")
}
pub fn task_protections_prefix(region: &str, cluster: &str) -> String {
    format!("/ecs/{region}/task-protection/{cluster}/")
}
pub fn service_index_key(region: &str, cluster: &str, name: &str) -> String {
    format!("{SERVICE_INDEX_PREFIX}{region}/{cluster}/{name}")
}
pub const SERVICE_INDEX_PREFIX: &str = "/reconcile/services/";

/// Index of INACTIVE (deleted) services by when they became so, for the janitor.
pub fn inactive_service_index_key(
    deleted_ms: i64,
    region: &str,
    cluster: &str,
    name: &str,
) -> String {
    format!("{INACTIVE_SERVICE_INDEX_PREFIX}{deleted_ms:013}/{region}/{cluster}/{name}")
}
pub const INACTIVE_SERVICE_INDEX_PREFIX: &str = "/janitor/inactive-services/";

/// A decoded record and the revision it was read at, for compare-and-swap writes.
#[derive(Clone, Debug)]
pub struct Versioned<T> {
    pub key: String,
    pub value: T,
    pub mod_revision: Revision,
}

pub fn decode<T: DeserializeOwned>(kv: &KeyValue) -> Result<Versioned<T>, EcsError> {
    Ok(Versioned {
        key: kv.key.clone(),
        value: serde_json::from_slice(&kv.value)?,
        mod_revision: kv.mod_revision,
    })
}

pub fn put_op<T: Serialize>(key: &str, value: &T) -> Result<Op, EcsError> {
    Ok(Op::put(key.to_string(), serde_json::to_vec(value)?))
}

/// Decoded records by key, each kept with the revision it was decoded at, so reads that come
/// back to the same records (DescribeTasks polled by clients and consoles) skip JSON decoding.
/// The store stays the source of truth: every read still asks it for the key's current
/// revision, and a cached value is used only while that revision is unchanged. Bounded to
/// `capacity` records (evicted by quick_cache's S3-FIFO policy).
pub struct DecodedCache<T> {
    records: quick_cache::sync::Cache<String, (Revision, Arc<T>)>,
}

impl<T: DeserializeOwned> DecodedCache<T> {
    pub fn new(capacity: usize) -> Self {
        Self {
            records: quick_cache::sync::Cache::new(capacity),
        }
    }

    /// The record at `key` as [`get`] reads it, decoded at most once per revision.
    pub async fn get(
        &self,
        store: &dyn Store,
        key: &str,
    ) -> Result<Option<Versioned<Arc<T>>>, EcsError> {
        let Some(kv) = store.get(key).await? else {
            return Ok(None);
        };
        let value = match self.records.get(key) {
            Some((revision, value)) if revision == kv.mod_revision => value,
            _ => {
                let value = Arc::new(serde_json::from_slice::<T>(&kv.value)?);
                self.records
                    .insert(kv.key.clone(), (kv.mod_revision, value.clone()));
                value
            }
        };
        Ok(Some(Versioned {
            key: kv.key,
            value,
            mod_revision: kv.mod_revision,
        }))
    }
}

pub async fn get<T: DeserializeOwned>(
    store: &dyn Store,
    key: &str,
) -> Result<Option<Versioned<T>>, EcsError> {
    match store.get(key).await? {
        Some(kv) => Ok(Some(decode(&kv)?)),
        None => Ok(None),
    }
}

/// Every record under `prefix`, in key order. Reads in pages so one call never holds a huge
/// result from the backend at once.
pub async fn list<T: DeserializeOwned>(
    store: &dyn Store,
    prefix: &str,
) -> Result<Vec<Versioned<T>>, EcsError> {
    const PAGE: usize = 1000;
    let mut out = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let mut req = RangeRequest::prefix(prefix.to_string()).with_limit(PAGE);
        if let Some(key) = after.take() {
            req = req.after(key);
        }
        let page = store.range(req).await?;
        for kv in &page.kvs {
            out.push(decode(kv)?);
        }
        match (page.more, page.kvs.last()) {
            (true, Some(last)) => after = Some(last.key.clone()),
            _ => return Ok(out),
        }
    }
}

/// How many times a read-modify-write is retried when another writer got there first.
pub const MAX_CAS_ATTEMPTS: usize = 32;

/// Index of STOPPED tasks by the time they stopped, so the janitor finds expired ones with one
/// range read instead of scanning every task.
pub fn stopped_task_index_key(stopped_at_ms: i64, region: &str, cluster: &str, id: &str) -> String {
    format!("/janitor/stopped-tasks/{stopped_at_ms:013}/{region}/{cluster}/{id}")
}
pub const STOPPED_TASK_INDEX_PREFIX: &str = "/janitor/stopped-tasks/";

/// Index of task-definition revisions in DELETE_IN_PROGRESS, for the janitor.
pub fn deleting_task_definition_key(region: &str, family: &str, revision: i32) -> String {
    format!("/janitor/deleting-taskdefs/{region}/{family}/{revision:010}")
}
pub const DELETING_TASK_DEFINITION_PREFIX: &str = "/janitor/deleting-taskdefs/";

#[cfg(test)]
mod tests {
    use super::*;
    use keel_store::{MemoryStore, Txn};

    async fn put(store: &MemoryStore, key: &str, value: &str) {
        store
            .txn(Txn::new().and_then(vec![Op::put(key, value)]))
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn the_decoded_cache_follows_every_write_and_delete() {
        let store = MemoryStore::new();
        let cache = DecodedCache::<String>::new(16);
        assert!(cache.get(&store, "/k").await.unwrap().is_none());
        put(&store, "/k", "\"one\"").await;
        let first = cache.get(&store, "/k").await.unwrap().unwrap();
        assert_eq!(*first.value, "one");
        let again = cache.get(&store, "/k").await.unwrap().unwrap();
        assert!(Arc::ptr_eq(&first.value, &again.value), "decoded once");
        assert_eq!(again.mod_revision, first.mod_revision);

        put(&store, "/k", "\"two\"").await;
        let second = cache.get(&store, "/k").await.unwrap().unwrap();
        assert_eq!(*second.value, "two");
        assert!(second.mod_revision > first.mod_revision);

        store
            .txn(Txn::new().and_then(vec![Op::delete("/k")]))
            .await
            .unwrap();
        assert!(cache.get(&store, "/k").await.unwrap().is_none());
        put(&store, "/k", "\"three\"").await;
        assert_eq!(
            *cache.get(&store, "/k").await.unwrap().unwrap().value,
            "three"
        );
    }

    #[tokio::test]
    async fn a_record_that_does_not_decode_is_an_error_and_not_cached() {
        let store = MemoryStore::new();
        let cache = DecodedCache::<u32>::new(16);
        put(&store, "/n", "\"not a number\"").await;
        assert!(cache.get(&store, "/n").await.is_err());
        put(&store, "/n", "7").await;
        assert_eq!(*cache.get(&store, "/n").await.unwrap().unwrap().value, 7);
    }
}
