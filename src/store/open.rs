//! Opening a database file safely: look before touching, back up before migrating.

use super::faults::BUSY;
use super::schema::{self, SUPPORTED};
use super::sidecar::{beside, damage_mark};
use super::{atomic, wal};
use crate::error::{Error, Result, SqlContext};
use rusqlite::{Connection, OpenFlags};
use std::fs::{self, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

const HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Connection settings every store uses.
pub fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    let _mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    Ok(())
}

fn not_db(path: &Path, reason: impl Into<String>) -> Error {
    Error::NotADatabase {
        path: path.to_path_buf(),
        reason: reason.into(),
    }
}

/// What a read-only look at an existing file found.
pub(crate) struct Found {
    pub version: i64,
}

/// Checks the header and the write-ahead log by hand, then reads the version through a
/// read-only connection, so nothing is written to a file we are going to refuse. A check that
/// can fail for a moment while another process checkpoints (a file that looks short, a log
/// that looks foreign while it is being restarted) is tried again before refusing.
pub(crate) fn inspect(path: &Path) -> Result<Found> {
    // A log restarted while it was read (another process writing fast) is read again at once,
    // for up to 5 s; a refusal that may be a moment of a checkpoint, after a short wait.
    let (mut attempt, start) = (0, std::time::Instant::now());
    loop {
        match by_hand(path) {
            Ok(()) => break,
            // Restarted again and again for 5 s: a live SQLite connection is writing it, so it
            // is that database's log; SQLite reads it under its locks.
            Err((Error::ForeignWal { reason, .. }, _)) if reason == wal::MOVED => {
                if start.elapsed() >= BUSY {
                    break;
                }
            }
            Err((_, true)) if attempt < 4 => {
                attempt += 1;
                std::thread::sleep(Duration::from_millis(20 * attempt));
            }
            Err((e, _)) => return Err(e),
        }
    }
    let look = || -> rusqlite::Result<Found> {
        // Without a write-ahead log beside it the file alone is the database: open it
        // immutable, so SQLite creates no -wal or -shm file next to a file we may refuse.
        let conn = if wal_path(path).exists() {
            Connection::open_with_flags(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?
        } else {
            Connection::open_with_flags(
                immutable_uri(path),
                OpenFlags::SQLITE_OPEN_READ_ONLY
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX
                    | OpenFlags::SQLITE_OPEN_URI,
            )?
        };
        conn.busy_timeout(BUSY)?;
        let version = schema::user_version(&conn)?;
        conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })?;
        Ok(Found { version })
    };
    look().map_err(|e| match super::faults::code(&e) {
        // The file may be fine: say what went wrong, not that it is not ours.
        Some(
            rusqlite::ErrorCode::DiskFull
            | rusqlite::ErrorCode::SystemIoFailure
            | rusqlite::ErrorCode::DatabaseBusy
            | rusqlite::ErrorCode::DatabaseLocked,
        ) => super::faults::explain(
            Error::Sql {
                context: format!("reading {}", path.display()),
                source: e,
            },
            path,
        ),
        // A SQLite file it cannot read through: damaged, with the way back (nothing is written
        // beside a file refused here, not even the damage mark).
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            super::faults::damaged(path, "opening it", &e.to_string())
        }
        _ => not_db(path, e.to_string()),
    })
}

