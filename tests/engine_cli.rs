//! `legday today`, `legday records`, `legday week --explain` and the PR line, end to end.
//! Expected values are worked out by hand from `TRAINING_MODEL.md` §8-§10.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

const TODAY: &str = "2026-11-23";

fn legday(db: &Path) -> Command {
    let mut c = Command::cargo_bin("legday").unwrap();
    c.env("LEGDAY_TODAY", TODAY)
        .env_remove("LEGDAY_DB")
        .env("NO_COLOR", "1")
        .arg("--db")
        .arg(db);
    c
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = legday(db).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn json(db: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(db, args)).unwrap()
}

fn close(v: &Value, want: f64) {
    let got = v.as_f64().unwrap_or_else(|| panic!("{v} is not a number"));
    assert!((got - want).abs() < 1e-6, "got {got}, want {want}");
}

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
    // Long before the week: the last working set is 8 × 20 kg (the warm-up after it is skipped).
    ok(
        &db,
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
    let t = json(&db, &["today", "--json"]);
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
    let text = ok(&db, &["today"]);
    assert!(
        text.starts_with("Today (Mon 23 Nov): a strength session"),
        "{text}"
    );
    assert!(text.contains("single-leg deadlift  3 × 8"), "{text}");
    assert!(text.contains("last: 8 reps × 20 kg on 1 Oct"), "{text}");
    assert!(text.contains("Protein: 112-154 g"), "{text}");
    assert!(text.lines().count() <= 8, "{text}");

    // Intervals today (default RPE 8, hard): T = D+1, and T-1 was hard → recover (§8 rule 2).
    ok(
        &db,
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
    let t = json(&db, &["today", "--json"]);
    assert_eq!(t["for"], "2026-11-24");
    assert_eq!(t["suggestion"], "recover");
    assert_eq!(
        t["run"],
        serde_json::json!({"kind": "recovery", "minutes": [20, 30]})
    );
    assert_eq!(t["exercises"], serde_json::json!([]));
    assert!(t["reason"].as_str().unwrap().contains("RPE 8"));
    let text = ok(&db, &["today"]);
    assert!(
        text.starts_with("Tomorrow (Tue 24 Nov): recovery run, 20-30 min"),
        "{text}"
    );
    // --date looks at another day; the run after it is ignored.
    let t = json(&db, &["today", "--date", "2026-11-22", "--json"]);
    assert_eq!(t["for"], "2026-11-22");
    assert_eq!(t["suggestion"], "strength");
    // A bad date: exit 2, one line naming the field.
    let out = legday(&db)
        .args(["today", "--date", "soon"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("date"));
}

#[test]
fn records_json_and_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite3");
    ok(
        &db,
        &[
            "lift",
            "--date",
            "2026-11-02",
            "back squat 3x5@100kg",
            "push-up 2x15",
        ],
    );
    ok(
        &db,
        &[
            "lift",
            "--date",
            "2026-11-09",
            "back squat 1x5@105kg",
            "push-up 1x20",
        ],
    );
    for (date, dist, dur, kind, shoes) in [
        ("2026-10-03", "5km", "23:15", "race", "Pegasus 41"),
        ("2026-11-08", "21.4km", "2:05:00", "long", " pegasus 41"),
        ("2026-11-10", "10.3km", "50:00", "easy", "Kinvara"),
    ] {
        ok(
            &db,
            &[
                "run",
                "--date",
                date,
                "--distance",
                dist,
                "--duration",
                dur,
                "--kind",
                kind,
                "--shoes",
                shoes,
            ],
        );
    }
    let r = json(&db, &["records", "--json"]);
    // back squat: 116.67 then 105 × (1 + 5/30) = 122.5, one PR; push-up: most reps 20, one PR.
    let sq = &r["lifts"][0];
    assert_eq!(sq["exercise"], "back squat");
    close(&sq["e1rm_kg"], 122.5);
    assert_eq!(
        (sq["prs"].as_u64(), sq["date"].as_str()),
        (Some(1), Some("2026-11-09"))
    );
    assert_eq!(sq["best_reps"], Value::Null);
    let pu = &r["lifts"][1];
    assert_eq!(
        (pu["exercise"].as_str(), pu["best_reps"].as_u64()),
        (Some("push-up"), Some(20))
    );
    assert_eq!(pu["e1rm_kg"], Value::Null);
    // 5k: the race, 1395 s; 10k: 10.3 km in 3000 s → 3000 × 10/10.3 = 2912.62 s.
    close(&r["runs"]["5k"]["seconds"], 1395.0);
    close(&r["runs"]["10k"]["seconds"], 3000.0 * 10.0 / 10.3);
    assert_eq!(r["runs"]["half"]["date"], "2026-11-08"); // 21.4 km ≤ 1.05 × 21.0975
    assert_eq!(r["runs"]["marathon"], Value::Null);
    close(&r["runs"]["longest"]["distance_m"], 21400.0);
    // Calendar weeks from Monday: 2-8 Nov 21.4 km, 9-15 Nov 10.3 km.
    assert_eq!(r["runs"]["biggest_week"]["from"], "2026-11-02");
    // Predictions from the race (within 365 days): 5k = its own time.
    close(&r["predictions"]["5k"], 1395.0);
    assert_eq!(r["predictions"]["from"]["date"], "2026-10-03");
    // Shoes: "Pegasus 41" twice (case and spaces ignored), newest first.
    assert_eq!(r["shoes"][0]["name"], "Kinvara");
    assert_eq!(r["shoes"][1]["name"], "Pegasus 41");
    assert_eq!(r["shoes"][1]["runs"], 2);
    close(&r["shoes"][1]["km"], 26.4);
    assert_eq!(r["shoes"][1]["worn"], false);
    let text = ok(&db, &["records"]);
    assert!(text.contains("back squat  e1RM 122.5 kg"), "{text}");
    assert!(text.contains("5k            23:15"), "{text}");
    assert!(text.contains("VDOT"), "{text}");
    assert!(text.contains("Pegasus 41  2 runs · 26.40 km"), "{text}");
}

#[test]
fn records_without_a_race_have_no_predictions() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.sqlite3");
    // A race more than 365 days before D does not count.
    ok(
        &db,
        &[
            "run",
            "--date",
            "2025-11-23",
            "--distance",
            "5km",
            "--duration",
            "20:00",
            "--kind",
            "race",
        ],
    );
    let r = json(&db, &["records", "--json"]);
    assert_eq!(r["predictions"], Value::Null);
    assert!(ok(&db, &["records"]).contains("Predictions  none"));
}

