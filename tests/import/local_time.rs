//! Issue 17 (4): an activity is dated where it happened. A FIT file's `local_timestamp` and a
//! GPX or TCX time written with its offset give the place's wall clock, wherever the import
//! runs; times in UTC (`Z`) with no other hint are dated in the machine's zone at import.

use super::*;
use chrono::FixedOffset;
use std::process::Command;

fn berlin() -> Zone {
    Zone::Fixed(FixedOffset::east_opt(2 * 3600).unwrap())
}

fn read_in(name: &str, zone: Zone) -> legday::import::FileResult {
    let p = fixture(name);
    let bytes = std::fs::read(&p).unwrap();
    read_file_in(&p, &bytes, &Catalog::builtin(), &Settings::default(), zone).unwrap()
}

/// 20:39 in New York (UTC-4) is 02:39 on the 28th in Berlin: the run is on the 27th at 20:39.
#[test]
fn gpx_and_tcx_times_with_an_offset_are_dated_where_the_run_was() {
    for (name, source) in [
        ("new-york-evening.gpx", "gpx"),
        ("new-york-evening.tcx", "tcx"),
    ] {
        let r = read_in(name, berlin());
        assert_eq!(r.sessions.len(), 1, "{name}");
        let s = &r.sessions[0];
        assert_eq!(s.date.to_string(), "2024-03-27", "{name}");
        assert_eq!(s.time.unwrap().to_string(), "20:39:00", "{name}");
        assert_eq!(s.source.as_deref(), Some(source));
        // the key stays the instant, in UTC
        let key = format!("{source}:2024-03-28T00:39:00Z");
        assert_eq!(s.source_key.as_deref(), Some(key.as_str()));
        let run = s.run().unwrap();
        // four 1 km steps of latitude, 5:00 each; heart rate 140..160 by 5 (GPX: the mean of the
        // samples; TCX: the lap's own 150 / 160)
        assert!(
            close(run.distance_m, 4000.0, 0.5),
            "{name}: {}",
            run.distance_m
        );
        assert_eq!(run.duration_s, 1200.0, "{name}");
        assert_eq!(
            (run.avg_hr, run.max_hr),
            (Some(150.0), Some(160.0)),
            "{name}"
        );
        assert_eq!(run.kind, RunKind::Easy);
    }
}

/// The FIT SDK's `Activity.fit` was recorded at 17:22 local time, UTC-4 (its activity message:
/// timestamp 21:24:51Z, local_timestamp 17:24:51, per `expected.py`'s own decoder).
#[test]
fn a_fit_file_is_dated_by_its_local_timestamp() {
    let tokyo = Zone::Fixed(FixedOffset::east_opt(9 * 3600).unwrap());
    for zone in [Zone::UTC, berlin(), tokyo] {
        let r = read_in("Activity.fit", zone);
        let s = &r.sessions[0];
        assert_eq!(s.date.to_string(), "2012-04-09");
        assert_eq!(s.time.unwrap().to_string(), "17:22:00");
        assert_eq!(s.source_key.as_deref(), Some("fit:2012-04-09T21:22:26Z"));
    }
}

/// `legday history`'s line for the one imported session, importing under `tz`.
fn imported_under(tz: &str, file: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.sqlite3");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_legday"))
            .env("TZ", tz)
            .env("NO_COLOR", "1")
            .arg("--db")
            .arg(&db)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    run(&["import", fixture(file).to_str().unwrap()]);
    let history = run(&["history"]);
    history
        .lines()
        .find(|l| l.trim_start().starts_with("1 "))
        .unwrap_or_else(|| panic!("{history}"))
        .to_string()
}

/// A GPX in UTC (`Z`) names no place: it is dated in the zone of the machine at import (TZ).
/// A GPX written with its offset is dated there whatever TZ says.
#[test]
fn utc_times_follow_the_machines_zone_and_offsets_do_not() {
    // runner-pauses.gpx starts at 2026-11-20T07:00:00Z
    let ny = imported_under("America/New_York", "runner-pauses.gpx");
    assert!(ny.contains("2026-11-20 02:00"), "{ny}");
    let tokyo = imported_under("Asia/Tokyo", "runner-pauses.gpx");
    assert!(tokyo.contains("2026-11-20 16:00"), "{tokyo}");
    for tz in ["Asia/Tokyo", "Europe/Berlin", "UTC"] {
        let line = imported_under(tz, "new-york-evening.gpx");
        assert!(line.contains("2024-03-27 20:39"), "{tz}: {line}");
    }
}
