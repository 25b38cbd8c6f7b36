//! `legday show ID [--json]`, and the summary after `legday run` and an import of one run.

use super::common::*;

#[test]
fn a_run_with_its_splits_zones_efforts_and_the_next_day() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite3");
    let out = ok(
        &db,
        &["import", fixture("runner-pauses.gpx").to_str().unwrap()],
    );
    // an import of one run prints its summary
    assert!(
        out.contains("Run · easy #1 · Fri 20 Nov 2026 07:00"),
        "{out}"
    );
    let v = json(&db, &["show", "1", "--json"]);
    close(&v["moving_s"], 1505.0);
    close(&v["elapsed_s"], 1685.0);
    assert_eq!(v["session"]["id"], 1);
    let rows = v["splits"]["rows"].as_array().unwrap();
    assert_eq!(v["splits"]["unit"], "km");
    assert_eq!(rows.len(), 6);
    // 300 300 300 300 5 300: the jump's km is the fastest, the first 300 s the slowest
    let marked =
        |key: &str| -> Vec<usize> { (0..rows.len()).filter(|&i| rows[i][key] == true).collect() };
    assert_eq!(marked("fastest"), [4]);
    assert_eq!(marked("slowest"), [0]);
    // zones of the observed maximum 170, each step's moving time at the heart rate it ends on:
    // 300 s at 150 (88%: zone 4); 155, 160, 160, 160, 170 (91-100%: zone 5) for
    // 300 + 300 + 300 + 5 + 300 = 1205 s; the pauses' 120 and 130 took no time
    close(&v["hr_zones"]["hr_max"], 170.0);
    let z: Vec<f64> = v["hr_zones"]["seconds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap())
        .collect();
    assert_eq!(z, [0.0, 0.0, 0.0, 300.0, 1205.0]);
    // the elevation profile: the 9 samples at 750 m steps of the 6 km, the altitude
    // interpolated between the samples around each (100, 104 at 1 km, 110 at 2 km, 106 at
    // 3 km, 100 from 4 km): 750 m is 100 + 4 × 0.75 = 103; 2250 m is 110 - 4 × 0.25 = 109;
    // 3750 m is 106 - 6 × 0.75 = 101.5
    let p: Vec<(f64, f64)> = v["elevation_profile"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x[0].as_f64().unwrap(), x[1].as_f64().unwrap()))
        .collect();
    assert_eq!(
        p,
        [
            (0.0, 100.0),
            (750.0, 103.0),
            (1500.0, 107.0),
            (2250.0, 109.0),
            (3000.0, 106.0),
            (3750.0, 101.5),
            (4500.0, 100.0),
            (5250.0, 100.0),
            (6000.0, 100.0)
        ]
    );
    assert!(v["hr_zones_note"].is_null());
    let e = v["best_efforts"].as_array().unwrap();
    assert_eq!(
        (e[0]["name"].as_str(), e[0]["best_ever"].as_bool()),
        (Some("1k"), Some(true))
    );
    assert_eq!(e[1]["name"], "mile");
    close(&v["load"], 6.5 * 1505.0 / 60.0);
    assert!(v["volume"]["quads"].as_f64().unwrap() > 0.0);
    assert_eq!(v["next"]["date"], "2026-11-21");
    assert!(!v["next"]["what"].as_str().unwrap().is_empty());

    let text = ok(&db, &["show", "1"]);
    for want in [
        "6.00 km · moving 25:05 · elapsed 28:05 · 4:11 /km",
        "Splits (km)",
        "0:05   0:05 /km",
        "fastest",
        "slowest",
        "Heart-rate zones (% of max 170): Z1 0:00 · Z2 0:00 · Z3 0:00 · Z4 5:00 · Z5 20:05",
        // 100 to 109 m in eighths: 0, 3/9 × 7 = 2.3, 5.4, 7, 4.7, 1.2, 0, 0, 0
        "Elevation 100-109 m  ▁▃▆█▆▂▁▁▁",
        "Best efforts: 1k 5:00 (best ever) · mile 8:03 (best ever)",
        "RPE 6.5 (from heart rate)",
        "Next (Sat 21 Nov):",
    ] {
        assert!(text.contains(want), "{want:?} in\n{text}");
    }
    // miles users get mile splits
    ok(&db, &["settings", "units", "imperial"]);
    let v = json(&db, &["show", "1", "--json"]);
    assert_eq!(v["splits"]["unit"], "mi");
    assert_eq!(v["splits"]["rows"].as_array().unwrap().len(), 4);
    let text = ok(&db, &["show", "1"]);
    assert!(text.contains("Elevation 328-358 ft  ▁▃▆█▆▂▁▁▁"), "{text}");
    // a maximum set by hand: the zones of 200. 150 (75%) and 155 (77.5%) are zone 3: 300 s
    // each; 160 (80%) and 170 (85%) zone 4: the other 1505 - 600 = 905 s
    ok(&db, &["settings", "hr_max", "200"]);
    let v = json(&db, &["show", "1", "--json"]);
    close(&v["hr_zones"]["hr_max"], 200.0);
    assert_eq!(
        v["hr_zones"]["seconds"],
        serde_json::json!([0.0, 0.0, 600.0, 905.0, 0.0])
    );
    let text = ok(&db, &["show", "1"]);
    assert!(
        text.contains("(% of max 200): Z1 0:00 · Z2 0:00 · Z3 10:00 · Z4 15:05 · Z5 0:00"),
        "{text}"
    );
}

#[test]
fn a_lift_and_a_logged_run() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite3");
    ok(&db, &["lift", "--date", "-2", "back squat 3x5@100kg"]);
    ok(
        &db,
        &["lift", "back squat 3x5@100kg", "back squat 1x3@110kg"],
    );
    let text = ok(&db, &["show", "2"]);
    // 110 × (1 + 3/30) = 121 kg beats 100 × (1 + 5/30) = 116.7
    for want in [
        "Strength #2 · Mon 23 Nov 2026",
        "4 sets",
        "back squat 3x5@100kg",
        "PR: back squat e1RM 121 kg (was 116.7)",
        "volume (sets): quads 4.0 · glutes 4.0",
        "Next (Tue 24 Nov):",
    ] {
        assert!(text.contains(want), "{want:?} in\n{text}");
    }
    // `legday run` prints the summary after its line; no track: no splits, and it says so
    let out = ok(&db, &["run", "--distance", "5km", "--duration", "25:00"]);
    assert!(out.starts_with("Logged run #3"), "{out}");
    assert!(out.contains("Run · easy #3"), "{out}");
    assert!(
        out.contains("no heart-rate samples stored for this run"),
        "{out}"
    );
    assert!(!out.contains("Splits"), "{out}");
    let v = json(&db, &["show", "3", "--json"]);
    assert!(v["elapsed_s"].is_null());
    assert!(v["hr_zones"].is_null());
    assert_eq!(v["splits"]["rows"].as_array().unwrap().len(), 0);
}

#[test]
fn show_refuses_what_is_not_a_session() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite3");
    ok(&db, &["lift", "back squat 3x5@100kg"]);
    for (arg, code) in [("abc", 2), ("0", 2), ("99", 2)] {
        let out = crate::common::legday(&db)
            .args(["show", arg])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{arg}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}
