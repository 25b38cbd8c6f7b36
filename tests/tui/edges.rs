//! Issue 16's rough edges in the forms: a lift far beyond the best asks before it is saved; a
//! vest as heavy as the runner is refused; the preview computes nothing from refused input; a
//! form cleared in one key; an edit undone with `u`.

use crate::common::{app_with, day, quiet_report, render, sessions, text};
use legday::domain::{Run, RunKind, Session, SetEntry, Strength};
use legday::store::{Filter, Store};
use legday::tui::Driver;
use legday::tui::action::Action;
use legday::tui::app::App;
use legday::tui::effect::Effect;
use legday::tui::form::run::RunField;
use legday::tui::form::strength::StrengthField;
use legday::tui::keys::{self, Mode};
use legday::tui::tab::Tab;
use legday::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Action::Input(c));
    }
}

fn error(app: &App) -> String {
    let st = app.status.as_ref().expect("a status");
    assert!(st.error, "not an error: {}", st.text);
    st.text.clone()
}

/// The Strength form with `sets` of back squat added (the fixtures' best: 80 kg × 5, an e1RM
/// of 93.3 kg).
fn squat(sets: &str) -> App {
    let mut app = app_with(quiet_report(day()), sessions(day()));
    app.update(Action::GoTab(Tab::Strength));
    typed(&mut app, "back squat");
    app.update(Action::Submit);
    typed(&mut app, sets);
    app.update(Action::Submit);
    app
}

#[test]
fn a_lift_more_than_twice_the_best_asks_and_a_second_save_stores_it() {
    // 200 × (1 + 5/30) = 233.3 kg > 2 × 93.3
    let mut app = squat("1x5@200");
    let fx = app.update(Action::Save);
    assert!(!fx.iter().any(|e| matches!(e, Effect::Insert(_))), "{fx:?}");
    assert!(error(&app).contains("Ctrl-S again saves it"));
    // the set and the bound in full under the fields, even at 80x24
    let msg = app.strength.errors[StrengthField::Rows as usize]
        .clone()
        .unwrap();
    assert!(msg.contains("set 1 (back squat 5 × 200 kg)"), "{msg}");
    assert!(
        msg.contains("twice your best back squat (93.3 kg e1RM)"),
        "{msg}"
    );
    let t = text(&render(&app, 80, 24));
    assert!(
        t.contains("✗ set 1 (back squat 5 × 200 kg): an e1RM of"),
        "{t}"
    );
    assert!(t.contains("Ctrl-S again to save it"), "{t}");
    assert_eq!(app.strength.sets.len(), 1, "nothing typed is lost");
    // the same sets saved again: stored as typed
    let fx = app.update(Action::Save);
    assert!(fx.iter().any(|e| matches!(e, Effect::Insert(_))), "{fx:?}");
}

#[test]
fn a_lift_changed_after_the_question_is_checked_again_and_a_plausible_one_saves_at_once() {
    let mut app = squat("1x5@200");
    app.update(Action::Save);
    error(&app);
    // another typo added: asked again
    while app.strength.focused() != StrengthField::Exercise {
        app.update(Action::PrevField);
    }
    typed(&mut app, "back squat");
    app.update(Action::Submit);
    typed(&mut app, "1x5@300");
    app.update(Action::Submit);
    let fx = app.update(Action::Save);
    assert!(!fx.iter().any(|e| matches!(e, Effect::Insert(_))));
    assert!(error(&app).contains("Ctrl-S again"));
    let msg = app.strength.errors[StrengthField::Rows as usize]
        .clone()
        .unwrap();
    assert!(msg.contains("set 1 (back squat 5 × 200 kg)"), "{msg}");
    // 100 × 5 is 116.7 kg: no question
    let mut app = squat("3x5@100");
    let fx = app.update(Action::Save);
    assert!(fx.iter().any(|e| matches!(e, Effect::Insert(_))), "{fx:?}");
}

fn run_form(dist: &str, dur: &str) -> App {
    let mut app = app_with(quiet_report(day()), sessions(day()));
    app.update(Action::GoTab(Tab::Run));
    typed(&mut app, dist);
    app.update(Action::NextField);
    typed(&mut app, dur);
    app
}

