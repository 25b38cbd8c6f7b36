//! The calendar (§8.4): races, the phase of a day, and the week's running minutes `B`.

use super::{Earlier, Inputs, median};
use crate::domain::race::Race;
use crate::domain::run_kind::RunKind;
use crate::domain::threshold::ge;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Rest days in a row that make a break (§8.2, §8.4).
pub const GAP_DAYS: i64 = 14;
/// Days after a break that are a `return` (§8.4: `X - g ≤ 20`).
pub const RETURN_DAYS: i64 = 20;

/// The phase of a day (§8.4), in the order the first that applies is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    RaceDay,
    PreRace,
    PostRace,
    Taper,
    Return,
    Deload,
    Build,
}

impl Phase {
    pub fn key(self) -> &'static str {
        match self {
            Phase::RaceDay => "race_day",
            Phase::PreRace => "pre_race",
            Phase::PostRace => "post_race",
            Phase::Taper => "taper",
            Phase::Return => "return",
            Phase::Deload => "deload",
            Phase::Build => "build",
        }
    }

    /// How a person reads it.
    pub fn label(self) -> &'static str {
        match self {
            Phase::RaceDay => "race day",
            Phase::PreRace => "pre-race",
            Phase::PostRace => "post-race recovery",
            Phase::Taper => "taper",
            Phase::Return => "return after a break",
            Phase::Deload => "deload week",
            Phase::Build => "build",
        }
    }
}

/// A stretch of 14 or more rest days that follows a session (§8.4): its first rest day, and
/// `g`, the first day after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gap {
    pub first_rest: NaiveDate,
    pub g: NaiveDate,
}

/// The latest [`Gap`] that ends before `x`, from the ascending distinct session dates (those
/// on or after `x` are ignored). With no session since the stretch, `g = x`.
pub fn latest_gap(dates: &[NaiveDate], x: NaiveDate) -> Option<Gap> {
    let before: Vec<NaiveDate> = dates.iter().copied().filter(|&d| d < x).collect();
    let last = *before.last()?;
    if (x - last).num_days() > GAP_DAYS {
        return Some(Gap {
            first_rest: last + Days::new(1),
            g: x,
        });
    }
    before.windows(2).rev().find_map(|w| {
        ((w[1] - w[0]).num_days() > GAP_DAYS).then(|| Gap {
            first_rest: w[0] + Days::new(1),
            g: w[1],
        })
    })
}

/// `taper_days` of §8.4: 14 for a race of 30 km or more, 10 from 15 km, else 7.
pub fn taper_days(km: f64) -> u64 {
    if ge(km, 30.0) {
        14
    } else if ge(km, 15.0) {
        10
    } else {
        7
    }
}

/// The races and the sessions' dates and run minutes, as known on a day (`cut`).
pub struct Calendar<'a> {
    races: &'a [Race],
    /// Runs of kind `race` on or before `cut` (date, metres), ascending.
    race_runs: Vec<(NaiveDate, f64)>,
    /// Distinct session dates on or before `cut`, ascending.
    dates: Vec<NaiveDate>,
    /// The *start* dates of §1 among them (after 28+ empty days), ascending.
    restarts: Vec<NaiveDate>,
    /// Every break of 14+ rest days between two sessions, by `g` ascending.
    gaps: Vec<Gap>,
    /// The latest session date before the prehistory's horizon (dates before it are not
    /// listed).
    before: Option<NaiveDate>,
    run_minutes: BTreeMap<NaiveDate, f64>,
}

