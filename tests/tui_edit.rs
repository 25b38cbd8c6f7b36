//! Editing a stored session from History: the preview's week counts the form's version in place
//! of the stored one, saving returns to History, and the status line says load with its unit.

mod tui_common;

use legday::domain::*;
use legday::tui::action::{Action, Tab};
use legday::tui::app::App;
use legday::tui::data::Data;
use legday::tui::theme::Theme;
use tui_common::*;

/// An app whose report is built from its sessions, so the preview's week can be checked
/// against the dashboard's.
fn real_app() -> App {
    let sessions = sessions(day());
    let settings = Settings::default();
    let catalog = Catalog::builtin();
    let history = History::from_sessions(sessions.clone(), &settings);
    let report = Report::build(&history, &settings, &catalog, day());
    let mut app = App::new(day(), Theme::colored());
    app.data = Some(Data::from_sessions(
        settings,
        catalog,
        report,
        sessions,
        day(),
    ));
    app
}

/// The preview's "week" figure for a group (the last number on its row).
fn week_of(app: &App, group: &str) -> String {
    let buf = render(app, 140, 45);
    let text = text(&buf);
    let row = text
        .lines()
        .find(|l| l.contains(&format!(" {group} ")) || l.contains(&format!("│{group} ")))
        .unwrap_or_else(|| panic!("no {group} row in\n{text}"));
    let after = &row[row.find(group).unwrap()..];
    let nums: Vec<&str> = after.split_whitespace().take_while(|w| *w != "│").collect();
    assert_eq!(nums.len(), 3, "group, +sets, week in {row:?}");
    nums[2].to_string()
}

fn dashboard_sets(app: &App, m: Muscle) -> String {
    let d = app.data.as_ref().unwrap();
    let r = d.report.muscles.iter().find(|r| r.muscle == m).unwrap();
    legday::format::volume(r.sets)
}

/// History row `i` (newest first) opened for edit.
fn edit_row(app: &mut App, i: usize) -> Session {
    app.update(Action::GoTab(Tab::History));
    for _ in 0..i {
        app.update(Action::Down);
    }
    let s = app.selected_session().unwrap().clone();
    app.update(Action::Edit);
    s
}

#[test]
fn an_unchanged_run_edit_previews_the_week_the_dashboard_shows() {
    let mut a = real_app();
    let s = edit_row(&mut a, 0);
    assert!(s.is_run() && s.date == day());
    assert_eq!(a.tab, Tab::Run);
    for (m, label) in [(Muscle::Quads, "Quads"), (Muscle::Calves, "Calves")] {
        assert_eq!(week_of(&a, label), dashboard_sets(&a, m), "{label}");
    }
}

#[test]
fn an_unchanged_strength_edit_previews_the_week_the_dashboard_shows() {
    let mut a = real_app();
    let s = edit_row(&mut a, 1);
    assert!(!s.is_run());
    assert_eq!(a.tab, Tab::Strength);
    assert_eq!(week_of(&a, "Quads"), dashboard_sets(&a, Muscle::Quads));
}

#[test]
fn a_new_run_still_adds_to_the_week() {
    let mut a = real_app();
    a.update(Action::GoTab(Tab::Run));
    for c in "5".chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::NextField);
    for c in "30:00".chars() {
        a.update(Action::Input(c));
    }
    let before = dashboard_sets(&a, Muscle::Quads).parse::<f64>().unwrap();
    let week = week_of(&a, "Quads").parse::<f64>().unwrap();
    assert!(week > before, "{week} > {before}");
}
