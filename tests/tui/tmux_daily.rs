//! The daily loop in a real terminal (tmux): `3`, `Ctrl-R`, `Ctrl-S` logs the last lift again; a
//! pasted "5\n28:00\n" stores nothing by itself; an imported run opened for edit and saved with
//! `Enter` is byte-identical in `history --json`; an imperial user's Run tab shows no km or kg.
//! Fails, saying so, when tmux is not installed.

use crate::tmux::{cli, require_tmux, start_ui};
use serde_json::Value;
use std::time::Duration;

fn history(db: &std::path::Path) -> Vec<Value> {
    serde_json::from_str::<Value>(&cli(db, &["history", "--json"]))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn three_keys_log_the_last_lift_again() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("repeat.sqlite3");
    cli(
        &db,
        &[
            "lift",
            "--date",
            "-2",
            "back squat 3x5@100kg",
            "RDL 2x8@70kg rir2",
            "tib raise 2x20",
        ],
    );
    let s = start_ui("repeat", &db, 100, 30);
    s.keys(&["3", "C-r", "C-s"]);
    s.wait("the saved lift", |p| p.contains("saved"));
    s.quit();
    let h = history(&db);
    assert_eq!(h.len(), 2);
    assert_eq!(h[0]["date"], "2026-12-01");
    assert_eq!(h[1]["date"], "2026-11-29");
    assert_eq!(h[0]["sets"], h[1]["sets"]);
    assert_ne!(h[0]["uuid"], h[1]["uuid"]);
}

#[test]
fn a_paste_with_newlines_stores_nothing_by_itself() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("paste.sqlite3");
    cli(&db, &["settings", "level", "beginner"]);
    let s = start_ui("paste", &db, 100, 30);
    s.keys(&["2"]);
    s.wait("the run form", |p| p.contains("Log a run"));
    s.paste("5\n28:00\n");
    s.wait("the pasted text in the field", |p| p.contains("5 28:00"));
    std::thread::sleep(Duration::from_millis(1200));
    let p = s.pane();
    assert!(p.contains("Log a run"), "{p}");
    assert!(!p.contains("saved"), "{p}");
    assert!(history(&db).is_empty(), "a paste saved a run");
    s.keys(&["C-u"]);
    s.quit();
    assert!(history(&db).is_empty());
}

#[test]
fn an_imported_run_saved_unchanged_is_byte_identical() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("edit.sqlite3");
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/garmin-activity.gpx"
    );
    cli(&db, &["import", fixture]);
    let before = cli(&db, &["history", "--json"]);
    let s = start_ui("edit", &db, 100, 30);
    s.keys(&["4"]);
    s.wait("History", |p| p.contains("km"));
    s.keys(&["e"]);
    s.wait("the edit form", |p| p.contains("Edit run"));
    s.keys(&["Enter"]);
    s.wait("the update", |p| p.contains("updated"));
    s.quit();
    assert_eq!(cli(&db, &["history", "--json"]), before);
}

/// An imported run whose average heart rate has decimals (145.5 bpm) shows it as such in the
/// edit form, and saving unchanged keeps it (and everything else) exactly.
#[test]
fn an_imported_run_with_145_5_bpm_saved_unchanged_is_byte_identical() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("edit-hr.sqlite3");
    let tcx = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/tempo-run.tcx"
    ))
    .unwrap()
    .replace("<Value>140</Value>", "<Value>145.5</Value>")
    .replace(
        "<AverageHeartRateBpm><Value>150</Value>",
        "<AverageHeartRateBpm><Value>145.5</Value>",
    );
    let file = dir.path().join("tempo.tcx");
    std::fs::write(&file, tcx).unwrap();
    cli(&db, &["import", file.to_str().unwrap()]);
    let before = cli(&db, &["history", "--json"]);
    assert_eq!(history(&db)[0]["run"]["avg_hr"], 145.5, "{before}");
    let s = start_ui("edit-hr", &db, 100, 30);
    s.keys(&["4"]);
    s.wait("History", |p| p.contains("km"));
    s.keys(&["e"]);
    s.wait("the edit form with 145.5", |p| {
        p.contains("Edit run") && p.contains("145.5")
    });
    s.keys(&["Enter"]);
    s.wait("the update", |p| p.contains("updated"));
    s.quit();
    assert_eq!(cli(&db, &["history", "--json"]), before);
}

#[test]
fn an_imperial_run_tab_speaks_miles_and_pounds() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("imperial.sqlite3");
    cli(&db, &["settings", "units", "imperial"]);
    cli(
        &db,
        &[
            "run",
            "--distance",
            "3.1mi",
            "--duration",
            "30:00",
            "--vest",
            "10lb",
        ],
    );
    let s = start_ui("imperial", &db, 100, 30);
    s.keys(&["2"]);
    s.wait("the run form", |p| p.contains("Log a run"));
    s.text("3.1");
    s.keys(&["Tab"]);
    s.text("28:00");
    s.wait("the preview", |p| p.contains("/mi"));
    let p = s.pane();
    assert!(p.contains("mi"), "{p}");
    for metric in ["km", "kg"] {
        assert!(!p.contains(metric), "{metric} on an imperial Run tab:\n{p}");
    }
    s.quit();
}

#[test]
fn g_then_ctrl_s_stores_what_legday_today_suggested() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("today.sqlite3");
    // a lift five days ago and a run yesterday; the RIR 6 sets count no volume but give two of
    // the suggested exercises a last weight, which the prefilled form carries
    cli(
        &db,
        &[
            "lift",
            "--date",
            "-5",
            "RDL 3x8@70kg",
            "back squat 3x5@100kg",
            "calf raise 1x15@40kg rir6",
            "single-leg deadlift 1x8@20kg rir6",
        ],
    );
    cli(
        &db,
        &[
            "run",
            "--date",
            "-1",
            "--distance",
            "5",
            "--duration",
            "30:00",
        ],
    );
    // no run days: the coach's week holds lifts only, so today is a lift (§8.3)
    cli(&db, &["settings", "run_days", "0"]);
    let today: Value = serde_json::from_str(&cli(&db, &["today", "--json"])).unwrap();
    assert_eq!(today["suggestion"], "strength", "{today:#}");
    let s = start_ui("today", &db, 100, 30);
    s.wait("the Today panel", |p| p.contains("g starts it"));
    s.keys(&["g", "C-s"]);
    s.wait("the saved lift", |p| p.contains("saved"));
    s.quit();
    let h = history(&db);
    let stored = &h[0];
    assert_eq!(stored["date"], "2026-12-01");
    let mut want = Vec::new();
    for e in today["exercises"].as_array().unwrap() {
        for _ in 0..e["sets"].as_u64().unwrap() {
            want.push((
                e["exercise"].as_str().unwrap().to_string(),
                e["reps"].as_u64().unwrap(),
                // the prescribed weight, else the last one (§8.7)
                e["weight_kg"]
                    .as_f64()
                    .or_else(|| e["last"]["weight_kg"].as_f64()),
            ));
        }
    }
    let got: Vec<_> = stored["sets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["exercise"].as_str().unwrap().to_string(),
                e["reps"].as_u64().unwrap(),
                e["weight_kg"].as_f64(),
            )
        })
        .collect();
    assert_eq!(got, want);
    // the back squat at 100 kg on day -5, every set done: raised to 105 kg
    assert!(
        got.iter()
            .any(|(e, _, w)| e == "back squat" && *w == Some(105.0)),
        "{got:?}"
    );
}
