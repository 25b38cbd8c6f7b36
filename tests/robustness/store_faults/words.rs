//! Clear words: disk full (and an import that claims only what was stored), a lock held by
//! another program, a damaged file, and `legday check`.

use super::common::*;
use rusqlite::Connection;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

/// `n` Strong CSV files, one workout each on its own day, in `dir`.
fn strong_files(dir: &Path, n: usize) {
    let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let note = "z".repeat(400);
    for i in 0..n {
        let d = start + chrono::Days::new(i as u64);
        let mut text = String::from(
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n",
        );
        for set in 1..=5 {
            text.push_str(&format!(
                "{d} 07:00:00,\"Lower {i}\",50m,\"Squat (Barbell)\",{set},{},5,0,0,\"\",\"{note}\",8\n",
                60 + set
            ));
        }
        fs::write(dir.join(format!("workout-{i:04}.csv")), text).unwrap();
    }
}

/// The number after "imported " in the summary's first line.
fn claimed(summary: &str) -> i64 {
    let first = summary.lines().next().unwrap_or_default();
    first
        .strip_prefix("imported ")
        .and_then(|r| r.split_whitespace().next())
        .and_then(|n| n.replace(',', "").parse().ok())
        .unwrap_or_else(|| panic!("no count in {first:?}"))
}

/// Issue 18 (3) and (5): an import onto a disk that fills up claims only the sessions that
/// reached the file (the old pipeline dropped a failed batch commit and printed them all);
/// every file that was not stored is listed with "disk full" and the database's path, exit 1.
/// Then a single write on the full disk says "disk full" too.
#[test]
fn a_disk_full_import_claims_only_what_was_stored() {
    let disk = Tmpfs::mount("768k");
    let db = disk.path().join("legday.sqlite3");
    log_run(&db, "before");
    let files = tempfile::tempdir().unwrap();
    strong_files(files.path(), 600);
    let o = run(&db, &["import", files.path().to_str().unwrap()]);
    let (out, err) = (stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(1), "{out}\n{err}");
    let stored = count(&db) - 1;
    let said = claimed(&out);
    eprintln!(
        "{said} sessions claimed, {stored} stored; {}",
        out.lines().next().unwrap()
    );
    assert_eq!(
        said, stored,
        "the summary must count only what was stored:\n{out}"
    );
    let failed: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("workout-") && l.contains("disk full"))
        .collect();
    assert!(!failed.is_empty(), "{out}");
    assert!(
        failed.iter().all(|l| l.contains(&db.display().to_string())),
        "{out}"
    );
    assert_eq!(
        failed.len() as i64,
        600 - stored,
        "every file not stored is named:\n{out}"
    );
    assert!(err.contains("failed to import"), "{err}");
    assert_eq!(integrity(&db), "ok");
    assert!(ok(&db, &["check"]).contains(": ok"));
}

/// Issue 18 (5): a write on a full disk says "disk full" with the database's path (the old
/// words were "not a legday database (disk I/O error)"), and the file stays whole.
#[test]
fn a_write_on_a_full_disk_says_disk_full() {
    let disk = Tmpfs::mount("512k");
    let db = disk.path().join("legday.sqlite3");
    log_run(&db, "before");
    let filler = disk.path().join("filler");
    assert!(
        fs::write(&filler, vec![0u8; 4 << 20]).is_err(),
        "the disk must fill up"
    );
    for args in [
        &["run", "--distance", "5km", "--duration", "30:00"][..],
        &["week"],
    ] {
        let o = run(&db, args);
        let err = stderr(&o);
        assert!(!o.status.success(), "{args:?}");
        assert!(
            err.contains(&format!("{}: disk full while", db.display())),
            "{args:?}: {err}"
        );
        assert!(!err.contains("not a legday database"), "{err}");
    }
    fs::remove_file(&filler).unwrap();
    assert_eq!(count(&db), 1);
    assert!(ok(&db, &["check"]).contains(": ok"));
}

/// Issue 18 (5): a database another program holds the write lock on: the write waits the busy
/// timeout (5 s), then says which operation waited, how long, and that nothing was written.
#[test]
fn a_lock_held_by_another_program_says_what_waited_and_how_long() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("legday.sqlite3");
    log_run(&db, "first");
    let other = Connection::open(&db).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let t = Instant::now();
    let o = run(&db, &["run", "--distance", "5km", "--duration", "30:00"]);
    let waited = t.elapsed();
    let err = stderr(&o);
    assert!(!o.status.success());
    assert!(waited >= Duration::from_secs(5), "{waited:?}");
    assert!(
        err.contains(&format!("{}: locked by another program", db.display())),
        "{err}"
    );
    assert!(err.contains("starting a write waited 5 s"), "{err}");
    assert!(err.contains("nothing was written"), "{err}");
    other.execute_batch("ROLLBACK").unwrap();
    drop(other);
    assert_eq!(count(&db), 1);
}

/// Overwrites the first leaf page under the sessions table's root with garbage.
fn damage_sessions(db: &Path) {
    let c = Connection::open(db).unwrap();
    let root: u32 = c
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sessions'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let page: i64 = c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
    let page = page as usize;
    drop(c);
    let mut bytes = fs::read(db).unwrap();
    let at = (root as usize - 1) * page;
    assert_eq!(bytes[at], 0x05, "an interior root");
    let cell = u16::from_be_bytes([bytes[at + 12], bytes[at + 13]]) as usize;
    let child = u32::from_be_bytes(bytes[at + cell..at + cell + 4].try_into().unwrap()) as usize;
    let from = (child - 1) * page;
    bytes[from..from + page].fill(0xAB);
    fs::write(db, bytes).unwrap();
}

