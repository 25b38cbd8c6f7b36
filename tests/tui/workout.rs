//! The live workout (issue 16) driven through the key map, `App::update` and the driver on a
//! real store, at Tue 1 Dec 2026 with a fixed clock: the chooser, ticks and typed edits, the
//! draft after every change, the rest timer and its bell, finishing, discarding, resuming; an
//! insta snapshot of the screen at 100×30.

use crate::common::*;
use chrono::{NaiveDateTime, NaiveTime};
use legday::domain::workout::{At, Workout};
use legday::tui::Driver;
use legday::tui::action::{Action, StoreEvent};
use legday::tui::effect::Effect;
use legday::tui::keys;
use legday::tui::keys::Mode;
use legday::tui::theme::Theme;
use legday::tui::workout::Stage;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn at(h: u32, m: u32, s: u32) -> NaiveDateTime {
    d(2026, 12, 1).and_time(NaiveTime::from_hms_opt(h, m, s).unwrap())
}

fn dec1() -> chrono::NaiveDate {
    d(2026, 12, 1)
}

fn driver() -> Driver {
    let mut d = Driver::new(lifter_store(None), dec1(), Theme::plain()).unwrap();
    d.dispatch(Action::Clock(at(18, 0, 0)));
    d
}

/// One key as a person presses it, through the key map: `"w"`, `"Enter"`, `"Space"`, `"C-s"`.
fn press(d: &mut Driver, k: &str) {
    let ev = match k {
        "Enter" => KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
        "Esc" => KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE),
        "Down" => KeyEvent::new(KeyCode::Down, KeyModifiers::NONE),
        "Left" => KeyEvent::new(KeyCode::Left, KeyModifiers::NONE),
        "Right" => KeyEvent::new(KeyCode::Right, KeyModifiers::NONE),
        "Home" => KeyEvent::new(KeyCode::Home, KeyModifiers::NONE),
        "Delete" => KeyEvent::new(KeyCode::Delete, KeyModifiers::NONE),
        "Space" => KeyEvent::new(KeyCode::Char(' '), KeyModifiers::NONE),
        c if c.starts_with("C-") => KeyEvent::new(
            KeyCode::Char(c.chars().nth(2).unwrap()),
            KeyModifiers::CONTROL,
        ),
        c => KeyEvent::new(KeyCode::Char(c.chars().next().unwrap()), KeyModifiers::NONE),
    };
    if let Some(a) = keys::key(ev, d.app.mode(), d.app.tab) {
        d.dispatch(a);
    }
}

fn keys(d: &mut Driver, ks: &[&str]) {
    for k in ks {
        press(d, k);
    }
}

fn live(d: &Driver) -> &Workout {
    d.app.workout.as_ref().unwrap().workout.as_ref().unwrap()
}

#[test]
fn the_suggested_session_ticked_off_in_19_keys() {
    let mut d = driver();
    keys(&mut d, &["w", "Enter"]);
    assert_eq!(d.app.mode(), Mode::Workout);
    let w = live(&d);
    assert_eq!(w.exercises.len(), 5);
    assert_eq!(w.rows().len(), 15);
    for i in 0..15 {
        d.dispatch(Action::Clock(at(18, 2 + 3 * i, 0)));
        press(&mut d, "Space");
    }
    d.dispatch(Action::Clock(at(18, 50, 20)));
    keys(&mut d, &["C-s", "Enter"]);
    // w, Enter, 15 × Space, Ctrl-S, Enter
    assert!(d.app.workout.is_none());
    assert!(d.store.load_draft().unwrap().is_none(), "the draft is gone");
    let s = d.store.last_strength().unwrap().unwrap();
    assert_eq!(s.date, dec1());
    // the first tick at 18:02; 18:02:00 to 18:50:20 is 48 min 20 s: 48 minutes
    assert_eq!(s.time, Some(NaiveTime::from_hms_opt(18, 2, 0).unwrap()));
    let st = s.strength().unwrap();
    assert_eq!(st.minutes, Some(48.0));
    assert_eq!(st.sets.len(), 15);
    assert_eq!(st.sets[0].weight_kg, Some(105.0), "the prescribed weight");
    assert_eq!(st.sets[3].exercise, "romanian deadlift");
    assert_eq!(st.sets[3].weight_kg, Some(72.5));
    assert_eq!(s.rpe, None, "Enter keeps the default RPE");
    let status = d.app.status.as_ref().unwrap();
    assert!(status.text.starts_with("saved: 15 sets"), "{}", status.text);
    // 5 × 105 kg beats last time's 5 × 100 kg: announced as the Strength form does
    assert!(status.text.contains("PR: back squat"), "{}", status.text);
}

