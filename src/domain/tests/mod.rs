//! Unit tests of the domain core, each citing the section of `docs/model.md` it checks.
//! Expected values are computed by hand from the spec; the arithmetic is in the comments.

mod alerts;
mod alerts_runs;
mod explain;
mod lift_sanity;
mod load;
mod metrics;
mod plates;
mod props;
mod records;
mod report;
mod rest;
mod run_summary;
mod start_and_effort;
mod track;
mod volume;
mod workout;

use super::*;
use chrono::{Days, NaiveDate};

/// D in every test: Monday 23 Nov 2026.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// `D + offset` days (negative is the past).
pub fn day(offset: i64) -> NaiveDate {
    if offset >= 0 {
        today() + Days::new(offset as u64)
    } else {
        today() - Days::new((-offset) as u64)
    }
}

/// A run with the kind's default RPE.
pub fn run(offset: i64, kind: RunKind, km: f64, minutes: f64) -> Session {
    Session::new_run(day(offset), Run::new(kind, km * 1000.0, minutes * 60.0))
}

/// A run with a logged RPE.
pub fn run_rpe(offset: i64, kind: RunKind, km: f64, minutes: f64, rpe: f64) -> Session {
    let mut s = run(offset, kind, km, minutes);
    s.rpe = Some(rpe);
    s
}

/// v2 settings: `run_set_au` 40 (§3.2).
pub fn v2() -> Settings {
    Settings {
        run_set_au: 40.0,
        ..Settings::default()
    }
}

/// A warm-up set of 10 × 20 kg (it counts for no muscle, §3.1).
pub fn warmup(ex: &str) -> SetEntry {
    let mut s = SetEntry::new(ex, 10, Some(20.0));
    s.warmup = true;
    s
}

/// `n` working sets of an exercise (no RIR).
pub fn sets(exercise: &str, n: usize) -> Vec<SetEntry> {
    vec![SetEntry::new(exercise, 8, Some(40.0)); n]
}

/// `n` sets with a RIR.
pub fn sets_rir(exercise: &str, n: usize, rir: u8) -> Vec<SetEntry> {
    let mut s = SetEntry::new(exercise, 8, Some(40.0));
    s.rir = Some(rir);
    vec![s; n]
}

/// A strength session with logged minutes and RPE (load = rpe × minutes).
pub fn lift(offset: i64, minutes: f64, rpe: f64, sets: Vec<SetEntry>) -> Session {
    let mut s = Session::new_strength(
        day(offset),
        Strength {
            minutes: Some(minutes),
            sets,
        },
    );
    s.rpe = Some(rpe);
    s
}

/// A strength session of the given load that is never hard (RPE 4, load / 4 minutes).
pub fn load_only(offset: i64, load: f64) -> Session {
    lift(offset, load / 4.0, 4.0, vec![])
}

pub fn hist(sessions: Vec<Session>) -> History {
    History::from_sessions(sessions, &Settings::default())
}

pub fn hist_with(sessions: Vec<Session>, settings: &Settings) -> History {
    History::from_sessions(sessions, settings)
}

pub fn level(l: Level) -> Settings {
    Settings {
        level: l,
        ..Settings::default()
    }
}

#[track_caller]
pub fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

#[track_caller]
pub fn close_pm(a: PerMuscle, b: [f64; 7]) {
    for (i, (x, y)) in a.0.iter().zip(b.iter()).enumerate() {
        assert!(
            (x - y).abs() < 1e-9,
            "group {i}: {x} != {y} (all: {:?})",
            a.0
        );
    }
}
