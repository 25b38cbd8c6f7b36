//! Issue 17's post-run summary in the UI: the popup after a new run is saved in the Run tab
//! (not after an edit), History `v` and History's details of a run, on runs imported with a
//! track (splits with the fastest and slowest marked, heart-rate zones, the elevation profile
//! as a sparkline, best efforts) at 100×30 and 80×24.

use crate::common::{day, render, text};
use legday::import::{Zone, import_paths_in};
use legday::store::Store;
use legday::tui::Driver;
use legday::tui::action::Action;
use legday::tui::keys::Mode;
use legday::tui::popup::Popup;
use legday::tui::tab::Tab;
use legday::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::PathBuf;

/// A driver at the fixed day on a temporary store holding the fixture `name`, imported in UTC.
fn with(name: &str) -> (tempfile::TempDir, Driver) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("s.sqlite3")).unwrap();
    let path = PathBuf::from("tests/fixtures").join(name);
    let sum = import_paths_in(&mut store, &[path], false, Zone::UTC);
    assert_eq!(sum.failed(), 0);
    let d = Driver::new(store, day(), Theme::plain()).unwrap();
    (dir, d)
}

fn typing(d: &mut Driver, s: &str) {
    for c in s.chars() {
        d.dispatch(Action::Input(c));
    }
}

#[test]
fn history_v_shows_the_summary_of_an_imported_run_at_100x30() {
    // runner-pauses.gpx (tests/cli/runner/moving.rs): 6 km, km splits 300 300 300 300 5 300 s,
    // the jump's km the fastest, the first the slowest; heart rate to the observed 170
    let (_dir, mut d) = with("runner-pauses.gpx");
    d.dispatch(Action::GoTab(Tab::History));
    let details = text(&render(&d.app, 100, 30));
    assert!(details.contains("v whole summary"), "{details}");
    assert!(details.contains("Elevation 100-109 m"), "{details}");
    d.dispatch(Action::ViewSummary);
    assert!(matches!(d.app.popup, Some(Popup::Summary(_))));
    assert_eq!(d.app.mode(), Mode::Help);
    let t = text(&render(&d.app, 100, 30));
    for want in [
        "Run summary",
        "6.00 km · moving 25:05 · elapsed 28:05 · 4:11 /km",
        "0:05   0:05 /km      +0m/-0m   160  fastest",
        "5:00   5:00 /km      +4m/-0m   150  slowest",
        "Z4 5:00 · Z5 20:05",
        "Best efforts: 1k 5:00 (best ever) · mile 8:03 (best ever)",
        "Elevation 100-109 m",
    ] {
        assert!(t.contains(want), "{want:?} in\n{t}");
    }
    insta::assert_snapshot!("summary_popup_100x30", t);
    d.dispatch(Action::Back);
    assert!(d.app.popup.is_none());
}

#[test]
fn at_80x24_the_summary_scrolls_to_its_end() {
    // garmin-activity.gpx: 12.8 km with 988 altitudes, no heart rate
    let (_dir, mut d) = with("garmin-activity.gpx");
    d.dispatch(Action::GoTab(Tab::History));
    d.dispatch(Action::ViewSummary);
    let top = text(&render(&d.app, 80, 24));
    assert!(top.contains("more (↓)"), "{top}");
    assert!(
        top.contains("Elevation"),
        "the profile stays in view: {top}"
    );
    insta::assert_snapshot!("summary_popup_80x24", top);
    d.dispatch(Action::End);
    let end = text(&render(&d.app, 80, 24));
    assert!(end.contains("Next (Sun 30 Jul):"), "{end}");
    assert!(end.contains("Elevation"), "{end}");
    assert!(!end.contains("more (↓)"), "{end}");
}

