//! Load figures (`docs/model.md` §6), display only: acute/chronic EWMA and ACWR,
//! fitness/fatigue/form, monotony and strain; and the daily series the UI draws.

use super::history::{DaySummary, History};
use super::threshold::{gt, no_neg_zero};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const ACUTE_LAMBDA: f64 = 2.0 / (7.0 + 1.0);
const CHRONIC_LAMBDA: f64 = 2.0 / (28.0 + 1.0);
const CTL_DAYS: f64 = 42.0;
const ATL_DAYS: f64 = 7.0;
/// ACWR is reported only when `D - start ≥ 27` days (§6).
const ACWR_MIN_DAYS: i64 = 27;

/// Load figures (§6), display only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoadFigures {
    pub week: f64,
    pub acute: f64,
    pub chronic: f64,
    pub acwr: Option<f64>,
    pub fitness: f64,
    pub fatigue: f64,
    pub form: f64,
    pub monotony: Option<f64>,
    pub strain: Option<f64>,
}

/// One day of the load series (§6).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LoadPoint {
    pub date: NaiveDate,
    /// `L(d)`
    pub load: f64,
    pub acute: f64,
    pub chronic: f64,
    /// `CTL(d)`
    pub fitness: f64,
    /// `ATL(d)`
    pub fatigue: f64,
    /// `CTL(d-1) - ATL(d-1)`
    pub form: f64,
}

/// `L(d)` from the history's day summaries (0 on a day with none).
pub fn daily_load(history: &History, d: NaiveDate) -> f64 {
    history
        .days
        .iter()
        .filter(|x| x.date == d)
        .map(|x| x.load)
        // From +0.0: an empty f64 `sum()` is -0.0, which would show as "-0".
        .fold(0.0, |a, b| a + b)
}

/// Empty days before a session that make it a new *start* (§1): at least 28, i.e. a gap of 29.
pub const RESTART_GAP_DAYS: i64 = 29;

/// The dates with a session on or before `day`, ascending, each once.
fn session_dates(history: &History, day: NaiveDate) -> Vec<NaiveDate> {
    let from_days = history.days.iter().map(|d| d.date);
    let from_sessions = history.sessions.iter().map(|s| s.date);
    let mut dates: Vec<NaiveDate> = from_days
        .chain(from_sessions)
        .filter(|&d| d <= day)
        .collect();
    dates.sort_unstable();
    dates.dedup();
    dates
}

/// The date of the first session on or before `day` (§1: the earliest date).
pub fn first_date(history: &History, day: NaiveDate) -> Option<NaiveDate> {
    session_dates(history, day).first().copied()
}

/// *Start* at `day` (§1, v2): the latest session date `dk ≤ day` that is the first ever or
/// comes after at least 28 empty days (`dk - d(k-1) ≥ 29`).
pub fn start_date(history: &History, day: NaiveDate) -> Option<NaiveDate> {
    restarts(&session_dates(history, day)).last().copied()
}

/// Every *start* (§1) of a day series (ascending), for `acwr_shown` over a range of days.
pub fn starts_of_days(days: &[crate::domain::DaySummary]) -> Vec<NaiveDate> {
    let mut dates: Vec<NaiveDate> = days.iter().map(|d| d.date).collect();
    dates.sort_unstable();
    dates.dedup();
    restarts(&dates)
}

/// Whether ACWR has a value at `day` (§6): at least 27 days since the start in force at `day`
/// (the latest of `starts` up to it) and a chronic load above 0. The one rule of the
/// dashboard's figure and the Progress tab's chart.
pub fn acwr_shown(day: NaiveDate, starts: &[NaiveDate], chronic: f64) -> bool {
    starts
        .iter()
        .rev()
        .find(|&&s| s <= day)
        .is_some_and(|&s| (day - s).num_days() >= ACWR_MIN_DAYS && gt(chronic, 0.0))
}

/// Every date that is a *start* (§1) among ascending distinct session dates.
fn restarts(dates: &[NaiveDate]) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    for (k, &d) in dates.iter().enumerate() {
        if k == 0 || (d - dates[k - 1]).num_days() >= RESTART_GAP_DAYS {
            out.push(d);
        }
    }
    out
}

/// The daily series from the first session to `day` inclusive (§6), empty without a session.
/// The averages restart from 0 the day before each *start* (§1), so each day's figures are those
/// computed from the start in force on that day.
fn full_series(history: &History, day: NaiveDate) -> Vec<LoadPoint> {
    let dates = session_dates(history, day);
    let Some(&first) = dates.first() else {
        return Vec::new();
    };
    let mut starts = restarts(&dates).into_iter().peekable();
    let mut out = Vec::new();
    let (mut acute, mut chronic, mut ctl, mut atl) = (0.0, 0.0, 0.0, 0.0);
    // By date, so the order of `history.days` does not matter.
    let mut by_date: BTreeMap<NaiveDate, f64> = BTreeMap::new();
    for x in history
        .days
        .iter()
        .filter(|x| x.date >= first && x.date <= day)
    {
        *by_date.entry(x.date).or_default() += x.load;
    }
    let mut d = first;
    while d <= day {
        if starts.next_if_eq(&d).is_some() {
            (acute, chronic, ctl, atl) = (0.0, 0.0, 0.0, 0.0);
        }
        let load = by_date.get(&d).copied().unwrap_or(0.0);
        let form = ctl - atl;
        acute = ACUTE_LAMBDA * load + (1.0 - ACUTE_LAMBDA) * acute;
        chronic = CHRONIC_LAMBDA * load + (1.0 - CHRONIC_LAMBDA) * chronic;
        ctl += (load - ctl) / CTL_DAYS;
        atl += (load - atl) / ATL_DAYS;
        out.push(LoadPoint {
            date: d,
            load,
            acute,
            chronic,
            fitness: ctl,
            fatigue: atl,
            form: no_neg_zero(form),
        });
        d = d + Days::new(1);
    }
    out
}

