//! The write-ahead log: every change is a CRC-framed record here, fsynced before it is
//! acknowledged. Files are `wal/<first seq, 16 hex digits>.wal`; a checkpoint (see
//! [`crate::catalog`]) makes every file before the current one unnecessary, and they are
//! deleted.
//!
//! Each record carries the sequence number(s) it consumed. Sequence numbers are the store's
//! one clock: events are ordered by (timestamp, seq) and recovery skips what a checkpoint or a
//! sealed block already holds.

use crate::codec::{self, Corrupt, Frame, Reader, Writer};

/// Largest record body: a batch of events is at most a few MiB.
pub const MAX_RECORD: usize = 64 << 20;

const CREATE_GROUP: u8 = 1;
const CREATE_STREAM: u8 = 2;
const EVENTS: u8 = 3;
const DELETE_STREAM: u8 = 4;
const DELETE_GROUP: u8 = 5;
const EXPIRE: u8 = 6;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WalRecord {
    CreateGroup {
        seq: u64,
        group: u64,
        key: String,
    },
    CreateStream {
        seq: u64,
        group: u64,
        stream: u64,
        name: String,
        creation_time: i64,
    },
    /// Events of one stream; they take sequence numbers `first_seq..first_seq + events.len()`.
    Events {
        first_seq: u64,
        stream: u64,
        ingestion_time: i64,
        events: Vec<(i64, Vec<u8>)>,
    },
    DeleteStream {
        seq: u64,
        stream: u64,
    },
    DeleteGroup {
        seq: u64,
        group: u64,
    },
    /// Events of the group older than `before` are gone.
    Expire {
        seq: u64,
        group: u64,
        before: i64,
    },
}

impl WalRecord {
    /// The last sequence number the record consumed.
    pub fn last_seq(&self) -> u64 {
        match self {
            Self::CreateGroup { seq, .. }
            | Self::CreateStream { seq, .. }
            | Self::DeleteStream { seq, .. }
            | Self::DeleteGroup { seq, .. }
            | Self::Expire { seq, .. } => *seq,
            Self::Events {
                first_seq, events, ..
            } => first_seq + events.len() as u64 - 1,
        }
    }

    /// Appends the record as one frame.
    pub fn encode(&self, out: &mut Vec<u8>) {
        let mut w = Writer::default();
        match self {
            Self::CreateGroup { seq, group, key } => {
                w.u8(CREATE_GROUP);
                w.varint(*seq);
                w.varint(*group);
                w.bytes(key.as_bytes());
            }
            Self::CreateStream {
                seq,
                group,
                stream,
                name,
                creation_time,
            } => {
                w.u8(CREATE_STREAM);
                w.varint(*seq);
                w.varint(*group);
                w.varint(*stream);
                w.bytes(name.as_bytes());
                w.zigzag(*creation_time);
            }
            Self::Events {
                first_seq,
                stream,
                ingestion_time,
                events,
            } => {
                let refs: Vec<(i64, &[u8])> =
                    events.iter().map(|(t, m)| (*t, m.as_slice())).collect();
                encode_events(out, *first_seq, *stream, *ingestion_time, &refs);
                return;
            }
            Self::DeleteStream { seq, stream } => {
                w.u8(DELETE_STREAM);
                w.varint(*seq);
                w.varint(*stream);
            }
            Self::DeleteGroup { seq, group } => {
                w.u8(DELETE_GROUP);
                w.varint(*seq);
                w.varint(*group);
            }
            Self::Expire { seq, group, before } => {
                w.u8(EXPIRE);
                w.varint(*seq);
                w.varint(*group);
                w.zigzag(*before);
            }
        }
        codec::write_frame(out, &w.buf);
    }

    pub fn decode(body: &[u8]) -> Result<Self, Corrupt> {
        let mut r = Reader::new(body);
        let record = match r.u8()? {
            CREATE_GROUP => Self::CreateGroup {
                seq: r.varint()?,
                group: r.varint()?,
                key: r.string()?,
            },
            CREATE_STREAM => Self::CreateStream {
                seq: r.varint()?,
                group: r.varint()?,
                stream: r.varint()?,
                name: r.string()?,
                creation_time: r.zigzag()?,
            },
            EVENTS => {
                let first_seq = r.varint()?;
                let stream = r.varint()?;
                let ingestion_time = r.zigzag()?;
                let count = r.count(2)?;
                if count == 0 {
                    return Err(Corrupt("events record without events"));
                }
                if first_seq.checked_add(count as u64).is_none() {
                    return Err(Corrupt("events record overflows the sequence"));
                }
                let mut events = Vec::with_capacity(count);
                for _ in 0..count {
                    let ts = r.zigzag()?;
                    let msg = r.bytes()?.to_vec();
                    events.push((ts, msg));
                }
                Self::Events {
                    first_seq,
                    stream,
                    ingestion_time,
                    events,
                }
            }
            DELETE_STREAM => Self::DeleteStream {
                seq: r.varint()?,
                stream: r.varint()?,
            },
            DELETE_GROUP => Self::DeleteGroup {
                seq: r.varint()?,
                group: r.varint()?,
            },
            EXPIRE => Self::Expire {
                seq: r.varint()?,
                group: r.varint()?,
                before: r.zigzag()?,
            },
            _ => return Err(Corrupt("unknown WAL record type")),
        };
        if !r.is_empty() {
            return Err(Corrupt("WAL record has trailing bytes"));
        }
        Ok(record)
    }
}

