//! What the UI's first start and its custom exercises ask of the store: when a database is new
//! (`is_first_start`), several settings saved in one transaction (`set_settings`: all or none),
//! and a user exercise checked as `legday exercises add` checks it (`user_exercise`).

use super::*;

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn a_new_database_is_a_first_start_until_something_is_done_with_it() {
    let mut s = Store::open_in_memory().unwrap();
    assert!(s.is_first_start().unwrap());
    // `first_start = done` (the form answered or skipped) ends it
    s.set_setting("first_start", "done").unwrap();
    assert!(!s.is_first_start().unwrap());
    s.set_setting("first_start", "ask").unwrap();
    assert!(s.is_first_start().unwrap());
    // as does any other setting changed, or a session
    s.set_setting("week_start", "sunday").unwrap();
    assert!(!s.is_first_start().unwrap());
    let mut s = Store::open_in_memory().unwrap();
    s.insert(&full_run(3)).unwrap();
    assert!(!s.is_first_start().unwrap());
    let e = Store::open_in_memory()
        .unwrap()
        .set_setting("first_start", "later")
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("first_start: \"later\" is not accepted; use ask"),
        "{e}"
    );
}

#[test]
fn several_settings_land_together_or_not_at_all() {
    let mut s = Store::open_in_memory().unwrap();
    let e = s
        .set_settings(&pairs(&[
            ("units", "imperial"),
            ("body_kg", "74.84"),
            ("hr_max", "300"),
            ("first_start", "done"),
        ]))
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("hr_max: \"300\" is not accepted"), "{e}");
    assert_eq!(s.changed_setting_pairs().unwrap(), vec![]);
    let st = s
        .set_settings(&pairs(&[
            ("units", "imperial"),
            ("body_kg", "74.84"),
            ("level", "beginner"),
            ("hr_max", "188"),
            ("run_days", "4"),
            ("lift_days", "auto"),
            ("first_start", "done"),
        ]))
        .unwrap();
    assert_eq!(st, s.settings().unwrap());
    assert_eq!(st.body_kg, 74.84);
    assert_eq!(st.hr_max, Some(188));
    assert_eq!((st.run_days, st.lift_days), (Some(4), None));
    assert!(st.first_start_done);
    assert_eq!(
        Store::setting_text(&st, "first_start").as_deref(),
        Some("done")
    );
}

#[test]
fn a_user_exercise_takes_the_tiers_and_a_name_of_1_to_80_characters() {
    let w = PerMuscle([1.0, 0.5, 0.25, 0.0, 0.0, 0.0, 0.0]);
    let e = Store::user_exercise("name", "  Kniebeuge ", w).unwrap();
    assert_eq!((e.name.as_str(), e.user, e.weights), ("Kniebeuge", true, w));
    let long = "x".repeat(81);
    for bad in ["", "   ", long.as_str()] {
        let err = Store::user_exercise("name", bad, w)
            .unwrap_err()
            .to_string();
        assert_eq!(err, "name: give a name of 1 to 80 characters");
    }
    let err = Store::user_exercise(
        "name",
        "Sled",
        PerMuscle([0.75, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.starts_with("quads: 0.75 is not a weight; use 1 (primary)"),
        "{err}"
    );
}
