//! The Progress tab in the real binary in tmux (140×45): a history with a known PR, best 5K and
//! a pair of shoes, logged through the CLI, shows those numbers after `5`; resizing the window
//! down to 20×6 and back leaves the UI alive and drawing. Needs tmux (CI installs it).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_legday");
const TODAY: &str = "2026-11-23";

struct Session(String);

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.0])
            .status();
    }
}

impl Session {
    fn tmux(&self, args: &[&str]) {
        let ok = Command::new("tmux").args(args).status().unwrap();
        assert!(ok.success(), "tmux {args:?}");
        std::thread::sleep(Duration::from_millis(80));
    }

    fn keys(&self, k: &str) {
        self.tmux(&["send-keys", "-t", &self.0, k]);
    }

    fn resize(&self, w: u16, h: u16) {
        let (w, h) = (w.to_string(), h.to_string());
        self.tmux(&["resize-window", "-t", &self.0, "-x", &w, "-y", &h]);
    }

    fn pane(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.0])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) {
        let t0 = Instant::now();
        loop {
            let p = self.pane();
            if ok(&p) {
                return;
            }
            if t0.elapsed() > Duration::from_secs(10) {
                panic!("waited 10 s for {what}; the pane shows:\n{p}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn legday(db: &Path, args: &[&str]) {
    let out = Command::new(BIN)
        .env("LEGDAY_TODAY", TODAY)
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "legday {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn progress_shows_a_known_pr_best_5k_and_shoes_and_survives_resizing() {
    let tmux = Command::new("tmux").arg("-V").output();
    assert!(
        tmux.is_ok_and(|o| o.status.success()),
        "this test needs tmux (apt-get install tmux)"
    );
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("progress.sqlite3");
    // back squat: 5 × 100 kg, then 5 × 110 kg, a PR of e1RM 110 × (1 + 5/30) = 128.3 kg (§9)
    legday(
        &db,
        &["lift", "--date", "2026-11-02", "back squat 3x5@100kg"],
    );
    legday(
        &db,
        &["lift", "--date", "2026-11-16", "back squat 1x5@110kg"],
    );
    // 5.1 km in 25:30 is a 5K best of 1530 × 5000 / 5100 = 1500 s = 25:00 (§9)
    let run = ["run", "--distance", "5.1km", "--duration", "25:30"];
    legday(
        &db,
        &[&run[..], &["--date", "2026-11-10", "--shoes", "Pegasus 41"]].concat(),
    );
    legday(
        &db,
        &[
            "run",
            "--distance",
            "8km",
            "--duration",
            "48:00",
            "--date",
            "2026-11-20",
        ],
    );
    let name = format!("legday-progress-{}", std::process::id());
    let ok = Command::new("tmux")
        .args(["new-session", "-d", "-s", &name, "-x", "140", "-y", "45"])
        .args(["env", &format!("LEGDAY_TODAY={TODAY}"), BIN, "--db"])
        .arg(&db)
        .status()
        .unwrap();
    assert!(ok.success());
    let s = Session(name);
    s.wait("the dashboard", |p| p.contains("1 Dashboard"));
    s.keys("5");
    s.wait("the Progress tab", |p| p.contains("Lifts · estimated 1RM"));
    let p = s.pane();
    assert!(p.contains("back squat") && p.contains("128.3 kg"), "{p}");
    assert!(p.contains("★ 1"), "the PR is marked\n{p}");
    assert!(p.contains("5K") && p.contains("25:00"), "{p}");
    assert!(p.contains("Pegasus 41"), "{p}");
    s.resize(20, 6);
    s.wait("the small notice", |p| p.contains("too small"));
    s.resize(140, 45);
    s.wait("the tab again", |p| {
        p.contains("Lifts · estimated 1RM") && p.contains("25:00")
    });
    s.keys("q");
}
