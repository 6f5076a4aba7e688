//! Throughput/latency check for the SQLite backend (no assertions; prints results).
//!
//! ```text
//! cargo run --release -p keel-store --example store_bench -- [--seconds 5] [--writers 32]
//!     [--readers 4] [--dir PATH]
//! ```
//!
//! Phase 1: `--writers` tasks each issue durable single-put txns back to back for `--seconds`.
//! Phase 2: one task issues point gets back to back (unloaded read latency).
//! Phase 3: `--readers` tasks issue point gets concurrently.
//! `--dir` picks where the database lives (default: a temp dir under the current directory, so
//! the numbers reflect the real disk rather than a tmpfs).

use std::sync::Arc;
use std::time::{Duration, Instant};

use keel_store::{Compare, Op, SqliteStore, Store, Txn};

struct Args {
    seconds: u64,
    writers: usize,
    readers: usize,
    dir: Option<String>,
}

fn parse_args() -> Args {
    let mut args = Args {
        seconds: 5,
        writers: 32,
        readers: 4,
        dir: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let val = it.next().unwrap_or_default();
        match flag.as_str() {
            "--seconds" => args.seconds = val.parse().unwrap_or(args.seconds),
            "--writers" => args.writers = val.parse().unwrap_or(args.writers),
            "--readers" => args.readers = val.parse().unwrap_or(args.readers),
            "--dir" => args.dir = Some(val),
            other => {
                eprintln!("unknown flag {other}");
                std::process::exit(2);
            }
        }
    }
    args
}

fn report(name: &str, mut lat: Vec<Duration>, elapsed: Duration) {
    lat.sort_unstable();
    let pct = |p: f64| {
        let idx = ((lat.len() as f64 * p).ceil() as usize)
            .saturating_sub(1)
            .min(lat.len().saturating_sub(1));
        lat.get(idx).copied().unwrap_or_default()
    };
    println!(
        "{name}: {} ops in {:.2}s = {:.0} ops/s; latency p50 {:?} p99 {:?} max {:?}",
        lat.len(),
        elapsed.as_secs_f64(),
        lat.len() as f64 / elapsed.as_secs_f64(),
        pct(0.50),
        pct(0.99),
        lat.last().copied().unwrap_or_default(),
    );
}

async fn timed_tasks<F, Fut>(n: usize, dur: Duration, f: F) -> (Vec<Duration>, Duration)
where
    F: Fn(usize, u64) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let f = Arc::new(f);
    let start = Instant::now();
    let end = start + dur;
    let mut handles = Vec::new();
    for t in 0..n {
        let f = Arc::clone(&f);
        handles.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            let mut i = 0u64;
            while Instant::now() < end {
                let t0 = Instant::now();
                f(t, i).await;
                lat.push(t0.elapsed());
                i += 1;
            }
            lat
        }));
    }
    let mut all = Vec::new();
    for h in handles {
        all.extend(h.await.expect("bench task"));
    }
    (all, start.elapsed())
}

fn main() {
    let args = parse_args();
    let dir = match &args.dir {
        Some(d) => tempfile::tempdir_in(d),
        None => tempfile::tempdir_in("."),
    }
    .expect("temp dir");
    let path = dir.path().join("bench.db");
    let store = Arc::new(SqliteStore::open(&path).expect("open"));
    let dur = Duration::from_secs(args.seconds);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    println!(
        "store_bench: db {} | {} writers, {} readers, {}s per phase, {} cores",
        path.display(),
        args.writers,
        args.readers,
        args.seconds,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    rt.block_on(async {
        let value = vec![7u8; 128];
        let s = Arc::clone(&store);
        let (lat, elapsed) = timed_tasks(args.writers, dur, move |t, i| {
            let s = Arc::clone(&s);
            let value = value.clone();
            async move {
                // A realistic control-plane write: compare-and-put on a per-writer key set.
                let key = format!("bench/{t:02}/{:04}", i % 1000);
                s.txn(
                    Txn::new()
                        .when(vec![Compare::absent("bench/lock")])
                        .and_then(vec![Op::put(key, value)]),
                )
                .await
                .expect("txn");
            }
        })
        .await;
        report(
            &format!("durable txns ({} concurrent writers)", args.writers),
            lat,
            elapsed,
        );

        let s = Arc::clone(&store);
        let (lat, elapsed) = timed_tasks(1, dur.min(Duration::from_secs(2)), move |_, i| {
            let s = Arc::clone(&s);
            async move {
                let key = format!("bench/{:02}/{:04}", i % 32, i % 500);
                s.get(&key).await.expect("get");
            }
        })
        .await;
        report("point gets (1 caller)", lat, elapsed);

        let s = Arc::clone(&store);
        let (lat, elapsed) = timed_tasks(args.readers, dur, move |t, i| {
            let s = Arc::clone(&s);
            async move {
                let key = format!("bench/{:02}/{:04}", (t as u64 + i) % 32, i % 500);
                s.get(&key).await.expect("get");
            }
        })
        .await;
        report(
            &format!("point gets ({} concurrent readers)", args.readers),
            lat,
            elapsed,
        );
        store.close().await.expect("close");
    });
}
