//! `keel plan`: where a RunTask would place its tasks, and why the other instances were passed
//! over, without placing anything (RunTask with `keelDryRun`). Signed with SigV4 like any AWS
//! client, with the usual credential chain: `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`
//! (+ `AWS_SESSION_TOKEN`), else the shared credentials file's `AWS_PROFILE` (or `default`).

use std::collections::BTreeMap;

use anyhow::{Context, bail};
use clap::Args;
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use serde_json::{Value, json};

#[derive(Args, Debug)]
pub struct PlanArgs {
    /// The server, e.g. http://127.0.0.1:5335 (default: AWS_ENDPOINT_URL, else Keel's default).
    #[arg(
        long,
        env = "AWS_ENDPOINT_URL",
        default_value = "http://127.0.0.1:5335"
    )]
    endpoint: String,
    /// Region to sign for (default: AWS_REGION, AWS_DEFAULT_REGION, else us-east-1).
    #[arg(long)]
    region: Option<String>,
    #[arg(long)]
    cluster: Option<String>,
    /// family, family:revision or ARN
    #[arg(long)]
    task_definition: String,
    #[arg(long, default_value_t = 1)]
    count: u32,
    #[arg(long)]
    group: Option<String>,
    /// TYPE or TYPE:FIELD, in order, e.g. `spread:attribute:ecs.availability-zone`, `binpack:memory`
    #[arg(long = "placement-strategy")]
    strategies: Vec<String>,
    /// `distinctInstance` or `memberOf:EXPRESSION`
    #[arg(long = "placement-constraint")]
    constraints: Vec<String>,
    /// Print the server's answer as JSON.
    #[arg(long)]
    json: bool,
    /// List rejected instances one by one up to this many per task; beyond it, count them by
    /// reason.
    #[arg(long, default_value_t = 20)]
    show_rejected: usize,
}

struct Credentials {
    id: String,
    secret: String,
    token: Option<String>,
}

fn credentials() -> anyhow::Result<Credentials> {
    if let (Ok(id), Ok(secret)) = (
        std::env::var("AWS_ACCESS_KEY_ID"),
        std::env::var("AWS_SECRET_ACCESS_KEY"),
    ) {
        return Ok(Credentials {
            id,
            secret,
            token: std::env::var("AWS_SESSION_TOKEN").ok(),
        });
    }
    let path = match std::env::var_os("AWS_SHARED_CREDENTIALS_FILE") {
        Some(p) => std::path::PathBuf::from(p),
        None => std::path::PathBuf::from(std::env::var_os("HOME").context("HOME is not set")?)
            .join(".aws/credentials"),
    };
    let profile = std::env::var("AWS_PROFILE").unwrap_or_else(|_| "default".into());
    let text = std::fs::read_to_string(&path).with_context(|| {
        format!(
            "no AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY and no {}",
            path.display()
        )
    })?;
    let mut section = String::new();
    let mut values: BTreeMap<String, String> = BTreeMap::new();
    for line in text.lines().map(str::trim) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim().to_string();
        } else if section == profile
            && let Some((k, v)) = line.split_once('=')
        {
            values.insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    match (
        values.remove("aws_access_key_id"),
        values.remove("aws_secret_access_key"),
    ) {
        (Some(id), Some(secret)) => Ok(Credentials {
            id,
            secret,
            token: values.remove("aws_session_token"),
        }),
        _ => bail!("profile [{profile}] in {} has no keys", path.display()),
    }
}

fn request_body(args: &PlanArgs) -> anyhow::Result<Value> {
    let strategies: Vec<Value> = args
        .strategies
        .iter()
        .map(|s| match s.split_once(':') {
            Some((kind, field)) => json!({"type": kind, "field": field}),
            None => json!({"type": s}),
        })
        .collect();
    let constraints: Vec<Value> = args
        .constraints
        .iter()
        .map(|c| match c.split_once(':') {
            Some(("memberOf", expr)) => Ok(json!({"type": "memberOf", "expression": expr})),
            None if c == "distinctInstance" => Ok(json!({"type": "distinctInstance"})),
            _ => bail!(
                "--placement-constraint is `distinctInstance` or `memberOf:EXPRESSION`, not {c:?}"
            ),
        })
        .collect::<anyhow::Result<_>>()?;
    let mut body = json!({
        "taskDefinition": args.task_definition,
        "count": args.count,
        "keelDryRun": true,
    });
    let obj = body.as_object_mut().expect("an object");
    if let Some(c) = &args.cluster {
        obj.insert("cluster".into(), json!(c));
    }
    if let Some(g) = &args.group {
        obj.insert("group".into(), json!(g));
    }
    if !strategies.is_empty() {
        obj.insert("placementStrategy".into(), Value::Array(strategies));
    }
    if !constraints.is_empty() {
        obj.insert("placementConstraints".into(), Value::Array(constraints));
    }
    Ok(body)
}

