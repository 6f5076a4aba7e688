//! Blocks: a run of one stream's events, sorted by (timestamp, sequence), compressed with zstd.
//!
//! On disk a block is a CRC-framed fixed header followed by the compressed payload:
//!
//! ```text
//! frame(header)  = len u32 | crc32 u32 | header (61 bytes)
//! header         = version u8 | stream u64 | min_ts i64 | max_ts i64 | min_seq u64 | max_seq u64
//!                  | count u32 | raw_len u32 | compressed_len u32 | payload_crc u32
//! payload        = zstd(columns)
//! columns        = count varint
//!                  | timestamps: zigzag delta from the previous (the first from min_ts)
//!                  | sequences:  zigzag delta from the previous (the first from min_seq)
//!                  | ingestion times: zigzag delta from the previous (the first from 0)
//!                  | message lengths: varint each
//!                  | the messages, concatenated
//! ```
//!
//! The header alone is enough to index the block (which stream, which time and sequence
//! range), so opening a store reads headers and skips payloads. Columns keep like values
//! together, which is what makes log text compress well.

use crate::codec::{self, Corrupt, Frame, Reader, Writer};

pub const HEADER_BODY_LEN: usize = 1 + 8 * 5 + 4 * 4;
pub const HEADER_FRAME_LEN: usize = codec::FRAME_HEADER + HEADER_BODY_LEN;
const VERSION: u8 = 1;
/// Largest raw payload a block may claim; anything larger is corruption.
pub const MAX_RAW_LEN: u32 = 64 << 20;

/// What the sparse index keeps for a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockMeta {
    pub stream: u64,
    pub min_ts: i64,
    pub max_ts: i64,
    pub min_seq: u64,
    pub max_seq: u64,
    pub count: u32,
    pub raw_len: u32,
    pub compressed_len: u32,
    pub payload_crc: u32,
}

impl BlockMeta {
    /// Bytes the block takes in its segment file.
    pub fn disk_len(&self) -> u64 {
        HEADER_FRAME_LEN as u64 + u64::from(self.compressed_len)
    }

    pub fn overlaps(&self, start: i64, end: i64) -> bool {
        self.max_ts >= start && self.min_ts < end
    }

    fn encode(&self) -> Vec<u8> {
        let mut w = Writer::with_capacity(HEADER_BODY_LEN);
        w.u8(VERSION);
        w.u64_le(self.stream);
        w.i64_le(self.min_ts);
        w.i64_le(self.max_ts);
        w.u64_le(self.min_seq);
        w.u64_le(self.max_seq);
        w.u32_le(self.count);
        w.u32_le(self.raw_len);
        w.u32_le(self.compressed_len);
        w.u32_le(self.payload_crc);
        w.buf
    }

    fn decode(body: &[u8]) -> Result<Self, Corrupt> {
        let mut r = Reader::new(body);
        if r.u8()? != VERSION {
            return Err(Corrupt("unknown block version"));
        }
        let meta = Self {
            stream: r.u64_le()?,
            min_ts: r.i64_le()?,
            max_ts: r.i64_le()?,
            min_seq: r.u64_le()?,
            max_seq: r.u64_le()?,
            count: r.u32_le()?,
            raw_len: r.u32_le()?,
            compressed_len: r.u32_le()?,
            payload_crc: r.u32_le()?,
        };
        if !r.is_empty() {
            return Err(Corrupt("block header has trailing bytes"));
        }
        if meta.min_ts > meta.max_ts || meta.min_seq > meta.max_seq || meta.count == 0 {
            return Err(Corrupt("block header ranges are inconsistent"));
        }
        if meta.raw_len > MAX_RAW_LEN {
            return Err(Corrupt("block claims an oversized payload"));
        }
        Ok(meta)
    }
}

/// What is at a block position of a segment file.
#[derive(Debug, PartialEq, Eq)]
pub enum HeaderRead {
    Block(BlockMeta),
    /// The file ends inside the header or the payload: an append that did not finish.
    Torn,
    Corrupt(Corrupt),
}

