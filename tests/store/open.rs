//! Opening files: private modes, refusing what is not ours untouched, backups and migrations.

use super::*;

#[test]
fn migrates_from_nothing_with_private_modes() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.count().unwrap(), 0);
    assert_eq!(store.path(), Some(path.as_path()));
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(path.parent().unwrap()), 0o700);
    let conn = Connection::open(&path).unwrap();
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, schema::SUPPORTED);
    let jm: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(jm, "wal");
    assert!(backups(&path).is_empty(), "a new file needs no backup");
    // SQLite gives the WAL file the database file's mode.
    let wal = path.with_file_name("legday.sqlite3-wal");
    assert!(wal.exists());
    assert_eq!(mode(&wal), 0o600);
}

#[test]
fn reopen_keeps_data_without_another_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    let id = {
        let mut store = Store::open(&path).unwrap();
        store.insert(&full_run(3)).unwrap().id
    };
    let store = Store::open(&path).unwrap();
    assert_eq!(store.count().unwrap(), 1);
    assert_eq!(
        store.get(id).unwrap().unwrap().note.as_deref(),
        Some("muddy")
    );
    assert!(backups(&path).is_empty());
}

fn assert_refused_untouched(path: &Path, check: impl Fn(&Error) -> bool) {
    let before = fs::read(path).unwrap();
    let err = Store::open(path).err().expect("must be refused");
    assert!(check(&err), "{err}");
    assert!(err.to_string().contains("left untouched"), "{err}");
    assert_eq!(fs::read(path).unwrap(), before, "file changed");
    assert!(backups(path).is_empty());
}

#[test]
fn newer_schema_is_refused_and_left_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.sqlite3");
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 999;")
            .unwrap();
    }
    assert_refused_untouched(
        &path,
        |e| matches!(e, Error::TooNew { found: 999, supported, .. } if *supported == schema::SUPPORTED),
    );
}

#[test]
fn files_that_are_not_sqlite_are_refused_and_left_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    fs::write(&text, "ran 5k today, felt great\n").unwrap();
    assert_refused_untouched(&text, |e| matches!(e, Error::NotADatabase { .. }));

    let random = dir.path().join("random.bin");
    let bytes: Vec<u8> = (0..8192u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    fs::write(&random, &bytes).unwrap();
    assert_refused_untouched(&random, |e| matches!(e, Error::NotADatabase { .. }));

    // A real header followed by garbage.
    let forged = dir.path().join("forged.sqlite3");
    let mut b = b"SQLite format 3\0".to_vec();
    b.extend_from_slice(&bytes);
    fs::write(&forged, &b).unwrap();
    assert_refused_untouched(&forged, |e| matches!(e, Error::NotADatabase { .. }));
}

#[test]
fn truncated_sqlite_file_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    {
        let mut store = Store::open(&path).unwrap();
        for d in 1..=20 {
            store.insert(&lift(d)).unwrap();
        }
    }
    let full = fs::read(&path).unwrap();
    assert!(full.len() > 8192);
    for cut in [50, 100, 4096 + 100, full.len() - 4096] {
        fs::write(&path, &full[..cut]).unwrap();
        assert_refused_untouched(&path, |e| matches!(e, Error::NotADatabase { .. }));
    }
}

#[test]
fn migrating_an_older_file_backs_it_up_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("legday.sqlite3");
    {
        let mut c = Connection::open(&path).unwrap();
        schema::migrate_to(&mut c, 1).unwrap();
        c.execute(
            "INSERT INTO sessions (uuid, date, type, kind, distance_m, duration_s, load, hard) \
             VALUES ('u1', '2026-11-02', 'run', 'easy', 5000, 1800, 90, 0)",
            [],
        )
        .unwrap();
    }
    let before = fs::read(&path).unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.count().unwrap(), 1);
    let b = backups(&path);
    assert_eq!(b.len(), 1, "{b:?}");
    let name = b[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("legday.sqlite3.backup-v1-"), "{name}");
    assert_eq!(name.len(), "legday.sqlite3.backup-v1-".len() + 14, "{name}");
    assert_eq!(
        fs::metadata(&b[0]).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let old = Connection::open(&b[0]).unwrap();
    let v: i64 = old
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 1);
    let n: i64 = old
        .query_row("SELECT COUNT(*) FROM sessions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    assert!(before.len() > 100);
    drop(store);
    // Reopening the migrated file makes no second backup.
    Store::open(&path).unwrap();
    assert_eq!(backups(&path).len(), 1);
}

#[test]
fn a_version_zero_file_with_tables_is_backed_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("legday.sqlite3");
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE scratch (x); INSERT INTO scratch VALUES (1);")
        .unwrap();
    Store::open(&path).unwrap();
    let b = backups(&path);
    assert_eq!(b.len(), 1);
    assert!(b[0].to_string_lossy().contains(".backup-v0-"));
}

/// Sessions as a version-1 legday wrote them: two days with two sessions each (runs and a lift,
/// hard and easy), and a day with one lift.
const V1_SESSIONS: &str =
    "INSERT INTO sessions (uuid, date, type, kind, distance_m, duration_s, load, hard) VALUES
    ('a', '2026-11-02', 'run', 'easy', 5000, 1800, 90, 0),
    ('c', '2026-11-03', 'run', 'easy', 8000, 2880, 150, 0),
    ('d', '2026-11-03', 'run', 'long', 12000, 4500, 300, 1);
    INSERT INTO sessions (uuid, date, type, minutes, rpe, load, hard) VALUES
    ('b', '2026-11-02', 'strength', 50, 8, 200, 1),
    ('e', '2026-11-05', 'strength', 40, 6, 120, 0);";

