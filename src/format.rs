//! Numbers as the user reads them, in the user's units (km/mi, kg/lb): the one place the CLI,
//! the terminal UI and the exports turn a number into text. Pure: no terminal, no SQL.
//!
//! Two families: the `format_*` functions write what the parsers read back (`28:30`, `5.2km`,
//! `60kg`), the others write for reading (`5.2 km`, `5:29 /km`, `1 h 05 min`).

use crate::domain::threshold::{no_neg_zero, truncate_tenth};
use crate::domain::units::{distance_unit_m, weight_unit_kg};
use crate::domain::{Band, BandEdges, Session, Settings, Units};
use chrono::NaiveDate;

pub use crate::domain::units::{KG_PER_LB, M_PER_FT, M_PER_KM, M_PER_MI};

/// `"km"` or `"mi"`.
pub fn dist_unit(u: Units) -> &'static str {
    match u {
        Units::Metric => "km",
        Units::Imperial => "mi",
    }
}

/// `"kg"` or `"lb"`.
pub fn weight_unit(u: Units) -> &'static str {
    match u {
        Units::Metric => "kg",
        Units::Imperial => "lb",
    }
}

/// `1710` -> `"28:30"`, `3725` -> `"1:02:05"` (parses back with [`crate::parse::duration`]).
pub fn duration_clock(seconds: f64) -> String {
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
pub fn pace_clock(seconds_per_unit: f64) -> String {
    if !seconds_per_unit.is_finite() || seconds_per_unit < 0.0 {
        return "-:--".to_string();
    }
    let t = seconds_per_unit.round().min(1e12) as u64;
    format!("{}:{:02}", t / 60, t % 60)
}

/// A distance for display in the user's unit, two decimals: `"5.20 km"`, `"3.23 mi"`.
/// Parses back with [`crate::parse::distance`] to within 5 m (8 m in miles).
pub fn distance_2dp(metres: f64, units: Units) -> String {
    format!(
        "{:.2} {}",
        metres / distance_unit_m(units),
        dist_unit(units)
    )
}

/// A distance to the metre, as typed: `"5.2km"`, `"0.8km"` (round-trips with
/// [`crate::parse::distance`]).
pub fn distance_typed_km(metres: f64) -> String {
    let s = format!("{:.3}", metres / M_PER_KM);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    format!("{s}km")
}

/// A weight in the user's unit, one decimal at most: `"60kg"`, `"132.3lb"`.
pub fn weight_typed(kg: f64, units: Units) -> String {
    format!("{}{}", weight_number(kg, units), weight_unit(units))
}

/// An elevation gain in the user's unit, whole: `"120m"`, `"394ft"`.
pub fn elevation_whole(metres: f64, units: Units) -> String {
    match units {
        Units::Metric => format!("{:.0}m", metres),
        Units::Imperial => format!("{:.0}ft", metres / M_PER_FT),
    }
}

/// A race distance in the user's unit, up to three decimals: `"42.195 km"`, `"26.219 mi"`.
pub fn race_distance(m: f64, u: Units) -> String {
    format!(
        "{} {}",
        trim(format!("{:.3}", m / distance_unit_m(u))),
        dist_unit(u)
    )
}

/// A race as one phrase: `"Paris marathon (42.195 km) on Sun 11 Apr 2027"`.
pub fn race_line(r: &crate::domain::Race, u: Units) -> String {
    format!(
        "{} ({}) on {}",
        r.label(),
        race_distance(r.distance_m, u),
        day_year(r.date)
    )
}

/// Days to a day ahead: `"today"`, `"tomorrow"`, `"in 130 days"` (`"3 days ago"` once past).
pub fn days_to_go(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        d if d < 0 => format!("{} days ago", -d),
        d => format!("in {d} days"),
    }
}

/// `5200` -> `"5.2 km"` (or miles): one decimal, for tight spaces.
pub fn distance_1dp(m: f64, u: Units) -> String {
    crate::domain::wording::distance(m, u)
}

/// A bare number in the user's unit, for prefilling a form field: `"5"`, `"5.2"`.
pub fn distance_number(m: f64, u: Units) -> String {
    trim(format!("{:.3}", m / distance_unit_m(u)))
}

/// An elevation gain for a form field, as typed: `"214.2m"`, `"702.8ft"` (one decimal at most).
pub fn elevation_typed(m: f64, u: Units) -> String {
    match u {
        Units::Metric => format!("{}m", trim(format!("{m:.1}"))),
        Units::Imperial => format!("{}ft", trim(format!("{:.1}", m / M_PER_FT))),
    }
}

/// A plain number for a form field, one decimal at most: `6.5`, `45`, never float noise.
pub fn decimal(v: f64) -> String {
    trim(format!("{v:.1}"))
}

