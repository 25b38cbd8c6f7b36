//! The coach of `docs/model.md` §8 (model version 3): habits (§8.2), weekly targets (§8.3),
//! the calendar of races, deloads and returns (§8.4), the week's plan (§8.5), the strength
//! session (§8.7). `today` (§8.6) and `plan` (§8.8) in [`super::today`] read these.
//!
//! Everything here is a pure function of the history, the races, the settings and a day.

pub mod calendar;
pub mod habits;
pub mod lift;
pub mod week;

#[cfg(test)]
mod tests;

use super::catalog::Catalog;
use super::history::{DayIndex, History};
use super::race::Race;
use super::run_kind::RunKind;
use super::session::Session;
use super::settings::Settings;
use super::threshold::ge;
use super::volume;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

pub use calendar::{Calendar, Phase};
pub use habits::{Habits, Targets};
pub use week::{DayPlan, LiftKind, PlannedRun, RunRole, WeekPlan};

/// The quality kinds, in the order that breaks ties (§8.5).
pub const QUALITY_KINDS: [RunKind; 3] = [RunKind::Intervals, RunKind::Tempo, RunKind::Hills];

/// Days back the coach's day index covers: its day rules look at most at the plan week (7 days)
/// and the 30 days before a day (§5 hardness: the 28-day median, the 30-day spike).
const INDEX_DAYS: u64 = 60;

/// Facts older than the sessions the caller loaded (the store reads them with two small
/// queries), so the coach does not need the whole history.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Earlier {
    /// The latest date of a run of each kind of [`QUALITY_KINDS`], whatever its age.
    pub latest_quality: Vec<(RunKind, NaiveDate)>,
    /// The latest run of kind `race` (date, metres), whatever its age.
    pub last_race_run: Option<(NaiveDate, f64)>,
    /// The day series before a horizon, summed up once (see [`Prehistory::at`]): the calendar
    /// then reads only the days after it. `None`: it reads them all.
    pub prehistory: Option<Prehistory>,
}

/// What §1 and §8.4 need of the days before `horizon`: the latest session date before it and
/// the *start* in force then. Days before the horizon never change while a plan is laid out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Prehistory {
    pub horizon: NaiveDate,
    pub last: Option<NaiveDate>,
    pub start: Option<NaiveDate>,
    /// The latest break of 14+ rest days between two sessions before the horizon.
    pub gap: Option<calendar::Gap>,
}

impl Prehistory {
    /// The days before `horizon` of a history whose day series is ascending (else `None`).
    pub fn at(history: &History, horizon: NaiveDate) -> Option<Prehistory> {
        if !history.days.is_sorted_by_key(|d| d.date) {
            return None;
        }
        let mut pre = Prehistory {
            horizon,
            last: None,
            start: None,
            gap: None,
        };
        for d in history.days.iter().take_while(|d| d.date < horizon) {
            if d.sessions == 0 || pre.last == Some(d.date) {
                continue;
            }
            if pre.last.is_none_or(|l| (d.date - l).num_days() >= 29) {
                pre.start = Some(d.date);
            }
            if let Some(l) = pre.last
                && (d.date - l).num_days() > calendar::GAP_DAYS
            {
                pre.gap = Some(calendar::Gap {
                    first_rest: l + Days::new(1),
                    g: d.date,
                });
            }
            pre.last = Some(d.date);
        }
        Some(pre)
    }
}

/// How far back from D the calendar reads the days one by one (§8.4 looks back at most about
/// 150 days, except for *start*, which the [`Prehistory`] keeps).
pub const HORIZON_DAYS: u64 = 400;

/// Everything the coach reads.
#[derive(Clone, Copy)]
pub struct Inputs<'a> {
    /// At least the sessions of `[window_start(days, D), D]` and the whole day series.
    pub history: &'a History,
    pub races: &'a [Race],
    pub settings: &'a Settings,
    pub catalog: &'a Catalog,
    pub earlier: &'a Earlier,
}

/// The first day whose sessions the coach reads at `day`: 120 days back (the habits' eight
/// weeks, a race's base, the 56 days of exercises), and further back when the latest gap of 14
/// or more rest days needs the 28 days before it (§8.4 `pregap`).
pub fn window_start(history: &History, day: NaiveDate) -> NaiveDate {
    let mut from = day - Days::new(120);
    let dates: Vec<NaiveDate> = history
        .days
        .iter()
        .filter(|d| d.date <= day && d.sessions > 0)
        .map(|d| d.date)
        .collect();
    if let Some(gap) = calendar::latest_gap(&dates, day + Days::new(1)) {
        from = from.min(gap.first_rest - Days::new(28));
    }
    from
}

/// `round5(x)` of §8.1: the nearest multiple of 5, halves up.
pub fn round5(x: f64) -> f64 {
    5.0 * (x / 5.0 + 0.5 + 1e-9).floor()
}

