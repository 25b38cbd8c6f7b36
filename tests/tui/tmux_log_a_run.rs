//! The real binary in a real terminal (tmux, 100×30): log a run with keystrokes, see it on the
//! dashboard and in History, see a `legday lift` from outside appear on the open dashboard
//! (without a key pressed), quit with `q` and find the shell restored. Fails, saying so, when
//! tmux is not installed (`.ci/run` installs it).

use crate::tmux::{BIN, Tmux, require_tmux};
use std::path::Path;
use std::process::Command;

fn lift(db: &Path, set: &str) {
    let out = Command::new(BIN)
        .arg("--db")
        .arg(db)
        .args(["lift", set])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn log_a_run_see_an_outside_lift_and_quit_cleanly() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e2e.sqlite3");
    let s = Tmux::shell("e2e", 100, 30, &[]);
    s.line(&format!("{BIN} --db {}", db.display()));
    s.wait("the welcome", |p| p.contains("Welcome to legday"));
    assert_eq!(s.format("#{alternate_on}"), "1");
    // a new database asks the first-start questions (tests/tui/tmux_onboard.rs): skipped
    s.wait("the first-start questions", |p| {
        p.contains("a few questions first")
    });
    s.keys(&["Escape"]);
    s.wait("them skipped", |p| p.contains("skipped"));

    // a run: 2, distance, Tab, duration, Enter
    s.keys(&["2"]);
    s.wait("the run form", |p| p.contains("Log a run"));
    s.text("5");
    s.keys(&["Tab"]);
    s.text("30:00");
    s.keys(&["Enter"]);
    // its summary shows first (tests/tui/tmux_summary.rs); Esc closes it
    s.wait("the run's summary", |p| {
        p.contains("Run summary") && p.contains("saved")
    });
    s.keys(&["Escape"]);
    s.wait("the run on the dashboard", |p| {
        p.contains("1 run · 5.0 km") && p.contains("saved")
    });
    s.keys(&["4"]);
    s.wait("the run in History", |p| p.contains("5.0 km easy"));
    s.keys(&["1"]);
    s.wait("the dashboard", |p| p.contains("0 lifts"));

    // another process writes; the open UI shows it by itself, no key pressed (how soon is the
    // tick's business, not this test's)
    lift(&db, "back squat 3x5@80kg");
    s.wait("the outside lift", |p| p.contains("1 lift · 3 sets"));

    s.keys(&["q"]);
    s.wait("the shell back", |p| {
        !p.contains("Dashboard") && p.contains("e2e.sqlite3")
    });
    assert_eq!(
        s.format("#{alternate_on}"),
        "0",
        "left the alternate screen"
    );
    assert_eq!(s.format("#{cursor_flag}"), "1", "cursor visible again");
    // raw mode is off: a typed line echoes and runs
    s.text("echo restored-$((40+2))");
    s.keys(&["Enter"]);
    s.wait("the shell to run a command", |p| p.contains("restored-42"));
}
