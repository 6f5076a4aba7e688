//! Replays the fuzz corpus (fuzz/corpus/ecs_request) through the request path, then mutates it
//! for a bounded number of cases so the stable test suite fuzzes too. Any panic or server error
//! fails the test; the harness is `keel_testkit::fuzz`.

use std::path::PathBuf;
use std::sync::OnceLock;

use keel_testkit::fuzz::{self, Outcome};
use proptest::prelude::*;

fn corpus() -> &'static [Vec<u8>] {
    static CORPUS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/ecs_request");
        let mut inputs: Vec<Vec<u8>> = std::fs::read_dir(&dir)
            .unwrap_or_else(|err| panic!("reading {}: {err}", dir.display()))
            .map(|entry| std::fs::read(entry.unwrap().path()).unwrap())
            .collect();
        inputs.sort();
        inputs
    })
}

#[test]
fn corpus_replays_without_server_errors() {
    let inputs = corpus();
    assert!(inputs.len() >= 30, "corpus went missing: {}", inputs.len());
    let outcomes: Vec<Outcome> = inputs.iter().map(|i| fuzz::ecs_request(i)).collect();
    // The corpus must reach the handlers, not only the decoder: its seeds include valid calls.
    let answered = outcomes.iter().filter(|o| **o == Outcome::Answered).count();
    assert!(
        answered >= 15,
        "only {answered} seeds were answered: {outcomes:?}"
    );
    assert!(
        outcomes
            .iter()
            .any(|o| *o == Outcome::Refused("SerializationException".into())),
        "the malformed seeds must be refused as such: {outcomes:?}"
    );
}

#[test]
fn every_operation_is_reachable_from_the_input_format() {
    let named = fuzz::split_input(b"RunTask\n{}").unwrap();
    assert_eq!(named, ("RunTask", &b"{}"[..]));
    let picked = fuzz::split_input(b"\x00{}").unwrap();
    assert_eq!(picked.1, b"\x00{}");
    assert!(fuzz::split_input(b"").is_none());
}

/// One edit to a corpus input.
#[derive(Clone, Debug)]
enum Mutation {
    Flip { at: usize, byte: u8 },
    Insert { at: usize, text: &'static str },
    Truncate { at: usize },
}

const FRAGMENTS: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "true",
    "-1",
    "0",
    "2147483648",
    "1e999",
    "\"\"",
    "\"x\"",
    "[]",
    "{}",
    "\\u0000",
    "\\ud800",
    "\"RUNNING\"",
    "\"arn:aws:ecs:::\"",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Flip { at, byte }),
        (any::<usize>(), prop::sample::select(FRAGMENTS))
            .prop_map(|(at, text)| Mutation::Insert { at, text }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

fn apply(mut input: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        match m {
            Mutation::Flip { at, byte } => {
                if !input.is_empty() {
                    let i = at % input.len();
                    input[i] = *byte;
                }
            }
            Mutation::Insert { at, text } => {
                let i = at % (input.len() + 1);
                input.splice(i..i, text.bytes());
            }
            Mutation::Truncate { at } => input.truncate(at % (input.len() + 1)),
        }
    }
    input
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 20_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_corpus_never_yields_a_server_error(
        pick in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let inputs = corpus();
        let input = apply(inputs[pick.index(inputs.len())].clone(), &mutations);
        fuzz::ecs_request(&input);
    }
}

#[test]
fn sigv4_corpus_replays_and_a_signed_seed_verifies() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/sigv4_request");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let data = std::fs::read(entry.unwrap().path()).unwrap();
        let _ = fuzz::sigv4_request(&data);
        count += 1;
    }
    assert!(count >= 2, "sigv4 corpus went missing");
    // A request signed for the harness's key verifies through the harness's input format.
    let mut headers = http::HeaderMap::new();
    headers.insert("host", http::HeaderValue::from_static("127.0.0.1:5335"));
    keel_api::sigv4::sign(
        "POST",
        "/",
        None,
        &mut headers,
        b"{}",
        &keel_api::sigv4::SigningKey {
            access_key_id: "AKIDEXAMPLE",
            secret_access_key: "secret",
            session_token: None,
            region: "us-east-1",
            service: "ecs",
        },
        1_440_938_160_000,
    );
    let line = |name: &str| {
        headers
            .get(name)
            .map(|v| v.as_bytes().to_vec())
            .unwrap_or_default()
    };
    let mut input = Vec::new();
    for part in [
        line("authorization"),
        line("x-amz-date"),
        Vec::new(),
        Vec::new(),
        b"/".to_vec(),
    ] {
        input.extend(part);
        input.push(b'\n');
    }
    input.extend(b"{}");
    assert_eq!(fuzz::sigv4_request(&input), Ok(()));
    input.push(b' ');
    assert_eq!(
        fuzz::sigv4_request(&input),
        Err(keel_api::sigv4::AuthError::Mismatch)
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5_000))]

    #[test]
    fn sigv4_never_panics(data in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = fuzz::sigv4_request(&data);
    }
}

