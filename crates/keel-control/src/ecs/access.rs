//! What every ECS operation asks permission for: its IAM action, the resources it acts on and
//! its condition keys, from the validated input, as AWS's "Actions, resources, and condition
//! keys for Amazon Elastic Container Service" lists them. This is the one place: a new
//! operation gets its row here (the `every_model_operation_is_declared` test fails until it
//! does).
//!
//! Resources are ARNs built the way ECS builds them (`task/CLUSTER/ID`, `service/CLUSTER/NAME`,
//! `container-instance/CLUSTER/ID`); names are completed with the request's region, account and
//! cluster (`default` when absent); an ARN given in the input is used as given. `RunTask` and
//! `StartTask` act on the task-definition revision they will run: a bare family is resolved
//! to its latest ACTIVE revision before authorization, as ECS does since March 2024. Both
//! also need `iam:PassRole` for the roles the task will run with, and every operation that
//! tags at creation needs `ecs:TagResource` with `ecs:CreateAction`. Operations on resources
//! Keel does not implement (daemons, gateways, express services, deployments) act on the
//! ARNs their input names, else `*`.

use keel_api::{Access, RequestContext};
use keel_types::{Arn, EcsResource};
use serde_json::Value;

use crate::ControlPlane;
use crate::ecs::resources;
use crate::ecs::task_definitions::{self, FamilyRecord, TaskDefinitionRef};
use crate::state::{self, Versioned};

/// Reads names and ARNs out of one request's input.
struct Input<'a> {
    ctx: &'a RequestContext,
    input: &'a Value,
}

