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

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

fn event(timestamp: i64, message: String) -> aws_sdk_cloudwatchlogs::types::InputLogEvent {
    aws_sdk_cloudwatchlogs::types::InputLogEvent::builder()
        .timestamp(timestamp)
        .message(message)
        .build()
        .unwrap()
}

/// Every event of `/sdk/events` (matching `pattern`), through the SDK's paginator.
async fn filter_all(
    logs: &Client,
    pattern: Option<&str>,
) -> Vec<aws_sdk_cloudwatchlogs::types::FilteredLogEvent> {
    let mut pages = logs
        .filter_log_events()
        .log_group_name("/sdk/events")
        .set_filter_pattern(pattern.map(String::from))
        .into_paginator()
        .send();
    let mut out = Vec::new();
    while let Some(page) = pages.next().await {
        out.extend(page.unwrap().events().iter().cloned());
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_events_put_get_and_filter_with_the_sdk_paginators() {
    use aws_sdk_cloudwatchlogs::operation::put_log_events::PutLogEventsError;

    let server = KeelServer::start();
    let logs = client(&server);
    logs.create_log_group()
        .log_group_name("/sdk/events")
        .send()
        .await
        .unwrap();
    let t = now_ms() - 3_600_000;
    for s in 0..3 {
        let stream = format!("task/{s}");
        logs.create_log_stream()
            .log_group_name("/sdk/events")
            .log_stream_name(&stream)
            .send()
            .await
            .unwrap();
        for batch in 0..3i64 {
            let events = (0..4000i64)
                .map(|i| {
                    event(
                        t + batch * 5000 + i,
                        format!(
                            "{stream} batch={batch} i={i} level={}",
                            if i % 100 == 0 { "ERROR" } else { "INFO" }
                        ),
                    )
                })
                .collect();
            let out = logs
                .put_log_events()
                .log_group_name("/sdk/events")
                .log_stream_name(&stream)
                .set_log_events(Some(events))
                .send()
                .await
                .unwrap();
            assert!(out.rejected_log_events_info().is_none());
        }
    }

    // GetLogEvents' paginator follows nextForwardToken until it repeats.
    let mut pages = logs
        .get_log_events()
        .log_group_name("/sdk/events")
        .log_stream_name("task/1")
        .start_from_head(true)
        .limit(5000)
        .into_paginator()
        .send();
    let mut seen = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.unwrap();
        seen.extend(page.events().iter().map(|e| e.timestamp().unwrap()));
    }
    assert_eq!(seen.len(), 12_000);
    assert!(seen.windows(2).all(|w| w[0] <= w[1]));

    // FilterLogEvents' paginator, to the end of the group; then a pattern.
    let all = filter_all(&logs, None).await;
    assert_eq!(all.len(), 36_000);
    assert!(all.windows(2).all(|w| w[0].timestamp() <= w[1].timestamp()));
    let errors = filter_all(&logs, Some("ERROR")).await;
    assert_eq!(errors.len(), 360);
    assert!(
        errors
            .iter()
            .all(|e| e.message().unwrap().contains("ERROR"))
    );

    // Statistics and ordering by last event time.
    let streams = logs
        .describe_log_streams()
        .log_group_name("/sdk/events")
        .order_by(aws_sdk_cloudwatchlogs::types::OrderBy::LastEventTime)
        .descending(true)
        .send()
        .await
        .unwrap();
    let first = &streams.log_streams()[0];
    assert_eq!(first.last_event_timestamp(), Some(t + 2 * 5000 + 3999));
    assert_eq!(first.first_event_timestamp(), Some(t));
    #[allow(deprecated)] // always 0 for streams, as CloudWatch reports it
    let stream_bytes = first.stored_bytes();
    assert_eq!(stream_bytes, Some(0));
    let group = logs
        .describe_log_groups()
        .log_group_name_prefix("/sdk/events")
        .send()
        .await
        .unwrap();
    assert!(group.log_groups()[0].stored_bytes().unwrap() > 0);

    // Typed errors: a missing stream, an out-of-order batch; too old events are reported.
    let missing = logs
        .put_log_events()
        .log_group_name("/sdk/events")
        .log_stream_name("nope")
        .log_events(event(now_ms(), "x".into()))
        .send()
        .await
        .unwrap_err()
        .into_service_error();
    assert!(
        matches!(missing, PutLogEventsError::ResourceNotFoundException(_)),
        "{missing:?}"
    );
    let unordered = logs
        .put_log_events()
        .log_group_name("/sdk/events")
        .log_stream_name("task/0")
        .log_events(event(now_ms(), "b".into()))
        .log_events(event(now_ms() - 10, "a".into()))
        .send()
        .await
        .unwrap_err()
        .into_service_error();
    assert!(
        matches!(unordered, PutLogEventsError::InvalidParameterException(_)),
        "{unordered:?}"
    );
    let old = logs
        .put_log_events()
        .log_group_name("/sdk/events")
        .log_stream_name("task/0")
        .log_events(event(now_ms() - 15 * 86_400_000, "old".into()))
        .log_events(event(now_ms() - 14 * 86_400_000 + 3_600_000, "kept".into()))
        .send()
        .await
        .unwrap();
    assert_eq!(
        old.rejected_log_events_info()
            .unwrap()
            .too_old_log_event_end_index(),
        Some(1)
    );
}