fn read_corpus(name: &str) -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(name);
    let mut inputs: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("reading {}: {err}", dir.display()))
        .map(|entry| std::fs::read(entry.unwrap().path()).unwrap())
        .collect();
    inputs.sort();
    inputs
}

fn policy_corpus() -> &'static [Vec<u8>] {
    static CORPUS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    CORPUS.get_or_init(|| read_corpus("policy_document"))
}

fn query_corpus() -> &'static [Vec<u8>] {
    static CORPUS: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    CORPUS.get_or_init(|| read_corpus("query_request"))
}

#[test]
fn policy_corpus_parses_evaluates_and_refuses() {
    let inputs = policy_corpus();
    assert!(inputs.len() >= 10, "policy corpus went missing");
    let decisions: Vec<_> = inputs.iter().map(|i| fuzz::policy_document(i)).collect();
    assert!(
        decisions.iter().filter(|d| d.is_some()).count() >= 6,
        "the valid seeds must parse and be evaluated: {decisions:?}"
    );
    assert!(
        decisions.iter().any(Option::is_none),
        "the malformed seeds must be refused"
    );
}

#[test]
fn query_corpus_reaches_the_services() {
    let inputs = query_corpus();
    assert!(inputs.len() >= 10, "query corpus went missing");
    let outcomes: Vec<Outcome> = inputs.iter().map(|i| fuzz::query_request(i)).collect();
    let answered = outcomes.iter().filter(|o| **o == Outcome::Answered).count();
    assert!(
        answered >= 5,
        "only {answered} seeds were answered: {outcomes:?}"
    );
    assert!(
        outcomes
            .iter()
            .any(|o| *o == Outcome::Refused("ValidationError".into())),
        "the malformed seeds must be refused as such: {outcomes:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 3_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_policies_never_panic(
        pick in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let inputs = policy_corpus();
        let input = apply(inputs[pick.index(inputs.len())].clone(), &mutations);
        let _ = fuzz::policy_document(&input);
    }

    #[test]
    fn mutated_query_requests_never_yield_a_server_error(
        pick in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let inputs = query_corpus();
        let input = apply(inputs[pick.index(inputs.len())].clone(), &mutations);
        fuzz::query_request(&input);
    }
}

#[test]
fn insights_corpus_replays_and_mostly_compiles() {
    let inputs = read_corpus("insights_query");
    assert!(inputs.len() >= 15, "insights corpus went missing");
    let compiled = inputs.iter().filter(|i| fuzz::insights_query(i)).count();
    // The seeds hold valid queries and a few malformed ones, each of which must be refused.
    assert!(
        compiled >= 12,
        "only {compiled} of {} seeds compiled",
        inputs.len()
    );
    assert!(
        compiled < inputs.len(),
        "the malformed seeds must be refused"
    );
}

#[test]
fn filter_pattern_corpus_replays() {
    let inputs = read_corpus("filter_pattern");
    assert!(inputs.len() >= 8, "filter-pattern corpus went missing");
    let parsed = inputs.iter().filter(|i| fuzz::filter_pattern(i)).count();
    assert!(
        parsed >= 7 && parsed < inputs.len(),
        "{parsed} of {} parsed",
        inputs.len()
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_insights_corpus_never_panics(
        pick in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let inputs = read_corpus("insights_query");
        let input = apply(inputs[pick.index(inputs.len())].clone(), &mutations);
        fuzz::insights_query(&input);
    }

    #[test]
    fn mutated_filter_pattern_corpus_never_panics(
        pick in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let inputs = read_corpus("filter_pattern");
        let input = apply(inputs[pick.index(inputs.len())].clone(), &mutations);
        fuzz::filter_pattern(&input);
    }
}
