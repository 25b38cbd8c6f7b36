//! The settings as `key = value` text: display order, validation, and which keys change loads.

use crate::domain::{BandEdges, Level, RunKind, Settings, Units, WeekStart};
use crate::error::{Error, Result};
use crate::parse;

mod first_start;
mod plates;
use first_start::first_start_in;
use plates::{bar_in, on_off, plates_in, plates_text};

const RPE_KINDS: [RunKind; 9] = [
    RunKind::Recovery,
    RunKind::Easy,
    RunKind::Treadmill,
    RunKind::Long,
    RunKind::Trail,
    RunKind::Tempo,
    RunKind::Hills,
    RunKind::Intervals,
    RunKind::Race,
];
const BAND_EDGES: [&str; 4] = ["low", "maintain", "grow", "high"];

/// Every key, in display order.
pub fn all() -> Vec<String> {
    let mut keys: Vec<String> = [
        "level",
        "run_days",
        "lift_days",
        "long_run_day",
        "plate_step",
        "bar_kg",
        "plates",
        "rest_bell",
        "body_kg",
        "units",
        "distance_unit",
        "weight_unit",
        "week_start",
        "hr_max",
        "shoes_retire_km",
        "run_set_au",
    ]
    .map(String::from)
    .into();
    keys.extend(RPE_KINDS.iter().map(|k| format!("rpe.{}", k.key())));
    keys.push("rpe.strength".into());
    for size in ["big", "small", "arms"] {
        keys.extend(BAND_EDGES.iter().map(|e| format!("bands.{size}.{e}")));
    }
    keys.push("first_start".into());
    keys
}

/// Whether changing `key` changes cached session loads or hard flags.
pub fn changes_loads(key: &str) -> bool {
    key == "body_kg" || key == "hr_max" || key.starts_with("rpe.")
}

fn kind_of(k: &str) -> Option<RunKind> {
    RunKind::ALL.into_iter().find(|x| x.key() == k)
}

pub(super) fn num(v: f64) -> String {
    format!("{v}")
}

fn edge<'a>(b: &'a mut BandEdges, e: &str) -> Option<&'a mut f64> {
    Some(match e {
        "low" => &mut b.low,
        "maintain" => &mut b.maintain,
        "grow" => &mut b.grow,
        "high" => &mut b.high,
        _ => return None,
    })
}

/// The value of `key` as text (the form [`apply`] accepts back).
pub fn get(s: &Settings, key: &str) -> Option<String> {
    let mut s = s.clone();
    Some(match key {
        "level" => s.level.key().into(),
        "run_days" => auto_or(s.run_days),
        "lift_days" => auto_or(s.lift_days),
        "long_run_day" => s
            .long_run_day
            .map_or_else(|| AUTO.to_string(), |d| weekday_key(d).to_string()),
        "plate_step" => s
            .plate_step_kg
            .map_or_else(|| AUTO.to_string(), |kg| plate_step_text(kg, s.weight_unit)),
        "bar_kg" => s
            .bar_kg
            .map_or_else(|| AUTO.to_string(), |kg| plate_step_text(kg, s.weight_unit)),
        "plates" => s
            .plates_kg
            .as_deref()
            .map_or_else(|| AUTO.to_string(), |p| plates_text(p, s.weight_unit)),
        "rest_bell" => if s.rest_bell { "on" } else { "off" }.into(),
        "first_start" => if s.first_start_done { "done" } else { "ask" }.into(),
        "body_kg" => num(s.body_kg),
        "units" => s.units().map_or("mixed", Units::key).into(),
        "distance_unit" => unit_key(s.distance_unit, "km", "mi").into(),
        "weight_unit" => unit_key(s.weight_unit, "kg", "lb").into(),
        "week_start" => s.week_start.key().into(),
        "hr_max" => s
            .hr_max
            .map_or_else(|| "unset".to_string(), |h| h.to_string()),
        "shoes_retire_km" => num(s.shoes_retire_km),
        "run_set_au" => num(s.run_set_au),
        "rpe.strength" => num(s.default_rpe.strength),
        _ => {
            if let Some(k) = key.strip_prefix("rpe.") {
                num(s.default_rpe.run(kind_of(k)?))
            } else {
                let (size, e) = key.strip_prefix("bands.")?.split_once('.')?;
                let b = match size {
                    "big" => &mut s.bands_big,
                    "small" => &mut s.bands_small,
                    "arms" => &mut s.bands_arms,
                    _ => return None,
                };
                num(*edge(b, e)?)
            }
        }
    })
}

/// What the coach settings show when they follow the athlete's habits (§8.2-§8.3).
const AUTO: &str = "auto";

pub(super) fn is_auto(value: &str) -> bool {
    value.trim().eq_ignore_ascii_case(AUTO)
}

fn auto_or(v: Option<u8>) -> String {
    v.map_or_else(|| AUTO.to_string(), |n| n.to_string())
}

