//! Benchmarks the event store alone: durable ingest of ~200-byte access/app log lines into one
//! group of 100 streams, the compression ratio, GetLogEvents-style reads of one stream's last
//! 15 minutes, and a filtered scan of the group.
//!
//! ```sh
//! cargo run --release -p keel-logstore --example logstore_bench -- --dir /var/tmp/lsbench --gib 2
//! ```
//!
//! CPU time is read from /proc/self/stat and peak memory from /proc/self/status (Linux).

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use keel_logstore::{
    Direction, LogStore, LogStoreOptions, NewEvent, ScanRequest, StreamFilter, StreamOrder,
};

const GROUP: &str = "us-east-1:/bench/app:1";
const STREAMS: usize = 100;
const BATCH: usize = 1000;

struct Args {
    dir: PathBuf,
    gib: f64,
    writers: usize,
    /// Hours of event time the data spans.
    hours: i64,
    queries: usize,
    keep: bool,
    /// Overrides of the store's block size (KiB) and zstd level.
    block_kib: Option<usize>,
    level: Option<i32>,
    /// Reads a store an earlier `--keep` run left, without ingesting.
    reuse: bool,
    /// Writes ~12 MB of one stream's lines (concatenated, as a block holds them) to this file
    /// and exits: for trying compressors on the same data.
    dump: Option<PathBuf>,
}

fn args() -> Args {
    let mut a = Args {
        dir: PathBuf::from("/var/tmp/keel-logstore-bench"),
        gib: 1.0,
        writers: 8,
        hours: 24,
        queries: 500,
        keep: false,
        block_kib: None,
        level: None,
        reuse: false,
        dump: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().expect("flag value");
        match flag.as_str() {
            "--dir" => a.dir = PathBuf::from(value()),
            "--gib" => a.gib = value().parse().expect("--gib"),
            "--writers" => a.writers = value().parse().expect("--writers"),
            "--hours" => a.hours = value().parse().expect("--hours"),
            "--queries" => a.queries = value().parse().expect("--queries"),
            "--keep" => a.keep = true,
            "--reuse" => a.reuse = true,
            "--dump" => a.dump = Some(PathBuf::from(value())),
            "--block-kib" => a.block_kib = Some(value().parse().expect("--block-kib")),
            "--level" => a.level = Some(value().parse().expect("--level")),
            other => panic!("unknown flag {other}"),
        }
    }
    a
}

/// xorshift64*: fast, deterministic, good enough for synthetic logs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const PATHS: &[&str] = &[
    "/",
    "/index.html",
    "/api/v1/orders",
    "/api/v1/orders/{id}",
    "/api/v1/users/{id}/cart",
    "/static/app.js",
    "/static/app.css",
    "/healthz",
    "/api/v1/search?q=shoes",
    "/login",
];
const METHODS: &[&str] = &["GET", "GET", "GET", "POST", "PUT", "DELETE"];
const STATUS: &[&str] = &[
    "200", "200", "200", "200", "201", "204", "304", "400", "404", "500",
];
const AGENTS: &[&str] = &[
    "Mozilla/5.0 (X11; Linux x86_64) Firefox/121.0",
    "curl/8.5.0",
    "kube-probe/1.29",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) Safari/605.1.15",
];
const LEVELS: &[&str] = &["INFO", "INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"];
const MESSAGES: &[&str] = &[
    "request completed",
    "cache miss, loading from database",
    "payment authorised",
    "retrying upstream call",
    "connection pool exhausted",
    "order placed",
];

/// One access-log or application-log line of about 200 bytes.
fn line(rng: &mut Rng, ts_ms: i64) -> String {
    let secs = ts_ms / 1000;
    let (h, m, s) = ((secs / 3600) % 24, (secs / 60) % 60, secs % 60);
    let id = rng.below(100_000);
    if rng.below(2) == 0 {
        format!(
            "10.{}.{}.{} - - [01/Dec/2026:{h:02}:{m:02}:{s:02} +0000] \"{} {} HTTP/1.1\" {} {} \"https://shop.example.com{}\" \"{}\" rt={}.{:03} uct=0.{:03} upstream=10.0.{}.{}:8080",
            rng.below(256),
            rng.below(256),
            rng.below(256),
            rng.pick(METHODS),
            rng.pick(PATHS).replace("{id}", &id.to_string()),
            rng.pick(STATUS),
            rng.below(50_000),
            rng.pick(PATHS).replace("{id}", &id.to_string()),
            rng.pick(AGENTS),
            rng.below(2),
            rng.below(1000),
            rng.below(1000),
            rng.below(4),
            rng.below(256),
        )
    } else {
        format!(
            "{{\"time\":\"2026-12-01T{h:02}:{m:02}:{s:02}.{:03}Z\",\"level\":\"{}\",\"service\":\"checkout\",\"msg\":\"{}\",\"request_id\":\"{:016x}\",\"trace_id\":\"{:016x}{:08x}\",\"user\":{id},\"duration_ms\":{}}}",
            ts_ms % 1000,
            rng.pick(LEVELS),
            rng.pick(MESSAGES),
            rng.next(),
            rng.next(),
            rng.below(1 << 32),
            rng.below(2000),
        )
    }
}

