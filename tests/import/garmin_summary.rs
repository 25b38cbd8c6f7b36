//! Issue 17 (5): the Garmin account export's `summarizedActivities.json` supplies activities
//! that have no FIT (and merges with those that do). Fixture: `garmin_0_summarizedActivities.json`
//! (Garmin's layout: milliseconds since 1970, distances in centimetres, `startTimeLocal` the wall
//! clock written as UTC).

use super::*;
use legday::import::import_paths_in;
use legday::store::{Filter, Store};

#[test]
fn summarized_activities_are_sessions_and_merge_with_their_fit() {
    let mut store = Store::open_in_memory().unwrap();
    let files = [
        fixture("garmin_0_summarizedActivities.json"),
        fixture("suunto-short-session.fit"),
    ];
    let sum = import_paths_in(&mut store, &files, false, Zone::UTC);
    assert_eq!(sum.failed(), 0, "{sum}");
    let text = sum.to_string();
    assert!(
        text.contains("activity 14501234569 (Commute): a bike ride (cycling), not a run"),
        "{text}"
    );
    assert!(text.contains("1 session was the same activity"), "{text}");
    let mut all = store.list(&Filter::default()).unwrap();
    all.sort_by_key(|s| s.date);
    assert_eq!(all.len(), 3, "{text}");

    // 3 km on 1 March: the summary's run, completed by the FIT of the same activity
    let merged = &all[0];
    assert_eq!(merged.source.as_deref(), Some("garmin"));
    assert_eq!(merged.time.unwrap().to_string(), "09:00:00");
    assert_eq!(merged.note.as_deref(), Some("Easy 3k"));

    // 10 km in 50:00 (elapsed 51:40), dated at its local time (UTC+2)
    let run = &all[1];
    assert_eq!(run.date.to_string(), "2024-04-02");
    assert_eq!(run.time.unwrap().to_string(), "08:30:00");
    assert_eq!(
        run.source_key.as_deref(),
        Some("garmin:2024-04-02T06:30:00Z")
    );
    assert_eq!(run.note.as_deref(), Some("Morning Run"));
    assert_eq!(
        run.source_file.as_deref(),
        Some("garmin_0_summarizedActivities.json")
    );
    let r = run.run().unwrap();
    assert_eq!(
        (r.distance_m, r.duration_s, r.elapsed_s),
        (10_000.0, 3000.0, Some(3100.0))
    );
    assert_eq!(
        (r.avg_hr, r.max_hr, r.kind),
        (Some(148.0), Some(165.0), RunKind::Easy)
    );

    // strength training: 45 minutes, no sets
    let lift = &all[2];
    assert_eq!(lift.time.unwrap().to_string(), "19:00:00");
    match &lift.activity {
        Activity::Strength(s) => assert_eq!((s.minutes, s.sets.len()), (Some(45.0), 0)),
        a => panic!("{a:?}"),
    }
}