/// `round(x)`, halves up (§8.1).
pub fn round_half_up(x: f64) -> f64 {
    (x + 0.5 + 1e-9).floor()
}

/// The median of some numbers (the mean of the two middle values for an even count).
pub fn median(mut xs: Vec<f64>) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    Some(if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    })
}

/// The first day of the calendar week holding `d` (§8.1 `M`).
pub fn week_monday(d: NaiveDate, settings: &Settings) -> NaiveDate {
    settings.week_start.first_day(d)
}

/// What a run is to the coach (§8.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunClass {
    Quality,
    Long,
    Easy,
}

/// The athlete as seen from a day: the sessions dated on or before `cut`, by date, and lookups
/// over them.
pub struct Athlete<'a> {
    pub sessions: Vec<&'a Session>,
    pub idx: DayIndex,
    pub settings: &'a Settings,
    pub catalog: &'a Catalog,
    pub cut: NaiveDate,
}

impl<'a> Athlete<'a> {
    pub fn new(inputs: &Inputs<'a>, cut: NaiveDate) -> Athlete<'a> {
        let mut sessions: Vec<&Session> = inputs
            .history
            .sessions
            .iter()
            .filter(|s| s.date <= cut)
            .collect();
        let key = |s: &&Session| (s.date, s.time, s.id);
        if !sessions.is_sorted_by_key(key) {
            sessions.sort_by_key(key);
        }
        Athlete {
            sessions,
            // the coach looks at most ~150 days back (habits, a race's base, the day rules)
            idx: DayIndex::between(inputs.history, cut - Days::new(INDEX_DAYS), cut),
            settings: inputs.settings,
            catalog: inputs.catalog,
            cut,
        }
    }

    /// The sessions dated in `[from, to]`.
    pub fn between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> impl Iterator<Item = &'a Session> + '_ {
        // the sessions are by date: start at the first on or after `from`
        let first = self.sessions.partition_point(|s| s.date < from);
        self.sessions[first..]
            .iter()
            .copied()
            .take_while(move |s| s.date <= to)
    }

    /// The median run duration in minutes of `[m-28, m-1]` (the long-run rule of §8.1).
    pub fn median_run_minutes(&self, m: NaiveDate) -> Option<f64> {
        median(
            self.between(m - Days::new(28), m - Days::new(1))
                .filter(|s| s.is_run())
                .map(Session::minutes)
                .collect(),
        )
    }

    /// §8.1: quality, long or easy, with `median` the median run minutes of `[M-28, M-1]`.
    pub fn class(&self, s: &Session, median: Option<f64>) -> Option<RunClass> {
        let run = s.run()?;
        let quality = matches!(
            run.kind,
            RunKind::Tempo | RunKind::Intervals | RunKind::Hills | RunKind::Race
        ) || ge(s.effective_rpe(self.settings), 7.0);
        if quality {
            return Some(RunClass::Quality);
        }
        let min = s.minutes();
        let long = run.kind == RunKind::Long
            || ge(min, 90.0)
            || (ge(min, 60.0) && median.is_some_and(|m| ge(min, 1.5 * m)));
        Some(if long { RunClass::Long } else { RunClass::Easy })
    }

    /// A strength session with a lower-body exercise (§8.1).
    pub fn is_lower_lift(&self, s: &Session) -> bool {
        s.strength().is_some_and(|st| {
            st.sets
                .iter()
                .any(|x| is_lower_body(self.catalog, &x.exercise))
        })
    }

    /// Done day `d` is hard (§8.1): a quality run, a long run or a race, or hard by §5.
    pub fn done_hard(&self, d: NaiveDate, median: Option<f64>) -> bool {
        self.idx.is_hard(d)
            || self.between(d, d).any(|s| {
                matches!(
                    self.class(s, median),
                    Some(RunClass::Quality | RunClass::Long)
                )
            })
    }

    /// The effective strength sets over the leg groups of day `d` (§3.1).
    pub fn leg_sets(&self, d: NaiveDate) -> f64 {
        let sets: Vec<_> = self
            .between(d, d)
            .filter_map(|s| s.strength())
            .flat_map(|st| st.sets.iter().cloned())
            .collect();
        leg_sum(&volume::strength_sets(&sets, self.catalog))
    }
}

/// The sum over quads, glutes, hamstrings and calves.
pub fn leg_sum(p: &super::muscle::PerMuscle) -> f64 {
    use super::muscle::Muscle::*;
    p[Quads] + p[Glutes] + p[Hamstrings] + p[Calves]
}

/// Lower-body (§8.1): `f = 1` for a leg group.
pub fn is_lower_body(catalog: &Catalog, exercise: &str) -> bool {
    use super::muscle::Muscle::*;
    let w = catalog.weights(exercise);
    [Quads, Glutes, Hamstrings, Calves]
        .into_iter()
        .any(|m| w[m] >= 1.0)
}
