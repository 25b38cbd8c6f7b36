//! What the Run and Strength forms show beside their fields at the sizes people use.

mod tui_common;

use legday::tui::action::{Action, Tab};
use tui_common::*;

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
