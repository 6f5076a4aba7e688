//! Decoder fuzz harness, shared by the cargo-fuzz target (`fuzz/fuzz_targets/logstore_decode.rs`)
//! and the corpus replay in `tests/fuzz_corpus.rs`.
//!
//! An input's first byte picks what the rest is decoded as: a segment file (header, block
//! headers, every block payload), a WAL file, or a catalog checkpoint. The property: whatever
//! the bytes, decoding returns data or an error; it never panics, and never allocates more
//! than the input can justify.

use crate::catalog::Checkpoint;
use crate::segment;
use crate::wal;

/// What one input decoded to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    Empty,
    /// Blocks whose payload decoded, and how many events they held.
    Segment {
        blocks: usize,
        events: usize,
    },
    Wal {
        records: usize,
    },
    Catalog {
        streams: usize,
    },
    Refused(String),
}

pub fn decode(data: &[u8]) -> Decoded {
    let Some((&kind, rest)) = data.split_first() else {
        return Decoded::Empty;
    };
    match kind % 3 {
        0 => match segment::scan(rest) {
            Err(err) => Decoded::Refused(err.to_string()),
            Ok(scanned) => {
                let mut blocks = 0;
                let mut events = 0;
                for (offset, meta) in &scanned.blocks {
                    if let Ok(run) = segment::read_block(rest, *offset, meta) {
                        blocks += 1;
                        events += run.events.len();
                        for e in &run.events {
                            let _ = run.message(e);
                        }
                    }
                }
                Decoded::Segment { blocks, events }
            }
        },
        1 => Decoded::Wal {
            records: wal::read_wal(rest).records.len(),
        },
        _ => match Checkpoint::decode(rest) {
            Ok(cp) => Decoded::Catalog {
                streams: cp.streams.len(),
            },
            Err(err) => Decoded::Refused(err.to_string()),
        },
    }
}

/// A valid segment input for seeding the corpus: `events` messages of one stream.
pub fn segment_seed(messages: &[&str]) -> Vec<u8> {
    let dir = tempdir_path();
    let seg = segment::SegmentFile::create(&dir, 1, &[]).expect("create segment");
    let mut run = crate::block::EventRun::default();
    for (i, m) in messages.iter().enumerate() {
        run.push(
            1_700_000_000_000 + i as i64,
            i as u64 + 1,
            1_700_000_000_100,
            m.as_bytes(),
        );
    }
    let (_, bytes) = crate::block::encode(1, &run, 3).expect("encode");
    seg.append(&bytes).expect("append");
    let mut out = vec![0u8];
    out.extend(std::fs::read(&seg.path).expect("read segment"));
    let _ = std::fs::remove_dir_all(&dir);
    out
}

/// A valid WAL input for seeding the corpus.
pub fn wal_seed() -> Vec<u8> {
    let mut out = vec![1u8];
    wal::WalRecord::CreateGroup {
        seq: 1,
        group: 1,
        key: "us-east-1:/app:1".into(),
    }
    .encode(&mut out);
    wal::WalRecord::CreateStream {
        seq: 2,
        group: 1,
        stream: 1,
        name: "web".into(),
        creation_time: 5,
    }
    .encode(&mut out);
    wal::encode_events(
        &mut out,
        3,
        1,
        9,
        &[(7, b"hello".as_slice()), (8, b"world".as_slice())],
    );
    out
}

fn tempdir_path() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "keel-logstore-seed-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A valid catalog input for seeding the corpus.
pub fn catalog_seed() -> Vec<u8> {
    let mut stats = crate::catalog::StreamStats::default();
    stats.record(7, 9, 5);
    let cp = Checkpoint {
        seq: 9,
        next_group: 2,
        next_stream: 2,
        groups: vec![crate::catalog::GroupEntry {
            id: 1,
            key: "us-east-1:/app:1".into(),
            expire_before: i64::MIN,
            expire_seq: 0,
        }],
        streams: vec![crate::catalog::StreamEntry {
            id: 1,
            group: 1,
            name: "web".into(),
            creation_time: 5,
            stats,
        }],
    };
    let mut out = vec![2u8];
    out.extend(cp.encode());
    out
}
