//! `App::update` for the daily loop: repeat the last lift, last sets offered on picking an
//! exercise, rows edited in place, pastes that never submit, edits that ask before discarding,
//! the status line and the strength form's focus.

use crate::common::*;
use legday::domain::{Run, RunKind, Session, SetEntry, Strength};
use legday::tui::action::Action;
use legday::tui::app::App;
use legday::tui::effect::Effect;
use legday::tui::form::run::RunField;
use legday::tui::form::strength::StrengthField;
use legday::tui::popup::{Discard, Popup};
use legday::tui::tab::Tab;

fn lift(days_ago: i64, id: i64, sets: Vec<SetEntry>) -> Session {
    let mut s = Session::new_strength(
        day() - chrono::Duration::days(days_ago),
        Strength {
            minutes: Some(50.0),
            sets,
        },
    );
    s.id = id;
    s.uuid = format!("u{id}");
    s
}

fn squat(kg: f64) -> SetEntry {
    SetEntry::new("back squat", 5, Some(kg))
}

/// Newest first: a run today, a lift 2 days ago (the last), an older lift.
fn history() -> Vec<Session> {
    let mut run = Session::new_run(day(), Run::new(RunKind::Easy, 12_821.2, 3_725.4));
    run.id = 3;
    run.uuid = "r3".into();
    run.source = Some("strava".into());
    let mut rdl = SetEntry::new("romanian deadlift", 8, Some(70.0));
    rdl.rir = Some(2);
    vec![
        run,
        lift(
            2,
            2,
            vec![squat(100.0), squat(100.0), squat(100.0), rdl.clone(), rdl],
        ),
        lift(
            9,
            1,
            vec![squat(90.0), SetEntry::new("tibialis raise", 20, None)],
        ),
    ]
}

fn app() -> App {
    app_with(quiet_report(day()), history())
}

fn typed(a: &mut App, s: &str) {
    for c in s.chars() {
        a.update(Action::Input(c));
    }
}

fn inserted(effects: &[Effect]) -> Session {
    match effects {
        [Effect::Insert(s)] => s.clone(),
        other => panic!("expected one insert, got {other:?}"),
    }
}

#[test]
fn three_keys_repeat_the_last_lift_dated_today() {
    let mut a = app();
    a.update(Action::GoTab(Tab::Strength));
    a.update(Action::Repeat);
    let s = inserted(&a.update(Action::Save));
    let last = &history()[1];
    assert_eq!(s.strength().unwrap().sets, last.strength().unwrap().sets);
    assert_eq!(s.date, day());
    assert_eq!(s.id, 0, "a new session, not the old one");
    // the old session's minutes and RPE are not copied: defaults
    assert_eq!(s.strength().unwrap().minutes, None);
    assert_eq!(s.rpe, None);
}

#[test]
fn a_repeated_session_shows_its_rows_ready_to_save() {
    let mut a = app();
    a.update(Action::GoTab(Tab::Strength));
    a.update(Action::Repeat);
    let t = text(&render(&a, 80, 24));
    insta::assert_snapshot!(t);
    assert!(t.contains("romanian deadlift"), "{t}");
    assert!(t.contains("repeating"), "{t}");
}

#[test]
fn repeat_from_any_tab_opens_the_strength_form_and_never_drops_sets() {
    let mut a = app();
    a.update(Action::Repeat);
    assert_eq!(a.tab, Tab::Strength);
    assert_eq!(a.strength.sets.len(), 5);
    let status = a.status.clone().unwrap();
    assert!(status.text.contains("repeating"), "{}", status.text);
    assert!(
        status.text.contains("back squat 3x5@100kg"),
        "{}",
        status.text
    );
    // a second Ctrl-R with sets in the form refuses rather than replacing them
    a.strength.sets.truncate(1);
    a.update(Action::Repeat);
    assert_eq!(a.strength.sets.len(), 1);
    assert!(a.status.as_ref().unwrap().error);
    // nothing to repeat
    let mut a = app_with(quiet_report(day()), Vec::new());
    a.update(Action::Repeat);
    assert!(a.strength.sets.is_empty());
    assert!(a.status.as_ref().unwrap().error);
}

