//! The commands, printing to any writer so they can be tested.

use std::io::Write;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::{Client, ClientError};

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

fn n(v: &Value, key: &str) -> i64 {
    v.get(key).and_then(Value::as_i64).unwrap_or(0)
}

fn short(arn: &str) -> &str {
    arn.rsplit('/').next().unwrap_or(arn)
}

/// `keel services`: one line per service of the cluster.
pub async fn services(
    client: &Client,
    cluster: &str,
    out: &mut dyn Write,
) -> Result<(), ClientError> {
    let mut arns = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let mut input = json!({"cluster": cluster, "maxResults": 100});
        if let Some(t) = &token {
            input["nextToken"] = json!(t);
        }
        let page = client.ecs("ListServices", &input).await?;
        arns.extend(page["serviceArns"].as_array().cloned().unwrap_or_default());
        match page.get("nextToken").and_then(Value::as_str) {
            Some(t) => token = Some(t.to_string()),
            None => break,
        }
    }
    let mut rows = vec![[
        "SERVICE".to_string(),
        "STATUS".into(),
        "DESIRED".into(),
        "RUNNING".into(),
        "PENDING".into(),
        "TASK DEFINITION".into(),
        "ROLLOUT".into(),
    ]];
    for chunk in arns.chunks(10) {
        let described = client
            .ecs(
                "DescribeServices",
                &json!({"cluster": cluster, "services": chunk}),
            )
            .await?;
        for svc in described["services"].as_array().into_iter().flatten() {
            let deployments = svc["deployments"].as_array().cloned().unwrap_or_default();
            let primary = deployments.iter().find(|d| s(d, "status") == "PRIMARY");
            let rollout = match primary {
                Some(d) if deployments.len() > 1 => format!(
                    "{} ({} deployments)",
                    s(d, "rolloutState"),
                    deployments.len()
                ),
                Some(d) => s(d, "rolloutState").to_string(),
                None => String::new(),
            };
            rows.push([
                s(svc, "serviceName").to_string(),
                s(svc, "status").to_string(),
                n(svc, "desiredCount").to_string(),
                n(svc, "runningCount").to_string(),
                n(svc, "pendingCount").to_string(),
                short(s(svc, "taskDefinition")).to_string(),
                rollout,
            ]);
        }
    }
    write_table(out, &rows)
}

fn write_table<const N: usize>(
    out: &mut dyn Write,
    rows: &[[String; N]],
) -> Result<(), ClientError> {
    let mut widths = [0usize; N];
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i + 1 == N {
                line.push_str(cell);
            } else {
                line.push_str(&format!("{cell:<w$}  ", w = widths[i]));
            }
        }
        writeln!(out, "{}", line.trim_end()).map_err(|e| ClientError::Http(e.to_string()))?;
    }
    Ok(())
}

/// Members of a task definition that RegisterTaskDefinition takes back.
const REGISTRABLE: &[&str] = &[
    "family",
    "taskRoleArn",
    "executionRoleArn",
    "networkMode",
    "containerDefinitions",
    "volumes",
    "placementConstraints",
    "requiresCompatibilities",
    "cpu",
    "memory",
    "pidMode",
    "ipcMode",
    "proxyConfiguration",
    "inferenceAccelerators",
    "ephemeralStorage",
    "runtimePlatform",
    "enableFaultInjection",
];

/// What `keel deploy` did.
#[derive(Debug)]
pub struct DeployOutcome {
    pub task_definition: String,
    pub deployment_id: String,
    pub completed: bool,
}

