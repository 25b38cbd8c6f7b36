//! Races and the coach settings in the UI: the settings popup sets `run_days`, `lift_days`,
//! `long_run_day` and `plate_step` and adds a race (refusals beside the field, nothing typed
//! dropped, nothing written); the dashboard shows the next race. On a real in-memory store.

use crate::common::*;
use chrono::Weekday;
use legday::domain::Race;
use legday::store::Store;
use legday::tui::Driver;
use legday::tui::action::Action;
use legday::tui::form::settings::{SettingsField, SettingsForm};
use legday::tui::popup::Popup;
use legday::tui::theme::Theme;

fn driver() -> Driver {
    let mut s = Store::open_in_memory().unwrap();
    s.import(&sessions(day())).unwrap();
    Driver::new(s, day(), Theme::colored()).unwrap()
}

/// The UI started again on the same store (what it reads at start-up).
fn reopened(d: Driver) -> Driver {
    Driver::new(d.store, day(), Theme::colored()).unwrap()
}

fn typing(d: &mut Driver, s: &str) {
    for c in s.chars() {
        d.dispatch(Action::Input(c));
    }
}

/// Opens the settings popup with the focus on `f`.
fn settings_at(d: &mut Driver, f: SettingsField) {
    d.dispatch(Action::OpenSettings);
    while form(d).focus != f {
        d.dispatch(Action::NextField);
    }
}

fn form(d: &Driver) -> &SettingsForm {
    match &d.app.popup {
        Some(Popup::Settings(f)) => f,
        other => panic!("no settings popup: {other:?}"),
    }
}

fn paris() -> Race {
    Race {
        id: 1,
        date: d(2027, 4, 11),
        distance_m: 42195.0,
        name: Some("Paris marathon".into()),
    }
}

#[test]
fn a_race_added_from_the_settings_popup_shows_on_the_dashboard() {
    let mut d = driver();
    settings_at(&mut d, SettingsField::RaceDate);
    typing(&mut d, "2027-04-11");
    d.dispatch(Action::NextField);
    typing(&mut d, "Marathon");
    d.dispatch(Action::NextField);
    typing(&mut d, "Paris marathon");
    d.dispatch(Action::Submit);
    assert!(d.app.popup.is_none());
    assert_eq!(d.store.races().unwrap(), [paris()]);
    let st = d.app.status.clone().unwrap();
    assert!(!st.error);
    assert_eq!(
        st.text,
        "added race 1: Paris marathon (42.195 km) on Sun 11 Apr 2027, in 139 days"
    );
    assert_eq!(d.app.data.as_ref().unwrap().races, [paris()]);
    let t = text(&render(&d.app, 100, 30));
    assert!(
        t.contains("└ Paris marathon · Sun 11 Apr · in 139 days ┘"),
        "{t}"
    );
    // the next race is the earliest on or after the dashboard's day
    let soon = Race {
        id: 0,
        date: crate::common::d(2026, 11, 28),
        distance_m: 10000.0,
        name: None,
    };
    d.store.add_race(&soon).unwrap();
    let d = reopened(d);
    let t = text(&render(&d.app, 100, 30));
    assert!(
        // with the coach's phase when it is about this race (§8.4: taper)
        t.contains("in 5 days"),
        "{t}"
    );
}

/// A past date, a nonsense distance, a duplicate: the refusal beside its field, the text kept,
/// nothing written; fixing the field saves.
#[test]
fn race_refusals_stay_beside_the_field_and_keep_the_text() {
    let mut d = driver();
    d.store.add_race(&paris()).unwrap();
    let mut d = reopened(d);
    settings_at(&mut d, SettingsField::RaceDate);
    typing(&mut d, "2026-11-01");
    d.dispatch(Action::NextField);
    typing(&mut d, "half");
    d.dispatch(Action::Submit);
    let f = form(&d);
    assert_eq!(f.focus, SettingsField::RaceDate);
    let e = f.error_at(SettingsField::RaceDate).unwrap();
    assert!(e.contains("in the past"), "{e}");
    assert_eq!(f.race_date, "2026-11-01");
    assert_eq!(f.race_distance, "half");
    let t = text(&render(&d.app, 80, 24));
    assert!(t.contains("✗ 2026-11-01 is in the past"), "{t}");
    insta::assert_snapshot!("settings_popup_race_refused_80x24", t);

    // fix the date; a nonsense distance is refused at the distance
    d.dispatch(Action::ClearField);
    typing(&mut d, "+10");
    d.dispatch(Action::NextField);
    d.dispatch(Action::ClearField);
    typing(&mut d, "-3km");
    d.dispatch(Action::Submit);
    let f = form(&d);
    assert_eq!(f.focus, SettingsField::RaceDistance);
    assert!(f.error_at(SettingsField::RaceDate).is_none());
    assert!(f.error_at(SettingsField::RaceDistance).is_some());
    // the same date and distance as a race already there
    for _ in 0..4 {
        d.dispatch(Action::Backspace);
    }
    typing(&mut d, "42.195km");
    d.dispatch(Action::PrevField);
    d.dispatch(Action::ClearField);
    typing(&mut d, "2027-04-11");
    d.dispatch(Action::Submit);
    let e = form(&d).error_at(SettingsField::RaceDate).unwrap();
    assert!(
        e.contains("race 1 (Paris marathon) is already on 2027-04-11"),
        "{e}"
    );
    assert_eq!(d.store.races().unwrap().len(), 1);
    d.dispatch(Action::ClearField);
    typing(&mut d, "2027-04-18");
    d.dispatch(Action::Submit);
    assert!(d.app.popup.is_none());
    assert_eq!(d.store.races().unwrap().len(), 2);
}