type DailyRow = (String, f64, i64, i64, i64, f64);

fn daily_rows(path: &Path) -> Vec<DailyRow> {
    let c = Connection::open(path).unwrap();
    let mut st = c
        .prepare("SELECT date, load, sessions, runs, hard, longest_run_m FROM daily ORDER BY date")
        .unwrap();
    st.query_map([], |r| {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
        ))
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

/// Upgrading a version-1 file fills the `daily` table with exactly the rows a database created
/// at the current version gets from the same sessions (through its triggers).
#[test]
fn upgrading_a_v1_file_fills_daily_as_a_fresh_database_would() {
    let dir = tempfile::tempdir().unwrap();
    let (old, fresh) = (
        dir.path().join("old.sqlite3"),
        dir.path().join("new.sqlite3"),
    );
    {
        let mut c = Connection::open(&old).unwrap();
        schema::migrate_to(&mut c, 1).unwrap();
        c.execute_batch(V1_SESSIONS).unwrap();
    }
    drop(Store::open(&old).unwrap());
    drop(Store::open(&fresh).unwrap());
    Connection::open(&fresh)
        .unwrap()
        .execute_batch(V1_SESSIONS)
        .unwrap();
    let upgraded = daily_rows(&old);
    assert_eq!(upgraded, daily_rows(&fresh));
    // By hand: per day the summed load, sessions, runs, any hard session, the longest run.
    let row = |d: &str, load: f64, n: i64, runs: i64, hard: i64, longest: f64| {
        (d.to_string(), load, n, runs, hard, longest)
    };
    assert_eq!(
        upgraded,
        [
            row("2026-11-02", 290.0, 2, 1, 1, 5000.0),
            row("2026-11-03", 450.0, 2, 2, 1, 12000.0),
            row("2026-11-05", 120.0, 1, 0, 0, 0.0),
        ]
    );
}

/// Migration v10 (`v10_elevation_profiles`): a v9 file gains the table as a fresh database has
/// it, keeps its runs' tracks, and forgets its imported files (so their next import gives the
/// runs a profile).
#[test]
fn a_v9_file_gains_elevation_profiles_as_a_fresh_database_has_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("legday.sqlite3");
    {
        let mut c = Connection::open(&path).unwrap();
        schema::migrate_to(&mut c, 9).unwrap();
        c.execute_batch(
            "INSERT INTO sessions (id, uuid, date, type, kind, distance_m, duration_s, load, hard) \
             VALUES (1, 'u1', '2026-11-02', 'run', 'easy', 5000, 1800, 90, 0);
             INSERT INTO best_efforts VALUES (1, 1000, 340, 0);
             INSERT INTO imported_files (hash, sessions) VALUES ('h', '[\"u1\"]');",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let name = backups(&path)[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(name.starts_with("legday.sqlite3.backup-v9-"), "{name}");
    let track = store.get(1).unwrap().unwrap().run().unwrap().track.clone();
    let track = track.expect("the stored best effort is kept");
    assert_eq!(track.best_efforts.len(), 1);
    assert!(track.elevation.is_empty());
    drop(store);
    let sql = |p: &Path, what: &str| -> Option<String> {
        Connection::open(p)
            .unwrap()
            .query_row(
                "SELECT sql FROM sqlite_master WHERE name = ?1",
                [what],
                |r| r.get(0),
            )
            .ok()
    };
    let fresh = dir.path().join("fresh.sqlite3");
    drop(Store::open(&fresh).unwrap());
    let table = sql(&path, "elevation_profiles");
    assert!(
        table
            .as_deref()
            .is_some_and(|t| t.contains("ON DELETE CASCADE"))
    );
    assert_eq!(table, sql(&fresh, "elevation_profiles"));
    let n: i64 = Connection::open(&path)
        .unwrap()
        .query_row("SELECT COUNT(*) FROM imported_files", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0, "imported files are forgotten");
}

/// Migration v12 (`v12_source_file`): a v11 file, backed up first, gains `sessions.source_file`
/// as a fresh database has it; its sessions keep everything and name no file until their file
/// is imported again.
#[test]
fn a_v11_file_gains_the_source_file_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("legday.sqlite3");
    {
        let mut c = Connection::open(&path).unwrap();
        schema::migrate_to(&mut c, 11).unwrap();
        c.execute_batch(
            "INSERT INTO sessions (id, uuid, date, type, kind, distance_m, duration_s, load, hard) \
             VALUES (1, 'u1', '2026-11-02', 'run', 'easy', 5000, 1800, 90, 0);",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let name = backups(&path)[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(name.starts_with("legday.sqlite3.backup-v11-"), "{name}");
    let s = store.get(1).unwrap().unwrap();
    assert_eq!(s.source_file, None);
    assert_eq!(s.run().unwrap().distance_m, 5000.0);
    drop(store);
    let columns = |p: &Path| -> Vec<String> {
        Connection::open(p)
            .unwrap()
            .prepare("SELECT name || ' ' || type FROM pragma_table_info('sessions')")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let fresh = dir.path().join("fresh.sqlite3");
    drop(Store::open(&fresh).unwrap());
    assert!(columns(&path).contains(&"source_file TEXT".to_string()));
    assert_eq!(columns(&path), columns(&fresh));
}
