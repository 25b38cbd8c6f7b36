//! Issue 17 (5): a Garmin strength-training FIT (sub-sport `strength_training`) is a strength
//! session with its sets; exercise categories map to the catalog where they match, unknown
//! ones are kept by name and counted. Fixture: `garmin-strength.fit`, written by
//! `tests/fixtures/make_fit.py` from the FIT protocol description.

use super::*;
use legday::domain::SetEntry;
use legday::import::import_paths_in;
use legday::store::{Filter, Store};

fn set(exercise: &str, reps: u32, kg: Option<f64>) -> SetEntry {
    SetEntry::new(exercise, reps, kg)
}

fn expected_sets(crunch: &str) -> Vec<SetEntry> {
    vec![
        set("back squat", 5, Some(60.0)),
        set("back squat", 5, Some(100.0)),
        set("deadlift", 5, Some(120.0)),
        // the rest set between is not a set
        set("bench press", 8, Some(70.5)),
        set(crunch, 20, None),
        set(crunch, 15, None),
        set("standing calf raise", 12, Some(40.0)),
    ]
}

#[test]
fn a_garmin_strength_fit_is_a_strength_session_with_its_sets() {
    let r = read("garmin-strength.fit");
    assert_eq!(r.format, Format::Fit);
    assert_eq!(r.sessions.len(), 1, "{:?}", r.skipped);
    let s = &r.sessions[0];
    // started 18:00 UTC; its activity message's local time is an hour ahead
    assert_eq!(s.date.to_string(), "2024-02-10");
    assert_eq!(s.time.unwrap().to_string(), "19:00:00");
    assert_eq!(s.source.as_deref(), Some("fit"));
    assert_eq!(s.source_key.as_deref(), Some("fit:2024-02-10T18:00:00Z"));
    assert_eq!((s.rpe, s.note.as_deref()), (None, None));
    match &s.activity {
        Activity::Strength(st) => {
            assert_eq!(st.minutes, Some(40.0));
            assert_eq!(st.sets, expected_sets("crunch"));
        }
        a => panic!("{a:?}"),
    }
    assert_eq!(r.unmatched.len(), 1);
    assert_eq!(
        (r.unmatched[0].name.as_str(), r.unmatched[0].sets),
        ("crunch", 2)
    );
}

/// Imported into a database where the user mapped "crunch": the sets take the mapped name and
/// nothing is reported unmatched; the file is named by the session.
#[test]
fn a_mapped_category_resolves_on_import() {
    let mut store = Store::open_in_memory().unwrap();
    store.add_mapping("crunch", "plank").unwrap();
    let sum = import_paths_in(
        &mut store,
        &[fixture("garmin-strength.fit")],
        false,
        Zone::UTC,
    );
    assert_eq!(sum.totals.added, 1, "{sum}");
    assert!(!sum.to_string().contains("not in the catalog"), "{sum}");
    let all = store.list(&Filter::default()).unwrap();
    assert_eq!(all[0].source_file.as_deref(), Some("garmin-strength.fit"));
    match &all[0].activity {
        Activity::Strength(st) => assert_eq!(st.sets, expected_sets("plank")),
        a => panic!("{a:?}"),
    }
}

/// A Strava export's "Weight Training" row joined to a Garmin strength FIT: the FIT's session
/// with its sets, the row's name as its note.
#[test]
fn a_weight_training_row_with_a_strength_fit_keeps_the_sets() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("activities")).unwrap();
    std::fs::copy(
        fixture("garmin-strength.fit"),
        dir.path().join("activities/77.fit"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("activities.csv"),
        "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Filename\n\
         77,\"Feb 10, 2024, 6:00:00 PM\",Heavy legs,Weight Training,2400,activities/77.fit\n",
    )
    .unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(&mut store, &[dir.path().to_path_buf()], false, Zone::UTC);
    assert_eq!((sum.failed(), sum.totals.added), (0, 1), "{sum}");
    let s = &store.list(&Filter::default()).unwrap()[0];
    assert_eq!(s.note.as_deref(), Some("Heavy legs"));
    assert_eq!(s.source.as_deref(), Some("fit"));
    match &s.activity {
        Activity::Strength(st) => {
            assert_eq!(st.minutes, Some(40.0));
            assert_eq!(st.sets, expected_sets("crunch"));
        }
        a => panic!("{a:?}"),
    }
}