const WEEKDAYS: [(chrono::Weekday, &str); 7] = [
    (chrono::Weekday::Mon, "monday"),
    (chrono::Weekday::Tue, "tuesday"),
    (chrono::Weekday::Wed, "wednesday"),
    (chrono::Weekday::Thu, "thursday"),
    (chrono::Weekday::Fri, "friday"),
    (chrono::Weekday::Sat, "saturday"),
    (chrono::Weekday::Sun, "sunday"),
];

fn weekday_key(d: chrono::Weekday) -> &'static str {
    WEEKDAYS
        .iter()
        .find(|(w, _)| *w == d)
        .map_or("monday", |w| w.1)
}

/// `run_days` (0-7) and `lift_days` (0-6): a whole number of days a week, or `auto`.
fn days_in(key: &str, value: &str, max: u8) -> Result<Option<u8>> {
    if is_auto(value) {
        return Ok(None);
    }
    let t = value.trim();
    match t.parse::<u8>() {
        Ok(n) if n <= max && t.bytes().all(|c| c.is_ascii_digit()) => Ok(Some(n)),
        _ => Err(Error::input(
            key,
            format!(
                "{value:?} is not accepted; use a whole number of days a week from 0 to {max}, \
                 or auto (from your habits)"
            ),
        )),
    }
}

/// `long_run_day`: a weekday (`sun`, `sunday`; `tues`, `thur`...), or `auto`.
fn long_run_day_in(key: &str, value: &str) -> Result<Option<chrono::Weekday>> {
    if is_auto(value) {
        return Ok(None);
    }
    let t = value.trim().to_ascii_lowercase();
    WEEKDAYS
        .iter()
        .find(|(_, n)| t.len() >= 3 && n.starts_with(&t))
        .map(|&(d, _)| Some(d))
        .ok_or_else(|| {
            Error::input(
                key,
                format!("{value:?} is not accepted; use a weekday (mon to sun, or monday to sunday), or auto (from your habits)"),
            )
        })
}

/// The largest plate step accepted, in kg.
const MAX_PLATE_STEP_KG: f64 = 25.0;

/// `plate_step`: a weight with its unit (`2.5kg`, `5lb`) or a bare number in the user's weight
/// unit, above 0 and up to 25 kg; or `auto` (2.5 kg, 5 lb for pounds users).
fn plate_step_in(key: &str, value: &str, units: Units) -> Result<Option<f64>> {
    if is_auto(value) {
        return Ok(None);
    }
    let refuse = || {
        Error::input(
            key,
            format!(
                "{value:?} is not accepted; use a weight step above 0 and up to 25kg, e.g. \
                 2.5kg, 1.25kg or 5lb (a bare number is in your unit), or auto"
            ),
        )
    };
    match parse::weight(key, value, units) {
        Ok(kg) if kg > 0.0 && kg <= MAX_PLATE_STEP_KG + 1e-9 => Ok(Some(kg)),
        _ => Err(refuse()),
    }
}

/// A plate step as typed back: in the user's weight unit when it is a round number there
/// (`2.5kg`, `5lb`), else in the other unit when it is round there (`1.25kg` for a pounds user),
/// so the text reads back exactly.
fn plate_step_text(kg: f64, units: Units) -> String {
    let lb = kg / crate::domain::units::KG_PER_LB;
    let (mine, other) = match units {
        Units::Metric => ((kg, "kg"), (lb, "lb")),
        Units::Imperial => ((lb, "lb"), (kg, "kg")),
    };
    let round3 = |v: f64| (v * 1000.0).round() / 1000.0;
    [mine, other]
        .into_iter()
        .find(|(v, _)| (round3(*v) - v).abs() < 1e-9)
        .map_or_else(
            || format!("{}{}", mine.0, mine.1),
            |(v, u)| format!("{}{u}", round3(v)),
        )
}

pub(super) fn unit_key(u: Units, metric: &'static str, imperial: &'static str) -> &'static str {
    match u {
        Units::Metric => metric,
        Units::Imperial => imperial,
    }
}

/// `metric`/`imperial`-style key of one unit setting: `metric` for `metric_key` (or `metric`),
/// `imperial` for `imperial_key` (or `imperial`).
fn unit_in(key: &str, value: &str, metric_key: &str, imperial_key: &str) -> Result<Units> {
    match value.trim().to_ascii_lowercase().as_str() {
        v if v == metric_key || v == "metric" => Ok(Units::Metric),
        v if v == imperial_key || v == "imperial" => Ok(Units::Imperial),
        _ => Err(Error::input(
            key,
            format!("{value:?} is not accepted; use {metric_key} or {imperial_key}"),
        )),
    }
}

/// `hr_max`: a whole number of beats per minute from 120 to 230, or empty/`unset` to clear it.
fn hr_max_in(key: &str, value: &str) -> Result<Option<u16>> {
    let t = value.trim().to_ascii_lowercase();
    let t = t.strip_suffix("bpm").unwrap_or(&t).trim();
    if matches!(t, "" | "unset" | "none") {
        return Ok(None);
    }
    match t.parse::<u16>() {
        Ok(v) if (120..=230).contains(&v) => Ok(Some(v)),
        _ => Err(Error::input(
            key,
            format!(
                "{value:?} is not accepted; use a whole number from 120 to 230 (bpm), or unset"
            ),
        )),
    }
}

