//! Track geometry shared by the GPX, TCX and FIT readers: great-circle distance, elevation gain
//! with a noise dead band, and the `Run` built from a track, one point at a time
//! ([`TrackAcc`]), so a 50 MB GPX never holds its points in memory.
//!
//! Grade-adjusted pace is [`crate::domain::metrics::grade_adjusted_pace`] (`docs/model.md`
//! §7), fed with the profile resampled every [`GRADE_STRETCH_M`] metres.

use super::error::ReadError;
use crate::domain::metrics::grade_adjusted_pace;
use crate::domain::track::{Sample, analyse};
use crate::domain::{Run, RunKind};
use chrono::{DateTime, Utc};

/// Mean Earth radius in metres (IUGG), used by [`haversine_m`].
const EARTH_RADIUS_M: f64 = 6_371_008.8;
/// Elevation changes smaller than this are GPS/barometer noise ("ignore under 3 m").
pub const ELEVATION_DEAD_BAND_M: f64 = 3.0;
/// The elevation profile handed to the grade-adjusted pace is sampled at least this many metres
/// apart, so a 1 m step between two fixes does not produce a 300% grade.
pub const GRADE_STRETCH_M: f64 = 25.0;

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
    /// The first point after the recording was paused (a GPX segment break, a TCX track break,
    /// a FIT timer stop).
    pub resumed: bool,
}

