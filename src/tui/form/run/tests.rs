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
