//! `history` as text, JSON and CSV, and `delete`.

use super::*;

#[test]
fn history_json_csv_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("h.sqlite3");
    log_a_run_and_a_lift(&db);

    let h = json(&db, &["history", "--json"]);
    let h = h.as_array().unwrap();
    assert_eq!(h.len(), 2);
    // newest first
    let r = &h[0];
    the_run_row(r);
    the_strength_row(&h[1]);

    // the one CSV of sessions: export's columns, one row per run and per set
    let csv = ok(&db, &["history", "--csv"]);
    let mut lines = csv.lines();
    assert_eq!(lines.next().unwrap(), legday::export::CSV_COLUMNS.join(","));
    let sets = h[1]["sets"].as_array().unwrap().len();
    assert!(sets >= 2);
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 1 + sets);
    assert!(rows[0].starts_with(&format!("{},2026-", r["id"])));

    let filtered = json(&db, &["history", "--json", "--kind", "strength"]);
    assert_eq!(filtered.as_array().unwrap().len(), 1);
    let ranged = json(&db, &["history", "--json", "--from", "2026-11-20"]);
    assert_eq!(ranged.as_array().unwrap().len(), 1);

    let id = r["id"].as_i64().unwrap().to_string();
    assert!(ok(&db, &["delete", &id]).contains("Deleted"));
    assert_eq!(
        json(&db, &["history", "--json"]).as_array().unwrap().len(),
        1
    );
    let again = legday(&db).args(["delete", &id]).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
}

/// A run on the 20th at 07:30 and a lift on the 19th (working sets, an RDL with RIR, a warm-up).
fn log_a_run_and_a_lift(db: &Path) {
    let run = json(
        db,
        &[
            "run",
            "--distance",
            "5.2km",
            "--duration",
            "28:30",
            "--date",
            "2026-11-20",
            "--time",
            "07:30",
            "--json",
        ],
    );
    assert_eq!(run["type"], "run");
    ok(
        db,
        &[
            "lift",
            "--date",
            "2026-11-19",
            "--rpe",
            "7",
            "--minutes",
            "45m",
            "back squat 3x8@60kg",
            "RDL 2x10@50kg rir4",
            "squat 1x5@40kg warmup",
        ],
    );
}

/// The run: its defaults (easy, RPE 3) and its load 3 × 28.5 min.
fn the_run_row(r: &Value) {
    assert_eq!(r["type"], "run");
    assert_eq!(r["date"], "2026-11-20");
    assert_eq!(r["time"], "07:30");
    close(&r["minutes"], 28.5);
    close(&r["rpe"], 3.0);
    assert_eq!(r["rpe_default"], true);
    close(&r["load"], 85.5);
    assert!(r["note"].is_null() && r["source"].is_null());
    assert_eq!(r["run"]["kind"], "easy");
    close(&r["run"]["distance_m"], 5200.0);
    close(&r["run"]["duration_s"], 1710.0);
    assert_eq!(r["uuid"].as_str().unwrap().len(), 36);
}

/// The lift: 7 × 45 min, its six sets with aliases resolved.
fn the_strength_row(s: &Value) {
    assert_eq!(s["type"], "strength");
    close(&s["load"], 315.0);
    assert_eq!(s["rpe_default"], false);
    let sets = s["sets"].as_array().unwrap();
    assert_eq!(sets.len(), 6);
    assert_eq!(sets[0]["exercise"], "back squat");
    assert_eq!(sets[0]["reps"], 8);
    close(&sets[0]["weight_kg"], 60.0);
    assert_eq!(sets[3]["exercise"], "romanian deadlift");
    assert_eq!(sets[3]["rir"], 4);
    assert_eq!(sets[5]["warmup"], true);
}
