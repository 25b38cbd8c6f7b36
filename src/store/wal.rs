//! A database's write-ahead log read by hand before SQLite sees it: whether it belongs to the
//! database beside it, and which pages its committed frames hold.
//!
//! The format (sqlite.org/fileformat2.html#walformat): a 32-byte header (magic 0x377f0682 or
//! 0x377f0683, format version 3007000, page size, checkpoint sequence, two salts, a checksum of
//! the first 24 bytes), then frames of a 24-byte header (page number, the database size in
//! pages after a commit or 0, the two salts, a running checksum) and one page. A frame is valid
//! while its salts are the header's and its checksum continues the chain; SQLite replays the
//! valid frames up to the last commit and ignores the rest.

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

const MAGIC: u32 = 0x377f_0682;
const VERSION: u32 = 3_007_000;
const HEADER: usize = 32;
const FRAME_HEADER: usize = 24;
/// What [`read`] says of a log another process restarted while it was being read.
pub(super) const MOVED: &str = "it was restarted while legday read it";

/// What the main file's header says (the part a log must agree with).
#[derive(Debug, Clone)]
pub(super) struct DbHeader {
    pub page: u32,
    /// The main file's page 1 as it is on disk (shorter when the file is).
    pub page1: Vec<u8>,
    /// The application id (offset 68): legday's commit number and a random number (see
    /// `write::mark_commit`).
    pub app_id: u32,
    /// The size in pages at offset 28, when valid (its version-valid-for matches the counter).
    pub pages: Option<u32>,
}

/// The committed content of a log that belongs to its database.
#[derive(Debug, Default)]
pub(super) struct Committed {
    /// Pages with at least one committed frame.
    pub pages: HashSet<u32>,
    /// The database size in pages after the last commit (0 when nothing is committed).
    pub size: u32,
    /// Valid frames up to the last commit.
    pub frames: usize,
}

fn word(b: &[u8], big: bool) -> u32 {
    let a = [b[0], b[1], b[2], b[3]];
    if big {
        u32::from_be_bytes(a)
    } else {
        u32::from_le_bytes(a)
    }
}

fn be(b: &[u8]) -> u32 {
    u32::from_be_bytes([b[0], b[1], b[2], b[3]])
}

/// SQLite's WAL checksum, continued from `s` over `data` (a multiple of 8 bytes).
fn checksum(s: &mut (u32, u32), data: &[u8], big: bool) {
    for c in data.chunks_exact(8) {
        s.0 = s.0.wrapping_add(word(&c[..4], big)).wrapping_add(s.1);
        s.1 = s.1.wrapping_add(word(&c[4..], big)).wrapping_add(s.0);
    }
}

