//! `legday check`: what SQLite's integrity check says of a database file, without writing to it.

use super::open;
use super::sidecar::{backups, damage_mark};
use crate::error::{Error, Result, SqlContext};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// What the check found.
#[derive(Debug)]
pub struct Check {
    /// Nothing wrong.
    pub ok: bool,
    /// What was found, one line each (`ok` alone when nothing).
    pub findings: Vec<String>,
    /// The schema version and sessions, when the file could be read.
    pub version: Option<i64>,
    pub sessions: Option<i64>,
    pub bytes: u64,
    /// The backups beside the file, oldest first, with their sizes.
    pub backups: Vec<(PathBuf, u64)>,
    /// A damage mark removed because the file is whole again.
    pub cleared_mark: bool,
    /// How to restore the latest backup, when the file is not ok.
    pub restore: Option<String>,
}

/// Checks the file at `path`: the same refusals as opening it (not SQLite, truncated, a foreign
/// `-wal`...), then `PRAGMA integrity_check` on a read-only connection. Writes nothing into the
/// file; removes its damage mark once it passes.
pub fn check(path: &Path) -> Result<Check> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(format!("{}", path.display()), e))?;
    let mut c = Check {
        ok: false,
        findings: Vec::new(),
        version: None,
        sessions: None,
        bytes: meta.len(),
        backups: backups(path)
            .into_iter()
            .map(|b| {
                let n = std::fs::metadata(&b).map_or(0, |m| m.len());
                (b, n)
            })
            .collect(),
        cleared_mark: false,
        restore: None,
    };
    let refused = if !meta.is_file() || meta.len() == 0 {
        Some(
            open::open_file_refusal(path, &meta)
                .unwrap_or_else(|| Error::input("db", "not a database file")),
        )
    } else {
        open::inspect(path).err()
    };
    if let Some(e) = refused {
        c.findings.push(e.to_string());
        c.restore = restore_text(path);
        return Ok(c);
    }
    let conn = if open::wal_path(path).exists() {
        Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
    } else {
        Connection::open_with_flags(
            open::immutable_uri(path),
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )
    }
    .context("opening the database to check it")?;
    conn.busy_timeout(super::faults::BUSY)
        .context("opening the database to check it")?;
    let rows: rusqlite::Result<Vec<String>> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect());
    match rows {
        Ok(rows) => c.findings = rows,
        Err(e) => c.findings.push(format!("SQLite cannot check it: {e}")),
    }
    c.ok = c.findings == ["ok"];
    c.version = super::schema::user_version(&conn).ok();
    c.sessions = conn
        .query_row("SELECT COUNT(*) FROM sessions", [], |r| r.get(0))
        .ok();
    if c.ok {
        let mark = damage_mark(path);
        if mark.exists() {
            std::fs::remove_file(&mark)
                .map_err(|e| Error::io(format!("removing {}", mark.display()), e))?;
            c.cleared_mark = true;
        }
    } else {
        c.restore = restore_text(path);
    }
    Ok(c)
}

fn restore_text(path: &Path) -> Option<String> {
    match super::faults::damaged(path, "", "") {
        Error::Corrupt { restore, .. } => Some(restore),
        _ => None,
    }
}
