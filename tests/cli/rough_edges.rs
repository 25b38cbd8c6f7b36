//! The rough edges a newcomer hit (issue 16, part 5) at the command line.

use crate::common::*;

fn imperial() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("i.sqlite3");
    ok(&db, &["settings", "units", "imperial"]);
    (dir, db)
}

#[test]
fn a_bare_body_weight_is_in_the_users_unit_and_is_echoed_in_it() {
    let (_dir, db) = imperial();
    // 160 lb, as the settings form reads it; not 160 kg
    let echo = ok(&db, &["settings", "body_kg", "160"]);
    assert_eq!(echo.trim(), "body_kg = 160 lb");
    let kg: f64 = legday::store::Store::open(&db)
        .unwrap()
        .settings()
        .unwrap()
        .body_kg;
    assert!((kg - 160.0 * 0.453_592_37).abs() < 1e-9, "{kg}");
    assert_eq!(ok(&db, &["settings", "body_kg"]).trim(), "160 lb");
    let all = ok(&db, &["settings"]);
    let line = all.lines().find(|l| l.starts_with("body_kg")).unwrap();
    assert!(line.ends_with(" 160 lb"), "{line}");
    // a weight with its unit is converted, and said in pounds
    assert_eq!(
        ok(&db, &["settings", "body_kg", "72kg"]).trim(),
        "body_kg = 158.7 lb (from 72kg)"
    );
    // a refusal speaks pounds
    for bad in ["10", "2000", "heavy"] {
        let out = legday(&db)
            .args(["settings", "body_kg", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("45 to 880 lb"), "{bad}: {err}");
        assert!(!err.contains("kg "), "{bad}: {err}");
    }
}

#[test]
fn a_metric_users_bare_body_weight_stays_kilograms() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.sqlite3");
    assert_eq!(
        ok(&db, &["settings", "body_kg", "80"]).trim(),
        "body_kg = 80"
    );
    assert_eq!(ok(&db, &["settings", "body_kg"]).trim(), "80");
}

/// stdout and stderr of `args`, which must succeed.
fn both(db: &std::path::Path, args: &[&str]) -> (String, String) {
    let out = legday(db).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn stored(db: &std::path::Path) -> usize {
    legday::store::Store::open(db)
        .unwrap()
        .list(&legday::store::Filter::default())
        .unwrap()
        .len()
}

#[test]
fn run_takes_short_flags_for_distance_duration_and_kind() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite3");
    let out = ok(&db, &["run", "-d", "7.2", "-t", "38:40", "-k", "hills"]);
    assert!(out.contains("7.20 km in 38:40"), "{out}");
    assert!(out.contains("hills"), "{out}");
    // the long forms still work, and the help names the short ones
    ok(
        &db,
        &[
            "run",
            "--distance",
            "5",
            "--duration",
            "30:00",
            "--kind",
            "easy",
        ],
    );
    let help = ok(&db, &["run", "--help"]);
    for f in ["-d, --distance", "-t, --duration", "-k, --kind"] {
        assert!(help.contains(f), "{f}: {help}");
    }
}

#[test]
fn an_identical_run_or_lift_the_same_day_is_stored_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.sqlite3");
    let run = ["run", "-d", "5", "-t", "30:00"];
    let (_, err) = both(&db, &run);
    assert_eq!(err, "");
    let (out, err) = both(&db, &run);
    assert!(out.starts_with("Logged run #2"), "{out}");
    assert!(err.starts_with("warning: "), "{err}");
    assert!(err.contains("#1"), "{err}");
    assert!(err.contains("legday delete 2"), "{err}");
    assert_eq!(stored(&db), 2);
    // another distance, kind or day is no repeat
    for other in [
        vec!["run", "-d", "6", "-t", "30:00"],
        vec!["run", "-d", "5", "-t", "30:00", "-k", "tempo"],
        vec!["run", "-d", "5", "-t", "30:00", "--date", "yesterday"],
    ] {
        let (_, err) = both(&db, &other);
        assert_eq!(err, "", "{other:?}");
    }
    let lift = ["lift", "back squat 3x5@100kg"];
    assert_eq!(both(&db, &lift).1, "");
    let (_, err) = both(&db, &lift);
    assert!(err.starts_with("warning: "), "{err}");
    assert_eq!(both(&db, &["lift", "back squat 3x5@102.5kg"]).1, "");
    // JSON stays clean on stdout
    let (out, err) = both(&db, &["lift", "back squat 3x5@100kg", "--json"]);
    assert!(out.trim_start().starts_with('{'), "{out}");
    assert!(err.starts_with("warning: "), "{err}");
    assert_eq!(stored(&db), 9);
}

#[test]
fn a_vest_as_heavy_as_the_runner_is_refused_in_the_users_unit() {
    let (_dir, db) = imperial();
    ok(&db, &["settings", "body_kg", "160"]);
    let out = legday(&db)
        .args(["run", "-d", "3", "-t", "30:00", "--vest", "170"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("170 lb") && err.contains("160 lb"), "{err}");
    assert!(!err.contains(" kg"), "{err}");
}
