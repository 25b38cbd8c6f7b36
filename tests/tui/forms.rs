//! What the Run and Strength forms show beside their fields at the sizes people use.

use crate::common::*;
use legday::tui::action::Action;
use legday::tui::tab::Tab;

#[test]
fn the_run_preview_placeholder_wraps_at_100x30() {
    let mut a = app_with(quiet_report(day()), sessions(day()));
    a.update(Action::GoTab(Tab::Run));
    let t = text(&render(&a, 100, 30));
    // the Preview panel's column: the third cell between borders on each row
    let joined = t
        .lines()
        .filter_map(|l| l.split('│').nth(3))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        joined.contains("once distance and duration are in"),
        "placeholder cut:\n{t}"
    );
}

#[test]
fn a_repeated_session_shows_the_same_minutes_in_the_field_and_the_preview() {
    let mut a = app_with(quiet_report(day()), sessions(day()));
    a.update(Action::GoTab(Tab::Strength));
    a.update(Action::Repeat);
    assert_eq!(a.strength.sets.len(), 3);
    let t = text(&render(&a, 100, 30));
    // 3 sets × 2.5 min (§2)
    assert!(t.contains("7.5 (2.5 per set)"), "{t}");
    assert!(t.contains("× 7.5 min"), "{t}");
}
