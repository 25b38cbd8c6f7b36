//! What a run's track gives beyond its totals (`docs/model.md` §9 and §7): moving time, the best
//! efforts over the standard distances, the splits per km and per mile, and the time spent at
//! each heart rate. Pure: takes the samples (seconds and cumulative metres from the start) and
//! returns numbers; the readers in `src/import/` build the samples.
//!
//! Every time here is *moving* time: a step between two samples counts its seconds unless it
//! is a pause (the recording resumed after a GPX segment break or a FIT/TCX timer stop, or the
//! track did not move for more than [`PAUSE_S`] seconds). So the splits add up to the run's
//! duration, and a stop at a crossing costs a best effort nothing, as it costs the run nothing.

use serde::{Deserialize, Serialize};

mod profile;
mod zones;
pub use profile::{PROFILE_POINTS, elevation_profile};
pub use zones::{ZONES, zones};

/// The distances of best efforts (§9), in metres, with their JSON keys.
pub const EFFORT_DISTANCES: [(&str, f64); 6] = [
    ("1k", 1000.0),
    ("mile", 1609.344),
    ("5k", 5000.0),
    ("10k", 10000.0),
    ("half", 21097.5),
    ("marathon", 42195.0),
];
/// A step faster than this (m/s, 43 km/h) is a GPS jump: no best effort spans it (§9). Time is
/// recorded to the second, so a step shorter than a second counts as one second.
pub const JUMP_SPEED: f64 = 12.0;
/// A stretch of steps slower than [`STILL_SPEED`] lasting more than this many seconds is a
/// pause: its time does not count (§2).
pub const PAUSE_S: f64 = 10.0;
/// Slower than this (m/s, 33 min/km) a step is "no movement": standing, or GPS drift.
pub const STILL_SPEED: f64 = 0.5;
/// A pause across which the track moved more than this (metres) breaks the track for best
/// efforts like a jump: what happened while the clock was stopped is unknown.
pub const PAUSE_MOVE_M: f64 = 10.0;
/// The lengths of the splits.
pub const KM_M: f64 = 1000.0;
pub const MILE_M: f64 = 1609.344;
/// Elevation changes smaller than this do not count in a split's gain or loss (the run's
/// elevation gain ignores the same noise).
pub const ELEVATION_BAND_M: f64 = 3.0;

/// One sample of a track.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Sample {
    /// Seconds since the first sample (elapsed, pauses included).
    pub t: f64,
    /// Cumulative metres since the first sample.
    pub d: f64,
    pub ele: Option<f64>,
    pub hr: Option<f64>,
    /// The first sample after the recording was paused (a GPX segment break, a timer stop).
    pub resumed: bool,
}

/// The fastest continuous stretch of a standard distance inside a run (§9).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BestEffort {
    pub distance_m: f64,
    /// Moving time over the stretch.
    pub seconds: f64,
    /// Where the stretch starts, metres from the start of the run.
    pub start_m: f64,
}

/// One split: a km (or a mile), the last one shorter (§9).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Split {
    pub distance_m: f64,
    /// Moving time.
    pub seconds: f64,
    /// Elevation gain and loss, metres (`None` without elevations).
    pub gain_m: Option<f64>,
    pub loss_m: Option<f64>,
    /// The mean of the heart-rate samples inside the split.
    pub avg_hr: Option<f64>,
}

/// Everything the track gives: stored with the run.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct TrackSummary {
    /// Best efforts, shortest distance first, for each distance the track covers.
    #[serde(default)]
    pub best_efforts: Vec<BestEffort>,
    #[serde(default)]
    pub splits_km: Vec<Split>,
    #[serde(default)]
    pub splits_mi: Vec<Split>,
    /// Moving seconds at each heart rate (whole beats), ascending: the zones of any maximum.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hr_seconds: Vec<(u16, f64)>,
    /// The elevation profile: `(metres from the start, altitude in metres)`, at most
    /// [`PROFILE_POINTS`] evenly spaced points; empty without altitudes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub elevation: Vec<(f64, f64)>,
}

/// Moving and elapsed time and the summary of a track.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub moving_s: f64,
    /// The seconds of the pauses found from the samples alone (no movement for more than
    /// [`PAUSE_S`]), not those the recording marks: a device's timer counts these.
    pub still_s: f64,
    pub elapsed_s: f64,
    pub distance_m: f64,
    pub summary: TrackSummary,
}