impl Input<'_> {
    fn str(&self, member: &str) -> Option<&str> {
        self.input.get(member).and_then(Value::as_str)
    }

    fn strs(&self, member: &str) -> Vec<&str> {
        self.input
            .get(member)
            .and_then(Value::as_array)
            .map(|items| items.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    }

    fn arn(&self, resource: String) -> String {
        Arn::ecs(&self.ctx.scope.region, &self.ctx.scope.account_id, resource).to_string()
    }

    /// The cluster a request names (`cluster`, else `default`), by name.
    fn cluster_name(&self, member: &str) -> String {
        let text = self
            .str(member)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .unwrap_or(resources::DEFAULT_CLUSTER);
        match resources::parse_local_arn(self.ctx, text) {
            Some(EcsResource::Cluster { name }) => name,
            _ => text
                .rsplit_once(":cluster/")
                .map_or(text, |(_, name)| name)
                .to_string(),
        }
    }

    fn cluster(&self) -> String {
        self.arn(format!("cluster/{}", self.cluster_name("cluster")))
    }

    /// A resource of `kind` under the request's cluster, given by id, name or ARN.
    fn in_cluster(&self, kind: &str, text: &str) -> String {
        if text.starts_with("arn:") {
            return text.to_string();
        }
        self.arn(format!("{kind}/{}/{text}", self.cluster_name("cluster")))
    }

    fn tasks(&self, member: &str) -> Vec<String> {
        self.strs(member)
            .into_iter()
            .map(|t| self.in_cluster("task", t))
            .collect()
    }

    fn instances(&self, member: &str) -> Vec<String> {
        self.strs(member)
            .into_iter()
            .map(|t| self.in_cluster("container-instance", t))
            .collect()
    }

    fn service(&self, member: &str) -> Option<String> {
        self.str(member).map(|s| self.in_cluster("service", s))
    }

    fn capacity_provider(&self, text: &str) -> String {
        if text.starts_with("arn:") {
            text.to_string()
        } else {
            self.arn(format!("capacity-provider/{text}"))
        }
    }

    fn task_set(&self) -> Option<String> {
        let set = self.str("taskSet")?;
        if set.starts_with("arn:") {
            return Some(set.to_string());
        }
        let service = self.str("service")?;
        let service = service.rsplit('/').next().unwrap_or(service);
        Some(self.arn(format!(
            "task-set/{}/{service}/{set}",
            self.cluster_name("cluster")
        )))
    }

    /// Every ARN in members whose names end in `Arn` or `Arns` (for operations Keel does not
    /// implement, whose resources their input names).
    fn named_arns(&self) -> Vec<String> {
        let Some(members) = self.input.as_object() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (name, value) in members {
            if !(name.ends_with("Arn") || name.ends_with("Arns")) || name.contains("Role") {
                continue;
            }
            match value {
                Value::String(s) if s.starts_with("arn:") => out.push(s.clone()),
                Value::Array(items) => out.extend(
                    items
                        .iter()
                        .filter_map(Value::as_str)
                        .filter(|s| s.starts_with("arn:"))
                        .map(str::to_string),
                ),
                _ => {}
            }
        }
        out
    }

    fn tag_keys(&self, member: &str) -> Vec<String> {
        self.input
            .get(member)
            .and_then(Value::as_array)
            .map(|tags| {
                tags.iter()
                    .filter_map(|t| t.get("key").and_then(Value::as_str).map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn bool_key(&self, member: &str) -> String {
        self.input
            .get(member)
            .and_then(Value::as_bool)
            .unwrap_or(false)
            .to_string()
    }
}

/// `ecs:TagResource` on `resource`, needed when an operation tags what it creates.
fn tagging(operation: &str, resource: &str, keys: Vec<String>) -> Access {
    Access::new("ecs:TagResource")
        .on(resource.to_string())
        .with("ecs:CreateAction", operation)
        .with_values("aws:TagKeys", keys)
}

/// Adds `ecs:TagResource` when the input carries tags.
fn with_tagging(access: Access, operation: &str, input: &Input<'_>, resource: &str) -> Access {
    let keys = input.tag_keys("tags");
    if keys.is_empty() {
        return access;
    }
    access.and(tagging(operation, resource, keys))
}

/// The revision a `taskDefinition` member names, as an ARN, and its roles.
async fn task_definition(
    cp: &ControlPlane,
    input: &Input<'_>,
    member: &str,
) -> (Option<String>, Vec<String>) {
    let Some(text) = input.str(member) else {
        return (None, Vec::new());
    };
    let found = task_definitions::resolve(cp, input.ctx, text)
        .await
        .ok()
        .flatten();
    match found {
        Some(rec) => {
            let td = &rec.value.task_definition;
            let roles = [&td.task_role_arn, &td.execution_role_arn]
                .into_iter()
                .flatten()
                .cloned()
                .collect();
            let arn = td
                .task_definition_arn
                .clone()
                .unwrap_or_else(|| input.arn(format!("task-definition/{text}")));
            (Some(arn), roles)
        }
        // Unknown: authorize against what was named; the handler then answers that it does
        // not exist.
        None => match task_definitions::parse_reference(input.ctx, text) {
            Some(TaskDefinitionRef::Revision(family, revision)) => (
                Some(input.arn(format!("task-definition/{family}:{revision}"))),
                Vec::new(),
            ),
            _ => (
                Some(input.arn(format!("task-definition/{text}"))),
                Vec::new(),
            ),
        },
    }
}

/// The revision `RegisterTaskDefinition` will create, as an ARN.
async fn next_revision(cp: &ControlPlane, input: &Input<'_>) -> Option<String> {
    let family = input.str("family")?;
    let record: Option<Versioned<FamilyRecord>> = state::get(
        &*cp.store,
        &state::family_key(&input.ctx.scope.region, family),
    )
    .await
    .ok()
    .flatten();
    let next = record.map_or(1, |r| r.value.last_revision + 1);
    Some(input.arn(format!("task-definition/{family}:{next}")))
}

/// `iam:PassRole` for each role a task will run with.
fn pass_roles(mut access: Access, roles: impl IntoIterator<Item = String>) -> Access {
    for role in roles {
        access = access.and(
            Access::new("iam:PassRole")
                .on(role)
                .with("iam:PassedToService", "ecs-tasks.amazonaws.com"),
        );
    }
    access
}

/// Roles named in RunTask/StartTask overrides.
fn override_roles(input: &Input<'_>) -> Vec<String> {
    let Some(overrides) = input.input.get("overrides") else {
        return Vec::new();
    };
    ["taskRoleArn", "executionRoleArn"]
        .iter()
        .filter_map(|m| overrides.get(*m).and_then(Value::as_str))
        .map(str::to_string)
        .collect()
}

fn capacity_providers(input: &Input<'_>) -> Vec<String> {
    let mut out: Vec<String> = input
        .strs("capacityProviders")
        .into_iter()
        .map(|c| input.capacity_provider(c))
        .collect();
    if let Some(items) = input
        .input
        .get("capacityProviderStrategy")
        .or_else(|| input.input.get("defaultCapacityProviderStrategy"))
        .and_then(Value::as_array)
    {
        out.extend(
            items
                .iter()
                .filter_map(|i| i.get("capacityProvider").and_then(Value::as_str))
                .map(|c| input.capacity_provider(c)),
        );
    }
    out
}

/// The declaration of `operation`; `None` for an operation not in ECS's model.
pub async fn access(
    cp: &ControlPlane,
    ctx: &RequestContext,
    operation: &str,
    input: &Value,
) -> Option<Access> {
    let i = Input { ctx, input };
    let action = format!("ecs:{operation}");
    let new = || Access::new(action.clone());
    let cluster = i.cluster();
    Some(match operation {
        // Clusters.
        "CreateCluster" => {
            let arn = i.arn(format!("cluster/{}", i.cluster_name("clusterName")));
            let access = new()
                .on(arn.clone())
                .with_values("ecs:capacity-provider", capacity_providers(&i));
            with_tagging(access, operation, &i, &arn)
        }
        "DeleteCluster"
        | "UpdateCluster"
        | "UpdateClusterSettings"
        | "ListAttributes"
        | "ListContainerInstances"
        | "RegisterContainerInstance"
        | "DeregisterContainerInstance"
        | "SubmitTaskStateChange"
        | "SubmitContainerStateChange"
        | "SubmitAttachmentStateChanges" => {
            let access = new().on(cluster.clone());
            if operation == "RegisterContainerInstance" {
                with_tagging(access, operation, &i, &cluster)
            } else {
                access
            }
        }
        "PutClusterCapacityProviders" => new()
            .on(cluster)
            .with_values("ecs:capacity-provider", capacity_providers(&i)),
        "DescribeClusters" => {
            let names = i.strs("clusters");
            let arns: Vec<String> = if names.is_empty() {
                vec![cluster]
            } else {
                names
                    .iter()
                    .map(|c| {
                        if c.starts_with("arn:") {
                            (*c).to_string()
                        } else {
                            i.arn(format!("cluster/{c}"))
                        }
                    })
                    .collect()
            };
            new().on_each(arns)
        }
        "ListClusters"
        | "ListTaskDefinitions"
        | "ListTaskDefinitionFamilies"
        | "DescribeTaskDefinition"
        | "DeregisterTaskDefinition"
        | "DiscoverPollEndpoint"
        | "ListAccountSettings"
        | "ListDaemonTaskDefinitions" => new(),
        "ListServices" => new().with("ecs:cluster", cluster),
        "ListServicesByNamespace" => match i.str("namespace") {
            Some(ns) => new().with("ecs:namespace", ns),
            None => new(),
        },
        // Capacity providers.
        "CreateCapacityProvider" => {
            let arn = i.capacity_provider(i.str("name").unwrap_or(""));
            with_tagging(new().on(arn.clone()), operation, &i, &arn)
        }
        "UpdateCapacityProvider" => new().on(i.capacity_provider(i.str("name").unwrap_or(""))),
        "DeleteCapacityProvider" => {
            new().on(i.capacity_provider(i.str("capacityProvider").unwrap_or("")))
        }
        "DescribeCapacityProviders" => new().on_each(
            i.strs("capacityProviders")
                .into_iter()
                .map(|c| i.capacity_provider(c)),
        ),
        // Task definitions.
        "RegisterTaskDefinition" => {
            let arn = next_revision(cp, &i)
                .await
                .unwrap_or_else(|| i.arn("task-definition/".into()));
            let privileged = input
                .get("containerDefinitions")
                .and_then(Value::as_array)
                .is_some_and(|cs| {
                    cs.iter()
                        .any(|c| c.get("privileged").and_then(Value::as_bool) == Some(true))
                });
            let mut access = new()
                .on(arn.clone())
                .with("ecs:privileged", privileged.to_string())
                .with_values(
                    "ecs:compute-compatibility",
                    i.strs("requiresCompatibilities")
                        .into_iter()
                        .map(str::to_string)
                        .collect(),
                );
            for (member, key) in [("cpu", "ecs:task-cpu"), ("memory", "ecs:task-memory")] {
                if let Some(v) = i.str(member) {
                    access = access.with(key, v);
                }
            }
            with_tagging(access, operation, &i, &arn)
        }
        "DeleteTaskDefinitions" => new().on_each(i.strs("taskDefinitions").into_iter().map(|t| {
            if t.starts_with("arn:") {
                t.to_string()
            } else {
                i.arn(format!("task-definition/{t}"))
            }
        })),
        // Tasks.
        "RunTask" | "StartTask" => {
            let (td, roles) = task_definition(cp, &i, "taskDefinition").await;
            let td = td.unwrap_or_else(|| i.arn("task-definition/".into()));
            let mut access = new()
                .on(td)
                .with("ecs:cluster", cluster.clone())
                .with(
                    "ecs:enable-execute-command",
                    i.bool_key("enableExecuteCommand"),
                )
                .with_values("ecs:capacity-provider", capacity_providers(&i));
            if operation == "StartTask" {
                access = access
                    .with_values("ecs:container-instances", i.instances("containerInstances"));
            }
            let keys = i.tag_keys("tags");
            if !keys.is_empty() {
                // The tasks do not exist yet: tagging is judged on the cluster's tasks.
                access = access.and(tagging(operation, &i.in_cluster("task", "*"), keys));
            }
            let mut all_roles = roles;
            all_roles.extend(override_roles(&i));
            all_roles.sort();
            all_roles.dedup();
            pass_roles(access, all_roles)
        }
        "StopTask" => new()
            .on(i.in_cluster("task", i.str("task").unwrap_or("")))
            .with("ecs:cluster", cluster),
        "DescribeTasks" | "GetTaskProtection" | "UpdateTaskProtection" => {
            new().on_each(i.tasks("tasks")).with("ecs:cluster", cluster)
        }
        "ListTasks" => {
            let access = new().with("ecs:cluster", cluster);
            match i.str("containerInstance") {
                Some(ci) => access.on(i.in_cluster("container-instance", ci)),
                None => access,
            }
        }
        "ExecuteCommand" => {
            let task = i.in_cluster("task", i.str("task").unwrap_or(""));
            let mut access = new()
                .on(cluster.clone())
                .on(task.clone())
                .with("ecs:cluster", cluster)
                .with("ecs:task", task);
            if let Some(container) = i.str("container") {
                access = access.with("ecs:container-name", container);
            }
            access
        }
        // Container instances and attributes.
        "DescribeContainerInstances" | "UpdateContainerInstancesState" => new()
            .on_each(i.instances("containerInstances"))
            .with("ecs:cluster", cluster),
        "UpdateContainerAgent" => new()
            .on(i.in_cluster(
                "container-instance",
                i.str("containerInstance").unwrap_or(""),
            ))
            .with("ecs:cluster", cluster),
        "PutAttributes" | "DeleteAttributes" => {
            let targets: Vec<String> = input
                .get("attributes")
                .and_then(Value::as_array)
                .map(|attrs| {
                    attrs
                        .iter()
                        .filter_map(|a| a.get("targetId").and_then(Value::as_str))
                        .map(|t| i.in_cluster("container-instance", t))
                        .collect()
                })
                .unwrap_or_default();
            new().on_each(targets).with("ecs:cluster", cluster)
        }
        // Services and task sets.
        "CreateService" => {
            let service = i.service("serviceName").unwrap_or_default();
            let (td, roles) = task_definition(cp, &i, "taskDefinition").await;
            let mut access = new()
                .on(service.clone())
                .with("ecs:cluster", cluster)
                .with_values("ecs:capacity-provider", capacity_providers(&i));
            if let Some(td) = td {
                access = access.with("ecs:task-definition", td);
            }
            pass_roles(with_tagging(access, operation, &i, &service), roles)
        }
        "UpdateService" | "DeleteService" | "UpdateServicePrimaryTaskSet" => {
            let mut access = new()
                .on(i.service("service").unwrap_or_default())
                .with("ecs:cluster", cluster);
            if let (Some(td), _) = task_definition(cp, &i, "taskDefinition").await {
                access = access.with("ecs:task-definition", td);
            }
            access
        }
        "DescribeServices" => new()
            .on_each(
                i.strs("services")
                    .into_iter()
                    .map(|s| i.in_cluster("service", s)),
            )
            .with("ecs:cluster", cluster),
        "ListServiceDeployments" => new()
            .on(i.service("service").unwrap_or_default())
            .with("ecs:cluster", cluster),
        "CreateTaskSet" => {
            let service = i.service("service").unwrap_or_default();
            let mut access = new()
                .with("ecs:cluster", cluster)
                .with("ecs:service", service)
                .with_values("ecs:capacity-provider", capacity_providers(&i));
            if let (Some(td), _) = task_definition(cp, &i, "taskDefinition").await {
                access = access.with("ecs:task-definition", td);
            }
            access
        }
        "UpdateTaskSet" | "DeleteTaskSet" => new()
            .on(i.task_set().unwrap_or_default())
            .with("ecs:cluster", cluster)
            .with("ecs:service", i.service("service").unwrap_or_default()),
        "DescribeTaskSets" => {
            let service = i.service("service").unwrap_or_default();
            let service_name = service.rsplit('/').next().unwrap_or("").to_string();
            let cluster_name = i.cluster_name("cluster");
            new()
                .on_each(i.strs("taskSets").into_iter().map(|t| {
                    if t.starts_with("arn:") {
                        t.to_string()
                    } else {
                        i.arn(format!("task-set/{cluster_name}/{service_name}/{t}"))
                    }
                }))
                .with("ecs:cluster", cluster)
                .with("ecs:service", service)
        }
        // Tags and account settings.
        "TagResource" | "UntagResource" | "ListTagsForResource" => {
            let mut access = new().on(i.str("resourceArn").unwrap_or("").to_string());
            let keys: Vec<String> = if operation == "UntagResource" {
                i.strs("tagKeys").into_iter().map(str::to_string).collect()
            } else {
                i.tag_keys("tags")
            };
            if operation != "ListTagsForResource" {
                access = access.with_values("aws:TagKeys", keys);
            }
            access
        }
        "PutAccountSetting" | "PutAccountSettingDefault" | "DeleteAccountSetting" => {
            match i.str("name") {
                Some(name) => new().with("ecs:account-setting", name),
                None => new(),
            }
        }
        // What Keel does not implement yet: the ARNs the input names, else `*`.
        "ContinueServiceDeployment"
        | "StopServiceDeployment"
        | "DescribeServiceDeployments"
        | "DescribeServiceRevisions"
        | "CreateDaemon"
        | "DeleteDaemon"
        | "DescribeDaemon"
        | "DescribeDaemonDeployments"
        | "DescribeDaemonRevisions"
        | "ListDaemonDeployments"
        | "ListDaemons"
        | "UpdateDaemon"
        | "RegisterDaemonTaskDefinition"
        | "DeleteDaemonTaskDefinition"
        | "DescribeDaemonTaskDefinition"
        | "CreateExpressGatewayService"
        | "DeleteExpressGatewayService"
        | "DescribeExpressGatewayService"
        | "UpdateExpressGatewayService"
        | "CreateGateway"
        | "DeleteGateway"
        | "DescribeGateway"
        | "DescribeGatewayResources"
        | "DescribeGatewayRoute"
        | "UpdateGateway"
        | "ListGateways"
        | "ListGatewayClusterAssociations"
        | "ListGatewayRoutes"
        | "AssociateGatewayWithCluster"
        | "DisassociateGatewayFromCluster" => new().on_each(i.named_arns()),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ControlConfig;
    use keel_store::MemoryStore;
    use keel_types::Scope;
    use serde_json::json;
    use std::sync::Arc;

    fn ctx() -> RequestContext {
        RequestContext::new("t", Scope::new("000000000000", "us-east-1"))
    }

    async fn declared(op: &str, input: Value) -> Access {
        let cp = ControlPlane::new(Arc::new(MemoryStore::new()), ControlConfig::default());
        access(&cp, &ctx(), op, &input).await.expect(op)
    }

    #[tokio::test]
    async fn every_model_operation_is_declared() {
        let cp = ControlPlane::new(Arc::new(MemoryStore::new()), ControlConfig::default());
        let missing: Vec<&str> = {
            let mut missing = Vec::new();
            for op in keel_awsmodel::ecs::MODEL.operations {
                if access(&cp, &ctx(), op.name, &json!({})).await.is_none() {
                    missing.push(op.name);
                }
            }
            missing
        };
        assert!(
            missing.is_empty(),
            "ECS operations without an access declaration: {missing:?}"
        );
    }

    #[tokio::test]
    async fn resources_and_condition_keys_follow_the_reference() {
        let stop = declared("StopTask", json!({"cluster": "prod", "task": "abc"})).await;
        assert_eq!(stop.action, "ecs:StopTask");
        assert_eq!(
            stop.resources,
            ["arn:aws:ecs:us-east-1:000000000000:task/prod/abc"]
        );
        assert_eq!(
            stop.context,
            [(
                "ecs:cluster".to_string(),
                vec!["arn:aws:ecs:us-east-1:000000000000:cluster/prod".to_string()]
            )]
        );
        assert!(!stop.read_only);

        let describe = declared(
            "DescribeTasks",
            json!({"tasks": ["a", "arn:aws:ecs:us-east-1:000000000000:task/x/b"]}),
        )
        .await;
        assert_eq!(
            describe.resources,
            [
                "arn:aws:ecs:us-east-1:000000000000:task/default/a",
                "arn:aws:ecs:us-east-1:000000000000:task/x/b"
            ]
        );
        assert!(describe.read_only);

        let clusters = declared("DescribeClusters", json!({"clusters": ["a", "b"]})).await;
        assert_eq!(clusters.resources.len(), 2);
        assert_eq!(
            declared("ListClusters", json!({})).await.resources_or_any(),
            ["*"]
        );

        let run = declared("RunTask", json!({"cluster": "c", "taskDefinition": "web:3", "tags": [{"key": "team", "value": "x"}]})).await;
        assert_eq!(
            run.resources,
            ["arn:aws:ecs:us-east-1:000000000000:task-definition/web:3"]
        );
        assert_eq!(run.also[0].action, "ecs:TagResource");
        assert!(
            run.also[0]
                .context
                .contains(&("ecs:CreateAction".into(), vec!["RunTask".into()]))
        );

        let register = declared(
            "RegisterTaskDefinition",
            json!({"family": "web", "containerDefinitions": [{"name": "a", "privileged": true}]}),
        )
        .await;
        assert_eq!(
            register.resources,
            ["arn:aws:ecs:us-east-1:000000000000:task-definition/web:1"]
        );
        assert!(
            register
                .context
                .contains(&("ecs:privileged".into(), vec!["true".into()]))
        );
    }
}
