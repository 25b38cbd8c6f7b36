//! The run form's unit tests.

use super::*;

#[test]
fn kind_cycles_both_ways_and_wraps() {
    let mut f = RunForm::default();
    assert_eq!(f.kind(), RunKind::Easy);
    f.cycle_kind(true);
    assert_eq!(f.kind(), RunKind::Long);
    f.cycle_kind(false);
    f.cycle_kind(false);
    assert_eq!(f.kind(), RunKind::Race);
}

#[test]
fn focus_wraps_and_dirty_tracks_text() {
    let mut f = RunForm::default();
    f.prev();
    assert_eq!(f.focused(), RunField::Note);
    f.next();
    assert_eq!(f.focused(), RunField::Distance);
    assert!(!f.is_dirty());
    f.edit(Key::Char('5'));
    assert!(f.is_dirty());
    f.edit(Key::Backspace);
    assert!(!f.is_dirty());
}

#[test]
fn the_rpe_hint_says_it_comes_from_heart_rate_when_a_maximum_is_known() {
    // §2.1: 152 / 179 = 0.849; 3 + 20 × 0.149 = 5.98, to the nearest half: 6
    let mut st = Settings::default();
    let mut f = RunForm::default();
    f.values[RunField::Hr as usize] = "152".into();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    assert_eq!(
        f.placeholder(RunField::Rpe, today, &st),
        "3 (easy default, 1-10)",
        "no maximum known: the default"
    );
    st.hr_max = Some(179);
    assert_eq!(
        f.placeholder(RunField::Rpe, today, &st),
        "RPE 6 from HR 152 (85% of 179), 1-10"
    );
    f.values[RunField::Hr as usize] = "15x".into();
    assert_eq!(
        f.placeholder(RunField::Rpe, today, &st),
        "3 (easy default, 1-10)",
        "an unreadable heart rate gives no RPE"
    );
}