#[test]
fn picking_an_exercise_offers_its_last_sets_and_enter_takes_them() {
    let mut a = app();
    a.update(Action::GoTab(Tab::Strength));
    typed(&mut a, "squ");
    a.update(Action::Submit);
    assert_eq!(a.strength.value(StrengthField::Exercise), "back squat");
    assert_eq!(a.strength.focused(), StrengthField::Sets);
    let d = a.data.clone().unwrap();
    let hint = a
        .strength
        .placeholder(StrengthField::Sets, day(), &d.settings);
    let when = (day() - chrono::Duration::days(2)).format("%-d %b");
    assert_eq!(hint, format!("Enter: last: 3×5 @ 100 kg, {when}"));
    a.update(Action::Submit);
    assert_eq!(a.strength.sets, vec![squat(100.0); 3]);
    assert_eq!(a.strength.focused(), StrengthField::Exercise);
    // typed sets win over the offer
    typed(&mut a, "rdl");
    a.update(Action::Submit);
    typed(&mut a, "1x5@80kg");
    a.update(Action::Submit);
    assert_eq!(a.strength.sets.len(), 4);
    assert_eq!(a.strength.sets[3].weight_kg, Some(80.0));
    assert_eq!(a.strength.sets[3].rir, None);
    // an exercise never done has no offer: Enter asks for sets
    typed(&mut a, "nordic");
    a.update(Action::Submit);
    a.update(Action::Submit);
    assert!(a.strength.errors[StrengthField::Sets as usize].is_some());
    assert_eq!(a.strength.sets.len(), 4);
}

#[test]
fn a_row_is_edited_in_place() {
    let mut a = app();
    a.update(Action::Repeat);
    a.strength.focus = StrengthField::Rows;
    a.update(Action::Down); // the second row: 2×8 RDL
    a.update(Action::Submit);
    assert_eq!(
        a.strength.value(StrengthField::Exercise),
        "romanian deadlift"
    );
    assert_eq!(a.strength.value(StrengthField::Sets), "2x8@70kg rir2");
    assert_eq!(a.strength.sets.len(), 3);
    a.update(Action::ClearField);
    typed(&mut a, "3x6@75kg");
    a.update(Action::Submit);
    let names: Vec<&str> = a
        .strength
        .sets
        .iter()
        .map(|e| e.exercise.as_str())
        .collect();
    assert_eq!(names[..3], ["back squat"; 3]);
    assert_eq!(names[3..], ["romanian deadlift"; 3]);
    assert_eq!(a.strength.sets[4].weight_kg, Some(75.0));
}

#[test]
fn deleting_the_last_row_leaves_a_focused_field() {
    let mut a = app();
    a.update(Action::Repeat);
    a.strength.focus = StrengthField::Rows;
    a.update(Action::Backspace);
    assert_eq!(a.strength.focused(), StrengthField::Rows);
    a.update(Action::Backspace);
    assert!(a.strength.sets.is_empty());
    assert_eq!(a.strength.focused(), StrengthField::Exercise);
    typed(&mut a, "s");
    assert_eq!(a.strength.value(StrengthField::Exercise), "s");
}

#[test]
fn a_paste_with_newlines_is_text_and_never_saves() {
    let mut a = app();
    a.update(Action::GoTab(Tab::Run));
    let effects = a.update(Action::Paste("5\n28:00\n".into()));
    assert!(effects.is_empty());
    assert_eq!(a.run.value(RunField::Distance), "5 28:00 ");
    assert_eq!(a.tab, Tab::Run);
    let mut a = app();
    a.update(Action::GoTab(Tab::Strength));
    assert!(a.update(Action::Paste("squat\r\n\t3x5".into())).is_empty());
    assert_eq!(a.strength.value(StrengthField::Exercise), "squat 3x5");
}

#[test]
fn esc_on_an_edit_asks_only_when_changed_and_returns_to_history() {
    let mut a = app();
    a.update(Action::GoTab(Tab::History));
    a.update(Action::Edit); // the run, newest
    assert_eq!(a.tab, Tab::Run);
    a.update(Action::Back);
    assert_eq!(a.popup, None, "nothing changed: no question");
    assert_eq!(a.tab, Tab::History);
    assert!(a.run.editing.is_none());

    a.update(Action::Edit);
    a.run.focus = RunField::Rpe;
    typed(&mut a, "4");
    a.update(Action::Back);
    assert_eq!(a.popup, Some(Popup::ConfirmDiscard(Discard::LeaveEdit)));
    a.update(Action::ConfirmQuit(false));
    assert_eq!(a.tab, Tab::Run);
    assert_eq!(a.run.value(RunField::Rpe), "4", "no keeps the change");
    a.update(Action::Back);
    a.update(Action::ConfirmQuit(true));
    assert_eq!(a.tab, Tab::History);
    assert!(a.run.editing.is_none());
    assert!(!a.run.is_dirty());
    assert!(!a.quit);
}

#[test]
fn opening_an_edit_over_unsaved_input_asks_first() {
    let mut a = app();
    a.update(Action::GoTab(Tab::Run));
    typed(&mut a, "10");
    a.update(Action::GoTab(Tab::History));
    a.update(Action::Edit);
    assert!(matches!(
        a.popup,
        Some(Popup::ConfirmDiscard(Discard::OpenEdit(_)))
    ));
    a.update(Action::ConfirmQuit(false));
    assert_eq!(a.run.value(RunField::Distance), "10");
    assert_eq!(a.tab, Tab::History);
    a.update(Action::Edit);
    a.update(Action::ConfirmQuit(true));
    assert_eq!(a.tab, Tab::Run);
    assert_eq!(a.run.editing.as_ref().map(|s| s.id), Some(3));
}

