//! Issue 16's first start and custom exercises through the real binary in a real terminal
//! (tmux, 100×30): a new database asks the first-start questions, the answers are what
//! `legday settings` then shows; `Esc` skips them and the next start does not ask again; an
//! exercise added from the Strength picker is what `legday exercises` lists.

use crate::tmux::{BIN, Tmux, cli, require_tmux};
use std::path::Path;

/// The UI on `db` (at `LEGDAY_TODAY=2026-12-01`), once its first screen shows.
fn open(tag: &str, db: &Path) -> Tmux {
    let s = Tmux::shell(tag, 100, 30, &["LEGDAY_TODAY=2026-12-01"]);
    s.line(&format!("{BIN} --db {}", db.display()));
    s.wait("the UI", |p| p.contains("Dashboard"));
    s
}

/// The value `legday settings` shows for `key`.
fn setting(out: &str, key: &str) -> String {
    out.lines()
        .find_map(|l| {
            let (k, v) = l.split_once(' ')?;
            (k == key).then(|| v.trim().to_string())
        })
        .unwrap_or_else(|| panic!("no {key} in:\n{out}"))
}

#[test]
fn tmux_a_first_start_answered_is_what_legday_settings_shows() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.sqlite3");
    let s = open("first", &db);
    s.wait("the first-start questions", |p| {
        p.contains("a few questions first") && p.contains("› Units")
    });
    // imperial, 165 lb, beginner, 188 bpm, 4 runs and 2 lifts a week
    s.keys(&["i", "Tab", "C-u"]);
    s.text("165");
    s.keys(&["Tab", "b", "Tab"]);
    s.text("188");
    s.keys(&["Tab", "C-u"]);
    s.text("4");
    s.keys(&["Tab", "C-u"]);
    s.text("2");
    s.wait("the answers typed", |p| {
        p.contains("165 lb") && p.contains("beginner") && p.contains("› Lift days      2")
    });
    s.keys(&["Enter"]);
    s.wait("the answers saved", |p| {
        p.contains("saved: s (settings) changes them any time")
    });
    s.quit();
    let out = cli(&db, &["settings"]);
    assert_eq!(setting(&out, "units"), "imperial");
    assert_eq!(setting(&out, "body_kg"), "165 lb");
    assert_eq!(setting(&out, "level"), "beginner");
    assert_eq!(setting(&out, "hr_max"), "188");
    assert_eq!(setting(&out, "run_days"), "4");
    assert_eq!(setting(&out, "lift_days"), "2");
    assert_eq!(setting(&out, "first_start"), "done");
}

#[test]
fn tmux_esc_skips_the_first_start_and_the_next_start_does_not_ask() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("skip.sqlite3");
    let s = open("skip", &db);
    s.wait("the first-start questions", |p| {
        p.contains("a few questions first")
    });
    s.keys(&["Escape"]);
    s.wait("the skip said", |p| {
        p.contains("skipped: s (settings) asks the same any time")
            && !p.contains("a few questions first")
    });
    s.quit();
    assert_eq!(setting(&cli(&db, &["settings"]), "first_start"), "done");
    assert_eq!(setting(&cli(&db, &["settings"]), "units"), "metric");
    // the next start opens on the dashboard's welcome, nothing asked; a key acts at once
    let again = open("skip-again", &db);
    again.wait("the welcome", |p| {
        p.contains("press s (settings) to set them")
    });
    again.keys(&["2"]);
    again.wait("the run form", |p| p.contains("Log a run"));
    assert!(!again.pane().contains("a few questions first"));
    again.quit();
}

#[test]
fn tmux_an_exercise_added_from_the_picker_is_what_legday_exercises_lists() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ex.sqlite3");
    cli(&db, &["lift", "back squat 3x5@80kg"]);
    let s = open("exercise", &db);
    s.keys(&["3"]);
    s.wait("the strength form", |p| {
        p.contains("Log a strength session")
    });
    s.text("Kniebeuge");
    s.wait("the add row", |p| p.contains("+ add «Kniebeuge»"));
    s.keys(&["Enter"]);
    s.wait("the mapping form", |p| {
        p.contains("New exercise") && p.contains("Closest in the catalog")
    });
    // quads primary, glutes secondary, then add it
    s.keys(&["p", "Down", "s", "Enter"]);
    s.wait("the exercise picked", |p| {
        p.contains("added Kniebeuge: quads 1, glutes 0.5")
    });
    s.text("3x8@100");
    s.keys(&["Enter"]);
    s.wait("its sets in the rows", |p| {
        p.lines()
            .any(|l| l.contains("Kniebeuge") && l.contains(" 3 ") && l.contains("100"))
    });
    s.keys(&["C-s"]);
    s.wait("the session saved", |p| p.contains("saved"));
    s.quit();
    let out = cli(&db, &["exercises"]);
    let line = out
        .lines()
        .find(|l| l.starts_with("Kniebeuge"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("quads 1, glutes 0.5  (yours)"), "{line}");
    // the session saved holds its three sets
    let store = legday::store::Store::open(&db).unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let sessions = store.sessions_between(day, day).unwrap();
    let sets: Vec<_> = sessions
        .iter()
        .filter_map(|x| x.strength())
        .flat_map(|st| st.sets.iter())
        .filter(|e| e.exercise == "Kniebeuge")
        .collect();
    assert_eq!(sets.len(), 3, "{sessions:?}");
    assert_eq!((sets[0].reps, sets[0].weight_kg), (8, Some(100.0)));
}
