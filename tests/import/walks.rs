//! Issue 17 (5): walks and hikes are not runs — typed so, or slower than 12:00 /km on
//! grade-adjusted pace, they are skipped as "a walk or a hike" unless `--as-run`; anything under
//! 500 m or 3 minutes is skipped as too short. Fixtures: `walk.gpx`, `slow-untyped.gpx`,
//! `short-jog.gpx` (hand-made, 1 km steps of latitude).

use super::*;
use legday::import::{ImportSummary, Options, import_paths_with};
use legday::store::{Filter, Store};

fn import(files: &[&str], as_run: bool) -> (Vec<Session>, ImportSummary) {
    let mut store = Store::open_in_memory().unwrap();
    let paths: Vec<PathBuf> = files.iter().map(|f| fixture(f)).collect();
    let opts = Options {
        zone: Zone::UTC,
        as_run,
    };
    let sum = import_paths_with(&mut store, &paths, false, &opts);
    (store.list(&Filter::default()).unwrap(), sum)
}

#[test]
fn walks_hikes_and_short_activities_are_skipped_with_their_reason() {
    let (all, sum) = import(&["walk.gpx", "slow-untyped.gpx", "short-jog.gpx"], false);
    assert!(all.is_empty(), "{all:#?}");
    assert_eq!(sum.failed(), 0, "{sum}");
    let text = sum.to_string();
    for expected in [
        "walk.gpx: a walk or a hike (walking), not a run",
        // 2 km in 30:00, flat: 15:00 /km, the grade-adjusted pace equal to the raw one
        "slow-untyped.gpx: a walk or a hike (15:00 /km grade-adjusted, slower than 12:00 /km), \
         not a run",
        "short-jog.gpx: too short to be a run (400 m in 2:00; legday imports from 500 m and 3 min)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn as_run_imports_walks_and_hikes_but_not_what_is_too_short() {
    let (all, sum) = import(&["walk.gpx", "slow-untyped.gpx", "short-jog.gpx"], true);
    assert_eq!(all.len(), 2, "{sum}");
    let walk = all
        .iter()
        .find(|s| s.date.to_string() == "2025-06-01")
        .unwrap();
    let r = walk.run().unwrap();
    // 2 km in 25:00 (12:30 /km), dated 08:00 UTC
    assert!(close(r.distance_m, 2000.0, 0.5), "{}", r.distance_m);
    assert_eq!((r.duration_s, r.kind), (1500.0, RunKind::Easy));
    assert_eq!(walk.time.unwrap().to_string(), "08:00:00");
    let slow = all
        .iter()
        .find(|s| s.date.to_string() == "2025-06-02")
        .unwrap();
    assert_eq!(slow.run().unwrap().duration_s, 1800.0);
    assert!(
        sum.to_string()
            .contains("short-jog.gpx: too short to be a run"),
        "{sum}"
    );
}

/// A Strava row typed `Walk` (or `Wanderung`) without a file is a walk too.
#[test]
fn a_strava_walk_row_is_skipped_unless_as_run() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("activities.csv");
    std::fs::write(
        &csv,
        "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n\
         7,\"Jun 3, 2025, 8:00:00 AM\",Dog,Walk,2400,3.0\n\
         8,\"Jun 4, 2025, 8:00:00 AM\",Alps,Wanderung,7200,8.0\n",
    )
    .unwrap();
    for (as_run, stored) in [(false, 0), (true, 2)] {
        let mut store = Store::open_in_memory().unwrap();
        let opts = Options {
            zone: Zone::UTC,
            as_run,
        };
        let sum = import_paths_with(&mut store, std::slice::from_ref(&csv), false, &opts);
        assert_eq!(
            store.list(&Filter::default()).unwrap().len(),
            stored,
            "{sum}"
        );
        if !as_run {
            let text = sum.to_string();
            assert!(
                text.contains("activity 7 (Dog): a walk or a hike (Walk), not a run"),
                "{text}"
            );
            assert!(
                text.contains("activity 8 (Alps): a walk or a hike (Wanderung)"),
                "{text}"
            );
        }
    }
}