/// Reads the log at `wal` against the main file's header. `Ok(None)`: no committed frames
/// (absent, shorter than a header, or a header whose first frame was never completed — SQLite
/// replays nothing from it). `Err(why)`: the log is not this database's and SQLite would
/// replay or overwrite a stranger.
pub(super) fn read(wal: &Path, db: DbHeader) -> std::io::Result<Result<Option<Committed>, String>> {
    let f = match File::open(wal) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Ok(None)),
        Err(e) => return Err(e),
    };
    let mut r = BufReader::with_capacity(1 << 16, f);
    let mut head = [0u8; HEADER];
    let mut got = 0;
    while got < HEADER {
        match r.read(&mut head[got..])? {
            0 => return Ok(Ok(None)),
            n => got += n,
        }
    }
    let magic = be(&head[0..]);
    if magic & !1 != MAGIC {
        return Ok(Err("it is not an SQLite write-ahead log".into()));
    }
    let big = magic & 1 == 1;
    if be(&head[4..]) != VERSION {
        return Ok(Err("an unknown write-ahead log version".into()));
    }
    let mut sum = (0, 0);
    checksum(&mut sum, &head[..24], big);
    if sum != (be(&head[24..]), be(&head[28..])) {
        return Ok(Err("its header checksum is wrong".into()));
    }
    let page = be(&head[8..]);
    if page != db.page {
        return Ok(Err(format!(
            "its pages are {page} bytes, the database's {}",
            db.page
        )));
    }
    let salts = &head[16..24];
    let mut frame = vec![0u8; FRAME_HEADER + page as usize];
    let mut out = Committed::default();
    let mut pending: Vec<u32> = Vec::new();
    // Application ids of committed page-1 images, and sizes of commits.
    let mut ids: Vec<u32> = Vec::new();
    let mut pending_ids: Vec<u32> = Vec::new();
    // Whether the main file's page 1 is byte for byte one of the log's page-1 frames (a
    // checkpoint copied it from there).
    let (mut matched, mut pending_match) = (false, false);
    let mut sizes: Vec<u32> = Vec::new();
    let mut valid = 0usize;
    loop {
        if !read_full(&mut r, &mut frame)? {
            break;
        }
        if &frame[8..16] != salts {
            break;
        }
        let mut next = sum;
        checksum(&mut next, &frame[..8], big);
        checksum(&mut next, &frame[FRAME_HEADER..], big);
        if next != (be(&frame[16..]), be(&frame[20..])) {
            break;
        }
        sum = next;
        valid += 1;
        let pgno = be(&frame[0..]);
        pending.push(pgno);
        if pgno == 1 {
            pending_ids.push(be(&frame[FRAME_HEADER + 68..]));
            pending_match |= frame[FRAME_HEADER..] == db.page1[..];
        }
        let commit = be(&frame[4..]);
        if commit != 0 {
            out.pages.extend(pending.drain(..));
            ids.append(&mut pending_ids);
            matched |= pending_match;
            out.size = commit;
            out.frames = valid;
            sizes.push(commit);
        }
    }
    if !unchanged(wal, &head)? {
        return Ok(Err(MOVED.into()));
    }
    if out.frames == 0 {
        return Ok(Ok(None));
    }
    // The main file holds what was checkpointed from its log or an earlier one: its page 1 was
    // copied byte for byte from one of the log's committed page-1 frames, or it predates all of
    // them. legday numbers its commits in page 1 (the high half of the application id, a random
    // number in the low half), so a frame later than the main file has the next numbers, or
    // the very same id when another program wrote it. A log of an older copy of the file (the
    // main file's number is past them) or of a sibling copy (the same numbers, other random
    // halves) fails both. A log without page 1 never changed the database's size (SQLite
    // rewrites page 1 whenever the size changes), so each of its commits has the size the main
    // file's header gives.
    if !ids.is_empty() {
        let later = |id: u32| {
            let ahead = (id >> 16).wrapping_sub(db.app_id >> 16) & 0xFFFF;
            id == db.app_id || (1..0x8000).contains(&ahead)
        };
        if !matched && !ids.iter().all(|&id| later(id)) {
            let behind = ids
                .iter()
                .all(|&id| ((db.app_id >> 16).wrapping_sub(id >> 16) & 0xFFFF) < 0x8000);
            return Ok(Err(if behind {
                "it is older than the database: the file has commits the log does not".into()
            } else {
                "its commits are not the database's (a log of another copy of it?)".into()
            }));
        }
    } else if let Some(pages) = db.pages
        && let Some(&other) = sizes.iter().find(|&&s| s != pages)
    {
        return Ok(Err(format!(
            "it is for a database of {other} pages, this one has {pages}"
        )));
    }
    Ok(Ok(Some(out)))
}

/// Whether the log's header is still `head`: a log restarted (new salts) while it was read was
/// read partly over its next generation, so what was read says nothing. A log deleted since
/// (another legday's last connection closed and checkpointed it) has changed too: the caller
/// looks again, and finds none.
fn unchanged(wal: &Path, head: &[u8; HEADER]) -> std::io::Result<bool> {
    let mut now = [0u8; HEADER];
    let mut f = match File::open(wal) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e),
    };
    Ok(read_full(&mut f, &mut now)? && &now == head)
}

/// Fills `buf` whole; `false` at the end of the file (a torn last frame is no frame).
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<bool> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..])? {
            0 => return Ok(false),
            n => got += n,
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A log read while another legday's last connection closes: deleted between the read and
    /// the second look at its header. That is a log that changed (look again), not an error
    /// that refuses the database ("No such file or directory").
    #[test]
    fn a_log_deleted_while_read_has_changed_and_is_no_error() {
        let dir = tempfile::tempdir().unwrap();
        let wal = dir.path().join("legday.sqlite3-wal");
        let head = [7u8; HEADER];
        std::fs::write(&wal, head).unwrap();
        assert!(unchanged(&wal, &head).unwrap());
        assert!(!unchanged(&wal, &[8u8; HEADER]).unwrap());
        std::fs::remove_file(&wal).unwrap();
        assert!(!unchanged(&wal, &head).unwrap());
    }
}