/// User + system CPU seconds of this process.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // Fields 14 and 15 of stat (utime, stime) are 11 and 12 after the command name.
    (ticks(11) + ticks(12)) / 100.0
}

fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn dir_bytes(path: &std::path::Path) -> u64 {
    let mut total = 0;
    if let Ok(entries) = std::fs::read_dir(path) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                total += dir_bytes(&p);
            } else if let Ok(m) = e.metadata() {
                total += m.len();
            }
        }
    }
    total
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let args = args();
    if let Some(path) = &args.dump {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut out = String::new();
        let mut ts = 1_796_000_000_000i64 - 86_400_000;
        while out.len() < 12 << 20 {
            ts += 1_600;
            out.push_str(&line(&mut rng, ts));
        }
        std::fs::write(path, out).expect("dump");
        return;
    }
    if !args.reuse {
        let _ = std::fs::remove_dir_all(&args.dir);
    }
    let mut options = LogStoreOptions::default();
    if let Some(kib) = args.block_kib {
        options.block_bytes = kib << 10;
    }
    if let Some(level) = args.level {
        options.compression_level = level;
    }
    println!(
        "store: blocks of {} KiB, zstd level {}",
        options.block_bytes >> 10,
        options.compression_level
    );
    let store = Arc::new(LogStore::open(&args.dir, options).expect("open"));
    let span_ms = args.hours * 3_600_000;
    let now = 1_796_000_000_000i64;
    let raw = if args.reuse {
        let (streams, _) = store.list_streams(GROUP, "", StreamOrder::NameAscending, None, 1000);
        let raw: u64 = streams
            .iter()
            .map(|s| s.stats.ingested_bytes - 26 * s.stats.event_count)
            .sum();
        println!(
            "reusing {:.0} MiB of messages in {}",
            raw as f64 / (1u64 << 20) as f64,
            args.dir.display()
        );
        raw as f64
    } else {
        ingest(&args, &store, span_ms, now)
    };
    read(&args, &store, raw, span_ms, now);
    store.close_blocking().expect("close");
    if !args.keep {
        let _ = std::fs::remove_dir_all(&args.dir);
    }
}

