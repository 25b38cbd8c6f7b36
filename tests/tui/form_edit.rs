//! Editing a stored session through the forms: every field shows a number as typed (no float
//! noise), and saving changes only the fields whose text the user changed.

use chrono::{NaiveDate, NaiveTime};
use legday::domain::{Activity, Run, RunKind, Session, SetEntry, Settings, Strength, Units};
use legday::tui::form::Key;
use legday::tui::form::run::{RunField, RunForm};
use legday::tui::form::strength::{StrengthField, StrengthForm};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// A run as an import stores it: values no one would type.
fn imported_run() -> Session {
    let mut r = Run::new(RunKind::Long, 12_821.2, 3_725.4);
    r.elevation_m = Some(214.200_012_207_031_25);
    r.vest_kg = Some(4.535_923_7);
    r.avg_hr = Some(145.5);
    r.max_hr = Some(171.0);
    r.shoes = Some("Pegasus 41 ".into());
    r.gap_s_per_km = Some(301.77);
    let mut s = Session::new_run(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(), r);
    s.id = 7;
    s.uuid = "0b6c1f0e-1111-4a4a-8888-123456789abc".into();
    s.time = NaiveTime::from_hms_opt(7, 31, 12);
    s.rpe = Some(6.300_000_190_734_863);
    s.note = Some("  Morning Run from Strava ".into());
    s.source = Some("strava".into());
    s.source_key = Some("strava:123".into());
    s
}

fn settings(u: Units) -> Settings {
    let mut s = Settings::default();
    s.set_units(u);
    s
}

fn type_into(f: &mut RunForm, field: RunField, text: &str) {
    f.focus = field;
    f.edit(Key::Clear);
    for c in text.chars() {
        f.edit(Key::Char(c));
    }
}

#[test]
fn an_imported_run_saved_unchanged_is_byte_identical() {
    for u in [Units::Metric, Units::Imperial] {
        let s = imported_run();
        let f = RunForm::from_session(&s, &settings(u));
        for v in &f.values {
            let digits_after_point = v.split_once('.').map_or(0, |(_, b)| {
                b.chars().take_while(char::is_ascii_digit).count()
            });
            assert!(digits_after_point <= 3, "float noise in {v:?}");
        }
        assert!(!f.is_dirty(), "opening an edit is not a change");
        let c = f.check(today(), &settings(u));
        assert!(c.is_ok(), "{:?}", c.errors);
        assert_eq!(c.session.unwrap(), s, "{u:?}");
    }
}

#[test]
fn the_fields_shown_read_as_typed() {
    let f = RunForm::from_session(&imported_run(), &settings(Units::Metric));
    assert_eq!(f.value(RunField::Distance), "12.821km");
    assert_eq!(f.value(RunField::Duration), "1:02:05");
    assert_eq!(f.value(RunField::Elevation), "214.2m");
    assert_eq!(f.value(RunField::Rpe), "6.3");
    assert_eq!(f.value(RunField::Vest), "4.5kg");
    let f = RunForm::from_session(&imported_run(), &settings(Units::Imperial));
    assert_eq!(f.value(RunField::Distance), "7.967mi");
    assert_eq!(f.value(RunField::Elevation), "702.8ft");
    assert_eq!(f.value(RunField::Vest), "10lb");
}

#[test]
fn changing_one_field_changes_only_that_field() {
    let s = imported_run();
    let set = settings(Units::Metric);
    let mut f = RunForm::from_session(&s, &set);
    type_into(&mut f, RunField::Rpe, "7");
    assert!(f.is_dirty());
    let got = f.check(today(), &set).session.unwrap();
    let mut want = s.clone();
    want.rpe = Some(7.0);
    assert_eq!(got, want);

    let mut f = RunForm::from_session(&s, &set);
    type_into(&mut f, RunField::Distance, "13km");
    type_into(&mut f, RunField::Kind, "tem");
    let got = f.check(today(), &set).session.unwrap();
    let Activity::Run(r) = &got.activity else {
        panic!("a run")
    };
    assert_eq!(r.distance_m, 13_000.0);
    assert_eq!(r.kind, RunKind::Tempo);
    assert_eq!(r.duration_s, 3_725.4);
    assert_eq!(r.elevation_m, Some(214.200_012_207_031_25));
    assert_eq!(r.avg_hr, Some(145.5));
    assert_eq!(got.note, s.note);

    // typing the same text back is no change either
    let mut f = RunForm::from_session(&s, &set);
    type_into(&mut f, RunField::Elevation, "214.2m");
    assert!(!f.is_dirty());
    assert_eq!(f.check(today(), &set).session.unwrap(), s);
    // clearing an optional field clears it
    let mut f = RunForm::from_session(&s, &set);
    type_into(&mut f, RunField::Hr, "");
    let got = f.check(today(), &set).session.unwrap();
    assert_eq!(got.run().unwrap().avg_hr, None);
    assert_eq!(got.run().unwrap().max_hr, Some(171.0));
    // a new average with decimals is stored as typed
    let mut f = RunForm::from_session(&s, &set);
    type_into(&mut f, RunField::Hr, "152.5");
    let got = f.check(today(), &set).session.unwrap();
    assert_eq!(got.run().unwrap().avg_hr, Some(152.5));
}

#[test]
fn a_fractional_heart_rate_is_shown_plainly_and_kept() {
    let set = settings(Units::Metric);
    let f = RunForm::from_session(&imported_run(), &set);
    assert_eq!(f.value(RunField::Hr), "145.5");
    // the mean of a file's samples, as an import stores it
    let mut s = imported_run();
    if let Activity::Run(r) = &mut s.activity {
        r.avg_hr = Some(436.0 / 3.0);
    }
    let f = RunForm::from_session(&s, &set);
    assert_eq!(f.value(RunField::Hr), "145.3");
    assert_eq!(f.check(today(), &set).session.unwrap(), s);
}

#[test]
fn a_strength_edit_keeps_what_was_not_touched() {
    let mut s = Session::new_strength(
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        Strength {
            minutes: Some(47.333_333_333_333_336),
            sets: vec![SetEntry::new("back squat", 5, Some(102.058_283)); 3],
        },
    );
    s.id = 3;
    s.uuid = "u".into();
    s.rpe = Some(7.5);
    s.note = Some(" heavy ".into());
    let set = settings(Units::Metric);
    let f = StrengthForm::from_session(&s, &set);
    assert_eq!(f.value(StrengthField::Minutes), "47.3");
    assert!(!f.is_dirty());
    assert_eq!(f.check(today()).unwrap(), s);

    let mut f = StrengthForm::from_session(&s, &set);
    f.focus = StrengthField::Rpe;
    f.edit(Key::Clear);
    f.edit(Key::Char('8'));
    assert!(f.is_dirty());
    let mut want = s.clone();
    want.rpe = Some(8.0);
    assert_eq!(f.check(today()).unwrap(), want);

    let mut f = StrengthForm::from_session(&s, &set);
    f.focus = StrengthField::Rows;
    f.remove_row();
    assert!(f.is_dirty(), "removing a row is a change");
}
