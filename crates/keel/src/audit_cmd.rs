//! `keel audit`: the audit trail, through CloudTrail's `LookupEvents`.

use std::collections::HashSet;
use std::time::Duration;

use anyhow::Context;
use serde_json::{Value, json};

use crate::cli::AuditArgs;
use crate::sigv4_client::Client;

const TARGET: &str = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents";
/// How often `--follow` asks for new events.
const FOLLOW_INTERVAL: Duration = Duration::from_secs(2);

/// One line of output.
fn render(event: &Value, as_json: bool) -> String {
    let record: Value = event["CloudTrailEvent"]
        .as_str()
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or(Value::Null);
    if as_json {
        return record.to_string();
    }
    let time = record["eventTime"].as_str().unwrap_or("-");
    let user = event["Username"].as_str().unwrap_or("-");
    let source = record["eventSource"]
        .as_str()
        .map(|s| s.trim_end_matches(".amazonaws.com"))
        .unwrap_or("-");
    let name = event["EventName"].as_str().unwrap_or("-");
    let outcome = if record["additionalEventData"]["keelOutcome"].is_string() {
        "interrupted".to_string()
    } else {
        record["errorCode"].as_str().unwrap_or("OK").to_string()
    };
    let ip = record["sourceIPAddress"].as_str().unwrap_or("-");
    let resource = event["Resources"][0]["ResourceName"].as_str().unwrap_or("");
    format!("{time}  {user:<20} {source:<10} {name:<30} {outcome:<28} {ip:<15} {resource}")
}

/// Whether an event's outcome is not yet known (its call is under way).
fn under_way(event: &Value) -> bool {
    event["CloudTrailEvent"]
        .as_str()
        .is_some_and(|s| s.contains("the call is still under way"))
}

/// Everything matching, newest first, up to `max` events.
async fn lookup(
    client: &Client,
    args: &AuditArgs,
    start_secs: Option<f64>,
    max: usize,
) -> anyhow::Result<Vec<Value>> {
    let mut request = json!({"MaxResults": 50});
    // CloudTrail takes one lookup attribute; a second filter is applied here.
    if let Some(name) = &args.event_name {
        request["LookupAttributes"] =
            json!([{"AttributeKey": "EventName", "AttributeValue": name}]);
    } else if let Some(user) = &args.user {
        request["LookupAttributes"] = json!([{"AttributeKey": "Username", "AttributeValue": user}]);
    }
    if let Some(start) = start_secs {
        request["StartTime"] = json!(start);
    }
    let mut out = Vec::new();
    loop {
        let page = client.json("cloudtrail", TARGET, &request).await?;
        for event in page["Events"].as_array().into_iter().flatten() {
            let user_ok = match (&args.user, &args.event_name) {
                (Some(user), Some(_)) => event["Username"].as_str() == Some(user.as_str()),
                _ => true,
            };
            if user_ok {
                out.push(event.clone());
            }
        }
        match page["NextToken"].as_str() {
            Some(token) if out.len() < max => request["NextToken"] = json!(token),
            _ => break,
        }
    }
    out.truncate(max);
    Ok(out)
}

pub async fn run(args: AuditArgs) -> anyhow::Result<()> {
    let client = Client::from_environment(args.endpoint.as_deref())?;
    let now = keel_types::time::now_millis() as f64 / 1000.0;
    let since = args
        .since
        .as_deref()
        .map(humantime::parse_duration)
        .transpose()
        .context("--since wants a duration like 1h or 30m")?
        .map(|d| now - d.as_secs_f64());
    if !args.json {
        println!(
            "{:<20}  {:<20} {:<10} {:<30} {:<28} {:<15} RESOURCE",
            "TIME", "USER", "SOURCE", "EVENT", "OUTCOME", "SOURCE IP"
        );
    }
    let first = lookup(&client, &args, since, args.max).await?;
    let mut seen: HashSet<String> = HashSet::new();
    let mut newest = since.unwrap_or(now);
    for event in first.iter().rev() {
        if args.follow && under_way(event) {
            continue;
        }
        println!("{}", render(event, args.json));
        if let Some(id) = event["EventId"].as_str() {
            seen.insert(id.to_string());
        }
        if let Some(t) = event["EventTime"].as_f64() {
            newest = newest.max(t);
        }
    }
    if !args.follow {
        return Ok(());
    }
    loop {
        tokio::time::sleep(FOLLOW_INTERVAL).await;
        // Ask from a little before the newest event seen: events of the same second may still
        // arrive, and the seen set drops the repeats.
        let events = lookup(&client, &args, Some(newest - 5.0), usize::MAX).await?;
        for event in events.iter().rev() {
            let Some(id) = event["EventId"].as_str() else {
                continue;
            };
            if seen.contains(id) || under_way(event) {
                continue;
            }
            println!("{}", render(event, args.json));
            seen.insert(id.to_string());
            if let Some(t) = event["EventTime"].as_f64() {
                newest = newest.max(t);
            }
        }
        if seen.len() > 100_000 {
            seen.clear();
        }
    }
}
