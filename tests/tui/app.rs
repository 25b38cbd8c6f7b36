//! `App::update` for every action that needs no store: the app is driven by actions alone.

use crate::common::*;
use legday::domain::Session;
use legday::tui::action::{Action, StoreEvent};
use legday::tui::effect::Effect;
use legday::tui::form::import::ImportPrompt;
use legday::tui::form::run::RunField;
use legday::tui::form::strength::StrengthField;
use legday::tui::keys::Mode;
use legday::tui::popup::Popup;
use legday::tui::tab::Tab;
use legday::tui::tabs::history::KindFilter;

fn app() -> legday::tui::app::App {
    app_with(quiet_report(day()), sessions(day()))
}

#[test]
fn tabs_switch_forward_backward_by_number_and_by_click() {
    let mut a = app();
    assert_eq!(a.tab, Tab::Dashboard);
    a.update(Action::NextTab);
    assert_eq!(a.tab, Tab::Run);
    assert_eq!(a.mode(), Mode::Typing, "the run form takes typing at once");
    a.update(Action::PrevTab);
    a.update(Action::PrevTab);
    assert_eq!(
        a.tab,
        *Tab::ALL.last().unwrap(),
        "Shift-Tab wraps to the last tab"
    );
    a.update(Action::PrevTab);
    assert_eq!(a.tab, Tab::ALL[Tab::ALL.len() - 2]);
    a.update(Action::GoTab(Tab::History));
    assert_eq!(a.tab, Tab::History);
    assert_eq!(a.mode(), Mode::Normal);
    a.update(Action::GoTab(Tab::Strength));
    assert_eq!(a.tab, Tab::Strength);
    // " legday " (8) + space: the first tab label starts at column 9
    a.update(Action::Click(10, 0));
    assert_eq!(a.tab, Tab::Dashboard);
    a.update(Action::Click(10, 5));
    assert_eq!(
        a.tab,
        Tab::Dashboard,
        "a click below the bar is not a tab click"
    );
}

#[test]
fn help_toggles_and_esc_closes_popups() {
    let mut a = app();
    a.update(Action::ToggleHelp);
    assert!(matches!(a.popup, Some(Popup::Help(_))));
    assert_eq!(a.mode(), Mode::Help);
    a.update(Action::Back);
    assert_eq!(a.popup, None);
    a.update(Action::OpenSettings);
    assert!(matches!(a.popup, Some(Popup::Settings(_))));
    a.update(Action::Back);
    assert_eq!(a.popup, None);
}

#[test]
fn quit_is_immediate_on_clean_forms() {
    let mut a = app();
    a.update(Action::Quit);
    assert!(a.quit);
}

#[test]
fn quit_asks_when_a_form_holds_input_and_no_keeps_it() {
    let mut a = app();
    a.update(Action::GoTab(Tab::Run));
    a.update(Action::Input('5'));
    a.update(Action::Back); // leave the field, keep the text
    a.update(Action::Quit);
    assert!(!a.quit);
    assert_eq!(a.popup, Some(Popup::ConfirmQuit));
    a.update(Action::ConfirmQuit(false));
    assert!(!a.quit);
    assert_eq!(a.run.value(RunField::Distance), "5");
    a.update(Action::Quit);
    a.update(Action::ConfirmQuit(true));
    assert!(a.quit);
}

#[test]
fn esc_leaves_the_form_and_enter_comes_back() {
    let mut a = app();
    a.update(Action::GoTab(Tab::Run));
    a.update(Action::Back);
    assert_eq!(a.mode(), Mode::Normal);
    a.update(Action::Submit);
    assert_eq!(a.mode(), Mode::Typing);
}

#[test]
fn typing_fills_the_focused_field_and_tab_moves_on() {
    let mut a = app();
    a.update(Action::GoTab(Tab::Run));
    for c in "5km".chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::NextField);
    for c in "28:30".chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::Backspace);
    assert_eq!(a.run.value(RunField::Distance), "5km");
    assert_eq!(a.run.value(RunField::Duration), "28:3");
    a.update(Action::ClearField);
    assert_eq!(a.run.value(RunField::Duration), "");
    // digits and q are text here, not tab switches or quit
    a.update(Action::Input('1'));
    assert_eq!(a.tab, Tab::Run);
}

#[test]
fn kind_cycles_with_left_right_on_its_field() {
    let mut a = app();
    a.update(Action::GoTab(Tab::Run));
    for _ in 0..3 {
        a.update(Action::NextField);
    }
    assert_eq!(a.run.focused(), RunField::Kind);
    a.update(Action::Right);
    assert_eq!(a.run.value(RunField::Kind), "long");
    a.update(Action::Left);
    a.update(Action::Left);
    assert_eq!(a.run.value(RunField::Kind), "race");
}

