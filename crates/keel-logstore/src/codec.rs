//! Byte-level encoding shared by the WAL, segments and the catalog: LEB128 varints, zigzag for
//! signed values, length-prefixed byte strings, and CRC-checked frames.
//!
//! Every decoder here reads untrusted bytes (a torn write, a corrupt disk, a fuzzer): it returns
//! [`Corrupt`] for anything malformed and never panics or allocates more than the input could
//! justify.

use std::fmt;

/// A malformed record: what was wrong, for logs and error messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Corrupt(pub &'static str);

impl fmt::Display for Corrupt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for Corrupt {}

/// Appends encoded values to a byte buffer.
#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            buf: Vec::with_capacity(capacity),
        }
    }

    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }

    pub fn u32_le(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    pub fn u64_le(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    pub fn i64_le(&mut self, v: i64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    pub fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }

    pub fn zigzag(&mut self, v: i64) {
        self.varint(((v << 1) ^ (v >> 63)) as u64);
    }

    pub fn bytes(&mut self, b: &[u8]) {
        self.varint(b.len() as u64);
        self.buf.extend_from_slice(b);
    }
}

/// Reads encoded values from a byte slice; every read checks bounds.
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Self { data, pos: 0 }
    }

    pub fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    pub fn is_empty(&self) -> bool {
        self.remaining() == 0
    }

    pub fn take(&mut self, n: usize) -> Result<&'a [u8], Corrupt> {
        if n > self.remaining() {
            return Err(Corrupt("truncated record"));
        }
        let out = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(out)
    }

    pub fn u8(&mut self) -> Result<u8, Corrupt> {
        Ok(self.take(1)?[0])
    }

    pub fn u32_le(&mut self) -> Result<u32, Corrupt> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub fn u64_le(&mut self) -> Result<u64, Corrupt> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    pub fn i64_le(&mut self) -> Result<i64, Corrupt> {
        Ok(self.u64_le()? as i64)
    }

    pub fn varint(&mut self) -> Result<u64, Corrupt> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            if shift == 63 && b > 1 {
                return Err(Corrupt("varint overflows 64 bits"));
            }
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Corrupt("varint too long"))
    }

    pub fn zigzag(&mut self) -> Result<i64, Corrupt> {
        let v = self.varint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    /// A count of items that each take at least `min_item_bytes`: refuses counts the remaining
    /// input could not hold, so a corrupt count cannot make a decoder allocate without bound.
    pub fn count(&mut self, min_item_bytes: usize) -> Result<usize, Corrupt> {
        let n = self.varint()?;
        let n = usize::try_from(n).map_err(|_| Corrupt("count too large"))?;
        if n.saturating_mul(min_item_bytes.max(1)) > self.remaining() {
            return Err(Corrupt("count larger than the record"));
        }
        Ok(n)
    }

    pub fn bytes(&mut self) -> Result<&'a [u8], Corrupt> {
        let n = self.varint()?;
        let n = usize::try_from(n).map_err(|_| Corrupt("length too large"))?;
        self.take(n)
    }

    pub fn string(&mut self) -> Result<String, Corrupt> {
        let b = self.bytes()?;
        String::from_utf8(b.to_vec()).map_err(|_| Corrupt("string is not UTF-8"))
    }
}

/// Frame header: body length (u32 LE) then CRC-32 of the body (u32 LE).
pub const FRAME_HEADER: usize = 8;

/// Appends `body` as one frame.
pub fn write_frame(out: &mut Vec<u8>, body: &[u8]) {
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(body).to_le_bytes());
    out.extend_from_slice(body);
}

/// What [`read_frame`] found at the front of its input.
#[derive(Debug, PartialEq, Eq)]
pub enum Frame<'a> {
    /// A whole, intact frame: its body and its total length on disk.
    Body(&'a [u8], usize),
    /// Fewer bytes than the frame claims: a write that did not finish.
    Torn,
    /// The bytes are all there but the CRC does not match.
    Corrupt,
}

/// Reads the frame at the front of `data`, refusing bodies over `max_body` bytes.
pub fn read_frame(data: &[u8], max_body: usize) -> Frame<'_> {
    if data.len() < FRAME_HEADER {
        return Frame::Torn;
    }
    let len = u32::from_le_bytes([data[0], data[1], data[2], data[3]]) as usize;
    let crc = u32::from_le_bytes([data[4], data[5], data[6], data[7]]);
    if len > max_body {
        return Frame::Corrupt;
    }
    if data.len() - FRAME_HEADER < len {
        return Frame::Torn;
    }
    let body = &data[FRAME_HEADER..FRAME_HEADER + len];
    if crc32fast::hash(body) != crc {
        return Frame::Corrupt;
    }
    Frame::Body(body, FRAME_HEADER + len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn values_round_trip(a in any::<u64>(), b in any::<i64>(), s in ".{0,40}") {
            let mut w = Writer::default();
            w.varint(a);
            w.zigzag(b);
            w.bytes(s.as_bytes());
            w.u64_le(a);
            let mut r = Reader::new(&w.buf);
            prop_assert_eq!(r.varint().unwrap(), a);
            prop_assert_eq!(r.zigzag().unwrap(), b);
            prop_assert_eq!(r.string().unwrap(), s);
            prop_assert_eq!(r.u64_le().unwrap(), a);
            prop_assert!(r.is_empty());
        }

        #[test]
        fn readers_never_panic(data in proptest::collection::vec(any::<u8>(), 0..64)) {
            let mut r = Reader::new(&data);
            let _ = r.varint();
            let _ = r.count(1);
            let _ = r.string();
            let _ = read_frame(&data, 1 << 20);
        }
    }

    #[test]
    fn frames_detect_torn_and_corrupt_bodies() {
        let mut out = Vec::new();
        write_frame(&mut out, b"hello");
        assert_eq!(read_frame(&out, 100), Frame::Body(b"hello", 13));
        assert_eq!(read_frame(&out[..10], 100), Frame::Torn);
        let mut bad = out.clone();
        bad[9] ^= 1;
        assert_eq!(read_frame(&bad, 100), Frame::Corrupt);
        assert_eq!(read_frame(&out, 4), Frame::Corrupt);
    }
}