/// Reads a block header from `data` (which starts at the block and holds at least the header
/// frame, or whatever is left of the file); `available` is how many bytes the file has from
/// this position on, to check the payload fits.
pub fn read_header(data: &[u8], available: u64) -> HeaderRead {
    match codec::read_frame(data, HEADER_BODY_LEN) {
        Frame::Torn => HeaderRead::Torn,
        Frame::Corrupt => HeaderRead::Corrupt(Corrupt("block header CRC mismatch")),
        Frame::Body(body, _) => match BlockMeta::decode(body) {
            Err(err) => HeaderRead::Corrupt(err),
            Ok(meta) if meta.disk_len() > available => HeaderRead::Torn,
            Ok(meta) => HeaderRead::Block(meta),
        },
    }
}

/// One event as blocks and buffers hold it; `message` indexes the owner's byte arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawEvent {
    pub timestamp: i64,
    pub seq: u64,
    pub ingestion_time: i64,
    pub start: u32,
    pub len: u32,
}

/// A decoded block (or a buffer snapshot): events sorted by (timestamp, seq) over one arena.
#[derive(Clone, Debug, Default)]
pub struct EventRun {
    pub events: Vec<RawEvent>,
    pub arena: Vec<u8>,
}

impl EventRun {
    pub fn message(&self, event: &RawEvent) -> &[u8] {
        &self.arena[event.start as usize..(event.start + event.len) as usize]
    }

    pub fn push(&mut self, timestamp: i64, seq: u64, ingestion_time: i64, message: &[u8]) {
        let start = self.arena.len() as u32;
        self.arena.extend_from_slice(message);
        self.events.push(RawEvent {
            timestamp,
            seq,
            ingestion_time,
            start,
            len: message.len() as u32,
        });
    }

    pub fn sort(&mut self) {
        self.events.sort_by_key(|e| (e.timestamp, e.seq));
    }
}

/// Encodes `run` (sorted, non-empty) as the block bytes of one stream.
pub fn encode(stream: u64, run: &EventRun, level: i32) -> std::io::Result<(BlockMeta, Vec<u8>)> {
    debug_assert!(!run.events.is_empty());
    let events = &run.events;
    let min_ts = events[0].timestamp;
    let max_ts = events[events.len() - 1].timestamp;
    let min_seq = events.iter().map(|e| e.seq).min().unwrap_or(0);
    let max_seq = events.iter().map(|e| e.seq).max().unwrap_or(0);
    let message_bytes: usize = events.iter().map(|e| e.len as usize).sum();
    let mut w = Writer::with_capacity(message_bytes + events.len() * 12 + 8);
    w.varint(events.len() as u64);
    let mut prev = min_ts;
    for e in events {
        w.zigzag(e.timestamp.wrapping_sub(prev));
        prev = e.timestamp;
    }
    let mut prev = min_seq;
    for e in events {
        w.zigzag((e.seq as i64).wrapping_sub(prev as i64));
        prev = e.seq;
    }
    let mut prev = 0i64;
    for e in events {
        w.zigzag(e.ingestion_time.wrapping_sub(prev));
        prev = e.ingestion_time;
    }
    for e in events {
        w.varint(u64::from(e.len));
    }
    for e in events {
        w.buf.extend_from_slice(run.message(e));
    }
    let raw = w.buf;
    let compressed = zstd::bulk::compress(&raw, level)?;
    let meta = BlockMeta {
        stream,
        min_ts,
        max_ts,
        min_seq,
        max_seq,
        count: events.len() as u32,
        raw_len: raw.len() as u32,
        compressed_len: compressed.len() as u32,
        payload_crc: crc32fast::hash(&compressed),
    };
    let mut out = Vec::with_capacity(meta.disk_len() as usize);
    codec::write_frame(&mut out, &meta.encode());
    out.extend_from_slice(&compressed);
    Ok((meta, out))
}

/// Decodes a block payload (the bytes after the header frame) described by `meta`.
pub fn decode_payload(meta: &BlockMeta, compressed: &[u8]) -> Result<EventRun, Corrupt> {
    if compressed.len() != meta.compressed_len as usize {
        return Err(Corrupt("block payload length mismatch"));
    }
    if crc32fast::hash(compressed) != meta.payload_crc {
        return Err(Corrupt("block payload CRC mismatch"));
    }
    let raw = zstd::bulk::decompress(compressed, meta.raw_len as usize)
        .map_err(|_| Corrupt("block payload does not decompress"))?;
    if raw.len() != meta.raw_len as usize {
        return Err(Corrupt("block payload has the wrong length"));
    }
    decode_columns(meta, raw)
}