async fn post(args: &PlanArgs, body: Vec<u8>) -> anyhow::Result<(u16, Value)> {
    let uri: http::Uri = args.endpoint.parse().context("--endpoint is not a URL")?;
    if uri.scheme_str() != Some("http") {
        bail!("keel plan speaks plain http to the endpoint for now (got {uri})");
    }
    let host = uri.host().context("--endpoint has no host")?.to_string();
    let port = uri.port_u16().unwrap_or(80);
    let region = args
        .region
        .clone()
        .or_else(|| std::env::var("AWS_REGION").ok())
        .or_else(|| std::env::var("AWS_DEFAULT_REGION").ok())
        .unwrap_or_else(|| "us-east-1".into());
    let creds = credentials()?;
    let stream = tokio::net::TcpStream::connect((host.as_str(), port))
        .await
        .with_context(|| format!("connecting to {}", args.endpoint))?;
    let (mut sender, connection) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await?;
    tokio::spawn(connection);
    let mut request = http::Request::post("/")
        .header("host", format!("{host}:{port}"))
        .header("content-type", "application/x-amz-json-1.1")
        .header("x-amz-target", "AmazonEC2ContainerServiceV20141113.RunTask")
        .body(Full::new(Bytes::from(body.clone())))?;
    keel_api::sigv4::sign(
        "POST",
        "/",
        None,
        request.headers_mut(),
        &body,
        &keel_api::sigv4::SigningKey {
            access_key_id: &creds.id,
            secret_access_key: &creds.secret,
            session_token: creds.token.as_deref(),
            region: &region,
            service: "ecs",
        },
        keel_types::time::now_millis(),
    );
    let response = sender.send_request(request).await?;
    let status = response.status().as_u16();
    let bytes = response.into_body().collect().await?.to_bytes();
    let value = serde_json::from_slice(&bytes)
        .unwrap_or_else(|_| json!({"message": String::from_utf8_lossy(&bytes).to_string()}));
    Ok((status, value))
}

fn short(arn: &str) -> &str {
    arn.rsplit('/').next().unwrap_or(arn)
}

pub fn run(args: PlanArgs) -> anyhow::Result<()> {
    let body = serde_json::to_vec(&request_body(&args)?)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let (status, answer) = runtime.block_on(post(&args, body))?;
    if status != 200 {
        bail!(
            "{}: {}",
            answer["__type"].as_str().unwrap_or("error"),
            answer["message"].as_str().unwrap_or("")
        );
    }
    if args.json {
        let text = serde_json::to_string_pretty(&answer)? + "\n";
        let _ = std::io::Write::write_all(&mut std::io::stdout(), text.as_bytes());
        return Ok(());
    }
    let mut rejected: BTreeMap<u32, Vec<(String, String)>> = BTreeMap::new();
    let mut unplaced = Vec::new();
    for failure in answer["failures"].as_array().into_iter().flatten() {
        let detail = failure["detail"].as_str().unwrap_or("");
        let n: u32 = detail
            .strip_prefix("task ")
            .and_then(|d| d.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let reason = failure["reason"].as_str().unwrap_or("").to_string();
        match failure["arn"].as_str() {
            Some(arn) => rejected
                .entry(n)
                .or_default()
                .push((short(arn).into(), reason)),
            None => unplaced.push(n),
        }
    }
    let mut placed = answer["tasks"].as_array().into_iter().flatten();
    let mut out = String::new();
    for n in 1..=args.count {
        if unplaced.contains(&n) {
            out += &format!(
                "task {n} of {}: not placed: no container instance can take it\n",
                args.count
            );
        } else if let Some(task) = placed.next() {
            out += &format!(
                "task {n} of {}: container instance {} (availability zone {})\n",
                args.count,
                short(task["containerInstanceArn"].as_str().unwrap_or("-")),
                task["availabilityZone"].as_str().unwrap_or("-"),
            );
        }
        let these = rejected.get(&n).map(Vec::as_slice).unwrap_or_default();
        if these.len() > args.show_rejected {
            let mut by_reason: BTreeMap<&str, usize> = BTreeMap::new();
            for (_, reason) in these {
                *by_reason.entry(reason).or_default() += 1;
            }
            for (reason, count) in by_reason {
                out += &format!("    rejected {count} instances: {reason}\n");
            }
        } else {
            for (instance, reason) in these {
                out += &format!("    rejected {instance}: {reason}\n");
            }
        }
    }
    // A closed pipe (`keel plan ... | head`) is not an error worth a panic.
    let _ = std::io::Write::write_all(&mut std::io::stdout(), out.as_bytes());
    Ok(())
}
