//! Shared helpers for the command-line tests: the binary on a database at a fixed day (the
//! crate's [`TODAY`](crate::TODAY), or any day with the `*_on` forms), its output as text or
//! JSON, and numbers compared with a tolerance.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

/// legday on `db` at the crate's `TODAY`, ignoring any `LEGDAY_DB` and without colour.
pub fn legday(db: &Path) -> Command {
    legday_on(crate::TODAY, db)
}

/// legday on `db` at `today`, ignoring any `LEGDAY_DB` and without colour.
pub fn legday_on(today: &str, db: &Path) -> Command {
    let mut c = Command::cargo_bin("legday").unwrap();
    c.env("LEGDAY_TODAY", today)
        .env_remove("LEGDAY_DB")
        .env("NO_COLOR", "1")
        .arg("--db")
        .arg(db);
    c
}

/// The stdout of `args` at the crate's `TODAY`, which must succeed.
pub fn ok(db: &Path, args: &[&str]) -> String {
    ok_on(crate::TODAY, db, args)
}

/// The stdout of `args` at `today`, which must succeed.
pub fn ok_on(today: &str, db: &Path, args: &[&str]) -> String {
    let out = legday_on(today, db).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The stdout of `args` at the crate's `TODAY`, which must succeed, as JSON.
pub fn json(db: &Path, args: &[&str]) -> Value {
    json_on(crate::TODAY, db, args)
}

/// The stdout of `args` at `today`, which must succeed, as JSON.
pub fn json_on(today: &str, db: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok_on(today, db, args)).unwrap()
}

/// `v` is a number within 1e-6 of `want`.
#[track_caller]
pub fn close(v: &Value, want: f64) {
    close_within(v, want, 1e-6);
}

/// `v` is a number within `tolerance` of `want`.
#[track_caller]
pub fn close_within(v: &Value, want: f64, tolerance: f64) {
    let got = v.as_f64().unwrap_or_else(|| panic!("{v} is not a number"));
    assert!((got - want).abs() < tolerance, "got {got}, want {want}");
}
