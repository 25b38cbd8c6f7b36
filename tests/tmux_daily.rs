//! The daily loop in a real terminal (tmux): `3`, `Ctrl-R`, `Ctrl-S` logs the last lift again; a
//! pasted "5\n28:00\n" stores nothing by itself; an imported run opened for edit and saved with
//! `Enter` is byte-identical in `history --json`; an imperial user's Run tab shows no km or kg.
//! Fails, saying so, when tmux is not installed.

mod tmux_common;

use serde_json::Value;
use std::time::Duration;
use tmux_common::*;

const SLOW: Duration = Duration::from_secs(10);

fn history(db: &std::path::Path) -> Vec<Value> {
    serde_json::from_str::<Value>(&cli(db, &["history", "--json"]))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn three_keys_log_the_last_lift_again() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("repeat.sqlite3");
    cli(
        &db,
        &[
            "lift",
            "--date",
            "-2",
            "back squat 3x5@100kg",
            "RDL 2x8@70kg rir2",
            "tib raise 2x20",
        ],
    );
    let s = start_ui("repeat", &db, 100, 30);
    s.keys(&["3", "C-r", "C-s"]);
    s.wait("the saved lift", SLOW, |p| p.contains("saved"));
    s.quit();
    let h = history(&db);
    assert_eq!(h.len(), 2);
    assert_eq!(h[0]["date"], "2026-12-01");
    assert_eq!(h[1]["date"], "2026-11-29");
    assert_eq!(h[0]["sets"], h[1]["sets"]);
    assert_ne!(h[0]["uuid"], h[1]["uuid"]);
}

#[test]
fn a_paste_with_newlines_stores_nothing_by_itself() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("paste.sqlite3");
    cli(&db, &["settings", "level", "beginner"]);
    let s = start_ui("paste", &db, 100, 30);
    s.keys(&["2"]);
    s.wait("the run form", SLOW, |p| p.contains("Log a run"));
    s.paste("5\n28:00\n");
    s.wait("the pasted text in the field", SLOW, |p| {
        p.contains("5 28:00")
    });
    std::thread::sleep(Duration::from_millis(1200));
    let p = s.pane();
    assert!(p.contains("Log a run"), "{p}");
    assert!(!p.contains("saved"), "{p}");
    assert!(history(&db).is_empty(), "a paste saved a run");
    s.keys(&["C-u"]);
    s.quit();
    assert!(history(&db).is_empty());
}

#[test]
fn an_imported_run_saved_unchanged_is_byte_identical() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("edit.sqlite3");
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/garmin-activity.gpx"
    );
    cli(&db, &["import", fixture]);
    let before = cli(&db, &["history", "--json"]);
    let s = start_ui("edit", &db, 100, 30);
    s.keys(&["4"]);
    s.wait("History", SLOW, |p| p.contains("km"));
    s.keys(&["e"]);
    s.wait("the edit form", SLOW, |p| p.contains("Edit run"));
    s.keys(&["Enter"]);
    s.wait("the update", SLOW, |p| p.contains("updated"));
    s.quit();
    assert_eq!(cli(&db, &["history", "--json"]), before);
}

#[test]
fn an_imperial_run_tab_speaks_miles_and_pounds() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("imperial.sqlite3");
    cli(&db, &["settings", "units", "imperial"]);
    cli(
        &db,
        &[
            "run",
            "--distance",
            "3.1mi",
            "--duration",
            "30:00",
            "--vest",
            "10lb",
        ],
    );
    let s = start_ui("imperial", &db, 100, 30);
    s.keys(&["2"]);
    s.wait("the run form", SLOW, |p| p.contains("Log a run"));
    s.text("3.1");
    s.keys(&["Tab"]);
    s.text("28:00");
    s.wait("the preview", SLOW, |p| p.contains("/mi"));
    let p = s.pane();
    assert!(p.contains("mi"), "{p}");
    for metric in ["km", "kg"] {
        assert!(!p.contains(metric), "{metric} on an imperial Run tab:\n{p}");
    }
    s.quit();
}
