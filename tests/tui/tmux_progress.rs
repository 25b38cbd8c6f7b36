//! The Progress tab in the real binary in tmux (140×45): a history with a known PR, best 5K and
//! a pair of shoes, logged through the CLI, shows those numbers after `5`; resizing the window
//! down to 20×6 and back leaves the UI alive and drawing. Needs tmux (CI installs it).

use crate::tmux::{cli, require_tmux, start_ui};

#[test]
fn progress_shows_a_known_pr_best_5k_and_shoes_and_survives_resizing() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("progress.sqlite3");
    // back squat: 5 × 100 kg, then 5 × 110 kg, a PR of e1RM 110 × (1 + 5/30) = 128.3 kg (§9)
    cli(
        &db,
        &["lift", "--date", "2026-11-02", "back squat 3x5@100kg"],
    );
    cli(
        &db,
        &["lift", "--date", "2026-11-16", "back squat 1x5@110kg"],
    );
    // 5.1 km in 25:30 is a 5K best of 1530 × 5000 / 5100 = 1500 s = 25:00 (§9)
    let run = ["run", "--distance", "5.1km", "--duration", "25:30"];
    cli(
        &db,
        &[&run[..], &["--date", "2026-11-10", "--shoes", "Pegasus 41"]].concat(),
    );
    cli(
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
    let s = start_ui("progress", &db, 140, 45);
    s.keys(&["5"]);
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
    s.keys(&["q"]);
}
