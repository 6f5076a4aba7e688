//! Blocks: a run of one stream's events, sorted by (timestamp, sequence), compressed with zstd.
//!
//! On disk a block is a CRC-framed fixed header followed by the compressed payload:
//!
//! ```text
//! frame(header)  = len u32 | crc32 u32 | header (61 bytes)
//! header         = version u8 | stream u64 | min_ts i64 | max_ts i64 | min_seq u64 | max_seq u64
//!                  | count u32 | raw_len u32 | compressed_len u32 | payload_crc u32
//! times          = count varint
//!                  | timestamps: zigzag delta from the previous (the first from min_ts)
//!                  | sequences:  zigzag delta from the previous (the first from min_seq)
//!                  | ingestion times: zigzag delta from the previous (the first from 0)
//!
//! version 2 (written):
//! payload        = columns_compressed_len u32 | columns_raw_len u32
//!                  | zstd(columns) | zstd(messages)
//! columns        = times | shape: one byte per event
//! messages       = for each shape 0, 1, ...: its events' messages in event order, each
//!                  followed by 0xFF
//!
//! version 1 (read; written for a run holding a 0xFF byte, which no UTF-8 text does):
//! payload        = zstd(times | message lengths: varint each | the messages, concatenated)
//! ```
//!
//! The header alone is enough to index the block (which stream, which time and sequence
//! range), so opening a store reads headers and skips payloads. Columns keep like values
//! together, which is what makes log text compress well: the binary columns are compressed
//! apart from the text, and messages of the same shape (their first bytes, digits alike: one
//! log format) are laid out together, so each format's repeats sit next to each other. The
//! shape byte says which run of messages an event's message is the next of; a 0xFF ends each
//! message (UTF-8 never holds that byte), which compresses better than a length column.

use std::cell::RefCell;

use crate::codec::{self, Corrupt, Frame, Reader, Writer};

thread_local! {
    /// Each thread's zstd contexts, kept between blocks: making one costs more than
    /// compressing a small block.
    static COMPRESSOR: RefCell<Option<(i32, zstd::bulk::Compressor<'static>)>> =
        const { RefCell::new(None) };
    static DECOMPRESSOR: RefCell<Option<zstd::bulk::Decompressor<'static>>> =
        const { RefCell::new(None) };
}

fn compress(data: &[u8], level: i32) -> std::io::Result<Vec<u8>> {
    COMPRESSOR.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.as_ref().is_none_or(|(l, _)| *l != level) {
            *slot = Some((level, zstd::bulk::Compressor::new(level)?));
        }
        let (_, compressor) = slot.as_mut().expect("just set");
        compressor.compress(data)
    })
}

pub const HEADER_BODY_LEN: usize = 1 + 8 * 5 + 4 * 4;
pub const HEADER_FRAME_LEN: usize = codec::FRAME_HEADER + HEADER_BODY_LEN;
/// The version [`encode`] writes.
const VERSION: u8 = 2;
/// Shapes a block tells apart; later ones share the last.
const MAX_SHAPES: usize = 256;
/// Ends each message of a version 2 block.
const END: u8 = 0xFF;
/// Largest raw payload a block may claim; anything larger is corruption.
pub const MAX_RAW_LEN: u32 = 64 << 20;

