//! Issue 16's fields that edit like text, in a real terminal (tmux): a typed distance edited in
//! the middle with ← and Delete, then with Home and →, saved and read back with `history
//! --json`; Alt-3 and Alt-2 switch tabs while a field has focus, typing nothing. Fails, saying
//! so, when tmux is not installed.

use crate::tmux::{cli, require_tmux, start_ui};
use serde_json::Value;

/// The Distance row of the Run form as shown.
fn distance_row(p: &str) -> &str {
    p.lines()
        .find(|l| l.contains("Distance"))
        .unwrap_or_default()
}

#[test]
fn editing_the_middle_of_a_typed_distance_with_left_and_delete() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fields.sqlite3");
    let s = start_ui("fields", &db, 100, 30);
    // a new database asks the first-start questions (tests/tui/tmux_onboard.rs): skipped
    s.wait("the first-start questions", |p| {
        p.contains("a few questions first")
    });
    s.keys(&["Escape"]);
    s.wait("them skipped", |p| p.contains("skipped"));
    s.keys(&["2"]);
    s.wait("the run form", |p| p.contains("Log a run"));
    s.text("10.5");
    s.wait("the distance typed", |p| distance_row(p).contains("10.5▏"));

    // ← ← puts the cursor on the "." (the character under it, drawn reversed): Delete removes
    // it and 2 goes in its place, so the keys give 1025, not 12.5
    s.keys(&["Left", "Left", "Delete"]);
    s.wait("the . deleted", |p| distance_row(p).contains(" 105"));
    s.text("2");
    s.wait("2 typed at the cursor", |p| {
        distance_row(p).contains(" 1025")
    });

    // Alt-3 and Alt-2 switch tabs while the field has focus; the digits are not typed
    s.keys(&["M-3"]);
    s.wait("the strength form", |p| {
        p.contains("Log a strength session")
    });
    s.keys(&["M-2"]);
    s.wait("the run form again, as left", |p| {
        p.contains("Log a run") && distance_row(p).contains(" 1025 ")
    });

    // 1025 km is refused (as the command line refuses it) and kept for fixing
    s.keys(&["Tab"]);
    s.text("50:00");
    s.keys(&["Enter"]);
    s.wait("the refusal", |p| {
        p.contains("not saved") && p.contains("1000 km")
    });
    assert_eq!(cli(&db, &["history", "--json"]).trim(), "[]");

    // the refusal puts the focus back on Distance, cursor at its end: Home → Delete drops the
    // 0, → steps over the 2, and . goes in: 12.5
    s.keys(&["Home", "Right", "Delete", "Right"]);
    s.text(".");
    s.wait("12.5", |p| distance_row(p).contains(" 12.5"));
    s.keys(&["Enter"]);
    s.wait("the run's summary", |p| p.contains("Run summary"));
    s.keys(&["Escape"]);
    s.quit();

    let h: Value = serde_json::from_str(&cli(&db, &["history", "--json"])).unwrap();
    let runs = h.as_array().unwrap();
    assert_eq!(runs.len(), 1, "{h}");
    assert_eq!(runs[0]["run"]["distance_m"], 12500.0);
    assert_eq!(runs[0]["run"]["duration_s"], 3000.0);
}