/// The last `n_days` of the load series ending at `day`, oldest first (for the UI's trend and
/// heatmap). Days before the first session are all zeros.
/// The same from the day series alone (the figures need no session).
pub fn series_of_days(days: &[DaySummary], day: NaiveDate, n: usize) -> Vec<LoadPoint> {
    let history = History {
        sessions: Vec::new(),
        days: days.to_vec(),
    };
    series(&history, day, n)
}

pub fn series(history: &History, day: NaiveDate, n_days: usize) -> Vec<LoadPoint> {
    let full = full_series(history, day);
    (0..n_days)
        .rev()
        .map(|back| {
            let d = day - Days::new(back as u64);
            let idx = full.len() as i64 - 1 - back as i64;
            if idx >= 0 {
                full[idx as usize]
            } else {
                LoadPoint {
                    date: d,
                    load: 0.0,
                    acute: 0.0,
                    chronic: 0.0,
                    fitness: 0.0,
                    fatigue: 0.0,
                    form: 0.0,
                }
            }
        })
        .collect()
}

/// The 7 daily loads of the week `[D-6, D]`, oldest first.
pub fn week_loads(history: &History, day: NaiveDate) -> [f64; 7] {
    let mut out = [0.0; 7];
    for (i, v) in out.iter_mut().enumerate() {
        *v = daily_load(history, day - Days::new(6 - i as u64));
    }
    out
}

/// Mean and population standard deviation of daily loads.
pub fn mean_sd(loads: &[f64]) -> (f64, f64) {
    let n = loads.len() as f64;
    if n == 0.0 {
        return (0.0, 0.0);
    }
    let mean = loads.iter().sum::<f64>() / n;
    let var = loads.iter().map(|l| (l - mean).powi(2)).sum::<f64>() / n;
    (mean, var.sqrt())
}

/// Monotony (§6): mean / population sd of the 7 daily loads; `None` when either is 0.
pub fn monotony(loads: &[f64; 7]) -> Option<f64> {
    let (mean, sd) = mean_sd(loads);
    (gt(mean, 0.0) && gt(sd, 0.0)).then(|| mean / sd)
}

/// The load figures at `day` (§6).
/// `(fitness, fatigue)` at `day` (§6) for a stretch of training that began at `start`, in one
/// pass over the ascending day series: the same recurrence, in the same order, as
/// [`figures`], without building the whole series (the coach asks for it once a planned day).
pub fn fitness_fatigue(history: &History, start: NaiveDate, day: NaiveDate) -> (f64, f64) {
    let before = start - Days::new(1);
    fitness_fatigue_after(history, (before, 0.0, 0.0), day)
}

/// [`fitness_fatigue`] carried on from `(d0, fitness, fatigue)`, the values at day `d0`, to
/// `day` (the same steps as from the start, so the same numbers).
pub fn fitness_fatigue_after(
    history: &History,
    (d0, mut ctl, mut atl): (NaiveDate, f64, f64),
    day: NaiveDate,
) -> (f64, f64) {
    if !history.days.is_sorted_by_key(|d| d.date) {
        let f = figures(history, day);
        return (f.fitness, f.fatigue);
    }
    let mut d = d0 + Days::new(1);
    let mut i = history.days.partition_point(|x| x.date < d);
    while d <= day {
        let mut load = 0.0;
        while let Some(x) = history.days.get(i).filter(|x| x.date == d) {
            load += x.load;
            i += 1;
        }
        ctl += (load - ctl) / CTL_DAYS;
        atl += (load - atl) / ATL_DAYS;
        d = d + Days::new(1);
    }
    (ctl, atl)
}

pub fn figures(history: &History, day: NaiveDate) -> LoadFigures {
    let full = full_series(history, day);
    let loads = week_loads(history, day);
    let week: f64 = loads.iter().sum();
    let Some(last) = full.last() else {
        return LoadFigures {
            week: 0.0,
            acute: 0.0,
            chronic: 0.0,
            acwr: None,
            fitness: 0.0,
            fatigue: 0.0,
            form: 0.0,
            monotony: None,
            strain: None,
        };
    };
    let start = start_date(history, day).unwrap_or(full[0].date);
    let acwr = acwr_shown(day, &[start], last.chronic).then(|| last.acute / last.chronic);
    let monotony = monotony(&loads);
    LoadFigures {
        week,
        acute: last.acute,
        chronic: last.chronic,
        acwr,
        fitness: last.fitness,
        fatigue: last.fatigue,
        form: last.form,
        monotony,
        strain: monotony.map(|m| week * m),
    }
}
