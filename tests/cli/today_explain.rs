//! `legday today` and `legday week --explain`, end to end. Expected values are worked out by
//! hand from `docs/model.md` §8 and §10.

use super::*;

fn names(v: &Value) -> Vec<String> {
    v["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["exercise"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn today_for_a_new_user_is_a_lower_lift_with_the_core_pair() {
    let dir = tempfile::tempdir().unwrap();
    let db = &dir.path().join("t.sqlite3");
    // One lift long before: a break (§8.4 return: no quality or long run in its first two
    // weeks), so the day's slot goes to a lower lift.
    ok(
        db,
        &[
            "lift",
            "--date",
            "2026-10-01",
            "single-leg deadlift 3x8@20kg",
            "single-leg deadlift 1x10@10kg warmup",
        ],
    );
    let t = json(db, &["today", "--json"]);
    assert_eq!(t["for"], TODAY);
    assert_eq!(t["suggestion"], "strength");
    assert_eq!(t["phase"], "return");
    // §8.7: the core pair from the rows (single-leg deadlift was done on one day only, so it
    // is not the athlete's own), then the open groups in §1 order that no chosen exercise has
    // f = 1 for (quads, glutes and hamstrings are served): calves, tibialis, hip flexors.
    assert_eq!(
        names(&t),
        [
            "back squat",
            "romanian deadlift",
            "standing calf raise",
            "tibialis raise",
            "hip flexor march"
        ]
    );
    // never done: the default sets and reps, no weight
    let sq = &t["exercises"][0];
    assert_eq!(
        (sq["sets"].as_u64(), sq["reps"].as_u64()),
        (Some(3), Some(5))
    );
    assert_eq!(sq["weight_kg"], Value::Null);
    assert_eq!(t["protein_g"], serde_json::json!({"low": 112, "high": 154}));
    let text = ok(db, &["today"]);
    assert!(
        text.contains("back squat") && text.contains("3 × 5"),
        "{text}"
    );
}

#[test]
fn explain_sums_to_the_week_and_refuses_bad_groups() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e.sqlite3");
    log_a_lift_and_two_runs(&db);
    explain_sums_to_the_week(&db);
    explain_takes_group_names_as_typed(&db);
    a_bad_group_is_refused(&db);
}

fn log_a_lift_and_two_runs(db: &Path) {
    ok(
        db,
        &[
            "lift",
            "--date",
            "2026-11-20",
            "back squat 3x8@60kg",
            "leg press 2x10@100kg rir4",
        ],
    );
    ok(
        db,
        &[
            "run",
            "--date",
            "2026-11-21",
            "--distance",
            "8km",
            "--duration",
            "45:00",
            "--rpe",
            "3",
        ],
    );
    ok(
        db,
        &[
            "run",
            "--date",
            "2026-11-10",
            "--distance",
            "8km",
            "--duration",
            "45:00",
        ],
    );
}

fn explain_sums_to_the_week(db: &Path) {
    let week = json(db, &["week", "--json"]);
    let e = json(db, &["week", "--explain", "quads", "--json"]);
    assert_eq!(e["muscle"], "quads");
    close(&e["sets"], week["muscles"][0]["sets"].as_f64().unwrap());
    let parts: f64 = e["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["sets"].as_f64().unwrap())
        .sum();
    close(
        &serde_json::json!(parts),
        week["muscles"][0]["sets"].as_f64().unwrap(),
    );
    // Lift: back squat 3 × 1 + leg press 2 × h 0.5 × f 1 = 4; run: 135 / run_set_au × 0.24.
    let s = &e["sessions"];
    assert_eq!(s.as_array().unwrap().len(), 2);
    close(&s[0]["sets"], 4.0);
    assert_eq!(s[0]["exercises"][1]["sets"][0]["h"], 0.5);
    assert_eq!(s[1]["run"]["row"], "easy");
    close(&s[1]["run"]["load"], 135.0);
}

fn explain_takes_group_names_as_typed(db: &Path) {
    // Group names as the user may type them.
    let e = json(
        db,
        &[
            "week",
            "--explain",
            "Hip flexors",
            "--json",
            "--date",
            "2026-11-21",
        ],
    );
    assert_eq!(e["muscle"], "hip_flexors");
    let text = ok(db, &["week", "--explain", "glutes"]);
    assert!(text.starts_with("Glutes"), "{text}");
    assert!(
        text.contains("back squat: f 1 × (3 × h 1) = 3.00"),
        "{text}"
    );
    assert!(text.contains("easy run, 8.00 km: 135 AU /"), "{text}");
}

fn a_bad_group_is_refused(db: &Path) {
    // A bad group: one line naming the field and the accepted groups, exit 2.
    let before = std::fs::read(db).unwrap();
    let out = legday(db)
        .args(["week", "--explain", "biceps"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(
        err.contains("explain") && err.contains("hip_flexors"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read(db).unwrap(), before);
}

/// §3.2, §10: an elevation-adjusted run shows its weight to three decimals, so the line's
/// arithmetic checks: 10 km in 60 min at RPE 3 (180 AU) with 200 m up, c = 0.02, g = 0.04;
/// hamstrings up 0.1392 / 1.092 = 0.12747, down 0.1104 / 1.0512 = 0.10502, mean 0.116245;
/// 180 / 40 × 0.116245 = 0.523 sets (two decimals would show w 0.12, and 4.5 × 0.12 = 0.54).
#[test]
fn explain_shows_an_adjusted_weight_precisely_enough_to_check() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.sqlite3");
    let run = [
        "run",
        "--distance",
        "10km",
        "--duration",
        "60:00",
        "--rpe",
        "3",
        "--elevation",
        "200m",
    ];
    ok(&db, &run);
    let text = ok(&db, &["week", "--explain", "hamstrings"]);
    assert!(
        text.contains("0.52  easy run, 10.00 km: 180 AU / 40 × w 0.116"),
        "{text}"
    );
    assert!(text.contains("row 0.12 → 0.116"), "{text}");
}
