//! The CloudWatch Logs service on the edge.

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;

use keel_api::{Access, ApiError, JsonService, RequestContext};
use keel_awsmodel::ServiceModel;
use keel_logstore::LogStore;
use keel_store::Store;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::LogsError;
use crate::live_tail;
use crate::queries::{self, QueryManager};
use crate::{
    events, exports, groups, metric_filters, patterns, query_definitions, resource_policies,
    streams, subscriptions,
};

/// Serves CloudWatch Logs: configuration in the control-plane store, streams and events in
/// the event store.
pub struct LogsService {
    pub(crate) store: Arc<dyn Store>,
    pub(crate) events: Arc<LogStore>,
    pub(crate) queries: QueryManager,
    pub(crate) live_sessions: live_tail::Sessions,
    /// Held by the changes that could close a subscription delivery loop (PutSubscriptionFilter,
    /// PutDestination) from their loop check to their write.
    pub(crate) subscription_changes: tokio::sync::Mutex<()>,
    /// Delivery cursors moved past ranges with nothing to deliver, not yet written.
    pub(crate) delivery_skips:
        parking_lot::Mutex<std::collections::HashMap<String, crate::delivery::Skipped>>,
    /// Where export tasks write (`--logs-export-dir`); none: CreateExportTask is refused.
    pub(crate) export_dir: Option<PathBuf>,
    /// Wakes the export task runner when a task is created.
    pub(crate) export_wakeup: tokio::sync::Notify,
    /// Firehose delivery streams subscription filters may deliver to (`--logs-firehose-endpoint`).
    pub(crate) firehose: crate::firehose::FirehoseEndpoints,
    /// Checks Firehose destinations' roles; none: roles are not checked (a service without
    /// an identity service, in tests).
    pub(crate) role_trust: std::sync::OnceLock<Arc<dyn crate::firehose::RoleTrust>>,
}

impl LogsService {
    pub fn new(store: Arc<dyn Store>, events: Arc<LogStore>) -> Arc<Self> {
        Self::with_export_dir(store, events, None)
    }

    /// A service whose export tasks write under `export_dir`.
    pub fn with_export_dir(
        store: Arc<dyn Store>,
        events: Arc<LogStore>,
        export_dir: Option<PathBuf>,
    ) -> Arc<Self> {
        Self::with_options(store, events, export_dir, Default::default())
    }

    /// A service with every operator setting: where export tasks write, and the Firehose
    /// delivery streams subscription filters may deliver to.
    pub fn with_options(
        store: Arc<dyn Store>,
        events: Arc<LogStore>,
        export_dir: Option<PathBuf>,
        firehose: crate::firehose::FirehoseEndpoints,
    ) -> Arc<Self> {
        Arc::new(Self {
            store,
            events,
            export_dir,
            firehose,
            role_trust: std::sync::OnceLock::new(),
            export_wakeup: tokio::sync::Notify::new(),
            queries: QueryManager::default(),
            live_sessions: live_tail::Sessions::default(),
            subscription_changes: tokio::sync::Mutex::new(()),
            delivery_skips: parking_lot::Mutex::new(std::collections::HashMap::new()),
        })
    }

    /// Who says whether a role trusts CloudWatch Logs (set once, by the server).
    pub fn set_role_trust(&self, trust: Arc<dyn crate::firehose::RoleTrust>) {
        let _ = self.role_trust.set(trust);
    }

    /// The event store, for the parts built on its scan and subscribe API.
    pub fn event_store(&self) -> &Arc<LogStore> {
        &self.events
    }
}

async fn run<Req, Resp, Fut>(
    input: serde_json::Value,
    handler: impl FnOnce(Req) -> Fut,
) -> Result<bytes::Bytes, ApiError>
where
    Req: DeserializeOwned,
    Resp: Serialize,
    Fut: Future<Output = Result<Resp, LogsError>>,
{
    let request: Req = serde_json::from_value(input)
        .map_err(|err| ApiError::serialization(format!("Could not decode the request: {err}")))?;
    let response = handler(request).await?;
    serde_json::to_vec(&response)
        .map(bytes::Bytes::from)
        .map_err(|err| ApiError::server("ServiceUnavailableException", format!("encoding: {err}")))
}

