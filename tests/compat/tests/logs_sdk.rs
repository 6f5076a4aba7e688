//! The AWS SDK for Rust (`aws-sdk-cloudwatchlogs`) against the real `keel` binary: log groups,
//! retention, tags, the paginator and typed errors.

use aws_credential_types::Credentials;
use aws_sdk_cloudwatchlogs::Client;
use aws_sdk_cloudwatchlogs::config::{BehaviorVersion, Region};
use aws_sdk_cloudwatchlogs::operation::create_log_group::CreateLogGroupError;
use aws_sdk_cloudwatchlogs::operation::put_retention_policy::PutRetentionPolicyError;
use aws_sdk_cloudwatchlogs::types::LogGroupClass;
use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode};
use keel_testkit::{KeelServer, ROOT_ACCESS_KEY_ID, ROOT_SECRET_ACCESS_KEY};

fn client(server: &KeelServer) -> Client {
    let http = aws_smithy_http_client::Builder::new()
        .tls_provider(tls::Provider::Rustls(CryptoMode::Ring))
        .build_https();
    let config = aws_sdk_cloudwatchlogs::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .endpoint_url(server.endpoint())
        .region(Region::new("eu-west-1"))
        .credentials_provider(Credentials::new(
            ROOT_ACCESS_KEY_ID,
            ROOT_SECRET_ACCESS_KEY,
            None,
            None,
            "keel-tests",
        ))
        .http_client(http)
        .build();
    Client::from_conf(config)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_groups_retention_tags_and_paging() {
    let server = KeelServer::start();
    let logs = client(&server);

    for i in 0..5 {
        logs.create_log_group()
            .log_group_name(format!("/sdk/app-{i}"))
            .log_group_class(LogGroupClass::Standard)
            .tags("env", "test")
            .send()
            .await
            .unwrap();
    }
    let again = logs
        .create_log_group()
        .log_group_name("/sdk/app-0")
        .send()
        .await
        .unwrap_err()
        .into_service_error();
    assert!(
        matches!(
            again,
            CreateLogGroupError::ResourceAlreadyExistsException(_)
        ),
        "{again:?}"
    );

    // The SDK's own paginator, two groups a page.
    let mut names = Vec::new();
    let mut pages = logs
        .describe_log_groups()
        .log_group_name_prefix("/sdk/")
        .limit(2)
        .into_paginator()
        .send();
    let mut page_count = 0;
    while let Some(page) = pages.next().await {
        let page = page.unwrap();
        page_count += 1;
        for group in page.log_groups() {
            names.push(group.log_group_name().unwrap().to_string());
            assert_eq!(
                group.arn(),
                Some(
                    format!(
                        "arn:aws:logs:eu-west-1:000000000000:log-group:{}:*",
                        group.log_group_name().unwrap()
                    )
                    .as_str()
                )
            );
        }
    }
    assert_eq!(page_count, 3);
    assert_eq!(
        names,
        (0..5).map(|i| format!("/sdk/app-{i}")).collect::<Vec<_>>()
    );

    logs.put_retention_policy()
        .log_group_name("/sdk/app-1")
        .retention_in_days(14)
        .send()
        .await
        .unwrap();
    let described = logs
        .describe_log_groups()
        .log_group_name_prefix("/sdk/app-1")
        .send()
        .await
        .unwrap();
    assert_eq!(described.log_groups()[0].retention_in_days(), Some(14));
    let missing = logs
        .put_retention_policy()
        .log_group_name("/sdk/none")
        .retention_in_days(14)
        .send()
        .await
        .unwrap_err()
        .into_service_error();
    assert!(
        matches!(
            missing,
            PutRetentionPolicyError::ResourceNotFoundException(_)
        ),
        "{missing:?}"
    );

    let arn = "arn:aws:logs:eu-west-1:000000000000:log-group:/sdk/app-2";
    logs.tag_resource()
        .resource_arn(arn)
        .tags("owner", "ops")
        .send()
        .await
        .unwrap();
    let tags = logs
        .list_tags_for_resource()
        .resource_arn(arn)
        .send()
        .await
        .unwrap();
    let tags = tags.tags().unwrap();
    assert_eq!(tags.get("owner").map(String::as_str), Some("ops"));
    assert_eq!(tags.get("env").map(String::as_str), Some("test"));

    logs.delete_log_group()
        .log_group_name("/sdk/app-4")
        .send()
        .await
        .unwrap();
    let left = logs
        .describe_log_groups()
        .log_group_name_prefix("/sdk/")
        .send()
        .await
        .unwrap();
    assert_eq!(left.log_groups().len(), 4);
}
