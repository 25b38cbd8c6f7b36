//! `App::update` for every action that needs no store: the app is driven by actions alone.

mod tui_common;

use legday::domain::Session;
use legday::tui::action::{Action, Effect, Outcome, Tab};
use legday::tui::app::{KindFilter, Mode, Popup};
use legday::tui::form::run::RunField;
use legday::tui::form::strength::StrengthField;
use tui_common::*;

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
    assert_eq!(a.popup, Some(Popup::Help));
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
    let fx = a.update(Action::Done(Outcome::Deleted(s[0].clone())));
    assert_eq!(fx, vec![Effect::Reload]);
    a.update(Action::Done(Outcome::Deleted(s[1].clone())));
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
