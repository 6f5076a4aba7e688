//! Segment files: `groups/<group id>/<segment number>.seg`, one group's sealed blocks, appended
//! to one at a time and never modified in place once rolled.
//!
//! ```text
//! segment = "KLS1" | frame(replaced segment numbers) | block*
//! ```
//!
//! A compacted segment names the segments it replaces; recovery deletes any of those still
//! present (the crash came between writing the new file and deleting the old ones), so a block
//! is never indexed twice.

use std::fs::{File, OpenOptions};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::block::{self, BlockMeta, EventRun, HEADER_FRAME_LEN, HeaderRead};
use crate::codec::{self, Corrupt, Frame, Reader, Writer};

const MAGIC: &[u8; 4] = b"KLS1";

/// Anything blocks can be read from at an offset: a file, or bytes in memory (tests, fuzzing).
pub trait Source {
    fn len(&self) -> u64;
    fn read_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<usize>;

    fn read_exact_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
        let mut done = 0;
        while done < buf.len() {
            let n = self.read_at(&mut buf[done..], offset + done as u64)?;
            if n == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            done += n;
        }
        Ok(())
    }
}

impl Source for [u8] {
    fn len(&self) -> u64 {
        <[u8]>::len(self) as u64
    }

    fn read_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<usize> {
        let start = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(<[u8]>::len(self));
        let n = buf.len().min(<[u8]>::len(self) - start);
        buf[..n].copy_from_slice(&self[start..start + n]);
        Ok(n)
    }
}

/// What scanning a segment found.
#[derive(Debug, Default)]
pub struct Scanned {
    pub replaces: Vec<u64>,
    /// Blocks with their offsets, in file order.
    pub blocks: Vec<(u64, BlockMeta)>,
    /// Length of the valid prefix; anything after it is a torn or corrupt tail.
    pub valid_len: u64,
    pub stopped: Option<Corrupt>,
    /// Damaged stretches between good blocks (a block whose header no longer checks out),
    /// skipped by searching for the next good block: they stay in the file as dead space.
    pub damaged: Vec<Damaged>,
    /// The segment header did not check out: the blocks were found by searching, and what
    /// the segment replaces (if it was a compaction's) is unknown.
    pub header_damaged: Option<Corrupt>,
    /// Bytes of blocks left out after the scan (see the store's recovery): dead space.
    pub dropped_bytes: u64,
}

/// Whether a block's payload is all there and matches its CRC.
pub fn payload_checks_out(source: &(impl Source + ?Sized), offset: u64, meta: &BlockMeta) -> bool {
    let mut payload = vec![0u8; meta.compressed_len as usize];
    source
        .read_exact_at(&mut payload, offset + HEADER_FRAME_LEN as u64)
        .is_ok()
        && crc32fast::hash(&payload) == meta.payload_crc
}

/// A damaged stretch of a segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Damaged {
    pub offset: u64,
    pub len: u64,
    pub error: Corrupt,
}

fn header(replaces: &[u64]) -> Vec<u8> {
    let mut w = Writer::default();
    w.varint(replaces.len() as u64);
    for r in replaces {
        w.varint(*r);
    }
    let mut out = MAGIC.to_vec();
    codec::write_frame(&mut out, &w.buf);
    out
}

/// Parses the segment header; returns what it replaces and where the blocks start.
fn read_segment_header(
    source: &(impl Source + ?Sized),
    len: u64,
) -> Result<(Vec<u64>, u64), Corrupt> {
    let mut head = vec![0u8; 4096.min(len as usize)];
    source
        .read_exact_at(&mut head, 0)
        .map_err(|_| Corrupt("segment header unreadable"))?;
    let Some(rest) = head.strip_prefix(MAGIC) else {
        return Err(Corrupt("not a segment file"));
    };
    let (body, frame_len) = match codec::read_frame(rest, 4000) {
        Frame::Body(body, n) => (body, n),
        _ => return Err(Corrupt("segment header is damaged")),
    };
    let mut r = Reader::new(body);
    let n = r.count(1)?;
    let mut replaces = Vec::with_capacity(n);
    for _ in 0..n {
        replaces.push(r.varint()?);
    }
    Ok((replaces, (MAGIC.len() + frame_len) as u64))
}

