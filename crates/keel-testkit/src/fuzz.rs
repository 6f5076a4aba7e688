//! The request-decoder fuzz harness, shared by the cargo-fuzz target (`fuzz/`) and the corpus
//! replay test that runs with the ordinary test suite.
//!
//! An input is `Operation\n<body bytes>`. When the first line is not an ECS operation name, the
//! first byte picks one and the whole input is the body, so the fuzzer reaches every operation.
//! The request takes the exact path the edge gives it after reading the body, against an
//! in-memory store, with response checking on.
//!
//! The property: whatever the bytes, the answer is a response that matches the model or a
//! client error. A panic or a server error (500) is a bug.

use std::sync::{Arc, OnceLock};

use keel_api::{ErrorKind, JsonService, RequestContext};
use keel_control::ecs::EcsService;
use keel_control::{ControlConfig, ControlPlane};
use keel_store::MemoryStore;
use keel_types::Scope;

struct Harness {
    runtime: tokio::runtime::Runtime,
    service: Arc<EcsService>,
}

fn harness() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("tokio runtime");
        let store = runtime.block_on(async { Arc::new(MemoryStore::new()) });
        let cp = ControlPlane::new(store, ControlConfig::default());
        Harness {
            runtime,
            service: EcsService::new(cp),
        }
    })
}

/// Splits an input into the operation and the body, as described in the module docs.
pub fn split_input(data: &[u8]) -> Option<(&'static str, &[u8])> {
    let operations = &keel_awsmodel::ecs::MODEL.operations;
    if operations.is_empty() {
        return None;
    }
    if let Some(newline) = data.iter().position(|b| *b == b'\n')
        && let Ok(name) = std::str::from_utf8(&data[..newline])
        && let Some(op) = operations.iter().find(|op| op.name == name)
    {
        return Some((op.name, &data[newline + 1..]));
    }
    let pick = usize::from(*data.first()?) % operations.len();
    Some((operations[pick].name, data))
}

/// What one input came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Empty input: nothing to send.
    Skipped,
    Answered,
    /// A client error, with its code.
    Refused(String),
}

/// Runs one input. Panics (which is what a fuzzer reports) on a server error.
pub fn ecs_request(data: &[u8]) -> Outcome {
    let Some((operation, body)) = split_input(data) else {
        return Outcome::Skipped;
    };
    let harness = harness();
    let ctx = RequestContext::new("fuzz", Scope::new("000000000000", "us-east-1"));
    let service: &dyn JsonService = harness.service.as_ref();
    let result = harness
        .runtime
        .block_on(keel_api::handle_json(service, true, &ctx, operation, body));
    match result {
        Ok(_) => Outcome::Answered,
        Err(err) => {
            assert!(
                err.kind != ErrorKind::Server,
                "{operation} answered a server error for {:?}: {} {}",
                String::from_utf8_lossy(body),
                err.code,
                err.message
            );
            Outcome::Refused(err.code)
        }
    }
}

/// The SigV4 verifier on arbitrary input. The input's lines are: the `Authorization` header,
/// `X-Amz-Date`, `X-Amz-Content-Sha256`, the query string, the path; the rest is the body.
/// Whatever they hold, verification answers (almost always an error) and never panics.
pub fn sigv4_request(data: &[u8]) -> Result<(), keel_api::sigv4::AuthError> {
    use keel_api::sigv4::{Check, KeyStore, Secret, SignedParts, verify};

    struct OneKey;
    impl KeyStore for OneKey {
        fn secret(&self, access_key_id: &str, _: Option<&str>) -> Option<Secret> {
            (access_key_id == "AKIDEXAMPLE").then(|| Secret {
                secret_access_key: "secret".into(),
                session_token: None,
                expires_at_ms: None,
                caller: keel_api::Caller::root("000000000000", "AKIDEXAMPLE"),
            })
        }
    }

    let mut fields = data.splitn(6, |b| *b == b'\n');
    let mut next = || fields.next().unwrap_or_default();
    let (auth, date, sha, query, path) = (next(), next(), next(), next(), next());
    let body = next();
    let mut headers = http::HeaderMap::new();
    headers.insert("host", http::HeaderValue::from_static("127.0.0.1:5335"));
    for (name, value) in [
        ("authorization", auth),
        ("x-amz-date", date),
        ("x-amz-content-sha256", sha),
    ] {
        if !value.is_empty()
            && let Ok(v) = http::HeaderValue::from_bytes(value)
        {
            headers.insert(name, v);
        }
    }
    let query = std::str::from_utf8(query).ok().filter(|q| !q.is_empty());
    let path = std::str::from_utf8(path).unwrap_or("/");
    let parts = SignedParts {
        method: "POST",
        path,
        query,
        headers: &headers,
        body,
    };
    // The documentation's example time, so dates near it get past the clock check.
    let now = 1_440_938_160_000;
    verify(&parts, "ecs", &OneKey, now, Check::Verify).map(|_| ())
}

