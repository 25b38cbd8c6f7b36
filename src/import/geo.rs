//! Track geometry shared by the GPX, TCX and FIT readers: great-circle distance, elevation gain
//! with a noise dead band, grade-adjusted pace (`TRAINING_MODEL.md` §7), and the `Run` built
//! from a track.
//!
//! The grade-adjusted pace lives here rather than in `crate::domain::metrics` so import does not
//! depend on another branch; it is the same formula.

use crate::domain::{Run, RunKind};
use chrono::{DateTime, Utc};

/// Mean Earth radius in metres (IUGG), used by [`haversine_m`].
const EARTH_RADIUS_M: f64 = 6_371_008.8;
/// Elevation changes smaller than this are GPS/barometer noise (issue 4: "ignore under 3 m").
pub const ELEVATION_DEAD_BAND_M: f64 = 3.0;
/// Grade is measured over stretches of at least this many metres, so a 1 m step between two
/// fixes does not produce a 300% grade.
const GRADE_STRETCH_M: f64 = 25.0;

/// One sample of a track.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub ele: Option<f64>,
    pub time: Option<DateTime<Utc>>,
    pub hr: Option<u16>,
    /// The device's cumulative distance at this sample (TCX, FIT), metres.
    pub distance: Option<f64>,
}

impl Point {
    pub const EMPTY: Point = Point {
        lat: None,
        lon: None,
        ele: None,
        time: None,
        hr: None,
        distance: None,
    };
}

/// Great-circle distance between two positions in degrees, metres.
pub fn haversine_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().min(1.0).asin()
}

/// Cumulative horizontal distance at each point: the device's own when every point has one,
/// else the sum of great-circle distances (points without a position add nothing).
fn cumulative_distance(points: &[Point]) -> Vec<f64> {
    if !points.is_empty() && points.iter().all(|p| p.distance.is_some()) {
        let first = points[0].distance.unwrap_or(0.0);
        return points
            .iter()
            .map(|p| p.distance.unwrap_or(0.0) - first)
            .collect();
    }
    let mut out = Vec::with_capacity(points.len());
    let mut total = 0.0;
    let mut last: Option<(f64, f64)> = None;
    for p in points {
        if let (Some(lat), Some(lon)) = (p.lat, p.lon) {
            if let Some((a, b)) = last {
                total += haversine_m(a, b, lat, lon);
            }
            last = Some((lat, lon));
        }
        out.push(total);
    }
    out
}

/// Elevation gain ignoring wiggles under `band` metres: a climb counts (base to peak) once the
/// track has dropped `band` below its peak, or at the end; rises smaller than `band` never count.
pub fn elevation_gain(elevations: impl IntoIterator<Item = f64>, band: f64) -> f64 {
    let mut it = elevations.into_iter();
    let Some(first) = it.next() else {
        return 0.0;
    };
    let (mut base, mut peak, mut gain) = (first, first, 0.0);
    for e in it {
        if e > peak {
            peak = e;
        }
        if e < peak - band {
            if peak - base >= band {
                gain += peak - base;
            }
            base = e;
            peak = e;
        } else if e < base {
            base = e;
            peak = e;
        }
    }
    if peak - base >= band {
        gain += peak - base;
    }
    gain
}

/// Minetti's cost of running on grade `i` (J/kg/m), `TRAINING_MODEL.md` §7.
fn minetti_cost(i: f64) -> f64 {
    155.4 * i.powi(5) - 30.4 * i.powi(4) - 43.3 * i.powi(3) + 46.3 * i.powi(2) + 19.5 * i + 3.6
}

/// Grade-adjusted pace in seconds per km (§7): each stretch's time scaled by `C(0)/C(i)`, grade
/// capped at ±0.30, over the whole distance. Input: `(cumulative metres, seconds, elevation)`.
/// `None` when there is no distance.
pub fn grade_adjusted_pace(samples: &[(f64, f64, f64)]) -> Option<f64> {
    let (mut adjusted_s, mut dist) = (0.0, 0.0);
    let mut start = *samples.first()?;
    for (k, &s) in samples.iter().enumerate().skip(1) {
        let d = s.0 - start.0;
        if d < GRADE_STRETCH_M && k + 1 < samples.len() {
            continue;
        }
        let dt = s.1 - start.1;
        if d > 0.0 && dt >= 0.0 {
            let grade = ((s.2 - start.2) / d).clamp(-0.30, 0.30);
            adjusted_s += dt * minetti_cost(0.0) / minetti_cost(grade);
            dist += d;
        }
        start = s;
    }
    (dist > 0.0).then(|| adjusted_s / dist * 1000.0)
}

/// What a reader knows about an activity besides its points.
#[derive(Debug, Clone, Default)]
pub struct Totals {
    pub distance_m: Option<f64>,
    /// Timer time (moving, excluding pauses), seconds.
    pub timer_s: Option<f64>,
    pub avg_hr: Option<u16>,
    pub max_hr: Option<u16>,
    pub ascent_m: Option<f64>,
}

