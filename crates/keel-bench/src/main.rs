//! `keel-bench`: drives a running Keel over its AWS JSON API and reports throughput and latency.
//!
//! Only loopback endpoints are accepted, and every run is bounded by a duration and a request
//! cap. Each of the `--connections` workers owns one keep-alive HTTP/1.1 connection. Requests
//! are SigV4-signed with `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` (default `keel`/`keel`).

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use bytes::Bytes;
use clap::{Parser, ValueEnum};
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1;
use hyper_util::rt::TokioIo;
use serde_json::json;

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Scenario {
    /// DescribeTasks of 10 tasks.
    DescribeTasks,
    /// RegisterTaskDefinition (a durable write).
    RegisterTaskDefinition,
    /// RunTask of one task on a large instance (a durable write with placement).
    RunTask,
    /// PutLogEvents of `--batch` ~200-byte events into one of 100 streams of a group (durable).
    PutLogEvents,
    /// GetLogEvents of one stream's last 15 minutes (the newest events first, as by default),
    /// over a group preloaded with `--preload` events per stream.
    GetLogEvents,
    /// RunTask of `--count` tasks with `--strategy` into a cluster of `--instances` simulated
    /// container instances (registered through RegisterContainerInstance, as agents would).
    Placement,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum PlacementStrategy {
    BinpackMemory,
    SpreadZoneBinpackCpu,
    Random,
}

impl PlacementStrategy {
    fn wire(self) -> serde_json::Value {
        match self {
            Self::BinpackMemory => json!([{"type": "binpack", "field": "memory"}]),
            Self::SpreadZoneBinpackCpu => json!([
                {"type": "spread", "field": "attribute:ecs.availability-zone"},
                {"type": "binpack", "field": "cpu"}]),
            Self::Random => json!([{"type": "random"}]),
        }
    }
}

#[derive(Parser, Debug)]
struct Args {
    /// Keel's address, e.g. 127.0.0.1:5335 (loopback only).
    #[arg(long, default_value = "127.0.0.1:5335")]
    addr: SocketAddr,
    #[arg(long, value_enum)]
    scenario: Scenario,
    #[arg(long, default_value_t = 32)]
    connections: usize,
    /// Measured duration in seconds (after a 1 s warm-up).
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Upper bound on requests in the measured phase.
    #[arg(long, default_value_t = 2_000_000)]
    max_requests: u64,
    /// Container instances in the placement scenario's cluster.
    #[arg(long, default_value_t = 1_000)]
    instances: usize,
    /// Tasks per RunTask in the placement scenario (1-10).
    #[arg(long, default_value_t = 1)]
    count: u32,
    #[arg(long, value_enum, default_value_t = PlacementStrategy::BinpackMemory)]
    strategy: PlacementStrategy,
    /// Events per PutLogEvents request.
    #[arg(long, default_value_t = 1000)]
    batch: usize,
    /// Events preloaded into each stream for GetLogEvents.
    #[arg(long, default_value_t = 20_000)]
    preload: usize,
}

/// Which service a request goes to: its X-Amz-Target prefix and SigV4 signing name.
#[derive(Clone, Copy)]
struct Service {
    target: &'static str,
    signing_name: &'static str,
}

const ECS: Service = Service {
    target: "AmazonEC2ContainerServiceV20141113.",
    signing_name: "ecs",
};
const LOGS: Service = Service {
    target: "Logs_20140328.",
    signing_name: "logs",
};
const LOG_STREAMS: usize = 100;

/// A ~200-byte access-log line.
fn log_line(worker: usize, i: usize) -> String {
    format!(
        "10.0.{}.{} - - [01/Dec/2026:12:00:00 +0000] \"GET /api/v1/orders/{i} HTTP/1.1\" 200 {} \"https://shop.example.com/cart\" \"Mozilla/5.0 (X11; Linux x86_64)\" rt=0.{:03} w={worker}",
        worker % 256,
        i % 256,
        1000 + i % 9000,
        i % 1000
    )
}

/// A PutLogEvents body of `n` events with timestamps ending now, and its message bytes.
fn put_body(group: &str, stream: &str, worker: usize, n: usize) -> (Bytes, usize) {
    let now = keel_types::time::now_millis();
    let mut bytes = 0;
    let events: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let message = log_line(worker, i);
            bytes += message.len();
            json!({"timestamp": now - (n - i) as i64, "message": message})
        })
        .collect();
    let body = json!({"logGroupName": group, "logStreamName": stream, "logEvents": events});
    (Bytes::from(serde_json::to_vec(&body).expect("json")), bytes)
}