#[test]
fn the_run_form_refuses_a_vest_as_heavy_as_the_runner_like_the_cli() {
    // body weight 70 kg by default
    let mut app = run_form("5km", "30:00");
    while app.run.focused() != RunField::Vest {
        app.update(Action::NextField);
    }
    typed(&mut app, "70kg");
    let fx = app.update(Action::Save);
    assert!(!fx.iter().any(|e| matches!(e, Effect::Insert(_))), "{fx:?}");
    let msg = error(&app);
    assert!(
        msg.contains("70 kg is not less than your body weight (70 kg, setting body_kg)"),
        "{msg}"
    );
    assert_eq!(app.run.focused(), RunField::Vest);
    app.update(Action::ClearField);
    typed(&mut app, "5kg");
    let fx = app.update(Action::Save);
    assert!(fx.iter().any(|e| matches!(e, Effect::Insert(_))), "{fx:?}");
}

#[test]
fn the_run_preview_computes_nothing_from_input_the_form_refuses() {
    // a plausible run: pace and load shown
    let t = text(&render(&run_form("5km", "30:00"), 120, 40));
    assert!(t.contains("Pace    6:00 /km"), "{t}");
    // 5 km in 1:00 is faster than the world record: no pace, no load
    let t = text(&render(&run_form("5km", "1:00"), 120, 40));
    assert!(!t.contains("Pace "), "{t}");
    assert!(!t.contains("Load "), "{t}");
    assert!(t.contains("appear here once distance"), "{t}");
    // a refused vest: the run would not be saved, so nothing is previewed either
    let mut app = run_form("5km", "30:00");
    while app.run.focused() != RunField::Vest {
        app.update(Action::NextField);
    }
    typed(&mut app, "90kg");
    let t = text(&render(&app, 120, 40));
    assert!(!t.contains("Pace "), "{t}");
}

#[test]
fn a_new_form_is_cleared_by_x_outside_its_fields_and_ctrl_l_inside() {
    let mut app = squat("3x5@100");
    assert_eq!(app.strength.sets.len(), 3);
    // in the fields: Ctrl-L
    assert_eq!(app.mode(), Mode::Typing);
    let ctrl_l = KeyEvent::new(KeyCode::Char('l'), KeyModifiers::CONTROL);
    let a = keys::key(ctrl_l, app.mode(), app.tab).unwrap();
    assert!(matches!(a, Action::ClearForm));
    app.update(a);
    assert!(app.strength.sets.is_empty());
    assert!(!app.strength.is_dirty());
    assert_eq!(app.status.as_ref().unwrap().text, "form cleared");
    // outside the fields: x, declared on the form tabs only
    let mut app = run_form("5km", "30:00");
    app.update(Action::Back);
    assert_eq!(app.mode(), Mode::Normal);
    let x = KeyEvent::from(KeyCode::Char('x'));
    let a = keys::key(x, app.mode(), app.tab).unwrap();
    app.update(a);
    assert!(!app.run.is_dirty(), "{:?}", app.run.values);
    assert!(keys::key(x, Mode::Normal, Tab::Dashboard).is_none());
    // and its help line
    app.update(Action::ToggleHelp);
    let t = text(&render(&app, 120, 40));
    assert!(t.contains("x, Ctrl-L"), "{t}");
}

#[test]
fn u_on_history_undoes_an_edit_restoring_the_session_as_it_was() {
    let mut store = Store::open_in_memory().unwrap();
    let mut s = Session::new_strength(
        day(),
        Strength {
            minutes: Some(40.0),
            sets: vec![SetEntry::new("back squat", 5, Some(80.0)); 3],
        },
    );
    s.note = Some("felt good".into());
    let id = store.insert(&s).unwrap().id;
    let mut run = Session::new_run(day(), Run::new(RunKind::Easy, 5000.0, 1800.0));
    run.time = chrono::NaiveTime::from_hms_opt(7, 0, 0);
    store.insert(&run).unwrap();
    let before = store.get(id).unwrap().unwrap();
    let mut d = Driver::new(store, day(), Theme::colored()).unwrap();
    d.dispatch(Action::GoTab(Tab::History));
    while d.app.selected_session().map(|x| x.id) != Some(id) {
        d.dispatch(Action::Down);
    }
    d.dispatch(Action::Edit);
    assert_eq!(d.app.tab, Tab::Strength);
    // the note and the minutes changed
    while d.app.strength.focused() != StrengthField::Note {
        d.dispatch(Action::PrevField);
    }
    d.dispatch(Action::ClearField);
    for c in "heavy".chars() {
        d.dispatch(Action::Input(c));
    }
    d.dispatch(Action::PrevField);
    assert_eq!(d.app.strength.focused(), StrengthField::Minutes);
    d.dispatch(Action::ClearField);
    for c in "55".chars() {
        d.dispatch(Action::Input(c));
    }
    d.dispatch(Action::Save);
    let edited = d.store.get(id).unwrap().unwrap();
    assert_eq!(edited.note.as_deref(), Some("heavy"));
    assert_eq!(edited.strength().unwrap().minutes, Some(55.0));
    assert_ne!(edited, before);
    assert_eq!(d.app.tab, Tab::History);
    assert!(d.app.status.as_ref().unwrap().text.contains("(u to undo)"));
    d.dispatch(Action::Undo);
    assert_eq!(d.store.get(id).unwrap().unwrap(), before);
    assert_eq!(d.store.list(&Filter::default()).unwrap().len(), 2);
    let st = d.app.status.as_ref().unwrap();
    assert!(
        !st.error && st.text.starts_with("undid the edit"),
        "{}",
        st.text
    );
    // nothing more to undo
    d.dispatch(Action::Undo);
    assert_eq!(d.app.status.as_ref().unwrap().text, "nothing to undo");
}

