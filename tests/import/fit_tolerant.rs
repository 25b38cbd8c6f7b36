//! Issue 17 (5): tolerant FIT reading — a file cut short (its header claiming more bytes than
//! it has, the last message cut) imports what is intact and says what was skipped; a session
//! message missing the last lap (Suunto) takes the distance and time from the records.
//! Fixtures written by `tests/fixtures/make_fit.py`: a 3 km run, a record every 100 m / 30 s.

use super::*;

#[test]
fn a_fit_cut_short_imports_its_records_and_says_what_was_lost() {
    let r = read("truncated-run.fit");
    assert_eq!(r.sessions.len(), 1, "{:?}", r.skipped);
    assert_eq!(
        r.skipped,
        ["the file is damaged or cut short at byte 603 of 614: what follows was skipped"]
    );
    let s = &r.sessions[0];
    assert_eq!(s.date.to_string(), "2024-03-01");
    assert_eq!(s.time.unwrap().to_string(), "07:00:00");
    assert_eq!(s.source_key.as_deref(), Some("fit:2024-03-01T07:00:00Z"));
    let run = s.run().unwrap();
    // 30 of the 31 records are whole: 2.9 km in 14:30, heart rate 150 throughout
    assert!(close(run.distance_m, 2900.0, 0.5), "{}", run.distance_m);
    assert_eq!((run.duration_s, run.elapsed_s), (870.0, Some(870.0)));
    assert_eq!((run.avg_hr, run.max_hr), (Some(150.0), Some(150.0)));
    assert_eq!(run.kind, RunKind::Easy);
    // half of the FIT SDK's Activity.fit: the 10 s recorded before the cut
    let half = read("bad-half.fit");
    assert_eq!(half.sessions.len(), 1);
    assert!(half.skipped[0].starts_with("the file is damaged or cut short at byte 377 of 385"));
}

#[test]
fn a_session_summary_missing_its_last_lap_gives_way_to_the_records() {
    let r = read("suunto-short-session.fit");
    assert_eq!((r.sessions.len(), r.skipped.len()), (1, 0));
    let run = r.sessions[0].run().unwrap();
    // the session says 2 km in 600 s; the records go on to 3 km at 15:00
    assert!(close(run.distance_m, 3000.0, 0.5), "{}", run.distance_m);
    assert_eq!(run.duration_s, 900.0);
    assert_eq!((run.avg_hr, run.max_hr), (Some(150.0), Some(150.0)));
    assert_eq!(
        r.sessions[0].source_key.as_deref(),
        Some("fit:2024-03-01T07:00:00Z")
    );
}