/// A run from a track: start (UTC), and the run itself (kind easy). `Err` with a reason when
/// the points carry no timestamps (a planned route) or the activity has no distance.
pub fn run_from_track(points: &[Point], totals: &Totals) -> Result<(DateTime<Utc>, Run), String> {
    let timed: Vec<&Point> = points.iter().filter(|p| p.time.is_some()).collect();
    let (Some(first), Some(last)) = (timed.first(), timed.last()) else {
        return Err("no timestamps: looks like a planned route, not a recorded activity".into());
    };
    let start = first.time.expect("filtered on time");
    let elapsed = (last.time.expect("filtered") - start).num_milliseconds() as f64 / 1000.0;
    let duration_s = totals.timer_s.unwrap_or(elapsed);
    let cum = cumulative_distance(points);
    let distance_m = totals
        .distance_m
        .unwrap_or_else(|| cum.last().copied().unwrap_or(0.0));
    if distance_m <= 0.0 || !distance_m.is_finite() {
        return Err("no distance recorded (0 m): nothing to import as a run".into());
    }
    if duration_s <= 0.0 || !duration_s.is_finite() {
        return Err("no duration recorded (0 s): nothing to import as a run".into());
    }
    let mut run = Run::new(RunKind::Easy, distance_m, duration_s);
    let eles: Vec<f64> = points.iter().filter_map(|p| p.ele).collect();
    if eles.len() >= 2 {
        run.elevation_m = Some(elevation_gain(eles, ELEVATION_DEAD_BAND_M));
    } else if let Some(a) = totals.ascent_m {
        run.elevation_m = Some(a);
    }
    let samples: Vec<(f64, f64, f64)> = points
        .iter()
        .zip(&cum)
        .filter_map(|(p, &d)| {
            let t = (p.time? - start).num_milliseconds() as f64 / 1000.0;
            Some((d, t, p.ele?))
        })
        .collect();
    if samples.len() >= 2 {
        run.gap_s_per_km = grade_adjusted_pace(&samples);
    }
    let hrs: Vec<u16> = points
        .iter()
        .filter_map(|p| p.hr)
        .filter(|&h| h > 0)
        .collect();
    run.avg_hr = totals.avg_hr.or_else(|| {
        (!hrs.is_empty())
            .then(|| (hrs.iter().map(|&h| h as f64).sum::<f64>() / hrs.len() as f64).round() as u16)
    });
    run.max_hr = totals.max_hr.or_else(|| hrs.iter().copied().max());
    Ok((start, run))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn haversine_one_degree_of_latitude() {
        // 2πR/360 = 111 195.08 m
        let d = haversine_m(0.0, 0.0, 1.0, 0.0);
        assert!((d - 111_195.08).abs() < 0.1, "{d}");
        assert_eq!(haversine_m(47.6, -122.3, 47.6, -122.3), 0.0);
    }

    #[test]
    fn elevation_gain_ignores_noise_under_3m() {
        // flat with ±1 m jitter: nothing
        assert_eq!(elevation_gain([100.0, 101.0, 99.0, 101.0, 100.0], 3.0), 0.0);
        // a steady 1 m/step climb of 10 m counts in full
        assert_eq!(
            elevation_gain((0..=10).map(|i| 100.0 + i as f64), 3.0),
            10.0
        );
        // a 2 m dip inside a climb does not split it: 100 -> 115
        assert_eq!(elevation_gain([100.0, 110.0, 108.0, 115.0], 3.0), 15.0);
        // two real climbs separated by a 5 m descent: 10 + 7
        assert_eq!(elevation_gain([100.0, 110.0, 105.0, 112.0], 3.0), 17.0);
        // a 2 m bump is noise
        assert_eq!(elevation_gain([100.0, 102.0, 97.0, 99.0], 3.0), 0.0);
    }

    #[test]
    fn section_7_minetti_cost_and_gap() {
        assert!((minetti_cost(0.0) - 3.6).abs() < 1e-12);
        // C(0.1) = 0.001554 - 0.00304 - 0.0433 + 0.463 + 1.95 + 3.6 = 5.968214
        assert!((minetti_cost(0.1) - 5.968_214).abs() < 1e-9);
        // flat: GAP = pace. 1000 m in 300 s.
        let flat = [
            (0.0, 0.0, 50.0),
            (500.0, 150.0, 50.0),
            (1000.0, 300.0, 50.0),
        ];
        assert!((grade_adjusted_pace(&flat).unwrap() - 300.0).abs() < 1e-9);
        // a 10% climb: 1000 m in 400 s -> 400 × 3.6 / 5.968214 = 241.28 s/km
        let up = [(0.0, 0.0, 0.0), (1000.0, 400.0, 100.0)];
        let g = grade_adjusted_pace(&up).unwrap();
        assert!((g - 400.0 * 3.6 / 5.968_214).abs() < 1e-6, "{g}");
        // grade capped at 0.30: a 50% wall is costed as 30%
        let wall = [(0.0, 0.0, 0.0), (100.0, 100.0, 50.0)];
        let capped = [(0.0, 0.0, 0.0), (100.0, 100.0, 30.0)];
        assert_eq!(grade_adjusted_pace(&wall), grade_adjusted_pace(&capped));
        assert_eq!(grade_adjusted_pace(&[(0.0, 0.0, 0.0)]), None);
    }

    #[test]
    fn a_route_without_times_is_refused() {
        let p = Point {
            lat: Some(1.0),
            lon: Some(1.0),
            ..Point::EMPTY
        };
        let err = run_from_track(&[p, p], &Totals::default()).unwrap_err();
        assert!(err.contains("no timestamps"), "{err}");
    }
}
