//! The catalog checkpoint: groups, streams and their statistics as of a WAL sequence number.
//!
//! Written at each WAL roll (after every buffered event was sealed into a segment and the
//! segments fsynced) to `catalog.tmp`, fsynced and renamed over `catalog`, so the file is always
//! one whole checkpoint. Recovery loads it and replays only WAL records after its `seq`.

use std::io::Write;
use std::path::Path;

use crate::codec::{self, Corrupt, Frame, Reader, Writer};

/// Version 2 records each group's expiry sequence; version 1 (read, never written) did not.
const MAGIC: &[u8; 4] = b"KLC2";
const MAGIC_V1: &[u8; 4] = b"KLC1";

/// Statistics DescribeLogStreams reports, kept per stream.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StreamStats {
    /// The earliest retained event's timestamp. Appends lower it at once; when the first
    /// events expire, [`LogStore::reclaim`](crate::LogStore::reclaim) (run by the retention
    /// task after each expiry) brings it forward, to `None` if nothing is retained.
    pub first_event_timestamp: Option<i64>,
    /// The latest event's timestamp ever stored (expiry leaves it).
    pub last_event_timestamp: Option<i64>,
    pub last_ingestion_time: Option<i64>,
    /// Events ever stored (expired or not).
    pub event_count: u64,
    /// Message bytes ever stored, plus 26 bytes per event (CloudWatch's own measure of a batch).
    pub ingested_bytes: u64,
}