/// `body_kg` as stored: kilograms, or a weight with its unit (`150lb`, `68kg`), 20 to 400 kg.
fn body_kg_in(key: &str, value: &str) -> Result<f64> {
    body_weight(key, value, Units::Metric)
}

/// A body weight as the user types it (CLI and settings form alike): a bare number is in the
/// user's weight unit `u`, or with its unit (`150lb`, `68kg`); 20 to 400 kg, refused in `u`'s
/// words (an imperial user never reads kg).
pub fn body_weight(key: &str, value: &str, u: Units) -> Result<f64> {
    let refuse = || {
        let range = match u {
            Units::Metric => "20 to 400 kg, e.g. 70 or 150lb",
            Units::Imperial => "45 to 880 lb, e.g. 160 or 72kg",
        };
        Error::input(
            key,
            format!("{value:?} is not accepted; use a weight from {range}"),
        )
    };
    let kg = parse::weight(key, value, u).map_err(|_| refuse())?;
    if (20.0..=400.0).contains(&kg) {
        Ok(kg)
    } else {
        Err(refuse())
    }
}

fn number_in(key: &str, value: &str, lo: f64, hi: f64) -> Result<f64> {
    let v = value.trim().parse::<f64>().ok().filter(|v| v.is_finite());
    match v {
        Some(v) if (lo..=hi).contains(&v) => Ok(v),
        _ => Err(Error::input(
            key,
            format!("{value:?} is not accepted; use a number from {lo} to {hi}"),
        )),
    }
}

/// Sets `key` to `value` in `s`, validating both. With `check_order`, band edges must stay in
/// order (off while loading stored rows, which arrive in any order).
pub fn apply(s: &mut Settings, key: &str, value: &str, check_order: bool) -> Result<()> {
    let unknown = || {
        Error::input(
            "setting",
            format!("unknown key {key:?}; use one of {}", all().join(", ")),
        )
    };
    match key {
        "level" => {
            s.level = Level::from_key(value).ok_or_else(|| {
                Error::input(
                    key,
                    format!("{value:?} is not accepted; use beginner, intermediate or experienced"),
                )
            })?
        }
        "run_days" => s.run_days = days_in(key, value, 7)?,
        "lift_days" => s.lift_days = days_in(key, value, 6)?,
        "long_run_day" => s.long_run_day = long_run_day_in(key, value)?,
        "plate_step" => s.plate_step_kg = plate_step_in(key, value, s.weight_unit)?,
        "bar_kg" => s.bar_kg = bar_in(key, value, s.weight_unit)?,
        "plates" => s.plates_kg = plates_in(key, value, s.weight_unit)?,
        "rest_bell" => s.rest_bell = on_off(key, value)?,
        "first_start" => s.first_start_done = first_start_in(key, value)?,
        "body_kg" => s.body_kg = body_kg_in(key, value)?,
        // `mixed` is what `units` shows when the two units differ (an export writes it back).
        "units" if value.trim().eq_ignore_ascii_case("mixed") => {}
        "units" => {
            let u = Units::from_key(value).ok_or_else(|| {
                Error::input(
                    key,
                    format!("{value:?} is not accepted; use metric or imperial"),
                )
            })?;
            s.set_units(u);
        }
        "distance_unit" => s.distance_unit = unit_in(key, value, "km", "mi")?,
        "weight_unit" => s.weight_unit = unit_in(key, value, "kg", "lb")?,
        "hr_max" => s.hr_max = hr_max_in(key, value)?,
        "shoes_retire_km" => s.shoes_retire_km = number_in(key, value, 1.0, 10000.0)?,
        "week_start" => {
            s.week_start = WeekStart::from_key(value).ok_or_else(|| {
                Error::input(
                    key,
                    format!("{value:?} is not accepted; use monday or sunday"),
                )
            })?
        }
        "run_set_au" => s.run_set_au = number_in(key, value, 1.0, 1000.0)?,
        "rpe.strength" => s.default_rpe.strength = parse::rpe(key, value)?,
        _ => {
            if let Some(k) = key.strip_prefix("rpe.") {
                let kind = kind_of(k).ok_or_else(unknown)?;
                *s.default_rpe.run_mut(kind) = parse::rpe(key, value)?;
            } else {
                let (size, e) = key
                    .strip_prefix("bands.")
                    .and_then(|r| r.split_once('.'))
                    .ok_or_else(unknown)?;
                let b = match size {
                    "big" => &mut s.bands_big,
                    "small" => &mut s.bands_small,
                    "arms" => &mut s.bands_arms,
                    _ => return Err(unknown()),
                };
                *edge(b, e).ok_or_else(unknown)? = number_in(key, value, 0.0, 1000.0)?;
                if check_order && !(b.low <= b.maintain && b.maintain <= b.grow && b.grow <= b.high)
                {
                    return Err(Error::input(
                        key,
                        format!(
                            "{value:?} breaks the order; use values with low ≤ maintain ≤ grow ≤ high (now {} / {} / {} / {})",
                            b.low, b.maintain, b.grow, b.high
                        ),
                    ));
                }
            }
        }
    }
    Ok(())
}
