//! The summary of a saved session (`docs/model.md` §9 v3): what `legday show`, the summary
//! after `legday run` and an import of one run, the UI's popup after a run is saved and
//! History's details show. A run: distance, moving and elapsed time, pace and grade-adjusted
//! pace, its splits with the fastest and slowest marked, the time in each heart-rate zone, the
//! elevation profile, its best efforts (which are the fastest ever); any session: its PRs, the
//! load, where its volume went by group (§3) and the coach's suggestion for the next day (§8).
//!
//! Pure: the store gathers what it needs (`Store::summary`) and the views only draw it.

use super::catalog::Catalog;
use super::muscle::PerMuscle;
use super::session::Session;
use super::settings::{Settings, Units};
use super::today::Today;
use super::track::{BestEffort, EFFORT_DISTANCES, Split, zones};
use super::units::distance_unit_m;
use super::volume::session_volume;

/// What [`Summary::build`] reads besides the session.
#[derive(Debug, Clone)]
pub struct Inputs<'a> {
    /// The session, with its track summary when it has one.
    pub session: &'a Session,
    pub settings: &'a Settings,
    pub catalog: &'a Catalog,
    /// The fastest stored best effort over each distance, in any run: `(metres, seconds)`.
    pub fastest: &'a [(f64, f64)],
    /// The records this session set, in words (`PR: best 5K 21:30 (was 22:05)`).
    pub prs: Vec<String>,
    /// The coach's suggestion for the day after the session.
    pub next: Today,
    /// The duration the run had before an import changed it to its moving time.
    pub retimed_from_s: Option<f64>,
}

/// The summary of one session.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub session: Session,
    /// For a run.
    pub run: Option<RunSummary>,
    pub prs: Vec<String>,
    /// The session's load, AU (§4).
    pub load: f64,
    /// Effective sets per group, lifting and running together (§3).
    pub volume: PerMuscle,
    /// The coach's suggestion for the next day (§8.6).
    pub next: Today,
    /// The duration the run had before an import changed it to its moving time (§2).
    pub retimed_from_s: Option<f64>,
}

/// What a run adds to its summary.
#[derive(Debug, Clone, PartialEq)]
pub struct RunSummary {
    pub distance_m: f64,
    /// The moving time, the run's duration.
    pub moving_s: f64,
    pub elapsed_s: Option<f64>,
    /// Moving time per km.
    pub pace_s_per_km: f64,
    pub gap_s_per_km: Option<f64>,
    /// The splits in the user's unit: per km, or per mile for a miles user.
    pub split_unit: Units,
    pub splits: Vec<SplitRow>,
    pub zones: HrZones,
    /// `(metres from the start, altitude in metres)`; empty without a profile.
    pub elevation: Vec<(f64, f64)>,
    pub best_efforts: Vec<EffortRow>,
}

/// One split, marked when it is the fastest or the slowest of the whole ones.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SplitRow {
    pub split: Split,
    pub fastest: bool,
    pub slowest: bool,
}

/// One best effort, and whether no stored run has a faster one over its distance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EffortRow {
    /// Its name (`"1k"`, `"mile"`, `"5k"`...).
    pub name: &'static str,
    pub effort: BestEffort,
    pub best_ever: bool,
}

/// The moving seconds in each of the five zones of the maximum heart rate, or why there are
/// none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HrZones {
    Known {
        hr_max: f64,
        seconds: [f64; 5],
    },
    /// The run has no heart-rate samples.
    NoSamples,
    /// No maximum heart rate is set or observed.
    NoMax,
}

impl HrZones {
    /// Why there are no zones, in words.
    pub fn note(&self) -> Option<&'static str> {
        match self {
            HrZones::Known { .. } => None,
            HrZones::NoSamples => Some("no heart-rate samples stored for this run"),
            HrZones::NoMax => Some("no maximum heart rate known: set hr_max"),
        }
    }
}

impl SplitRow {
    /// The splits marked: among the whole ones (a shorter last split is never marked),
    /// compared to the whole second (float noise must not pick a "slowest" among equal
    /// splits), ties to the earliest; nothing is marked when all whole splits took the same
    /// time.
    pub fn mark(splits: &[Split], unit_m: f64) -> Vec<SplitRow> {
        let whole = splits
            .iter()
            .enumerate()
            .filter(|(_, x)| (x.distance_m - unit_m).abs() < 1e-3)
            .map(|(i, x)| (i, x.seconds.round()));
        let mut fastest: Option<(usize, f64)> = None;
        let mut slowest: Option<(usize, f64)> = None;
        for (i, t) in whole {
            if fastest.is_none_or(|f| t < f.1) {
                fastest = Some((i, t));
            }
            if slowest.is_none_or(|f| t > f.1) {
                slowest = Some((i, t));
            }
        }
        let marked = matches!((fastest, slowest), (Some(f), Some(s)) if s.1 > f.1);
        let fastest = fastest.filter(|_| marked).map(|f| f.0);
        let slowest = slowest.filter(|_| marked).map(|f| f.0);
        splits
            .iter()
            .enumerate()
            .map(|(i, &split)| SplitRow {
                split,
                fastest: fastest == Some(i),
                slowest: slowest == Some(i),
            })
            .collect()
    }
}

impl Summary {
    pub fn build(i: Inputs<'_>) -> Summary {
        let s = i.session;
        let (lift, run) = session_volume(s, i.settings, i.catalog);
        Summary {
            session: s.clone(),
            run: s.run().map(|_| run_summary(&i)),
            prs: i.prs,
            load: s.load(i.settings),
            volume: lift + run,
            next: i.next,
            retimed_from_s: i.retimed_from_s,
        }
    }
}

fn run_summary(i: &Inputs<'_>) -> RunSummary {
    let r = i.session.run().expect("a run");
    let u = i.settings.distance_unit;
    let track = r.track.as_deref();
    let splits = track
        .map(|t| match u {
            Units::Metric => SplitRow::mark(&t.splits_km, distance_unit_m(u)),
            Units::Imperial => SplitRow::mark(&t.splits_mi, distance_unit_m(u)),
        })
        .unwrap_or_default();
    let hr = track.map(|t| t.hr_seconds.as_slice()).unwrap_or_default();
    let zones = match (i.settings.known_hr_max(), hr.is_empty()) {
        (_, true) => HrZones::NoSamples,
        (None, false) => HrZones::NoMax,
        (Some(max), false) => HrZones::Known {
            hr_max: max,
            seconds: zones(hr, max),
        },
    };
    let same = |a: f64, b: f64| (a - b).abs() < 1e-6;
    let best_efforts = track
        .map(|t| t.best_efforts.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|e| EffortRow {
            name: EFFORT_DISTANCES
                .iter()
                .find(|(_, d)| same(*d, e.distance_m))
                .map_or("", |x| x.0),
            effort: *e,
            best_ever: i
                .fastest
                .iter()
                .filter(|(d, _)| same(*d, e.distance_m))
                .all(|&(_, best)| e.seconds <= best + 1e-9),
        })
        .collect();
    RunSummary {
        distance_m: r.distance_m,
        moving_s: r.duration_s,
        elapsed_s: r.elapsed_s,
        pace_s_per_km: r.duration_s / r.distance_m * 1000.0,
        gap_s_per_km: r.gap_s_per_km,
        split_unit: u,
        splits,
        zones,
        elevation: track.map(|t| t.elevation.clone()).unwrap_or_default(),
        best_efforts,
    }
}
