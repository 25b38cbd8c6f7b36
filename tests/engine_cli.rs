//! `legday today` and `legday week --explain`, end to end. Expected values are worked out by
//! hand from `docs/model.md` §8 and §10.

use serde_json::Value;
use std::path::Path;

const TODAY: &str = "2026-11-23";

mod cli_common;
use cli_common::*;

fn names(v: &Value) -> Vec<String> {
    v["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["exercise"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn today_strength_for_a_new_user_with_last_sets_then_recover_after_intervals() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.sqlite3");
    a_new_user_gets_strength_with_the_last_sets(&db);
    intervals_today_mean_recover_tomorrow(&db);
}

fn a_new_user_gets_strength_with_the_last_sets(db: &Path) {
    // Long before the week: the last working set is 8 × 20 kg (the warm-up after it is skipped).
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
    // Nothing in [D-6, D], no session on D: T = D; every group open (§1 order, arms last), the
    // first four get exercises; forward lunge has glutes f = 1, so glutes get none (§8).
    let t = json(db, &["today", "--json"]);
    assert_eq!(t["date"], TODAY);
    assert_eq!(t["for"], TODAY);
    assert_eq!(t["suggestion"], "strength");
    assert_eq!(
        names(&t),
        [
            "forward lunge",
            "single-leg deadlift",
            "standing calf raise"
        ]
    );
    let sl = &t["exercises"][1];
    assert_eq!(
        (sl["sets"].as_u64(), sl["reps"].as_u64()),
        (Some(3), Some(8))
    );
    assert_eq!(
        sl["muscles"],
        serde_json::json!(["glutes", "hamstrings", "arms"])
    );
    assert_eq!(sl["last"]["date"], "2026-10-01");
    assert_eq!(sl["last"]["reps"], 8);
    close(&sl["last"]["weight_kg"], 20.0);
    assert_eq!(t["exercises"][0]["last"], Value::Null);
    assert_eq!(t["run"], Value::Null);
    assert_eq!(t["protein_g"], serde_json::json!({"low": 112, "high": 154}));
    let text = ok(db, &["today"]);
    assert!(
        text.starts_with("Today (Mon 23 Nov): a strength session"),
        "{text}"
    );
    assert!(text.contains("single-leg deadlift  3 × 8"), "{text}");
    assert!(text.contains("last: 8 reps × 20 kg on 1 Oct"), "{text}");
    assert!(text.contains("Protein: 112-154 g"), "{text}");
    assert!(text.lines().count() <= 8, "{text}");
}

fn intervals_today_mean_recover_tomorrow(db: &Path) {
    // Intervals today (default RPE 8, hard): T = D+1, and T-1 was hard → recover (§8 rule 2).
    ok(
        db,
        &[
            "run",
            "--distance",
            "8km",
            "--duration",
            "40:00",
            "--kind",
            "intervals",
        ],
    );
    let t = json(db, &["today", "--json"]);
    assert_eq!(t["for"], "2026-11-24");
    assert_eq!(t["suggestion"], "recover");
    assert_eq!(
        t["run"],
        serde_json::json!({"kind": "recovery", "minutes": [20, 30]})
    );
    assert_eq!(t["exercises"], serde_json::json!([]));
    assert!(t["reason"].as_str().unwrap().contains("RPE 8"));
    let text = ok(db, &["today"]);
    assert!(
        text.starts_with("Tomorrow (Tue 24 Nov): recovery run, 20-30 min"),
        "{text}"
    );
    // --date looks at another day; the run after it is ignored.
    let t = json(db, &["today", "--date", "2026-11-22", "--json"]);
    assert_eq!(t["for"], "2026-11-22");
    assert_eq!(t["suggestion"], "strength");
    // A bad date: exit 2, one line naming the field.
    let out = legday(db)
        .args(["today", "--date", "soon"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("date"));
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
