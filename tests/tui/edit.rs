//! Editing a stored session from History: the preview's week counts the form's version in place
//! of the stored one, saving returns to History, and the status line says load with its unit.

use crate::common::*;
use legday::domain::*;
use legday::tui::action::{Action, StoreEvent};
use legday::tui::app::App;
use legday::tui::data::Data;
use legday::tui::effect::Effect;
use legday::tui::tab::Tab;
use legday::tui::theme::Theme;

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

#[test]
fn saving_an_edit_returns_to_history_with_the_session_selected() {
    let mut a = real_app();
    let s = edit_row(&mut a, 2);
    let fx = a.update(Action::Save);
    let Some(Effect::Update(saved)) = fx.first() else {
        panic!("{fx:?}")
    };
    assert_eq!(saved.id, s.id);
    // the store answers, then the data is reloaded (here: the same sessions)
    let fx = a.update(Action::Done(StoreEvent::Updated(saved.clone())));
    assert!(fx.contains(&Effect::Reload));
    assert_eq!(a.tab, Tab::History);
    let data = Box::new(real_app().data.unwrap());
    a.history.selected = 0;
    a.update(Action::Done(StoreEvent::Loaded(data)));
    assert_eq!(a.selected_session().map(|x| x.id), Some(s.id));
}

#[test]
fn a_new_session_saved_goes_to_the_dashboard() {
    let mut a = real_app();
    let s = sessions(day())[0].clone();
    a.update(Action::Done(StoreEvent::Inserted(s)));
    assert_eq!(a.tab, Tab::Dashboard);
}

#[test]
fn the_saved_status_gives_load_in_au_and_goes_with_its_tab() {
    let mut a = real_app();
    let s = sessions(day())[0].clone();
    let load = s.load(&Settings::default());
    a.update(Action::Done(StoreEvent::Inserted(s)));
    let st = a.status.clone().unwrap().text;
    assert!(st.ends_with(&format!("load {load:.0} AU")), "{st}");
    a.update(Action::OpenSettings);
    assert!(a.status.is_none(), "opening settings clears it");
    a.update(Action::Back);
    a.update(Action::Done(StoreEvent::Inserted(
        sessions(day())[0].clone(),
    )));
    assert!(a.status.is_some());
    a.update(Action::GoTab(Tab::History));
    assert!(a.status.is_none(), "another tab clears it");
}

#[test]
fn prs_found_after_leaving_the_tab_do_not_bring_the_status_back() {
    let mut a = real_app();
    let s = sessions(day())[1].clone();
    let fx = a.update(Action::Done(StoreEvent::Inserted(s.clone())));
    assert!(fx.contains(&Effect::FindPrs(s.id)));
    a.update(Action::GoTab(Tab::History));
    let pr = legday::store::progress::Pr {
        exercise: "back squat".into(),
        e1rm: 93.3,
        was: 76.0,
    };
    a.update(Action::Done(StoreEvent::Prs(s.id, vec![pr])));
    assert!(a.status.is_none());
}
