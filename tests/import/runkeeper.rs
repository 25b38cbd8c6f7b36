//! Issue 17 (5): Runkeeper's export — `cardioActivities.csv` with its GPX files. A row gives its
//! GPX a note and a sport (a ride skipped by its type, though its GPX names none); a row without
//! a file is a session of its own, dated by the phone's wall clock. Fixture:
//! `tests/fixtures/runkeeper/` (Runkeeper's column layout; GPX as Runkeeper writes it, its
//! name in CDATA and times in UTC).

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
