//! The live workout's settings as text: the bar and the plates of the plate calculator
//! (`bar_kg`, `plates`) and the rest timer's bell (`rest_bell`).

use super::{is_auto, num, unit_key};
use crate::domain::Units;
use crate::error::{Error, Result};
use crate::parse;

/// `bar_kg`: the barbell's weight with its unit (`20kg`, `45lb`) or a bare number in the
/// user's weight unit, 5 to 50 kg; or `auto` (20 kg, 45 lb for pounds users).
pub(super) fn bar_in(key: &str, value: &str, units: Units) -> Result<Option<f64>> {
    if is_auto(value) {
        return Ok(None);
    }
    match parse::weight(key, value, units) {
        Ok(kg) if (5.0 - 1e-9..=50.0 + 1e-9).contains(&kg) => Ok(Some(kg)),
        _ => {
            let range = match units {
                Units::Metric => "from 5 to 50 kg, e.g. 20kg, 15kg or 45lb",
                Units::Imperial => "from 11 to 110 lb, e.g. 45lb, 35lb or 20kg",
            };
            Err(Error::input(
                key,
                format!(
                    "{value:?} is not accepted; use the bar's weight {range} (a bare number \
                     is in your unit), or auto"
                ),
            ))
        }
    }
}

/// `plates`: the plate sizes, separated by commas or spaces, optionally followed by `kg` or
/// `lb` (else in the user's weight unit), each above 0 and up to 50 kg, at most 12; or `auto`.
pub(super) fn plates_in(key: &str, value: &str, units: Units) -> Result<Option<Vec<f64>>> {
    if is_auto(value) {
        return Ok(None);
    }
    let refuse = || {
        let range = match units {
            Units::Metric => "above 0 and up to 50 kg, e.g. 25, 20, 15, 10, 5, 2.5, 1.25 kg",
            Units::Imperial => "above 0 and up to 110 lb, e.g. 45, 35, 25, 10, 5, 2.5 lb",
        };
        Error::input(
            key,
            format!("{value:?} is not accepted; use 1 to 12 plate weights {range}, or auto"),
        )
    };
    let t = value.trim().to_ascii_lowercase();
    let (list, u) = if let Some(r) = t.strip_suffix("kg") {
        (r, Units::Metric)
    } else if let Some(r) = t.strip_suffix("lb") {
        (r, Units::Imperial)
    } else {
        (t.as_str(), units)
    };
    let mut kg = list
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|x| !x.is_empty())
        .map(|x| match parse::weight(key, x, u) {
            Ok(v) if v > 0.0 && v <= 50.0 + 1e-9 => Ok(v),
            _ => Err(refuse()),
        })
        .collect::<Result<Vec<f64>>>()?;
    if kg.is_empty() || kg.len() > 12 {
        return Err(refuse());
    }
    kg.sort_by(|a, b| b.total_cmp(a));
    kg.dedup_by(|a, b| (*a - *b).abs() < 1e-6);
    Ok(Some(kg))
}

/// Plates as typed back: in the user's unit when all are round there, else in kg.
pub(super) fn plates_text(kg: &[f64], units: Units) -> String {
    let f = match units {
        Units::Metric => 1.0,
        Units::Imperial => crate::domain::units::KG_PER_LB,
    };
    let round = |v: f64| ((v * 1000.0).round() - v * 1000.0).abs() < 1e-6;
    let (f, unit) = if kg.iter().all(|p| round(p / f)) {
        (f, unit_key(units, "kg", "lb"))
    } else {
        (1.0, "kg")
    };
    let each: Vec<String> = kg
        .iter()
        .map(|p| num((p / f * 1000.0).round() / 1000.0))
        .collect();
    format!("{} {unit}", each.join(", "))
}

/// `rest_bell`: `on` or `off` (also yes/no, true/false).
pub(super) fn on_off(key: &str, value: &str) -> Result<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "on" | "yes" | "true" | "1" => Ok(true),
        "off" | "no" | "false" | "0" => Ok(false),
        _ => Err(Error::input(
            key,
            format!("{value:?} is not accepted; use on or off"),
        )),
    }
}
