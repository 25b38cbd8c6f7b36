//! The rough edges a newcomer hit (issue 16, part 5), each through `App::update` or the Driver.

use crate::common::{app_with, day, quiet_report, render, sessions, text};
use legday::domain::{Run, RunKind, Session};
use legday::store::{Filter, Store};
use legday::tui::Driver;
use legday::tui::action::Action;
use legday::tui::form::run::RunField;
use legday::tui::form::settings::SettingsForm;
use legday::tui::form::strength::StrengthField;
use legday::tui::keys;
use legday::tui::keys::Mode;
use legday::tui::tab::Tab;
use legday::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// A driver on a temporary file with the demo data, and the file's path for another handle.
fn on_file() -> (tempfile::TempDir, std::path::PathBuf, Driver) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite3");
    let store = legday::tui::demo_store(&path, day()).unwrap();
    let d = Driver::new(store, day(), Theme::colored()).unwrap();
    (dir, path, d)
}

#[test]
fn history_keeps_the_selected_session_by_id_when_another_process_writes() {
    let (_dir, path, mut d) = on_file();
    d.dispatch(Action::GoTab(Tab::History));
    d.dispatch(Action::Down);
    d.dispatch(Action::Down);
    let id = d.app.selected_session().unwrap().id;
    // a newer session from another handle lands above the selection
    let mut other = Store::open(&path).unwrap();
    let run = Session::new_run(day(), Run::new(RunKind::Easy, 3000.0, 1200.0));
    other.insert(&run).unwrap();
    d.tick(day());
    assert_eq!(d.app.selected_session().map(|s| s.id), Some(id));
    d.dispatch(Action::Delete);
    let left: Vec<i64> = d
        .store
        .list(&Filter::default())
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    assert!(!left.contains(&id), "the selected session was not deleted");
    assert_eq!(d.app.undo.last().map(|u| u.session().id), Some(id));
}

#[test]
fn while_terminal_too_small_is_shown_only_quit_and_resize_act() {
    let mut app = app_with(quiet_report(day()), sessions(day()));
    app.update(Action::GoTab(Tab::History));
    app.update(Action::Resize(40, 10));
    assert!(text(&render(&app, 40, 10)).contains("terminal too small"));
    assert_eq!(app.mode(), Mode::TooSmall);
    // the keys a user might press while looking at the message: none reaches the tabs
    let press = |c: char| keys::key(KeyEvent::from(KeyCode::Char(c)), app.mode(), app.tab);
    for c in ['1', '2', 'd', 'e', 'u', 'i', 's', '?', 'x'] {
        assert_eq!(press(c).map(|a| format!("{a:?}")), None, "{c:?}");
    }
    let before = (app.tab, app.history.selected, app.popup.clone());
    for a in [
        Action::GoTab(Tab::Run),
        Action::NextTab,
        Action::Down,
        Action::Delete,
        Action::Edit,
        Action::Save,
        Action::Submit,
        Action::Undo,
        Action::OpenSettings,
        Action::ToggleHelp,
        Action::Input('5'),
        Action::Click(30, 0),
    ] {
        assert!(app.update(a.clone()).is_empty(), "{a:?} did something");
    }
    assert_eq!((app.tab, app.history.selected, app.popup.clone()), before);
    // back to a usable size: the keys act again
    app.update(Action::Resize(80, 24));
    assert_eq!(app.mode(), Mode::Normal);
    app.update(Action::Down);
    assert_eq!(app.history.selected, 1);
    // and quitting works while small
    app.update(Action::Resize(20, 5));
    assert!(matches!(
        keys::key(KeyEvent::from(KeyCode::Char('q')), app.mode(), app.tab),
        Some(Action::Quit)
    ));
    app.update(Action::Quit);
    assert!(app.quit);
}

#[test]
fn while_too_small_a_dirty_form_still_asks_before_quitting_and_says_so() {
    let mut app = app_with(quiet_report(day()), sessions(day()));
    app.update(Action::GoTab(Tab::Run));
    app.update(Action::Input('5'));
    app.update(Action::Resize(30, 8));
    app.update(Action::Quit);
    assert!(!app.quit);
    assert_eq!(app.mode(), Mode::Confirm);
    assert!(text(&render(&app, 30, 8)).contains("y/n"));
    app.update(Action::ConfirmQuit(true));
    assert!(app.quit);
}