/// What the sparse index keeps for a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockMeta {
    pub version: u8,
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
        w.u8(self.version);
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
        let version = r.u8()?;
        if !(1..=VERSION).contains(&version) {
            return Err(Corrupt("unknown block version"));
        }
        let meta = Self {
            version,
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

/// The shape of a message: its first four bytes, with ASCII digits all alike.
fn shape(message: &[u8]) -> [u8; 4] {
    let mut key = [0u8; 4];
    for (k, b) in key.iter_mut().zip(message) {
        *k = if b.is_ascii_digit() { b'0' } else { *b };
    }
    key
}

fn write_times(w: &mut Writer, events: &[RawEvent], min_ts: i64, min_seq: u64) {
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
    let mut w = Writer::with_capacity(events.len() * 12 + 8);
    write_times(&mut w, events, min_ts, min_seq);
    let (version, raw_len, payload) = if events.iter().any(|e| run.message(e).contains(&END)) {
        for e in events {
            w.varint(u64::from(e.len));
        }
        for e in events {
            w.buf.extend_from_slice(run.message(e));
        }
        let raw_len = w.buf.len();
        (1, raw_len, compress(&w.buf, level)?)
    } else {
        // Shapes in order of first appearance, and each event's.
        let mut shapes: Vec<[u8; 4]> = Vec::new();
        let mut by_shape: Vec<Vec<u32>> = Vec::new();
        for (i, e) in events.iter().enumerate() {
            let key = shape(run.message(e));
            let id = match shapes.iter().position(|s| *s == key) {
                Some(id) => id,
                None if shapes.len() < MAX_SHAPES => {
                    shapes.push(key);
                    by_shape.push(Vec::new());
                    shapes.len() - 1
                }
                None => MAX_SHAPES - 1,
            };
            w.u8(id as u8);
            by_shape[id].push(i as u32);
        }
        let mut messages = Vec::with_capacity(message_bytes + events.len());
        for i in by_shape.iter().flatten() {
            messages.extend_from_slice(run.message(&events[*i as usize]));
            messages.push(END);
        }
        let columns = compress(&w.buf, level)?;
        let text = compress(&messages, level)?;
        let mut payload = Vec::with_capacity(8 + columns.len() + text.len());
        payload.extend_from_slice(&(columns.len() as u32).to_le_bytes());
        payload.extend_from_slice(&(w.buf.len() as u32).to_le_bytes());
        payload.extend_from_slice(&columns);
        payload.extend_from_slice(&text);
        (2, w.buf.len() + messages.len(), payload)
    };
    let meta = BlockMeta {
        version,
        stream,
        min_ts,
        max_ts,
        min_seq,
        max_seq,
        count: events.len() as u32,
        raw_len: raw_len as u32,
        compressed_len: payload.len() as u32,
        payload_crc: crc32fast::hash(&payload),
    };
    let mut out = Vec::with_capacity(meta.disk_len() as usize);
    codec::write_frame(&mut out, &meta.encode());
    out.extend_from_slice(&payload);
    Ok((meta, out))
}

fn decompress(compressed: &[u8], len: usize) -> Result<Vec<u8>, Corrupt> {
    let raw = DECOMPRESSOR
        .with(|cell| {
            let mut slot = cell.borrow_mut();
            if slot.is_none() {
                *slot = Some(zstd::bulk::Decompressor::new()?);
            }
            slot.as_mut().expect("just set").decompress(compressed, len)
        })
        .map_err(|_| Corrupt("block payload does not decompress"))?;
    if raw.len() != len {
        return Err(Corrupt("block payload has the wrong length"));
    }
    Ok(raw)
}

/// Decodes a block payload (the bytes after the header frame) described by `meta`.
pub fn decode_payload(meta: &BlockMeta, compressed: &[u8]) -> Result<EventRun, Corrupt> {
    if compressed.len() != meta.compressed_len as usize {
        return Err(Corrupt("block payload length mismatch"));
    }
    if crc32fast::hash(compressed) != meta.payload_crc {
        return Err(Corrupt("block payload CRC mismatch"));
    }
    if meta.version == 1 {
        return decode_v1(meta, decompress(compressed, meta.raw_len as usize)?);
    }
    let mut r = Reader::new(compressed);
    let columns_len = r.u32_le()? as usize;
    let columns_raw = r.u32_le()? as usize;
    let rest = &compressed[8..];
    if columns_len > rest.len() || columns_raw > meta.raw_len as usize {
        return Err(Corrupt("block columns overrun the payload"));
    }
    let columns = decompress(&rest[..columns_len], columns_raw)?;
    let messages = decompress(&rest[columns_len..], meta.raw_len as usize - columns_raw)?;
    decode_v2(meta, &columns, messages)
}

/// The timestamps, sequences and ingestion times of `meta.count` events.
fn read_times(meta: &BlockMeta, r: &mut Reader<'_>) -> Result<Vec<RawEvent>, Corrupt> {
    // Each event takes at least four bytes of columns (three here, plus a length or shape).
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
    Ok(events)
}

/// Version 1: lengths, then the messages in event order; the messages stay where they are in
/// `raw`, which becomes the run's arena (no copy).
fn decode_v1(meta: &BlockMeta, raw: Vec<u8>) -> Result<EventRun, Corrupt> {
    let mut r = Reader::new(&raw);
    let mut events = read_times(meta, &mut r)?;
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

/// The offset of the first [`END`] byte at or after `from`, eight bytes at a time.
fn find_end(hay: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(chunk) = hay.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        // END bytes are zero bytes of the complement; the lowest flagged byte is the first.
        let inverted = !u64::from_le_bytes(word);
        let zeros = inverted.wrapping_sub(ONES) & !inverted & HIGHS;
        if zeros != 0 {
            return Some(i + (zeros.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    hay.get(i..)?.iter().position(|b| *b == END).map(|p| i + p)
}

/// Version 2: shapes, then the messages grouped by shape. The message area becomes the run's
/// arena, each END turned into a newline so the arena reads as text.
fn decode_v2(meta: &BlockMeta, columns: &[u8], mut messages: Vec<u8>) -> Result<EventRun, Corrupt> {
    let mut r = Reader::new(columns);
    let mut events = read_times(meta, &mut r)?;
    let shapes = r.take(events.len())?;
    if !r.is_empty() {
        return Err(Corrupt("block columns have trailing bytes"));
    }
    // Where each shape's messages start, in message order.
    let mut first = [0usize; MAX_SHAPES];
    for s in shapes {
        first[*s as usize] += 1;
    }
    let mut next = 0;
    for f in first.iter_mut() {
        let count = *f;
        *f = next;
        next += count;
    }
    let mut spans = Vec::with_capacity(events.len());
    let mut pos = 0;
    while pos < messages.len() {
        let end = find_end(&messages, pos).ok_or(Corrupt("block message not terminated"))?;
        spans.push((pos as u32, (end - pos) as u32));
        messages[end] = b'\n';
        pos = end + 1;
    }
    if spans.len() != events.len() {
        return Err(Corrupt("block message count mismatch"));
    }
    for (e, s) in events.iter_mut().zip(shapes) {
        let slot = &mut first[*s as usize];
        (e.start, e.len) = spans[*slot];
        *slot += 1;
    }
    Ok(EventRun {
        events,
        arena: messages,
    })
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

    fn round_trip(run: &EventRun) -> (BlockMeta, EventRun) {
        let (meta, bytes) = encode(3, run, 3).unwrap();
        let HeaderRead::Block(read) = read_header(&bytes, bytes.len() as u64) else {
            panic!("header")
        };
        assert_eq!(read, meta);
        (
            meta,
            decode_payload(&meta, &bytes[HEADER_FRAME_LEN..]).unwrap(),
        )
    }

    #[test]
    fn messages_of_many_shapes_and_non_text_bytes_round_trip() {
        // More shapes than a block tells apart, interleaved.
        let mut run = EventRun::default();
        for i in 0..700u64 {
            let message = format!(
                "{}{} message {i}",
                char::from(b'A' + (i % 26) as u8),
                i % 300
            );
            run.push(i as i64, i + 1, 5, message.as_bytes());
        }
        let (meta, decoded) = round_trip(&run);
        assert_eq!(meta.version, 2);
        for (a, b) in run.events.iter().zip(&decoded.events) {
            assert_eq!(run.message(a), decoded.message(b));
            assert_eq!((a.timestamp, a.seq), (b.timestamp, b.seq));
        }
        assert!(
            std::str::from_utf8(&decoded.arena).is_ok(),
            "the arena reads as text"
        );
        // A 0xFF byte (not UTF-8) makes the block a version 1 one, read back the same.
        let mut run = EventRun::default();
        run.push(1, 1, 1, b"plain");
        run.push(2, 2, 1, &[b'x', 0xFF, b'y']);
        run.push(3, 3, 1, b"");
        let (meta, decoded) = round_trip(&run);
        assert_eq!(meta.version, 1);
        let got: Vec<&[u8]> = decoded.events.iter().map(|e| decoded.message(e)).collect();
        assert_eq!(got, [&b"plain"[..], &[b'x', 0xFF, b'y'][..], &b""[..]]);
    }

    #[test]
    fn end_bytes_are_found_wherever_they_are() {
        for len in 0..40 {
            for at in 0..len {
                let mut hay = vec![b'a'; len];
                hay[at] = END;
                for from in 0..=at {
                    assert_eq!(find_end(&hay, from), Some(at), "{len} {at} {from}");
                }
                assert_eq!(find_end(&hay, at + 1), None);
            }
        }
        // Bytes just below END are not taken for it.
        assert_eq!(find_end(&[0xFE; 20], 0), None);
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
