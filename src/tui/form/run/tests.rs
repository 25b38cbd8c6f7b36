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

/// The actions a run form gets while typing, one after another.
fn keys(f: &mut RunForm, actions: &[Action]) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let shoes = ["Pegasus".to_string(), "Clifton".to_string()];
    for a in actions {
        f.update(a, today, &shoes);
    }
}

fn typed(s: &str) -> Vec<Action> {
    s.chars().map(Action::Input).collect()
}

#[test]
fn a_text_field_edits_at_its_cursor_and_a_choice_field_still_picks() {
    let mut f = RunForm::default();
    // Distance: ← ← Backspace 2 turns 10.5 into 12.5; Home and a paste go in at the start
    let mut a = typed("10.5");
    a.extend([Action::Left, Action::Left, Action::Backspace]);
    a.extend(typed("2"));
    keys(&mut f, &a);
    assert_eq!(f.value(RunField::Distance), "12.5");
    assert_eq!(f.cursor(RunField::Distance), 2);
    keys(&mut f, &[Action::End, Action::Paste("km\n".into())]);
    assert_eq!(f.value(RunField::Distance), "12.5km ");
    // Duration: Ctrl-A, Delete, Alt-→ and Ctrl-W (a word is what tui-input calls one)
    keys(&mut f, &[Action::NextField]);
    assert_eq!(f.cursor(RunField::Duration), 0, "an empty field");
    keys(&mut f, &typed("138:40"));
    keys(&mut f, &[Action::Home, Action::DeleteNext]);
    assert_eq!(f.value(RunField::Duration), "38:40");
    assert_eq!(f.cursor(RunField::Duration), 0);
    keys(&mut f, &[Action::End, Action::DeleteWord]);
    assert_eq!(f.value(RunField::Duration), "38:");
    // the Kind field: ←/→ pick a kind (the cursor goes to its end), typing still works
    keys(
        &mut f,
        &[Action::NextField, Action::NextField, Action::Right],
    );
    assert_eq!(f.value(RunField::Kind), "long");
    assert_eq!(f.cursor(RunField::Kind), 4);
    keys(&mut f, &[Action::ClearField]);
    keys(&mut f, &typed("tmpo"));
    keys(
        &mut f,
        &[Action::WordLeft, Action::DeleteNext, Action::Home],
    );
    keys(&mut f, &[Action::End, Action::Backspace]);
    assert_eq!(f.value(RunField::Kind), "mp");
    // Shoes: → picks the newest pair; the Note is text whose ← moves
    keys(&mut f, &vec![Action::Down; 5]);
    assert_eq!(f.focused(), RunField::Shoes);
    keys(&mut f, &[Action::Right]);
    assert_eq!(f.value(RunField::Shoes), "Pegasus");
    keys(&mut f, &[Action::Down]);
    keys(&mut f, &typed("hills"));
    keys(&mut f, &[Action::Left, Action::Left, Action::Left]);
    keys(&mut f, &typed("x"));
    assert_eq!(f.value(RunField::Note), "hixlls");
    // focus elsewhere and back: the cursor is at the end again
    keys(&mut f, &[Action::PrevField, Action::NextField]);
    assert_eq!(f.cursor(RunField::Note), 6);
}