#[test]
fn every_change_is_saved_as_the_draft_and_counts_nowhere() {
    let mut d = driver();
    keys(&mut d, &["w", "Enter", "Space"]);
    assert_eq!(d.store.load_draft().unwrap().as_ref(), Some(live(&d)));
    // typed first: 4 reps at 102.5 kg, RIR 1
    for k in ["4", "@", "1", "0", "2", ".", "5", " ", "r", "1", "Enter"] {
        press(&mut d, k);
    }
    let row = live(&d)
        .row(At {
            exercise: 0,
            set: 1,
        })
        .unwrap()
        .done
        .unwrap();
    assert_eq!(
        (row.reps, row.weight_kg, row.rir),
        (4, Some(102.5), Some(1))
    );
    // + adds a fourth squat set, x skips it (the focus moves on to the deadlift), ] lengthens
    // the deadlift's rest
    keys(&mut d, &["+", "x", "]"]);
    let w = live(&d).clone();
    assert_eq!(w.exercises[0].sets.len(), 4);
    assert!(w.exercises[0].sets[3].skipped);
    assert_eq!(w.exercises[1].rest_s, 135);
    // w marks the focused set (the deadlift's first) as a warm-up
    press(&mut d, "w");
    assert!(live(&d).exercises[1].sets[0].warmup);
    assert_eq!(d.store.load_draft().unwrap().as_ref(), Some(live(&d)));
    // a adds an exercise from the catalog
    for k in ["a", "c", "u", "r", "l", "Enter"] {
        press(&mut d, k);
    }
    assert_eq!(live(&d).exercises.last().unwrap().name, "biceps curl");
    assert_eq!(d.store.load_draft().unwrap().as_ref(), Some(live(&d)));
    assert_eq!(d.store.count().unwrap(), 2, "not a session until finished");
    // a typo says what is accepted and keeps the draft as it was
    keys(&mut d, &["Down", "8", "@", "k", "Enter"]);
    let e = d.app.workout.as_ref().unwrap().error.clone().unwrap();
    assert!(e.contains("weight"), "{e}");
}

#[test]
fn a_typed_set_and_the_picker_query_edit_at_the_cursor() {
    let mut d = driver();
    keys(&mut d, &["w", "Enter"]);
    // 8@105, Home, Delete, 6: six reps at 105 kg, the cursor drawn after the 6
    keys(&mut d, &["8", "@", "1", "0", "5", "Home", "Delete", "6"]);
    assert_eq!(d.app.workout.as_ref().unwrap().typed, "6@105");
    let t = text(&render(&d.app, 100, 30));
    assert!(t.contains("set: 6▏@105 Enter ticks"), "{t}");
    press(&mut d, "Enter");
    let first = At {
        exercise: 0,
        set: 0,
    };
    let done = live(&d).row(first).unwrap().done.unwrap();
    assert_eq!((done.reps, done.weight_kg), (6, Some(105.0)));
    // the picker: "crul", ← ← ←, Delete drops the r, → and r: "curl"
    keys(&mut d, &["a", "c", "r", "u", "l", "Left", "Left", "Left"]);
    keys(&mut d, &["Delete", "Right", "r"]);
    let t = text(&render(&d.app, 100, 30));
    assert!(t.contains("Exercise: cur▏l"), "{t}");
    press(&mut d, "Enter");
    assert_eq!(live(&d).exercises.last().unwrap().name, "biceps curl");
}

#[test]
fn the_rest_timer_counts_down_and_rings_once_at_zero() {
    let mut d = driver();
    keys(&mut d, &["w", "Enter", "Space"]);
    let mut app = d.app.clone();
    // back squat: 2:00; 45 s later 1:15 is left
    app.update(Action::Clock(at(18, 0, 45)));
    let t = text(&render(&app, 100, 30));
    assert!(t.contains("Rest 1:15 of 2:00"), "{t}");
    assert!(app.update(Action::Clock(at(18, 1, 59))).is_empty());
    assert_eq!(app.update(Action::Clock(at(18, 2, 0))), vec![Effect::Bell]);
    assert!(app.update(Action::Clock(at(18, 2, 1))).is_empty(), "once");
    // with rest_bell off, no bell
    d.store.set_setting("rest_bell", "off").unwrap();
    d.dispatch(Action::Done(StoreEvent::Loaded(Box::new(
        legday::tui::data::Data::load(&d.store, d.app.day).unwrap(),
    ))));
    press(&mut d, "Space");
    assert!(d.app.update(Action::Clock(at(18, 5, 0))).is_empty());
}

#[test]
fn discard_asks_first_and_leaves_nothing() {
    let mut d = driver();
    keys(&mut d, &["w", "Enter", "Space", "q"]);
    assert_eq!(d.app.workout.as_ref().unwrap().stage, Stage::ConfirmDiscard);
    // Enter (the tick key) does not discard: only y does
    press(&mut d, "Enter");
    assert_eq!(d.app.workout.as_ref().unwrap().stage, Stage::ConfirmDiscard);
    press(&mut d, "n");
    assert_eq!(d.app.workout.as_ref().unwrap().stage, Stage::Live);
    keys(&mut d, &["Esc", "y"]);
    assert!(d.app.workout.is_none());
    assert!(d.store.load_draft().unwrap().is_none());
    assert_eq!(d.store.count().unwrap(), 2);
}