/// Analyses a track (samples in time order). `None` when it has fewer than two samples or no
/// distance or time.
pub fn analyse(samples: &[Sample]) -> Option<Analysis> {
    let n = samples.len();
    if n < 2 {
        return None;
    }
    let d = cumulative(samples);
    let (moving, breaks, still_s) = clocks(samples, &d);
    let (elapsed_s, distance_m) = (samples[n - 1].t - samples[0].t, d[n - 1]);
    if elapsed_s <= 0.0 || distance_m <= 0.0 || !elapsed_s.is_finite() || !distance_m.is_finite() {
        return None;
    }
    let best_efforts = EFFORT_DISTANCES
        .iter()
        .filter_map(|&(_, len)| best_effort(&d, &moving, &breaks, len))
        .collect();
    Some(Analysis {
        moving_s: moving[n - 1],
        still_s,
        elapsed_s,
        distance_m,
        summary: TrackSummary {
            best_efforts,
            splits_km: splits(samples, &d, &moving, KM_M),
            splits_mi: splits(samples, &d, &moving, MILE_M),
            hr_seconds: hr_seconds(samples, &moving),
            elevation: elevation_profile(samples, &d),
        },
    })
}

/// Cumulative metres from the first sample, never going back (a device's distance that drops
/// is held).
fn cumulative(samples: &[Sample]) -> Vec<f64> {
    let d0 = samples[0].d;
    let mut top = 0.0_f64;
    samples
        .iter()
        .map(|s| {
            top = top.max(s.d - d0);
            top
        })
        .collect()
}

/// The moving clock at each sample, and for each step (ending at sample `i`) whether no best
/// effort may span it (a jump, or a pause that moved), and the seconds of the still pauses.
fn clocks(samples: &[Sample], d: &[f64]) -> (Vec<f64>, Vec<bool>, f64) {
    let n = samples.len();
    let step = |i: usize| ((samples[i].t - samples[i - 1].t).max(0.0), d[i] - d[i - 1]);
    let still = |i: usize| {
        let (dt, dd) = step(i);
        dt > 0.0 && dd < STILL_SPEED * dt
    };
    let mut paused: Vec<bool> = samples.iter().map(|s| s.resumed).collect();
    paused[0] = false;
    let mut i = 1;
    while i < n {
        // a stretch of still steps from i: paused when it lasts more than PAUSE_S
        let mut j = i;
        let mut still_s = 0.0;
        while j < n && still(j) {
            still_s += step(j).0;
            j += 1;
        }
        if still_s > PAUSE_S {
            paused[i..j].iter_mut().for_each(|p| *p = true);
        }
        i = j.max(i + 1);
    }
    let mut moving = vec![0.0; n];
    let mut breaks = vec![false; n];
    let mut still_s = 0.0;
    for i in 1..n {
        let (dt, dd) = step(i);
        if paused[i] && !samples[i].resumed {
            still_s += dt;
        }
        moving[i] = moving[i - 1] + if paused[i] { 0.0 } else { dt };
        breaks[i] = dd > JUMP_SPEED * dt.max(1.0) || (paused[i] && dd > PAUSE_MOVE_M);
    }
    (moving, breaks, still_s)
}

/// Linear interpolation of `y` at distance `x` on the step `(i-1, i)`.
fn lerp(d: &[f64], y: &[f64], i: usize, x: f64) -> f64 {
    let span = d[i] - d[i - 1];
    if span <= 0.0 {
        return y[i];
    }
    y[i - 1] + (y[i] - y[i - 1]) * (x - d[i - 1]) / span
}

/// The fastest stretch of `len` metres that spans no break: a sweep with one end on a sample
/// and the other interpolated (the optimum of a piecewise-linear time has an end on a sample).
fn best_effort(d: &[f64], m: &[f64], breaks: &[bool], len: f64) -> Option<BestEffort> {
    const EPS: f64 = 1e-9;
    let n = d.len();
    let mut best: Option<BestEffort> = None;
    let mut offer = |seconds: f64, start_m: f64| {
        let better = best.is_none_or(|b| {
            seconds < b.seconds - EPS * b.seconds.max(1.0)
                || (seconds <= b.seconds + EPS * b.seconds.max(1.0) && start_m < b.start_m)
        });
        if better && seconds > 0.0 {
            best = Some(BestEffort {
                distance_m: len,
                seconds,
                start_m,
            });
        }
    };
    // stretches [a, b] of samples with no break between them
    let mut a = 0;
    while a < n {
        let mut b = a;
        while b + 1 < n && !breaks[b + 1] {
            b += 1;
        }
        if d[b] - d[a] + EPS >= len {
            // starts on a sample
            let mut j = a + 1;
            for i in a..b {
                let target = d[i] + len;
                if target > d[b] + EPS {
                    break;
                }
                j = j.max(i + 1);
                while j < b && d[j] < target - EPS {
                    j += 1;
                }
                let end = if d[j] <= target + EPS && d[j] >= target - EPS {
                    m[j]
                } else {
                    lerp(d, m, j, target)
                };
                offer(end - m[i], d[i]);
            }
            // ends on a sample
            let mut i = a;
            for j in a + 1..=b {
                let target = d[j] - len;
                if target < d[a] - EPS {
                    continue;
                }
                while i + 1 < j && d[i + 1] <= target + EPS {
                    i += 1;
                }
                let start = if (d[i] - target).abs() <= EPS {
                    m[i]
                } else {
                    lerp(d, m, i + 1, target)
                };
                offer(m[j] - start, target.max(0.0));
            }
        }
        a = b + 1;
    }
    best
}

