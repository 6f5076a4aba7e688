//! Throughput of the parser and evaluator alone (no store): events per second through a few
//! representative queries over generated JSON and text events held in memory.
//!
//! `cargo run --release -p keel-insights --example insights_bench -- [EVENTS]`

use std::time::Instant;

use keel_insights::{Event, Query};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2_000_000);
    let services = ["api", "web", "db", "auth"];
    let messages: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"level":"{}","service":"{}","latency":{},"path":"/api/v1/items/{}","user":"u{}","ok":true}}"#,
                if i % 20 == 0 { "ERROR" } else { "INFO" },
                services[i % 4],
                i % 997,
                i % 10_000,
                i % 313
            )
        })
        .collect();
    let bytes: usize = messages.iter().map(String::len).sum();
    println!(
        "{n} events, {:.1} MiB of messages, {:.0} bytes each",
        bytes as f64 / (1 << 20) as f64,
        bytes as f64 / n as f64
    );
    let t0 = 1_767_225_600_000i64;
    for query in [
        "stats count(*) by bin(1m)",
        r#"filter @message like "ERROR" | stats count(*) by bin(5m)"#,
        r#"filter level = "ERROR" | stats count(*), avg(latency), pct(latency, 99) by service"#,
        "fields @timestamp, @message | sort @timestamp desc | limit 20",
        r#"parse @message "\"latency\":*," as l | stats max(l) by bin(1h)"#,
    ] {
        let parse_start = Instant::now();
        let q = Query::parse(query).expect("query");
        let parse_time = parse_start.elapsed();
        let start = Instant::now();
        let mut run = q.run(None);
        for (i, m) in messages.iter().enumerate() {
            run.push(&Event {
                timestamp: t0 + i as i64 * 10,
                ingestion_time: t0,
                log_stream: "stream",
                log: "000000000000:bench",
                message: m,
                id: i as u128,
            });
        }
        let rows = run.results().rows.len();
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{query}\n  parse {:.1} µs; {:.2} M events/s, {:.0} MiB/s, {rows} rows",
            parse_time.as_secs_f64() * 1e6,
            n as f64 / secs / 1e6,
            bytes as f64 / secs / (1 << 20) as f64
        );
    }
}
