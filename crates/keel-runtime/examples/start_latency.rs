//! Benchmark: how long the Docker driver takes from create to a running container, measured
//! side by side with `docker run -d` of the same image in the same run.
//!
//! ```sh
//! scripts/dockerd.sh && scripts/test-images.sh
//! cargo run --release -p keel-runtime --example start_latency -- --runs 50
//! ```
//!
//! Each sample creates and starts one `sleep` container (the driver: `create_container` then
//! `start_container`, which returns once Docker reports the container running; the peer:
//! `docker run -d`, which returns at the same point) and then removes it, untimed, so every
//! sample starts from the same host state. The two methods alternate sample by sample, so
//! both see the same load. Nothing is published or sent over any network.

use std::process::Command;
use std::time::{Duration, Instant};

use keel_runtime::conformance::BUSYBOX_IMAGE;
use keel_runtime::docker::DockerRuntime;
use keel_runtime::{ContainerSpec, ContainerStatus, NetworkMode, RemoveOptions, Runtime};

const LABEL: &str = "org.keel.bench";

fn percentile(sorted: &[f64], p: f64) -> f64 {
    // Nearest rank.
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted[rank.min(sorted.len()) - 1]
}

struct Summary {
    median: f64,
    p90: f64,
    p99: f64,
    max: f64,
}

fn summarize(samples: &[Duration]) -> Summary {
    let mut ms: Vec<f64> = samples.iter().map(|d| d.as_secs_f64() * 1000.0).collect();
    ms.sort_by(f64::total_cmp);
    Summary {
        median: percentile(&ms, 50.0),
        p90: percentile(&ms, 90.0),
        p99: percentile(&ms, 99.0),
        max: *ms.last().unwrap_or(&0.0),
    }
}

fn docker_cli(args: &[&str]) -> Result<String, String> {
    let out = Command::new("docker")
        .args(args)
        .output()
        .map_err(|e| format!("docker: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "docker {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let runs: usize = value("--runs")
        .map_or(Ok(50), |v| v.parse())
        .map_err(|e| format!("--runs: {e}"))?;
    let networks: Vec<String> = value("--network")
        .unwrap_or_else(|| "none,host".into())
        .split(',')
        .map(str::to_string)
        .collect();

    let rt = DockerRuntime::connect_default()
        .await
        .map_err(|e| e.to_string())?;
    let version = rt.version().await.map_err(|e| e.to_string())?;
    if rt
        .inspect_image(BUSYBOX_IMAGE)
        .await
        .map_err(|e| e.to_string())?
        .is_none()
    {
        return Err(format!(
            "{BUSYBOX_IMAGE} is missing: run scripts/test-images.sh"
        ));
    }
    println!(
        "Docker {} (API {}), image {BUSYBOX_IMAGE}, {runs} containers per method and network mode",
        version.version, version.api_version
    );
    println!();
    println!("| network | method | runs | median ms | p90 ms | p99 ms | max ms |");
    println!("|---|---|---|---|---|---|---|");

    let tag = std::process::id();
    let mut overheads = Vec::new();
    for network in &networks {
        let mode = match network.as_str() {
            "none" => NetworkMode::None,
            "host" => NetworkMode::Host,
            other => return Err(format!("--network: '{other}' is not none or host")),
        };
        let mut keel = Vec::with_capacity(runs);
        let mut cli = Vec::with_capacity(runs);
        // Two warm-up rounds of each, not counted.
        for i in 0..runs + 2 {
            let name = format!("keel-bench-{tag}-{network}-{i}");
            let mut spec = ContainerSpec::new(&name, BUSYBOX_IMAGE);
            spec.command = Some(vec!["sleep".into(), "3600".into()]);
            spec.network.mode = mode.clone();
            spec.labels.insert(LABEL.into(), tag.to_string());

            let t0 = Instant::now();
            let id = rt
                .create_container(&spec)
                .await
                .map_err(|e| e.to_string())?;
            rt.start_container(id.as_str())
                .await
                .map_err(|e| e.to_string())?;
            let keel_elapsed = t0.elapsed();
            let info = rt
                .inspect_container(id.as_str())
                .await
                .map_err(|e| e.to_string())?;
            if info.state.status != ContainerStatus::Running {
                return Err(format!("{name} is {:?}, not running", info.state.status));
            }
            rt.remove_container(
                id.as_str(),
                RemoveOptions {
                    force: true,
                    volumes: true,
                },
            )
            .await
            .map_err(|e| e.to_string())?;

            let peer = format!("docker-bench-{tag}-{network}-{i}");
            let t0 = Instant::now();
            let peer_id = docker_cli(&[
                "run",
                "-d",
                "--network",
                network,
                "--name",
                &peer,
                "--label",
                &format!("{LABEL}={tag}"),
                BUSYBOX_IMAGE,
                "sleep",
                "3600",
            ])?;
            let cli_elapsed = t0.elapsed();
            docker_cli(&["rm", "-f", &peer_id])?;

            if i >= 2 {
                keel.push(keel_elapsed);
                cli.push(cli_elapsed);
            }
        }
        let k = summarize(&keel);
        let d = summarize(&cli);
        for (method, s) in [("Keel driver: create + start", &k), ("`docker run -d`", &d)] {
            println!(
                "| {network} | {method} | {runs} | {:.1} | {:.1} | {:.1} | {:.1} |",
                s.median, s.p90, s.p99, s.max
            );
        }
        overheads.push((network.clone(), k, d));
    }
    println!();
    println!(
        "| network | median Keel − docker ms | p99 Keel − docker ms | median ratio Keel / docker |"
    );
    println!("|---|---|---|---|");
    for (network, k, d) in overheads {
        println!(
            "| {network} | {:+.1} | {:+.1} | {:.2} |",
            k.median - d.median,
            k.p99 - d.p99,
            k.median / d.median
        );
    }
    Ok(())
}
