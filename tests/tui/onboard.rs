//! Issue 16's first start and custom exercises, through `App::update` on real stores: the
//! first-start form on a new database (answered: every value stored in one transaction;
//! refused: nothing stored, the text kept; `Esc`: skipped and not asked again; `--demo` and a
//! database with sessions never asked), the settings popup's maximum heart rate, and a new
//! exercise from the Strength picker's `add «name»` (stored as typed, then picked). Snapshots
//! of both forms at 100×30 and 80×24.

use crate::common::*;
use legday::domain::{Muscle, Units};
use legday::store::Store;
use legday::tui::Driver;
use legday::tui::action::Action;
use legday::tui::form::settings::SettingsField;
use legday::tui::form::strength::{PickRow, StrengthField};
use legday::tui::popup::Popup;
use legday::tui::popup::exercise::ExerciseForm;
use legday::tui::popup::first_start::{FirstField, FirstStartForm};
use legday::tui::tab::Tab;
use legday::tui::theme::Theme;

fn typing(d: &mut Driver, s: &str) {
    for c in s.chars() {
        d.dispatch(Action::Input(c));
    }
}

/// The UI at start on `store`, as `tui::run` opens it.
fn started(store: Store) -> Driver {
    let mut d = Driver::new(store, day(), Theme::plain()).unwrap();
    d.offer_first_start();
    d
}

fn first(d: &Driver) -> &FirstStartForm {
    match &d.app.popup {
        Some(Popup::FirstStart(f)) => f,
        other => panic!("no first-start form: {other:?}"),
    }
}

fn mapping(d: &Driver) -> &ExerciseForm {
    match &d.app.popup {
        Some(Popup::NewExercise(f)) => f,
        other => panic!("no mapping form: {other:?}"),
    }
}

/// Moves the first-start form's focus to `f` and replaces its text with `text`.
fn answer(d: &mut Driver, f: FirstField, text: &str) {
    while first(d).focus != f {
        d.dispatch(Action::NextField);
    }
    d.dispatch(Action::ClearField);
    typing(d, text);
}

#[test]
fn a_new_database_asks_first_and_enter_stores_every_answer() {
    let mut d = started(Store::open_in_memory().unwrap());
    assert_eq!(first(&d).focus, FirstField::Units);
    assert_eq!(first(&d).body, "70");
    // `i` on the units row: imperial, the body weight follows (70 kg is 154.3 lb)
    typing(&mut d, "i");
    assert_eq!(first(&d).units, Units::Imperial);
    assert_eq!(first(&d).body, "154.3");
    answer(&mut d, FirstField::Body, "165");
    d.dispatch(Action::NextField);
    typing(&mut d, "b");
    answer(&mut d, FirstField::HrMax, "188");
    answer(&mut d, FirstField::RunDays, "4");
    answer(&mut d, FirstField::LiftDays, "2");
    d.dispatch(Action::Submit);
    assert!(d.app.popup.is_none(), "{:?}", d.app.popup);
    assert_eq!(
        d.app.status.as_ref().unwrap().text,
        "saved: s (settings) changes them any time"
    );
    let s = d.store.settings().unwrap();
    assert_eq!(s.weight_unit, Units::Imperial);
    assert_eq!(s.distance_unit, Units::Imperial);
    // 165 lb = 74.84 kg (stored to the hundredth of a kg)
    assert!((s.body_kg - 74.84).abs() < 1e-9, "{}", s.body_kg);
    assert_eq!(s.level.key(), "beginner");
    assert_eq!(s.hr_max, Some(188));
    assert_eq!((s.run_days, s.lift_days), (Some(4), Some(2)));
    assert!(s.first_start_done);
    // not asked again
    let again = started(d.store);
    assert!(again.app.popup.is_none());
}

#[test]
fn a_refused_answer_names_its_field_stores_nothing_and_keeps_the_text() {
    let mut d = started(Store::open_in_memory().unwrap());
    answer(&mut d, FirstField::Body, "72");
    answer(&mut d, FirstField::HrMax, "300");
    answer(&mut d, FirstField::RunDays, "9");
    d.dispatch(Action::Submit);
    let f = first(&d);
    let e = f.error.clone().unwrap();
    assert!(
        e.starts_with(
            "Max heart rate: \"300\" is not accepted; use a whole number from 120 to 230"
        ),
        "{e}"
    );
    assert_eq!(f.focus, FirstField::HrMax);
    assert_eq!((f.body.as_str(), f.hr_max.as_str()), ("72", "300"));
    assert_eq!(d.store.changed_setting_pairs().unwrap(), vec![]);
    // the next refusal, once that one is fixed
    d.dispatch(Action::ClearField);
    d.dispatch(Action::Submit);
    let e = first(&d).error.clone().unwrap();
    assert!(e.starts_with("Run days: \"9\" is not accepted"), "{e}");
    assert!(e.contains("from 0 to 7, or auto"), "{e}");
    assert_eq!(first(&d).focus, FirstField::RunDays);
    assert_eq!(d.store.changed_setting_pairs().unwrap(), vec![]);
    let t = text(&render(&d.app, 80, 24));
    assert!(t.contains("✗ Run days: \"9\" is not accepted"), "{t}");
    // a body weight out of range speaks the chosen unit
    answer(&mut d, FirstField::RunDays, "auto");
    answer(&mut d, FirstField::Units, "i");
    answer(&mut d, FirstField::Body, "20");
    d.dispatch(Action::Submit);
    let e = first(&d).error.clone().unwrap();
    assert!(e.contains("45 to 880 lb"), "{e}");
    assert!(d.store.is_first_start().unwrap());
}