#[test]
fn a_refused_strength_save_leaves_the_focus_on_the_field_the_error_names() {
    let mut app = app_with(quiet_report(day()), sessions(day()));
    app.update(Action::GoTab(Tab::Strength));
    // nothing typed: "pick an exercise": the exercise field has focus and takes the letters
    app.update(Action::Save);
    assert!(app.status.as_ref().is_some_and(|s| s.error));
    assert_eq!(app.mode(), Mode::Typing);
    assert_eq!(app.strength.focused(), StrengthField::Exercise);
    for c in "squat".chars() {
        app.update(Action::Input(c));
    }
    assert_eq!(app.strength.value(StrengthField::Exercise), "squat");
    app.update(Action::Submit);
    // an exercise chosen, its sets typed but not added: "type its sets": the sets field
    for c in "3x5@100".chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::NextField);
    app.update(Action::Save);
    assert!(app.status.as_ref().is_some_and(|s| s.error));
    assert_eq!(app.strength.focused(), StrengthField::Sets);
    app.update(Action::Submit);
    assert_eq!(app.strength.sets.len(), 3);
    // an error in a field still focuses that field
    while app.strength.focused() != StrengthField::Rpe {
        app.update(Action::PrevField);
    }
    for c in "hard?".chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::NextField);
    app.update(Action::Save);
    assert!(app.status.as_ref().is_some_and(|s| s.error));
    assert_eq!(app.strength.focused(), StrengthField::Rpe);
}

#[test]
fn the_settings_form_refuses_a_body_weight_in_pounds_as_the_cli_does() {
    let mut s = legday::domain::Settings::default();
    s.set_units(legday::domain::Units::Imperial);
    let mut f = SettingsForm::new(&s);
    f.body = "10".into();
    let err = f.save().unwrap_err();
    assert!(err.contains("45 to 880 lb"), "{err}");
    assert!(!err.contains("kg "), "{err}");
    // a bare 160 is 160 lb, stored in kg
    f.body = "160".into();
    let c = f.save().unwrap();
    let kg: f64 = c
        .settings
        .iter()
        .find(|(k, _)| k == "body_kg")
        .unwrap()
        .1
        .parse()
        .unwrap();
    assert!((kg - 72.57).abs() < 0.01, "{kg}");
}

/// A driver on an in-memory store holding two runs, the newer in "Novablast 4".
fn with_shoes() -> Driver {
    let mut store = Store::open_in_memory().unwrap();
    for (days, shoes) in [(5, "Pegasus 40"), (2, "Novablast 4"), (1, "")] {
        let mut run = Run::new(RunKind::Easy, 8000.0, 2700.0);
        run.shoes = (!shoes.is_empty()).then(|| shoes.to_string());
        store
            .insert(&Session::new_run(day() - chrono::Duration::days(days), run))
            .unwrap();
    }
    Driver::new(store, day(), Theme::colored()).unwrap()
}

fn log_run(d: &mut Driver, shoes: Option<&str>) -> Option<String> {
    d.dispatch(Action::GoTab(Tab::Run));
    for c in "5km".chars() {
        d.dispatch(Action::Input(c));
    }
    d.dispatch(Action::NextField);
    for c in "30:00".chars() {
        d.dispatch(Action::Input(c));
    }
    if let Some(s) = shoes {
        while d.app.run.focused() != RunField::Shoes {
            d.dispatch(Action::NextField);
        }
        for c in s.chars() {
            d.dispatch(Action::Input(c));
        }
    }
    d.dispatch(Action::Save);
    assert!(d.app.status.as_ref().is_some_and(|s| !s.error));
    let newest = d.store.list(&Filter::default()).unwrap();
    let s = newest.iter().max_by_key(|s| s.id).unwrap();
    s.run().unwrap().shoes.clone()
}

#[test]
fn the_run_forms_shoes_default_to_the_last_pair_used() {
    let mut d = with_shoes();
    d.dispatch(Action::GoTab(Tab::Run));
    let t = text(&render(&d.app, 120, 40));
    assert!(t.contains("Novablast 4 (last pair"), "{t}");
    assert_eq!(log_run(&mut d, None).as_deref(), Some("Novablast 4"));
    // another pair typed is taken; `none` is a run without shoes
    assert_eq!(
        log_run(&mut d, Some("Pegasus 40")).as_deref(),
        Some("Pegasus 40")
    );
    assert_eq!(log_run(&mut d, Some("none")), None);
    // the newest pair is now the default
    d.dispatch(Action::GoTab(Tab::Run));
    let t = text(&render(&d.app, 120, 40));
    assert!(t.contains("Pegasus 40 (last pair"), "{t}");
}

/// The real binary in tmux: keys pressed while "terminal too small" shows (a tab switch to
/// History, a delete) change nothing; `q` still quits.
#[test]
fn tmux_keys_while_too_small_change_nothing_and_q_quits() {
    crate::tmux::require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("small.sqlite3");
    crate::tmux::cli(&db, &["run", "-d", "5", "-t", "30:00"]);
    let s = crate::tmux::start_ui("small", &db, 100, 30);
    s.resize(30, 8);
    s.wait("the small notice", |p| p.contains("too small"));
    s.keys(&["4", "d", "Enter", "d"]);
    s.keys(&["q"]);
    s.wait("the shell back", |p| !p.contains("too small"));
    let left = Store::open(&db).unwrap().list(&Filter::default()).unwrap();
    assert_eq!(
        left.len(),
        1,
        "a key acted while the UI was too small to show it"
    );
}
