//! Run metrics (`docs/model.md` §7): pace, speed, energy, grade-adjusted pace (Minetti),
//! VDOT (Daniels) and race predictions (Riegel).

use super::settings::Units;
use super::units::distance_unit_m;

/// Metres in a mile (kept under this name for the metrics' callers).
pub use super::units::M_PER_MI as MILE_M;

/// Pace in seconds per km, or per mile in imperial units (§7: duration / distance).
pub fn pace_s(distance_m: f64, duration_s: f64, units: Units) -> Option<f64> {
    let unit_m = distance_unit_m(units);
    (distance_m > 0.0 && duration_s > 0.0).then(|| duration_s / (distance_m / unit_m))
}

/// Speed in km/h, or mph in imperial units (§7: distance / duration).
pub fn speed(distance_m: f64, duration_s: f64, units: Units) -> Option<f64> {
    let unit_m = distance_unit_m(units);
    (duration_s > 0.0).then(|| (distance_m / unit_m) / (duration_s / 3600.0))
}

/// Energy estimate in kcal (§7): `1.0 × body_kg × km`, shown as an estimate (±20%).
pub fn energy_kcal(body_kg: f64, distance_m: f64) -> f64 {
    body_kg * distance_m / 1000.0
}

/// Minetti's cost of running `C(i)` in J/kg/m at grade `i` (rise over run), §7.
pub fn minetti_cost(i: f64) -> f64 {
    155.4 * i.powi(5) - 30.4 * i.powi(4) - 43.3 * i.powi(3) + 46.3 * i.powi(2) + 19.5 * i + 3.6
}

/// The grade cap of §7.
pub const MAX_GRADE: f64 = 0.30;

/// Grade-adjusted pace in seconds per km (§7) from an elevation profile of
/// `(cumulative distance m, elevation m)` points and the run's duration.
///
/// Reading chosen: the run's average pace `P = duration / distance` applies to every segment
/// (a profile has no timestamps); segment `k` between consecutive points has grade
/// `i = Δelevation / Δdistance`, capped at ±0.30, and grade-adjusted pace `P × C(0)/C(i)`;
/// the run's GAP is the distance-weighted mean of the segment paces, i.e. the sum of the
/// segments' flat-equivalent times over the total distance. Segments with no forward distance
/// are skipped. `None` without two points, distance or duration.
pub fn grade_adjusted_pace(points: &[(f64, f64)], duration_s: f64) -> Option<f64> {
    let segments: Vec<(f64, f64)> = points
        .windows(2)
        .filter_map(|w| {
            let dd = w[1].0 - w[0].0;
            (dd > 0.0).then(|| (dd, ((w[1].1 - w[0].1) / dd).clamp(-MAX_GRADE, MAX_GRADE)))
        })
        .collect();
    let total: f64 = segments.iter().map(|s| s.0).sum();
    if total <= 0.0 || duration_s <= 0.0 {
        return None;
    }
    let pace = duration_s / (total / 1000.0);
    let c0 = minetti_cost(0.0);
    let weighted: f64 = segments
        .iter()
        .map(|&(dd, i)| dd * pace * c0 / minetti_cost(i))
        .sum();
    Some(weighted / total)
}

/// Daniels' VDOT from a race: distance in metres, time in seconds.
/// `VO2 = -4.60 + 0.182258 v + 0.000104 v²` (v in m/min) over
/// `%max = 0.8 + 0.1894393 e^(-0.012778 t) + 0.2989558 e^(-0.1932605 t)` (t in minutes).
pub fn vdot(distance_m: f64, duration_s: f64) -> Option<f64> {
    if distance_m <= 0.0 || duration_s <= 0.0 {
        return None;
    }
    let t = duration_s / 60.0;
    let v = distance_m / t;
    let vo2 = -4.60 + 0.182258 * v + 0.000104 * v * v;
    let pct = 0.8 + 0.1894393 * (-0.012778 * t).exp() + 0.2989558 * (-0.1932605 * t).exp();
    Some(vo2 / pct)
}

/// Riegel's prediction (§7): `T2 = T1 × (D2/D1)^1.06`.
pub fn riegel(t1_s: f64, d1_m: f64, d2_m: f64) -> f64 {
    t1_s * (d2_m / d1_m).powf(1.06)
}

/// The standard race distances predictions are shown for.
pub const RACES: [(&str, f64); 4] = [
    ("5K", 5000.0),
    ("10K", 10000.0),
    ("half marathon", 21097.5),
    ("marathon", 42195.0),
];

/// Riegel predictions for [`RACES`] from one race: `(name, distance m, seconds)`.
pub fn race_predictions(distance_m: f64, duration_s: f64) -> Vec<(&'static str, f64, f64)> {
    if distance_m <= 0.0 || duration_s <= 0.0 {
        return Vec::new();
    }
    RACES
        .iter()
        .map(|&(name, d)| (name, d, riegel(duration_s, distance_m, d)))
        .collect()
}