#[async_trait::async_trait]
impl JsonService for LogsService {
    fn model(&self) -> &'static ServiceModel {
        &keel_awsmodel::logs::MODEL
    }

    fn is_streaming(&self, operation: &str) -> bool {
        operation == "StartLiveTail"
    }

    async fn call_stream(
        &self,
        ctx: &RequestContext,
        operation: &str,
        input: serde_json::Value,
    ) -> Result<keel_api::eventstream::EventStream, ApiError> {
        match operation {
            "StartLiveTail" => {
                let request = serde_json::from_value(input).map_err(|err| {
                    ApiError::serialization(format!("Could not decode the request: {err}"))
                })?;
                Ok(live_tail::start_live_tail(self, ctx, request).await?)
            }
            other => Err(LogsError::NotImplemented(other.to_string()).into()),
        }
    }

    async fn access(
        &self,
        ctx: &RequestContext,
        operation: &str,
        input: &serde_json::Value,
    ) -> Result<Option<Access>, ApiError> {
        Ok(crate::access::access(ctx, operation, input))
    }

    async fn call(
        &self,
        ctx: &RequestContext,
        operation: &str,
        input: serde_json::Value,
    ) -> Result<bytes::Bytes, ApiError> {
        let svc = self;
        macro_rules! route {
            ($($name:literal => $handler:path),* $(,)?) => {
                match operation {
                    $($name => run(input, |req| $handler(svc, ctx, req)).await,)*
                    other => Err(LogsError::NotImplemented(other.to_string()).into()),
                }
            };
        }
        route! {
            "CreateLogGroup" => groups::create_log_group,
            "DeleteLogGroup" => groups::delete_log_group,
            "DescribeLogGroups" => groups::describe_log_groups,
            "ListLogGroups" => groups::list_log_groups,
            "PutRetentionPolicy" => groups::put_retention_policy,
            "DeleteRetentionPolicy" => groups::delete_retention_policy,
            "TagLogGroup" => groups::tag_log_group,
            "UntagLogGroup" => groups::untag_log_group,
            "ListTagsLogGroup" => groups::list_tags_log_group,
            "TagResource" => groups::tag_resource,
            "UntagResource" => groups::untag_resource,
            "ListTagsForResource" => groups::list_tags_for_resource,
            "TestMetricFilter" => patterns::test_metric_filter,
            "PutMetricFilter" => metric_filters::put_metric_filter,
            "DescribeMetricFilters" => metric_filters::describe_metric_filters,
            "DeleteMetricFilter" => metric_filters::delete_metric_filter,
            "PutQueryDefinition" => query_definitions::put_query_definition,
            "DescribeQueryDefinitions" => query_definitions::describe_query_definitions,
            "DeleteQueryDefinition" => query_definitions::delete_query_definition,
            "PutResourcePolicy" => resource_policies::put_resource_policy,
            "DescribeResourcePolicies" => resource_policies::describe_resource_policies,
            "DeleteResourcePolicy" => resource_policies::delete_resource_policy,
            "PutSubscriptionFilter" => subscriptions::put_subscription_filter,
            "DescribeSubscriptionFilters" => subscriptions::describe_subscription_filters,
            "DeleteSubscriptionFilter" => subscriptions::delete_subscription_filter,
            "PutDestination" => subscriptions::put_destination,
            "PutDestinationPolicy" => subscriptions::put_destination_policy,
            "DescribeDestinations" => subscriptions::describe_destinations,
            "DeleteDestination" => subscriptions::delete_destination,
            "CreateLogStream" => streams::create_log_stream,
            "DeleteLogStream" => streams::delete_log_stream,
            "DescribeLogStreams" => streams::describe_log_streams,
            "StartQuery" => queries::start_query,
            "GetQueryResults" => queries::get_query_results,
            "StopQuery" => queries::stop_query,
            "DescribeQueries" => queries::describe_queries,
            "PutLogEvents" => events::put_log_events,
            "GetLogEvents" => events::get_log_events,
            "FilterLogEvents" => events::filter_log_events,
            "GetLogRecord" => events::get_log_record,
            "CreateExportTask" => exports::create_export_task,
            "DescribeExportTasks" => exports::describe_export_tasks,
            "CancelExportTask" => exports::cancel_export_task,
        }
    }
}
