//! §2 moving time: pauses do not count; the elapsed time is kept beside it; runs stored before
//! keep their values until their file is imported again.

use super::common::*;
use rusqlite::Connection;

#[test]
fn a_stop_a_paused_watch_and_a_gps_jump() {
    // tests/fixtures/runner-pauses.gpx, points on a meridian (km, seconds):
    // segment 1: 0 0 · 1 300 · 2 600 · 2 660 (standing 60 s) · 3 960
    // segment 2 (the watch stopped 120 s): 3 1080 · 4 1380 · 5 1385 (1 km in 5 s: a jump) · 6 1685
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite3");
    ok(
        &db,
        &["import", fixture("runner-pauses.gpx").to_str().unwrap()],
    );
    let s = &sessions(&db)[0];
    let r = &s["run"];
    // elapsed 1685 s; moving 1685 - 60 - 120 = 1505 s
    close(&r["elapsed_s"], 1685.0);
    close(&r["duration_s"], 1505.0);
    // load uses moving time: the RPE from heart rate (§2.1: average 149.4 of the observed
    // maximum 170 is 87.9%, 3 + 20 × 0.179 = 6.58, to the half: 6.5), 6.5 × 1505 / 60
    close(&s["rpe"], 6.5);
    close(&s["load"], 6.5 * 1505.0 / 60.0);
    let t = &r["track"];
    let km: Vec<f64> = t["splits_km"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["seconds"].as_f64().unwrap())
        .collect();
    // the stop and the paused watch cost their km nothing; the jump's km took 5 s
    let want = [300.0, 300.0, 300.0, 300.0, 5.0, 300.0];
    assert_eq!(km.len(), 6);
    for (g, w) in km.iter().zip(want) {
        assert!((g - w).abs() < 1e-6, "{km:?}");
    }
    // no 5k: the jump splits the track into 0-4 km and 5-6 km
    let efforts = t["best_efforts"].as_array().unwrap();
    assert_eq!(efforts.len(), 2, "1 km and 1 mile only: {efforts:?}");
    close(&efforts[0]["seconds"], 300.0);
    close(&efforts[1]["seconds"], 482.8032);
    assert!(json(&db, &["records", "--json"])["runs"]["5k"].is_null());
}

#[test]
fn a_run_stored_before_moving_time_is_updated_when_its_file_comes_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.sqlite3");
    {
        // a schema v8 file holding the run as the previous importer stored it (elapsed time)
        let mut c = Connection::open(&db).unwrap();
        legday::store::schema::migrate_to(&mut c, 8).unwrap();
        c.execute(
            "INSERT INTO sessions (uuid, date, time, type, kind, distance_m, duration_s, source, \
             source_key, load, hard) VALUES ('u1', '2026-11-20', '07:00:00', 'run', 'easy', \
             6000, 1685, 'gpx', 'gpx:2026-11-20T07:00:00Z', 84.25, 0)",
            [],
        )
        .unwrap();
    }
    // opening migrates: the stored run keeps its values
    let before = sessions(&db);
    close(&before[0]["run"]["duration_s"], 1685.0);
    assert!(before[0]["run"].get("elapsed_s").is_none());
    let out = ok(
        &db,
        &["import", fixture("runner-pauses.gpx").to_str().unwrap()],
    );
    assert!(out.contains("1 updated"), "{out}");
    // 1685 s stored before; 1505 s of moving time now
    assert!(
        out.contains(
            "1 run stored before now counts its moving time, pauses left out (pace and load \
             follow): #1 25:05 (was 28:05)"
        ),
        "{out}"
    );
    let after = sessions(&db);
    assert_eq!(after.len(), 1);
    assert_eq!(after[0]["uuid"], "u1");
    close(&after[0]["run"]["duration_s"], 1505.0);
    close(&after[0]["run"]["elapsed_s"], 1685.0);
    assert_eq!(
        after[0]["run"]["track"]["splits_km"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
    // the same file again changes nothing
    let out = ok(
        &db,
        &["import", fixture("runner-pauses.gpx").to_str().unwrap()],
    );
    assert!(
        !out.contains("updated") || out.contains("0 updated"),
        "{out}"
    );
    // deleting the run deletes its best efforts and splits
    ok(&db, &["delete", &after[0]["id"].to_string()]);
    let c = Connection::open(&db).unwrap();
    for table in ["best_efforts", "splits", "heart_rate_time"] {
        let n: i64 = c
            .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0, "{table}");
    }
}

#[test]
fn a_strava_row_without_a_file_runs_on_its_moving_time() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite3");
    let csv = dir.path().join("activities.csv");
    std::fs::write(
        &csv,
        "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Moving Time\n\
         1,\"Nov 20, 2026, 7:00:00 AM\",Morning Run,Run,1800,5.00,1700\n",
    )
    .unwrap();
    ok(&db, &["import", csv.to_str().unwrap()]);
    let s = &sessions(&db)[0];
    close(&s["run"]["duration_s"], 1700.0);
    close(&s["run"]["elapsed_s"], 1800.0);
    // easy RPE 3 × 1700 s / 60 = 85
    close(&s["load"], 85.0);
}