impl<'a> Calendar<'a> {
    pub fn new(inputs: &Inputs<'a>, cut: NaiveDate) -> Calendar<'a> {
        let mut run_minutes = BTreeMap::new();
        let mut race_runs: Vec<(NaiveDate, f64)> = Vec::new();
        for s in inputs.history.sessions.iter().filter(|s| s.date <= cut) {
            if let Some(r) = s.run() {
                *run_minutes.entry(s.date).or_insert(0.0) += s.minutes();
                if r.kind == RunKind::Race {
                    race_runs.push((s.date, r.distance_m));
                }
            }
        }
        let Earlier { last_race_run, .. } = inputs.earlier;
        if let Some((d, m)) = *last_race_run
            && d <= cut
        {
            race_runs.push((d, m));
        }
        race_runs.sort_by_key(|a| a.0);
        // distinct session dates up to `cut` (after the prehistory's horizon, when there is
        // one): the day series is ascending (one pass, no set); a session the series lacks (a
        // history built by hand) is added in its place
        let pre = inputs.earlier.prehistory.filter(|p| p.horizon <= cut);
        let from = pre.map_or(NaiveDate::MIN, |p| p.horizon);
        let first = inputs.history.days.partition_point(|d| d.date < from);
        let mut dates: Vec<NaiveDate> = Vec::new();
        for d in inputs.history.days.get(first..).unwrap_or_default() {
            if d.date <= cut && d.sessions > 0 && dates.last().is_none_or(|&l| l < d.date) {
                dates.push(d.date);
            }
        }
        for s in inputs.history.sessions.iter() {
            if s.date <= cut
                && s.date >= from
                && let Err(i) = dates.binary_search(&s.date)
            {
                dates.insert(i, s.date);
            }
        }
        let mut restarts: Vec<NaiveDate> = pre.and_then(|p| p.start).into_iter().collect();
        let mut gaps: Vec<Gap> = pre.and_then(|p| p.gap).into_iter().collect();
        let mut prev = pre.and_then(|p| p.last);
        for &d in &dates {
            let gap = prev.map(|p| (d - p).num_days());
            if gap.is_none_or(|g| g >= 29) {
                restarts.push(d);
            }
            if let (Some(g), Some(p)) = (gap, prev)
                && g > GAP_DAYS
            {
                gaps.push(Gap {
                    first_rest: p + Days::new(1),
                    g: d,
                });
            }
            prev = Some(d);
        }
        // the latest session date before the horizon, for a break that spans it
        let before = pre.and_then(|p| p.last);
        Calendar {
            races: inputs.races,
            race_runs,
            dates,
            restarts,
            gaps,
            before,
            run_minutes,
        }
    }

    /// The next race R for day `x`: the earliest entered race dated on or after `x`.
    pub fn next_race(&self, x: NaiveDate) -> Option<&'a Race> {
        self.races
            .iter()
            .filter(|r| r.date >= x)
            .min_by_key(|r| r.date)
    }

    /// The last race P for day `x` (date, metres): the latest entered race dated before `x`, or
    /// the latest run of kind `race` dated before `x`, whichever is later.
    pub fn last_race(&self, x: NaiveDate) -> Option<(NaiveDate, f64)> {
        let entered = self
            .races
            .iter()
            .filter(|r| r.date < x)
            .max_by_key(|r| r.date)
            .map(|r| (r.date, r.distance_m));
        let run = self.race_runs.iter().rev().find(|r| r.0 < x).copied();
        match (entered, run) {
            (Some(e), Some(r)) if r.0 > e.0 => Some(r),
            (Some(e), _) => Some(e),
            (None, r) => r,
        }
    }

    /// Whether some race (entered, or a run of kind `race`) is dated `d`; its metres.
    pub fn race_on(&self, d: NaiveDate) -> Option<f64> {
        self.races
            .iter()
            .find(|r| r.date == d)
            .map(|r| r.distance_m)
            .or_else(|| self.race_runs.iter().find(|r| r.0 == d).map(|r| r.1))
    }

    /// *Start* (§1) as of day `x`.
    pub fn start(&self, x: NaiveDate) -> Option<NaiveDate> {
        let i = self.restarts.partition_point(|&d| d <= x);
        i.checked_sub(1).map(|i| self.restarts[i])
    }

    /// The latest break before `x` (§8.4 `g`): what [`latest_gap`] finds, from the breaks
    /// listed once.
    pub fn gap(&self, x: NaiveDate) -> Option<Gap> {
        let i = self.dates.partition_point(|&d| d < x);
        let last = match i.checked_sub(1) {
            Some(i) => self.dates[i],
            None => self.before.filter(|&b| b < x)?,
        };
        if (x - last).num_days() > GAP_DAYS {
            return Some(Gap {
                first_rest: last + Days::new(1),
                g: x,
            });
        }
        let j = self.gaps.partition_point(|gp| gp.g <= last);
        j.checked_sub(1).map(|j| self.gaps[j])
    }