/// The track cut every `len` metres (the last split shorter): moving time, elevation gain and
/// loss (one dead band of [`ELEVATION_BAND_M`] over the whole track, each change counted in
/// the split where it is reached), and the mean of the heart-rate samples inside (a sample on
/// a boundary belongs to the split it ends; a split with no sample takes the heart rate at the
/// end of the step holding it).
fn splits(samples: &[Sample], d: &[f64], m: &[f64], len: f64) -> Vec<Split> {
    // a sample this close to a boundary is on it (GPS distances carry float noise)
    const EPS: f64 = 1e-6;
    let n = d.len();
    let total = d[n - 1];
    let count = (total / len).ceil() as usize;
    let has_ele = samples.iter().filter(|s| s.ele.is_some()).count() >= 2;
    let ele: Vec<f64> = fill(samples.iter().map(|s| s.ele).collect());
    let mut out = Vec::with_capacity(count);
    let mut reference: Option<f64> = None;
    let mut i = 1; // the step (i-1, i) holding the split's end
    let mut prev_m = 0.0;
    for k in 1..=count {
        let end = (k as f64 * len).min(total);
        if end - (k - 1) as f64 * len <= EPS {
            break;
        }
        let (mut gain, mut loss) = (0.0, 0.0);
        let mut hr = (0.0, 0u32);
        let mut climb = |e: f64, gain: &mut f64, loss: &mut f64| match reference {
            None => reference = Some(e),
            Some(r) if e - r >= ELEVATION_BAND_M => {
                *gain += e - r;
                reference = Some(e);
            }
            Some(r) if r - e >= ELEVATION_BAND_M => {
                *loss += r - e;
                reference = Some(e);
            }
            Some(_) => {}
        };
        if k == 1 && has_ele {
            climb(ele[0], &mut gain, &mut loss);
        }
        while i < n && d[i] < end - EPS {
            if has_ele {
                climb(ele[i], &mut gain, &mut loss);
            }
            if let Some(h) = samples[i].hr {
                hr = (hr.0 + h, hr.1 + 1);
            }
            i += 1;
        }
        let i_end = i.min(n - 1);
        let end_m = if (d[i_end] - end).abs() <= EPS {
            if let Some(h) = samples[i_end].hr {
                hr = (hr.0 + h, hr.1 + 1);
            }
            m[i_end]
        } else {
            lerp(d, m, i_end, end)
        };
        if has_ele {
            let e = if (d[i_end] - end).abs() <= EPS {
                ele[i_end]
            } else {
                lerp(d, &ele, i_end, end)
            };
            climb(e, &mut gain, &mut loss);
        }
        if (d[i_end] - end).abs() <= EPS {
            i = i_end + 1;
        }
        // no sample inside (a split shorter than the step holding it): the step's heart rate
        if hr.1 == 0
            && let Some(h) = samples[i_end].hr
        {
            hr = (h, 1);
        }
        out.push(Split {
            distance_m: end - (k - 1) as f64 * len,
            seconds: end_m - prev_m,
            gain_m: has_ele.then_some(gain),
            loss_m: has_ele.then_some(loss),
            avg_hr: (hr.1 > 0).then(|| hr.0 / f64::from(hr.1)),
        });
        prev_m = end_m;
    }
    out
}

/// Elevations with the gaps filled from the nearest known one before (or after, at the start).
fn fill(v: Vec<Option<f64>>) -> Vec<f64> {
    let first = v.iter().flatten().next().copied().unwrap_or(0.0);
    let mut last = first;
    v.into_iter()
        .map(|e| {
            if let Some(x) = e {
                last = x;
            }
            last
        })
        .collect()
}

/// Moving seconds at each heart rate: a step's moving time goes to the heart rate at its end.
fn hr_seconds(samples: &[Sample], m: &[f64]) -> Vec<(u16, f64)> {
    let mut by: std::collections::BTreeMap<u16, f64> = std::collections::BTreeMap::new();
    for i in 1..samples.len() {
        let dt = m[i] - m[i - 1];
        if let Some(h) = samples[i].hr
            && dt > 0.0
            && h > 0.0
        {
            *by.entry(h.round().clamp(0.0, 400.0) as u16).or_default() += dt;
        }
    }
    by.into_iter().collect()
}
