//! The one tmux harness: the binary in a real terminal, on a tmux server of the test's own (a
//! private socket, no user configuration), keys sent, the pane read back. Every tmux test uses
//! it; without tmux they fail, saying so (`.ci/run` installs it).
//!
//! Nothing here times the UI: `wait` polls until the pane shows what the test expects and fails
//! only when it never does, after [`PATIENCE`], a bound far above any normal wait on a loaded
//! machine.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_legday");

/// How long `wait` polls before it calls the thing that never happened a failure.
pub const PATIENCE: Duration = Duration::from_secs(60);

/// A tmux server of our own (its own socket) with one session, `t`, running `sh`; the server is
/// killed on drop, which hangs up the pane's terminal.
pub struct Tmux {
    socket: String,
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]).status();
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

impl Tmux {
    /// A private server with a `w`×`h` session running `sh` (prompt `$ `) with `env` set, once
    /// the prompt shows. `tag` names the socket (with the process id and a counter, so tests
    /// running at once never share a server).
    pub fn shell(tag: &str, w: u16, h: u16, env: &[&str]) -> Tmux {
        static N: AtomicUsize = AtomicUsize::new(0);
        require_tmux();
        let t = Tmux {
            socket: format!(
                "legday-{tag}-{}-{}",
                std::process::id(),
                N.fetch_add(1, Ordering::Relaxed)
            ),
        };
        let (w, h) = (w.to_string(), h.to_string());
        let ok = t
            .cmd(&["new-session", "-d", "-s", "t", "-x", &w, "-y", &h])
            .args(["env", "PS1=$ "])
            .args(env)
            .arg("sh")
            .status()
            .unwrap();
        assert!(ok.success(), "tmux new-session");
        t.wait("the shell", |p| p.contains('$'));
        t
    }

    /// `tmux` on this server.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-f", "/dev/null", "-L", &self.socket]).args(args);
        c
    }

    fn run(&self, args: &[&str]) {
        let ok = self.cmd(args).status().unwrap();
        assert!(ok.success(), "tmux {args:?}");
    }

    /// Sends each of `keys` (tmux key names: `Enter`, `C-r`, `q`), pausing a little between them
    /// as a person would.
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.run(&["send-keys", "-t", "t", k]);
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    /// Types `text` literally.
    pub fn text(&self, text: &str) {
        self.run(&["send-keys", "-l", "-t", "t", text]);
        std::thread::sleep(Duration::from_millis(60));
    }

    /// Types `line` literally, then Enter.
    pub fn line(&self, line: &str) {
        self.text(line);
        self.keys(&["Enter"]);
    }

    pub fn pane(&self) -> String {
        let out = self
            .cmd(&["capture-pane", "-p", "-t", "t"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A tmux format of the pane (`#{alternate_on}`, `#{cursor_flag}`).
    pub fn format(&self, f: &str) -> String {
        let out = self
            .cmd(&["display-message", "-p", "-t", "t", f])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Resizes the window (the app gets SIGWINCH and redraws).
    pub fn resize(&self, w: u16, h: u16) {
        let (w, h) = (w.to_string(), h.to_string());
        self.run(&["resize-window", "-t", "t", "-x", &w, "-y", &h]);
        std::thread::sleep(Duration::from_millis(80));
    }

    /// Pastes `text` as the terminal would (bracketed when the app asked for it).
    pub fn paste(&self, text: &str) {
        self.run(&["set-buffer", "-b", "legday-paste", text]);
        self.run(&["paste-buffer", "-p", "-d", "-b", "legday-paste", "-t", "t"]);
        std::thread::sleep(Duration::from_millis(100));
    }

    /// Polls the pane until it satisfies `ok`; fails with the pane if it never does (after
    /// [`PATIENCE`]). How long it took is never checked.
    pub fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) {
        let t0 = Instant::now();
        loop {
            let p = self.pane();
            if ok(&p) {
                return;
            }
            assert!(
                t0.elapsed() < PATIENCE,
                "{what} never showed (waited {PATIENCE:?}); the pane shows:\n{p}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Quits the UI with `q` (answering yes when it asks) and waits for the shell. Waits for
    /// the question or the shell rather than guessing how soon the question shows.
    pub fn quit(&self) {
        self.keys(&["Escape", "q"]);
        self.wait("the shell back, or the UI asking to quit", |p| {
            !p.contains("Dashboard") || p.contains("Quit?")
        });
        if self.pane().contains("Quit?") {
            self.keys(&["y"]);
        }
        self.wait("the shell back", |p| !p.contains("Dashboard"));
    }

    /// The shell is back: main screen, cursor shown, and a typed command echoes and runs.
    pub fn assert_restored(&self) {
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

/// The UI on `db` at `LEGDAY_TODAY=2026-12-01` in a `w`×`h` terminal, once its dashboard shows.
pub fn start_ui(tag: &str, db: &Path, w: u16, h: u16) -> Tmux {
    let s = Tmux::shell(tag, w, h, &["LEGDAY_TODAY=2026-12-01"]);
    s.line(&format!("{BIN} --db {}", db.display()));
    s.wait("the UI", |p| p.contains("Dashboard"));
    s
}

/// Polls until `p` holds a whole line (the writer ends it with a newline) and returns it,
/// trimmed; fails if it never does (after [`PATIENCE`]).
pub fn wait_for_file(p: &Path) -> String {
    let t0 = Instant::now();
    loop {
        if let Ok(s) = std::fs::read_to_string(p)
            && s.ends_with('\n')
        {
            return s.trim().to_string();
        }
        assert!(
            t0.elapsed() < PATIENCE,
            "{} never appeared (waited {PATIENCE:?})",
            p.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