/// The key requests are signed with: `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY`.
fn credentials() -> (&'static str, &'static str) {
    static KEY: std::sync::OnceLock<(String, String)> = std::sync::OnceLock::new();
    let (id, secret) = KEY.get_or_init(|| {
        (
            std::env::var("AWS_ACCESS_KEY_ID").unwrap_or_else(|_| "keel".into()),
            std::env::var("AWS_SECRET_ACCESS_KEY").unwrap_or_else(|_| "keel".into()),
        )
    });
    (id, secret)
}

struct Conn {
    sender: http1::SendRequest<Full<Bytes>>,
}

impl Conn {
    async fn open(addr: SocketAddr) -> anyhow::Result<Self> {
        let stream = tokio::net::TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        let (sender, connection) = http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(connection);
        Ok(Self { sender })
    }

    async fn call(
        &mut self,
        operation: &str,
        body: &serde_json::Value,
    ) -> anyhow::Result<serde_json::Value> {
        self.call_service(ECS, operation, body).await
    }

    async fn call_service(
        &mut self,
        service: Service,
        operation: &str,
        body: &serde_json::Value,
    ) -> anyhow::Result<serde_json::Value> {
        let bytes = self
            .send_to(service, operation, Bytes::from(serde_json::to_vec(body)?))
            .await?;
        Ok(serde_json::from_slice(&bytes)?)
    }

    /// One request; `Err` for a non-2xx answer. The success body is returned undecoded, so
    /// the load generator spends its CPU sending, not parsing.
    async fn send_to(
        &mut self,
        service: Service,
        operation: &str,
        body: Bytes,
    ) -> anyhow::Result<Bytes> {
        let mut request = http::Request::post("/")
            .header("host", "127.0.0.1")
            .header("content-type", "application/x-amz-json-1.1")
            .header("x-amz-target", format!("{}{operation}", service.target))
            .body(Full::new(body.clone()))?;
        // Signed like any AWS client signs, so the benchmark includes verification.
        let (id, secret) = credentials();
        keel_api::sigv4::sign(
            "POST",
            "/",
            None,
            request.headers_mut(),
            &body,
            &keel_api::sigv4::SigningKey {
                access_key_id: id,
                secret_access_key: secret,
                session_token: None,
                region: "us-east-1",
                service: service.signing_name,
            },
            keel_types::time::now_millis(),
        );
        self.sender.ready().await?;
        let response = self.sender.send_request(request).await?;
        let status = response.status();
        let bytes = response.into_body().collect().await?.to_bytes();
        if !status.is_success() {
            bail!(
                "{operation} failed with {status}: {}",
                String::from_utf8_lossy(&bytes)
            );
        }
        Ok(bytes)
    }
}

/// Registers `count` simulated instances over three zones, 16 vCPU and 64 GiB each, from
/// eight connections at once.
async fn register_instances(addr: SocketAddr, cluster: &str, count: usize) -> anyhow::Result<()> {
    let mut handles = Vec::new();
    for worker in 0..8 {
        let cluster = cluster.to_string();
        handles.push(tokio::spawn(async move {
            let mut conn = Conn::open(addr).await?;
            for n in (worker..count).step_by(8) {
                let zone = ["us-east-1a", "us-east-1b", "us-east-1c"][n % 3];
                conn.call(
                    "RegisterContainerInstance",
                    &json!({"cluster": cluster, "totalResources": [
                        {"name": "CPU", "type": "INTEGER", "integerValue": 16_384},
                        {"name": "MEMORY", "type": "INTEGER", "integerValue": 65_536}],
                        "attributes": [
                            {"name": "ecs.availability-zone", "value": zone},
                            {"name": "ecs.instance-type", "value": "m5.4xlarge"}]}),
                )
                .await?;
            }
            anyhow::Ok(())
        }));
    }
    for handle in handles {
        handle.await??;
    }
    Ok(())
}

