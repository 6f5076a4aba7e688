//! Cost of what the edge does per request before a service runs: SigV4 verification against
//! the identity directory plus, for an IAM user, building the condition keys and evaluating
//! its policies for every resource of a DescribeTasks of ten tasks. Measured for the root key
//! (verification only: root is not subject to policies) and for a user with five policies
//! (three inline, two managed; one with conditions, one with a deny).
//!
//! cargo run --release -p keel-iam --example authz_bench -- [--iterations 200000]

use std::sync::Arc;
use std::time::Instant;

use keel_api::access::{Access, Authorizer, condition_keys};
use keel_api::sigv4::{Check, SignedParts, SigningKey, sign, verify};
use keel_api::{Caller, RequestContext};
use keel_iam::{Identity, RootKey, SecretBox};
use keel_store::{MemoryStore, Store};
use keel_types::Scope;

// The binary's allocator, so the figures are the server's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ROOT: (&str, &str) = ("AKIAROOTBENCH0000000", "root-secret-for-the-bench");

fn percentile(sorted: &[u64], p: f64) -> f64 {
    let rank = ((sorted.len() as f64) * p).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1] as f64 / 1000.0
}

fn signed(body: &[u8], id: &str, secret: &str, now: i64) -> http::HeaderMap {
    let mut headers = http::HeaderMap::new();
    headers.insert("host", "127.0.0.1:5335".parse().unwrap());
    headers.insert(
        "content-type",
        "application/x-amz-json-1.1".parse().unwrap(),
    );
    headers.insert(
        "x-amz-target",
        "AmazonEC2ContainerServiceV20141113.DescribeTasks"
            .parse()
            .unwrap(),
    );
    sign(
        "POST",
        "/",
        None,
        &mut headers,
        body,
        &SigningKey {
            access_key_id: id,
            secret_access_key: secret,
            session_token: None,
            region: "us-east-1",
            service: "ecs",
        },
        now,
    );
    headers
}

fn main() {
    let mut iterations: usize = 200_000;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--iterations" {
            iterations = args
                .next()
                .and_then(|v| v.parse().ok())
                .unwrap_or(iterations);
        }
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (identity, user_key) = runtime.block_on(async {
        let store: Arc<dyn Store> = Arc::new(MemoryStore::new());
        let identity = Identity::with_secrets(
            store.clone(),
            Arc::new(SecretBox::random().unwrap()),
            "000000000000",
            Some(RootKey {
                access_key_id: ROOT.0.into(),
                secret_access_key: ROOT.1.into(),
            }),
            keel_types::time::system_clock(),
        )
        .await
        .unwrap();
        let key = setup_user(&identity).await;
        (identity, key)
    });
    let dir = identity.directory.clone();
    let tasks: Vec<String> = (0..10)
        .map(|i| format!("arn:aws:ecs:us-east-1:000000000000:task/bench/{i:032x}"))
        .collect();
    let body =
        serde_json::to_vec(&serde_json::json!({"cluster": "bench", "tasks": tasks})).unwrap();

    for (label, id, secret, authorize) in [
        (
            "root key: verify",
            ROOT.0.to_string(),
            ROOT.1.to_string(),
            false,
        ),
        (
            "IAM user, 5 policies: verify + authorize 10 resources",
            user_key.0.clone(),
            user_key.1.clone(),
            true,
        ),
    ] {
        let now = keel_types::time::now_millis();
        let headers = signed(&body, &id, &secret, now);
        let parts = SignedParts {
            method: "POST",
            path: "/",
            query: None,
            headers: &headers,
            body: &body,
        };
        let mut samples = Vec::with_capacity(iterations);
        let mut allowed = 0usize;
        for _ in 0..iterations {
            let start = Instant::now();
            let verified = verify(&parts, "ecs", dir.as_ref(), now, Check::Verify).unwrap();
            if authorize {
                let mut ctx = RequestContext::new("b", Scope::new("000000000000", "us-east-1"));
                ctx.received_at_ms = now;
                ctx.source_ip = Some("127.0.0.1".parse().unwrap());
                ctx.caller = Some(verified.caller.clone());
                let access = Access::new("ecs:DescribeTasks")
                    .on_each(tasks.iter().cloned())
                    .with(
                        "ecs:cluster",
                        "arn:aws:ecs:us-east-1:000000000000:cluster/bench",
                    );
                let keys = || condition_keys(&ctx, false, &access);
                if dir.authorize(&verified.caller, &access, &keys).is_ok() {
                    allowed += 1;
                }
            }
            samples.push(start.elapsed().as_nanos() as u64);
        }
        assert!(
            !authorize || allowed == iterations,
            "the user must be allowed"
        );
        samples.sort_unstable();
        println!(
            "{label}: {iterations} iterations, p50 {:.1} µs, p99 {:.1} µs, max {:.1} µs",
            percentile(&samples, 0.50),
            percentile(&samples, 0.99),
            percentile(&samples, 1.0)
        );
    }
}

/// A user with AmazonECS_FullAccess and ReadOnlyAccess attached, plus three inline policies:
/// one conditioned on the source address and region, one denying StopTask on a cluster, one
/// allowing logs under a prefix.
async fn setup_user(identity: &Identity) -> (String, String) {
    use keel_api::QueryService;
    let mut ctx = RequestContext::new("setup", Scope::new("000000000000", "us-east-1"));
    ctx.caller = Some(Caller::root("000000000000", ROOT.0));
    let call = |op: &'static str, input: serde_json::Value| {
        let ctx = ctx.clone();
        let iam = identity.iam.clone();
        async move { iam.call(&ctx, op, input).await.unwrap() }
    };
    call("CreateUser", serde_json::json!({"UserName": "bench"})).await;
    for arn in [
        "arn:aws:iam::aws:policy/AmazonECS_FullAccess",
        "arn:aws:iam::aws:policy/ReadOnlyAccess",
    ] {
        call(
            "AttachUserPolicy",
            serde_json::json!({"UserName": "bench", "PolicyArn": arn}),
        )
        .await;
    }
    let inline = [
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ecs:Describe*","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"127.0.0.0/8"},"StringEquals":{"aws:RequestedRegion":"us-east-1"}}}]}"#,
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ecs:StopTask","Resource":"*","Condition":{"ArnEquals":{"ecs:cluster":"arn:aws:ecs:us-east-1:000000000000:cluster/prod"}}}]}"#,
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"arn:aws:logs:*:*:log-group:/bench/*"}]}"#,
    ];
    for (i, doc) in inline.iter().enumerate() {
        call(
            "PutUserPolicy",
            serde_json::json!({"UserName": "bench", "PolicyName": format!("p{i}"), "PolicyDocument": doc}),
        )
        .await;
    }
    let key = call("CreateAccessKey", serde_json::json!({"UserName": "bench"})).await;
    (
        key["AccessKey"]["AccessKeyId"]
            .as_str()
            .unwrap()
            .to_string(),
        key["AccessKey"]["SecretAccessKey"]
            .as_str()
            .unwrap()
            .to_string(),
    )
}
