//! Parsers for what people type: dates, times, durations, distances, weights, set specs, RPE,
//! kinds. Small, total (never panic), and each error names the field and what is accepted.

use crate::domain::{RunKind, Units};
use crate::error::{Error, Result};
use chrono::NaiveTime;

use crate::domain::units::{KG_PER_LB, M_PER_FT, M_PER_KM, M_PER_MI};

mod date;
mod sanity;
mod set;
pub use date::{date, date_ahead};
pub use sanity::{check_lifts, check_vest};
pub(crate) use set::set_shape;
pub use set::{exercise, set_spec};

const MAX_DURATION_S: f64 = 48.0 * 3600.0;
const MAX_DISTANCE_M: f64 = 1_000_000.0;

/// `"28:3x" is not a duration; use ...`
pub(crate) fn bad(field: &str, s: &str, what: &str, accepted: &str) -> Error {
    Error::input(field, format!("{s:?} is not {what}; use {accepted}"))
}

/// A plain non-negative decimal: digits with at most one `.` (no sign, exponent, `inf`, `nan`).
fn number(s: &str) -> Option<f64> {
    let s = s.trim();
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let dots = s.chars().filter(|&c| c == '.').count();
    if digits == 0 || dots > 1 || digits + dots != s.chars().count() || s.len() > 20 {
        return None;
    }
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Splits `"5.2km"` / `"5.2 km"` into the number and the lower-cased unit.
fn split_unit(s: &str) -> Option<(f64, String)> {
    let s = s.trim();
    let end = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let value = number(&s[..end])?;
    Some((value, s[end..].trim().to_lowercase()))
}

/// `HH:MM` (24 h).
pub fn time(field: &str, s: &str) -> Result<NaiveTime> {
    let err = || bad(field, s, "a time", "HH:MM (24 h), e.g. 07:30");
    let (h, m) = s.trim().split_once(':').ok_or_else(err)?;
    let ok =
        |p: &str, n: usize| (1..=n).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit());
    if !ok(h, 2) || m.len() != 2 || !ok(m, 2) {
        return Err(err());
    }
    let (h, m) = (h.parse().map_err(|_| err())?, m.parse().map_err(|_| err())?);
    NaiveTime::from_hms_opt(h, m, 0).ok_or_else(err)
}

/// Seconds from `MM:SS`, `H:MM:SS` or `1h05m30s`-style text; `None` when malformed.
fn seconds_of(s: &str) -> Option<f64> {
    let s: String = s.trim().to_lowercase().split_whitespace().collect();
    if s.contains(':') {
        let parts: Vec<&str> = s.split(':').collect();
        let int = |p: &str, max_len: usize| {
            (!p.is_empty() && p.len() <= max_len && p.bytes().all(|c| c.is_ascii_digit()))
                .then(|| p.parse::<u64>().ok())
                .flatten()
        };
        let sec = |p: &str| {
            (p.len() == 2)
                .then(|| int(p, 2))
                .flatten()
                .filter(|&v| v < 60)
        };
        return match parts.as_slice() {
            [m, ss] => Some((int(m, 6)? * 60 + sec(ss)?) as f64),
            [h, m, ss] => Some((int(h, 6)? * 3600 + sec(m)? * 60 + sec(ss)?) as f64),
            _ => None,
        };
    }
    // `1h05m30s`: each unit at most once, in the order h, m, s.
    let mut total = 0.0;
    let mut rest = s.as_str();
    let mut allowed = "hms";
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
        let v = number(&rest[..end])?;
        let unit_len = rest[end..]
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len() - end);
        let unit = &rest[end..end + unit_len];
        let (k, scale) = match unit {
            "h" | "hr" | "hrs" | "hour" | "hours" => ('h', 3600.0),
            "m" | "min" | "mins" | "minute" | "minutes" => ('m', 60.0),
            "s" | "sec" | "secs" | "second" | "seconds" => ('s', 1.0),
            _ => return None,
        };
        let pos = allowed.find(k)?;
        allowed = &allowed[pos + 1..];
        total += v * scale;
        rest = &rest[end + unit_len..];
    }
    Some(total)
}

/// A run duration in seconds: `MM:SS`, `H:MM:SS`, `45m`, `1h05m`, `1h`, `90s`, `1h05m30s`.
pub fn duration(field: &str, s: &str) -> Result<f64> {
    let accepted = "MM:SS, H:MM:SS, 45m or 1h05m";
    let v = seconds_of(s).ok_or_else(|| bad(field, s, "a duration", accepted))?;
    if v <= 0.0 {
        return Err(Error::input(
            field,
            format!("{s:?} is zero; use a duration above 0"),
        ));
    }
    if v > MAX_DURATION_S {
        return Err(Error::input(
            field,
            format!("{s:?} is over 48 hours; use at most 48:00:00"),
        ));
    }
    Ok(v)
}