/// Creates the cluster, instance(s), task definition and tasks the scenarios use.
async fn setup(addr: SocketAddr, run_id: &str, args: &Args) -> anyhow::Result<Vec<String>> {
    let mut conn = Conn::open(addr).await?;
    let cluster = format!("bench-{run_id}");
    conn.call("CreateCluster", &json!({"clusterName": cluster}))
        .await?;
    if matches!(args.scenario, Scenario::Placement) {
        let began = Instant::now();
        register_instances(addr, &cluster, args.instances).await?;
        eprintln!(
            "registered {} instances in {:.1} s",
            args.instances,
            began.elapsed().as_secs_f64()
        );
    } else {
        conn.call(
            "RegisterContainerInstance",
            &json!({"cluster": cluster, "totalResources": [
                {"name": "CPU", "type": "INTEGER", "integerValue": 100_000_000},
                {"name": "MEMORY", "type": "INTEGER", "integerValue": 100_000_000}]}),
        )
        .await?;
    }
    conn.call(
        "RegisterTaskDefinition",
        &json!({"family": format!("bench-{run_id}"), "containerDefinitions": [{"name": "app", "image": "busybox", "memory": 8, "cpu": 1}]}),
    )
    .await?;
    let run = conn
        .call(
            "RunTask",
            &json!({"cluster": cluster, "taskDefinition": format!("bench-{run_id}"), "count": 10}),
        )
        .await?;
    let arns = run["tasks"]
        .as_array()
        .context("RunTask returned no tasks")?
        .iter()
        .filter_map(|t| t["taskArn"].as_str().map(str::to_string))
        .collect();
    Ok(arns)
}

