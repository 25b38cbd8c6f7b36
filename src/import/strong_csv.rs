//! Strong's CSV export. Two layouts exist:
//! - current: `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,
//!   Notes,Workout Notes,RPE`, weights and distances in the app's units (no unit column);
//! - older: `Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;
//!   Distance Unit;Seconds;Notes;Workout Notes` (semicolons, explicit units).
//!
//! Without a unit column the header's unit decides (`Weight (kg)`, `Distance (meters)`,
//! `Distance (miles)`...), else the user's `units` setting (imperial: lb and mi). `Set Order`
//! `W` marks a warm-up; rows that are not sets (Strong's "Rest Timer" lines) are ignored.

use super::lifts::{self, KG_PER_LB, M_PER_MI, Row};
use super::table::{Table, cell};
use crate::domain::{Settings, Units};

/// Rows of a Strong export.
pub fn rows(text: &str, settings: &Settings) -> Result<Vec<Row>, String> {
    let t = Table::parse(text)?;
    let req = t.require(&[
        ("Date", &["date"]),
        ("Exercise Name", &["exercise name"]),
        ("Reps", &["reps"]),
    ])?;
    let (c_date, c_ex, c_reps) = (req[0], req[1], req[2]);
    let c_workout = t.col(&["workout name"]);
    let c_dur = t.col(&["duration", "workout duration"]);
    let c_dur_s = t.col(&["duration (sec)", "duration (s)"]);
    let c_order = t.col(&["set order"]);
    let c_weight = t.col(&["weight", "weight (kg)", "weight (lbs)", "weight (lb)"]);
    let c_wunit = t.col(&["weight unit"]);
    let c_dist = t.col(&[
        "distance",
        "distance (km)",
        "distance (mi)",
        "distance (miles)",
        "distance (meters)",
        "distance (m)",
    ]);
    let c_dunit = t.col(&["distance unit"]);
    let c_secs = t.col(&["seconds"]);
    let c_wnotes = t.col(&["workout notes"]);
    let c_rpe = t.col(&["rpe"]);
    let header = |i: Option<usize>| i.map(|i| t.headers[i].as_str()).unwrap_or("");
    let imperial = settings.units == Units::Imperial;
    let weight_lb_default = match header(c_weight) {
        h if h.contains("lb") => true,
        h if h.contains("kg") => false,
        _ => imperial,
    };
    // metres per distance unit when no unit column says otherwise
    let dist_default = match header(c_dist) {
        h if h.contains("mi") => M_PER_MI,
        h if h.contains("km") => 1000.0,
        h if h.contains("(m") => 1.0,
        _ if imperial => M_PER_MI,
        _ => 1000.0,
    };
    let mut out = Vec::with_capacity(t.rows.len());
    for (n, r) in t.rows.iter().enumerate() {
        let bad = |col: &str| format!("data row {}: not a number in column {col}", n + 1);
        let order = cell(r, c_order).trim().to_ascii_lowercase();
        let warmup = order == "w";
        if !(order.is_empty()
            || warmup
            || order == "d"
            || order == "f"
            || order.parse::<f64>().is_ok())
        {
            continue; // "Rest Timer" and other non-set lines
        }
        if cell(r, Some(c_ex))
            .trim()
            .eq_ignore_ascii_case("rest timer")
        {
            continue;
        }
        let start = lifts::datetime(cell(r, Some(c_date)))
            .ok_or_else(|| format!("data row {}: not a date in column Date", n + 1))?;
        let lb = match cell(r, c_wunit).trim().to_ascii_lowercase().as_str() {
            "" => weight_lb_default,
            u => u.starts_with("lb"),
        };
        let per_unit = match cell(r, c_dunit).trim().to_ascii_lowercase().as_str() {
            "" => dist_default,
            u if u.starts_with("mi") => M_PER_MI,
            u if u == "m" || u.starts_with("met") => 1.0,
            _ => 1000.0,
        };
        let minutes = match c_dur_s {
            Some(i) => lifts::minutes(cell(r, Some(i)), true),
            None => lifts::minutes(cell(r, c_dur), false),
        };
        let weight = lifts::number(cell(r, c_weight)).map_err(|_| bad("Weight"))?;
        let dist = lifts::number(cell(r, c_dist)).map_err(|_| bad("Distance"))?;
        out.push(Row {
            start: Some(start),
            minutes,
            workout: cell(r, c_workout).to_string(),
            notes: cell(r, c_wnotes).to_string(),
            exercise: cell(r, Some(c_ex)).to_string(),
            reps: lifts::number(cell(r, Some(c_reps))).map_err(|_| bad("Reps"))?,
            weight_kg: weight.map(|w| if lb { w * KG_PER_LB } else { w }),
            distance_m: dist.map(|d| d * per_unit),
            seconds: lifts::number(cell(r, c_secs)).map_err(|_| bad("Seconds"))?,
            rpe: lifts::number(cell(r, c_rpe)).map_err(|_| bad("RPE"))?,
            warmup,
        });
    }
    Ok(out)
}
