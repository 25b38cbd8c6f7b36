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
