//! Replays the cluster query fuzz corpus (fuzz/corpus/cluster_query), then mutates it for a
//! bounded number of cases so the stable test suite fuzzes the parser too.

use std::path::PathBuf;

use proptest::prelude::*;

fn corpus() -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/cluster_query");
    let mut inputs: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("reading {}: {err}", dir.display()))
        .map(|entry| std::fs::read(entry.unwrap().path()).unwrap())
        .collect();
    inputs.sort();
    inputs
}

#[test]
fn corpus_replays() {
    let inputs = corpus();
    assert!(inputs.len() >= 15, "corpus went missing: {}", inputs.len());
    let parsed = inputs
        .iter()
        .filter(|i| keel_scheduler::Expr::parse(std::str::from_utf8(i).unwrap_or("")).is_ok())
        .count();
    // The seeds hold both valid expressions and refused ones.
    assert!(
        parsed >= 10 && parsed < inputs.len(),
        "{parsed} of {} parsed",
        inputs.len()
    );
    for input in &inputs {
        keel_scheduler::fuzz::cluster_query(input);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]
    #[test]
    fn mutated_corpus(pick in any::<prop::sample::Index>(), at in any::<prop::sample::Index>(),
                      insert in "[ -~]{0,6}", cut in any::<bool>()) {
        let inputs = corpus();
        let mut input = inputs[pick.index(inputs.len())].clone();
        let at = at.index(input.len() + 1);
        if cut { input.truncate(at) } else { input.splice(at..at, insert.bytes()); }
        keel_scheduler::fuzz::cluster_query(&input);
    }
}
