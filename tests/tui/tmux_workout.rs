//! The live workout in a real terminal (tmux), through the real binary: the suggested session
//! (5 exercises, 15 sets) ticked off and finished in 19 keys; a workout resumed after `kill -9`
//! with every ticked set intact; the rest timer counting. Fails, saying so, without tmux.

use crate::common::lifter_store;
use crate::tmux::{BIN, Tmux, cli, require_tmux, start_ui};
use serde_json::Value;
use std::process::Command;

fn history(db: &std::path::Path) -> Vec<Value> {
    serde_json::from_str::<Value>(&cli(db, &["history", "--json"]))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// Ticked boxes on the screen.
fn ticked(pane: &str) -> usize {
    pane.matches("[x]").count()
}

/// The keys the README quotes for a live workout of today's suggestion: `w`, `Enter`, one
/// `Space` per set (15), `Ctrl-S`, `Enter` (the default RPE): 19 keys.
pub const SUGGESTED_WORKOUT_KEYS: usize = 19;

#[test]
fn tmux_the_suggested_session_lifted_live_in_19_keys() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("live.sqlite3");
    drop(lifter_store(Some(&db)));
    let today: Value = serde_json::from_str(&cli(&db, &["today", "--json"])).unwrap();
    assert_eq!(today["suggestion"], "strength", "{today:#}");
    let s = start_ui("live", &db, 100, 30);
    let mut keys = vec!["w", "Enter"];
    keys.extend(["Space"; 15]);
    keys.extend(["C-s", "Enter"]);
    assert!(keys.len() <= 20);
    assert_eq!(keys.len(), SUGGESTED_WORKOUT_KEYS);
    s.keys(&keys[..2]);
    s.wait("the workout", |p| p.contains("Live workout"));
    s.keys(&keys[2..17]);
    s.wait("15 ticked sets", |p| ticked(p) == 15);
    s.keys(&keys[17..]);
    s.wait("the saved lift", |p| p.contains("saved: 15 sets"));
    s.quit();
    let h = history(&db);
    let stored = &h[0];
    assert_eq!(stored["date"], "2026-12-01");
    assert!(
        stored["time"].as_str().is_some_and(|t| t.len() == 5),
        "{stored}"
    );
    assert!(
        stored["minutes"].as_f64().is_some_and(|m| m >= 1.0),
        "{stored}"
    );
    assert_eq!(stored["minutes_logged"], true);
    let mut want = Vec::new();
    for e in today["exercises"].as_array().unwrap() {
        for _ in 0..e["sets"].as_u64().unwrap() {
            want.push((
                e["exercise"].as_str().unwrap().to_string(),
                e["reps"].as_u64().unwrap(),
                e["weight_kg"].as_f64(),
            ));
        }
    }
    assert_eq!(want.len(), 15);
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
    assert_eq!(got, want, "the ticked sets at the prescribed weights");
}

#[test]
fn tmux_a_workout_resumes_after_kill_9_with_every_ticked_set() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.sqlite3");
    let pid = dir.path().join("pid");
    drop(lifter_store(Some(&db)));
    let s = Tmux::shell("crash", 100, 30, &["LEGDAY_TODAY=2026-12-01"]);
    // the app replaces a shell that wrote its process id first
    s.line(&format!(
        "sh -c 'echo $$ > {}; exec {BIN} --db {}'",
        pid.display(),
        db.display()
    ));
    s.wait("the UI", |p| p.contains("Dashboard"));
    s.keys(&["w", "Enter", "Space", "Space", "Space", "Space"]);
    // a typed edit on the fifth: 6 reps
    s.keys(&["6", "Enter"]);
    s.wait("five ticked sets", |p| ticked(p) == 5);
    let id = std::fs::read_to_string(&pid).unwrap();
    let ok = Command::new("kill")
        .args(["-9", id.trim()])
        .status()
        .unwrap();
    assert!(ok.success());
    drop(s);
    assert!(
        history(&db).iter().all(|x| x["date"] != "2026-12-01"),
        "no session yet"
    );
    let again = start_ui("resume", &db, 100, 30);
    again.wait("the question", |p| p.contains("Resume the workout started"));
    again.keys(&["Enter"]);
    again.wait("the workout again", |p| p.contains("Live workout"));
    let p = again.pane();
    assert_eq!(ticked(&p), 5, "{p}");
    assert!(p.contains("did 6 × 72.5 kg"), "{p}");
    again.keys(&["C-s", "Enter"]);
    again.wait("the saved lift", |p| p.contains("saved: 5 sets"));
    again.quit();
    let h = history(&db);
    let sets = h[0]["sets"].as_array().unwrap();
    assert_eq!(sets.len(), 5);
    assert_eq!(sets[4]["exercise"], "romanian deadlift");
    assert_eq!(sets[4]["reps"], 6);
}

#[test]
fn tmux_the_rest_timer_counts_down() {
    require_tmux();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rest.sqlite3");
    drop(lifter_store(Some(&db)));
    let s = start_ui("rest", &db, 100, 30);
    s.keys(&["w", "Enter", "Space"]);
    s.wait("the rest timer", |p| p.contains("Rest 1:5"));
    let shown = |p: &str| {
        p.lines().find_map(|l| {
            l.split("Rest ")
                .nth(1)?
                .split(" of")
                .next()
                .map(String::from)
        })
    };
    let first = shown(&s.pane()).unwrap();
    s.wait("the timer to move on", |p| {
        shown(p).is_some_and(|t| t != first && t.starts_with("1:"))
    });
    // Ctrl-C quits at once: the workout stays as the draft
    s.keys(&["C-c"]);
    s.wait("the shell back", |p| !p.contains("Live workout"));
}
