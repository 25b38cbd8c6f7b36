//! Issue 17 (5): a ride is skipped by its type wherever the type is written, including a
//! `<type>` in CDATA as OpenTracks writes it. Fixtures: `opentracks-ride.gpx`,
//! `opentracks-run.gpx` (OpenTracks' GPX layout: CDATA names and types, times with offsets).

use super::*;

#[test]
fn a_type_in_cdata_is_read() {
    let ride = read("opentracks-ride.gpx");
    assert!(ride.sessions.is_empty());
    assert_eq!(ride.skipped, ["a bike ride (cycling), not a run"]);
    let r = read("opentracks-run.gpx");
    assert_eq!((r.sessions.len(), r.skipped.len()), (1, 0));
    let s = &r.sessions[0];
    // 18:00 written +02:00: dated there
    assert_eq!(s.date.to_string(), "2024-06-02");
    assert_eq!(s.time.unwrap().to_string(), "18:00:00");
    assert_eq!(s.source_key.as_deref(), Some("gpx:2024-06-02T16:00:00Z"));
    let run = s.run().unwrap();
    // three 1 km steps of latitude at 5:30 each, flat, no heart rate
    assert!(close(run.distance_m, 3000.0, 0.5), "{}", run.distance_m);
    assert_eq!((run.duration_s, run.kind), (990.0, RunKind::Easy));
    assert_eq!(
        (run.avg_hr, run.max_hr, run.elevation_m),
        (None, None, Some(0.0))
    );
}