/// The first offset at or after `from` holding a whole good block: a header frame that
/// checks out and a payload whose CRC matches (so a stray match inside other data is not
/// taken for a block).
fn find_block(source: &(impl Source + ?Sized), from: u64, len: u64) -> Option<(u64, BlockMeta)> {
    const CHUNK: usize = 64 << 10;
    let frame_len = (block::HEADER_BODY_LEN as u32).to_le_bytes();
    let mut base = from;
    let mut chunk = vec![0u8; CHUNK + HEADER_FRAME_LEN];
    while base + HEADER_FRAME_LEN as u64 <= len {
        let n = ((len - base) as usize).min(chunk.len());
        source.read_exact_at(&mut chunk[..n], base).ok()?;
        let last = n.saturating_sub(HEADER_FRAME_LEN);
        for i in 0..=last.min(CHUNK - 1) {
            if chunk[i..i + 4] != frame_len {
                continue;
            }
            let at = base + i as u64;
            let HeaderRead::Block(meta) =
                block::read_header(&chunk[i..i + HEADER_FRAME_LEN], len - at)
            else {
                continue;
            };
            if payload_checks_out(source, at, &meta) {
                return Some((at, meta));
            }
        }
        base += CHUNK as u64;
    }
    None
}

/// Reads a segment's header and every block header; payloads are skipped, not read, except
/// to confirm a block found by searching past damage. A damaged block header with a good
/// block after it is skipped (reported in [`Scanned::damaged`]); one with nothing good after
/// it ends the segment (a torn or corrupt tail, [`Scanned::stopped`]). A damaged segment
/// header is reported and the blocks searched for; only a file with neither a good header
/// nor a good block is refused.
pub fn scan(source: &(impl Source + ?Sized)) -> Result<Scanned, Corrupt> {
    let len = source.len();
    let mut out = Scanned::default();
    let mut pos = match read_segment_header(source, len) {
        Ok((replaces, start)) => {
            out.replaces = replaces;
            start
        }
        Err(err) => match find_block(source, 0, len) {
            Some((at, _)) => {
                out.header_damaged = Some(err);
                at
            }
            None => return Err(err),
        },
    };
    let mut buf = [0u8; HEADER_FRAME_LEN];
    while pos < len {
        let want = (len - pos).min(HEADER_FRAME_LEN as u64) as usize;
        if source.read_exact_at(&mut buf[..want], pos).is_err() {
            out.stopped = Some(Corrupt("segment unreadable"));
            break;
        }
        match block::read_header(&buf[..want], len - pos) {
            HeaderRead::Block(meta) => {
                out.blocks.push((pos, meta));
                pos += meta.disk_len();
            }
            HeaderRead::Torn => {
                out.stopped = Some(Corrupt("torn block at the end of the segment"));
                break;
            }
            HeaderRead::Corrupt(error) => match find_block(source, pos + 1, len) {
                Some((next, _)) => {
                    out.damaged.push(Damaged {
                        offset: pos,
                        len: next - pos,
                        error,
                    });
                    pos = next;
                }
                None => {
                    out.stopped = Some(error);
                    break;
                }
            },
        }
    }
    out.valid_len = pos.min(len);
    Ok(out)
}

/// Reads and decodes one block.
pub fn read_block(
    source: &(impl Source + ?Sized),
    offset: u64,
    meta: &BlockMeta,
) -> Result<EventRun, Corrupt> {
    let mut payload = vec![0u8; meta.compressed_len as usize];
    source
        .read_exact_at(&mut payload, offset + HEADER_FRAME_LEN as u64)
        .map_err(|_| Corrupt("block payload unreadable"))?;
    block::decode_payload(meta, &payload)
}

/// An open segment file. Reads use positioned reads, so scans share it with the appender;
/// once unlinked (retention, compaction) it stays readable to scans that still hold it.
#[derive(Debug)]
pub struct SegmentFile {
    pub number: u64,
    pub path: PathBuf,
    file: File,
    len: AtomicU64,
}

impl Source for SegmentFile {
    fn len(&self) -> u64 {
        self.len.load(Ordering::Acquire)
    }

    fn read_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<usize> {
        self.file.read_at(buf, offset)
    }
}

pub fn segment_path(dir: &Path, number: u64) -> PathBuf {
    dir.join(format!("{number:016x}.seg"))
}

/// Parses `<16 hex digits>.seg`.
pub fn parse_segment_name(name: &str) -> Option<u64> {
    let hex = name.strip_suffix(".seg")?;
    (hex.len() == 16)
        .then(|| u64::from_str_radix(hex, 16).ok())
        .flatten()
}

/// Where a compaction writes a segment before it is complete: `<number>.seg.tmp`. Recovery
/// deletes any such file (the compaction it belonged to never finished, and the segments it
/// would have replaced are still in place).
pub fn temp_path(dir: &Path, number: u64) -> PathBuf {
    dir.join(format!("{number:016x}.seg.tmp"))
}