/// A strength session's minutes: `45`, `45m`, `1h05m`, `1:05:00`; 1 to 600.
pub fn minutes(field: &str, s: &str) -> Result<f64> {
    let accepted = "45, 45m, 1h05m or 1:05:00 (1 to 600 minutes)";
    let t = s.trim();
    let colons = t.matches(':').count();
    let v = match number(t) {
        Some(v) => Some(v),
        // `1:05` is ambiguous for a session length (1 min or 1 h?), so only H:MM:SS.
        None if colons == 1 => None,
        None => seconds_of(t).map(|sec| sec / 60.0),
    };
    match v {
        Some(v) if (1.0..=600.0).contains(&v) => Ok(v),
        Some(v) => Err(Error::input(
            field,
            format!("{v} minutes is out of range; use 1 to 600 minutes"),
        )),
        None => Err(bad(field, s, "a number of minutes", accepted)),
    }
}

/// A distance in metres: `5.2km`, `3.1mi`, `800m`; a bare number is in `units` (km or mi).
pub fn distance(field: &str, s: &str, units: Units) -> Result<f64> {
    let accepted = "5.2km, 3.1mi or 800m (a bare number is in your unit)";
    let (v, unit) = split_unit(s).ok_or_else(|| bad(field, s, "a distance", accepted))?;
    let scale = match unit.as_str() {
        "" => match units {
            Units::Metric => M_PER_KM,
            Units::Imperial => M_PER_MI,
        },
        "km" | "k" | "kms" => M_PER_KM,
        "mi" | "mile" | "miles" => M_PER_MI,
        "m" | "metres" | "meters" => 1.0,
        _ => return Err(bad(field, s, "a distance", accepted)),
    };
    let m = v * scale;
    if m <= 0.0 {
        return Err(Error::input(
            field,
            format!("{s:?} is zero; use a distance above 0"),
        ));
    }
    if m > MAX_DISTANCE_M {
        return Err(Error::input(
            field,
            format!("{s:?} is over 1000 km; use at most 1000km"),
        ));
    }
    Ok(m)
}

/// The shortest race distance accepted, in metres.
const MIN_RACE_M: f64 = 100.0;

/// A race distance in metres: `5k`, `10k`, `half` (also `half-marathon`, `hm`), `marathon` (case
/// ignored), or a distance as [`distance`] reads it (`30km`, `26.2mi`, a bare number in `units`),
/// from 100 m to 1000 km, kept to the decimetre.
pub fn race_distance(field: &str, s: &str, units: Units) -> Result<f64> {
    let t: String = s.trim().to_lowercase().split_whitespace().collect();
    let t = t.replace(['-', '_'], "");
    let named = match t.as_str() {
        "halfmarathon" | "hm" | "halfmara" => Some("half"),
        "mara" | "fullmarathon" | "fm" => Some("marathon"),
        other => Some(other),
    }
    .and_then(|n| {
        crate::domain::race::NAMED_DISTANCES
            .iter()
            .find(|(k, _)| *k == n)
    });
    if let Some(&(_, m)) = named {
        return Ok(m);
    }
    let accepted = "5k, 10k, half, marathon or a distance such as 30km or 26.2mi (a bare number is \
                    in your unit)";
    let m = distance(field, s, units).map_err(|e| match e {
        Error::Input { message, .. } if message.contains("is not a distance") => {
            bad(field, s, "a race distance", accepted)
        }
        other => other,
    })?;
    if m < MIN_RACE_M {
        return Err(Error::input(
            field,
            format!("{s:?} is under 100 m; use a race distance from 100m to 1000km"),
        ));
    }
    Ok((m * 10.0).round() / 10.0)
}

/// An elevation gain in metres: `120m`, `400ft`; a bare number is metres (metric) or feet.
pub fn elevation(field: &str, s: &str, units: Units) -> Result<f64> {
    let accepted = "120m or 400ft (a bare number is in m or ft per your units)";
    let (v, unit) = split_unit(s).ok_or_else(|| bad(field, s, "an elevation gain", accepted))?;
    let scale = match unit.as_str() {
        "" => match units {
            Units::Metric => 1.0,
            Units::Imperial => M_PER_FT,
        },
        "m" | "metres" | "meters" => 1.0,
        "ft" | "feet" | "foot" => M_PER_FT,
        _ => return Err(bad(field, s, "an elevation gain", accepted)),
    };
    let m = v * scale;
    if m > 10_000.0 {
        return Err(Error::input(
            field,
            format!("{s:?} is over 10000 m; use 0 to 10000m"),
        ));
    }
    Ok(m)
}