impl Point {
    pub const EMPTY: Point = Point {
        lat: None,
        lon: None,
        ele: None,
        time: None,
        hr: None,
        distance: None,
        resumed: false,
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

/// Elevation gain ignoring wiggles under a dead band, fed one elevation at a time: a climb
/// counts (base to peak) once the track has dropped `band` below its peak, or at the end; rises
/// smaller than `band` never count.
#[derive(Debug, Clone, Default)]
pub struct Climb {
    band: f64,
    state: Option<(f64, f64)>,
    gain: f64,
}

impl Climb {
    pub fn new(band: f64) -> Climb {
        Climb {
            band,
            ..Climb::default()
        }
    }

    pub fn push(&mut self, e: f64) {
        let Some((base, peak)) = self.state.as_mut() else {
            self.state = Some((e, e));
            return;
        };
        if e > *peak {
            *peak = e;
        }
        if e < *peak - self.band {
            if *peak - *base >= self.band {
                self.gain += *peak - *base;
            }
            (*base, *peak) = (e, e);
        } else if e < *base {
            (*base, *peak) = (e, e);
        }
    }

    pub fn total(&self) -> f64 {
        match self.state {
            Some((base, peak)) if peak - base >= self.band => self.gain + peak - base,
            _ => self.gain,
        }
    }
}

/// [`Climb`] over a whole series.
#[cfg(test)]
pub fn elevation_gain(elevations: impl IntoIterator<Item = f64>, band: f64) -> f64 {
    let mut c = Climb::new(band);
    elevations.into_iter().for_each(|e| c.push(e));
    c.total()
}

/// `(cumulative metres, elevation)` kept at least [`GRADE_STRETCH_M`] apart, plus the last.
#[derive(Debug, Clone, Default)]
struct Profile {
    kept: Vec<(f64, f64)>,
    last: Option<(f64, f64)>,
}

impl Profile {
    fn push(&mut self, d: f64, e: f64) {
        match self.kept.last() {
            Some(&(kd, _)) if d - kd < GRADE_STRETCH_M => self.last = Some((d, e)),
            _ => {
                self.kept.push((d, e));
                self.last = None;
            }
        }
    }

    fn finish(mut self) -> Vec<(f64, f64)> {
        self.kept.extend(self.last);
        self.kept
    }
}

/// What a reader knows about an activity besides its points.
#[derive(Debug, Clone, Default)]
pub struct Totals {
    pub distance_m: Option<f64>,
    /// Timer time (moving, excluding pauses), seconds.
    pub timer_s: Option<f64>,
    pub avg_hr: Option<f64>,
    pub max_hr: Option<f64>,
    pub ascent_m: Option<f64>,
}

/// A track summed up point by point: distance (the device's own when every point has one, else
/// great-circle), first and last time, elevation gain, profile for the grade-adjusted pace,
/// heart rate.
#[derive(Debug, Clone)]
pub struct TrackAcc {
    points: usize,
    first_t: Option<DateTime<Utc>>,
    last_t: Option<DateTime<Utc>>,
    path_m: f64,
    last_pos: Option<(f64, f64)>,
    device: Option<(f64, f64)>,
    all_device: bool,
    climb: Climb,
    elevations: usize,
    profile_path: Profile,
    profile_device: Profile,
    hr_sum: f64,
    hr_n: u32,
    hr_max: u16,
    /// The timed points, for moving time, best efforts and splits (§9).
    samples: Vec<Timed>,
    resume: bool,
}

/// A timed point as [`TrackAcc`] keeps it: the distance both ways until the end tells which.
#[derive(Debug, Clone, Copy)]
struct Timed {
    t: DateTime<Utc>,
    path_m: f64,
    device: Option<f64>,
    ele: Option<f64>,
    hr: Option<u16>,
    resumed: bool,
}

impl Default for TrackAcc {
    fn default() -> TrackAcc {
        TrackAcc {
            points: 0,
            first_t: None,
            last_t: None,
            path_m: 0.0,
            last_pos: None,
            device: None,
            all_device: true,
            climb: Climb::new(ELEVATION_DEAD_BAND_M),
            elevations: 0,
            profile_path: Profile::default(),
            profile_device: Profile::default(),
            hr_sum: 0.0,
            hr_n: 0,
            hr_max: 0,
            samples: Vec::new(),
            resume: false,
        }
    }
}

impl TrackAcc {
    pub fn is_empty(&self) -> bool {
        self.points == 0
    }

    /// The recording was paused here (a GPX segment break, a new TCX track): the next timed
    /// point starts after a pause, whose time does not count (§2).
    pub fn pause(&mut self) {
        self.resume = true;
    }

    pub fn push(&mut self, p: &Point) {
        self.points += 1;
        if let Some(t) = p.time {
            self.first_t.get_or_insert(t);
            self.last_t = Some(t);
        }
        if let (Some(lat), Some(lon)) = (p.lat, p.lon) {
            if let Some((a, b)) = self.last_pos {
                self.path_m += haversine_m(a, b, lat, lon);
            }
            self.last_pos = Some((lat, lon));
        }
        match p.distance {
            Some(d) => {
                let first = self.device.map_or(d, |x| x.0);
                self.device = Some((first, d));
            }
            None => self.all_device = false,
        }
        if let Some(e) = p.ele {
            self.climb.push(e);
            self.elevations += 1;
            self.profile_path.push(self.path_m, e);
            if let Some((first, d)) = self.device {
                self.profile_device.push(d - first, e);
            }
        }
        if let Some(h) = p.hr.filter(|&h| h > 0) {
            self.hr_sum += f64::from(h);
            self.hr_n += 1;
            self.hr_max = self.hr_max.max(h);
        }
        self.resume |= p.resumed;
        if let Some(t) = p.time {
            self.samples.push(Timed {
                t,
                path_m: self.path_m,
                device: p.distance,
                ele: p.ele,
                hr: p.hr.filter(|&h| h > 0),
                resumed: std::mem::take(&mut self.resume) && !self.samples.is_empty(),
            });
        }
    }

    /// The samples of §9 (seconds and metres from the first timed point), on the device's
    /// distance when every point has one, else the great-circle path.
    fn samples(&self, device: bool) -> Vec<Sample> {
        let Some(first) = self.samples.first() else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(self.samples.len());
        for x in &self.samples {
            let d = match (device, x.device) {
                (true, Some(d)) => d,
                (true, None) => continue,
                (false, _) => x.path_m,
            };
            out.push(Sample {
                t: (x.t - first.t).num_milliseconds() as f64 / 1000.0,
                d,
                ele: x.ele,
                hr: x.hr.map(f64::from),
                resumed: x.resumed,
            });
        }
        out
    }

    /// The start (UTC) and the run (kind easy until the caller decides). `Err` with a reason
    /// when the points carry no timestamps (a planned route), there is no distance or duration,
    /// or the run is impossible (faster than the world record: the limit of `legday run`).
    pub fn finish(self, totals: &Totals) -> Result<(DateTime<Utc>, Run), ReadError> {
        let (Some(start), Some(end)) = (self.first_t, self.last_t) else {
            return Err(ReadError::NoTimestamps);
        };
        let elapsed = (end - start).num_milliseconds() as f64 / 1000.0;
        let device = self.all_device && self.device.is_some();
        // moving time (§2: pauses do not count): the device's timer, which stops with the
        // watch, less the still pauses the samples show while it ran; without a timer, the
        // moving time of the samples; without samples, the elapsed time
        let analysis = analyse(&self.samples(device)).filter(|a| a.moving_s > 0.0);
        let duration_s = match (&analysis, totals.timer_s) {
            (Some(a), Some(timer)) if timer - a.still_s > 0.0 => timer - a.still_s,
            (Some(a), _) => a.moving_s,
            (None, timer) => timer.unwrap_or(elapsed),
        };
        let distance_m = totals.distance_m.unwrap_or(match self.device {
            Some((a, b)) if device => b - a,
            _ => self.path_m,
        });
        if distance_m <= 0.0 || !distance_m.is_finite() {
            return Err(ReadError::Nothing(
                "no distance recorded (0 m): nothing to import as a run",
            ));
        }
        if duration_s <= 0.0 || !duration_s.is_finite() {
            return Err(ReadError::Nothing(
                "no duration recorded (0 s): nothing to import as a run",
            ));
        }
        plausible(distance_m, duration_s)?;
        let mut run = Run::new(RunKind::Easy, distance_m, duration_s);
        run.elapsed_s = (elapsed > 0.0).then_some(elapsed);
        run.track = analysis.map(|a| Box::new(a.summary));
        run.elevation_m = if self.elevations >= 2 {
            Some(self.climb.total())
        } else {
            totals.ascent_m
        };
        let profile = if device {
            self.profile_device
        } else {
            self.profile_path
        }
        .finish();
        if profile.len() >= 2 {
            run.gap_s_per_km = grade_adjusted_pace(&profile, duration_s);
        }
        // The file's own average when it has one, else the mean of the samples to a tenth of a
        // beat (the samples are whole beats: more digits would be noise, not precision).
        run.avg_hr = totals
            .avg_hr
            .or_else(|| (self.hr_n > 0).then(|| tenth(self.hr_sum / f64::from(self.hr_n))));
        run.max_hr = totals
            .max_hr
            .or((self.hr_max > 0).then_some(f64::from(self.hr_max)));
        Ok((start, run))
    }
}

/// `x` to the nearest tenth: a heart rate averaged from whole-beat samples or laps.
pub fn tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The limits `legday run` applies to typed input (faster than the world record, slower than
/// 60 min/km, over 1000 km or 48 h), as a reason starting with "refused".
pub fn plausible(distance_m: f64, duration_s: f64) -> Result<(), ReadError> {
    crate::parse::check_run(distance_m, duration_s).map_err(|e| match e {
        crate::error::Error::Input { message, .. } => ReadError::Refused(message),
        other => ReadError::Refused(other.to_string()),
    })
}

/// [`TrackAcc`] over a slice of points.
#[cfg(test)]
pub fn run_from_track(
    points: &[Point],
    totals: &Totals,
) -> Result<(DateTime<Utc>, Run), ReadError> {
    let mut acc = TrackAcc::default();
    points.iter().for_each(|p| acc.push(p));
    acc.finish(totals)
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
    fn profile_is_thinned_to_25m_stretches_and_keeps_the_end() {
        let mut p = Profile::default();
        for d in 0..=60 {
            p.push(f64::from(d), 0.0);
        }
        let kept: Vec<f64> = p.finish().iter().map(|x| x.0).collect();
        assert_eq!(kept, [0.0, 25.0, 50.0, 60.0]);
    }

    #[test]
    fn section_7_gap_of_a_timed_climb() {
        // 1000 m due north climbing 100 m in 400 s: grade 0.1 on every stretch, so
        // GAP = 400 × C(0)/C(0.1) = 400 × 3.6 / 5.968214 = 241.28 s/km (§7)
        let pts: Vec<Point> = (0..=10)
            .map(|k| Point {
                distance: Some(100.0 * f64::from(k)),
                ele: Some(10.0 * f64::from(k)),
                time: Some(DateTime::from_timestamp(40 * i64::from(k), 0).unwrap()),
                ..Point::EMPTY
            })
            .collect();
        let (_, run) = run_from_track(&pts, &Totals::default()).unwrap();
        assert_eq!((run.distance_m, run.duration_s), (1000.0, 400.0));
        let gap = run.gap_s_per_km.unwrap();
        assert!((gap - 400.0 * 3.6 / 5.968_214).abs() < 1e-3, "{gap}");
    }

    #[test]
    fn a_route_without_times_and_an_impossible_run_are_refused() {
        let p = Point {
            lat: Some(1.0),
            lon: Some(1.0),
            ..Point::EMPTY
        };
        let err = run_from_track(&[p, p], &Totals::default()).unwrap_err();
        assert_eq!(err, ReadError::NoTimestamps);
        // 1.56 km in 2 s
        let t = |s| Some(DateTime::from_timestamp(s, 0).unwrap());
        let fast = [
            Point {
                time: t(0),
                distance: Some(0.0),
                ..Point::EMPTY
            },
            Point {
                time: t(2),
                distance: Some(1560.0),
                ..Point::EMPTY
            },
        ];
        let err = run_from_track(&fast, &Totals::default())
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("refused:") && err.contains("world record"),
            "{err}"
        );
    }
}
