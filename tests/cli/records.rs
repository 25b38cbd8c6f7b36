//! `legday records` and the PR line `legday lift` and `legday run` print, end to end.
//! Expected values are worked out by hand from `docs/model.md` §9.

use super::*;

#[test]
fn records_json_and_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite3");
    log_two_lifts_and_three_runs(&db);
    records_json(&db);
    records_text(&db);
}

fn log_two_lifts_and_three_runs(db: &Path) {
    ok(
        db,
        &[
            "lift",
            "--date",
            "2026-11-02",
            "back squat 3x5@100kg",
            "push-up 2x15",
        ],
    );
    ok(
        db,
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
            db,
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
}

fn records_json(db: &Path) {
    let r = json(db, &["records", "--json"]);
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
}

fn records_text(db: &Path) {
    let text = ok(db, &["records"]);
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

/// An exercise without weight records its most reps in a set, and one is "1 rep".
#[test]
fn records_count_reps_in_words_that_agree() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite3");
    ok(&db, &["lift", "plank 1x1", "tibialis raise 2x20"]);
    let text = ok(&db, &["records"]);
    assert!(text.contains("plank           1 rep  "), "{text}");
    assert!(text.contains("tibialis raise  20 reps"), "{text}");
}
