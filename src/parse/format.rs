//! Formatting that parses back: durations, paces, distances, weights, elevations.

use super::{KG_PER_LB, M_PER_FT, M_PER_KM, M_PER_MI};
use crate::domain::Units;

/// `1710` -> `"28:30"`, `3725` -> `"1:02:05"` (parses back with [`super::duration`]).
pub fn format_duration(seconds: f64) -> String {
    let t = if seconds.is_finite() && seconds > 0.0 {
        seconds.round().min(1e12) as u64
    } else {
        0
    };
    let (h, m, s) = (t / 3600, t / 60 % 60, t % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Pace as `M:SS` per km or per mile.
pub fn format_pace(seconds_per_unit: f64) -> String {
    if !seconds_per_unit.is_finite() || seconds_per_unit < 0.0 {
        return "-:--".to_string();
    }
    let t = seconds_per_unit.round().min(1e12) as u64;
    format!("{}:{:02}", t / 60, t % 60)
}

/// A distance for display in the user's unit, two decimals: `"5.20 km"`, `"3.23 mi"`.
/// Parses back with [`super::distance`] to within 5 m (8 m in miles).
pub fn format_distance(metres: f64, units: Units) -> String {
    match units {
        Units::Metric => format!("{:.2} km", metres / M_PER_KM),
        Units::Imperial => format!("{:.2} mi", metres / M_PER_MI),
    }
}

/// A distance to the metre, as typed: `"5.2km"`, `"0.8km"` (round-trips with [`super::distance`]).
pub fn format_distance_km(metres: f64) -> String {
    let s = format!("{:.3}", metres / M_PER_KM);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    format!("{s}km")
}

/// A weight in the user's unit, one decimal at most: `"60kg"`, `"132.3lb"`.
pub fn format_weight(kg: f64, units: Units) -> String {
    let (v, u) = match units {
        Units::Metric => (kg, "kg"),
        Units::Imperial => (kg / KG_PER_LB, "lb"),
    };
    let s = format!("{v:.1}");
    format!("{}{u}", s.strip_suffix(".0").unwrap_or(&s))
}

/// An elevation gain in the user's unit, whole: `"120m"`, `"394ft"`.
pub fn format_elevation(metres: f64, units: Units) -> String {
    match units {
        Units::Metric => format!("{:.0}m", metres),
        Units::Imperial => format!("{:.0}ft", metres / M_PER_FT),
    }
}

/// Sets as the SET arguments that log them again, consecutive identical sets counted:
/// `["back squat 3x5@100kg", "tibialis raise 2x20 rir2"]` (parses back with [`super::set_spec`]).
pub fn format_set_specs(sets: &[crate::domain::SetEntry], units: Units) -> Vec<String> {
    let mut out: Vec<(usize, &crate::domain::SetEntry)> = Vec::new();
    for e in sets {
        match out.last_mut() {
            Some((n, last)) if *last == e => *n += 1,
            _ => out.push((1, e)),
        }
    }
    out.into_iter()
        .map(|(n, e)| {
            let mut s = format!("{} {n}x{}", e.exercise, e.reps);
            if let Some(w) = e.weight_kg {
                s.push('@');
                s.push_str(&format_weight(w, units));
            }
            if let Some(k) = e.rir {
                s.push_str(&format!(" rir{k}"));
            }
            if e.warmup {
                s.push_str(" warmup");
            }
            s
        })
        .collect()
}
