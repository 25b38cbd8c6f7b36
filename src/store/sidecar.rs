//! The files beside a database: its `-wal`, its backups and the mark that it is damaged. Named
//! here once, read by opening, checking and the messages of faults.

use super::atomic;
use std::fs;
use std::path::{Path, PathBuf};

/// `path` with `suffix` appended: `legday.sqlite3` + `-wal`.
pub(crate) fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// The backups beside a database (`legday.sqlite3.backup-v6-20261201101500`), oldest first.
pub(crate) fn backups(path: &Path) -> Vec<PathBuf> {
    let base = path.file_name().unwrap_or_default().to_string_lossy();
    let prefix = format!("{base}.backup-v");
    let mut found: Vec<(String, PathBuf)> = fs::read_dir(atomic::folder(path))
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let rest = name.strip_prefix(&prefix)?.to_string();
                    // `6-20261201101500` → sorted by the stamp, then the version
                    let (v, stamp) = rest.split_once('-')?;
                    Some((format!("{stamp}-{v:0>6}"), e.path()))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found.into_iter().map(|(_, p)| p).collect()
}

/// `legday.sqlite3.damaged`: written when SQLite reports the file damaged; while it exists legday
/// reads the file (to rescue what it can) but writes nothing into it. `legday check` removes it
/// once the file passes SQLite's integrity check.
pub(crate) fn damage_mark(path: &Path) -> PathBuf {
    beside(path, ".damaged")
}
