//! The real binary in a real terminal (tmux, 100×30): log a run with keystrokes, see it on the
//! dashboard and in History, see a `legday lift` from outside within a second, quit with `q`
//! and find the shell restored. Fails, saying so, when tmux is not installed (`.ci/run`
//! installs it).

use std::path::Path;
use std::process::Command;
use std::time::Duration;

mod tmux_common;
use tmux_common::*;

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
    let name = format!("legday-e2e-{}", std::process::id());
    let ok = Command::new("tmux")
        .args(["new-session", "-d", "-s", &name, "-x", "100", "-y", "30"])
        .args(["env", "PS1=$ ", "sh"])
        .status()
        .unwrap();
    assert!(ok.success());
    let s = Session(name);
    s.wait("the shell", Duration::from_secs(5), |p| p.contains('$'));
    s.text(&format!("{BIN} --db {}", db.display()));
    s.keys(&["Enter"]);
    let slow = Duration::from_secs(10);
    s.wait("the welcome", slow, |p| p.contains("Welcome to legday"));
    assert_eq!(s.format("#{alternate_on}"), "1");

    // a run: 2, distance, Tab, duration, Enter
    s.keys(&["2"]);
    s.wait("the run form", slow, |p| p.contains("Log a run"));
    s.text("5");
    s.keys(&["Tab"]);
    s.text("30:00");
    s.keys(&["Enter"]);
    s.wait("the run on the dashboard", slow, |p| {
        p.contains("1 run · 5.0 km") && p.contains("saved")
    });
    s.keys(&["4"]);
    s.wait("the run in History", slow, |p| p.contains("5.0 km easy"));
    s.keys(&["1"]);
    s.wait("the dashboard", slow, |p| p.contains("0 lifts"));

    // another process writes; the open UI shows it within a second
    lift(&db, "back squat 3x5@80kg");
    let took = s.wait("the outside lift", Duration::from_secs(1), |p| {
        p.contains("1 lift · 3 sets")
    });
    eprintln!("outside write shown after {took:?}");

    s.keys(&["q"]);
    s.wait("the shell back", slow, |p| {
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
    s.wait("the shell to run a command", slow, |p| {
        p.contains("restored-42")
    });
}
