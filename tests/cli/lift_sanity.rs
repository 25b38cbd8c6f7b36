//! Issue 16: a lift far beyond the athlete's best, or beyond any lift on record without
//! history, is refused as a likely typo (exit 2, naming the set and the bound, nothing written)
//! unless `--force` says it is real. The bounds are `records::sanity` (§9's e1RM).

use crate::common::*;
use std::path::Path;

/// A refused `lift`: exit 2, one line naming the set field, nothing written; the line.
fn refused(db: &Path, args: &[&str]) -> String {
    let before = ok(db, &["history", "--json"]);
    let out = legday(db).args(args).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
    assert!(err.contains("SET: "), "{args:?}: {err}");
    assert_eq!(ok(db, &["history", "--json"]), before, "{args:?} wrote");
    err
}

fn db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("l.sqlite3");
    (dir, db)
}

#[test]
fn a_set_more_than_twice_the_best_e1rm_is_refused_naming_set_and_best() {
    let (_d, db) = db();
    // best e1RM: 100 × (1 + 5/30) = 116.7 kg
    ok(&db, &["lift", "--date", "-3", "back squat 3x5@100kg"]);
    // 200 × (1 + 5/30) = 233.3 > 2 × 116.7 = 233.3...: just above twice the best
    let err = refused(
        &db,
        &["lift", "back squat 1x5@60kg", "back squat 1x5@200.1kg"],
    );
    assert!(err.contains("set 2 (back squat 5 × 200.1 kg)"), "{err}");
    assert!(err.contains("e1RM of 233.5 kg"), "{err}");
    assert!(
        err.contains("more than twice your best back squat (116.7 kg e1RM)"),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    // exactly twice the best is accepted: 200 kg × 5 = 233.3 kg
    ok(&db, &["lift", "back squat 1x5@200kg"]);
}

#[test]
fn without_history_a_set_above_the_cap_is_refused_and_force_logs_it() {
    let (_d, db) = db();
    // 1000 for 100: 1000 × (1 + 3/30) = 1100 kg, above the 600 kg of a free-weight exercise
    let err = refused(&db, &["lift", "deadlift 1x3@1000kg"]);
    assert!(err.contains("set 1 (deadlift 3 × 1000 kg)"), "{err}");
    assert!(err.contains("is above 600 kg"), "{err}");
    // a leg press has a sled's cap (1200 kg): 700 × (1 + 10/30) = 933.3 kg passes
    ok(&db, &["lift", "leg press 1x10@700kg"]);
    // a record-breaking single is 516.7 kg: below the cap
    ok(&db, &["lift", "deadlift 1x1@500kg"]);
    // --force logs what was refused
    let out = ok(&db, &["lift", "--force", "back squat 1x3@1000kg"]);
    assert!(out.contains("Logged strength session"), "{out}");
}

#[test]
fn the_bound_speaks_the_users_unit() {
    let (_d, db) = db();
    ok(&db, &["settings", "units", "imperial"]);
    // 2000 lb × (1 + 1/30) = 2066.7 lb, above 600 kg = 1322.8 lb
    let err = refused(&db, &["lift", "deadlift 1x1@2000"]);
    assert!(err.contains("deadlift 1 × 2000 lb"), "{err}");
    assert!(err.contains("is above 1322.8 lb"), "{err}");
    assert!(!err.contains("kg"), "{err}");
}