#[test]
fn an_unchanged_edit_saves_the_stored_run_exactly() {
    let mut a = app();
    a.update(Action::GoTab(Tab::History));
    a.update(Action::Edit);
    let eff = a.update(Action::Submit);
    assert_eq!(eff, vec![Effect::Update(history()[0].clone())]);
}

#[test]
fn a_refusal_clears_once_the_text_changes_and_on_another_tab() {
    let mut a = app();
    a.update(Action::GoTab(Tab::Run));
    a.update(Action::Submit);
    assert!(a.status.as_ref().is_some_and(|s| s.error));
    a.update(Action::Input('5'));
    assert_eq!(a.status, None);
    a.update(Action::Submit);
    assert!(a.status.is_some());
    a.update(Action::GoTab(Tab::History));
    assert_eq!(a.status, None);
}

#[test]
fn templates_fill_the_form_and_save_the_form_or_a_history_session() {
    use legday::store::templates::Template;
    let mut a = app();
    let legs = Template {
        name: "legs".into(),
        sets: vec![squat(120.0); 2],
    };
    a.data.as_mut().unwrap().templates = vec![legs.clone()];
    // pick: Ctrl-T, Enter fills the Strength form
    a.update(Action::Templates);
    assert!(matches!(a.popup, Some(Popup::Templates(_))));
    assert!(a.update(Action::Submit).is_empty());
    assert_eq!(a.popup, None);
    assert_eq!(a.tab, Tab::Strength);
    assert_eq!(a.strength.sets, legs.sets);
    // save the form under a name
    a.update(Action::Templates);
    typed(&mut a, "heavy");
    let eff = a.update(Action::Submit);
    assert_eq!(
        eff,
        vec![Effect::SaveTemplate("heavy".into(), legs.sets.clone())]
    );
    // on History, the selected strength session's sets
    let mut a = app();
    a.update(Action::GoTab(Tab::History));
    a.update(Action::Down); // the lift two days ago
    a.update(Action::Templates);
    typed(&mut a, "B");
    let eff = a.update(Action::Submit);
    let want = history()[1].strength().unwrap().sets.clone();
    assert_eq!(eff, vec![Effect::SaveTemplate("B".into(), want)]);
}

#[test]
fn the_shoes_field_offers_recent_shoes_with_the_arrows() {
    let shod = |days_ago: i64, id: i64, shoes: &str| {
        let mut r = Run::new(RunKind::Easy, 5000.0, 1800.0);
        r.shoes = Some(shoes.into());
        let mut s = Session::new_run(day() - chrono::Duration::days(days_ago), r);
        s.id = id;
        s
    };
    let runs = vec![
        shod(1, 3, "Pegasus 41"),
        shod(2, 2, "Vaporfly 3"),
        shod(3, 1, "Pegasus 41"),
    ];
    let mut a = app_with(quiet_report(day()), runs);
    a.update(Action::GoTab(Tab::Run));
    let t = text(&render(&a, 100, 30));
    // a new run is saved in the last pair unless changed
    assert!(t.contains("Pegasus 41 (last pair; ←/→: Vaporfly 3)"), "{t}");
    a.run.focus = RunField::Shoes;
    a.update(Action::Right);
    assert_eq!(a.run.value(RunField::Shoes), "Pegasus 41");
    a.update(Action::Right);
    assert_eq!(a.run.value(RunField::Shoes), "Vaporfly 3");
    a.update(Action::Right);
    assert_eq!(a.run.value(RunField::Shoes), "Pegasus 41");
    a.update(Action::Left);
    assert_eq!(a.run.value(RunField::Shoes), "Vaporfly 3");
}

#[test]
fn long_text_scrolls_in_its_field_and_the_cursor_stays_in_view() {
    let mut a = app();
    a.update(Action::GoTab(Tab::Run));
    a.run.focus = RunField::Note;
    let note = "a very long note about the run that goes on and on past the edge of the field END";
    a.update(Action::Paste(note.into()));
    let t = text(&render(&a, 80, 24));
    let row = t.lines().find(|l| l.contains("Note")).unwrap();
    assert!(row.contains("…"), "{row}");
    assert!(row.contains("field END▏"), "{row}");
    // not focused: the start shows
    a.update(Action::PrevField);
    let t = text(&render(&a, 80, 24));
    let row = t.lines().find(|l| l.contains("Note")).unwrap();
    assert!(row.contains("a very long note"), "{row}");
    assert_eq!(a.run.value(RunField::Note), note);
}
