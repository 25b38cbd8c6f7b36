//! Issue 17 (5): a TCX with lap totals and no track imports from its laps.

use super::*;

#[test]
fn a_tcx_of_laps_without_a_track_imports_from_its_laps() {
    let r = read("laps-only.tcx");
    assert_eq!(r.format, Format::Tcx);
    assert_eq!(r.sessions.len(), 1, "{:?}", r.skipped);
    let s = &r.sessions[0];
    // the first lap's start, written +02:00: dated there
    assert_eq!(s.date.to_string(), "2024-05-04");
    assert_eq!(s.time.unwrap().to_string(), "07:30:00");
    assert_eq!(s.source.as_deref(), Some("tcx"));
    assert_eq!(s.source_key.as_deref(), Some("tcx:2024-05-04T05:30:00Z"));
    assert_eq!(s.rpe, None);
    let run = s.run().unwrap();
    // two 1 km laps of 300 s and 330 s; heart rate weighted by lap time:
    // (150 × 300 + 160 × 330) / 630 = 155.24 → 155.2; the laps' highest maximum 170
    assert_eq!((run.distance_m, run.duration_s), (2000.0, 630.0));
    assert_eq!((run.avg_hr, run.max_hr), (Some(155.2), Some(170.0)));
    assert_eq!(run.kind, RunKind::Easy);
    assert_eq!(
        (run.elapsed_s, run.elevation_m, run.gap_s_per_km),
        (None, None, None)
    );
    assert!(run.track.is_none());
}