/// The header, the page count against the file's length and the pages the write-ahead log
/// holds, and whether the log belongs to the file. `Err((refusal, may_pass))`.
fn by_hand(path: &Path) -> std::result::Result<(), (Error, bool)> {
    let io = |e| (Error::io(format!("{}", path.display()), e), false);
    let mut head = [0u8; 100];
    let mut f = fs::File::open(path).map_err(io)?;
    let mut n = 0;
    while n < head.len() {
        match f.read(&mut head[n..]).map_err(io)? {
            0 => break,
            k => n += k,
        }
    }
    if n < 16 || &head[..16] != HEADER {
        return Err((not_db(path, "no SQLite header"), false));
    }
    if n < 100 {
        return Err((not_db(path, "truncated SQLite header"), false));
    }
    let page = match u16::from_be_bytes([head[16], head[17]]) {
        1 => 65536,
        p if p >= 512 && p.is_power_of_two() => u32::from(p),
        _ => return Err((not_db(path, "bad page size in the header"), false)),
    };
    let pages = u32::from_be_bytes([head[28], head[29], head[30], head[31]]);
    let app_id = u32::from_be_bytes([head[68], head[69], head[70], head[71]]);
    let valid = head[24..28] == head[92..96];
    let mut page1 = head.to_vec();
    Read::by_ref(&mut f)
        .take(u64::from(page) - 100)
        .read_to_end(&mut page1)
        .map_err(io)?;
    let db = wal::DbHeader {
        page,
        page1,
        app_id,
        pages: valid.then_some(pages),
    };
    let wal = wal_path(path);
    let log = match wal::read(&wal, db).map_err(io)? {
        Ok(log) => log,
        Err(reason) => {
            let e = Error::ForeignWal {
                path: path.to_path_buf(),
                wal,
                reason,
            };
            return Err((e, true));
        }
    };
    // The length after reading the log: a checkpoint only ever completes the file from it.
    let len = fs::metadata(path).map_err(io)?.len();
    let whole = len / u64::from(page);
    let truncated = match &log {
        // The database is the log's last commit: every page past the file's end must be in it.
        Some(log) => (whole + 1..=u64::from(log.size))
            .any(|p| !u32::try_from(p).is_ok_and(|p| log.pages.contains(&p))),
        None => len % u64::from(page) != 0 || (valid && whole < u64::from(pages)),
    };
    if truncated {
        return Err((not_db(path, "the file is truncated"), true));
    }
    Ok(())
}

pub(crate) fn wal_path(path: &Path) -> PathBuf {
    beside(path, "-wal")
}

/// `file:/the%20path?immutable=1`, percent-encoding every byte a URI path may not hold.
pub(crate) fn immutable_uri(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for &b in abs.as_os_str().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// Refuses, before anything is written, a database legday could read but not write to.
fn check_writable(path: &Path) -> Result<()> {
    let read_only = |why: &str| Error::ReadOnly {
        path: path.to_path_buf(),
        reason: why.to_string(),
    };
    if OpenOptions::new().write(true).open(path).is_err() {
        return Err(read_only("the database file is read-only"));
    }
    // The write-ahead log and its index live beside the file.
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if tempfile::tempfile_in(dir).is_err() {
        return Err(read_only("its folder is read-only"));
    }
    Ok(())
}

/// Creates the parent directory (0700) and the database whole: migrated in memory, written into
/// an unnamed file (0600) and only then given its name, so no other process (nor this one, if
/// killed) ever finds an empty or half-made file there. Another legday creating it at the same
/// moment is no error: the first name wins, both open the same complete file.
fn create_new(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        let mut b = fs::DirBuilder::new();
        b.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
        b.create(dir)
            .map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
    }
    let mut mem = Connection::open_in_memory().context("creating the database")?;
    schema::migrate_to(&mut mem, SUPPORTED).context("creating the tables")?;
    let mut image = mem
        .serialize(rusqlite::MAIN_DB)
        .context("creating the database")?
        .to_vec();
    // Born in WAL mode (the header's write and read versions 2, as `journal_mode = WAL` writes
    // them): several legday processes opening a new file at once never race to switch its
    // journal mode, which needs an exclusive lock SQLite may refuse without waiting.
    if image.len() >= 20 {
        image[18] = 2;
        image[19] = 2;
    }
    let written = atomic::write_file(path, false, |f| {
        f.write_all(&image)
            .map_err(|e| Error::io(format!("creating {}", path.display()), e))
    });
    match written {
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::AlreadyExists => {
            Ok(())
        }
        other => other,
    }
}

