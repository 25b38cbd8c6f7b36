//! `settings`, `exercises` and `completions`.

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
