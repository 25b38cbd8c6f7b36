//! The store on temporary files and in memory, one test binary: sessions, settings and the
//! catalog (`sessions`); opening, refusing and migrating files (`open`); the daily series
//! (`daily`); races (`races`); the narrow queries behind `today` and `records` (`queries`).
//! The helpers here build sessions and find backups.

mod daily;
mod draft;
mod first_start;
mod open;
mod queries;
mod races;
mod sessions;

use chrono::{NaiveDate, NaiveTime};
use legday::domain::{
    Exercise, History, PerMuscle, Run, RunKind, Session, SetEntry, Settings, Strength,
};
use legday::error::Error;
use legday::store::{Filter, ImportCounts, Store, schema};
use rusqlite::Connection;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 1).unwrap() + chrono::Days::new(u64::from(d) - 1)
}

fn full_run(d: u32) -> Session {
    let mut r = Run::new(RunKind::Trail, 12_345.6, 4321.5);
    r.elevation_m = Some(456.7);
    r.vest_kg = Some(5.5);
    r.avg_hr = Some(145.5);
    r.max_hr = Some(182.0);
    r.shoes = Some("Speedgoat 5".into());
    r.gap_s_per_km = Some(330.25);
    let mut s = Session::new_run(day(d), r);
    s.time = Some(NaiveTime::from_hms_opt(6, 45, 12).unwrap());
    s.note = Some("muddy".into());
    s.source = Some("gpx".into());
    s.source_key = Some(format!("gpx:{d}"));
    s
}

fn lift(d: u32) -> Session {
    let mut warm = SetEntry::new("back squat", 5, Some(40.0));
    warm.warmup = true;
    let mut work = SetEntry::new("back squat", 8, Some(62.5));
    work.rir = Some(2);
    let sets = vec![
        warm,
        work.clone(),
        work,
        SetEntry::new("tibialis raise", 20, None),
    ];
    let mut s = Session::new_strength(
        day(d),
        Strength {
            minutes: Some(47.5),
            sets,
        },
    );
    s.rpe = Some(7.5);
    s
}

fn plain_run(d: u32, kind: RunKind, km: f64) -> Session {
    Session::new_run(day(d), Run::new(kind, km * 1000.0, km * 330.0))
}

fn db_path(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("data").join("legday.sqlite3")
}

fn backups(path: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".backup-v"))
        .collect();
    v.sort();
    v
}