/// A weight in kg: `60kg`, `135lb`; a bare number is in `units` (kg or lb).
pub fn weight(field: &str, s: &str, units: Units) -> Result<f64> {
    let accepted = "60kg or 135lb (a bare number is in your unit)";
    let (v, unit) = split_unit(s).ok_or_else(|| bad(field, s, "a weight", accepted))?;
    let scale = match unit.as_str() {
        "" => match units {
            Units::Metric => 1.0,
            Units::Imperial => KG_PER_LB,
        },
        "kg" | "kgs" => 1.0,
        "lb" | "lbs" => KG_PER_LB,
        _ => return Err(bad(field, s, "a weight", accepted)),
    };
    let kg = v * scale;
    if kg <= 0.0 || kg > 1000.0 {
        return Err(Error::input(
            field,
            format!("{s:?} is out of range; use a weight above 0 and up to 1000kg"),
        ));
    }
    Ok(kg)
}

/// RPE on the CR-10 scale: 1 to 10 in steps of 0.5.
pub fn rpe(field: &str, s: &str) -> Result<f64> {
    match number(s) {
        Some(v) if (1.0..=10.0).contains(&v) && (v * 2.0).fract() == 0.0 => Ok(v),
        _ => Err(bad(
            field,
            s,
            "an RPE",
            "1 to 10 in steps of 0.5 (e.g. 6 or 7.5)",
        )),
    }
}

/// A heart rate in bpm, 30 to 250, decimals kept (`145.5`, as a watch's average can be).
pub fn heart_rate(field: &str, s: &str) -> Result<f64> {
    let t = s.trim().to_lowercase();
    let t = t.strip_suffix("bpm").unwrap_or(&t);
    match number(t) {
        Some(v) if (30.0..=250.0).contains(&v) => Ok(v),
        _ => Err(bad(
            field,
            s,
            "a heart rate",
            "30 to 250 (bpm), e.g. 145 or 145.5",
        )),
    }
}

/// The run kinds as the user types them, in [`RunKind::ALL`] order (help text and errors).
pub const RUN_KINDS: &str = "easy, long, recovery, tempo, intervals, hills, trail, treadmill, race";

/// A run kind: easy, long, recovery, tempo, intervals, hills, trail, treadmill, race, or the start
/// of one that fits no other (`hil` is hills; `t` could be tempo, trail or treadmill).
pub fn kind(field: &str, s: &str) -> Result<RunKind> {
    if let Some(k) = RunKind::from_key(s) {
        return Ok(k);
    }
    let t = s.trim().to_ascii_lowercase();
    let starts: Vec<RunKind> = RunKind::ALL
        .into_iter()
        .filter(|k| !t.is_empty() && k.key().starts_with(&t))
        .collect();
    match starts.as_slice() {
        [k] => Ok(*k),
        [] => Err(bad(field, s, "a run kind", RUN_KINDS)),
        many => {
            let keys: Vec<&str> = many.iter().map(|k| k.key()).collect();
            Err(Error::input(
                field,
                format!("{s:?} could be {}; type more letters", keys.join(" or ")),
            ))
        }
    }
}

/// A kind of session to filter by: `run`, `strength` or a run kind, lower-cased.
pub fn session_kind(field: &str, s: &str) -> Result<String> {
    let k = s.trim().to_ascii_lowercase();
    if k == "run" || k == "strength" || RunKind::from_key(&k).is_some() {
        return Ok(k);
    }
    Err(Error::input(
        field,
        format!("\"{k}\" is not a kind; use run, strength, or a run kind ({RUN_KINDS})"),
    ))
}

/// The fastest plausible time for a distance: Riegel from the 5k world record (12:35),
/// `755 s × (D/5000)^1.06`, less 0.5 %.
pub fn record_time_s(distance_m: f64) -> f64 {
    755.0 * (distance_m / 5000.0).powf(1.06) * 0.995
}

/// Refuses an implausible run: zero or negative values, a pace faster than the world record
/// for the distance, slower than 60 min/km, longer than 1000 km or 48 h.
pub fn check_run(distance_m: f64, duration_s: f64) -> Result<()> {
    let ok = |v: f64| v.is_finite() && v > 0.0;
    if !ok(distance_m) {
        return Err(Error::input("distance", "must be above 0"));
    }
    if !ok(duration_s) {
        return Err(Error::input("duration", "must be above 0"));
    }
    if distance_m > MAX_DISTANCE_M {
        return Err(Error::input(
            "distance",
            "is over 1000 km; use at most 1000km",
        ));
    }
    if duration_s > MAX_DURATION_S {
        return Err(Error::input(
            "duration",
            "is over 48 hours; use at most 48:00:00",
        ));
    }
    let pace = crate::format::pace_clock(duration_s / (distance_m / 1000.0));
    if duration_s < record_time_s(distance_m) || distance_m / duration_s > 10.5 {
        return Err(Error::input(
            "duration",
            format!(
                "{} for {:.2} km ({pace}/km) is faster than the world record; check distance and duration",
                crate::format::duration_clock(duration_s),
                distance_m / 1000.0
            ),
        ));
    }
    if duration_s / (distance_m / 1000.0) > 3600.0 {
        return Err(Error::input(
            "duration",
            format!("a pace of {pace}/km is slower than 60 min/km; check distance and duration"),
        ));
    }
    Ok(())
}