/// IAM policy documents on arbitrary input. The first byte picks the kind of policy
/// (identity, trust, resource); the rest is the document. A document that parses is then
/// evaluated, and used as a trust policy, against requests made from its own strings, so
/// the evaluator sees actions, resources and condition values that come close to matching.
/// Parsing and evaluation must answer (almost always a rejection) and never panic.
pub fn policy_document(data: &[u8]) -> Option<keel_policy::Decision> {
    use keel_policy::{PolicyDocument, PolicyKind, Request};

    let (&kind, rest) = data.split_first()?;
    let text = std::str::from_utf8(rest).ok()?;
    let kind = match kind % 3 {
        0 => PolicyKind::Identity,
        1 => PolicyKind::Trust,
        _ => PolicyKind::Resource,
    };
    let doc = match PolicyDocument::parse_as(text, kind) {
        Ok(doc) => doc,
        Err(err) => {
            assert_eq!(err.code(), "MalformedPolicyDocument");
            assert!(!err.message().is_empty());
            return None;
        }
    };
    // Strings of the document itself make the likeliest actions, resources and values.
    let words: Vec<&str> = text
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|w| w.len() < 200)
        .collect();
    let pick = |i: usize, default: &'static str| words.get(i).copied().unwrap_or(default);
    let mut request = Request::new(
        pick(0, "arn:aws:iam::000000000000:user/alice"),
        "000000000000",
        pick(1, "ecs:StopTask"),
        pick(2, "*"),
    );
    for (i, key) in [
        "aws:SourceIp",
        "aws:username",
        "aws:CurrentTime",
        "aws:EpochTime",
        "ecs:cluster",
        "aws:RequestedRegion",
    ]
    .iter()
    .enumerate()
    {
        request = request.with_context(*key, pick(3 + i, "x"));
    }
    let decision = keel_policy::evaluate(&[&doc], &request).decision;
    let _ = keel_policy::trust_evaluation(&doc, &request);
    let _ = keel_policy::trust_names_caller(&doc, &request);
    Some(decision)
}

struct QueryHarness {
    runtime: tokio::runtime::Runtime,
    iam: Arc<keel_iam::IamService>,
    sts: Arc<keel_iam::StsService>,
}

fn query_harness() -> &'static QueryHarness {
    static HARNESS: OnceLock<QueryHarness> = OnceLock::new();
    HARNESS.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("tokio runtime");
        // The directory follows the store from a task on this runtime.
        let identity = runtime.block_on(async {
            let store: Arc<dyn keel_store::Store> = Arc::new(MemoryStore::new());
            keel_iam::Identity::with_secrets(
                store,
                Arc::new(keel_iam::SecretBox::from_key([7; 32])),
                "000000000000",
                None,
                keel_types::time::system_clock(),
            )
            .await
            .expect("identity")
        });
        QueryHarness {
            runtime,
            iam: identity.iam,
            sts: identity.sts,
        }
    })
}

