//! Replays the decoder fuzz corpus (fuzz/corpus/logstore_decode), checks the seeds still decode
//! as the formats they stand for, and mutates them for a bounded number of cases, so corrupt
//! files are fuzzed in every `cargo test`. A panic fails the test.

use std::path::PathBuf;

use keel_logstore::fuzz::{self, Decoded};
use proptest::prelude::*;

fn corpus() -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/logstore_decode");
    let mut inputs: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("reading {}: {err}", dir.display()))
        .map(|entry| std::fs::read(entry.unwrap().path()).unwrap())
        .collect();
    inputs.sort();
    inputs
}

#[test]
fn corpus_replays_and_seeds_decode() {
    let inputs = corpus();
    assert!(inputs.len() >= 3, "corpus went missing: {}", inputs.len());
    let outcomes: Vec<Decoded> = inputs.iter().map(|i| fuzz::decode(i)).collect();
    assert!(
        outcomes
            .iter()
            .any(|o| matches!(o, Decoded::Segment { blocks, .. } if *blocks > 0)),
        "{outcomes:?}"
    );
    assert!(
        outcomes
            .iter()
            .any(|o| matches!(o, Decoded::Wal { records } if *records > 0)),
        "{outcomes:?}"
    );
    assert!(
        outcomes
            .iter()
            .any(|o| matches!(o, Decoded::Catalog { .. })),
        "{outcomes:?}"
    );
    // The seed builders produce what the corpus holds.
    assert_eq!(
        fuzz::decode(&fuzz::segment_seed(&["a", "b"])),
        Decoded::Segment {
            blocks: 1,
            events: 2
        }
    );
    assert_eq!(fuzz::decode(&fuzz::wal_seed()), Decoded::Wal { records: 3 });
    assert_eq!(
        fuzz::decode(&fuzz::catalog_seed()),
        Decoded::Catalog { streams: 1 }
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_seeds_never_panic(
        pick in any::<prop::sample::Index>(),
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
        cut in any::<prop::sample::Index>(),
        truncate in any::<bool>(),
    ) {
        let inputs = corpus();
        let mut input = inputs[pick.index(inputs.len())].clone();
        for (at, byte) in flips {
            if input.len() > 1 {
                let i = 1 + at.index(input.len() - 1);
                input[i] = byte;
            }
        }
        if truncate {
            input.truncate(cut.index(input.len() + 1));
        }
        let _ = fuzz::decode(&input);
    }

    #[test]
    fn random_bytes_never_panic(data in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = fuzz::decode(&data);
    }
}

/// Writes the seeds into the corpus directory (run by hand after a format change:
/// `cargo test -p keel-logstore --test fuzz_corpus write_seeds -- --ignored`).
#[test]
#[ignore = "writes the corpus seeds; run by hand after a format change"]
fn write_seeds() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/logstore_decode");
    std::fs::create_dir_all(&dir).unwrap();
    let seeds = [
        (
            "seed-segment",
            fuzz::segment_seed(&[
                "GET /index.html 200 512",
                "POST /api/v1/orders 201 88",
                "ERROR db timeout",
            ]),
        ),
        ("seed-wal", fuzz::wal_seed()),
        ("seed-catalog", fuzz::catalog_seed()),
        ("seed-segment-empty", fuzz::segment_seed(&[""])),
    ];
    for (name, data) in seeds {
        std::fs::write(dir.join(name), data).unwrap();
    }
}