/// Appends an events record straight from borrowed messages (the ingest hot path).
pub fn encode_events(
    out: &mut Vec<u8>,
    first_seq: u64,
    stream: u64,
    ingestion_time: i64,
    events: &[(i64, &[u8])],
) {
    let bytes: usize = events.iter().map(|(_, m)| m.len() + 12).sum();
    let mut w = Writer::with_capacity(bytes + 32);
    w.u8(EVENTS);
    w.varint(first_seq);
    w.varint(stream);
    w.zigzag(ingestion_time);
    w.varint(events.len() as u64);
    for (ts, msg) in events {
        w.zigzag(*ts);
        w.bytes(msg);
    }
    codec::write_frame(out, &w.buf);
}

/// The records of one WAL file, the length of its valid prefix, and why it stops early (if
/// it does). A torn tail is normal after a crash: the last record cut short, or garbage or
/// zeros where the last write did not finish. A bad record with more data after it is damage
/// (`damaged`): records past it were acknowledged once and are lost.
pub struct WalContents {
    pub records: Vec<WalRecord>,
    pub valid_len: usize,
    pub stopped: Option<Corrupt>,
    pub damaged: bool,
}

/// Whether a bad record at the start of `rest` is damage rather than a torn tail: it claims an
/// impossible length, or something other than zeros follows where it claims to end.
fn damaged_record(rest: &[u8]) -> bool {
    let Some(len) = rest.get(..4) else {
        return false;
    };
    let len = u32::from_le_bytes([len[0], len[1], len[2], len[3]]) as usize;
    if len > MAX_RECORD {
        return rest.iter().any(|b| *b != 0);
    }
    let end = (codec::FRAME_HEADER + len).min(rest.len());
    rest[end..].iter().any(|b| *b != 0)
}

pub fn read_wal(data: &[u8]) -> WalContents {
    let mut records = Vec::new();
    let mut pos = 0;
    let mut stopped = None;
    let mut damaged = false;
    while pos < data.len() {
        match codec::read_frame(&data[pos..], MAX_RECORD) {
            Frame::Body(body, len) => match WalRecord::decode(body) {
                Ok(record) => {
                    records.push(record);
                    pos += len;
                }
                Err(err) => {
                    stopped = Some(err);
                    damaged = damaged_record(&data[pos..]);
                    break;
                }
            },
            Frame::Torn => {
                stopped = Some(Corrupt("torn record at the end of the WAL"));
                break;
            }
            Frame::Corrupt => {
                stopped = Some(Corrupt("WAL record CRC mismatch"));
                damaged = damaged_record(&data[pos..]);
                break;
            }
        }
    }
    WalContents {
        records,
        valid_len: pos,
        stopped,
        damaged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_tails_are_cut() {
        let records = vec![
            WalRecord::CreateGroup {
                seq: 1,
                group: 1,
                key: "us-east-1:/app:x".into(),
            },
            WalRecord::CreateStream {
                seq: 2,
                group: 1,
                stream: 1,
                name: "web/1".into(),
                creation_time: 1_700_000_000_000,
            },
            WalRecord::Events {
                first_seq: 3,
                stream: 1,
                ingestion_time: 1_700_000_000_500,
                events: vec![(1_700_000_000_000, b"a".to_vec()), (1, b"bb".to_vec())],
            },
            WalRecord::Expire {
                seq: 5,
                group: 1,
                before: -4,
            },
            WalRecord::DeleteStream { seq: 6, stream: 1 },
            WalRecord::DeleteGroup { seq: 7, group: 1 },
        ];
        let mut data = Vec::new();
        for r in &records {
            r.encode(&mut data);
        }
        let read = read_wal(&data);
        assert_eq!(read.records, records);
        assert_eq!(read.valid_len, data.len());
        assert!(read.stopped.is_none());
        assert_eq!(records[2].last_seq(), 4);

        let cut = read_wal(&data[..data.len() - 3]);
        assert_eq!(cut.records.len(), records.len() - 1);
        assert!(cut.stopped.is_some());
        assert!(!cut.damaged, "a cut-short last record is a torn tail");

        // Zeros where the last write did not land: torn, not damage.
        let mut zeroed = data.clone();
        zeroed.extend_from_slice(&[0; 64]);
        let read = read_wal(&zeroed);
        assert_eq!(read.records.len(), records.len());
        assert!(read.stopped.is_some() && !read.damaged);

        // A bad record with good ones after it: damage.
        let mut flipped = data.clone();
        flipped[12] ^= 0x10;
        let read = read_wal(&flipped);
        assert!(read.records.is_empty());
        assert!(read.damaged);
    }
}