#[test]
fn explain_sums_to_the_week_and_refuses_bad_groups() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e.sqlite3");
    ok(
        &db,
        &[
            "lift",
            "--date",
            "2026-11-20",
            "back squat 3x8@60kg",
            "leg press 2x10@100kg rir4",
        ],
    );
    ok(
        &db,
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
        &db,
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
    let week = json(&db, &["week", "--json"]);
    let e = json(&db, &["week", "--explain", "quads", "--json"]);
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
    // Group names as the user may type them.
    let e = json(
        &db,
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
    let text = ok(&db, &["week", "--explain", "glutes"]);
    assert!(text.starts_with("Glutes"), "{text}");
    assert!(
        text.contains("back squat: f 1 × (3 × h 1) = 3.00"),
        "{text}"
    );
    assert!(text.contains("easy run, 8.00 km: 135 AU /"), "{text}");
    // A bad group: one line naming the field and the accepted groups, exit 2.
    let before = std::fs::read(&db).unwrap();
    let out = legday(&db)
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
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn saving_a_record_prints_a_pr_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.sqlite3");
    // The first set with an e1RM is not a PR.
    let first = ok(
        &db,
        &["lift", "--date", "2026-11-16", "back squat 3x5@100kg"],
    );
    assert!(!first.contains("PR"), "{first}");
    // 105 × (1 + 5/30) = 122.5 over 100 × (1 + 5/30) = 116.67.
    let second = ok(
        &db,
        &["lift", "back squat 2x5@105kg", "tibialis raise 2x20"],
    );
    assert_eq!(
        second
            .lines()
            .filter(|l| l.starts_with("PR:"))
            .collect::<Vec<_>>(),
        ["PR: back squat e1RM 122.5 kg (was 116.7)"]
    );
    // Equal is not a PR; --json prints JSON only.
    let tie = ok(&db, &["lift", "back squat 1x5@105kg", "--json"]);
    assert!(serde_json::from_str::<Value>(&tie).is_ok(), "{tie}");
    assert!(!ok(&db, &["lift", "back squat 1x5@105kg"]).contains("PR"));
    // Runs: the first 5k is no PR; a faster one is, and a longer run is the longest.
    let r1 = ok(
        &db,
        &[
            "run",
            "--date",
            "2026-11-01",
            "--distance",
            "5km",
            "--duration",
            "25:00",
        ],
    );
    assert!(!r1.contains("PR"), "{r1}");
    let r2 = ok(
        &db,
        &[
            "run",
            "--date",
            "2026-11-05",
            "--distance",
            "5.1km",
            "--duration",
            "25:30",
        ],
    );
    // 1530 × 5000 / 5100 = 1500 s: a tie with 25:00, not a PR; but 5.1 km is the longest.
    assert_eq!(
        r2.lines()
            .filter(|l| l.starts_with("PR:"))
            .collect::<Vec<_>>(),
        ["PR: longest run 5.10 km (was 5.00 km)"]
    );
    let r3 = ok(
        &db,
        &[
            "run",
            "--date",
            "2026-11-06",
            "--distance",
            "5km",
            "--duration",
            "24:10",
        ],
    );
    assert!(r3.contains("PR: best 5k 24:10 (was 25:00)"), "{r3}");
}
