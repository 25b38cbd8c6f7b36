//! Running the binary on a database in a temporary folder, and reading the file behind it.

#![allow(dead_code)]

use rusqlite::Connection;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_legday");
pub const STRESS: &str = env!("CARGO_BIN_EXE_legday-stress");

/// The previous release's schema (version 6), three sessions; made by `make_v6_fixture`.
pub fn v6_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/legday-v6.sqlite3")
}
pub const V6_SESSIONS: i64 = 3;

pub fn legday(db: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.arg("--db")
        .arg(db)
        .env("LEGDAY_TODAY", "2026-11-23")
        .env_remove("LEGDAY_DB")
        .stdin(Stdio::null());
    c
}

pub fn run(db: &Path, args: &[&str]) -> Output {
    legday(db).args(args).output().unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Runs and asserts success.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let o = run(db, args);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

/// Logs a run through the binary.
pub fn log_run(db: &Path, note: &str) {
    ok(
        db,
        &[
            "run",
            "--distance",
            "5km",
            "--duration",
            "30:00",
            "--note",
            note,
        ],
    );
}

pub fn count(db: &Path) -> i64 {
    let c = Connection::open(db).unwrap();
    c.query_row("SELECT COUNT(*) FROM sessions", [], |r| r.get(0))
        .unwrap()
}

pub fn version(db: &Path) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

pub fn integrity(db: &Path) -> String {
    Connection::open(db)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

/// File names in a folder, sorted.
pub fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

pub fn backups(dir: &Path) -> Vec<PathBuf> {
    listing(dir)
        .into_iter()
        .filter(|n| n.contains(".backup-v"))
        .map(|n| dir.join(n))
        .collect()
}

pub fn wal(db: &Path) -> PathBuf {
    PathBuf::from(format!("{}-wal", db.display()))
}

/// Grows a legday database fast (raw SQL, doubling): `n` or more sessions copied from the ones
/// it has, each with its own uuid. The triggers keep `daily` right.
pub fn grow(db: &Path, n: i64) {
    let c = Connection::open(db).unwrap();
    let cols: Vec<String> = c
        .prepare("SELECT name FROM pragma_table_info('sessions') WHERE name NOT IN ('id', 'uuid', 'source_key')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let cols = cols.join(", ");
    // The daily triggers re-sum a whole day for every row inserted, and the copies fall on the
    // same few days: set aside while copying (quadratic otherwise: 80 s for 40 000 rows), then
    // put back and the daily sums rebuilt once, as migration v3 builds them.
    let triggers: Vec<(String, String)> = c
        .prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sessions'",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(
        !triggers.is_empty(),
        "the daily triggers are there to set aside"
    );
    for (name, _) in &triggers {
        c.execute_batch(&format!("DROP TRIGGER {name}")).unwrap();
    }
    while count(db) < n {
        c.execute_batch(&format!(
            "INSERT INTO sessions (uuid, {cols}) SELECT lower(hex(randomblob(16))), {cols} FROM sessions"
        ))
        .unwrap();
    }
    for (_, sql) in &triggers {
        c.execute_batch(sql).unwrap();
    }
    c.execute_batch(
        "DELETE FROM daily; INSERT INTO daily SELECT date, SUM(load), COUNT(*), \
         SUM(type = 'run'), MAX(hard), COALESCE(MAX(distance_m), 0) FROM sessions GROUP BY date",
    )
    .unwrap();
}

/// A tmpfs of `size` mounted on a fresh folder, unmounted when dropped. Fails the test, saying
/// why, when it cannot be mounted (the tests run as root, in CI too).
pub struct Tmpfs {
    pub dir: tempfile::TempDir,
}

impl Tmpfs {
    pub fn mount(size: &str) -> Tmpfs {
        let dir = tempfile::tempdir().unwrap();
        let out = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(dir.path())
            .output()
            .expect("running mount");
        assert!(
            out.status.success(),
            "this test needs a small full disk: `mount -t tmpfs` as root (CI runs as root); \
             mount failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Tmpfs { dir }
    }
    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}
