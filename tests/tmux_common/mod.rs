//! A real terminal for the end-to-end tests: the binary in a tmux session, keys sent, the pane
//! read back.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_legday");

pub struct Session(pub String);

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.0])
            .status();
    }
}

impl Session {
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            let ok = Command::new("tmux")
                .args(["send-keys", "-t", &self.0, k])
                .status()
                .unwrap();
            assert!(ok.success());
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    pub fn text(&self, k: &str) {
        let ok = Command::new("tmux")
            .args(["send-keys", "-l", "-t", &self.0, k])
            .status()
            .unwrap();
        assert!(ok.success());
        std::thread::sleep(Duration::from_millis(60));
    }

    pub fn pane(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.0])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn format(&self, f: &str) -> String {
        let out = Command::new("tmux")
            .args(["display-message", "-p", "-t", &self.0, f])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Waits until the pane satisfies `ok`, failing with the pane after `limit`.
    pub fn wait(&self, what: &str, limit: Duration, ok: impl Fn(&str) -> bool) -> Duration {
        let t0 = Instant::now();
        loop {
            let p = self.pane();
            if ok(&p) {
                return t0.elapsed();
            }
            if t0.elapsed() > limit {
                panic!("waited {limit:?} for {what}; the pane shows:\n{p}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// These tests drive the UI in a real terminal: without tmux they fail, saying so.
pub fn require_tmux() {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "this test drives the UI in a real terminal and needs tmux; install it (`.ci/run` \
         does) and run the tests again"
    );
}

/// The binary with `args`, at `LEGDAY_TODAY=2026-12-01`: its stdout (it must succeed).
pub fn cli(db: &Path, args: &[&str]) -> String {
    let out = Command::new(BIN)
        .env("LEGDAY_TODAY", "2026-12-01")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A shell in a new tmux session of `w`×`h`, running the UI on `db` at `LEGDAY_TODAY=2026-12-01`.
pub fn start_ui(tag: &str, db: &Path, w: u16, h: u16) -> Session {
    let name = format!("legday-{tag}-{}", std::process::id());
    let ok = Command::new("tmux")
        .args([
            "new-session",
            "-d",
            "-s",
            &name,
            "-x",
            &w.to_string(),
            "-y",
            &h.to_string(),
        ])
        .args(["env", "PS1=$ ", "LEGDAY_TODAY=2026-12-01", "sh"])
        .status()
        .unwrap();
    assert!(ok.success());
    let s = Session(name);
    s.wait("the shell", Duration::from_secs(5), |p| p.contains('$'));
    s.text(&format!("{BIN} --db {}", db.display()));
    s.keys(&["Enter"]);
    s.wait("the UI", Duration::from_secs(10), |p| {
        p.contains("Dashboard")
    });
    s
}

impl Session {
    /// Pastes `text` as the terminal would (bracketed when the app asked for it).
    pub fn paste(&self, text: &str) {
        let ok = Command::new("tmux")
            .args(["set-buffer", "-b", "legday-paste", text])
            .status()
            .unwrap();
        assert!(ok.success());
        let ok = Command::new("tmux")
            .args([
                "paste-buffer",
                "-p",
                "-d",
                "-b",
                "legday-paste",
                "-t",
                &self.0,
            ])
            .status()
            .unwrap();
        assert!(ok.success());
        std::thread::sleep(Duration::from_millis(100));
    }

    /// Quits the UI with `q` (answering yes when it asks) and waits for the shell.
    pub fn quit(&self) {
        self.keys(&["Escape", "q"]);
        std::thread::sleep(Duration::from_millis(200));
        if self.pane().contains("Quit?") {
            self.keys(&["y"]);
        }
        self.wait("the shell back", Duration::from_secs(10), |p| {
            !p.contains("Dashboard")
        });
    }
}