#[test]
fn the_coach_settings_are_set_in_the_popup() {
    let mut d = driver();
    settings_at(&mut d, SettingsField::RunDays);
    // auto says what it gives this week (§8.3), from the habits of the driver's history
    let want = format!(
        "auto ({} a week)",
        d.store.today(day()).unwrap().auto.unwrap().run_days
    );
    assert_eq!(form(&d).value(SettingsField::RunDays), want);
    assert!(want.starts_with("auto (") && want != "auto (0 a week)");
    assert_eq!(form(&d).value(SettingsField::PlateStep), "auto (2.5 kg)");
    for _ in 0..5 {
        d.dispatch(Action::Right); // auto, 0, 1, 2, 3, 4
    }
    assert_eq!(form(&d).value(SettingsField::RunDays), "4 a week");
    d.dispatch(Action::NextField);
    d.dispatch(Action::Left); // auto -> 6
    d.dispatch(Action::NextField);
    d.dispatch(Action::Left); // auto -> sunday
    d.dispatch(Action::NextField);
    d.dispatch(Action::ClearField);
    typing(&mut d, "30");
    d.dispatch(Action::Submit);
    // refused beside the plate step; nothing saved
    let e = form(&d).error_at(SettingsField::PlateStep).unwrap();
    assert!(e.contains("up to 25kg"), "{e}");
    assert_eq!(d.store.settings().unwrap().run_days, None);
    d.dispatch(Action::ClearField);
    typing(&mut d, "1.25");
    d.dispatch(Action::Submit);
    assert!(d.app.popup.is_none());
    let s = d.store.settings().unwrap();
    assert_eq!(s.run_days, Some(4));
    assert_eq!(s.lift_days, Some(6));
    assert_eq!(s.long_run_day, Some(Weekday::Sun));
    assert_eq!(s.plate_step_kg, Some(1.25));
    // opened again: the values as stored, and back to auto
    settings_at(&mut d, SettingsField::RunDays);
    assert_eq!(form(&d).value(SettingsField::PlateStep), "1.25kg");
    for _ in 0..5 {
        d.dispatch(Action::Left); // 4 -> auto
    }
    d.dispatch(Action::NextField);
    d.dispatch(Action::NextField);
    d.dispatch(Action::NextField);
    d.dispatch(Action::ClearField);
    typing(&mut d, "auto");
    d.dispatch(Action::Submit);
    let s = d.store.settings().unwrap();
    assert_eq!((s.run_days, s.plate_step_kg), (None, None));
    assert_eq!(s.lift_days, Some(6));
}

/// A race and a setting saved with one `Enter`: the race first, then the settings.
#[test]
fn a_race_and_settings_save_together() {
    let mut d = driver();
    settings_at(&mut d, SettingsField::LongRunDay);
    d.dispatch(Action::Right); // monday
    settings_field(&mut d, SettingsField::RaceDate);
    typing(&mut d, "sat");
    d.dispatch(Action::NextField);
    typing(&mut d, "5k");
    d.dispatch(Action::Submit);
    assert!(d.app.popup.is_none());
    assert_eq!(d.store.races().unwrap().len(), 1);
    assert_eq!(d.store.settings().unwrap().long_run_day, Some(Weekday::Mon));
    let st = d.app.status.clone().unwrap().text;
    assert!(
        st.starts_with("added race 1: 5k (5 km) on Sat 28 Nov 2026")
            && st.ends_with("settings saved"),
        "{st}"
    );
}

fn settings_field(d: &mut Driver, f: SettingsField) {
    while form(d).focus != f {
        d.dispatch(Action::NextField);
    }
}

#[test]
fn the_next_race_on_the_dashboard_snapshot() {
    let mut a = app_with(busy_report(day()), sessions(day()));
    a.data.as_mut().unwrap().races = vec![paris()];
    let t = text(&render(&a, 100, 30));
    insta::assert_snapshot!("dashboard_next_race_100x30", t);
    let t = text(&render(&a, 80, 24));
    assert!(t.contains("Paris marathon · in 139 days"), "{t}");
    // a race before the dashboard's day is not the next one
    a.data.as_mut().unwrap().races[0].date = d(2026, 11, 1);
    assert!(!text(&render(&a, 100, 30)).contains("Paris"));
}
