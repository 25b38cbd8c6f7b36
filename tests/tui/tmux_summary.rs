//! Issue 17's post-run summary in the real binary (tmux, 100×30): a run saved in the Run tab
//! shows its summary in a popup that Enter closes; History `v` shows it again, Esc closes it.

use crate::tmux::{cli, require_tmux, start_ui};

#[test]
fn a_run_saved_in_the_run_tab_shows_its_summary() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("summary.sqlite3");
    // a longer run before: this one is no record, the summary says the next day
    cli(
        &db,
        &[
            "run",
            "--date",
            "-3",
            "--distance",
            "8km",
            "--duration",
            "44:00",
        ],
    );
    let s = start_ui("summary", &db, 100, 30);
    s.keys(&["2"]);
    s.wait("the run form", |p| p.contains("Log a run"));
    s.text("5");
    s.keys(&["Tab"]);
    s.text("27:30");
    s.keys(&["Enter"]);
    s.wait("the summary popup", |p| {
        p.contains("Run summary")
            && p.contains("Run · easy #2 · Tue 1 Dec 2026")
            && p.contains("5.00 km · moving 27:30 · 5:30 /km")
            && p.contains("Next (Wed 2 Dec):")
            && p.contains("Esc/Enter close")
    });
    // the tabs' keys wait while it is open
    s.keys(&["4"]);
    s.keys(&["Enter"]);
    s.wait(
        "the dashboard with both runs (4 did not open History)",
        |p| {
            !p.contains("Run summary") && p.contains("2 runs · 13.0 km") && p.contains("load 83 AU")
        },
    );
    s.keys(&["4"]);
    s.wait("History with the run's summary in its details", |p| {
        p.contains("v whole summary") && p.contains("Run · easy #2")
    });
    s.keys(&["v"]);
    s.wait("the summary popup again", |p| {
        p.contains("Run summary") && p.contains("Esc/Enter close")
    });
    s.keys(&["Escape"]);
    s.wait("History again", |p| {
        !p.contains("Run summary") && p.contains("Sessions: 2")
    });
    s.quit();
    s.assert_restored();
}