/// `keel deploy SERVICE --image IMAGE`: registers a revision with the new image, updates the
/// service, and shows the rollout until it completes or fails.
pub async fn deploy(
    client: &Client,
    cluster: &str,
    service: &str,
    image: &str,
    container: Option<&str>,
    timeout: Duration,
    out: &mut dyn Write,
    live: bool,
) -> Result<DeployOutcome, ClientError> {
    let io = |e: std::io::Error| ClientError::Http(e.to_string());
    let svc = describe(client, cluster, service).await?;
    let current = s(&svc, "taskDefinition").to_string();
    let described = client
        .ecs(
            "DescribeTaskDefinition",
            &json!({"taskDefinition": current, "include": ["TAGS"]}),
        )
        .await?;
    let td = &described["taskDefinition"];
    let mut input = serde_json::Map::new();
    for key in REGISTRABLE {
        if let Some(v) = td.get(*key).filter(|v| !v.is_null()) {
            input.insert((*key).to_string(), v.clone());
        }
    }
    if let Some(tags) = described
        .get("tags")
        .and_then(Value::as_array)
        .filter(|t| !t.is_empty())
    {
        input.insert("tags".into(), Value::Array(tags.clone()));
    }
    let containers = input
        .get_mut("containerDefinitions")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| ClientError::Decode("task definition has no containers".into()))?;
    let names: Vec<String> = containers
        .iter()
        .map(|c| s(c, "name").to_string())
        .collect();
    let index = match container {
        Some(name) => names.iter().position(|n| n == name).ok_or_else(|| {
            ClientError::Config(format!(
                "no container {name} in {}; it has {}",
                short(&current),
                names.join(", ")
            ))
        })?,
        None if names.len() == 1 => 0,
        None => {
            return Err(ClientError::Config(format!(
                "{} has several containers ({}); choose one with --container",
                short(&current),
                names.join(", ")
            )));
        }
    };
    containers[index]["image"] = json!(image);
    let registered = client
        .ecs("RegisterTaskDefinition", &Value::Object(input))
        .await?;
    let new_td = s(&registered["taskDefinition"], "taskDefinitionArn").to_string();
    writeln!(out, "Registered {}", short(&new_td)).map_err(io)?;
    let updated = client
        .ecs(
            "UpdateService",
            &json!({"cluster": cluster, "service": service, "taskDefinition": new_td}),
        )
        .await?;
    let deployment_id = updated["service"]["deployments"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|d| s(d, "status") == "PRIMARY")
        .map(|d| s(d, "id").to_string())
        .unwrap_or_default();
    writeln!(
        out,
        "Deploying {} to {service} ({deployment_id})",
        short(&new_td)
    )
    .map_err(io)?;
    let seen: std::collections::BTreeSet<String> = updated["service"]["events"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| s(e, "id").to_string())
        .collect();
    let mut seen = seen;
    let started = Instant::now();
    let mut last_line = String::new();
    loop {
        let svc = describe(client, cluster, service).await?;
        let mut events: Vec<&Value> = svc["events"].as_array().into_iter().flatten().collect();
        events.reverse();
        for event in events {
            if seen.insert(s(event, "id").to_string()) {
                if live && !last_line.is_empty() {
                    write!(out, "\r\x1b[2K").map_err(io)?;
                }
                writeln!(out, "  {}", s(event, "message")).map_err(io)?;
                last_line.clear();
            }
        }
        let deployments = svc["deployments"].as_array().cloned().unwrap_or_default();
        let ours = deployments.iter().find(|d| s(d, "id") == deployment_id);
        let desired = n(&svc, "desiredCount");
        let (running, state) = match ours {
            Some(d) => (n(d, "runningCount"), s(d, "rolloutState").to_string()),
            None => (0, "FAILED".to_string()),
        };
        let line = progress_line(running, desired, &state);
        if line != last_line {
            if live {
                write!(out, "\r\x1b[2K{line}").map_err(io)?;
            } else {
                writeln!(out, "{line}").map_err(io)?;
            }
            out.flush().map_err(io)?;
            last_line = line;
        }
        let primary_is_ours = deployments
            .iter()
            .any(|d| s(d, "status") == "PRIMARY" && s(d, "id") == deployment_id);
        if state == "COMPLETED" && primary_is_ours {
            if live {
                writeln!(out).map_err(io)?;
            }
            writeln!(out, "Deployment {deployment_id} completed.").map_err(io)?;
            return Ok(DeployOutcome {
                task_definition: new_td,
                deployment_id,
                completed: true,
            });
        }
        if state == "FAILED" || !primary_is_ours {
            if live {
                writeln!(out).map_err(io)?;
            }
            let reason = ours
                .map(|d| s(d, "rolloutStateReason").to_string())
                .unwrap_or_else(|| "the deployment was replaced".into());
            writeln!(out, "Deployment {deployment_id} failed: {reason}").map_err(io)?;
            return Ok(DeployOutcome {
                task_definition: new_td,
                deployment_id,
                completed: false,
            });
        }
        if started.elapsed() > timeout {
            if live {
                writeln!(out).map_err(io)?;
            }
            writeln!(
                out,
                "Gave up waiting after {}s; the rollout goes on.",
                timeout.as_secs()
            )
            .map_err(io)?;
            return Ok(DeployOutcome {
                task_definition: new_td,
                deployment_id,
                completed: false,
            });
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// `[##########----------] 3/6 running  IN_PROGRESS`
pub fn progress_line(running: i64, desired: i64, state: &str) -> String {
    const WIDTH: i64 = 30;
    let filled = if desired <= 0 {
        WIDTH
    } else {
        (running.min(desired) * WIDTH) / desired
    };
    let bar: String = (0..WIDTH)
        .map(|i| if i < filled { '#' } else { '-' })
        .collect();
    format!("[{bar}] {running}/{desired} running  {state}")
}

async fn describe(client: &Client, cluster: &str, service: &str) -> Result<Value, ClientError> {
    let out = client
        .ecs(
            "DescribeServices",
            &json!({"cluster": cluster, "services": [service]}),
        )
        .await?;
    out["services"]
        .as_array()
        .and_then(|l| l.first())
        .cloned()
        .ok_or(ClientError::Api {
            code: "ServiceNotFoundException".into(),
            message: format!("Service {service} not found."),
        })
}

/// `keel events [--follow]`: prints state-change events as JSON lines, from now on (or after
/// `after`); with `follow`, reconnects and resumes after the last event seen until `stop`
/// says so.
pub async fn events(
    client: &Client,
    after: Option<i64>,
    follow: bool,
    out: &mut dyn Write,
    mut stop: impl FnMut() -> bool,
) -> Result<(), ClientError> {
    let mut cursor = after;
    loop {
        let result = client
            .follow_events(cursor, |_, _, data| {
                writeln!(out, "{data}").is_ok() && out.flush().is_ok() && !stop()
            })
            .await;
        match result {
            Ok(last) => cursor = last.or(cursor),
            Err(err) if follow && !matches!(err, ClientError::Api { .. }) => {
                let _ = writeln!(std::io::stderr(), "keel events: {err}; reconnecting");
            }
            Err(err) => return Err(err),
        }
        if !follow || stop() {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_lines() {
        assert_eq!(
            progress_line(0, 6, "IN_PROGRESS"),
            format!("[{}] 0/6 running  IN_PROGRESS", "-".repeat(30))
        );
        assert_eq!(
            progress_line(3, 6, "IN_PROGRESS"),
            format!(
                "[{}{}] 3/6 running  IN_PROGRESS",
                "#".repeat(15),
                "-".repeat(15)
            )
        );
        assert!(progress_line(0, 0, "COMPLETED").starts_with(&format!("[{}]", "#".repeat(30))));
    }

    #[test]
    fn tables_align() {
        let mut out = Vec::new();
        write_table(
            &mut out,
            &[["A".to_string(), "BB".into()], ["CCC".into(), "D".into()]],
        )
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "A    BB\nCCC  D\n");
    }
}
