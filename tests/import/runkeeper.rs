//! Issue 17 (5): Runkeeper's export — `cardioActivities.csv` with its GPX files. A row gives its
//! GPX a note and a sport (a ride skipped by its type, though its GPX names none); a row without
//! a file is a session of its own, dated by the phone's wall clock; an imperial account's
//! `Distance (mi)` is converted. Fixtures: `tests/fixtures/runkeeper/` (Runkeeper's column
//! layout; GPX as Runkeeper writes it, its name in CDATA and times in UTC) and
//! `runkeeper-imperial/`.

use super::*;
use legday::import::import_paths_in;
use legday::store::{Filter, Store};

#[test]
fn a_runkeeper_export_folder_every_session_and_every_skip() {
    let mut store = Store::open_in_memory().unwrap();
    // the GPX files' times are UTC: read in Denver's summer time (UTC-6) as the phone was
    let denver = Zone::Fixed(chrono::FixedOffset::west_opt(6 * 3600).unwrap());
    let sum = import_paths_in(&mut store, &[fixture("runkeeper")], false, denver);
    assert_eq!(sum.failed(), 0, "{sum}");
    let mut all = store.list(&Filter::default()).unwrap();
    all.sort_by_key(|s| s.date);
    assert_eq!(all.len(), 2, "{sum}");

    // the GPX joined to its row: 4 km at 5:30 /km from the track; note from the row
    let gpx = &all[0];
    assert_eq!(gpx.source.as_deref(), Some("gpx"));
    assert_eq!(gpx.date.to_string(), "2024-06-01");
    assert_eq!(gpx.time.unwrap().to_string(), "07:30:00");
    assert_eq!(gpx.note.as_deref(), Some("Mesa loop — easy legs"));
    assert_eq!(
        gpx.source_file.as_deref(),
        Some("runkeeper/2024-06-01-073000.gpx")
    );
    let r = gpx.run().unwrap();
    assert!(close(r.distance_m, 4000.0, 0.5), "{}", r.distance_m);
    assert_eq!((r.duration_s, r.kind), (1320.0, RunKind::Easy));

    // a row without a file: 8.00 km in 44:00, heart rate 148, 06:45 as written
    let row = &all[1];
    assert_eq!(row.source.as_deref(), Some("runkeeper"));
    assert_eq!(row.date.to_string(), "2024-06-04");
    assert_eq!(row.time.unwrap().to_string(), "06:45:00");
    assert_eq!(row.note.as_deref(), Some("track intervals"));
    assert_eq!(row.rpe, None);
    assert_eq!(
        row.source_key.as_deref(),
        Some("runkeeper:2024-06-04T06:45:00Z")
    );
    assert_eq!(
        row.source_file.as_deref(),
        Some("runkeeper/cardioActivities.csv")
    );
    let m = row.run().unwrap();
    assert_eq!(
        (m.distance_m, m.duration_s, m.elapsed_s, m.avg_hr),
        (8000.0, 2640.0, Some(2640.0), Some(148.0))
    );

    let text = sum.to_string();
    for expected in [
        "2024-06-02-180000.gpx: a bike ride (Cycling), not a run (per cardioActivities.csv)",
        "cardioActivities.csv: activity 8f1c2a3b-0004: a walk or a hike (Walking), not a run",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

/// Every stored field of a run from a `cardioActivities.csv` row without a file.
fn assert_row_run(s: &Session, day_time: (&str, &str), note: Option<&str>, run: (f64, f64)) {
    assert_eq!(s.source.as_deref(), Some("runkeeper"));
    assert_eq!(s.date.to_string(), day_time.0);
    assert_eq!(s.time.unwrap().to_string(), day_time.1);
    assert_eq!(
        s.source_key.as_deref(),
        Some(format!("runkeeper:{}T{}Z", day_time.0, day_time.1).as_str())
    );
    assert_eq!(
        s.source_file.as_deref(),
        Some("runkeeper-imperial/cardioActivities.csv")
    );
    assert_eq!((s.note.as_deref(), s.rpe), (note, None));
    let r = s.run().unwrap();
    assert!(close(r.distance_m, run.0, 1e-6), "{}", r.distance_m);
    assert_eq!((r.duration_s, r.elapsed_s), (run.1, Some(run.1)));
    assert_eq!(
        (r.elevation_m, r.gap_s_per_km, r.vest_kg),
        (None, None, None)
    );
    assert_eq!((r.shoes.as_deref(), r.track.is_none()), (None, true));
}

/// An imperial account's export: `Distance (mi)` (and `Climb (ft)`, `Average Speed (mph)`).
#[test]
fn a_runkeeper_export_in_miles_converts_the_distances() {
    let mut store = Store::open_in_memory().unwrap();
    let denver = Zone::Fixed(chrono::FixedOffset::west_opt(6 * 3600).unwrap());
    let sum = import_paths_in(&mut store, &[fixture("runkeeper-imperial")], false, denver);
    assert_eq!(sum.failed(), 0, "{sum}");
    let mut all = store.list(&Filter::default()).unwrap();
    all.sort_by_key(|s| s.date);
    assert_eq!(all.len(), 3, "{sum}");

    // the row with its GPX: the distance from the track (4 km), not the row's 2.49 mi
    let gpx = &all[0];
    assert_eq!(gpx.source.as_deref(), Some("gpx"));
    assert_eq!(gpx.date.to_string(), "2024-06-01");
    assert_eq!(gpx.note.as_deref(), Some("Mesa loop — easy legs"));
    let r = gpx.run().unwrap();
    assert!(close(r.distance_m, 4000.0, 0.5), "{}", r.distance_m);
    assert_eq!(r.duration_s, 1320.0);

    // 3.10 mi x 1609.344 m in 27:54, heart rate 150
    let short = &all[1];
    assert_row_run(short, ("2024-07-02", "06:45:00"), None, (4988.9664, 1674.0));
    let r = short.run().unwrap();
    assert_eq!(
        (r.kind, r.avg_hr, r.max_hr),
        (RunKind::Easy, Some(150.0), None)
    );

    // 11.00 mi in 1:34:00: 17 702.784 m in 5640 s, long from 90 minutes (§2.1)
    let long = &all[2];
    let note = Some("River path — long run");
    assert_row_run(long, ("2024-07-06", "07:00:00"), note, (17702.784, 5640.0));
    let r = long.run().unwrap();
    assert_eq!((r.kind, r.avg_hr, r.max_hr), (RunKind::Long, None, None));

    let text = sum.to_string();
    let walk =
        "cardioActivities.csv: activity 5d2e9a10-0004: a walk or a hike (Walking), not a run";
    assert!(text.contains(walk), "missing {walk:?} in\n{text}");
}
