//! The terminal is given back after the UI is killed (SIGTERM) or panics, in a real terminal:
//! tmux on a private server, 100×30. These tests fail, saying so, when tmux is missing (CI
//! installs it: `.ci/run`).
//!
//! SIGTERM runs the real `legday` UI. For the panic there is no test-only trigger in the UI, so
//! the panic test re-runs this test binary as the child (`panic_child`, ignored on its own),
//! which takes the terminal with `legday::tui::terminal::enter` (the function `legday::tui::run`
//! uses, with legday's panic hook), draws, and panics.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_legday");
const SLOW: Duration = Duration::from_secs(15);

/// A tmux server of our own with one 100×30 session running `sh`; killed on drop.
struct Tmux {
    socket: String,
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]).status();
    }
}

impl Tmux {
    fn start(tag: &str) -> Tmux {
        let ok = Command::new("tmux").arg("-V").output();
        assert!(
            ok.is_ok_and(|o| o.status.success()),
            "this test checks the terminal in tmux, which is not installed; install it \
             (`.ci/run` does) and run the tests again"
        );
        let t = Tmux {
            socket: format!("legday-{tag}-{}", std::process::id()),
        };
        let ok = t
            .cmd(&["new-session", "-d", "-s", "t", "-x", "100", "-y", "30"])
            .args(["env", "PS1=$ ", "sh"])
            .status()
            .unwrap();
        assert!(ok.success());
        t.wait("the shell", |p| p.contains('$'));
        t
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket]).args(args);
        c
    }

    /// Types `line` literally, then Enter.
    fn line(&self, line: &str) {
        assert!(
            self.cmd(&["send-keys", "-l", "-t", "t", line])
                .status()
                .unwrap()
                .success()
        );
        assert!(
            self.cmd(&["send-keys", "-t", "t", "Enter"])
                .status()
                .unwrap()
                .success()
        );
    }

    fn pane(&self) -> String {
        let out = self
            .cmd(&["capture-pane", "-p", "-t", "t"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn format(&self, f: &str) -> String {
        let out = self
            .cmd(&["display-message", "-p", "-t", "t", f])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) {
        let t0 = Instant::now();
        loop {
            let p = self.pane();
            if ok(&p) {
                return;
            }
            assert!(
                t0.elapsed() < SLOW,
                "waited {SLOW:?} for {what}; the pane:\n{p}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The shell is back: main screen, cursor shown, and a typed command echoes and runs.
    fn assert_restored(&self) {
        assert_eq!(
            self.format("#{alternate_on}"),
            "0",
            "left the alternate screen"
        );
        assert_eq!(self.format("#{cursor_flag}"), "1", "cursor visible again");
        self.line("echo restored-$((40+2))");
        self.wait("a typed command to run", |p| p.contains("restored-42"));
        self.line("echo typed-text");
        self.wait("typed text echoed", |p| p.contains("echo typed-text"));
    }
}

fn wait_for_file(p: &Path) -> String {
    let t0 = Instant::now();
    loop {
        if let Ok(s) = std::fs::read_to_string(p)
            && s.ends_with('\n')
        {
            return s.trim().to_string();
        }
        assert!(t0.elapsed() < SLOW, "{} never appeared", p.display());
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn sigterm_restores_the_terminal() {
    let t = Tmux::start("term");
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

/// When the terminal goes away (tmux killed, ssh dropped) the UI exits at once instead of
/// spinning on the dead tty.
#[test]
fn hangup_ends_the_ui() {
    let t = Tmux::start("hup");
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
            t0.elapsed() < Duration::from_secs(5),
            "legday still running after hangup"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn panic_restores_the_terminal() {
    let t = Tmux::start("panic");
    let dir = tempfile::tempdir().unwrap();
    let go = dir.path().join("go");
    let me = std::env::current_exe().unwrap();
    t.line(&format!(
        "RUST_BACKTRACE=0 PANIC_CHILD_GO={} {} --exact panic_child --ignored --nocapture --test-threads=1; echo exit=$?",
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