/// Issue 18 (5): a damaged file is named with the latest backup and how to restore it; once
/// SQLite reported the damage no write is accepted (the old code took a settings change into a
/// damaged file); `legday check` says what it found and lists the backups; restored as the
/// message says, the file is whole and takes writes again.
#[test]
fn a_damaged_file_names_the_backup_and_takes_no_more_writes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("legday.sqlite3");
    fs::copy(v6_fixture(), &db).unwrap();
    grow(&db, 3000);
    ok(&db, &["week"]); // migrates, with a backup of the v6 file
    let backup = backups(dir.path()).pop().expect("a backup");
    damage_sessions(&db);
    let o = run(&db, &["history", "--json"]);
    let err = stderr(&o);
    assert!(!o.status.success());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&format!("{}: the database is damaged", db.display())),
        "{err}"
    );
    assert!(err.contains("malformed"), "{err}");
    assert!(
        err.contains(&format!("The latest backup is {}", backup.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!("cp '{}' '{}'", backup.display(), db.display())),
        "{err}"
    );
    let before = fs::read(&db).unwrap();
    for args in [
        &["settings", "units", "imperial"][..],
        &["run", "--distance", "5km", "--duration", "30:00"],
        &[
            "import",
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/strong.csv"),
        ],
    ] {
        let o = run(&db, args);
        let all = format!("{}{}", stdout(&o), stderr(&o));
        assert!(
            !o.status.success(),
            "{args:?} was accepted into a damaged file"
        );
        assert!(all.contains("accepts no more writes"), "{args:?}: {all}");
        assert_eq!(fs::read(&db).unwrap(), before, "{args:?} wrote into it");
    }
    let o = run(&db, &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("NOT OK"), "{out}");
    assert!(out.contains(&backup.display().to_string()), "{out}");
    // Restore as told.
    fs::rename(&db, dir.path().join("legday.sqlite3.damaged-copy")).unwrap();
    fs::copy(&backup, &db).unwrap();
    fs::remove_file(dir.path().join("legday.sqlite3.damaged")).unwrap();
    assert!(ok(&db, &["check"]).contains(": ok"));
    log_run(&db, "after the restore");
    assert_eq!(count(&db), 3000_i64.max(count(&backup)) + 1);
}

/// `legday check` on a healthy file: exit 0, what it holds, the backups; the damage mark of a
/// file that is whole again is removed.
#[test]
fn check_reports_a_whole_file_and_its_backups() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("legday.sqlite3");
    fs::copy(v6_fixture(), &db).unwrap();
    ok(&db, &["week"]);
    fs::write(dir.path().join("legday.sqlite3.damaged"), "old news\n").unwrap();
    let out = ok(&db, &["check"]);
    assert!(out.contains(&format!("{}: ok", db.display())), "{out}");
    let want = format!(
        "schema version {}, 3 sessions",
        legday::store::schema::SUPPORTED
    );
    assert!(out.contains(&want), "{out}");
    assert!(out.contains("backups beside it"), "{out}");
    assert!(out.contains(".backup-v6-"), "{out}");
    assert!(out.contains("the mark was removed"), "{out}");
    assert!(!dir.path().join("legday.sqlite3.damaged").exists());
}

/// Issue 18 (2) and (5): the backup before a migration fails on a full disk: "disk full" with
/// the path, and nothing is left behind (the old code left a zero-byte or partial file under the
/// backup's name); the file is untouched and still of the previous version.
#[test]
fn a_backup_that_fails_on_a_full_disk_leaves_nothing() {
    let disk = Tmpfs::mount("512k");
    let db = disk.path().join("legday.sqlite3");
    fs::copy(v6_fixture(), &db).unwrap();
    let before = fs::read(&db).unwrap();
    // Leave 56 KiB: enough to open the file, not for a 76 KiB backup.
    let room = disk.path().join("room");
    fs::write(&room, vec![0u8; 56 << 10]).unwrap();
    assert!(fs::write(disk.path().join("filler"), vec![0u8; 4 << 20]).is_err());
    fs::remove_file(&room).unwrap();
    let o = run(&db, &["week"]);
    let err = stderr(&o);
    assert!(!o.status.success());
    assert!(
        err.contains(&format!(
            "{}: disk full while writing the backup",
            db.display()
        )),
        "{err}"
    );
    assert_eq!(listing(disk.path()), ["filler", "legday.sqlite3"]);
    assert_eq!(fs::read(&db).unwrap(), before);
    assert_eq!(version(&db), 6);
}

/// Issue 18 (5): a file whose schema page is damaged is refused on opening with the same clear
/// words (not "not a legday database"): the file, the latest backup, how to restore it; the
/// file is left byte-identical with nothing new beside it.
#[test]
fn a_damaged_schema_page_is_refused_with_the_backup() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("legday.sqlite3");
    fs::copy(v6_fixture(), &db).unwrap();
    ok(&db, &["week"]);
    let backup = backups(dir.path()).pop().expect("a backup");
    let mut bytes = fs::read(&db).unwrap();
    bytes[100..4096].fill(0xAB);
    fs::write(&db, &bytes).unwrap();
    let names = listing(dir.path());
    for args in [
        &["week"][..],
        &["run", "--distance", "5km", "--duration", "30:00"],
    ] {
        let o = run(&db, args);
        let err = stderr(&o);
        assert!(!o.status.success());
        assert!(
            err.contains(&format!("{}: the database is damaged", db.display())),
            "{err}"
        );
        assert!(
            err.contains(&format!("The latest backup is {}", backup.display())),
            "{err}"
        );
        assert!(!err.contains("not a legday database"), "{err}");
        assert_eq!(fs::read(&db).unwrap(), bytes);
        assert_eq!(listing(dir.path()), names);
    }
}