/// Decodes the columns; the messages stay where they are in `raw`, which becomes the run's
/// arena (no copy).
fn decode_columns(meta: &BlockMeta, raw: Vec<u8>) -> Result<EventRun, Corrupt> {
    let mut r = Reader::new(&raw);
    // Each event takes at least four bytes of columns.
    let count = r.count(4)?;
    if count != meta.count as usize {
        return Err(Corrupt("block event count mismatch"));
    }
    let mut events = Vec::with_capacity(count);
    let mut prev = meta.min_ts;
    for _ in 0..count {
        let ts = prev.wrapping_add(r.zigzag()?);
        if ts < prev || ts > meta.max_ts {
            return Err(Corrupt("block timestamps out of order or range"));
        }
        prev = ts;
        events.push(RawEvent {
            timestamp: ts,
            seq: 0,
            ingestion_time: 0,
            start: 0,
            len: 0,
        });
    }
    let mut prev = meta.min_seq as i64;
    for e in events.iter_mut() {
        let seq = prev.wrapping_add(r.zigzag()?);
        if seq < meta.min_seq as i64 || seq as u64 > meta.max_seq {
            return Err(Corrupt("block sequence out of range"));
        }
        e.seq = seq as u64;
        prev = seq;
    }
    let mut prev = 0i64;
    for e in events.iter_mut() {
        prev = prev.wrapping_add(r.zigzag()?);
        e.ingestion_time = prev;
    }
    let mut total: u64 = 0;
    for e in events.iter_mut() {
        let len = r.varint()?;
        let len = u32::try_from(len).map_err(|_| Corrupt("message length too large"))?;
        e.start = total as u32;
        e.len = len;
        total += u64::from(len);
        if total > r.remaining() as u64 {
            return Err(Corrupt("message lengths exceed the block"));
        }
    }
    if total != r.remaining() as u64 {
        return Err(Corrupt("block has bytes after its messages"));
    }
    let start = (raw.len() - r.remaining()) as u32;
    for e in events.iter_mut() {
        e.start += start;
    }
    Ok(EventRun { events, arena: raw })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn blocks_round_trip(mut events in proptest::collection::vec((0i64..1_000_000, 1u64..1_000_000, 0i64..2_000_000, ".{0,30}"), 1..60)) {
            events.sort_by_key(|e| (e.0, e.1));
            let mut run = EventRun::default();
            for (ts, seq, ing, msg) in &events {
                run.push(*ts, *seq, *ing, msg.as_bytes());
            }
            let (meta, bytes) = encode(7, &run, 1).unwrap();
            let HeaderRead::Block(read) = read_header(&bytes, bytes.len() as u64) else { panic!("header") };
            prop_assert_eq!(read, meta);
            let decoded = decode_payload(&meta, &bytes[HEADER_FRAME_LEN..]).unwrap();
            prop_assert_eq!(decoded.events.len(), events.len());
            for (e, (ts, seq, ing, msg)) in decoded.events.iter().zip(&events) {
                prop_assert_eq!((e.timestamp, e.seq, e.ingestion_time), (*ts, *seq, *ing));
                prop_assert_eq!(decoded.message(e), msg.as_bytes());
            }
        }
    }

    #[test]
    fn truncated_blocks_are_torn_and_flipped_bits_are_corrupt() {
        let mut run = EventRun::default();
        run.push(10, 1, 11, b"GET /index.html 200");
        run.push(12, 2, 13, b"GET /favicon.ico 404");
        let (meta, bytes) = encode(1, &run, 3).unwrap();
        assert_eq!(read_header(&bytes[..20], 20), HeaderRead::Torn);
        assert_eq!(
            read_header(&bytes, bytes.len() as u64 - 1),
            HeaderRead::Torn
        );
        let mut bad = bytes.clone();
        bad[HEADER_FRAME_LEN + 2] ^= 0x40;
        assert!(decode_payload(&meta, &bad[HEADER_FRAME_LEN..]).is_err());
        let mut bad = bytes;
        bad[12] ^= 1;
        assert!(matches!(
            read_header(&bad, bad.len() as u64),
            HeaderRead::Corrupt(_)
        ));
    }
}
