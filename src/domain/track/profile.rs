//! The elevation profile of a run (§9): the altitude at up to [`PROFILE_POINTS`] evenly spaced
//! distances from the start to the finish, small enough to store with the run and to draw as a
//! sparkline.

use super::{Sample, fill, lerp};

/// At most this many points in a profile.
pub const PROFILE_POINTS: usize = 60;

/// `(metres from the start, altitude in metres)` at `n` evenly spaced distances, `n` the
/// smaller of [`PROFILE_POINTS`] and the number of samples; the altitude interpolated between
/// the samples around each distance (a sample without one takes the nearest known before it)
/// and kept to a tenth of a metre. Empty when fewer than two samples carry an altitude. `d` is
/// the samples' cumulative distance.
pub fn elevation_profile(samples: &[Sample], d: &[f64]) -> Vec<(f64, f64)> {
    if samples.iter().filter(|s| s.ele.is_some()).count() < 2 {
        return Vec::new();
    }
    let total = d[d.len() - 1];
    let n = PROFILE_POINTS.min(samples.len());
    let ele = fill(samples.iter().map(|s| s.ele).collect());
    let tenth = |x: f64| (x * 10.0).round() / 10.0;
    let mut i = 1; // the step (i-1, i) holding the point
    (0..n)
        .map(|k| {
            let x = total * k as f64 / (n - 1) as f64;
            while i + 1 < d.len() && d[i] < x {
                i += 1;
            }
            let e = if k == 0 { ele[0] } else { lerp(d, &ele, i, x) };
            (tenth(x), tenth(e))
        })
        .collect()
}
