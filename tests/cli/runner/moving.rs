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
    // 1685 s stored before; 1505 s of moving time now: said in the run's summary
    assert!(
        out.contains(
            "6.00 km · moving 25:05 · elapsed 28:05 · 4:11 /km · GAP 4:11 /km\n\
             re-imported: moving time now, pauses left out (was 28:05); pace and load follow"
        ),
        "{out}"
    );
    assert!(!out.contains("1 run stored before"), "{out}");
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
    // and its elevation profile (migration v10), one point per sample
    assert_eq!(
        after[0]["run"]["track"]["elevation"]
            .as_array()
            .unwrap()
            .len(),
        9
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
    for table in [
        "best_efforts",
        "splits",
        "heart_rate_time",
        "elevation_profiles",
    ] {
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

/// A TCX run of one lap whose second `<Track>` follows a pause: (seconds, metres) per track.
fn tcx(total: Option<f64>, tracks: &[&[(u32, f64)]]) -> String {
    let t0: chrono::DateTime<chrono::Utc> = "2026-11-19T06:30:00Z".parse().unwrap();
    let mut s = String::from(
        "<?xml version=\"1.0\"?>\n<TrainingCenterDatabase \
         xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities>\
         <Activity Sport=\"Running\"><Id>2026-11-19T06:30:00Z</Id>\
         <Lap StartTime=\"2026-11-19T06:30:00Z\">",
    );
    if let Some(t) = total {
        s.push_str(&format!("<TotalTimeSeconds>{t}</TotalTimeSeconds>"));
    }
    for track in tracks {
        s.push_str("<Track>");
        for &(sec, m) in *track {
            let time = t0 + chrono::Duration::seconds(i64::from(sec));
            s.push_str(&format!(
                "<Trackpoint><Time>{}</Time><DistanceMeters>{m}</DistanceMeters></Trackpoint>",
                time.format("%Y-%m-%dT%H:%M:%SZ")
            ));
        }
        s.push_str("</Track>");
    }
    s.push_str("</Lap></Activity></Activities></TrainingCenterDatabase>\n");
    s
}

#[test]
fn a_tcx_track_break_inside_a_lap_is_a_pause() {
    let dir = tempfile::tempdir().unwrap();
    // 1 km in 300 s; a new track 120 s and 200 m later (200 m in 120 s is movement, so only
    // the track break makes it a pause); 1 km in 300 s. Moving 600 s of 720 s elapsed
    let tracks: [&[(u32, f64)]; 2] = [&[(0, 0.0), (300, 1000.0)], &[(420, 1200.0), (720, 2200.0)]];
    for (name, total, moving) in [("no-timer", None, 600.0), ("timer", Some(600.0), 600.0)] {
        let db = dir.path().join(format!("{name}.sqlite3"));
        let file = dir.path().join(format!("{name}.tcx"));
        std::fs::write(&file, tcx(total, &tracks)).unwrap();
        ok(&db, &["import", file.to_str().unwrap()]);
        let r = &sessions(&db)[0]["run"];
        close(&r["duration_s"], moving);
        close(&r["elapsed_s"], 720.0);
        // 200 m moved while paused: no best effort spans the break; each side has its 1 km
        let efforts = r["track"]["best_efforts"].as_array().unwrap();
        assert_eq!(efforts.len(), 1, "{name}: {efforts:?}");
        close(&efforts[0]["seconds"], 300.0);
        close(&efforts[0]["start_m"], 0.0);
    }
}
