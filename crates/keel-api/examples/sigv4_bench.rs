//! Cost of verifying one SigV4-signed request (a DescribeTasks-sized body), per call.
//!
//! cargo run --release -p keel-api --example sigv4_bench -- [--iterations 200000]

use std::time::Instant;

use keel_api::sigv4::{Check, KeyStore, Secret, SignedParts, SigningKey, sign, verify};

struct Keys;
impl KeyStore for Keys {
    fn secret(&self, _: &str, _: Option<&str>) -> Option<Secret> {
        Some(Secret {
            secret_access_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".into(),
            session_token: None,
            expires_at_ms: None,
            caller: keel_api::Caller::root("000000000000", "AKIDEXAMPLE"),
        })
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut iterations: usize = 200_000;
    while let Some(arg) = args.next() {
        if arg == "--iterations" {
            iterations = args
                .next()
                .and_then(|v| v.parse().ok())
                .unwrap_or(iterations);
        }
    }
    let body = br#"{"cluster":"bench","tasks":["arn:aws:ecs:us-east-1:000000000000:task/bench/0123456789abcdef0123456789abcdef","arn:aws:ecs:us-east-1:000000000000:task/bench/0123456789abcdef0123456789abcdee"]}"#;
    let mut headers = http::HeaderMap::new();
    headers.insert("host", http::HeaderValue::from_static("127.0.0.1:5335"));
    headers.insert(
        "content-type",
        http::HeaderValue::from_static("application/x-amz-json-1.1"),
    );
    headers.insert(
        "x-amz-target",
        http::HeaderValue::from_static("AmazonEC2ContainerServiceV20141113.DescribeTasks"),
    );
    let now = keel_types::time::now_millis();
    sign(
        "POST",
        "/",
        None,
        &mut headers,
        body,
        &SigningKey {
            access_key_id: "AKIDEXAMPLE",
            secret_access_key: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            session_token: None,
            region: "us-east-1",
            service: "ecs",
        },
        now,
    );
    let parts = SignedParts {
        method: "POST",
        path: "/",
        query: None,
        headers: &headers,
        body,
    };
    let mut samples = Vec::with_capacity(iterations);
    for _ in 0..iterations {
        let started = Instant::now();
        let verified = verify(&parts, "ecs", &Keys, now, Check::Verify);
        samples.push(started.elapsed().as_nanos() as u64);
        assert!(verified.is_ok());
    }
    samples.sort_unstable();
    let pct = |p: f64| {
        samples[((samples.len() as f64 * p) as usize).min(samples.len() - 1)] as f64 / 1000.0
    };
    println!(
        "sigv4 verify: {iterations} calls, p50 {:.1} µs, p99 {:.1} µs, max {:.1} µs",
        pct(0.50),
        pct(0.99),
        samples[samples.len() - 1] as f64 / 1000.0
    );
}
