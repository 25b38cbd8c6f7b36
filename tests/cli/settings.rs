//! `settings`, `exercises`, `completions`, `--help` and `--version`.

use super::*;

#[test]
fn settings_exercises_and_completions() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite3");
    assert!(ok(&db, &["settings"]).contains("level"));
    ok(&db, &["settings", "units", "imperial"]);
    assert_eq!(ok(&db, &["settings", "units"]).trim(), "imperial");
    // a bare number is now in miles
    let r = json(
        &db,
        &["run", "--distance", "3.1", "--duration", "30:00", "--json"],
    );
    close(&r["run"]["distance_m"], 3.1 * 1609.344);
    assert!(ok(&db, &["run", "--distance", "3.1", "--duration", "30:00"]).contains("mi"));

    ok(
        &db,
        &[
            "exercises",
            "add",
            "sled push",
            "--quads",
            "1",
            "--calves",
            "0.5",
        ],
    );
    let ex = json(&db, &["exercises", "--json"]);
    let sled = ex["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "sled push")
        .unwrap();
    close(&sled["muscles"]["quads"], 1.0);
    ok(&db, &["lift", "sled push 3x20"]);
    ok(
        &db,
        &["exercises", "map", "Squat (Smith Machine)", "back squat"],
    );
    ok(&db, &["lift", "Squat (Smith Machine) 3x5@80kg"]);
    let h = json(&db, &["history", "--json", "--kind", "strength"]);
    assert_eq!(h[0]["sets"][0]["exercise"], "back squat");

    let bash = ok(&db, &["completions", "bash"]);
    assert!(bash.contains("legday") && bash.contains("complete"));
}

/// `--help` and `--version` print to stdout and exit 0, touching no database; a usage error is
/// one line and exit 2.
#[test]
fn help_and_version_exit_zero_without_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("never.sqlite3");
    let help = ok(&db, &["--help"]);
    assert!(help.contains("Usage:") && help.contains("week"), "{help}");
    let lift = ok(&db, &["lift", "--help"]);
    assert!(
        lift.contains("each SET is \"EXERCISE NxR[@W(kg|lb)][ rirK][ warmup]\""),
        "{lift}"
    );
    let run = ok(&db, &["run", "--help"]);
    assert!(run.contains(legday::parse::RUN_KINDS), "{run}");
    assert!(ok(&db, &["--version"]).starts_with("legday "));
    assert!(!db.exists(), "help opened the database");
    let out = legday(&db).arg("--bogus").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
}
