//! Keystroke counts of the daily loop, measured by driving real key events through the key map
//! and `App::update` (the figures the README quotes): a repeated session in ≤ 3 keys, a
//! five-exercise session of known exercises in ≤ 30.

use crate::common::*;
use legday::domain::{Session, SetEntry, Strength};
use legday::tui::app::App;
use legday::tui::effect::Effect;
use legday::tui::keys;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// One key as a person presses it: `"3"`, `"Enter"`, `"C-r"`, or a plain character.
fn press(app: &mut App, k: &str) -> Vec<Effect> {
    let ev = match k {
        "Enter" => KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
        "Tab" => KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE),
        c if c.starts_with("C-") => KeyEvent::new(
            KeyCode::Char(c.chars().nth(2).unwrap()),
            KeyModifiers::CONTROL,
        ),
        c => KeyEvent::new(KeyCode::Char(c.chars().next().unwrap()), KeyModifiers::NONE),
    };
    match keys::key(ev, app.mode(), app.tab) {
        Some(a) => app.update(a),
        None => Vec::new(),
    }
}

/// Presses every key in order; returns the effects of the last and how many keys it took.
fn drive(app: &mut App, keys: &[&str]) -> (Vec<Effect>, usize) {
    let mut last = Vec::new();
    for k in keys {
        last = press(app, k);
    }
    (last, keys.len())
}

/// A known session: five exercises with their sets, two days ago.
fn known() -> Session {
    let set = |name: &str, reps, kg: Option<f64>| SetEntry::new(name, reps, kg);
    let mut sets = vec![set("back squat", 5, Some(100.0)); 3];
    sets.extend(vec![set("romanian deadlift", 8, Some(70.0)); 3]);
    sets.extend(vec![set("standing calf raise", 12, Some(40.0)); 3]);
    sets.extend(vec![set("tibialis raise", 20, None); 2]);
    sets.extend(vec![set("nordic curl", 5, None); 2]);
    let mut s = Session::new_strength(
        day() - chrono::Duration::days(2),
        Strength {
            minutes: None,
            sets,
        },
    );
    s.id = 1;
    s
}

fn app() -> App {
    app_with(quiet_report(day()), vec![known()])
}

fn saved_sets(effects: &[Effect]) -> Vec<SetEntry> {
    match effects {
        [Effect::Insert(s)] => s.strength().unwrap().sets.clone(),
        other => panic!("not saved: {other:?}"),
    }
}

#[test]
fn a_repeated_session_takes_three_keys() {
    let mut a = app();
    let (eff, n) = drive(&mut a, &["3", "C-r", "C-s"]);
    assert_eq!(saved_sets(&eff), known().strength().unwrap().sets);
    eprintln!("repeat: {n} keys");
    assert!(n <= 3);
}

#[test]
fn five_known_exercises_take_at_most_thirty_keys() {
    let mut a = app();
    let mut keys = vec!["3"];
    // a few letters, Enter to pick, Enter to take the last sets offered
    for prefix in ["squ", "rdl", "calf", "tib", "nor"] {
        keys.extend(prefix.split("").filter(|c| !c.is_empty()));
        keys.extend(["Enter", "Enter"]);
    }
    keys.push("C-s");
    let (eff, n) = drive(&mut a, &keys);
    assert_eq!(saved_sets(&eff), known().strength().unwrap().sets);
    eprintln!("five known exercises: {n} keys");
    assert!(n <= 30, "{n} keys");
}