/// The awsQuery decoder and the IAM and STS services on arbitrary form bodies. The first byte
/// picks the service (STS when it is a multiple of four, else IAM), the rest is the body; the
/// body's `Action` picks the operation (a byte of the input does when it names none);
/// the form is decoded into the operation's input shape, validated, run as the root caller
/// against an in-memory store, and the answer written as XML. Whatever the bytes, the answer
/// is a response or a client error; a panic or a server error is a bug.
pub fn query_request(data: &[u8]) -> Outcome {
    use keel_api::QueryService;

    let Some(&first) = data.first() else {
        return Outcome::Skipped;
    };
    let harness = query_harness();
    let (service, model): (&dyn QueryService, &'static keel_awsmodel::ServiceModel) =
        if first % 4 == 0 {
            (harness.sts.as_ref(), &keel_awsmodel::sts::MODEL)
        } else {
            (harness.iam.as_ref(), &keel_awsmodel::iam::MODEL)
        };
    let form = keel_api::query::parse_form(&data[1..]);
    let operation = match form.action.as_deref() {
        Some(op) if model.operation(op).is_some() => op.to_string(),
        _ => {
            let ops = model.operations;
            ops[usize::from(data[data.len() / 2]) % ops.len()]
                .name
                .to_string()
        }
    };
    let mut ctx = RequestContext::new("fuzz", Scope::new("000000000000", "us-east-1"));
    ctx.caller = Some(keel_api::Caller::root("000000000000", "AKIAFUZZ"));
    let input = match keel_api::query::decode_input(model, &operation, &form.params) {
        Ok(input) => input,
        Err(err) => {
            assert!(err.kind != ErrorKind::Server, "{err}");
            return Outcome::Refused(err.code);
        }
    };
    if let Err(err) = keel_awsmodel::validate::validate_input(model, &operation, &input) {
        return Outcome::Refused(match err {
            keel_awsmodel::validate::ValidationError::Serialization { .. } => {
                "SerializationException".into()
            }
            keel_awsmodel::validate::ValidationError::Constraints(_) => "ValidationError".into(),
        });
    }
    let result = harness.runtime.block_on(async {
        let _ = service.access(&ctx, &operation, &input).await;
        service.call(&ctx, &operation, input).await
    });
    match result {
        Ok(output) => {
            if let Err(problems) = keel_awsmodel::validate::check_output(model, &operation, &output)
            {
                panic!("{operation} answered off-model: {problems:?}");
            }
            let xml = keel_api::query::encode_output(model, &operation, &output, "fuzz");
            assert!(xml.contains(&format!("<{operation}Response")));
            Outcome::Answered
        }
        Err(err) => {
            assert!(
                err.kind != ErrorKind::Server,
                "{operation} answered a server error for {:?}: {} {}",
                String::from_utf8_lossy(data),
                err.code,
                err.message
            );
            let xml = keel_api::query::encode_error(model, &err, "fuzz");
            assert!(xml.contains("<ErrorResponse"));
            Outcome::Refused(err.code)
        }
    }
}

/// A few log events for the query fuzz target to run over: JSON (nested, arrays, nulls), plain
/// text, empty.
const QUERY_EVENTS: &[&str] = &[
    r#"{"a":1,"b":{"c":"x","d":[1,2,{"e":null}]},"level":"ERROR","@x":true}"#,
    "10.0.0.1 GET /api/users/7 500 12ms",
    "",
    "a=1 b=2 latency := 30",
    r#"{"a":"2","msg":"line\nbreak é"}"#,
];

/// The Logs Insights parser and evaluator on arbitrary bytes (as UTF-8, lossily): a query
/// either fails to compile with a position inside it, or runs over [`QUERY_EVENTS`] and
/// prints as text that parses back to the same commands. Returns whether it compiled.
pub fn insights_query(data: &[u8]) -> bool {
    let text = String::from_utf8_lossy(data);
    let query = match keel_insights::Query::parse(&text) {
        Ok(q) => q,
        Err(err) => {
            let len = text.chars().count();
            assert!(
                err.start() <= err.end() && err.end() <= len,
                "error span {}..{} outside a query of {len} characters: {text:?}",
                err.start(),
                err.end()
            );
            return false;
        }
    };
    let printed = query.to_string();
    let again = keel_insights::Query::parse(&printed)
        .unwrap_or_else(|err| panic!("{text:?} printed as {printed:?}, which fails: {err}"));
    assert_eq!(
        again.commands(),
        query.commands(),
        "{text:?} printed as {printed:?}"
    );
    let mut run = query.run_with_budget(Some(100), 1 << 20);
    for (i, message) in QUERY_EVENTS.iter().enumerate() {
        run.push(&keel_insights::Event {
            timestamp: 1_700_000_000_000 + i as i64 * 45_000,
            ingestion_time: 1_700_000_000_000,
            log_stream: "stream",
            log: "000000000000:group",
            message,
            id: i as u128,
        });
    }
    let results = run.results();
    assert!(results.rows.len() <= 100);
    true
}

/// The filter-pattern parser and matcher on arbitrary bytes: the first line is the pattern,
/// the rest a message. Parsing either fails with a position inside the pattern or gives a
/// pattern that matches and extracts without panicking. Returns whether it parsed.
pub fn filter_pattern(data: &[u8]) -> bool {
    let text = String::from_utf8_lossy(data);
    let (pattern, message) = text.split_once('\n').unwrap_or((&text, ""));
    match keel_logpattern::Pattern::parse(pattern) {
        Ok(p) => {
            let matched = p.matches(message);
            if let Some(m) = p.match_event(message) {
                let _ = m.extracted_values();
                let _ = m.value("$.a");
                let _ = m.value("$1");
            }
            let _ = p.extract(message, "$.a");
            let _ = matched;
            true
        }
        Err(err) => {
            assert!(
                err.position() <= pattern.len(),
                "error position {} past a pattern of {} bytes",
                err.position(),
                pattern.len()
            );
            false
        }
    }
}