/// Sets as the SET arguments that log them again, consecutive identical sets counted:
/// `["back squat 3x5@100kg", "tibialis raise 2x20 rir2"]` (parses back with
/// `parse::set_spec`).
pub fn set_specs_typed(sets: &[crate::domain::SetEntry], units: Units) -> Vec<String> {
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
                s.push_str(&weight_typed(w, units));
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

/// `"60 kg"`, `"132.3 lb"`.
pub fn weight_with_unit(kg: f64, u: Units) -> String {
    format!("{} {}", weight_number(kg, u), weight_unit(u))
}

/// A bare weight in the user's unit, one decimal at most: `"60"`, `"132.3"`.
pub fn weight_number(kg: f64, u: Units) -> String {
    trim(format!("{:.1}", kg / weight_unit_kg(u)))
}

/// `"5.00"` -> `"5"`, `"5.20"` -> `"5.2"`.
fn trim(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Pace per km or per mile with its unit, `"5:29 /km"`; `"-"` without a distance.
pub fn pace_with_unit(distance_m: f64, duration_s: f64, u: Units) -> String {
    if distance_m <= 0.0 {
        return "-".into();
    }
    let per = duration_s / (distance_m / distance_unit_m(u));
    format!("{} /{}", pace_clock(per), dist_unit(u))
}

/// `"28 min"` or `"1 h 05 min"`.
pub fn minutes(min: f64) -> String {
    let m = min.round() as i64;
    if m >= 60 {
        format!("{} h {:02} min", m / 60, m % 60)
    } else {
        format!("{m} min")
    }
}

/// `"3h31"` or `"45m"`: minutes in a tight space.
pub fn hm(min: f64) -> String {
    let m = min.round() as i64;
    if m >= 60 {
        format!("{}h{:02}", m / 60, m % 60)
    } else {
        format!("{m}m")
    }
}

/// `"Mon 23 Nov"`.
pub fn day(d: NaiveDate) -> String {
    d.format("%a %-d %b").to_string()
}

/// `"Mon 23 Nov 2026"`.
pub fn day_year(d: NaiveDate) -> String {
    d.format("%a %-d %b %Y").to_string()
}

/// A figure to a whole number (load, fitness, strain), never `"-0"`: `-0.3` -> `"0"`.
pub fn whole(x: f64) -> String {
    format!("{:.0}", no_neg_zero(x.round()))
}

/// A figure to a whole number with its sign (form), never `"-0"`: `-0.3` -> `"+0"`.
pub fn signed_whole(x: f64) -> String {
    format!("{:+.0}", no_neg_zero(x.round()))
}

/// An RPE as typed: `"7"`, `"6.5"`.
pub fn rpe(r: f64) -> String {
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r}")
    }
}

/// A weekly volume in sets, truncated (never rounded) to one decimal: `1.96` -> `1.9`, so a
/// shown number never sits on the other side of a band edge than its band. A value within
/// 1e-9 relative of the next tenth counts as reaching it, as the band thresholds do.
pub fn volume(sets: f64) -> String {
    format!("{:.1}", truncate_tenth(sets))
}

/// A weekly volume shown beside its band. Truncation keeps a number below an edge below it
/// (the `none`, `low`, `maintain` and `grow` bands start *at* their edge), but `high` starts
/// *above* its edge: 20.06 sets are `high` and would truncate to `20.0`, the top of `grow`. So a
/// `high` volume whose truncation reaches down to the edge shows the first tenth above it
/// (`20.1`); every other volume is [`volume`].
pub fn band_volume(sets: f64, band: Band, edges: &BandEdges) -> String {
    let shown = truncate_tenth(sets);
    if band == Band::High && shown <= edges.high {
        return format!("{:.1}", truncate_tenth(edges.high) + 0.1);
    }
    format!("{:.1}", shown)
}

/// The distinct exercise names of a strength session, in the order first done.
pub fn exercise_names(sets: &[crate::domain::SetEntry]) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for e in sets {
        if !names.contains(&e.exercise.as_str()) {
            names.push(&e.exercise);
        }
    }
    names
}

/// One line describing a session: `"5.2 km easy · 28:30 · 5:29 /km"` or `"12 sets · squat"`.
pub fn session_summary(s: &Session, settings: &Settings) -> String {
    match (s.run(), s.strength()) {
        (Some(r), _) => format!(
            "{} {} · {} · {}",
            distance_1dp(r.distance_m, settings.distance_unit),
            r.kind,
            duration_clock(r.duration_s),
            pace_with_unit(r.distance_m, r.duration_s, settings.distance_unit)
        ),
        (_, Some(st)) => format!(
            "{} sets · {}",
            st.sets.len(),
            exercise_names(&st.sets).join(", ")
        ),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests;

/// Values as a line of unicode blocks, one per value, from `▁` (the lowest) to `█` (the
/// highest); all `▁` when they are all equal.
pub fn sparkline(values: &[f64]) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    values
        .iter()
        .map(|v| {
            let share = if hi > lo { (v - lo) / (hi - lo) } else { 0.0 };
            BLOCKS[((share * 7.0).round() as usize).min(7)]
        })
        .collect()
}

/// An exercise's weight per group as `legday exercises` lists it: `quads 1, glutes 0.5`, or
/// `(load only)` when it counts for no group.
pub fn muscle_weights(w: &crate::domain::PerMuscle) -> String {
    let parts: Vec<String> = w
        .iter()
        .filter(|(_, v)| *v > 0.0)
        .map(|(m, v)| format!("{} {}", m.key(), v))
        .collect();
    if parts.is_empty() {
        "(load only)".into()
    } else {
        parts.join(", ")
    }
}

/// `s` in at most `w` characters: whole when it fits, else cut with a final "…"
/// ("bulgarian split s…").
pub fn cut_with_ellipsis(s: &str, w: usize) -> String {
    if s.chars().count() <= w {
        return s.to_string();
    }
    let mut t: String = s.chars().take(w.saturating_sub(1)).collect();
    if w > 0 {
        t.push('…');
    }
    t
}
