//! Issue 17 (5): a Strava export's row decides the sport of the watch file joined to it — a
//! "Trail Run" row on a FIT whose sport is generic is a trail run; a "Weight Training" row on a
//! FIT is a strength session (the FIT's sets when it has them, else the row's minutes). The
//! export is built at test time as Strava writes it (a zip, `activities.csv` with Strava's
//! header, gzipped activity files) from `generic-run.fit`, `garmin-strength.fit` and
//! `generic-gym.fit` (written by `tests/fixtures/make_fit.py`).

use super::exports::{STRAVA_HEADER, bytes, gz, strava_row, zip};
use super::fit_tolerant::assert_the_3km_fit_run;
use super::*;
use legday::import::import_paths_in;
use legday::store::{Filter, Store};

fn on<'a>(all: &'a [Session], day: &str) -> &'a Session {
    all.iter()
        .find(|s| s.date.to_string() == day)
        .unwrap_or_else(|| panic!("no session on {day}: {all:#?}"))
}

/// Without a row saying what it is, a FIT of sport generic is not taken for a run.
#[test]
fn a_generic_fit_alone_is_skipped_as_not_a_run() {
    for name in ["generic-run.fit", "generic-gym.fit"] {
        let r = read(name);
        assert!(r.sessions.is_empty(), "{name}");
        assert_eq!(r.skipped, ["an activity (generic), not a run"], "{name}");
    }
}

#[test]
fn strava_rows_decide_the_sport_of_their_fit_files() {
    let csv = [
        STRAVA_HEADER.to_string(),
        strava_row(
            2001,
            "Mar 1, 2024, 7:00:00 AM",
            "Ridge loop",
            "Trail Run",
            900,
            3.0,
            "Speedgoat 5",
            "activities/2001.fit.gz",
            "6",
        ),
        strava_row(
            2002,
            "Feb 10, 2024, 6:00:00 PM",
            "Heavy legs",
            "Weight Training",
            2400,
            0.0,
            "",
            "activities/2002.fit.gz",
            "8",
        ),
        strava_row(
            2003,
            "Mar 2, 2024, 6:00:00 PM",
            "Upper body",
            "Weight Training",
            2700,
            0.0,
            "",
            "activities/2003.fit.gz",
            "",
        ),
    ]
    .join("\n");
    let export = zip(&[
        ("activities.csv", csv.into_bytes()),
        ("activities/2001.fit.gz", gz(&bytes("generic-run.fit"))),
        ("activities/2002.fit.gz", gz(&bytes("garmin-strength.fit"))),
        ("activities/2003.fit.gz", gz(&bytes("generic-gym.fit"))),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("export_42.zip");
    std::fs::write(&path, export).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(&mut store, &[path], false, Zone::UTC);
    assert_eq!((sum.failed(), sum.totals.added), (0, 3), "{sum}");
    let mut all = store.list(&Filter::default()).unwrap();
    store.load_tracks(&mut all).unwrap();

    // "Trail Run" on a FIT of sport generic: the FIT's run, a trail run; name, shoes and
    // perceived exertion from the row
    let trail = on(&all, "2024-03-01");
    assert_the_3km_fit_run(trail, RunKind::Trail);
    assert_eq!(trail.note.as_deref(), Some("Ridge loop"));
    assert_eq!(trail.rpe, Some(6.0));
    assert_eq!(trail.run().unwrap().shoes.as_deref(), Some("Speedgoat 5"));
    assert_eq!(
        trail.source_file.as_deref(),
        Some("export_42.zip/activities/2001.fit.gz")
    );

    // "Weight Training" on a Garmin strength FIT: the FIT's session and its sets
    let legs = on(&all, "2024-02-10");
    // started 18:00 UTC; the FIT's activity message says the watch was an hour ahead
    assert_eq!(legs.time.unwrap().to_string(), "19:00:00");
    assert_eq!(legs.source.as_deref(), Some("fit"));
    assert_eq!(legs.source_key.as_deref(), Some("fit:2024-02-10T18:00:00Z"));
    assert_eq!(legs.note.as_deref(), Some("Heavy legs"));
    assert_eq!(legs.rpe, Some(8.0));
    assert_eq!(
        legs.source_file.as_deref(),
        Some("export_42.zip/activities/2002.fit.gz")
    );
    match &legs.activity {
        Activity::Strength(st) => {
            assert_eq!(st.minutes, Some(40.0));
            let got: Vec<(&str, u32, Option<f64>)> = st
                .sets
                .iter()
                .map(|s| (s.exercise.as_str(), s.reps, s.weight_kg))
                .collect();
            assert_eq!(
                got,
                [
                    ("back squat", 5, Some(60.0)),
                    ("back squat", 5, Some(100.0)),
                    ("deadlift", 5, Some(120.0)),
                    ("bench press", 8, Some(70.5)),
                    ("crunch", 20, None),
                    ("crunch", 15, None),
                    ("standing calf raise", 12, Some(40.0)),
                ]
            );
        }
        a => panic!("{a:?}"),
    }

    // "Weight Training" on a FIT of sport generic without sets: the row's 2700 s as a
    // strength session, dated by the row
    let upper = on(&all, "2024-03-02");
    assert_eq!(upper.time.unwrap().to_string(), "18:00:00");
    assert_eq!(upper.source.as_deref(), Some("strava"));
    assert_eq!(
        upper.source_key.as_deref(),
        Some("strava:2024-03-02T18:00:00Z")
    );
    assert_eq!(
        (upper.note.as_deref(), upper.rpe),
        (Some("Upper body"), None)
    );
    assert_eq!(
        upper.source_file.as_deref(),
        Some("export_42.zip/activities/2003.fit.gz")
    );
    match &upper.activity {
        Activity::Strength(st) => assert_eq!((st.minutes, st.sets.len()), (Some(45.0), 0)),
        a => panic!("{a:?}"),
    }
}