#[test]
fn esc_skips_the_first_start_and_it_is_not_asked_again() {
    let mut d = started(Store::open_in_memory().unwrap());
    answer(&mut d, FirstField::Body, "80");
    d.dispatch(Action::Back);
    assert!(d.app.popup.is_none());
    assert_eq!(
        d.app.status.as_ref().unwrap().text,
        "skipped: s (settings) asks the same any time"
    );
    // only the answer that it was asked is stored
    assert_eq!(
        d.store.changed_setting_pairs().unwrap(),
        vec![("first_start".to_string(), "done".to_string())]
    );
    assert!(!d.store.is_first_start().unwrap());
    let again = started(d.store);
    assert!(again.app.popup.is_none());
}

#[test]
fn a_database_with_sessions_or_changed_settings_and_the_demo_are_not_asked() {
    let demo = tempfile::tempdir().unwrap();
    let stores = [
        {
            let mut s = Store::open_in_memory().unwrap();
            s.import(&sessions(day())).unwrap();
            s
        },
        {
            let mut s = Store::open_in_memory().unwrap();
            s.set_setting("units", "imperial").unwrap();
            s
        },
        legday::tui::demo_store(&demo.path().join("demo.sqlite3"), day()).unwrap(),
    ];
    for s in stores {
        let d = started(s);
        assert!(d.app.popup.is_none(), "{:?}", d.app.popup);
    }
}

#[test]
fn the_settings_popup_holds_the_maximum_heart_rate() {
    let mut s = Store::open_in_memory().unwrap();
    s.import(&sessions(day())).unwrap();
    let mut d = started(s);
    d.dispatch(Action::OpenSettings);
    let form = |d: &Driver| match &d.app.popup {
        Some(Popup::Settings(f)) => f.clone(),
        other => panic!("{other:?}"),
    };
    while form(&d).focus != SettingsField::HrMax {
        d.dispatch(Action::NextField);
    }
    typing(&mut d, "99");
    d.dispatch(Action::Submit);
    let e = form(&d).error_at(SettingsField::HrMax).unwrap().to_string();
    assert!(e.contains("from 120 to 230"), "{e}");
    assert_eq!(d.store.settings().unwrap().hr_max, None);
    d.dispatch(Action::ClearField);
    typing(&mut d, "191");
    d.dispatch(Action::Submit);
    assert!(d.app.popup.is_none());
    assert_eq!(d.store.settings().unwrap().hr_max, Some(191));
    // emptied: unset again
    d.dispatch(Action::OpenSettings);
    assert_eq!(form(&d).hr_max, "191");
    while form(&d).focus != SettingsField::HrMax {
        d.dispatch(Action::NextField);
    }
    d.dispatch(Action::ClearField);
    d.dispatch(Action::Submit);
    assert_eq!(d.store.settings().unwrap().hr_max, None);
}

/// The Strength form with `name` typed in the exercise field.
fn strength_typed(name: &str) -> Driver {
    let mut s = Store::open_in_memory().unwrap();
    s.import(&sessions(day())).unwrap();
    let mut d = started(s);
    d.dispatch(Action::GoTab(Tab::Strength));
    typing(&mut d, name);
    d
}

