//! The AWS SDK for Rust (`aws-sdk-ecs`) driving every ECS operation Keel serves against the real
//! `keel` binary: each resource family's lifecycle, the SDK's paginators, and typed errors.
//!
//! Expected values follow ECS (ARN formats, failure reasons, error codes).

use std::collections::BTreeSet;

use aws_credential_types::Credentials;
use aws_sdk_ecs::Client;
use aws_sdk_ecs::config::{BehaviorVersion, Region};
use aws_sdk_ecs::operation::create_capacity_provider::CreateCapacityProviderError;
use aws_sdk_ecs::operation::create_cluster::CreateClusterError;
use aws_sdk_ecs::operation::delete_account_setting::DeleteAccountSettingError;
use aws_sdk_ecs::operation::delete_attributes::DeleteAttributesError;
use aws_sdk_ecs::operation::delete_cluster::DeleteClusterError;
use aws_sdk_ecs::operation::delete_task_definitions::DeleteTaskDefinitionsError;
use aws_sdk_ecs::operation::deregister_container_instance::DeregisterContainerInstanceError;
use aws_sdk_ecs::operation::deregister_task_definition::DeregisterTaskDefinitionError;
use aws_sdk_ecs::operation::describe_capacity_providers::DescribeCapacityProvidersError;
use aws_sdk_ecs::operation::describe_container_instances::DescribeContainerInstancesError;
use aws_sdk_ecs::operation::describe_task_definition::DescribeTaskDefinitionError;
use aws_sdk_ecs::operation::describe_tasks::DescribeTasksError;
use aws_sdk_ecs::operation::list_account_settings::ListAccountSettingsError;
use aws_sdk_ecs::operation::list_attributes::ListAttributesError;
use aws_sdk_ecs::operation::list_clusters::ListClustersError;
use aws_sdk_ecs::operation::list_container_instances::ListContainerInstancesError;
use aws_sdk_ecs::operation::list_tags_for_resource::ListTagsForResourceError;
use aws_sdk_ecs::operation::list_task_definitions::ListTaskDefinitionsError;
use aws_sdk_ecs::operation::list_tasks::ListTasksError;
use aws_sdk_ecs::operation::put_account_setting::PutAccountSettingError;
use aws_sdk_ecs::operation::put_account_setting_default::PutAccountSettingDefaultError;
use aws_sdk_ecs::operation::put_attributes::PutAttributesError;
use aws_sdk_ecs::operation::put_cluster_capacity_providers::PutClusterCapacityProvidersError;
use aws_sdk_ecs::operation::register_container_instance::RegisterContainerInstanceError;
use aws_sdk_ecs::operation::register_task_definition::RegisterTaskDefinitionError;
use aws_sdk_ecs::operation::run_task::RunTaskError;
use aws_sdk_ecs::operation::start_task::StartTaskError;
use aws_sdk_ecs::operation::stop_task::StopTaskError;
use aws_sdk_ecs::operation::submit_container_state_change::SubmitContainerStateChangeError;
use aws_sdk_ecs::operation::submit_task_state_change::SubmitTaskStateChangeError;
use aws_sdk_ecs::operation::tag_resource::TagResourceError;
use aws_sdk_ecs::operation::untag_resource::UntagResourceError;
use aws_sdk_ecs::operation::update_capacity_provider::UpdateCapacityProviderError;
use aws_sdk_ecs::operation::update_cluster::UpdateClusterError;
use aws_sdk_ecs::operation::update_cluster_settings::UpdateClusterSettingsError;
use aws_sdk_ecs::operation::update_container_instances_state::UpdateContainerInstancesStateError;
use aws_sdk_ecs::primitives::DateTime;
use aws_sdk_ecs::types::{
    Attribute, AutoScalingGroupProvider, AutoScalingGroupProviderUpdate, CapacityProviderField,
    CapacityProviderStatus, CapacityProviderStrategyItem, CapacityProviderUpdateStatus,
    ClusterConfiguration, ClusterField, ClusterSetting, ClusterSettingName, Compatibility,
    Connectivity, ContainerDefinition, ContainerInstance, ContainerInstanceField,
    ContainerInstanceStatus, ContainerOverride, DesiredStatus, ExecuteCommandConfiguration,
    ExecuteCommandLogging, HealthCheck, KeyValuePair, LaunchType, ManagedScaling,
    ManagedScalingStatus, ManagedTerminationProtection, NetworkBinding, NetworkMode, Resource,
    Setting, SettingName, SettingType, SortOrder, Tag, TargetType, TaskDefinitionFamilyStatus,
    TaskDefinitionField, TaskDefinitionStatus, TaskField, TaskOverride, TaskStopCode,
    TransportProtocol, VersionInfo,
};
use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode};
use keel_testkit::KeelServer;

const REGION: &str = "us-east-1";
const ACCOUNT: &str = "000000000000";

/// Awaits a call that must fail and returns the modelled exception it failed with; any other
/// outcome (success, another variant, an unmodelled code) fails the test.
macro_rules! expect_err {
    ($call:expr, $variant:path) => {
        match $call
            .await
            .expect_err(concat!("expected ", stringify!($variant)))
            .into_service_error()
        {
            $variant(inner) => inner,
            other => panic!("expected {}, got {other:?}", stringify!($variant)),
        }
    };
}

fn client(server: &KeelServer) -> Client {
    let http = aws_smithy_http_client::Builder::new()
        .tls_provider(tls::Provider::Rustls(CryptoMode::Ring))
        .build_https();
    let config = aws_sdk_ecs::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .endpoint_url(server.endpoint())
        .region(Region::new(REGION))
        .credentials_provider(Credentials::new("keel", "keel", None, None, "keel-tests"))
        .http_client(http)
        .build();
    Client::from_conf(config)
}

fn arn(resource: &str) -> String {
    format!("arn:aws:ecs:{REGION}:{ACCOUNT}:{resource}")
}

fn tag(key: &str, value: &str) -> Tag {
    Tag::builder().key(key).value(value).build()
}

fn tag_pairs(tags: &[Tag]) -> Vec<(&str, &str)> {
    tags.iter()
        .map(|t| (t.key().unwrap_or(""), t.value().unwrap_or("")))
        .collect()
}

fn container(name: &str, cpu: i32, memory: i32) -> ContainerDefinition {
    ContainerDefinition::builder()
        .name(name)
        .image("busybox:latest")
        .cpu(cpu)
        .memory(memory)
        .essential(true)
        .build()
}

fn integer(name: &str, value: i32) -> Resource {
    Resource::builder()
        .name(name)
        .r#type("INTEGER")
        .integer_value(value)
        .build()
}

fn ports(name: &str, ports: &[&str]) -> Resource {
    let mut builder = Resource::builder().name(name).r#type("STRINGSET");
    for port in ports {
        builder = builder.string_set_value(*port);
    }
    builder.build()
}

/// Registers an instance through the public API, as an agent would.
async fn register_instance(
    ecs: &Client,
    cluster: &str,
    cpu: i32,
    memory: i32,
) -> ContainerInstance {
    ecs.register_container_instance()
        .cluster(cluster)
        .total_resources(integer("CPU", cpu))
        .total_resources(integer("MEMORY", memory))
        .total_resources(ports("PORTS", &["22"]))
        .total_resources(ports("PORTS_UDP", &[]))
        .send()
        .await
        .unwrap()
        .container_instance
        .unwrap()
}

fn find_resource<'a>(resources: &'a [Resource], name: &str) -> &'a Resource {
    resources
        .iter()
        .find(|r| r.name() == Some(name))
        .unwrap_or_else(|| panic!("no {name} resource in {resources:?}"))
}

fn stat<'a>(stats: &'a [KeyValuePair], name: &str) -> Option<&'a str> {
    stats
        .iter()
        .find(|s| s.name() == Some(name))
        .and_then(|s| s.value())
}

fn insights(value: &str) -> ClusterSetting {
    ClusterSetting::builder()
        .name(ClusterSettingName::ContainerInsights)
        .value(value)
        .build()
}

fn insights_value(settings: &[ClusterSetting]) -> Option<&str> {
    settings
        .iter()
        .find(|s| s.name() == Some(&ClusterSettingName::ContainerInsights))
        .and_then(|s| s.value())
}

fn strategy(provider: &str, weight: i32, base: i32) -> CapacityProviderStrategyItem {
    CapacityProviderStrategyItem::builder()
        .capacity_provider(provider)
        .weight(weight)
        .base(base)
        .build()
        .unwrap()
}

fn asg_provider(name: &str) -> AutoScalingGroupProvider {
    AutoScalingGroupProvider::builder()
        .auto_scaling_group_arn(format!(
            "arn:aws:autoscaling:{REGION}:{ACCOUNT}:autoScalingGroup:1234:autoScalingGroupName/{name}"
        ))
        .managed_scaling(
            ManagedScaling::builder()
                .status(ManagedScalingStatus::Enabled)
                .target_capacity(90)
                .build(),
        )
        .managed_termination_protection(ManagedTerminationProtection::Enabled)
        .build()
        .unwrap()
}