#[test]
fn after_a_break_progress_and_dashboard_agree_that_acwr_needs_4_weeks() {
    use legday::domain::{Catalog, History, Report, Settings};
    // runs every other day for two months, a break of eight weeks (§1: a new start), one run
    let mut sessions = Vec::new();
    for back in (60..=120).step_by(2).chain([3]) {
        let date = day() - chrono::Duration::days(back);
        let mut s = Session::new_run(date, Run::new(RunKind::Easy, 8000.0, 2700.0));
        s.id = back;
        sessions.push(s);
    }
    let (settings, catalog) = (Settings::default(), Catalog::builtin());
    let history = History::from_sessions(sessions.clone(), &settings);
    let report = Report::build(&history, &settings, &catalog, day());
    assert_eq!(report.load.acwr, None);
    let mut app = App::new(day(), Theme::colored());
    app.data = Some(legday::tui::data::Data::from_sessions(
        settings,
        catalog,
        report,
        sessions,
        day(),
    ));
    let dash = text(&render(&app, 120, 40));
    assert!(dash.contains("ACWR – (needs 4 weeks)"), "{dash}");
    app.update(Action::GoTab(Tab::Progress));
    let mut seen = String::new();
    for _ in 0..6 {
        let t = text(&render(&app, 120, 40));
        if t.contains("ACWR") {
            seen = t;
            break;
        }
        app.update(Action::PageDown);
    }
    assert!(seen.contains("ACWR – (needs 4 weeks)"), "{seen}");
    assert!(!seen.contains("acute:chronic load · now"), "{seen}");
}

#[test]
fn at_80x24_the_strength_form_shows_the_offered_sets_whole() {
    // (an unknown name no longer gets a "did you mean" under the fields: the picker offers to
    // add it, with the closest names beside it, tests/tui/onboard.rs)
    let mut app = app_with(quiet_report(day()), sessions(day()));
    app.update(Action::GoTab(Tab::Strength));
    // the last sets Enter adds, in full
    typed(&mut app, "back squat");
    app.update(Action::Submit);
    let t = text(&render(&app, 80, 24));
    assert!(t.contains("Enter adds the last: 3×5 @ 80 kg"), "{t}");
}

#[test]
fn a_long_exercise_name_is_whole_in_the_strength_rows_and_the_columns_stay_aligned() {
    let name = "Squat (Smith Machine) paused at the bottom"; // 42 characters, imported
    let mut sessions = sessions(day());
    let mut s = Session::new_strength(
        day(),
        Strength {
            minutes: None,
            sets: vec![SetEntry::new(name, 5, Some(60.0)); 2],
        },
    );
    s.id = 99;
    sessions.insert(0, s);
    let mut app = app_with(quiet_report(day()), sessions);
    app.update(Action::GoTab(Tab::Strength));
    app.update(Action::Repeat);
    assert_eq!(app.strength.sets.len(), 2);
    let t = text(&render(&app, 120, 40));
    let head = t
        .lines()
        .find(|l| l.contains("exercise") && l.contains("reps"))
        .unwrap();
    let row = t
        .lines()
        .find(|l| l.contains(name))
        .unwrap_or_else(|| panic!("{t}"));
    let col = |l: &str, w: &str| l.find(w).map(|i| l[..i].chars().count());
    assert!(col(row, name).is_some());
    // the "reps" header ends where the reps figure ends
    let reps_end = col(head, "reps").unwrap() + 4;
    let chars: Vec<char> = row.chars().collect();
    assert_eq!(chars[reps_end - 1], '5', "{head}\n{row}");
    // at 80x24 there is no room: cut with "…", the numbers still under their headers
    let t = text(&render(&app, 80, 24));
    assert!(t.contains("Squat (Smith Machine)…"), "{t}");
}
