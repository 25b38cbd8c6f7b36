//! Database files legday must refuse: every command exits non-zero with one clear line naming
//! the file, prints none of its contents, and leaves it byte-identical with nothing new beside it.

use super::common::*;
use std::fs;
use std::path::{Path, PathBuf};

/// Every kind of command: readers, writers, import, export, delete.
const COMMANDS: &[&[&str]] = &[
    &["week"],
    &["week", "--json"],
    &["history"],
    &["history", "--json"],
    &["run", "--distance", "5km", "--duration", "30:00"],
    &["lift", "back squat 3x5@60kg"],
    &["delete", "1"],
    &["export", "--format", "json"],
];

/// Runs every command on `db` and checks the refusal. `sidecars`: whether `-wal`/`-shm` files
/// appearing beside the file count as a failure (see `too_new_wal_file_leaves_no_sidecars`).
fn refused_everywhere(r: &Runner, db: &Path, what: &str, reason: &str, sidecars: bool) {
    let dir = db.parent().unwrap();
    let bytes = fs::read(db).unwrap();
    let names = listing(dir);
    let import = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/strong.csv");
    let mut commands: Vec<Vec<&str>> = COMMANDS.iter().map(|c| c.to_vec()).collect();
    commands.push(vec!["import", import.to_str().unwrap()]);
    for (i, args) in commands.iter().enumerate() {
        let (out, rss) = if i == 0 {
            let (out, kb) = r.run_measured(db, args);
            (out, Some(kb))
        } else {
            (r.run(db, args), None)
        };
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{what} {args:?} succeeded");
        assert!(
            out.stdout.is_empty(),
            "{what} {args:?}: stdout {}",
            text(&out)
        );
        assert_eq!(err.lines().count(), 1, "{what} {args:?}: {err}");
        assert!(
            err.contains(&db.display().to_string()),
            "{what}: names the file: {err}"
        );
        assert!(err.contains(reason), "{what} {args:?}: {err}");
        assert!(!err.contains(SECRET), "{what}: contents printed: {err}");
        assert_eq!(
            fs::read(db).unwrap(),
            bytes,
            "{what} {args:?}: the file changed"
        );
        let now: Vec<String> = listing(dir)
            .into_iter()
            .filter(|n| sidecars || !(n.ends_with("-wal") || n.ends_with("-shm")))
            .collect();
        assert_eq!(now, names, "{what} {args:?}: files appeared beside it");
        if let Some(kb) = rss {
            assert_rss(what, kb);
        }
    }
}

#[test]
fn not_sqlite_is_refused_untouched() {
    let r = Runner::plain();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("legday.sqlite3");
    fs::write(&db, format!("my training notes\n{SECRET}\n")).unwrap();
    refused_everywhere(
        &r,
        &db,
        "not SQLite",
        "not a legday database (no SQLite header)",
        true,
    );
    // A real header, then the secret and garbage.
    let mut forged = b"SQLite format 3\0".to_vec();
    forged.extend_from_slice(SECRET.as_bytes());
    forged.resize(8192, 0xA5);
    fs::write(&db, forged).unwrap();
    refused_everywhere(&r, &db, "forged header", "not a legday database", true);
}

#[test]
fn truncated_sqlite_is_refused_untouched() {
    let r = Runner::plain();
    let dir = tempfile::tempdir().unwrap();
    let db = r.seeded_db(dir.path());
    let full = fs::read(&db).unwrap();
    assert!(full.len() > 8192, "{}", full.len());
    for cut in [60, 4096 + 512, full.len() - 4096] {
        fs::write(&db, &full[..cut]).unwrap();
        let what = format!("truncated at {cut}");
        refused_everywhere(&r, &db, &what, "not a legday database", true);
    }
}

/// A file written by a newer legday: the CLI's own WAL-mode file with `user_version = 99`.
fn too_new_db(r: &Runner, dir: &Path) -> std::path::PathBuf {
    let db = r.seeded_db(dir);
    let c = rusqlite::Connection::open(&db).unwrap();
    c.pragma_update(None, "user_version", 99).unwrap();
    drop(c); // the last connection closes cleanly: no -wal or -shm remain
    assert_eq!(listing(dir), ["legday.sqlite3"]);
    db
}

#[test]
fn too_new_is_refused_untouched() {
    let r = Runner::plain();
    let dir = tempfile::tempdir().unwrap();
    let db = too_new_db(&r, dir.path());
    let reason = "made by a newer legday (schema version 99";
    refused_everywhere(&r, &db, "too new", reason, false);
}

/// Refusing a file from a newer legday leaves nothing beside it: the look before opening uses
/// an immutable read-only connection, which creates no `-wal` or `-shm`.
#[test]
fn too_new_wal_file_leaves_no_sidecars() {
    let r = Runner::plain();
    let dir = tempfile::tempdir().unwrap();
    let db = too_new_db(&r, dir.path());
    refused_everywhere(&r, &db, "too new", "newer legday", true);
}

/// A legday file in a folder nobody may write to, itself 0444. Returns the runner and database.
fn read_only_db(note: &str) -> (Runner, tempfile::TempDir, PathBuf) {
    let r = Runner::unprivileged(note);
    let dir = r.tempdir();
    let data = dir.path().join("data");
    fs::create_dir(&data).unwrap();
    if let Some(uid) = r.chown_to {
        std::os::unix::fs::chown(&data, Some(uid), Some(uid)).unwrap();
    }
    let db = r.seeded_db(&data);
    assert_eq!(listing(&data), ["legday.sqlite3"]);
    set_mode(&db, 0o444);
    set_mode(&data, 0o555);
    (r, dir, db)
}

#[test]
fn read_only_folder_and_file_is_refused_untouched() {
    let (r, _dir, db) = read_only_db("read-only database");
    refused_everywhere(&r, &db, "read-only", "read-only", true);
    set_mode(db.parent().unwrap(), 0o755);
}

/// A 0444 file in a writable folder: every command is refused with one line naming the file,
/// before SQLite writes anything; no `-wal`/`-shm` appears and the file stays byte-identical.
#[test]
fn read_only_file_is_refused_untouched() {
    let (r, _dir, db) = read_only_db("read-only database file");
    set_mode(db.parent().unwrap(), 0o755);
    refused_everywhere(
        &r,
        &db,
        "read-only file",
        "the database file is read-only",
        true,
    );
}
