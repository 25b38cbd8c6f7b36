//! Stray files: a foreign `-wal`, paths that are not database files, an export killed mid-write.

use super::common::*;
use rand::{Rng, SeedableRng};
use rusqlite::Connection;
use std::fs;
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

/// A connection that keeps the file open (and so its WAL: nobody checkpoints on close).
fn hold(db: &Path) -> Connection {
    let c = Connection::open(db).unwrap();
    let _: i64 = c
        .query_row("SELECT COUNT(*) FROM sessions", [], |r| r.get(0))
        .unwrap();
    c
}

/// Every kind of command on a file with a foreign `-wal`: refused with the way out, both files
/// byte-identical, no `-shm` made.
fn refused_with_foreign_wal(db: &Path, what: &str) {
    let dir = db.parent().unwrap();
    let (main, log) = (fs::read(db).unwrap(), fs::read(wal(db)).unwrap());
    let names = listing(dir);
    for args in [
        &["week"][..],
        &["history", "--json"],
        &["run", "--distance", "5km", "--duration", "30:00"],
        &["settings", "units", "imperial"],
        &["check"],
    ] {
        let o = run(db, args);
        // `check` says what it found on stdout
        let err = format!("{}{}", stdout(&o), stderr(&o));
        assert!(!o.status.success(), "{what} {args:?} succeeded");
        assert!(
            err.contains("does not belong to it"),
            "{what} {args:?}: {err}"
        );
        assert!(err.contains("mv '"), "{what} {args:?}: the way out: {err}");
        assert!(err.contains(&wal(db).display().to_string()), "{err}");
        assert_eq!(
            fs::read(db).unwrap(),
            main,
            "{what} {args:?}: the file changed"
        );
        assert_eq!(
            fs::read(wal(db)).unwrap(),
            log,
            "{what} {args:?}: the log changed"
        );
        assert_eq!(listing(dir), names, "{what} {args:?}: files appeared");
    }
}

/// Issue 18 (4): the `-wal` of an older snapshot beside a file that moved on (restored from a
/// backup of both, or copied back by hand) is refused untouched; SQLite would have replayed it
/// over newer pages ("database disk image is malformed", the newest sessions gone). Moved
/// aside as the message says, every session is there.
#[test]
fn a_stale_wal_is_refused_untouched_and_moving_it_aside_gets_out() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("legday.sqlite3");
    for i in 0..3 {
        log_run(&db, &format!("early {i}"));
    }
    let holder = hold(&db);
    for i in 0..3 {
        log_run(&db, &format!("snapshot {i}"));
    }
    let stale = fs::read(wal(&db)).unwrap();
    assert!(stale.len() > 32);
    for i in 0..20 {
        log_run(&db, &format!("later {i}"));
    }
    drop(holder);
    assert!(!wal(&db).exists(), "the last close checkpoints");
    assert_eq!(count(&db), 26);
    fs::write(wal(&db), &stale).unwrap();
    refused_with_foreign_wal(&db, "stale");
    fs::rename(wal(&db), dir.path().join("legday.sqlite3-wal.stale")).unwrap();
    let listed = ok(&db, &["history", "--json"]);
    assert_eq!(listed.matches("\"uuid\"").count(), 26);
    assert_eq!(integrity(&db), "ok");
}

/// Issue 18 (4): logs that are not this file's at all: another database's (other page size),
/// a log of a copy that moved on further than this file... and bytes that are no log.
#[test]
fn a_foreign_or_garbage_wal_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("legday.sqlite3");
    log_run(&db, "mine");
    // Another database with 8 KiB pages, its log kept.
    let other_dir = tempfile::tempdir().unwrap();
    let other = other_dir.path().join("other.sqlite3");
    let c = Connection::open(&other).unwrap();
    c.execute_batch(
        "PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);",
    )
    .unwrap();
    fs::copy(wal(&other), wal(&db)).unwrap();
    drop(c);
    refused_with_foreign_wal(&db, "8 KiB pages");
    // Not a log at all.
    fs::write(wal(&db), vec![0x5a; 4096 + 32]).unwrap();
    refused_with_foreign_wal(&db, "garbage");
    // A sibling copy that moved on: its log's first page is not this file's.
    fs::remove_file(wal(&db)).unwrap();
    let sib_dir = tempfile::tempdir().unwrap();
    let sib = sib_dir.path().join("legday.sqlite3");
    fs::copy(&db, &sib).unwrap();
    log_run(&db, "mine again");
    let holder = hold(&sib);
    for i in 0..5 {
        log_run(&sib, &format!("sibling {i}"));
    }
    fs::copy(wal(&sib), wal(&db)).unwrap();
    drop(holder);
    refused_with_foreign_wal(&db, "sibling");
}

