//! The terminal is given back after the UI is killed (SIGTERM) or panics, in a real terminal:
//! tmux on a private server (the `tmux` harness), 100×30. These tests fail, saying so, when
//! tmux is missing (CI installs it: `.ci/run`).
//!
//! SIGTERM runs the real `legday` UI. For the panic there is no test-only trigger in the UI, so
//! the panic test re-runs this test binary as the child (`panic_child`, ignored on its own),
//! which takes the terminal with `legday::tui::terminal::enter` (the function `legday::tui::run`
//! uses, with legday's panic hook), draws, and panics.

use crate::tmux::{BIN, PATIENCE, Tmux, wait_for_file};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn sigterm_restores_the_terminal() {
    let t = Tmux::shell("term", 100, 30, &[]);
    let dir = tempfile::tempdir().unwrap();
    let (db, pidfile) = (dir.path().join("t.sqlite3"), dir.path().join("pid"));
    t.line(&format!(
        "sh -c 'echo $$ > {}; exec {BIN} --db {}'; echo exit=$?",
        pidfile.display(),
        db.display()
    ));
    t.wait("the dashboard", |p| p.contains("Welcome to legday"));
    assert_eq!(t.format("#{alternate_on}"), "1");
    let pid = wait_for_file(&pidfile);
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    t.wait("the shell back", |p| {
        p.lines().any(|l| l.starts_with("exit="))
    });
    let p = t.pane();
    assert!(p.contains("exit=0"), "a clean exit after SIGTERM:\n{p}");
    assert!(!p.contains("Welcome to legday"), "UI left on screen:\n{p}");
    t.assert_restored();
}

/// When the terminal goes away (tmux killed, ssh dropped) the UI exits instead of spinning on
/// the dead tty.
#[test]
fn hangup_ends_the_ui() {
    let t = Tmux::shell("hup", 100, 30, &[]);
    let dir = tempfile::tempdir().unwrap();
    let (db, pidfile) = (dir.path().join("h.sqlite3"), dir.path().join("pid"));
    t.line(&format!(
        "sh -c 'echo $$ > {}; exec {BIN} --db {}'",
        pidfile.display(),
        db.display()
    ));
    t.wait("the dashboard", |p| p.contains("Welcome to legday"));
    let pid = wait_for_file(&pidfile);
    drop(t); // kills the tmux server: the pane's terminal hangs up
    let t0 = Instant::now();
    while Path::new(&format!("/proc/{pid}")).exists() {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        if stat.split(' ').nth(2) == Some("Z") {
            break; // exited, waiting to be reaped
        }
        assert!(
            t0.elapsed() < PATIENCE,
            "legday still running {PATIENCE:?} after the hangup"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn panic_restores_the_terminal() {
    let t = Tmux::shell("panic", 100, 30, &[]);
    let dir = tempfile::tempdir().unwrap();
    let go = dir.path().join("go");
    let me = std::env::current_exe().unwrap();
    t.line(&format!(
        "RUST_BACKTRACE=0 PANIC_CHILD_GO={} {} --exact tmux_restore::panic_child --ignored --nocapture --test-threads=1; echo exit=$?",
        go.display(),
        me.display()
    ));
    t.wait("the child's frame", |p| p.contains("panic child drawn"));
    assert_eq!(t.format("#{alternate_on}"), "1");
    std::fs::write(&go, "").unwrap();
    t.wait("the shell back", |p| {
        p.lines().any(|l| l.starts_with("exit="))
    });
    let p = t.pane();
    assert!(
        p.contains("deliberate panic"),
        "the panic message is readable:\n{p}"
    );
    assert!(p.contains("exit=101"), "{p}");
    t.assert_restored();
}

/// Started by `panic_restores_the_terminal` inside tmux (ignored on its own: it panics on
/// purpose): takes the terminal as `legday::tui::run` does, draws one frame, and panics once
/// the parent says so.
#[test]
#[ignore = "the child of panic_restores_the_terminal; panics on purpose"]
fn panic_child() {
    let go = std::env::var_os("PANIC_CHILD_GO").expect("PANIC_CHILD_GO: the file to wait for");
    let mut terminal = legday::tui::terminal::enter();
    terminal
        .draw(|f| {
            let text = ratatui::text::Text::raw("panic child drawn");
            f.render_widget(text, f.area());
        })
        .unwrap();
    while !Path::new(&go).exists() {
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("deliberate panic inside the UI loop");
}