/// `legday.sqlite3.backup-v1-20261123071500`, made with `VACUUM INTO` (a consistent copy that
/// includes anything still in the WAL) into `legday.sqlite3.partial-backup-v1-…` (created 0600
/// first), synced, and only then given its name: a backup that exists is complete. Called by the
/// process that migrates, holding the write lock, so no other legday writes a backup meanwhile;
/// a partial file a killed legday left behind is removed first. A failed backup leaves nothing.
fn backup(path: &Path, version: i64) -> Result<PathBuf> {
    let stamp = chrono::Local::now().format("%Y%m%d%H%M%S").to_string();
    let base = path.file_name().unwrap_or_default().to_string_lossy();
    let dir = atomic::folder(path);
    let partial_prefix = format!("{base}.partial-backup-");
    if let Ok(rd) = fs::read_dir(&dir) {
        for e in rd.filter_map(|e| e.ok()) {
            if e.file_name().to_string_lossy().starts_with(&partial_prefix) {
                fs::remove_file(e.path())
                    .map_err(|err| Error::io(format!("removing {}", e.path().display()), err))?;
            }
        }
    }
    let mut dest = dir.join(format!("{base}.backup-v{version}-{stamp}"));
    let mut n = 1;
    while dest.exists() {
        n += 1;
        dest = dir.join(format!("{base}.backup-v{version}-{stamp}-{n}"));
    }
    let partial = dir.join(format!("{partial_prefix}v{version}-{stamp}"));
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(&partial)
        .map_err(|e| Error::io(format!("creating backup {}", partial.display()), e))?;
    let made = (|| -> Result<()> {
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .context("opening the database for a backup")?;
        conn.busy_timeout(BUSY)
            .context("opening the database for a backup")?;
        conn.execute("VACUUM INTO ?1", [partial.to_string_lossy()])
            .context("writing the backup")?;
        drop(conn);
        let io = |e| Error::io(format!("writing backup {}", dest.display()), e);
        fs::File::open(&partial)
            .and_then(|f| f.sync_all())
            .map_err(io)?;
        // A hard link never replaces a file of that name.
        fs::hard_link(&partial, &dest).map_err(io)?;
        if let Ok(d) = fs::File::open(&dir) {
            d.sync_all().map_err(io)?;
        }
        Ok(())
    })();
    let removed = fs::remove_file(&partial);
    made?;
    removed.map_err(|e| Error::io(format!("removing {}", partial.display()), e))?;
    Ok(dest)
}

/// What is wrong with a regular file's kind, for a path that is not one.
fn not_regular(m: &fs::Metadata) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    let t = m.file_type();
    Some(if t.is_file() {
        return None;
    } else if t.is_dir() {
        "a folder"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else if t.is_fifo() {
        "a named pipe"
    } else if t.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    })
}

/// Why an existing path is refused before anything reads it: not a regular file (`/dev/null`:
/// SQLite would create `-wal` and `-shm` files beside it), or empty (legday never leaves an
/// empty database behind, so it is not one of ours).
pub(crate) fn open_file_refusal(path: &Path, m: &fs::Metadata) -> Option<Error> {
    if let Some(kind) = not_regular(m) {
        return Some(not_db(
            path,
            format!("{kind}, not a regular file; give a file path with --db"),
        ));
    }
    (m.len() == 0).then(|| {
        not_db(
            path,
            "the file is empty; legday never leaves an empty database behind, \
             so delete it or give another path with --db",
        )
    })
}

/// Opens `path` for the store: refuses what is not ours, backs up, migrates. Returns the
/// connection and, when the file was found damaged before, what was found.
pub fn open_file(path: &Path) -> Result<(Connection, Option<String>)> {
    match fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => create_new(path)?,
        Err(e) => return Err(Error::io(format!("{}", path.display()), e)),
        Ok(m) => {
            if let Some(e) = open_file_refusal(path, &m) {
                return Err(e);
            }
        }
    }
    let found = inspect(path)?;
    if found.version > SUPPORTED {
        return Err(Error::TooNew {
            path: path.to_path_buf(),
            found: found.version,
            supported: SUPPORTED,
        });
    }
    check_writable(path)?;
    let damaged = fs::read_to_string(damage_mark(path)).ok();
    let mut conn = Connection::open(path).context("opening the database")?;
    configure(&conn).context("configuring the database")?;
    if found.version < SUPPORTED
        && let Some(d) = &damaged
    {
        return Err(super::faults::damaged(path, "upgrading the database", d));
    }
    // The version is read again under the write lock: of several legday processes opening an
    // older file at once, the first migrates (and makes the backup), the others wait for it and
    // find the work done.
    schema::migrate_with(&mut conn, SUPPORTED, |tx, from| {
        let tables: i64 = tx
            .query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get(0))
            .context("reading the schema")?;
        if from > 0 || tables > 0 {
            backup(path, from)?;
        }
        Ok(())
    })
    .context("upgrading the database")?;
    Ok((conn, damaged))
}