#[test]
fn saving_a_new_run_opens_its_summary_and_an_edit_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("s.sqlite3")).unwrap();
    let mut d = Driver::new(store, day(), Theme::plain()).unwrap();
    d.dispatch(Action::GoTab(Tab::Run));
    typing(&mut d, "5");
    d.dispatch(Action::NextField);
    typing(&mut d, "25:00");
    d.dispatch(Action::Submit);
    let Some(Popup::Summary(v)) = &d.app.popup else {
        panic!("no summary: {:?}", d.app.popup);
    };
    assert_eq!(v.summary.session.id, 1);
    let t = text(&render(&d.app, 80, 24));
    assert!(t.contains("Run · easy #1 · Mon 23 Nov 2026"), "{t}");
    assert!(t.contains("5.00 km · moving 25:00 · 5:00 /km"), "{t}");
    assert!(t.contains("Next (Tue 24 Nov):"), "{t}");
    // Enter (in the popup's keys, as Esc) closes it, on the dashboard
    let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
    let action = legday::tui::keys::key(enter, d.app.mode(), d.app.tab).unwrap();
    assert!(matches!(action, Action::Back), "{action:?}");
    d.dispatch(action);
    assert!(d.app.popup.is_none());
    assert_eq!(d.app.tab, Tab::Dashboard);
    // an edit saved goes back to History, without the popup
    d.dispatch(Action::GoTab(Tab::History));
    d.dispatch(Action::Edit);
    assert_eq!(d.app.tab, Tab::Run);
    d.dispatch(Action::Save);
    assert_eq!(d.app.tab, Tab::History);
    assert!(d.app.popup.is_none(), "{:?}", d.app.popup);
}

/// Issue 17 part 3: a run stored before moving time was kept, re-imported from the History
/// tab, is said to count its moving time now, in the import's summary (as `legday import`
/// says it).
#[test]
fn a_re_import_in_the_ui_says_which_runs_now_count_their_moving_time() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.sqlite3");
    {
        // schema v8, the run as the previous importer stored it: 1685 s, the elapsed time
        let mut c = rusqlite::Connection::open(&db).unwrap();
        legday::store::schema::migrate_to(&mut c, 8).unwrap();
        c.execute(
            "INSERT INTO sessions (uuid, date, time, type, kind, distance_m, duration_s, source, \
             source_key, load, hard) VALUES ('u1', '2026-11-20', '07:00:00', 'run', 'easy', \
             6000, 1685, 'gpx', 'gpx:2026-11-20T07:00:00Z', 84.25, 0)",
            [],
        )
        .unwrap();
    }
    let mut d = Driver::new(Store::open(&db).unwrap(), day(), Theme::plain()).unwrap();
    d.dispatch(Action::GoTab(Tab::History));
    d.dispatch(Action::StartInput);
    typing(&mut d, "tests/fixtures/runner-pauses.gpx");
    d.dispatch(Action::Submit);
    let Some(Popup::ImportReport(r)) = &d.app.popup else {
        panic!("no import summary: {:?}", d.app.popup);
    };
    // the lines as one text, wherever they were wrapped
    let all = r
        .lines
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(all.contains("1 updated"), "{all}");
    // 1685 s before, 1505 s of moving time now
    assert!(
        all.contains("1 run stored before now counts its moving time, pauses left out"),
        "{all}"
    );
    assert!(all.contains("#1 25:05 (was 28:05)"), "{all}");
}

/// The popup and History's details of a run with a track draw at every size from 1×1 to
/// 130×45 without a panic (below the UI's minimum, "terminal too small" shows instead).
#[test]
fn the_summary_draws_at_every_size() {
    let (_dir, mut d) = with("garmin-activity.gpx");
    d.dispatch(Action::GoTab(Tab::History));
    for popup in [false, true] {
        if popup {
            d.dispatch(Action::ViewSummary);
            d.dispatch(Action::End);
        }
        for w in (1..=130).step_by(3) {
            for h in 1..=45 {
                render(&d.app, w, h);
            }
        }
    }
}
