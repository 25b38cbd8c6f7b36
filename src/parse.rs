//! Parsers for what people type: dates, times, durations, distances, weights, set specs, RPE,
//! kinds. Small, total (never panic), and each error names the field and what is accepted.
//!
//! STUB: signatures agreed; the store/parse helper implements the bodies.

use crate::domain::{Catalog, RunKind, SetEntry, Units};
use crate::error::{Error, Result};
use chrono::{NaiveDate, NaiveTime};

/// `YYYY-MM-DD`, `today`, `yesterday`. Refuses dates after `today` and before 1900.
pub fn date(field: &str, s: &str, today: NaiveDate) -> Result<NaiveDate> {
    let _ = (field, s, today);
    todo!()
}

/// `HH:MM` (24 h).
pub fn time(field: &str, s: &str) -> Result<NaiveTime> {
    let _ = (field, s);
    todo!()
}

/// A run duration in seconds: `MM:SS`, `H:MM:SS`, `45m`, `1h05m`, `1h`, `90s`, `1h05m30s`.
pub fn duration(field: &str, s: &str) -> Result<f64> {
    let _ = (field, s);
    todo!()
}

/// A strength session's minutes: `45`, `45m`, `1h05m`, `1:05:00`.
pub fn minutes(field: &str, s: &str) -> Result<f64> {
    let _ = (field, s);
    todo!()
}

/// A distance in metres: `5.2km`, `3.1mi`, `800m`; a bare number is in `units` (km or mi).
pub fn distance(field: &str, s: &str, units: Units) -> Result<f64> {
    let _ = (field, s, units);
    todo!()
}

/// An elevation gain in metres: `120m`, `400ft`; a bare number is metres (metric) or feet.
pub fn elevation(field: &str, s: &str, units: Units) -> Result<f64> {
    let _ = (field, s, units);
    todo!()
}

/// A weight in kg: `60kg`, `135lb`; a bare number is in `units` (kg or lb).
pub fn weight(field: &str, s: &str, units: Units) -> Result<f64> {
    let _ = (field, s, units);
    todo!()
}

/// RPE on the CR-10 scale: 1 to 10 in steps of 0.5.
pub fn rpe(field: &str, s: &str) -> Result<f64> {
    let _ = (field, s);
    todo!()
}

/// A heart rate in bpm, 30 to 250.
pub fn heart_rate(field: &str, s: &str) -> Result<u16> {
    let _ = (field, s);
    todo!()
}

/// A run kind: easy, long, recovery, tempo, intervals, hills, trail, treadmill, race.
pub fn kind(field: &str, s: &str) -> Result<RunKind> {
    let _ = (field, s);
    todo!()
}

/// One SET argument: `"EXERCISE NxR[@W(kg|lb)][ rirK][ warmup]"`, e.g. `"back squat 3x8@60kg"`.
/// The exercise is resolved through the catalog (stored under its catalog name); an unknown
/// name is an error listing the closest catalog names. `3x8` gives three entries.
pub fn set_spec(s: &str, catalog: &Catalog, units: Units) -> Result<Vec<SetEntry>> {
    let _ = (s, catalog, units);
    todo!()
}

/// Refuses an implausible run: zero or negative values, a pace faster than the world record
/// for the distance, slower than 60 min/km, longer than 1000 km or 48 h.
pub fn check_run(distance_m: f64, duration_s: f64) -> Result<()> {
    let _ = (distance_m, duration_s);
    todo!()
}

/// `1710` -> `"28:30"`, `3725` -> `"1:02:05"` (parses back with [`duration`]).
pub fn format_duration(seconds: f64) -> String {
    let _ = seconds;
    todo!()
}

/// Pace as `M:SS` per km or per mile.
pub fn format_pace(seconds_per_unit: f64) -> String {
    let _ = seconds_per_unit;
    todo!()
}

#[allow(dead_code)]
fn _unused() -> Error {
    Error::input("", "")
}