#[test]
fn an_unknown_name_offers_add_and_the_mapping_is_stored_and_picked() {
    let mut d = strength_typed("Kniebeuge");
    let rows = {
        let data = d.app.data.as_ref().unwrap();
        d.app
            .strength
            .pick_rows(&data.catalog)
            .iter()
            .map(|r| format!("{r:?}"))
            .collect::<Vec<_>>()
    };
    assert_eq!(rows[0], format!("{:?}", PickRow::Add("Kniebeuge".into())));
    assert!(text(&render(&d.app, 100, 30)).contains("+ add «Kniebeuge»"));
    d.dispatch(Action::Submit);
    let f = mapping(&d);
    assert_eq!(f.name, "Kniebeuge");
    assert_eq!(f.close.len(), 3);
    // refused without a primary group: nothing stored, the form stays
    d.dispatch(Action::Submit);
    let e = mapping(&d).error.clone().unwrap();
    assert!(
        e.starts_with("Groups: choose at least one primary group"),
        "{e}"
    );
    assert!(d.store.catalog().unwrap().resolve("Kniebeuge").is_none());
    // quads primary (p), glutes secondary (→ twice), hamstrings minor (m)
    typing(&mut d, "p");
    d.dispatch(Action::Down);
    d.dispatch(Action::Right);
    d.dispatch(Action::Right);
    d.dispatch(Action::Down);
    typing(&mut d, "m");
    d.dispatch(Action::Submit);
    assert!(d.app.popup.is_none(), "{:?}", d.app.popup);
    let c = d.store.catalog().unwrap();
    let e = c.resolve("kniebeuge").unwrap();
    assert!(e.user);
    assert_eq!(e.name, "Kniebeuge");
    assert_eq!(e.weights[Muscle::Quads], 1.0);
    assert_eq!(e.weights[Muscle::Glutes], 0.5);
    assert_eq!(e.weights[Muscle::Hamstrings], 0.25);
    assert_eq!(e.weights.sum(), 1.75);
    // picked: its sets next, and they count with the new mapping
    let st = &d.app.strength;
    assert_eq!(st.value(StrengthField::Exercise), "Kniebeuge");
    assert_eq!(st.focused(), StrengthField::Sets);
    assert_eq!(
        d.app.status.as_ref().unwrap().text,
        "added Kniebeuge: quads 1, glutes 0.5, hamstrings 0.25; now its sets (3x8@60)"
    );
    typing(&mut d, "3x8@100");
    d.dispatch(Action::Submit);
    assert_eq!(d.app.strength.sets.len(), 3);
    assert_eq!(d.app.strength.sets[0].exercise, "Kniebeuge");
}

#[test]
fn esc_goes_back_to_the_picker_with_the_text_and_a_known_name_is_refused() {
    let mut d = strength_typed("Kniebeuge");
    d.dispatch(Action::Submit);
    typing(&mut d, "p");
    d.dispatch(Action::Back);
    assert!(d.app.popup.is_none());
    assert_eq!(d.app.strength.value(StrengthField::Exercise), "Kniebeuge");
    assert_eq!(d.app.strength.focused(), StrengthField::Exercise);
    // a name the catalog knows (an alias here) is picked there, not added again
    d.dispatch(Action::Submit);
    d.dispatch(Action::PrevField);
    d.dispatch(Action::ClearField);
    typing(&mut d, "Curl");
    d.dispatch(Action::NextField);
    typing(&mut d, "p");
    d.dispatch(Action::Submit);
    let e = mapping(&d).error.clone().unwrap();
    assert!(e.contains("already in the catalog as biceps curl"), "{e}");
    assert_eq!(mapping(&d).focus, 0);
    assert_eq!(d.store.catalog().unwrap().exercises().len(), 38);
}

#[test]
fn the_first_start_form_snapshots() {
    let mut d = started(Store::open_in_memory().unwrap());
    answer(&mut d, FirstField::Body, "72.5");
    answer(&mut d, FirstField::HrMax, "188");
    answer(&mut d, FirstField::Level, "b");
    insta::assert_snapshot!("first_start_100x30", text(&render(&d.app, 100, 30)));
    answer(&mut d, FirstField::RunDays, "9");
    d.dispatch(Action::Submit);
    insta::assert_snapshot!("first_start_refused_80x24", text(&render(&d.app, 80, 24)));
}

#[test]
fn the_mapping_form_snapshots() {
    let mut d = strength_typed("Kniebeuge");
    insta::assert_snapshot!("picker_offers_add_100x30", text(&render(&d.app, 100, 30)));
    d.dispatch(Action::Submit);
    typing(&mut d, "p");
    d.dispatch(Action::Down);
    typing(&mut d, "s");
    insta::assert_snapshot!("new_exercise_100x30", text(&render(&d.app, 100, 30)));
    typing(&mut d, "n");
    d.dispatch(Action::Up);
    typing(&mut d, "n");
    d.dispatch(Action::Submit);
    insta::assert_snapshot!("new_exercise_refused_80x24", text(&render(&d.app, 80, 24)));
}

#[test]
fn both_forms_draw_at_every_size_without_a_panic() {
    let mut first = started(Store::open_in_memory().unwrap());
    answer(&mut first, FirstField::RunDays, "9");
    first.dispatch(Action::Submit);
    let mut new = strength_typed("Kniebeuge");
    new.dispatch(Action::Submit);
    new.dispatch(Action::Submit);
    assert!(mapping(&new).error.is_some());
    for w in (1..=130).step_by(3) {
        for h in 1..=45 {
            for d in [&first, &new] {
                let t = text(&render(&d.app, w, h));
                assert_eq!(t.lines().count(), h as usize);
            }
        }
    }
}