#[test]
fn dashboard_day_moves_back_not_past_today_and_t_returns() {
    let mut a = app();
    assert_eq!(
        a.update(Action::Right),
        Vec::<Effect>::new(),
        "no future days"
    );
    assert_eq!(a.update(Action::Left), vec![Effect::Reload]);
    assert_eq!(a.day, day() - chrono::Duration::days(1));
    a.update(Action::Left);
    assert_eq!(a.update(Action::Right), vec![Effect::Reload]);
    assert_eq!(a.update(Action::Today), vec![Effect::Reload]);
    assert_eq!(a.day, day());
}

#[test]
fn midnight_moves_today_and_the_day_with_it() {
    let mut a = app();
    let next = day() + chrono::Duration::days(1);
    assert_eq!(a.update(Action::NewDay(next)), vec![Effect::Reload]);
    assert_eq!((a.today, a.day), (next, next));
    assert!(a.update(Action::NewDay(next)).is_empty());
}

#[test]
fn history_selects_filters_and_deletes_the_selected_session() {
    let mut a = app();
    a.update(Action::GoTab(Tab::History));
    assert_eq!(a.history_rows().len(), 6);
    a.update(Action::Down);
    a.update(Action::Down);
    assert_eq!(a.history.selected, 2);
    a.update(Action::End);
    assert_eq!(a.history.selected, 5);
    a.update(Action::Down);
    assert_eq!(a.history.selected, 5, "stops at the last row");
    a.update(Action::Home);
    a.update(Action::CycleFilter);
    assert_eq!(a.history.filter, KindFilter::Run);
    assert!(a.history_rows().iter().all(|s| s.is_run()));
    a.update(Action::CycleFilter);
    assert!(a.history_rows().iter().all(|s| !s.is_run()));
    let id = a.selected_session().unwrap().id;
    assert_eq!(a.update(Action::Delete), vec![Effect::Delete(id)]);
}

#[test]
fn deleted_sessions_can_be_undone_in_order() {
    let mut a = app();
    let s: Vec<Session> = sessions(day());
    let fx = a.update(Action::Done(StoreEvent::Deleted(s[0].clone())));
    assert_eq!(fx, vec![Effect::Reload]);
    a.update(Action::Done(StoreEvent::Deleted(s[1].clone())));
    assert!(a.status.as_ref().unwrap().text.contains("u to undo"));
    assert_eq!(a.update(Action::Undo), vec![Effect::Restore(s[1].clone())]);
    assert_eq!(a.update(Action::Undo), vec![Effect::Restore(s[0].clone())]);
    assert!(a.update(Action::Undo).is_empty());
}

#[test]
fn edit_opens_the_session_in_its_form() {
    let mut a = app();
    a.update(Action::GoTab(Tab::History));
    a.update(Action::Down); // the strength session
    let s = a.selected_session().unwrap().clone();
    assert!(!s.is_run());
    a.update(Action::Edit);
    assert_eq!(a.tab, Tab::Strength);
    assert_eq!(a.strength.editing.as_ref().unwrap().id, s.id);
    assert_eq!(a.strength.sets.len(), 3);
}

#[test]
fn strength_picker_filters_picks_and_rows_can_be_removed() {
    let mut a = app();
    a.update(Action::GoTab(Tab::Strength));
    assert_eq!(a.strength.focused(), StrengthField::Exercise);
    for c in "tib".chars() {
        a.update(Action::Input(c));
    }
    let c = legday::domain::Catalog::builtin();
    assert_eq!(a.strength.matches(&c)[0], "tibialis raise");
    a.update(Action::Submit);
    assert_eq!(a.strength.value(StrengthField::Exercise), "tibialis raise");
    assert_eq!(a.strength.focused(), StrengthField::Sets);
}

#[test]
fn settings_cycle_and_save_only_changes() {
    let mut a = app();
    a.update(Action::OpenSettings);
    a.update(Action::Right); // level: intermediate -> experienced
    a.update(Action::NextField);
    a.update(Action::NextField);
    a.update(Action::Right); // units -> imperial
    let fx = a.update(Action::Submit);
    let Some(Effect::SetSettings(pairs)) = fx.first() else {
        panic!("{fx:?}")
    };
    assert!(pairs.contains(&("level".into(), "experienced".into())));
    assert!(pairs.contains(&("units".into(), "imperial".into())));
    assert!(
        !pairs.iter().any(|(k, _)| k == "body_kg"),
        "70 kg shown as lb is unchanged"
    );
}

#[test]
fn a_store_failure_is_shown_not_lost() {
    let mut a = app();
    a.update(Action::Failed("database: locked".into()));
    let st = a.status.clone().unwrap();
    assert!(st.error);
    assert!(st.text.contains("locked"));
}

fn history_import_prompt() -> legday::tui::app::App {
    let mut a = app();
    a.update(Action::GoTab(Tab::History));
    assert!(
        a.update(Action::StartInput).is_empty(),
        "`i` opens, does not import"
    );
    a
}

fn type_text(a: &mut legday::tui::app::App, s: &str) {
    for c in s.chars() {
        a.update(Action::Input(c));
    }
}