    /// Run minutes of the sessions dated in `[from, to]`.
    pub fn run_minutes(&self, from: NaiveDate, to: NaiveDate) -> f64 {
        if from > to {
            return 0.0;
        }
        self.run_minutes.range(from..=to).map(|(_, m)| m).sum()
    }

    /// A race's base (§8.4): the median weekly run minutes of the four weeks before its taper
    /// began.
    pub fn race_base(&self, date: NaiveDate, metres: f64) -> f64 {
        let taper_start = date - Days::new(taper_days(metres / 1000.0));
        let weeks = (1..=4u64)
            .map(|k| {
                let from = taper_start - Days::new(7 * k);
                self.run_minutes(from, from + Days::new(6))
            })
            .collect();
        median(weeks).unwrap_or(0.0)
    }

    /// The phase of day `x` (§8.4), whose plan week starts on `m_x`.
    pub fn phase(&self, x: NaiveDate, m_x: NaiveDate) -> Phase {
        if let Some(r) = self.next_race(x) {
            let to_go = (r.date - x).num_days();
            if to_go == 0 {
                return Phase::RaceDay;
            }
            if to_go <= 2 {
                return Phase::PreRace;
            }
        }
        if let Some((p, m)) = self.last_race(x) {
            let days = (m / 1000.0 / 3.0 - 1e-9).ceil().max(0.0) as i64;
            let after = (x - p).num_days();
            if after >= 1 && after <= days {
                return Phase::PostRace;
            }
        }
        if let Some(r) = self.next_race(x) {
            let to_go = (r.date - x).num_days();
            if to_go >= 3 && to_go <= taper_days(r.km()) as i64 {
                return Phase::Taper;
            }
        }
        if let Some(gap) = self.gap(x)
            && (x - gap.g).num_days() <= RETURN_DAYS
        {
            return Phase::Return;
        }
        if let Some(start) = self.start(x) {
            let k = (m_x - start).num_days().div_euclid(7);
            if k >= 3 && k % 4 == 3 {
                return Phase::Deload;
            }
        }
        Phase::Build
    }

    /// `factor(x) × yardstick(x)` of §8.4 for day `x`, with the athlete's base.
    pub fn daily_minutes(&self, x: NaiveDate, m_x: NaiveDate, base: f64) -> f64 {
        match self.phase(x, m_x) {
            Phase::Build => 1.1 * base,
            Phase::Deload => 0.7 * base,
            Phase::Taper => self
                .next_race(x)
                .map_or(0.0, |r| 0.55 * self.race_base(r.date, r.distance_m)),
            Phase::PreRace | Phase::RaceDay => self
                .next_race(x)
                .map_or(0.0, |r| 0.5 * self.race_base(r.date, r.distance_m)),
            Phase::PostRace => self
                .last_race(x)
                .map_or(0.0, |(d, m)| 0.5 * self.race_base(d, m)),
            Phase::Return => {
                let Some(gap) = self.gap(x) else {
                    return 0.0;
                };
                let r = match (x - gap.g).num_days() {
                    0..=6 => 0.5,
                    7..=13 => 0.75,
                    _ => 0.9,
                };
                r * self.pregap(gap)
            }
        }
    }

    /// `pregap` of §8.4: the run minutes of the 28 days before the stretch, / 4.
    pub fn pregap(&self, gap: Gap) -> f64 {
        self.run_minutes(
            gap.first_rest - Days::new(28),
            gap.first_rest - Days::new(1),
        ) / 4.0
    }

    /// `B` of §8.4 for the plan week `[m, m+6]`: the mean of the days' minutes.
    pub fn week_minutes(&self, m: NaiveDate, base: f64) -> f64 {
        (0..7u64)
            .map(|i| self.daily_minutes(m + Days::new(i), m, base))
            .sum::<f64>()
            / 7.0
    }
}