#[test]
fn a_draft_found_at_start_resumes_or_when_stale_is_saved_to_its_last_tick() {
    let mut d = driver();
    keys(&mut d, &["w", "Enter", "Space", "Space"]);
    let w = live(&d).clone();
    let store = std::mem::replace(&mut d.store, lifter_store(None));
    let mut again = Driver::new(store, dec1(), Theme::plain()).unwrap();
    again.dispatch(Action::Clock(at(19, 0, 0)));
    let t = text(&render(&again.app, 100, 30));
    assert!(
        t.contains("Resume the workout started 18:00? (2 sets ticked)"),
        "{t}"
    );
    // the question stays until answered: a new workout would replace the draft
    keys(&mut again, &["Esc", "w", "q"]);
    assert_eq!(again.app.workout.as_ref().unwrap().stage, Stage::Resume);
    press(&mut again, "Enter");
    assert_eq!(live(&again).exercises, w.exercises);
    assert_eq!(live(&again).started, w.started);
    // the next set to tick is the third squat
    assert_eq!(
        again.app.workout.as_ref().unwrap().focus,
        At {
            exercise: 0,
            set: 2
        }
    );
    // 12 hours after the start: save or drop
    let store = std::mem::replace(&mut again.store, lifter_store(None));
    let mut late = Driver::new(store, dec1(), Theme::plain()).unwrap();
    late.dispatch(Action::Clock(at(23, 59, 0) + chrono::Duration::hours(7)));
    let t = text(&render(&late.app, 100, 30));
    assert!(t.contains("s saves it"), "{t}");
    keys(&mut late, &["s", "Enter"]);
    let s = late.store.last_strength().unwrap().unwrap();
    assert_eq!(s.strength().unwrap().sets.len(), 2);
    assert_eq!(s.strength().unwrap().minutes, Some(1.0), "to its last tick");
}

#[test]
fn the_workout_screen_at_100x30() {
    let mut d = driver();
    keys(&mut d, &["w", "Enter"]);
    for (i, k) in ["Space", "Space", "Space", "Space"].iter().enumerate() {
        d.dispatch(Action::Clock(at(18, 5 + 3 * i as u32, 0)));
        press(&mut d, k);
    }
    keys(&mut d, &["6", "@", "7", "5"]);
    d.dispatch(Action::Clock(at(18, 14, 50)));
    insta::assert_snapshot!(text(&render(&d.app, 100, 30)));
}

#[test]
fn every_stage_draws_at_every_size_without_panicking() {
    let mut d = driver();
    keys(&mut d, &["w"]);
    let chooser = d.app.clone();
    keys(&mut d, &["Enter", "Space", "8", "@"]);
    let live = d.app.clone();
    let mut stages = vec![chooser, live.clone()];
    for k in ["a", "C-s", "q", "?"] {
        let mut dd = driver();
        dd.app = live.clone();
        keys(&mut dd, &["Esc", k]);
        stages.push(dd.app.clone());
    }
    for app in &stages {
        for w in (1..=140).step_by(7) {
            for h in (1..=50).step_by(3) {
                render(app, w, h);
            }
        }
    }
}

/// §9 and issue 16's sanity check, in the live workout as in the Strength form: a set typed
/// far beyond the exercise's best asks first at `Ctrl-S`; `Ctrl-S` again finishes as ticked.
#[test]
fn a_set_far_beyond_the_best_asks_before_the_finish() {
    let mut d = driver();
    keys(&mut d, &["w", "Enter"]);
    let first = live(&d).exercises[0].name.clone();
    // the first set typed at ten times a plausible weight (a typo: 1000 for 100)
    for c in "5@1000".chars() {
        press(&mut d, &c.to_string());
    }
    press(&mut d, "Enter");
    assert!(
        live(&d)
            .done_sets()
            .iter()
            .any(|s| s.weight_kg == Some(1000.0))
    );
    press(&mut d, "C-s");
    let w = d.app.workout.as_ref().unwrap();
    assert_eq!(w.stage, Stage::Live, "not finished yet");
    let said = w.error.clone().unwrap_or_default();
    assert!(
        said.contains(&first) && said.contains("Ctrl-S again"),
        "{said}"
    );
    // the same sets again: the RPE question, then saved as ticked
    keys(&mut d, &["C-s", "Enter"]);
    assert!(d.app.workout.is_none());
    let h = d.store.list(&Default::default()).unwrap();
    let sets = h[0].strength().unwrap().sets.clone();
    assert!(sets.iter().any(|s| s.weight_kg == Some(1000.0)), "{sets:?}");
}
