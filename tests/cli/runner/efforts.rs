//! §9 v3: best efforts, splits and the elevation profile at import, in `records`, through the
//! JSON export.

use super::common::*;
use serde_json::Value;

#[test]
fn a_fast_5k_inside_a_12k_is_the_best_5k_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite3");
    // a whole 5 km in 25:00 first
    ok(
        &db,
        &[
            "run",
            "--distance",
            "5km",
            "--duration",
            "25:00",
            "--date",
            "2026-11-10",
        ],
    );
    let file = dir.path().join("12k.gpx");
    std::fs::write(&file, fast_middle_12k()).unwrap();
    ok(&db, &["import", file.to_str().unwrap()]);
    let run = &sessions(&db)[1];
    let id = run["id"].as_i64().unwrap();
    // 4 × 300 + 5 × 240 + 3 × 300 = 3300 s over 12 km
    close(&run["run"]["duration_s"], 3300.0);
    let efforts = run["run"]["track"]["best_efforts"].as_array().unwrap();
    let by = |d: f64| {
        efforts
            .iter()
            .find(|e| (e["distance_m"].as_f64().unwrap() - d).abs() < 1e-6)
            .cloned()
    };
    // the fast middle: 5 × 240 = 1200 s from 4000 m; 1 km 240 s; a mile 0.24 × 1609.344
    close(&by(5000.0).unwrap()["seconds"], 1200.0);
    close_within(&by(5000.0).unwrap()["start_m"], 4000.0, 1e-3);
    close(&by(1000.0).unwrap()["seconds"], 240.0);
    close(&by(1609.344).unwrap()["seconds"], 386.24256);
    // 10 km: the fast five and five at 5:00 = 2700 s; no half in 12 km
    close(&by(10000.0).unwrap()["seconds"], 2700.0);
    assert!(by(21097.5).is_none());
    // the km splits: 300 × 4, 240 × 5, 300 × 3, summing to the run
    let km: Vec<f64> = run["run"]["track"]["splits_km"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["seconds"].as_f64().unwrap())
        .collect();
    assert_eq!(km.len(), 12);
    for (k, s) in km.iter().enumerate() {
        let want = if (4..9).contains(&k) { 240.0 } else { 300.0 };
        assert!((s - want).abs() < 1e-6, "km {}: {s}", k + 1);
    }
    assert!((km.iter().sum::<f64>() - 3300.0).abs() < 1e-6);

    // records: the effort beats the whole 5 km run (1500 s) and names its run
    let r = json(&db, &["records", "--json"]);
    close(&r["runs"]["5k"]["seconds"], 1200.0);
    assert_eq!(r["runs"]["5k"]["id"], id);
    assert_eq!(r["runs"]["5k"]["date"], "2026-11-18");
    close_within(&r["runs"]["5k"]["start_m"], 4000.0, 1e-3);
    close(&r["runs"]["10k"]["seconds"], 2700.0);
    assert_eq!(r["runs"]["10k"]["id"], id);
    let text = ok(&db, &["records"]);
    assert!(
        text.contains(&format!("20:00  (18 Nov 2026, inside run {id} from 4.0")),
        "{text}"
    );
}

fn close_within(v: &Value, want: f64, tol: f64) {
    crate::common::close_within(v, want, tol);
}

#[test]
fn best_efforts_and_splits_travel_through_the_json_export() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.sqlite3"), dir.path().join("b.sqlite3"));
    ok(
        &a,
        &["import", fixture("runner-pauses.gpx").to_str().unwrap()],
    );
    ok(
        &a,
        &["import", fixture("garmin-activity.gpx").to_str().unwrap()],
    );
    let out = dir.path().join("export.json");
    ok(
        &a,
        &["export", "--format", "json", "--out", out.to_str().unwrap()],
    );
    ok(&b, &["import", out.to_str().unwrap()]);
    let (sa, sb) = (sessions(&a), sessions(&b));
    assert_eq!(sa.len(), 2);
    for (x, y) in sa.iter().zip(&sb) {
        assert!(x["run"]["track"]["splits_km"].as_array().unwrap().len() > 3);
        // the elevation profile too: 9 points for the 9 samples of runner-pauses.gpx, 60 (the
        // most) for the real watch's track
        let points = x["run"]["track"]["elevation"].as_array().unwrap().len();
        assert!([9, 60].contains(&points), "{points}");
        assert_eq!(x["run"]["track"], y["run"]["track"]);
        assert_eq!(x["run"]["elapsed_s"], y["run"]["elapsed_s"]);
        assert_eq!(x["run"]["duration_s"], y["run"]["duration_s"]);
    }
    // and the records of the copy are the same
    assert_eq!(
        json(&a, &["records", "--json"]),
        json(&b, &["records", "--json"])
    );
}

#[test]
fn a_real_watch_track_has_consistent_efforts_and_splits() {
    // Garmin Connect's GPX of a 12.8 km run (tests/fixtures/SOURCES.md)
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite3");
    ok(
        &db,
        &["import", fixture("garmin-activity.gpx").to_str().unwrap()],
    );
    let s = &sessions(&db)[0]["run"];
    let (dist, dur) = (
        s["distance_m"].as_f64().unwrap(),
        s["duration_s"].as_f64().unwrap(),
    );
    let t = &s["track"];
    let efforts = t["best_efforts"].as_array().unwrap();
    let names: Vec<f64> = efforts
        .iter()
        .map(|e| e["distance_m"].as_f64().unwrap())
        .collect();
    assert_eq!(names, [1000.0, 1609.344, 5000.0, 10000.0]);
    // a longer effort takes longer, and none is faster than 12 m/s or past the run's end
    let secs: Vec<f64> = efforts
        .iter()
        .map(|e| e["seconds"].as_f64().unwrap())
        .collect();
    assert!(secs.windows(2).all(|w| w[0] < w[1]), "{secs:?}");
    for e in efforts {
        let (d, sec, start) = (
            e["distance_m"].as_f64().unwrap(),
            e["seconds"].as_f64().unwrap(),
            e["start_m"].as_f64().unwrap(),
        );
        assert!(d / sec < 12.0 && start + d <= dist + 1e-6, "{e}");
    }
    // the splits sum to the run: distance and moving time
    for key in ["splits_km", "splits_mi"] {
        let sp = t[key].as_array().unwrap();
        let d: f64 = sp.iter().map(|x| x["distance_m"].as_f64().unwrap()).sum();
        let sec: f64 = sp.iter().map(|x| x["seconds"].as_f64().unwrap()).sum();
        assert!((d - dist).abs() < 1e-6, "{key}: {d} vs {dist}");
        assert!((sec - dur).abs() < 1e-6, "{key}: {sec} vs {dur}");
        assert!(sp.iter().all(|x| x["avg_hr"].as_f64().is_some()));
    }
    assert_eq!(
        t["splits_km"].as_array().unwrap().len(),
        (dist / 1000.0).ceil() as usize
    );
}