impl SegmentFile {
    /// Creates a new, empty segment (durably named in its directory).
    pub fn create(dir: &Path, number: u64, replaces: &[u64]) -> std::io::Result<Self> {
        let segment = Self::create_at(
            segment_path(dir, number),
            segment_path(dir, number),
            number,
            replaces,
        )?;
        crate::catalog::sync_dir(dir)?;
        Ok(segment)
    }

    /// Creates a segment that replaces others under its temporary name ([`temp_path`]); it
    /// takes its real name with [`persist`](Self::persist) once every block is in it and
    /// synced. Until then a crash leaves only a temporary file behind, and the replaced
    /// segments keep counting.
    pub fn create_replacement(dir: &Path, number: u64, replaces: &[u64]) -> std::io::Result<Self> {
        Self::create_at(
            temp_path(dir, number),
            segment_path(dir, number),
            number,
            replaces,
        )
    }

    fn create_at(
        at: PathBuf,
        path: PathBuf,
        number: u64,
        replaces: &[u64],
    ) -> std::io::Result<Self> {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&at)?;
        let head = header(replaces);
        file.write_all_at(&head, 0)?;
        file.sync_all()?;
        Ok(Self {
            number,
            path,
            file,
            len: AtomicU64::new(head.len() as u64),
        })
    }

    /// Syncs a replacement segment and gives it its real name, durably.
    pub fn persist(&self) -> std::io::Result<()> {
        self.file.sync_all()?;
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::rename(temp_path(dir, self.number), &self.path)?;
        crate::catalog::sync_dir(dir)
    }

    /// Opens an existing segment, cutting a torn or corrupt tail off (it was never acknowledged
    /// as sealed: those events are still in the WAL).
    pub fn open(path: &Path, number: u64) -> std::io::Result<(Self, Scanned)> {
        let file = OpenOptions::new().read(true).write(true).open(path)?;
        let len = file.metadata()?.len();
        let segment = Self {
            number,
            path: path.to_path_buf(),
            file,
            len: AtomicU64::new(len),
        };
        let scanned = scan(&segment).map_err(|err| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("{}: {err}", path.display()),
            )
        })?;
        if scanned.valid_len < len {
            segment.file.set_len(scanned.valid_len)?;
            segment.file.sync_all()?;
            segment.len.store(scanned.valid_len, Ordering::Release);
        }
        Ok((segment, scanned))
    }

    /// Appends encoded blocks; returns the offset they start at. Not fsynced: the WAL still
    /// holds these events until the next checkpoint syncs the segment.
    pub fn append(&self, bytes: &[u8]) -> std::io::Result<u64> {
        let offset = self.len();
        self.file.write_all_at(bytes, offset)?;
        self.len
            .store(offset + bytes.len() as u64, Ordering::Release);
        Ok(offset)
    }

    pub fn sync(&self) -> std::io::Result<()> {
        self.file.sync_data()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_index_blocks_and_cut_torn_tails() {
        let dir = tempfile::tempdir().unwrap();
        let seg = SegmentFile::create(dir.path(), 1, &[7]).unwrap();
        let mut offsets = Vec::new();
        for i in 0..3i64 {
            let mut run = EventRun::default();
            run.push(i * 10, i as u64 + 1, i, format!("message {i}").as_bytes());
            let (_, bytes) = block::encode(1, &run, 1).unwrap();
            offsets.push(seg.append(&bytes).unwrap());
        }
        let full = seg.len();
        // A torn append: half a block.
        let mut run = EventRun::default();
        run.push(99, 99, 99, b"torn");
        let (_, bytes) = block::encode(1, &run, 1).unwrap();
        seg.append(&bytes[..bytes.len() / 2]).unwrap();
        drop(seg);

        let (seg, scanned) = SegmentFile::open(&segment_path(dir.path(), 1), 1).unwrap();
        assert_eq!(scanned.replaces, vec![7]);
        assert_eq!(scanned.blocks.len(), 3);
        assert!(scanned.stopped.is_some());
        assert_eq!(seg.len(), full);
        let (offset, meta) = scanned.blocks[2];
        assert_eq!(offset, offsets[2]);
        let run = read_block(&seg, offset, &meta).unwrap();
        assert_eq!(run.message(&run.events[0]), b"message 2");
        assert_eq!(parse_segment_name("0000000000000001.seg"), Some(1));
        assert_eq!(parse_segment_name("1.seg"), None);
    }
}