/// Issue 18 (4): paths that are not database files are refused before SQLite sees them (it
/// would create `-wal` and `-shm` beside `/dev/null`), and an empty file is not taken for a new
/// database (legday never leaves one: it creates a file whole, under its name only when done).
#[test]
fn devices_folders_pipes_and_empty_files_are_refused_untouched() {
    let o = run(Path::new("/dev/null"), &["week"]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("/dev/null: not a legday database (a device"),
        "{}",
        stderr(&o)
    );
    assert!(!Path::new("/dev/null-wal").exists() && !Path::new("/dev/null-shm").exists());
    let dir = tempfile::tempdir().unwrap();
    let o = run(
        dir.path(),
        &["run", "--distance", "5km", "--duration", "30:00"],
    );
    assert!(
        stderr(&o).contains("a folder, not a regular file"),
        "{}",
        stderr(&o)
    );
    let fifo = dir.path().join("pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let o = run(&fifo, &["week"]);
    assert!(stderr(&o).contains("a named pipe"), "{}", stderr(&o));
    let empty = dir.path().join("empty.sqlite3");
    fs::write(&empty, "").unwrap();
    for args in [
        &["week"][..],
        &["run", "--distance", "5km", "--duration", "30:00"],
    ] {
        let o = run(&empty, args);
        assert!(!o.status.success());
        assert!(stderr(&o).contains("the file is empty"), "{}", stderr(&o));
        assert_eq!(fs::metadata(&empty).unwrap().len(), 0);
    }
    assert_eq!(listing(dir.path()), ["empty.sqlite3", "pipe"]);
    // A new path is created whole: never empty, even to a process racing the creator.
    let new = dir.path().join("new").join("legday.sqlite3");
    let racers: Vec<_> = (0..4)
        .map(|i| {
            legday(&new)
                .args(["run", "--distance", "5km", "--duration", "30:00", "--note"])
                .arg(format!("racer {i}"))
                .stderr(Stdio::piped())
                .stdout(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for r in racers {
        let o = r.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
    }
    assert_eq!(count(&new), 4);
}

/// Issue 18 (4): `export --out` killed at random moments while writing leaves either no file or
/// the complete export, and no temporary file (the old code's named temporary file stayed).
#[test]
fn an_export_killed_mid_write_leaves_no_partial_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("legday.sqlite3");
    log_run(&db, "seed");
    grow(&db, 30_000);
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("export.json");
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(4);
    let mut killed_mid = 0;
    for round in 0..10 {
        let mut child = legday(&db)
            .args(["export", "--format", "json", "--out"])
            .arg(&out)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.random_range(50..1500)));
        if child.try_wait().unwrap().is_none() {
            killed_mid += 1;
        }
        child.kill().unwrap();
        child.wait().unwrap();
        let names = listing(out_dir.path());
        assert!(
            names.is_empty() || names == ["export.json"],
            "round {round}: {names:?}"
        );
        if out.exists() {
            let v: serde_json::Value =
                serde_json::from_slice(&fs::read(&out).unwrap()).expect("a complete export");
            assert_eq!(v["sessions"].as_array().unwrap().len() as i64, count(&db));
        }
    }
    eprintln!("{killed_mid} of 10 exports killed mid-write");
    assert!(killed_mid > 0, "no kill landed mid-write");
}
