//! Issue 17 (5): Apple Health's `export.zip` — `export.xml` workouts (running with its distance
//! and duration, its route GPX joined; traditional strength training as strength minutes;
//! walks and rides skipped with the reason), dated with their offsets. Fixture:
//! `tests/fixtures/apple-health/` (the export's layout and `export.xml`'s elements, DTD included).

use super::*;
use legday::import::import_paths_in;
use legday::store::{Filter, Store};

fn check(store: &Store, text: &str) {
    let mut all = store.list(&Filter::default()).unwrap();
    all.sort_by_key(|s| s.date);
    assert_eq!(all.len(), 3, "{text}");
    // the run with a route: the GPX joined (its UTC times dated at the workout's +02:00)
    let routed = &all[0];
    assert_eq!(routed.source.as_deref(), Some("gpx"));
    assert_eq!(routed.date.to_string(), "2024-05-01");
    assert_eq!(routed.time.unwrap().to_string(), "07:00:00");
    assert!(
        routed
            .source_file
            .as_deref()
            .unwrap()
            .ends_with("apple_health_export/workout-routes/route_2024-05-01_7.20am.gpx"),
        "{:?}",
        routed.source_file
    );
    let r = routed.run().unwrap();
    assert!(close(r.distance_m, 4000.0, 0.5), "{}", r.distance_m);
    assert_eq!((r.duration_s, r.kind), (1200.0, RunKind::Easy));
    // an indoor run without a route: 5 km in 30 min on a treadmill, from the workout itself
    let indoor = &all[1];
    assert_eq!(indoor.source.as_deref(), Some("apple_health"));
    assert_eq!(indoor.date.to_string(), "2024-05-03");
    assert_eq!(indoor.time.unwrap().to_string(), "19:00:00");
    assert_eq!(
        indoor.source_key.as_deref(),
        Some("apple_health:2024-05-03T17:00:00Z")
    );
    let m = indoor.run().unwrap();
    assert_eq!(
        (m.distance_m, m.duration_s, m.elapsed_s, m.kind),
        (5000.0, 1800.0, Some(1800.0), RunKind::Treadmill)
    );
    // traditional strength training: 45 minutes, no sets
    let lift = &all[2];
    assert_eq!(lift.date.to_string(), "2024-05-04");
    assert_eq!(lift.time.unwrap().to_string(), "18:00:00");
    match &lift.activity {
        Activity::Strength(s) => assert_eq!((s.minutes, s.sets.len()), (Some(45.0), 0)),
        a => panic!("{a:?}"),
    }
    for expected in [
        "route_2024-05-06_5.00pm.gpx: a bike ride (Cycling), not a run (per export.xml)",
        "export.xml: activity 2024-05-05 12:00:00 +0200 (Apple Watch): a walk or a hike (Walking)",
        "not read (legday has no use for them): other XML data (1)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn an_apple_health_export_folder() {
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(&mut store, &[fixture("apple-health")], false, Zone::UTC);
    assert_eq!(sum.failed(), 0, "{sum}");
    check(&store, &sum.to_string());
}

#[test]
fn an_apple_health_export_zip() {
    let root = fixture("apple-health");
    let names = [
        "apple_health_export/export.xml",
        "apple_health_export/export_cda.xml",
        "apple_health_export/workout-routes/route_2024-05-01_7.20am.gpx",
        "apple_health_export/workout-routes/route_2024-05-06_5.00pm.gpx",
    ];
    let entries: Vec<(&str, Vec<u8>)> = names
        .iter()
        .map(|n| (*n, std::fs::read(root.join(n)).unwrap()))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("export.zip");
    std::fs::write(&path, super::exports::zip(&entries)).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(&mut store, std::slice::from_ref(&path), false, Zone::UTC);
    assert_eq!(sum.failed(), 0, "{sum}");
    check(&store, &sum.to_string());
}

/// Years of health records make `export.xml` larger than a file may be to be read whole
/// (64 MiB): it is streamed, and its workouts come in.
#[test]
fn an_export_xml_over_the_file_cap_is_streamed() {
    let src =
        std::fs::read_to_string(fixture("apple-health").join("apple_health_export/export.xml"))
            .unwrap();
    let record = " <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"iPhone\" \
                  unit=\"count\" creationDate=\"2024-05-01 07:10:00 +0200\" \
                  startDate=\"2024-05-01 07:00:00 +0200\" endDate=\"2024-05-01 07:10:00 +0200\" \
                  value=\"1200\"/>\n";
    let n = (legday::import::MAX_FILE_BYTES as usize / record.len()) + 1000;
    let at = src.find(" <Workout").unwrap();
    let mut big = String::with_capacity(src.len() + n * record.len());
    big.push_str(&src[..at]);
    for _ in 0..n {
        big.push_str(record);
    }
    big.push_str(&src[at..]);
    assert!(big.len() as u64 > legday::import::MAX_FILE_BYTES);
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("apple_health_export");
    std::fs::create_dir_all(export.join("workout-routes")).unwrap();
    std::fs::write(export.join("export.xml"), big).unwrap();
    for r in ["route_2024-05-01_7.20am.gpx", "route_2024-05-06_5.00pm.gpx"] {
        let from = fixture("apple-health")
            .join("apple_health_export/workout-routes")
            .join(r);
        std::fs::copy(from, export.join("workout-routes").join(r)).unwrap();
    }
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(&mut store, &[export], false, Zone::UTC);
    assert_eq!((sum.failed(), sum.totals.added), (0, 3), "{sum}");
}
