//! Opening a database file safely: look before touching, back up before migrating.

use super::schema::{self, SUPPORTED};
use crate::error::{Error, Result, SqlContext};
use rusqlite::{Connection, OpenFlags};
use std::fs::{self, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

const HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Connection settings every store uses.
pub fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
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
struct Found {
    version: i64,
    tables: i64,
}

/// Checks the header and page count by hand, then reads the version through a read-only
/// connection, so nothing is written to a file we are going to refuse.
fn inspect(path: &Path, len: u64) -> Result<Found> {
    let mut head = [0u8; 100];
    let mut f = fs::File::open(path).map_err(|e| Error::io(format!("{}", path.display()), e))?;
    let n = f
        .read(&mut head)
        .map_err(|e| Error::io(format!("{}", path.display()), e))?;
    if n < 16 || &head[..16] != HEADER {
        return Err(not_db(path, "no SQLite header"));
    }
    if n < 100 {
        return Err(not_db(path, "truncated SQLite header"));
    }
    let page = match u16::from_be_bytes([head[16], head[17]]) {
        1 => 65536,
        p if p >= 512 && p.is_power_of_two() => u64::from(p),
        _ => return Err(not_db(path, "bad page size in the header")),
    };
    let pages = u64::from(u32::from_be_bytes([head[28], head[29], head[30], head[31]]));
    let counter = &head[24..28];
    let valid_for = &head[92..96];
    if len % page != 0 || (counter == valid_for && len < pages * page) {
        return Err(not_db(path, "the file is truncated"));
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
        let version = schema::user_version(&conn)?;
        let tables = conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get(0))?;
        Ok(Found { version, tables })
    };
    look().map_err(|e| not_db(path, e.to_string()))
}

fn wal_path(path: &Path) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push("-wal");
    PathBuf::from(p)
}

/// `file:/the%20path?immutable=1`, percent-encoding every byte a URI path may not hold.
fn immutable_uri(path: &Path) -> String {
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

/// Creates the parent directory (0700) and an empty file (0600) before SQLite sees the path.
fn create_private(path: &Path) -> Result<()> {
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
    let mut o = OpenOptions::new();
    o.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(path)
        .map_err(|e| Error::io(format!("creating {}", path.display()), e))?;
    Ok(())
}

/// `legday.sqlite3.backup-v1-20261123071500`, made with `VACUUM INTO` (a consistent copy that
/// includes anything still in the WAL) into a file created 0600 first.
fn backup(path: &Path, version: i64) -> Result<PathBuf> {
    let stamp = chrono::Local::now().format("%Y%m%d%H%M%S");
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".backup-v{version}-{stamp}"));
    let dest = path.with_file_name(name);
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    o.open(&dest)
        .map_err(|e| Error::io(format!("creating backup {}", dest.display()), e))?;
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .context("opening the database for a backup")?;
    conn.execute("VACUUM INTO ?1", [dest.to_string_lossy()])
        .context("writing the backup")?;
    Ok(dest)
}

/// Opens `path` for the store: refuses what is not ours, backs up, migrates.
pub fn open_file(path: &Path) -> Result<Connection> {
    let len = match fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
        Err(e) => return Err(Error::io(format!("{}", path.display()), e)),
    };
    let found = if len > 0 {
        Some(inspect(path, len)?)
    } else {
        create_private(path)?;
        None
    };
    if let Some(f) = &found {
        if f.version > SUPPORTED {
            return Err(Error::TooNew {
                path: path.to_path_buf(),
                found: f.version,
                supported: SUPPORTED,
            });
        }
        check_writable(path)?;
        if f.version < SUPPORTED && (f.version > 0 || f.tables > 0) {
            backup(path, f.version)?;
        }
    }
    let mut conn = Connection::open(path).context("opening the database")?;
    configure(&conn).context("configuring the database")?;
    schema::migrate_to(&mut conn, SUPPORTED).context("upgrading the database")?;
    Ok(conn)
}