/// Family:revision of each task definition ARN (the part after `task-definition/`).
fn revisions(arns: &[String]) -> Vec<&str> {
    arns.iter()
        .map(|a| {
            a.rsplit_once("task-definition/")
                .map_or(a.as_str(), |x| x.1)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cluster_lifecycle_settings_and_typed_errors() {
    let server = KeelServer::start();
    let ecs = client(&server);
    let cluster_arn = arn("cluster/alpha");

    let created = ecs
        .create_cluster()
        .cluster_name("alpha")
        .tags(tag("team", "core"))
        .settings(insights("enabled"))
        .configuration(
            ClusterConfiguration::builder()
                .execute_command_configuration(
                    ExecuteCommandConfiguration::builder()
                        .logging(ExecuteCommandLogging::Default)
                        .build(),
                )
                .build(),
        )
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert_eq!(created.cluster_arn(), Some(cluster_arn.as_str()));
    assert_eq!(created.cluster_name(), Some("alpha"));
    assert_eq!(created.status(), Some("ACTIVE"));
    assert_eq!(insights_value(created.settings()), Some("enabled"));
    assert_eq!(tag_pairs(created.tags()), [("team", "core")]);
    assert_eq!(created.registered_container_instances_count, 0);
    assert_eq!(created.running_tasks_count, 0);
    assert_eq!(created.pending_tasks_count, 0);
    assert_eq!(created.active_services_count, 0);

    // CreateCluster on an ACTIVE name returns the existing cluster, unchanged.
    let again = ecs
        .create_cluster()
        .cluster_name("alpha")
        .settings(insights("disabled"))
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert_eq!(again.cluster_arn(), Some(cluster_arn.as_str()));
    assert_eq!(insights_value(again.settings()), Some("enabled"));

    let updated = ecs
        .update_cluster_settings()
        .cluster("alpha")
        .settings(insights("enhanced"))
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert_eq!(updated.settings().len(), 1);
    assert_eq!(insights_value(updated.settings()), Some("enhanced"));

    let updated = ecs
        .update_cluster()
        .cluster(&cluster_arn)
        .configuration(
            ClusterConfiguration::builder()
                .execute_command_configuration(
                    ExecuteCommandConfiguration::builder()
                        .logging(ExecuteCommandLogging::None)
                        .build(),
                )
                .build(),
        )
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    let logging = updated
        .configuration()
        .and_then(|c| c.execute_command_configuration())
        .and_then(|e| e.logging());
    assert_eq!(logging, Some(&ExecuteCommandLogging::None));
    assert_eq!(insights_value(updated.settings()), Some("enhanced"));

    let described = ecs
        .describe_clusters()
        .clusters("alpha")
        .clusters(&cluster_arn)
        .clusters("nope")
        .include(ClusterField::Tags)
        .include(ClusterField::Settings)
        .include(ClusterField::Statistics)
        .include(ClusterField::Configurations)
        .send()
        .await
        .unwrap();
    assert_eq!(described.clusters().len(), 2);
    let full = &described.clusters()[1];
    assert_eq!(full.cluster_arn(), Some(cluster_arn.as_str()));
    assert_eq!(tag_pairs(full.tags()), [("team", "core")]);
    assert_eq!(insights_value(full.settings()), Some("enhanced"));
    assert_eq!(full.statistics().len(), 10);
    assert_eq!(stat(full.statistics(), "runningEC2TasksCount"), Some("0"));
    assert_eq!(
        stat(full.statistics(), "pendingFargateTasksCount"),
        Some("0")
    );
    assert!(full.configuration().is_some());
    assert_eq!(described.failures().len(), 1);
    assert_eq!(
        described.failures()[0].arn(),
        Some(arn("cluster/nope").as_str())
    );
    assert_eq!(described.failures()[0].reason(), Some("MISSING"));

    // Without `include` the optional parts are left out.
    let plain = ecs
        .describe_clusters()
        .clusters("alpha")
        .send()
        .await
        .unwrap()
        .clusters
        .unwrap()
        .remove(0);
    assert!(plain.tags.is_none(), "{plain:?}");
    assert!(plain.statistics.is_none(), "{plain:?}");
    assert!(plain.settings.is_none(), "{plain:?}");
    assert!(plain.configuration.is_none(), "{plain:?}");

    // A second cluster and the ListClusters item paginator.
    for name in ["beta", "gamma", "delta"] {
        ecs.create_cluster()
            .cluster_name(name)
            .send()
            .await
            .unwrap();
    }
    let listed: Vec<String> = ecs
        .list_clusters()
        .max_results(1)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    let expected: BTreeSet<String> = ["alpha", "beta", "gamma", "delta"]
        .iter()
        .map(|n| arn(&format!("cluster/{n}")))
        .collect();
    assert_eq!(listed.len(), 4, "{listed:?}");
    assert_eq!(listed.iter().cloned().collect::<BTreeSet<_>>(), expected);

    let deleted = ecs
        .delete_cluster()
        .cluster("alpha")
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert_eq!(deleted.status(), Some("INACTIVE"));
    assert_eq!(deleted.cluster_arn(), Some(cluster_arn.as_str()));
    let listed = ecs.list_clusters().send().await.unwrap();
    assert!(!listed.cluster_arns().contains(&cluster_arn));
    assert_eq!(listed.cluster_arns().len(), 3);
    assert!(listed.next_token().is_none());
    // INACTIVE clusters stay describable.
    let inactive = ecs
        .describe_clusters()
        .clusters("alpha")
        .send()
        .await
        .unwrap();
    assert_eq!(inactive.clusters()[0].status(), Some("INACTIVE"));
    assert!(inactive.failures().is_empty());

    let err = expect_err!(
        ecs.delete_cluster().cluster("alpha").send(),
        DeleteClusterError::ClusterNotFoundException
    );
    assert_eq!(err.message(), Some("Cluster not found."));
    expect_err!(
        ecs.update_cluster()
            .cluster("alpha")
            .settings(insights("enabled"))
            .send(),
        UpdateClusterError::ClusterNotFoundException
    );
    expect_err!(
        ecs.update_cluster_settings()
            .cluster("missing")
            .settings(insights("enabled"))
            .send(),
        UpdateClusterSettingsError::ClusterNotFoundException
    );
    expect_err!(
        ecs.update_cluster_settings()
            .cluster("beta")
            .settings(insights("sometimes"))
            .send(),
        UpdateClusterSettingsError::InvalidParameterException
    );
    expect_err!(
        ecs.create_cluster().cluster_name("bad name!").send(),
        CreateClusterError::InvalidParameterException
    );
    let err = expect_err!(
        ecs.create_cluster()
            .cluster_name("loud")
            .settings(insights("loud"))
            .send(),
        CreateClusterError::InvalidParameterException
    );
    assert!(err.message().unwrap_or("").contains("containerInsights"));
    expect_err!(
        ecs.create_cluster()
            .cluster_name("reserved")
            .tags(tag("aws:owner", "me"))
            .send(),
        CreateClusterError::InvalidParameterException
    );
    expect_err!(
        ecs.list_clusters().max_results(101).send(),
        ListClustersError::InvalidParameterException
    );
    let err = expect_err!(
        ecs.list_clusters().next_token("garbage").send(),
        ListClustersError::InvalidParameterException
    );
    assert_eq!(err.message(), Some("Invalid nextToken"));
    // None of the refused requests created anything.
    assert_eq!(
        ecs.list_clusters()
            .send()
            .await
            .unwrap()
            .cluster_arns()
            .len(),
        3
    );

    // Re-creating an INACTIVE cluster makes it ACTIVE again.
    let recreated = ecs
        .create_cluster()
        .cluster_name("alpha")
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert_eq!(recreated.status(), Some("ACTIVE"));
    assert_eq!(recreated.cluster_arn(), Some(cluster_arn.as_str()));
    assert_eq!(insights_value(recreated.settings()), Some("disabled"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn capacity_providers_lifecycle_and_cluster_association() {
    let server = KeelServer::start();
    let ecs = client(&server);

    let builtin = ecs
        .describe_capacity_providers()
        .capacity_providers("FARGATE")
        .capacity_providers(arn("capacity-provider/FARGATE_SPOT"))
        .send()
        .await
        .unwrap();
    let names: Vec<_> = builtin
        .capacity_providers()
        .iter()
        .map(|p| p.name().unwrap_or(""))
        .collect();
    assert_eq!(names, ["FARGATE", "FARGATE_SPOT"]);
    assert_eq!(
        builtin.capacity_providers()[0].capacity_provider_arn(),
        Some(arn("capacity-provider/FARGATE").as_str())
    );
    assert_eq!(
        builtin.capacity_providers()[1].status(),
        Some(&CapacityProviderStatus::Active)
    );
    assert!(builtin.failures().is_empty());

    let created = ecs
        .create_capacity_provider()
        .name("cp-asg")
        .auto_scaling_group_provider(asg_provider("asg"))
        .tags(tag("owner", "ops"))
        .send()
        .await
        .unwrap()
        .capacity_provider
        .unwrap();
    assert_eq!(
        created.capacity_provider_arn(),
        Some(arn("capacity-provider/cp-asg").as_str())
    );
    assert_eq!(created.name(), Some("cp-asg"));
    assert_eq!(created.status(), Some(&CapacityProviderStatus::Active));
    assert_eq!(
        created.update_status(),
        Some(&CapacityProviderUpdateStatus::CreateComplete)
    );
    let asg = created.auto_scaling_group_provider().unwrap();
    assert!(
        asg.auto_scaling_group_arn()
            .ends_with("autoScalingGroupName/asg")
    );
    assert_eq!(
        asg.managed_termination_protection(),
        Some(&ManagedTerminationProtection::Enabled)
    );
    assert_eq!(
        asg.managed_scaling().and_then(|s| s.target_capacity()),
        Some(90)
    );
    assert_eq!(tag_pairs(created.tags()), [("owner", "ops")]);
    ecs.create_capacity_provider()
        .name("cp-two")
        .auto_scaling_group_provider(asg_provider("two"))
        .send()
        .await
        .unwrap();

    let err = expect_err!(
        ecs.create_capacity_provider()
            .name("cp-asg")
            .auto_scaling_group_provider(asg_provider("asg"))
            .send(),
        CreateCapacityProviderError::ClientException
    );
    assert!(err.message().unwrap_or("").contains("already exists"));
    expect_err!(
        ecs.create_capacity_provider()
            .name("fargate-mine")
            .auto_scaling_group_provider(asg_provider("x"))
            .send(),
        CreateCapacityProviderError::ClientException
    );
    expect_err!(
        ecs.create_capacity_provider().name("cp-empty").send(),
        CreateCapacityProviderError::InvalidParameterException
    );
    expect_err!(
        ecs.create_capacity_provider()
            .name("cp-orphan")
            .cluster("no-such-cluster")
            .auto_scaling_group_provider(asg_provider("x"))
            .send(),
        CreateCapacityProviderError::ClusterNotFoundException
    );

    // By name with tags, by ARN without, and an unknown name.
    let described = ecs
        .describe_capacity_providers()
        .capacity_providers("cp-asg")
        .capacity_providers("ghost")
        .include(CapacityProviderField::Tags)
        .send()
        .await
        .unwrap();
    assert_eq!(described.capacity_providers().len(), 1);
    assert_eq!(
        tag_pairs(described.capacity_providers()[0].tags()),
        [("owner", "ops")]
    );
    assert_eq!(described.failures()[0].arn(), Some("ghost"));
    assert_eq!(described.failures()[0].reason(), Some("MISSING"));
    let by_arn = ecs
        .describe_capacity_providers()
        .capacity_providers(arn("capacity-provider/cp-two"))
        .send()
        .await
        .unwrap()
        .capacity_providers
        .unwrap()
        .remove(0);
    assert_eq!(by_arn.name(), Some("cp-two"));
    assert!(by_arn.tags.is_none(), "{by_arn:?}");

    // Listing everything, one per page, follows nextToken through four pages.
    let mut names = Vec::new();
    let mut pages = 0;
    let mut token: Option<String> = None;
    loop {
        let page = ecs
            .describe_capacity_providers()
            .max_results(1)
            .set_next_token(token.take())
            .send()
            .await
            .unwrap();
        pages += 1;
        names.extend(
            page.capacity_providers()
                .iter()
                .map(|p| p.name().unwrap_or("").to_string()),
        );
        match page.next_token {
            Some(next) => token = Some(next),
            None => break,
        }
    }
    assert_eq!(pages, 4);
    assert_eq!(names, ["FARGATE", "FARGATE_SPOT", "cp-asg", "cp-two"]);
    expect_err!(
        ecs.describe_capacity_providers().max_results(11).send(),
        DescribeCapacityProvidersError::InvalidParameterException
    );

    let updated = ecs
        .update_capacity_provider()
        .name("cp-asg")
        .auto_scaling_group_provider(
            AutoScalingGroupProviderUpdate::builder()
                .managed_termination_protection(ManagedTerminationProtection::Disabled)
                .build(),
        )
        .send()
        .await
        .unwrap()
        .capacity_provider
        .unwrap();
    let asg = updated.auto_scaling_group_provider().unwrap();
    assert_eq!(
        asg.managed_termination_protection(),
        Some(&ManagedTerminationProtection::Disabled)
    );
    assert_eq!(
        asg.managed_scaling().and_then(|s| s.target_capacity()),
        Some(90),
        "members not in the update are kept"
    );
    assert_eq!(
        updated.update_status(),
        Some(&CapacityProviderUpdateStatus::UpdateComplete)
    );
    expect_err!(
        ecs.update_capacity_provider()
            .name("FARGATE")
            .auto_scaling_group_provider(AutoScalingGroupProviderUpdate::builder().build())
            .send(),
        UpdateCapacityProviderError::ClientException
    );
    expect_err!(
        ecs.update_capacity_provider()
            .name("ghost")
            .auto_scaling_group_provider(AutoScalingGroupProviderUpdate::builder().build())
            .send(),
        UpdateCapacityProviderError::ClientException
    );

    // Associating providers with a cluster, and ECS's strategy rules.
    ecs.create_cluster()
        .cluster_name("cpc")
        .send()
        .await
        .unwrap();
    expect_err!(
        ecs.put_cluster_capacity_providers()
            .cluster("cpc")
            .capacity_providers("FARGATE")
            .capacity_providers("cp-asg")
            .default_capacity_provider_strategy(strategy("FARGATE", 1, 0))
            .default_capacity_provider_strategy(strategy("cp-asg", 1, 0))
            .send(),
        PutClusterCapacityProvidersError::InvalidParameterException
    );
    expect_err!(
        ecs.put_cluster_capacity_providers()
            .cluster("cpc")
            .capacity_providers("FARGATE")
            .capacity_providers("FARGATE_SPOT")
            .default_capacity_provider_strategy(strategy("FARGATE", 1, 1))
            .default_capacity_provider_strategy(strategy("FARGATE_SPOT", 1, 2))
            .send(),
        PutClusterCapacityProvidersError::InvalidParameterException
    );
    expect_err!(
        ecs.put_cluster_capacity_providers()
            .cluster("cpc")
            .capacity_providers("ghost")
            .set_default_capacity_provider_strategy(Some(Vec::new()))
            .send(),
        PutClusterCapacityProvidersError::InvalidParameterException
    );
    expect_err!(
        ecs.put_cluster_capacity_providers()
            .cluster("no-such-cluster")
            .capacity_providers("FARGATE")
            .set_default_capacity_provider_strategy(Some(Vec::new()))
            .send(),
        PutClusterCapacityProvidersError::ClusterNotFoundException
    );
    let cluster = ecs
        .put_cluster_capacity_providers()
        .cluster("cpc")
        .capacity_providers("FARGATE")
        .capacity_providers("FARGATE_SPOT")
        .default_capacity_provider_strategy(strategy("FARGATE", 1, 1))
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert_eq!(cluster.capacity_providers(), ["FARGATE", "FARGATE_SPOT"]);
    let default = &cluster.default_capacity_provider_strategy()[0];
    assert_eq!(default.capacity_provider(), "FARGATE");
    assert_eq!((default.weight(), default.base()), (1, 1));
    let described = ecs
        .describe_clusters()
        .clusters("cpc")
        .send()
        .await
        .unwrap()
        .clusters
        .unwrap()
        .remove(0);
    assert_eq!(described.capacity_providers(), ["FARGATE", "FARGATE_SPOT"]);

    // Clearing the association, then deleting the provider.
    let cleared = ecs
        .put_cluster_capacity_providers()
        .cluster("cpc")
        .set_capacity_providers(Some(Vec::new()))
        .set_default_capacity_provider_strategy(Some(Vec::new()))
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert!(cleared.capacity_providers().is_empty());
    assert!(cleared.default_capacity_provider_strategy().is_empty());
    let deleted = ecs
        .delete_capacity_provider()
        .capacity_provider(arn("capacity-provider/cp-asg"))
        .send()
        .await
        .unwrap()
        .capacity_provider
        .unwrap();
    assert_eq!(deleted.status(), Some(&CapacityProviderStatus::Inactive));
    assert_eq!(
        deleted.update_status(),
        Some(&CapacityProviderUpdateStatus::DeleteComplete)
    );
    let after = ecs
        .describe_capacity_providers()
        .capacity_providers("cp-asg")
        .send()
        .await
        .unwrap()
        .capacity_providers
        .unwrap()
        .remove(0);
    assert_eq!(after.status(), Some(&CapacityProviderStatus::Inactive));
    // An INACTIVE provider can't be associated or updated.
    expect_err!(
        ecs.put_cluster_capacity_providers()
            .cluster("cpc")
            .capacity_providers("cp-asg")
            .set_default_capacity_provider_strategy(Some(Vec::new()))
            .send(),
        PutClusterCapacityProvidersError::InvalidParameterException
    );
    expect_err!(
        ecs.update_capacity_provider()
            .name("cp-asg")
            .auto_scaling_group_provider(AutoScalingGroupProviderUpdate::builder().build())
            .send(),
        UpdateCapacityProviderError::ClientException
    );
    // The name is free again.
    let reborn = ecs
        .create_capacity_provider()
        .name("cp-asg")
        .auto_scaling_group_provider(asg_provider("asg2"))
        .send()
        .await
        .unwrap()
        .capacity_provider
        .unwrap();
    assert_eq!(reborn.status(), Some(&CapacityProviderStatus::Active));
}

/// ECS: "Only capacity providers that aren't associated with a cluster can be deleted." Deleting
/// an associated provider answers 200 with the provider still ACTIVE and updateStatus
/// DELETE_FAILED, naming the cluster in updateStatusReason.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_an_associated_capacity_provider_fails_as_in_ecs() {
    let server = KeelServer::start();
    let ecs = client(&server);
    ecs.create_cluster()
        .cluster_name("home")
        .send()
        .await
        .unwrap();
    for name in ["cp-listed", "cp-default"] {
        ecs.create_capacity_provider()
            .name(name)
            .auto_scaling_group_provider(asg_provider(name))
            .send()
            .await
            .unwrap();
    }
    ecs.put_cluster_capacity_providers()
        .cluster("home")
        .capacity_providers("cp-listed")
        .capacity_providers("cp-default")
        .default_capacity_provider_strategy(strategy("cp-default", 1, 0))
        .send()
        .await
        .unwrap();
    for name in ["cp-default", "cp-listed"] {
        let provider = ecs
            .delete_capacity_provider()
            .capacity_provider(name)
            .send()
            .await
            .unwrap_or_else(|err| panic!("{name}: {:?}", err.into_service_error()))
            .capacity_provider
            .unwrap();
        assert_eq!(provider.status(), Some(&CapacityProviderStatus::Active));
        assert_eq!(
            provider.update_status(),
            Some(&CapacityProviderUpdateStatus::DeleteFailed)
        );
        assert!(
            provider
                .update_status_reason()
                .unwrap_or("")
                .contains("home"),
            "{provider:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn task_definitions_revisions_listing_and_deletion() {
    let server = KeelServer::start();
    let ecs = client(&server);

    let first = ecs
        .register_task_definition()
        .family("web")
        .container_definitions(
            ContainerDefinition::builder()
                .name("web")
                .image("nginx:1.27")
                .memory(256)
                .essential(true)
                .health_check(
                    HealthCheck::builder()
                        .command("CMD-SHELL")
                        .command("true")
                        .build()
                        .unwrap(),
                )
                .build(),
        )
        .task_role_arn(format!("arn:aws:iam::{ACCOUNT}:role/app"))
        .tags(tag("app", "web"))
        .send()
        .await
        .unwrap();
    assert_eq!(tag_pairs(first.tags()), [("app", "web")]);
    let td = first.task_definition.unwrap();
    let web1 = arn("task-definition/web:1");
    assert_eq!(td.task_definition_arn(), Some(web1.as_str()));
    assert_eq!(td.family(), Some("web"));
    assert_eq!(td.revision(), 1);
    assert_eq!(td.status(), Some(&TaskDefinitionStatus::Active));
    assert_eq!(td.network_mode(), Some(&NetworkMode::Bridge));
    assert_eq!(
        td.registered_by(),
        Some(format!("arn:aws:iam::{ACCOUNT}:root").as_str())
    );
    assert!(td.registered_at().is_some());
    assert!(td.compatibilities().contains(&Compatibility::Ec2));
    let required: BTreeSet<&str> = td.requires_attributes().iter().map(|a| a.name()).collect();
    assert!(required.contains("ecs.capability.container-health-check"));
    assert!(required.contains("com.amazonaws.ecs.capability.task-iam-role"));
    assert_eq!(td.container_definitions()[0].image(), Some("nginx:1.27"));

    for memory in [128, 64] {
        ecs.register_task_definition()
            .family("web")
            .container_definitions(container("web", 0, memory))
            .send()
            .await
            .unwrap();
    }
    for family in ["web-worker", "web-worker", "db"] {
        let out = ecs
            .register_task_definition()
            .family(family)
            .container_definitions(container("main", 64, 64))
            .send()
            .await
            .unwrap();
        assert!(out.tags.is_none(), "untagged registration returns no tags");
    }

    // Latest ACTIVE by family, exact revision (with TAGS), and by ARN.
    let latest = ecs
        .describe_task_definition()
        .task_definition("web")
        .send()
        .await
        .unwrap();
    assert_eq!(latest.task_definition().unwrap().revision(), 3);
    assert_eq!(
        latest.task_definition().unwrap().container_definitions()[0].memory(),
        Some(64)
    );
    assert!(latest.tags.is_none());
    let rev1 = ecs
        .describe_task_definition()
        .task_definition("web:1")
        .include(TaskDefinitionField::Tags)
        .send()
        .await
        .unwrap();
    assert_eq!(rev1.task_definition().unwrap().revision(), 1);
    assert_eq!(tag_pairs(rev1.tags()), [("app", "web")]);
    let rev2 = ecs
        .describe_task_definition()
        .task_definition(arn("task-definition/web:2"))
        .send()
        .await
        .unwrap();
    assert_eq!(rev2.task_definition().unwrap().revision(), 2);
    let err = expect_err!(
        ecs.describe_task_definition()
            .task_definition("nothing")
            .send(),
        DescribeTaskDefinitionError::ClientException
    );
    assert_eq!(err.message(), Some("Unable to describe task definition."));
    expect_err!(
        ecs.describe_task_definition()
            .task_definition("web:9")
            .send(),
        DescribeTaskDefinitionError::ClientException
    );

    // The item paginator over every ACTIVE revision, two per page, both orders.
    let asc: Vec<String> = ecs
        .list_task_definitions()
        .max_results(2)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    let asc_revisions = revisions(&asc);
    assert_eq!(asc_revisions.len(), 6, "{asc_revisions:?}");
    let expected: BTreeSet<&str> = [
        "web:1",
        "web:2",
        "web:3",
        "web-worker:1",
        "web-worker:2",
        "db:1",
    ]
    .into_iter()
    .collect();
    assert_eq!(
        asc_revisions.iter().copied().collect::<BTreeSet<_>>(),
        expected
    );
    assert_eq!(asc_revisions[0], "db:1");
    let web_only: Vec<&str> = asc_revisions
        .iter()
        .copied()
        .filter(|r| r.starts_with("web:"))
        .collect();
    assert_eq!(web_only, ["web:1", "web:2", "web:3"]);
    let desc: Vec<String> = ecs
        .list_task_definitions()
        .sort(SortOrder::Desc)
        .max_results(2)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    let mut reversed = asc.clone();
    reversed.reverse();
    assert_eq!(desc, reversed);

    // familyPrefix names one whole family ("web" does not match "web-worker").
    let web = ecs
        .list_task_definitions()
        .family_prefix("web")
        .send()
        .await
        .unwrap();
    assert_eq!(
        revisions(web.task_definition_arns()),
        ["web:1", "web:2", "web:3"]
    );
    assert!(web.next_token().is_none());
    expect_err!(
        ecs.list_task_definitions().next_token("bogus").send(),
        ListTaskDefinitionsError::InvalidParameterException
    );

    // Deregistration: exact revisions only; INACTIVE stays describable by revision.
    let err = expect_err!(
        ecs.deregister_task_definition()
            .task_definition("web")
            .send(),
        DeregisterTaskDefinitionError::InvalidParameterException
    );
    assert!(err.message().unwrap_or("").contains("family:revision"));
    expect_err!(
        ecs.deregister_task_definition()
            .task_definition("web:42")
            .send(),
        DeregisterTaskDefinitionError::ClientException
    );
    let inactive = ecs
        .deregister_task_definition()
        .task_definition("web:3")
        .send()
        .await
        .unwrap()
        .task_definition
        .unwrap();
    assert_eq!(inactive.status(), Some(&TaskDefinitionStatus::Inactive));
    assert!(inactive.deregistered_at().is_some());
    let latest = ecs
        .describe_task_definition()
        .task_definition("web")
        .send()
        .await
        .unwrap();
    assert_eq!(
        latest.task_definition().unwrap().revision(),
        2,
        "the family now resolves to its latest ACTIVE revision"
    );
    let listed = ecs
        .list_task_definitions()
        .family_prefix("web")
        .status(TaskDefinitionStatus::Inactive)
        .send()
        .await
        .unwrap();
    assert_eq!(revisions(listed.task_definition_arns()), ["web:3"]);
    let listed = ecs
        .list_task_definitions()
        .family_prefix("web")
        .sort(SortOrder::Desc)
        .send()
        .await
        .unwrap();
    assert_eq!(revisions(listed.task_definition_arns()), ["web:2", "web:1"]);

    // Families: prefix match, status, and the paginator one per page.
    ecs.deregister_task_definition()
        .task_definition("db:1")
        .send()
        .await
        .unwrap();
    let active: Vec<String> = ecs
        .list_task_definition_families()
        .max_results(1)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    assert_eq!(active, ["web", "web-worker"]);
    let all: Vec<String> = ecs
        .list_task_definition_families()
        .status(TaskDefinitionFamilyStatus::All)
        .max_results(1)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    assert_eq!(all, ["db", "web", "web-worker"]);
    let inactive_families = ecs
        .list_task_definition_families()
        .status(TaskDefinitionFamilyStatus::Inactive)
        .send()
        .await
        .unwrap();
    assert_eq!(inactive_families.families(), ["db"]);
    let prefixed = ecs
        .list_task_definition_families()
        .family_prefix("web-")
        .send()
        .await
        .unwrap();
    assert_eq!(prefixed.families(), ["web-worker"]);

    // DeleteTaskDefinitions: INACTIVE revisions only, failures per item.
    let out = ecs
        .delete_task_definitions()
        .task_definitions(arn("task-definition/web:3"))
        .task_definitions("web:2")
        .task_definitions("ghost:1")
        .task_definitions("web")
        .send()
        .await
        .unwrap();
    assert_eq!(out.task_definitions().len(), 1);
    let gone = &out.task_definitions()[0];
    assert_eq!(gone.revision(), 3);
    assert_eq!(gone.status(), Some(&TaskDefinitionStatus::DeleteInProgress));
    assert!(gone.delete_requested_at().is_some());
    let failures: Vec<(&str, &str)> = out
        .failures()
        .iter()
        .map(|f| (f.arn().unwrap_or(""), f.reason().unwrap_or("")))
        .collect();
    assert_eq!(failures.len(), 3, "{failures:?}");
    assert_eq!(failures[0].0, "web:2");
    assert!(failures[0].1.contains("ACTIVE"), "{failures:?}");
    assert_eq!(failures[1].0, "ghost:1");
    assert!(failures[1].1.contains("does not exist"), "{failures:?}");
    assert_eq!(failures[2].0, "web");
    assert!(failures[2].1.contains("invalid"), "{failures:?}");
    let described = ecs
        .describe_task_definition()
        .task_definition("web:3")
        .send()
        .await
        .unwrap();
    assert_eq!(
        described.task_definition().unwrap().status(),
        Some(&TaskDefinitionStatus::DeleteInProgress)
    );
    let many: Vec<String> = (1..=11).map(|i| format!("web:{i}")).collect();
    expect_err!(
        ecs.delete_task_definitions()
            .set_task_definitions(Some(many))
            .send(),
        DeleteTaskDefinitionsError::InvalidParameterException
    );

    // Invalid definitions are refused with ClientException and register nothing.
    let err = expect_err!(
        ecs.register_task_definition()
            .family("dup")
            .container_definitions(container("a", 0, 32))
            .container_definitions(container("a", 0, 32))
            .send(),
        RegisterTaskDefinitionError::ClientException
    );
    assert!(
        err.message()
            .unwrap_or("")
            .to_lowercase()
            .contains("duplicate container name"),
        "{err:?}"
    );
    expect_err!(
        ecs.describe_task_definition().task_definition("dup").send(),
        DescribeTaskDefinitionError::ClientException
    );
}

/// ECS's ListTaskDefinitions (ASC) lists "lexicographically by family name and in ascending
/// numerical order by revision", so `web` sorts before `web-worker`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_task_definitions_orders_families_lexicographically() {
    let server = KeelServer::start();
    let ecs = client(&server);
    for family in ["web", "web-worker", "web", "db"] {
        ecs.register_task_definition()
            .family(family)
            .container_definitions(container("main", 0, 32))
            .send()
            .await
            .unwrap();
    }
    let asc = ecs.list_task_definitions().send().await.unwrap();
    assert_eq!(
        revisions(asc.task_definition_arns()),
        ["db:1", "web:1", "web:2", "web-worker:1"]
    );
    let desc = ecs
        .list_task_definitions()
        .sort(SortOrder::Desc)
        .send()
        .await
        .unwrap();
    assert_eq!(
        revisions(desc.task_definition_arns()),
        ["web-worker:1", "web:2", "web:1", "db:1"]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn container_instances_register_list_update_and_deregister() {
    let server = KeelServer::start();
    let ecs = client(&server);
    ecs.create_cluster()
        .cluster_name("ci")
        .send()
        .await
        .unwrap();

    let a = ecs
        .register_container_instance()
        .cluster("ci")
        .total_resources(integer("CPU", 2048))
        .total_resources(integer("MEMORY", 4096))
        .total_resources(ports("PORTS", &["22", "2375"]))
        .total_resources(ports("PORTS_UDP", &[]))
        .version_info(
            VersionInfo::builder()
                .agent_version("1.0.0")
                .agent_hash("keel")
                .docker_version("20.10")
                .build(),
        )
        .attributes(
            Attribute::builder()
                .name("ecs.availability-zone")
                .value("az-1")
                .build()
                .unwrap(),
        )
        .tags(tag("rack", "r1"))
        .send()
        .await
        .unwrap()
        .container_instance
        .unwrap();
    let a_arn = a.container_instance_arn().unwrap().to_string();
    let prefix = arn("container-instance/ci/");
    assert!(a_arn.starts_with(&prefix), "{a_arn}");
    let a_id = a_arn.rsplit('/').next().unwrap().to_string();
    assert_eq!(a.status(), Some("ACTIVE"));
    assert!(a.agent_connected);
    assert_eq!(a.version, 1);
    assert!(a.ec2_instance_id().unwrap_or("").starts_with("i-"));
    assert!(a.registered_at().is_some());
    assert_eq!(
        a.version_info().and_then(|v| v.agent_version()),
        Some("1.0.0")
    );
    assert_eq!(
        find_resource(a.registered_resources(), "CPU").integer_value,
        2048
    );
    assert_eq!(
        find_resource(a.registered_resources(), "MEMORY").integer_value,
        4096
    );
    assert_eq!(
        find_resource(a.remaining_resources(), "PORTS").string_set_value(),
        ["22", "2375"]
    );
    assert_eq!((a.running_tasks_count, a.pending_tasks_count), (0, 0));
    let zone = a
        .attributes()
        .iter()
        .find(|x| x.name() == "ecs.availability-zone");
    assert_eq!(zone.and_then(|x| x.value()), Some("az-1"));
    let b_arn = register_instance(&ecs, "ci", 1024, 1024)
        .await
        .container_instance_arn
        .unwrap();
    let c_arn = register_instance(&ecs, "ci", 1024, 1024)
        .await
        .container_instance_arn
        .unwrap();
    let cluster = ecs
        .describe_clusters()
        .clusters("ci")
        .send()
        .await
        .unwrap()
        .clusters
        .unwrap()
        .remove(0);
    assert_eq!(cluster.registered_container_instances_count, 3);

    // Describe by ARN and by bare id (with tags), plus a missing one.
    let described = ecs
        .describe_container_instances()
        .cluster("ci")
        .container_instances(&a_arn)
        .container_instances(&a_id)
        .container_instances("nope")
        .include(ContainerInstanceField::Tags)
        .send()
        .await
        .unwrap();
    assert_eq!(described.container_instances().len(), 2);
    assert_eq!(
        described.container_instances()[1].container_instance_arn(),
        Some(a_arn.as_str())
    );
    assert_eq!(
        tag_pairs(described.container_instances()[0].tags()),
        [("rack", "r1")]
    );
    assert_eq!(
        described.failures()[0].arn(),
        Some(format!("{prefix}nope").as_str())
    );
    assert_eq!(described.failures()[0].reason(), Some("MISSING"));
    expect_err!(
        ecs.describe_container_instances()
            .cluster("nowhere")
            .container_instances(&a_arn)
            .send(),
        DescribeContainerInstancesError::ClusterNotFoundException
    );

    // The item paginator, one instance per page.
    let listed: Vec<String> = ecs
        .list_container_instances()
        .cluster("ci")
        .max_results(1)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    assert_eq!(
        listed.iter().cloned().collect::<BTreeSet<_>>(),
        [a_arn.clone(), b_arn.clone(), c_arn.clone()]
            .into_iter()
            .collect::<BTreeSet<_>>()
    );
    assert_eq!(listed.len(), 3);
    expect_err!(
        ecs.list_container_instances().cluster("nowhere").send(),
        ListContainerInstancesError::ClusterNotFoundException
    );

    // DRAINING and back; unknown instances are failures, REGISTERING is refused.
    let drained = ecs
        .update_container_instances_state()
        .cluster("ci")
        .container_instances(&a_arn)
        .container_instances("missing")
        .status(ContainerInstanceStatus::Draining)
        .send()
        .await
        .unwrap();
    assert_eq!(drained.container_instances().len(), 1);
    assert_eq!(drained.container_instances()[0].status(), Some("DRAINING"));
    assert_eq!(drained.container_instances()[0].version, 2);
    assert_eq!(drained.failures()[0].reason(), Some("MISSING"));
    assert_eq!(
        drained.failures()[0].arn(),
        Some(format!("{prefix}missing").as_str())
    );
    let draining = ecs
        .list_container_instances()
        .cluster("ci")
        .status(ContainerInstanceStatus::Draining)
        .send()
        .await
        .unwrap();
    assert_eq!(
        draining.container_instance_arns(),
        std::slice::from_ref(&a_arn)
    );
    let active = ecs
        .list_container_instances()
        .cluster("ci")
        .status(ContainerInstanceStatus::Active)
        .send()
        .await
        .unwrap();
    assert_eq!(active.container_instance_arns().len(), 2);
    assert!(!active.container_instance_arns().contains(&a_arn));
    expect_err!(
        ecs.update_container_instances_state()
            .cluster("ci")
            .container_instances(&a_arn)
            .status(ContainerInstanceStatus::Registering)
            .send(),
        UpdateContainerInstancesStateError::InvalidParameterException
    );
    expect_err!(
        ecs.update_container_instances_state()
            .cluster("nowhere")
            .container_instances(&a_arn)
            .status(ContainerInstanceStatus::Active)
            .send(),
        UpdateContainerInstancesStateError::ClusterNotFoundException
    );
    let reactivated = ecs
        .update_container_instances_state()
        .cluster("ci")
        .container_instances(&a_id)
        .status(ContainerInstanceStatus::Active)
        .send()
        .await
        .unwrap();
    assert_eq!(
        reactivated.container_instances()[0].status(),
        Some("ACTIVE")
    );

    // Re-registration (an agent restart) keeps the identity and bumps the version.
    let again = ecs
        .register_container_instance()
        .cluster("ci")
        .container_instance_arn(&a_arn)
        .total_resources(integer("CPU", 4096))
        .total_resources(integer("MEMORY", 4096))
        .send()
        .await
        .unwrap()
        .container_instance
        .unwrap();
    assert_eq!(again.container_instance_arn(), Some(a_arn.as_str()));
    assert_eq!(again.version, 4);
    assert_eq!(
        find_resource(again.registered_resources(), "CPU").integer_value,
        4096
    );
    expect_err!(
        ecs.register_container_instance()
            .cluster("ci")
            .total_resources(integer("CPU", -1))
            .send(),
        RegisterContainerInstanceError::InvalidParameterException
    );
    expect_err!(
        ecs.register_container_instance()
            .cluster("nowhere")
            .total_resources(integer("CPU", 1))
            .send(),
        RegisterContainerInstanceError::ClusterNotFoundException
    );

    // A cluster with instances can't be deleted.
    expect_err!(
        ecs.delete_cluster().cluster("ci").send(),
        DeleteClusterError::ClusterContainsContainerInstancesException
    );

    for instance in [&a_arn, &b_arn, &c_arn] {
        let out = ecs
            .deregister_container_instance()
            .cluster("ci")
            .container_instance(instance)
            .send()
            .await
            .unwrap()
            .container_instance
            .unwrap();
        assert_eq!(out.status(), Some("INACTIVE"));
        assert!(!out.agent_connected);
    }
    expect_err!(
        ecs.deregister_container_instance()
            .cluster("ci")
            .container_instance(&a_arn)
            .send(),
        DeregisterContainerInstanceError::InvalidParameterException
    );
    expect_err!(
        ecs.deregister_container_instance()
            .cluster("nowhere")
            .container_instance(&a_arn)
            .send(),
        DeregisterContainerInstanceError::ClusterNotFoundException
    );
    let listed = ecs
        .list_container_instances()
        .cluster("ci")
        .send()
        .await
        .unwrap();
    assert!(listed.container_instance_arns().is_empty());
    let inactive = ecs
        .describe_container_instances()
        .cluster("ci")
        .container_instances(&b_arn)
        .send()
        .await
        .unwrap();
    assert_eq!(inactive.container_instances()[0].status(), Some("INACTIVE"));
    assert_eq!(
        ecs.delete_cluster()
            .cluster("ci")
            .send()
            .await
            .unwrap()
            .cluster
            .unwrap()
            .status(),
        Some("INACTIVE")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tasks_run_start_stop_list_and_state_changes() {
    let server = KeelServer::start();
    let ecs = client(&server);
    ecs.create_cluster()
        .cluster_name("work")
        .send()
        .await
        .unwrap();
    let cluster_arn = arn("cluster/work");
    ecs.register_task_definition()
        .family("app")
        .container_definitions(container("app", 128, 200))
        .send()
        .await
        .unwrap();
    ecs.register_task_definition()
        .family("other")
        .container_definitions(container("other", 64, 100))
        .send()
        .await
        .unwrap();

    let err = expect_err!(
        ecs.run_task().cluster("work").task_definition("app").send(),
        RunTaskError::InvalidParameterException
    );
    assert_eq!(
        err.message(),
        Some("No Container Instances were found in your cluster.")
    );

    // Everything RunTask places lands on the only instance, `a`.
    let a = register_instance(&ecs, "work", 2048, 2048).await;
    let a_arn = a.container_instance_arn().unwrap().to_string();
    let run = ecs
        .run_task()
        .cluster("work")
        .task_definition("app")
        .count(3)
        .started_by("tester")
        .group("g1")
        .tags(tag("k", "v"))
        .overrides(
            TaskOverride::builder()
                .container_overrides(
                    ContainerOverride::builder()
                        .name("app")
                        .environment(KeyValuePair::builder().name("X").value("1").build())
                        .build(),
                )
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert!(run.failures().is_empty(), "{:?}", run.failures());
    assert_eq!(run.tasks().len(), 3);
    let task_prefix = arn("task/work/");
    for task in run.tasks() {
        assert!(task.task_arn().unwrap().starts_with(&task_prefix));
        assert_eq!(task.cluster_arn(), Some(cluster_arn.as_str()));
        assert_eq!(
            task.task_definition_arn(),
            Some(arn("task-definition/app:1").as_str())
        );
        assert_eq!(task.container_instance_arn(), Some(a_arn.as_str()));
        assert_eq!(task.last_status(), Some("PROVISIONING"));
        assert_eq!(task.desired_status(), Some("RUNNING"));
        assert_eq!(task.launch_type(), Some(&LaunchType::Ec2));
        assert_eq!(task.started_by(), Some("tester"));
        assert_eq!(task.group(), Some("g1"));
        assert_eq!((task.cpu(), task.memory()), (Some("128"), Some("200")));
        assert_eq!(task.version, 1);
        assert_eq!(task.containers()[0].name(), Some("app"));
        assert_eq!(task.containers()[0].last_status(), Some("PENDING"));
        let env = task.overrides().unwrap().container_overrides()[0].environment();
        assert_eq!(env[0].name(), Some("X"));
        assert_eq!(env[0].value(), Some("1"));
        assert!(task.tags.is_none(), "RunTask leaves tags out");
    }
    let t1 = run.tasks()[0].task_arn().unwrap().to_string();
    let t2 = run.tasks()[1].task_arn().unwrap().to_string();
    let other = ecs
        .run_task()
        .cluster(&cluster_arn)
        .task_definition(arn("task-definition/other:1"))
        .count(2)
        .send()
        .await
        .unwrap();
    assert_eq!(other.tasks().len(), 2);
    assert_eq!(other.tasks()[0].group(), Some("family:other"));
    let other_arns: BTreeSet<String> = other
        .tasks()
        .iter()
        .map(|t| t.task_arn().unwrap().to_string())
        .collect();

    // clientToken: a retry returns the same tasks; reuse with another request conflicts.
    let first = ecs
        .run_task()
        .cluster("work")
        .task_definition("app")
        .client_token("tok-1")
        .send()
        .await
        .unwrap();
    let replay = ecs
        .run_task()
        .cluster("work")
        .task_definition("app")
        .client_token("tok-1")
        .send()
        .await
        .unwrap();
    let token_task = first.tasks()[0].task_arn().unwrap().to_string();
    assert_eq!(replay.tasks().len(), 1);
    assert_eq!(replay.tasks()[0].task_arn(), Some(token_task.as_str()));
    let conflict = expect_err!(
        ecs.run_task()
            .cluster("work")
            .task_definition("app")
            .count(2)
            .client_token("tok-1")
            .send(),
        RunTaskError::ConflictException
    );
    assert_eq!(conflict.resource_ids(), std::slice::from_ref(&token_task));

    // RunTask's refusals.
    expect_err!(
        ecs.run_task()
            .cluster("work")
            .task_definition("app")
            .count(11)
            .send(),
        RunTaskError::InvalidParameterException
    );
    expect_err!(
        ecs.run_task()
            .cluster("elsewhere")
            .task_definition("app")
            .send(),
        RunTaskError::ClusterNotFoundException
    );
    let err = expect_err!(
        ecs.run_task()
            .cluster("work")
            .task_definition("ghost")
            .send(),
        RunTaskError::ClientException
    );
    assert_eq!(err.message(), Some("TaskDefinition not found."));
    expect_err!(
        ecs.run_task()
            .cluster("work")
            .task_definition("app")
            .launch_type(LaunchType::Fargate)
            .send(),
        RunTaskError::ClientException
    );
    expect_err!(
        ecs.run_task()
            .cluster("work")
            .task_definition("app")
            .overrides(
                TaskOverride::builder()
                    .container_overrides(ContainerOverride::builder().name("ghost").build())
                    .build()
            )
            .send(),
        RunTaskError::InvalidParameterException
    );

    // StartTask on named instances: `b`, twice, and a missing one.
    let b = register_instance(&ecs, "work", 1024, 1024).await;
    let b_arn = b.container_instance_arn().unwrap().to_string();
    let started = ecs
        .start_task()
        .cluster("work")
        .task_definition("app:1")
        .container_instances(&b_arn)
        .container_instances(&b_arn)
        .container_instances("missing")
        .started_by("starter")
        .send()
        .await
        .unwrap();
    assert_eq!(started.tasks().len(), 2);
    for task in started.tasks() {
        assert_eq!(task.container_instance_arn(), Some(b_arn.as_str()));
        assert_eq!(task.started_by(), Some("starter"));
    }
    assert_eq!(started.failures().len(), 1);
    assert_eq!(started.failures()[0].arn(), Some("missing"));
    assert_eq!(started.failures()[0].reason(), Some("MISSING"));
    let started_arns: BTreeSet<String> = started
        .tasks()
        .iter()
        .map(|t| t.task_arn().unwrap().to_string())
        .collect();
    expect_err!(
        ecs.start_task()
            .cluster("elsewhere")
            .task_definition("app")
            .container_instances(&b_arn)
            .send(),
        StartTaskError::ClusterNotFoundException
    );
    expect_err!(
        ecs.start_task()
            .cluster("work")
            .task_definition("ghost")
            .container_instances(&b_arn)
            .send(),
        StartTaskError::ClientException
    );

    // Resources are reserved on the instance.
    let inst = ecs
        .describe_container_instances()
        .cluster("work")
        .container_instances(&a_arn)
        .send()
        .await
        .unwrap()
        .container_instances
        .unwrap()
        .remove(0);
    assert_eq!(inst.pending_tasks_count, 6);
    assert_eq!(
        find_resource(inst.remaining_resources(), "CPU").integer_value,
        2048 - 4 * 128 - 2 * 64
    );
    assert_eq!(
        find_resource(inst.remaining_resources(), "MEMORY").integer_value,
        2048 - 4 * 200 - 2 * 100
    );

    // DescribeTasks with tags and a missing id.
    let described = ecs
        .describe_tasks()
        .cluster("work")
        .tasks(&t1)
        .tasks("0".repeat(32))
        .include(TaskField::Tags)
        .send()
        .await
        .unwrap();
    assert_eq!(described.tasks().len(), 1);
    assert_eq!(tag_pairs(described.tasks()[0].tags()), [("k", "v")]);
    assert_eq!(
        described.failures()[0].arn(),
        Some(format!("{task_prefix}{}", "0".repeat(32)).as_str())
    );
    assert_eq!(described.failures()[0].reason(), Some("MISSING"));
    expect_err!(
        ecs.describe_tasks().cluster("elsewhere").tasks(&t1).send(),
        DescribeTasksError::ClusterNotFoundException
    );

    // ListTasks: the item paginator and every filter.
    let all: Vec<String> = ecs
        .list_tasks()
        .cluster("work")
        .max_results(3)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    assert_eq!(all.len(), 8, "{all:?}");
    assert_eq!(all.iter().collect::<BTreeSet<_>>().len(), 8);
    let list = |f: fn(
        aws_sdk_ecs::operation::list_tasks::builders::ListTasksFluentBuilder,
    )
        -> aws_sdk_ecs::operation::list_tasks::builders::ListTasksFluentBuilder| {
        let request = f(ecs.list_tasks().cluster("work"));
        async move {
            request
                .send()
                .await
                .unwrap()
                .task_arns
                .unwrap_or_default()
                .into_iter()
                .collect::<BTreeSet<String>>()
        }
    };
    assert_eq!(list(|r| r.family("other")).await, other_arns);
    assert_eq!(list(|r| r.started_by("tester")).await.len(), 3);
    assert_eq!(list(|r| r.started_by("starter")).await, started_arns);
    let on_b = ecs
        .list_tasks()
        .cluster("work")
        .container_instance(&b_arn)
        .send()
        .await
        .unwrap();
    assert_eq!(
        on_b.task_arns().iter().cloned().collect::<BTreeSet<_>>(),
        started_arns
    );
    assert!(
        list(|r| r.launch_type(LaunchType::Fargate))
            .await
            .is_empty()
    );
    assert_eq!(list(|r| r.launch_type(LaunchType::Ec2)).await.len(), 8);
    assert!(
        list(|r| r.desired_status(DesiredStatus::Stopped))
            .await
            .is_empty()
    );
    expect_err!(
        ecs.list_tasks()
            .cluster("work")
            .started_by("tester")
            .family("app")
            .send(),
        ListTasksError::InvalidParameterException
    );
    expect_err!(
        ecs.list_tasks().cluster("work").service_name("web").send(),
        ListTasksError::ServiceNotFoundException
    );
    expect_err!(
        ecs.list_tasks().cluster("elsewhere").send(),
        ListTasksError::ClusterNotFoundException
    );

    // StopTask on a task no agent has picked up stops it at once and frees its resources.
    let stopped = ecs
        .stop_task()
        .cluster("work")
        .task(&t1)
        .reason("done testing")
        .send()
        .await
        .unwrap()
        .task
        .unwrap();
    assert_eq!(stopped.last_status(), Some("STOPPED"));
    assert_eq!(stopped.desired_status(), Some("STOPPED"));
    assert_eq!(stopped.stop_code(), Some(&TaskStopCode::UserInitiated));
    assert_eq!(stopped.stopped_reason(), Some("done testing"));
    assert!(stopped.stopped_at().is_some() && stopped.stopping_at().is_some());
    assert_eq!(stopped.containers()[0].last_status(), Some("STOPPED"));
    assert_eq!(
        list(|r| r.desired_status(DesiredStatus::Stopped)).await,
        [t1.clone()].into_iter().collect()
    );
    let inst = ecs
        .describe_container_instances()
        .cluster("work")
        .container_instances(&a_arn)
        .send()
        .await
        .unwrap()
        .container_instances
        .unwrap()
        .remove(0);
    assert_eq!(
        find_resource(inst.remaining_resources(), "CPU").integer_value,
        2048 - 3 * 128 - 2 * 64
    );
    let err = expect_err!(
        ecs.stop_task().cluster("work").task("0".repeat(32)).send(),
        StopTaskError::InvalidParameterException
    );
    assert_eq!(err.message(), Some("The referenced task was not found."));
    expect_err!(
        ecs.stop_task().cluster("elsewhere").task(&t2).send(),
        StopTaskError::ClusterNotFoundException
    );

    // The agent's state changes, submitted through the public API.
    let pulled = DateTime::from_secs(1_700_000_000);
    let ack = ecs
        .submit_task_state_change()
        .cluster("work")
        .task(&t2)
        .status("PENDING")
        .pull_started_at(pulled)
        .send()
        .await
        .unwrap();
    assert_eq!(ack.acknowledgment(), Some("true"));
    let ack = ecs
        .submit_container_state_change()
        .cluster("work")
        .task(&t2)
        .container_name("app")
        .status("RUNNING")
        .runtime_id("abc123")
        .network_bindings(
            NetworkBinding::builder()
                .bind_ip("127.0.0.1")
                .container_port(80)
                .host_port(32768)
                .protocol(TransportProtocol::Tcp)
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(ack.acknowledgment(), Some("true"));
    ecs.submit_task_state_change()
        .cluster("work")
        .task(&t2)
        .status("RUNNING")
        .send()
        .await
        .unwrap();
    let running = ecs
        .describe_tasks()
        .cluster("work")
        .tasks(&t2)
        .send()
        .await
        .unwrap()
        .tasks
        .unwrap()
        .remove(0);
    assert_eq!(running.last_status(), Some("RUNNING"));
    assert!(running.started_at().is_some());
    assert_eq!(running.pull_started_at(), Some(&pulled));
    assert_eq!(running.connectivity(), Some(&Connectivity::Connected));
    assert!(running.version > 1, "{}", running.version);
    let container = &running.containers()[0];
    assert_eq!(container.last_status(), Some("RUNNING"));
    assert_eq!(container.runtime_id(), Some("abc123"));
    assert_eq!(container.network_bindings()[0].host_port(), Some(32768));
    let cluster = ecs
        .describe_clusters()
        .clusters("work")
        .include(ClusterField::Statistics)
        .send()
        .await
        .unwrap()
        .clusters
        .unwrap()
        .remove(0);
    assert_eq!(cluster.running_tasks_count, 1);
    assert_eq!(cluster.pending_tasks_count, 6);
    assert_eq!(
        stat(cluster.statistics(), "runningEC2TasksCount"),
        Some("1")
    );
    assert_eq!(
        stat(cluster.statistics(), "pendingEC2TasksCount"),
        Some("6")
    );
    // Status never moves backwards.
    ecs.submit_task_state_change()
        .cluster("work")
        .task(&t2)
        .status("PENDING")
        .send()
        .await
        .unwrap();
    let still = ecs
        .describe_tasks()
        .cluster("work")
        .tasks(&t2)
        .send()
        .await
        .unwrap();
    assert_eq!(still.tasks()[0].last_status(), Some("RUNNING"));

    // StopTask on a RUNNING task asks the agent; it stops when the agent reports.
    let stopping = ecs
        .stop_task()
        .cluster("work")
        .task(&t2)
        .send()
        .await
        .unwrap()
        .task
        .unwrap();
    assert_eq!(stopping.desired_status(), Some("STOPPED"));
    assert_eq!(stopping.last_status(), Some("RUNNING"));
    ecs.submit_container_state_change()
        .cluster("work")
        .task(&t2)
        .container_name("app")
        .status("STOPPED")
        .exit_code(0)
        .send()
        .await
        .unwrap();
    ecs.submit_task_state_change()
        .cluster("work")
        .task(&t2)
        .status("STOPPED")
        .send()
        .await
        .unwrap();
    let done = ecs
        .describe_tasks()
        .cluster("work")
        .tasks(&t2)
        .send()
        .await
        .unwrap()
        .tasks
        .unwrap()
        .remove(0);
    assert_eq!(done.last_status(), Some("STOPPED"));
    assert_eq!(done.stop_code(), Some(&TaskStopCode::UserInitiated));
    assert_eq!(done.stopped_reason(), Some("Task stopped by user"));
    assert_eq!(done.connectivity(), Some(&Connectivity::Disconnected));
    assert_eq!(done.containers()[0].exit_code(), Some(0));
    assert!(done.execution_stopped_at().is_some());

    expect_err!(
        ecs.submit_task_state_change()
            .cluster("work")
            .task(&t2)
            .status("SLEEPING")
            .send(),
        SubmitTaskStateChangeError::InvalidParameterException
    );
    expect_err!(
        ecs.submit_task_state_change()
            .cluster("elsewhere")
            .task(&t2)
            .status("RUNNING")
            .send(),
        SubmitTaskStateChangeError::ClusterNotFoundException
    );
    expect_err!(
        ecs.submit_task_state_change()
            .cluster("work")
            .task("0".repeat(32))
            .status("RUNNING")
            .send(),
        SubmitTaskStateChangeError::InvalidParameterException
    );
    let err = expect_err!(
        ecs.submit_container_state_change()
            .cluster("work")
            .task(&token_task)
            .container_name("ghost")
            .status("RUNNING")
            .send(),
        SubmitContainerStateChangeError::InvalidParameterException
    );
    assert!(err.message().unwrap_or("").contains("ghost"));

    // Tear-down in ECS's order: instances with tasks need force, tasks block cluster deletion.
    let err = expect_err!(
        ecs.deregister_container_instance()
            .cluster("work")
            .container_instance(&b_arn)
            .send(),
        DeregisterContainerInstanceError::InvalidParameterException
    );
    assert_eq!(err.message(), Some("Found running tasks on the instance."));
    for instance in [&a_arn, &b_arn] {
        ecs.deregister_container_instance()
            .cluster("work")
            .container_instance(instance)
            .force(true)
            .send()
            .await
            .unwrap();
    }
    expect_err!(
        ecs.delete_cluster().cluster("work").send(),
        DeleteClusterError::ClusterContainsTasksException
    );
    let remaining: Vec<String> = ecs
        .list_tasks()
        .cluster("work")
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    assert_eq!(remaining.len(), 6);
    for task in &remaining {
        ecs.stop_task()
            .cluster("work")
            .task(task)
            .send()
            .await
            .unwrap();
    }
    let deleted = ecs
        .delete_cluster()
        .cluster("work")
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert_eq!(deleted.status(), Some("INACTIVE"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attributes_put_list_delete_and_paginate() {
    let server = KeelServer::start();
    let ecs = client(&server);
    ecs.create_cluster()
        .cluster_name("attrs")
        .send()
        .await
        .unwrap();
    let a = register_instance(&ecs, "attrs", 1024, 1024)
        .await
        .container_instance_arn
        .unwrap();
    let b = register_instance(&ecs, "attrs", 1024, 1024)
        .await
        .container_instance_arn
        .unwrap();
    let b_id = b.rsplit('/').next().unwrap().to_string();
    let attribute = |name: &str, value: Option<&str>, target: &str| {
        Attribute::builder()
            .name(name)
            .set_value(value.map(str::to_string))
            .target_id(target)
            .build()
            .unwrap()
    };

    let put = ecs
        .put_attributes()
        .cluster("attrs")
        .attributes(
            Attribute::builder()
                .name("stack")
                .value("prod")
                .target_type(TargetType::ContainerInstance)
                .target_id(&a)
                .build()
                .unwrap(),
        )
        .attributes(attribute("stack", Some("test"), &b_id))
        .attributes(attribute("gpu", None, &a))
        .send()
        .await
        .unwrap();
    assert_eq!(put.attributes().len(), 3);

    let stack = ecs
        .list_attributes()
        .cluster("attrs")
        .target_type(TargetType::ContainerInstance)
        .attribute_name("stack")
        .send()
        .await
        .unwrap();
    let found: BTreeSet<(String, String)> = stack
        .attributes()
        .iter()
        .map(|x| {
            assert_eq!(x.target_type(), Some(&TargetType::ContainerInstance));
            (
                x.target_id().unwrap_or("").to_string(),
                x.value().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (a.clone(), "prod".to_string()),
            (b.clone(), "test".to_string())
        ]
        .into_iter()
        .collect()
    );
    let prod = ecs
        .list_attributes()
        .cluster("attrs")
        .target_type(TargetType::ContainerInstance)
        .attribute_name("stack")
        .attribute_value("prod")
        .send()
        .await
        .unwrap();
    assert_eq!(prod.attributes().len(), 1);
    assert_eq!(prod.attributes()[0].target_id(), Some(a.as_str()));

    // The item paginator, one attribute per page.
    let all: Vec<Attribute> = ecs
        .list_attributes()
        .cluster("attrs")
        .target_type(TargetType::ContainerInstance)
        .max_results(1)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    let mut names: Vec<(&str, &str)> = all
        .iter()
        .map(|x| (x.name(), x.target_id().unwrap_or("")))
        .collect();
    names.sort();
    let mut expected = vec![
        ("gpu", a.as_str()),
        ("stack", a.as_str()),
        ("stack", b.as_str()),
    ];
    expected.sort();
    assert_eq!(names, expected);

    let described = ecs
        .describe_container_instances()
        .cluster("attrs")
        .container_instances(&a)
        .send()
        .await
        .unwrap()
        .container_instances
        .unwrap()
        .remove(0);
    let gpu = described.attributes().iter().find(|x| x.name() == "gpu");
    assert!(gpu.is_some_and(|x| x.value().is_none()), "{described:?}");

    let deleted = ecs
        .delete_attributes()
        .cluster("attrs")
        .attributes(attribute("gpu", None, &a))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.attributes()[0].name(), "gpu");
    let gpu = ecs
        .list_attributes()
        .cluster("attrs")
        .target_type(TargetType::ContainerInstance)
        .attribute_name("gpu")
        .send()
        .await
        .unwrap();
    assert!(gpu.attributes().is_empty());

    expect_err!(
        ecs.put_attributes()
            .cluster("attrs")
            .attributes(attribute("x", None, &"0".repeat(32)))
            .send(),
        PutAttributesError::TargetNotFoundException
    );
    expect_err!(
        ecs.delete_attributes()
            .cluster("attrs")
            .attributes(attribute("x", None, &"0".repeat(32)))
            .send(),
        DeleteAttributesError::TargetNotFoundException
    );
    expect_err!(
        ecs.put_attributes()
            .cluster("attrs")
            .attributes(attribute("bad name", None, &a))
            .send(),
        PutAttributesError::InvalidParameterException
    );
    expect_err!(
        ecs.put_attributes()
            .cluster("elsewhere")
            .attributes(attribute("x", None, &a))
            .send(),
        PutAttributesError::ClusterNotFoundException
    );
    // `a` holds one custom attribute (stack); ten more exceed ECS's limit of ten.
    let many: Vec<Attribute> = (0..10)
        .map(|i| attribute(&format!("c{i}"), Some("v"), &a))
        .collect();
    expect_err!(
        ecs.put_attributes()
            .cluster("attrs")
            .set_attributes(Some(many))
            .send(),
        PutAttributesError::AttributeLimitExceededException
    );
    let c0 = ecs
        .list_attributes()
        .cluster("attrs")
        .target_type(TargetType::ContainerInstance)
        .attribute_name("c0")
        .send()
        .await
        .unwrap();
    assert!(
        c0.attributes().is_empty(),
        "the refused call changed nothing"
    );
    expect_err!(
        ecs.list_attributes()
            .cluster("attrs")
            .target_type(TargetType::ContainerInstance)
            .attribute_value("prod")
            .send(),
        ListAttributesError::InvalidParameterException
    );
    expect_err!(
        ecs.list_attributes()
            .cluster("elsewhere")
            .target_type(TargetType::ContainerInstance)
            .send(),
        ListAttributesError::ClusterNotFoundException
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tags_on_every_taggable_resource() {
    let server = KeelServer::start();
    let ecs = client(&server);
    let cluster_arn = ecs
        .create_cluster()
        .cluster_name("tagged")
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap()
        .cluster_arn
        .unwrap();
    let td_arn = ecs
        .register_task_definition()
        .family("tagged")
        .container_definitions(container("app", 0, 64))
        .send()
        .await
        .unwrap()
        .task_definition
        .unwrap()
        .task_definition_arn
        .unwrap();
    let instance_arn = register_instance(&ecs, "tagged", 1024, 1024)
        .await
        .container_instance_arn
        .unwrap();
    let task_arn = ecs
        .run_task()
        .cluster("tagged")
        .task_definition("tagged")
        .send()
        .await
        .unwrap()
        .tasks
        .unwrap()
        .remove(0)
        .task_arn
        .unwrap();
    let provider_arn = ecs
        .create_capacity_provider()
        .name("cp-tagged")
        .auto_scaling_group_provider(asg_provider("tagged"))
        .send()
        .await
        .unwrap()
        .capacity_provider
        .unwrap()
        .capacity_provider_arn
        .unwrap();
    assert_eq!(td_arn, arn("task-definition/tagged:1"));

    for resource in [
        &cluster_arn,
        &td_arn,
        &instance_arn,
        &task_arn,
        &provider_arn,
    ] {
        ecs.tag_resource()
            .resource_arn(resource)
            .tags(tag("a", "1"))
            .tags(tag("b", "2"))
            .send()
            .await
            .unwrap();
        ecs.tag_resource()
            .resource_arn(resource)
            .tags(tag("a", "3"))
            .send()
            .await
            .unwrap();
        let listed = ecs
            .list_tags_for_resource()
            .resource_arn(resource)
            .send()
            .await
            .unwrap();
        assert_eq!(
            tag_pairs(listed.tags()),
            [("a", "3"), ("b", "2")],
            "{resource}"
        );
        ecs.untag_resource()
            .resource_arn(resource)
            .tag_keys("b")
            .tag_keys("never-set")
            .send()
            .await
            .unwrap();
        let listed = ecs
            .list_tags_for_resource()
            .resource_arn(resource)
            .send()
            .await
            .unwrap();
        assert_eq!(tag_pairs(listed.tags()), [("a", "3")], "{resource}");
    }

    // Tags are visible where the resources are described.
    let cluster = ecs
        .describe_clusters()
        .clusters("tagged")
        .include(ClusterField::Tags)
        .send()
        .await
        .unwrap();
    assert_eq!(tag_pairs(cluster.clusters()[0].tags()), [("a", "3")]);
    let td = ecs
        .describe_task_definition()
        .task_definition(&td_arn)
        .include(TaskDefinitionField::Tags)
        .send()
        .await
        .unwrap();
    assert_eq!(tag_pairs(td.tags()), [("a", "3")]);
    let task = ecs
        .describe_tasks()
        .cluster("tagged")
        .tasks(&task_arn)
        .include(TaskField::Tags)
        .send()
        .await
        .unwrap();
    assert_eq!(tag_pairs(task.tasks()[0].tags()), [("a", "3")]);

    expect_err!(
        ecs.tag_resource()
            .resource_arn(&cluster_arn)
            .tags(tag("aws:reserved", "x"))
            .send(),
        TagResourceError::InvalidParameterException
    );
    let fifty: Vec<Tag> = (0..50).map(|i| tag(&format!("k{i}"), "v")).collect();
    expect_err!(
        ecs.tag_resource()
            .resource_arn(&cluster_arn)
            .set_tags(Some(fifty))
            .send(),
        TagResourceError::InvalidParameterException
    );
    expect_err!(
        ecs.untag_resource()
            .resource_arn(&cluster_arn)
            .tag_keys("aws:reserved")
            .send(),
        UntagResourceError::InvalidParameterException
    );
    let listed = ecs
        .list_tags_for_resource()
        .resource_arn(&cluster_arn)
        .send()
        .await
        .unwrap();
    assert_eq!(
        tag_pairs(listed.tags()),
        [("a", "3")],
        "refused calls change nothing"
    );
    expect_err!(
        ecs.tag_resource()
            .resource_arn(arn("task-definition/tagged:9"))
            .tags(tag("a", "1"))
            .send(),
        TagResourceError::ResourceNotFoundException
    );
    expect_err!(
        ecs.untag_resource()
            .resource_arn(arn(&format!("task/tagged/{}", "0".repeat(32))))
            .tag_keys("a")
            .send(),
        UntagResourceError::ResourceNotFoundException
    );
    expect_err!(
        ecs.tag_resource()
            .resource_arn(arn("cluster/missing"))
            .tags(tag("a", "1"))
            .send(),
        TagResourceError::ClusterNotFoundException
    );
    expect_err!(
        ecs.list_tags_for_resource()
            .resource_arn(arn("cluster/missing"))
            .send(),
        ListTagsForResourceError::ClusterNotFoundException
    );
    expect_err!(
        ecs.list_tags_for_resource()
            .resource_arn("not-an-arn")
            .send(),
        ListTagsForResourceError::InvalidParameterException
    );

    // A deleted cluster is no longer taggable.
    ecs.deregister_container_instance()
        .cluster("tagged")
        .container_instance(&instance_arn)
        .force(true)
        .send()
        .await
        .unwrap();
    ecs.stop_task()
        .cluster("tagged")
        .task(&task_arn)
        .send()
        .await
        .unwrap();
    ecs.delete_cluster().cluster("tagged").send().await.unwrap();
    expect_err!(
        ecs.tag_resource()
            .resource_arn(&cluster_arn)
            .tags(tag("a", "1"))
            .send(),
        TagResourceError::ClusterNotFoundException
    );
    expect_err!(
        ecs.list_tags_for_resource()
            .resource_arn(&cluster_arn)
            .send(),
        ListTagsForResourceError::ClusterNotFoundException
    );
}

fn setting_parts(
    setting: &Setting,
) -> (
    Option<&str>,
    Option<&str>,
    Option<&str>,
    Option<&SettingType>,
) {
    (
        setting.name().map(SettingName::as_str),
        setting.value(),
        setting.principal_arn(),
        setting.r#type(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn account_settings_put_default_list_and_delete() {
    let server = KeelServer::start();
    let ecs = client(&server);
    let root = format!("arn:aws:iam::{ACCOUNT}:root");
    let alice = format!("arn:aws:iam::{ACCOUNT}:user/alice");
    let bob = format!("arn:aws:iam::{ACCOUNT}:role/ops/bob");

    // AWS's defaults, as effective settings.
    let effective = ecs
        .list_account_settings()
        .effective_settings(true)
        .name(SettingName::TaskLongArnFormat)
        .send()
        .await
        .unwrap();
    assert_eq!(
        setting_parts(&effective.settings()[0]),
        (
            Some("taskLongArnFormat"),
            Some("enabled"),
            Some(root.as_str()),
            Some(&SettingType::AwsManaged)
        )
    );
    // Nothing is set explicitly yet.
    assert!(
        ecs.list_account_settings()
            .send()
            .await
            .unwrap()
            .settings()
            .is_empty()
    );

    let put = ecs
        .put_account_setting()
        .name(SettingName::ContainerInsights)
        .value("enhanced")
        .principal_arn(&alice)
        .send()
        .await
        .unwrap()
        .setting
        .unwrap();
    assert_eq!(
        setting_parts(&put),
        (
            Some("containerInsights"),
            Some("enhanced"),
            Some(alice.as_str()),
            Some(&SettingType::User)
        )
    );
    let mine = ecs
        .list_account_settings()
        .principal_arn(&alice)
        .send()
        .await
        .unwrap();
    assert_eq!(mine.settings(), std::slice::from_ref(&put));
    let by_value = ecs
        .list_account_settings()
        .principal_arn(&alice)
        .effective_settings(true)
        .value("enhanced")
        .send()
        .await
        .unwrap();
    assert_eq!(by_value.settings(), std::slice::from_ref(&put));
    let trunking = ecs
        .list_account_settings()
        .principal_arn(&alice)
        .effective_settings(true)
        .name(SettingName::AwsvpcTrunking)
        .send()
        .await
        .unwrap();
    assert_eq!(trunking.settings()[0].value(), Some("disabled"));
    let err = expect_err!(
        ecs.put_account_setting()
            .name(SettingName::ContainerInsights)
            .value("loud")
            .principal_arn(&alice)
            .send(),
        PutAccountSettingError::InvalidParameterException
    );
    assert!(err.message().unwrap_or("").contains("loud"));

    // The account default applies to principals without their own setting.
    let default = ecs
        .put_account_setting_default()
        .name(SettingName::TaskLongArnFormat)
        .value("disabled")
        .send()
        .await
        .unwrap()
        .setting
        .unwrap();
    assert_eq!(
        setting_parts(&default),
        (
            Some("taskLongArnFormat"),
            Some("disabled"),
            Some(root.as_str()),
            Some(&SettingType::User)
        )
    );
    let bobs = ecs
        .list_account_settings()
        .principal_arn(&bob)
        .effective_settings(true)
        .name(SettingName::TaskLongArnFormat)
        .send()
        .await
        .unwrap();
    assert_eq!(bobs.settings()[0].value(), Some("disabled"));
    assert_eq!(bobs.settings()[0].principal_arn(), Some(bob.as_str()));
    expect_err!(
        ecs.put_account_setting_default()
            .name(SettingName::TaskLongArnFormat)
            .value("maybe")
            .send(),
        PutAccountSettingDefaultError::InvalidParameterException
    );

    // Keel honours it: new tasks get short ARNs (`task/ID`), instances keep long ones.
    ecs.create_cluster()
        .cluster_name("short")
        .send()
        .await
        .unwrap();
    let instance = register_instance(&ecs, "short", 1024, 1024).await;
    assert!(
        instance
            .container_instance_arn()
            .unwrap()
            .starts_with(&arn("container-instance/short/"))
    );
    ecs.register_task_definition()
        .family("short")
        .container_definitions(container("app", 0, 32))
        .send()
        .await
        .unwrap();
    let task_arn = ecs
        .run_task()
        .cluster("short")
        .task_definition("short")
        .send()
        .await
        .unwrap()
        .tasks
        .unwrap()
        .remove(0)
        .task_arn
        .unwrap();
    let id = task_arn.strip_prefix(&arn("task/")).unwrap_or("");
    assert_eq!(id.len(), 32, "{task_arn}");
    assert!(!id.contains('/'), "{task_arn}");
    let described = ecs
        .describe_tasks()
        .cluster("short")
        .tasks(&task_arn)
        .send()
        .await
        .unwrap();
    assert_eq!(described.tasks()[0].task_arn(), Some(task_arn.as_str()));

    // The caller's containerInsights setting is what new clusters start with.
    ecs.put_account_setting()
        .name(SettingName::ContainerInsights)
        .value("enabled")
        .send()
        .await
        .unwrap();
    let cluster = ecs
        .create_cluster()
        .cluster_name("insightful")
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert_eq!(insights_value(cluster.settings()), Some("enabled"));

    // Every effective setting, four per page.
    let mut pages = ecs
        .list_account_settings()
        .effective_settings(true)
        .max_results(4)
        .into_paginator()
        .send();
    let mut page_count = 0;
    let mut names = BTreeSet::new();
    while let Some(page) = pages.next().await {
        page_count += 1;
        let page = page.unwrap();
        assert!(page.settings().len() <= 4);
        for setting in page.settings() {
            let name = setting.name().unwrap();
            assert!(
                SettingName::values().contains(&name.as_str()),
                "the SDK does not know {name:?}"
            );
            assert!(names.insert(name.as_str().to_string()), "{name:?} twice");
        }
    }
    assert!(page_count >= 3, "{page_count} pages");
    for expected in [
        "containerInsights",
        "containerInstanceLongArnFormat",
        "serviceLongArnFormat",
        "taskLongArnFormat",
        "awsvpcTrunking",
    ] {
        assert!(
            names.contains(expected),
            "{expected} missing from {names:?}"
        );
    }
    expect_err!(
        ecs.list_account_settings().max_results(11).send(),
        ListAccountSettingsError::InvalidParameterException
    );

    // Deleting returns what was set; the principal falls back to the defaults.
    let deleted = ecs
        .delete_account_setting()
        .name(SettingName::ContainerInsights)
        .principal_arn(&alice)
        .send()
        .await
        .unwrap()
        .setting
        .unwrap();
    assert_eq!(deleted, put);
    assert!(
        ecs.list_account_settings()
            .principal_arn(&alice)
            .send()
            .await
            .unwrap()
            .settings()
            .is_empty()
    );
    expect_err!(
        ecs.delete_account_setting()
            .name(SettingName::ContainerInsights)
            .principal_arn(&alice)
            .send(),
        DeleteAccountSettingError::InvalidParameterException
    );
}

/// ECS: a setting put for the root user "modifies the account setting for all users, roles, and
/// the root user of the account unless a user or role explicitly overrides these settings".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn root_account_setting_applies_to_every_principal() {
    let server = KeelServer::start();
    let ecs = client(&server);
    let root = format!("arn:aws:iam::{ACCOUNT}:root");
    let alice = format!("arn:aws:iam::{ACCOUNT}:user/alice");
    ecs.put_account_setting()
        .name(SettingName::ContainerInsights)
        .value("enabled")
        .principal_arn(&root)
        .send()
        .await
        .unwrap();
    let effective = ecs
        .list_account_settings()
        .principal_arn(&alice)
        .effective_settings(true)
        .name(SettingName::ContainerInsights)
        .send()
        .await
        .unwrap();
    assert_eq!(effective.settings()[0].value(), Some("enabled"));
}
