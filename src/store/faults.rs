//! SQLite's error codes turned into what the user needs to know: a full disk, a lock held by
//! another program, a damaged file (with the latest backup and how to restore it).

use super::sidecar::{backups, damage_mark};
use std::time::Duration;

/// How long a connection waits for another one's lock before giving up.
pub(crate) const BUSY: Duration = Duration::from_secs(5);

use crate::error::Error;
use std::path::Path;

/// The SQLite error code of an SQL error.
pub(crate) fn code(e: &rusqlite::Error) -> Option<rusqlite::ErrorCode> {
    match e {
        rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
        _ => None,
    }
}

/// Whether the file system holding `path` has no block left for an ordinary user.
fn no_space(path: &Path) -> bool {
    rustix::fs::statvfs(super::atomic::folder(path)).is_ok_and(|s| s.f_bavail == 0)
}

/// `e` in the words of the fault behind it, naming the database `path`. A damaged file is
/// marked (see [`damage_mark`]) so no later legday writes into it either.
pub fn explain(e: Error, path: &Path) -> Error {
    let (context, source) = match e {
        Error::Sql { context, source } => (context, source),
        Error::Io { context, source }
            if source.kind() == std::io::ErrorKind::StorageFull
                || source.kind() == std::io::ErrorKind::QuotaExceeded =>
        {
            return Error::DiskFull {
                path: path.to_path_buf(),
                context,
            };
        }
        e => return e,
    };
    match code(&source) {
        Some(rusqlite::ErrorCode::DiskFull) => Error::DiskFull {
            path: path.to_path_buf(),
            context,
        },
        Some(rusqlite::ErrorCode::SystemIoFailure) if no_space(path) => Error::DiskFull {
            path: path.to_path_buf(),
            context,
        },
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
            Error::Locked {
                path: path.to_path_buf(),
                context,
                waited_s: BUSY.as_secs(),
            }
        }
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase) => {
            let detail = source.to_string();
            // Best effort: the refusal below is said either way.
            let _ = std::fs::write(damage_mark(path), format!("{context}: {detail}\n"));
            damaged(path, &context, &detail)
        }
        _ => Error::Sql { context, source },
    }
}

/// The error for a damaged file: what was found, the latest backup and how to restore it.
pub(crate) fn damaged(path: &Path, context: &str, detail: &str) -> Error {
    let detail = detail.trim().trim_start_matches("database: ").to_string();
    let mark = damage_mark(path);
    let restore = match backups(path).pop() {
        Some(b) => format!(
            "The latest backup is {b}; to restore it: mv '{p}' '{p}.damaged-copy' && cp '{b}' '{p}' && rm -f '{p}-wal' '{p}-shm' '{m}' (then `legday --db '{p}' check`; what was logged after the backup is not in it)",
            b = b.display(),
            p = path.display(),
            m = mark.display(),
        ),
        None => format!(
            "There is no backup beside it; `sqlite3 '{p}' .recover | sqlite3 '{p}.recovered'` may rescue what is intact, and `legday --db '{p}' check` says when a file is whole",
            p = path.display()
        ),
    };
    Error::Corrupt {
        path: path.to_path_buf(),
        context: context.to_string(),
        detail,
        restore,
    }
}