/// Durable ingest of about `--gib` of lines; returns the message bytes written.
fn ingest(args: &Args, store: &Arc<LogStore>, span_ms: i64, now: i64) -> f64 {
    let target_bytes = (args.gib * (1u64 << 30) as f64) as u64;
    let avg_line = 200u64;
    let total_events = target_bytes / avg_line;
    let base = now - span_ms;
    let produced = Arc::new(AtomicU64::new(0));
    let raw_bytes = Arc::new(AtomicU64::new(0));
    let next_event = Arc::new(AtomicU64::new(0));

    println!(
        "ingest: {:.2} GiB of ~200-byte lines, {STREAMS} streams, {} writers, batches of {BATCH}, durable",
        args.gib, args.writers
    );
    let cpu0 = cpu_seconds();
    let started = Instant::now();
    let mut latencies = Vec::new();
    let handles: Vec<_> = (0..args.writers)
        .map(|w| {
            let store = store.clone();
            let produced = produced.clone();
            let raw_bytes = raw_bytes.clone();
            let next_event = next_event.clone();
            std::thread::spawn(move || {
                let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (w as u64 + 1));
                let mut lat = Vec::new();
                loop {
                    let first = next_event.fetch_add(BATCH as u64, Ordering::Relaxed);
                    if first >= total_events {
                        return lat;
                    }
                    // Batch b holds stream b % 100's share of the next 100 batches' time range,
                    // so every stream has events all along the span.
                    let b = first / BATCH as u64;
                    let s = b % STREAMS as u64;
                    let round = b / STREAMS as u64;
                    let stream = format!("web/{s:03}");
                    let mut bytes = 0u64;
                    let events: Vec<NewEvent> = (0..BATCH as u64)
                        .map(|k| {
                            let global = round * (STREAMS * BATCH) as u64 + k * STREAMS as u64 + s;
                            let ts = base
                                + (global as i128 * span_ms as i128 / total_events as i128) as i64;
                            let message = line(&mut rng, ts);
                            bytes += message.len() as u64;
                            NewEvent {
                                timestamp: ts,
                                message,
                            }
                        })
                        .collect();
                    let t = Instant::now();
                    store
                        .append_blocking(GROUP, &stream, Some(base), now, events)
                        .expect("append");
                    lat.push(t.elapsed());
                    produced.fetch_add(BATCH as u64, Ordering::Relaxed);
                    raw_bytes.fetch_add(bytes, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for h in handles {
        latencies.extend(h.join().expect("writer"));
    }
    let elapsed = started.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu0;
    let raw = raw_bytes.load(Ordering::Relaxed) as f64;
    let mib = raw / (1u64 << 20) as f64;
    latencies.sort();
    println!(
        "  {} events, {mib:.0} MiB in {elapsed:.1} s: {:.1} MiB/s, {:.0} events/s; CPU {cpu:.1} s = {:.1} MiB/s per core; append p50 {:.1} ms p99 {:.1} ms; peak RSS {:.0} MiB; buffered now {:.1} MiB",
        produced.load(Ordering::Relaxed),
        mib / elapsed,
        produced.load(Ordering::Relaxed) as f64 / elapsed,
        mib / cpu,
        percentile(&latencies, 0.5).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        peak_rss_mib(),
        store.buffered_bytes() as f64 / (1u64 << 20) as f64,
    );

    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("rt");
    rt.block_on(store.checkpoint()).expect("checkpoint");
    let segments = dir_bytes(&args.dir.join("groups"));
    println!(
        "compression: {mib:.0} MiB of messages in {:.0} MiB of segments: {:.1}x",
        segments as f64 / (1u64 << 20) as f64,
        raw / segments as f64
    );
    raw
}

/// The reads: GetLogEvents-style and a filtered scan.
fn read(args: &Args, store: &LogStore, raw: f64, span_ms: i64, now: i64) {
    // GetLogEvents' default read: the newest events of one stream in the last 15 minutes,
    // at most 10,000 or 1 MB.
    let mut rng = Rng(42);
    let mut times = Vec::with_capacity(args.queries);
    let mut returned = 0usize;
    for _ in 0..args.queries {
        let stream = format!("web/{:03}", rng.below(STREAMS as u64));
        let t = Instant::now();
        let mut bytes = 0usize;
        let mut n = 0usize;
        for e in store.scan(
            ScanRequest::new(vec![GROUP.into()], now - 15 * 60_000, now)
                .streams(StreamFilter::Names(vec![stream]))
                .direction(Direction::Descending),
        ) {
            bytes += e.message.len() + 26;
            n += 1;
            if n >= 10_000 || bytes > 1_048_576 {
                break;
            }
        }
        times.push(t.elapsed());
        returned += n;
    }
    times.sort();
    println!(
        "get last 15 min of one stream ({} queries, {:.0} events each): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        args.queries,
        returned as f64 / args.queries as f64,
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );

    // FilterLogEvents-style scan of the whole group (up to 1 GiB of raw events) for a term.
    let window_ms =
        ((1u64 << 30) as f64 / raw.max(1.0) * span_ms as f64).min(span_ms as f64) as i64;
    let t = Instant::now();
    let cpu0 = cpu_seconds();
    let mut scan = store.scan(
        ScanRequest::new(vec![GROUP.into()], now - window_ms, now)
            .prefilter(Arc::new(|m: &str| m.contains("user\":4242,"))),
    );
    let matches = scan.by_ref().count();
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu0;
    let scanned = scan.scanned_bytes() as f64 / (1u64 << 20) as f64;
    println!(
        "filter a term over {scanned:.0} MiB of the group: {matches} matches in {secs:.2} s = {:.0} MiB/s scanned; CPU {cpu:.2} s = {:.0} MiB/s per core",
        scanned / secs,
        scanned / cpu
    );
}