#[test]
fn i_on_history_opens_an_empty_path_prompt_and_only_there() {
    let mut a = app();
    a.update(Action::GoTab(Tab::Run));
    a.update(Action::Back);
    a.update(Action::StartInput);
    assert_eq!(a.popup, None, "on a form tab `i` goes back into the fields");
    assert_eq!(a.mode(), Mode::Typing);
    let a = history_import_prompt();
    assert_eq!(a.mode(), Mode::Import);
    assert_eq!(a.popup, Some(Popup::ImportPath(ImportPrompt::default())));
}

#[test]
fn the_path_is_typed_edited_and_submitted_as_an_import_effect() {
    let mut a = history_import_prompt();
    assert!(
        a.update(Action::Submit).is_empty(),
        "nothing typed: nothing to import"
    );
    let Some(Popup::ImportPath(p)) = &a.popup else {
        panic!("{:?}", a.popup)
    };
    assert!(p.error.as_deref().unwrap().contains("type the path"));
    type_text(&mut a, "q1?x");
    a.update(Action::ClearField);
    type_text(&mut a, "~/runs/a.gpxx");
    a.update(Action::Backspace);
    assert_eq!(
        a.update(Action::Submit),
        vec![Effect::Import("~/runs/a.gpx".into())],
        "the text goes as typed: the driver expands ~"
    );
    assert_eq!(a.tab, Tab::History, "q and digits were text, not keys");
}

#[test]
fn a_failed_import_keeps_the_typed_path_and_shows_why() {
    let mut a = history_import_prompt();
    type_text(&mut a, "/nope/x.gpx");
    a.update(Action::Submit);
    a.update(Action::Failed(
        "path: no such file or folder: /nope/x.gpx".into(),
    ));
    let Some(Popup::ImportPath(p)) = &a.popup else {
        panic!("{:?}", a.popup)
    };
    assert_eq!(p.path, "/nope/x.gpx");
    assert!(p.error.as_deref().unwrap().contains("no such file"));
    // a single file that fails to read is also an error in the prompt, not a summary
    let mut one = import_summary();
    one.files.drain(..2);
    one.totals = Default::default();
    one.unmatched.clear();
    a.update(Action::Done(StoreEvent::Imported(one, Vec::new())));
    let Some(Popup::ImportPath(p)) = &a.popup else {
        panic!("{:?}", a.popup)
    };
    assert_eq!(p.path, "/nope/x.gpx");
    assert!(p.error.as_deref().unwrap().contains("truncated FIT"));
    assert!(a.status.as_ref().unwrap().error);
    a.update(Action::Input('z'));
    assert_eq!(
        a.popup,
        Some(Popup::ImportPath(ImportPrompt {
            path: "/nope/x.gpxz".into(),
            ..ImportPrompt::default()
        })),
        "typing clears the error"
    );
}

#[test]
fn the_summary_shows_counts_reasons_and_names_then_reloads_scrolls_and_closes() {
    let mut a = history_import_prompt();
    type_text(&mut a, "~/exports");
    a.update(Action::Submit);
    let fx = a.update(Action::Done(StoreEvent::Imported(
        import_summary(),
        Vec::new(),
    )));
    assert_eq!(fx, vec![Effect::Reload], "the new sessions are loaded");
    assert_eq!(a.mode(), Mode::ImportSummary);
    let Some(Popup::ImportReport(r)) = &a.popup else {
        panic!("{:?}", a.popup)
    };
    assert_eq!(
        (r.counts.added, r.counts.updated, r.counts.unchanged),
        (2, 0, 1)
    );
    assert_eq!((r.counts.skipped, r.counts.failed), (2, 1));
    // wrapping breaks lines at spaces: the words read back in order
    let all = r
        .lines
        .iter()
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ");
    for want in [
        "imported 3 sessions from 1 file: 2 new, 0 updated, 1 unchanged",
        "skipped 2:",
        "ride.tcx: a bike ride",
        "failed 1",
        "corrupt or truncated",
        "\"Hack Squat (Machine)\" (2 sets): closest back squat, leg press",
        "legday exercises map NAME EXERCISE",
    ] {
        assert!(all.contains(want), "{want:?} not in\n{all}");
    }
    assert!(r.lines.iter().all(|l| l.chars().count() <= 56), "{all}");
    let st = a.status.clone().unwrap();
    assert!(st.error && st.text.contains("1 failed"), "{st:?}");
    let n = r.lines.len();
    a.update(Action::Down);
    a.update(Action::PageDown);
    let scroll = |a: &legday::tui::app::App| match &a.popup {
        Some(Popup::ImportReport(r)) => r.scroll,
        other => panic!("{other:?}"),
    };
    assert_eq!(scroll(&a), 11.min(n - 1));
    a.update(Action::End);
    assert_eq!(scroll(&a), n - 1);
    a.update(Action::Down);
    assert_eq!(scroll(&a), n - 1, "stops at the last line");
    a.update(Action::Home);
    assert_eq!(scroll(&a), 0);
    a.update(Action::Up);
    assert_eq!(scroll(&a), 0);
    a.update(Action::Back);
    assert_eq!(a.popup, None);
    assert_eq!(a.mode(), Mode::Normal);
}
