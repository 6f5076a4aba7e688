//! The AWS SDK for Rust (`aws-sdk-ecs`) against the real `keel` binary on loopback.

use aws_credential_types::Credentials;
use aws_sdk_ecs::Client;
use aws_sdk_ecs::config::{BehaviorVersion, Region};
use aws_sdk_ecs::types::{ClusterField, ContainerDefinition, PortMapping, Resource, Tag};
use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode};
use keel_testkit::KeelServer;

fn client(server: &KeelServer, region: &str) -> Client {
    let http = aws_smithy_http_client::Builder::new()
        .tls_provider(tls::Provider::Rustls(CryptoMode::Ring))
        .build_https();
    let config = aws_sdk_ecs::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .endpoint_url(server.endpoint())
        .region(Region::new(region.to_string()))
        .credentials_provider(Credentials::new("keel", "keel", None, None, "keel-tests"))
        .http_client(http)
        .build();
    Client::from_conf(config)
}

fn container(name: &str, memory: i32) -> ContainerDefinition {
    ContainerDefinition::builder()
        .name(name)
        .image("busybox:latest")
        .memory(memory)
        .essential(true)
        .port_mappings(
            PortMapping::builder()
                .container_port(80)
                .host_port(0)
                .build(),
        )
        .build()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clusters_task_definitions_and_tasks() {
    let server = KeelServer::start();
    let ecs = client(&server, "us-east-1");

    let cluster = ecs
        .create_cluster()
        .cluster_name("sdk")
        .tags(Tag::builder().key("team").value("core").build())
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert_eq!(
        cluster.cluster_arn(),
        Some("arn:aws:ecs:us-east-1:000000000000:cluster/sdk")
    );
    let described = ecs
        .describe_clusters()
        .clusters("sdk")
        .clusters("nope")
        .include(ClusterField::Tags)
        .send()
        .await
        .unwrap();
    assert_eq!(described.clusters()[0].tags()[0].key(), Some("team"));
    assert_eq!(described.failures()[0].reason(), Some("MISSING"));

    let td = ecs
        .register_task_definition()
        .family("sdk-web")
        .container_definitions(container("web", 128))
        .send()
        .await
        .unwrap()
        .task_definition
        .unwrap();
    assert_eq!(td.revision(), 1);
    assert_eq!(td.container_definitions()[0].memory(), Some(128));

    let instance = ecs
        .register_container_instance()
        .cluster("sdk")
        .total_resources(
            Resource::builder()
                .name("CPU")
                .r#type("INTEGER")
                .integer_value(1024)
                .build(),
        )
        .total_resources(
            Resource::builder()
                .name("MEMORY")
                .r#type("INTEGER")
                .integer_value(300)
                .build(),
        )
        .send()
        .await
        .unwrap()
        .container_instance
        .unwrap();
    let run = ecs
        .run_task()
        .cluster("sdk")
        .task_definition("sdk-web")
        .count(3)
        .send()
        .await
        .unwrap();
    assert_eq!(
        run.tasks().len(),
        2,
        "only two 128 MiB tasks fit in 300 MiB"
    );
    assert_eq!(run.failures()[0].reason(), Some("RESOURCE:MEMORY"));
    assert_eq!(run.failures()[0].arn(), instance.container_instance_arn());
    let task = &run.tasks()[0];
    assert_eq!(task.last_status(), Some("PROVISIONING"));
    assert!(task.created_at().is_some());

    let stopped = ecs
        .stop_task()
        .cluster("sdk")
        .task(task.task_arn().unwrap())
        .reason("sdk test")
        .send()
        .await
        .unwrap()
        .task
        .unwrap();
    assert_eq!(stopped.last_status(), Some("STOPPED"));
    assert_eq!(stopped.stopped_reason(), Some("sdk test"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paginators_and_typed_errors() {
    let server = KeelServer::start();
    let ecs = client(&server, "eu-central-1");
    for i in 0..7 {
        ecs.create_cluster()
            .cluster_name(format!("p{i}"))
            .send()
            .await
            .unwrap();
    }
    let mut pages = ecs.list_clusters().max_results(3).into_paginator().send();
    let mut arns = Vec::new();
    let mut page_count = 0;
    while let Some(page) = pages.next().await {
        page_count += 1;
        arns.extend(page.unwrap().cluster_arns().iter().cloned());
    }
    assert_eq!(page_count, 3);
    assert_eq!(arns.len(), 7);

    let err = ecs
        .delete_cluster()
        .cluster("absent")
        .send()
        .await
        .unwrap_err();
    let service_err = err.into_service_error();
    assert!(
        service_err.is_cluster_not_found_exception(),
        "{service_err:?}"
    );
    assert_eq!(service_err.meta().message(), Some("Cluster not found."));

    let err = ecs
        .register_task_definition()
        .family("bad")
        .container_definitions(ContainerDefinition::builder().name("a").image("x").build())
        .send()
        .await
        .unwrap_err()
        .into_service_error();
    assert!(err.is_client_exception(), "{err:?}");
    assert!(err.meta().message().unwrap_or("").contains("memory"));
}
