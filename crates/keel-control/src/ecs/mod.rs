//! The ECS API (`AmazonEC2ContainerServiceV20141113`), one module per resource.

pub mod access;
pub mod account_settings;
pub mod attributes;
pub mod capacity_providers;
pub mod clusters;
pub mod container_instances;
pub mod eni;
pub mod resources;
pub mod services;
pub mod tags;
pub mod task_definitions;
pub mod tasks;

use std::future::Future;
use std::sync::Arc;

use keel_api::{Access, ApiError, JsonService, RequestContext};
use keel_awsmodel::ServiceModel;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::ControlPlane;
use crate::error::EcsError;

/// The RunTask request member that asks for a dry run (see [`tasks::plan_run_task`]).
pub const DRY_RUN_MEMBER: &str = "keelDryRun";

/// Serves ECS on the edge.
pub struct EcsService {
    cp: Arc<ControlPlane>,
}

impl EcsService {
    pub fn new(cp: Arc<ControlPlane>) -> Arc<Self> {
        Arc::new(Self { cp })
    }
}

/// Decodes the validated input into the operation's typed request, runs the handler and
/// encodes its typed response.
async fn run<Req, Resp, Fut>(
    input: serde_json::Value,
    handler: impl FnOnce(Req) -> Fut,
) -> Result<bytes::Bytes, ApiError>
where
    Req: DeserializeOwned,
    Resp: Serialize,
    Fut: Future<Output = Result<Resp, EcsError>>,
{
    let request: Req = serde_json::from_value(input)
        .map_err(|err| ApiError::serialization(format!("Could not decode the request: {err}")))?;
    let response = handler(request).await?;
    serde_json::to_vec(&response)
        .map(bytes::Bytes::from)
        .map_err(|err| ApiError::server("ServerException", format!("encoding response: {err}")))
}

#[async_trait::async_trait]
impl JsonService for EcsService {
    fn model(&self) -> &'static ServiceModel {
        &keel_awsmodel::ecs::MODEL
    }

    async fn access(
        &self,
        ctx: &RequestContext,
        operation: &str,
        input: &serde_json::Value,
    ) -> Result<Option<Access>, ApiError> {
        Ok(access::access(&self.cp, ctx, operation, input).await)
    }

    async fn call(
        &self,
        ctx: &RequestContext,
        operation: &str,
        input: serde_json::Value,
    ) -> Result<bytes::Bytes, ApiError> {
        let cp = &*self.cp;
        // `keel plan`: RunTask with `keelDryRun: true` (a member AWS's model does not have, so
        // no AWS client sends it) plans without placing anything.
        if operation == "RunTask"
            && input.get(DRY_RUN_MEMBER) == Some(&serde_json::Value::Bool(true))
        {
            return run(input, |req| tasks::plan_run_task(cp, ctx, req)).await;
        }
        macro_rules! route {
            ($($name:literal => $handler:path),* $(,)?) => {
                match operation {
                    $($name => run(input, |req| $handler(cp, ctx, req)).await,)*
                    other => Err(EcsError::NotImplemented(other.to_string()).into()),
                }
            };
        }
        route! {
            "CreateCluster" => clusters::create_cluster,
            "DescribeClusters" => clusters::describe_clusters,
            "ListClusters" => clusters::list_clusters,
            "DeleteCluster" => clusters::delete_cluster,
            "UpdateCluster" => clusters::update_cluster,
            "UpdateClusterSettings" => clusters::update_cluster_settings,
            "PutClusterCapacityProviders" => capacity_providers::put_cluster_capacity_providers,
            "CreateCapacityProvider" => capacity_providers::create_capacity_provider,
            "DescribeCapacityProviders" => capacity_providers::describe_capacity_providers,
            "UpdateCapacityProvider" => capacity_providers::update_capacity_provider,
            "DeleteCapacityProvider" => capacity_providers::delete_capacity_provider,
            "RegisterTaskDefinition" => task_definitions::register_task_definition,
            "DescribeTaskDefinition" => task_definitions::describe_task_definition,
            "ListTaskDefinitions" => task_definitions::list_task_definitions,
            "ListTaskDefinitionFamilies" => task_definitions::list_task_definition_families,
            "DeregisterTaskDefinition" => task_definitions::deregister_task_definition,
            "DeleteTaskDefinitions" => task_definitions::delete_task_definitions,
            "RegisterContainerInstance" => container_instances::register_container_instance,
            "DeregisterContainerInstance" => container_instances::deregister_container_instance,
            "DescribeContainerInstances" => container_instances::describe_container_instances,
            "ListContainerInstances" => container_instances::list_container_instances,
            "UpdateContainerInstancesState" => container_instances::update_container_instances_state,
            "RunTask" => tasks::run_task,
            "StartTask" => tasks::start_task,
            "StopTask" => tasks::stop_task,
            "DescribeTasks" => tasks::describe_tasks,
            "ListTasks" => tasks::list_tasks,
            "SubmitTaskStateChange" => tasks::submit_task_state_change,
            "SubmitContainerStateChange" => tasks::submit_container_state_change,
            "PutAttributes" => attributes::put_attributes,
            "DeleteAttributes" => attributes::delete_attributes,
            "ListAttributes" => attributes::list_attributes,
            "TagResource" => tags::tag_resource,
            "UntagResource" => tags::untag_resource,
            "ListTagsForResource" => tags::list_tags_for_resource,
            "ListAccountSettings" => account_settings::list_account_settings,
            "PutAccountSetting" => account_settings::put_account_setting,
            "PutAccountSettingDefault" => account_settings::put_account_setting_default,
            "DeleteAccountSetting" => account_settings::delete_account_setting,
            "CreateService" => services::create_service,
            "UpdateService" => services::update_service,
            "DeleteService" => services::delete_service,
            "DescribeServices" => services::describe_services,
            "ListServices" => services::list_services,
            "ListServicesByNamespace" => services::list_services_by_namespace,
            "ListServiceDeployments" => services::deployments::list_service_deployments,
            "DescribeServiceDeployments" => services::deployments::describe_service_deployments,
            "DescribeServiceRevisions" => services::deployments::describe_service_revisions,
            "StopServiceDeployment" => services::deployments::stop_service_deployment,
            "CreateTaskSet" => services::task_sets::create_task_set,
            "DescribeTaskSets" => services::task_sets::describe_task_sets,
            "UpdateTaskSet" => services::task_sets::update_task_set,
            "DeleteTaskSet" => services::task_sets::delete_task_set,
            "UpdateServicePrimaryTaskSet" => services::task_sets::update_service_primary_task_set,
            "UpdateTaskProtection" => services::protection::update_task_protection,
            "GetTaskProtection" => services::protection::get_task_protection,
        }
    }
}