/// Creates the log group and its streams; preloads events for GetLogEvents.
async fn setup_logs(addr: SocketAddr, group: &str, preload: usize) -> anyhow::Result<()> {
    let mut conn = Conn::open(addr).await?;
    conn.call_service(LOGS, "CreateLogGroup", &json!({"logGroupName": group}))
        .await?;
    for s in 0..LOG_STREAMS {
        let stream = format!("app/{s:03}");
        conn.call_service(
            LOGS,
            "CreateLogStream",
            &json!({"logGroupName": group, "logStreamName": stream}),
        )
        .await?;
        let mut left = preload;
        while left > 0 {
            let n = left.min(4000);
            let (body, _) = put_body(group, &stream, s, n);
            conn.send_to(LOGS, "PutLogEvents", body).await?;
            left -= n;
        }
    }
    Ok(())
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1] as f64 / 1000.0
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if !args.addr.ip().is_loopback() {
        bail!("keel-bench only targets loopback addresses");
    }
    let run_id = format!("{}", std::process::id());
    if !(1..=10).contains(&args.count) {
        bail!("--count must be 1-10, as in RunTask");
    }
    let log_group = format!("/bench/{run_id}");
    let tasks = match args.scenario {
        Scenario::PutLogEvents => {
            setup_logs(args.addr, &log_group, 0).await?;
            Vec::new()
        }
        Scenario::GetLogEvents => {
            setup_logs(args.addr, &log_group, args.preload).await?;
            Vec::new()
        }
        _ => setup(args.addr, &run_id, &args).await?,
    };
    let placed = Arc::new(AtomicU64::new(0));
    let message_bytes = Arc::new(AtomicU64::new(0));
    let cluster = format!("bench-{run_id}");
    let family = format!("bench-{run_id}");
    let counter = Arc::new(AtomicU64::new(0));
    let measuring = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let start = Instant::now();
    let warmup = Duration::from_secs(1);
    let end = start + warmup + Duration::from_secs(args.seconds);

    let mut workers = Vec::new();
    for worker in 0..args.connections {
        let (addr, tasks, cluster, family) =
            (args.addr, tasks.clone(), cluster.clone(), family.clone());
        let (counter, measuring, max) = (counter.clone(), measuring.clone(), args.max_requests);
        let scenario = args.scenario;
        let count = if matches!(scenario, Scenario::Placement) {
            args.count
        } else {
            1
        };
        let (strategy, placed) = (args.strategy.wire(), placed.clone());
        let (log_group, batch, message_bytes) =
            (log_group.clone(), args.batch, message_bytes.clone());
        workers.push(tokio::spawn(async move {
            let mut conn = Conn::open(addr).await?;
            let stream = format!("app/{:03}", worker % LOG_STREAMS);
            // Built once per worker: the client's CPU goes to sending.
            let (put, put_bytes) = put_body(&log_group, &stream, worker, batch);
            let mut latencies = Vec::with_capacity(100_000);
            let mut errors = 0u64;
            let mut first_error: Option<String> = None;
            let mut i = 0u64;
            while Instant::now() < end {
                i += 1;
                let (op, body) = match scenario {
                    Scenario::DescribeTasks => ("DescribeTasks", json!({"cluster": cluster, "tasks": tasks})),
                    Scenario::RegisterTaskDefinition => (
                        "RegisterTaskDefinition",
                        json!({"family": format!("{family}-w{worker}"), "containerDefinitions": [{"name": "app", "image": "busybox", "memory": 8}]}),
                    ),
                    Scenario::RunTask => ("RunTask", json!({"cluster": cluster, "taskDefinition": family, "count": 1, "startedBy": format!("w{worker}-{i}")})),
                    Scenario::Placement => ("RunTask", json!({"cluster": cluster, "taskDefinition": family, "count": count,
                        "placementStrategy": strategy, "startedBy": format!("w{worker}-{i}")})),
                    Scenario::PutLogEvents => ("PutLogEvents", serde_json::Value::Null),
                    Scenario::GetLogEvents => (
                        "GetLogEvents",
                        json!({"logGroupName": log_group, "logStreamName": format!("app/{:03}", i as usize % LOG_STREAMS),
                               "startTime": keel_types::time::now_millis() - 15 * 60_000}),
                    ),
                };
                let (service, body) = match scenario {
                    Scenario::PutLogEvents => (LOGS, put.clone()),
                    Scenario::GetLogEvents => (LOGS, Bytes::from(serde_json::to_vec(&body)?)),
                    _ => (ECS, Bytes::from(serde_json::to_vec(&body)?)),
                };
                let began = Instant::now();
                let outcome = conn.send_to(service, op, body).await;
                let micros = began.elapsed().as_micros() as u64;
                let ok = match (&outcome, scenario) {
                    // RunTask answers 200 with failures[] when it could not place the task.
                    (Ok(bytes), Scenario::RunTask | Scenario::Placement) => serde_json::from_slice::<serde_json::Value>(bytes)
                        .ok()
                        .and_then(|v| v["failures"].as_array().map(Vec::is_empty))
                        .unwrap_or(false),
                    (outcome, _) => outcome.is_ok(),
                };
                if !ok && first_error.is_none() {
                    first_error = Some(match &outcome {
                        Ok(bytes) => String::from_utf8_lossy(bytes).chars().take(300).collect(),
                        Err(e) => e.to_string().chars().take(300).collect(),
                    });
                }
                if measuring.load(Ordering::Relaxed) {
                    if counter.fetch_add(1, Ordering::Relaxed) >= max {
                        break;
                    }
                    if ok {
                        latencies.push(micros);
                        if matches!(scenario, Scenario::RunTask | Scenario::Placement) {
                            placed.fetch_add(u64::from(count), Ordering::Relaxed);
                        }
                        if matches!(scenario, Scenario::PutLogEvents) {
                            message_bytes.fetch_add(put_bytes as u64, Ordering::Relaxed);
                        }
                    } else {
                        errors += 1
                    }
                }
            }
            anyhow::Ok((latencies, errors, first_error))
        }));
    }
    tokio::time::sleep(warmup).await;
    measuring.store(true, Ordering::Relaxed);
    let measured_from = Instant::now();
    let mut all = Vec::new();
    let mut errors = 0;
    let mut example_error = None;
    for worker in workers {
        let (latencies, errs, first) = worker.await??;
        all.extend(latencies);
        errors += errs;
        example_error = example_error.or(first);
    }
    if let Some(e) = &example_error {
        eprintln!("example error: {e}");
    }
    let elapsed = measured_from.elapsed().as_secs_f64();
    all.sort_unstable();
    let placed = placed.load(Ordering::Relaxed);
    if placed > 0 {
        println!(
            "committed placements={placed} ({:.0}/s) instances={} count={} strategy={:?}",
            placed as f64 / elapsed,
            if matches!(args.scenario, Scenario::Placement) {
                args.instances
            } else {
                1
            },
            args.count,
            args.strategy,
        );
    }
    println!(
        "scenario={:?} connections={} seconds={:.1} requests={} errors={} throughput={:.0}/s p50={:.2}ms p99={:.2}ms max={:.2}ms",
        args.scenario,
        args.connections,
        elapsed,
        all.len(),
        errors,
        all.len() as f64 / elapsed,
        percentile(&all, 50.0),
        percentile(&all, 99.0),
        all.last().copied().unwrap_or(0) as f64 / 1000.0,
    );
    if matches!(args.scenario, Scenario::PutLogEvents) {
        let bytes = message_bytes.load(Ordering::Relaxed) as f64;
        println!(
            "  events={:.0}/s messages={:.1} MiB/s (batch {} events)",
            all.len() as f64 * args.batch as f64 / elapsed,
            bytes / elapsed / (1u64 << 20) as f64,
            args.batch
        );
    }
    Ok(())
}