impl StreamStats {
    pub fn record(&mut self, timestamp: i64, ingestion_time: i64, message_len: usize) {
        self.first_event_timestamp = Some(
            self.first_event_timestamp
                .map_or(timestamp, |t| t.min(timestamp)),
        );
        self.last_event_timestamp = Some(
            self.last_event_timestamp
                .map_or(timestamp, |t| t.max(timestamp)),
        );
        self.last_ingestion_time = Some(
            self.last_ingestion_time
                .map_or(ingestion_time, |t| t.max(ingestion_time)),
        );
        self.event_count += 1;
        self.ingested_bytes += message_len as u64 + 26;
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupEntry {
    pub id: u64,
    pub key: String,
    /// The group's expiry: events stored before sequence `expire_seq` with timestamps before
    /// `expire_before` are expired.
    pub expire_before: i64,
    pub expire_seq: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StreamEntry {
    pub id: u64,
    pub group: u64,
    pub name: String,
    pub creation_time: i64,
    pub stats: StreamStats,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checkpoint {
    /// Every WAL record up to this sequence number is reflected here and in the segments.
    pub seq: u64,
    pub next_group: u64,
    pub next_stream: u64,
    pub groups: Vec<GroupEntry>,
    pub streams: Vec<StreamEntry>,
}

fn opt(w: &mut Writer, v: Option<i64>) {
    match v {
        None => w.u8(0),
        Some(v) => {
            w.u8(1);
            w.zigzag(v);
        }
    }
}

fn read_opt(r: &mut Reader<'_>) -> Result<Option<i64>, Corrupt> {
    match r.u8()? {
        0 => Ok(None),
        1 => Ok(Some(r.zigzag()?)),
        _ => Err(Corrupt("bad optional value")),
    }
}

impl Checkpoint {
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.varint(self.seq);
        w.varint(self.next_group);
        w.varint(self.next_stream);
        w.varint(self.groups.len() as u64);
        for g in &self.groups {
            w.varint(g.id);
            w.bytes(g.key.as_bytes());
            w.zigzag(g.expire_before);
            w.varint(g.expire_seq);
        }
        w.varint(self.streams.len() as u64);
        for s in &self.streams {
            w.varint(s.id);
            w.varint(s.group);
            w.bytes(s.name.as_bytes());
            w.zigzag(s.creation_time);
            opt(&mut w, s.stats.first_event_timestamp);
            opt(&mut w, s.stats.last_event_timestamp);
            opt(&mut w, s.stats.last_ingestion_time);
            w.varint(s.stats.event_count);
            w.varint(s.stats.ingested_bytes);
        }
        let mut out = MAGIC.to_vec();
        codec::write_frame(&mut out, &w.buf);
        out
    }

    pub fn decode(data: &[u8]) -> Result<Self, Corrupt> {
        let (rest, v1) = match (data.strip_prefix(MAGIC), data.strip_prefix(MAGIC_V1)) {
            (Some(rest), _) => (rest, false),
            (None, Some(rest)) => (rest, true),
            (None, None) => return Err(Corrupt("not a catalog file")),
        };
        let body = match codec::read_frame(rest, usize::MAX) {
            Frame::Body(body, len) if len == rest.len() => body,
            Frame::Body(..) => return Err(Corrupt("catalog has trailing bytes")),
            Frame::Torn => return Err(Corrupt("catalog is truncated")),
            Frame::Corrupt => return Err(Corrupt("catalog CRC mismatch")),
        };
        let mut r = Reader::new(body);
        let seq = r.varint()?;
        let next_group = r.varint()?;
        let next_stream = r.varint()?;
        let n = r.count(3)?;
        let mut groups = Vec::with_capacity(n);
        for _ in 0..n {
            let (id, key, expire_before) = (r.varint()?, r.string()?, r.zigzag()?);
            // Version 1's expiry point applied to every event stored when it was written.
            let expire_seq = if v1 {
                seq.saturating_add(1)
            } else {
                r.varint()?
            };
            groups.push(GroupEntry {
                id,
                key,
                expire_before,
                expire_seq,
            });
        }
        let n = r.count(10)?;
        let mut streams = Vec::with_capacity(n);
        for _ in 0..n {
            streams.push(StreamEntry {
                id: r.varint()?,
                group: r.varint()?,
                name: r.string()?,
                creation_time: r.zigzag()?,
                stats: StreamStats {
                    first_event_timestamp: read_opt(&mut r)?,
                    last_event_timestamp: read_opt(&mut r)?,
                    last_ingestion_time: read_opt(&mut r)?,
                    event_count: r.varint()?,
                    ingested_bytes: r.varint()?,
                },
            });
        }
        if !r.is_empty() {
            return Err(Corrupt("catalog has trailing bytes"));
        }
        Ok(Self {
            seq,
            next_group,
            next_stream,
            groups,
            streams,
        })
    }

    /// Writes the checkpoint atomically into `dir/catalog`.
    pub fn write(&self, dir: &Path) -> std::io::Result<()> {
        let tmp = dir.join("catalog.tmp");
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(&self.encode())?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, dir.join("catalog"))?;
        sync_dir(dir)
    }
}

/// Makes a directory's entries (creations, renames, removals) durable.
pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checkpoints_round_trip_and_refuse_damage() {
        let mut stats = StreamStats::default();
        stats.record(5, 9, 10);
        stats.record(3, 8, 1);
        assert_eq!(stats.first_event_timestamp, Some(3));
        assert_eq!(stats.last_event_timestamp, Some(5));
        assert_eq!(stats.last_ingestion_time, Some(9));
        assert_eq!(stats.ingested_bytes, 63);
        let cp = Checkpoint {
            seq: 42,
            next_group: 3,
            next_stream: 9,
            groups: vec![GroupEntry {
                id: 2,
                key: "k".into(),
                expire_before: 7,
                expire_seq: 40,
            }],
            streams: vec![StreamEntry {
                id: 8,
                group: 2,
                name: "s".into(),
                creation_time: 1,
                stats,
            }],
        };
        let bytes = cp.encode();
        assert_eq!(Checkpoint::decode(&bytes).unwrap(), cp);
        assert!(Checkpoint::decode(&bytes[..bytes.len() - 1]).is_err());
        let mut bad = bytes.clone();
        bad[10] ^= 1;
        assert!(Checkpoint::decode(&bad).is_err());
    }

    #[test]
    fn version_1_catalogs_are_read_with_their_expiry_covering_what_they_held() {
        // A version 1 catalog: seq 42, one group (id 2, key "k", expiry point 7), no stream.
        let mut w = Writer::default();
        w.varint(42);
        w.varint(3);
        w.varint(1);
        w.varint(1);
        w.varint(2);
        w.bytes(b"k");
        w.zigzag(7);
        w.varint(0);
        let mut bytes = MAGIC_V1.to_vec();
        codec::write_frame(&mut bytes, &w.buf);
        let cp = Checkpoint::decode(&bytes).unwrap();
        assert_eq!(
            cp.groups,
            vec![GroupEntry {
                id: 2,
                key: "k".into(),
                expire_before: 7,
                expire_seq: 43,
            }]
        );
        assert!(cp.streams.is_empty());
    }
}
