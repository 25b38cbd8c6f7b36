//! Rest-day prompts (`TRAINING_MODEL.md` §5): hard days, run days, streaks and the prompt.
//! Reads only `History::days`, so streaks of any length work without the sessions.

use super::report::{DaySummary, History, Rest, RestPrompt};
use super::settings::{Level, Settings};
use super::wording;
use chrono::{Days, NaiveDate};
use std::collections::BTreeMap;

/// A daily load this many times the recent median makes a day hard (§5).
const LOAD_MEDIAN_FACTOR: f64 = 1.5;
/// Days with load needed in `[d-28, d-1]` before the median rule applies (§5).
const MEDIAN_MIN_DAYS: usize = 4;
/// A run whose `run_spike` x is above this makes its day hard (§5).
const SPIKE_HARD_X: f64 = 0.3;

/// `x` is above the threshold `t`, ignoring float noise: 11 km after a longest of 10 km is
/// `x = 0.1` exactly for the model, though `11000.0 / 10000.0 - 1.0` is a hair above 0.1.
pub fn above(x: f64, t: f64) -> bool {
    x > t + 1e-9
}

/// The day summaries up to D, one per date (duplicates merged), for lookups by date.
pub struct DayIndex {
    days: BTreeMap<NaiveDate, DaySummary>,
}

impl DayIndex {
    /// Indexes `history.days` up to and including `day`.
    pub fn new(history: &History, day: NaiveDate) -> DayIndex {
        let mut days: BTreeMap<NaiveDate, DaySummary> = BTreeMap::new();
        for d in history.days.iter().filter(|d| d.date <= day) {
            days.entry(d.date)
                .and_modify(|e| {
                    e.load += d.load;
                    e.sessions += d.sessions;
                    e.runs += d.runs;
                    e.hard_session |= d.hard_session;
                    e.longest_run_m = e.longest_run_m.max(d.longest_run_m);
                })
                .or_insert(*d);
        }
        DayIndex { days }
    }

    pub fn get(&self, d: NaiveDate) -> Option<&DaySummary> {
        self.days.get(&d).filter(|s| s.sessions > 0)
    }

    fn range(&self, from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = &DaySummary> {
        self.days.range(from..=to).map(|(_, s)| s)
    }

    /// The longest run in `[d-30, d-1]`, when there was a run (§4.7).
    pub fn longest_before(&self, d: NaiveDate) -> Option<f64> {
        self.range(d - Days::new(30), d - Days::new(1))
            .filter(|s| s.runs > 0)
            .map(|s| s.longest_run_m)
            .reduce(f64::max)
    }

    /// `run_spike`'s `x = distance / longest of [d-30, d-1] - 1` (§4.7), when defined.
    pub fn spike_x(&self, d: NaiveDate, distance_m: f64) -> Option<f64> {
        let longest = self.longest_before(d)?;
        (longest > 0.0).then(|| distance_m / longest - 1.0)
    }

    /// The median of the daily loads of the days with load in `[d-28, d-1]`, when there are at
    /// least 4 such days (§5); an even count takes the mean of the two middle values.
    pub fn recent_median(&self, d: NaiveDate) -> Option<f64> {
        let mut loads: Vec<f64> = self
            .range(d - Days::new(28), d - Days::new(1))
            .map(|s| s.load)
            .filter(|&l| l > 0.0)
            .collect();
        if loads.len() < MEDIAN_MIN_DAYS {
            return None;
        }
        loads.sort_by(f64::total_cmp);
        let n = loads.len();
        Some(if n % 2 == 1 {
            loads[n / 2]
        } else {
            (loads[n / 2 - 1] + loads[n / 2]) / 2.0
        })
    }

    /// A hard day (§5): a hard session, a daily load ≥ 1.5 × the recent median, or a run whose
    /// spike x is above 0.3.
    pub fn is_hard(&self, d: NaiveDate) -> bool {
        let Some(s) = self.get(d) else {
            return false;
        };
        if s.hard_session {
            return true;
        }
        if self
            .recent_median(d)
            .is_some_and(|m| s.load >= LOAD_MEDIAN_FACTOR * m)
        {
            return true;
        }
        s.runs > 0
            && self
                .spike_x(d, s.longest_run_m)
                .is_some_and(|x| above(x, SPIKE_HARD_X))
    }

    /// A run day (§5): a day with a run.
    pub fn is_run_day(&self, d: NaiveDate) -> bool {
        self.get(d).is_some_and(|s| s.runs > 0)
    }

    pub fn has_session(&self, d: NaiveDate) -> bool {
        self.get(d).is_some()
    }

    /// Days in a row ending at `end` for which `pred` holds.
    fn run_back(&self, end: NaiveDate, pred: impl Fn(NaiveDate) -> bool) -> u32 {
        let first = match self.days.keys().next() {
            Some(&f) => f,
            None => return 0,
        };
        let mut n = 0;
        let mut d = end;
        while d >= first && pred(d) {
            n += 1;
            d = d - Days::new(1);
        }
        n
    }

    /// A streak at D (§5): ending at D when D qualifies, else ending at D-1 when D has no
    /// session, else 0. Returns the length and the day it ends on.
    fn streak(&self, day: NaiveDate, pred: impl Fn(NaiveDate) -> bool) -> (u32, NaiveDate) {
        if pred(day) {
            (self.run_back(day, pred), day)
        } else if !self.has_session(day) {
            let y = day - Days::new(1);
            (self.run_back(y, pred), y)
        } else {
            (0, day)
        }
    }
}

/// Streaks, prompt and message at `day` (§5).
pub fn rest(history: &History, settings: &Settings, day: NaiveDate) -> Rest {
    let idx = DayIndex::new(history, day);
    let (hard, hard_end) = idx.streak(day, |d| idx.is_hard(d));
    let (runs, run_end) = idx.streak(day, |d| idx.is_run_day(d));
    let level = settings.level;
    let hard_hit = hard >= level.hard_cap() && hard > 0;
    let run_hit = level.run_cap().is_some_and(|c| runs >= c && runs > 0);
    // Both streaks end at D when D has a session (a zero streak says nothing), at D-1 otherwise.
    let prompt = (hard_hit || run_hit).then(|| {
        if idx.has_session(day) {
            RestPrompt::RestTomorrow
        } else {
            RestPrompt::RestToday
        }
    });
    let message = prompt.map(|p| {
        let (n, end, kind) = if hard_hit {
            (hard, hard_end, wording::StreakKind::Hard)
        } else {
            (runs, run_end, wording::StreakKind::Run)
        };
        let start = end - Days::new(u64::from(n) - 1);
        wording::rest_message(p, kind, n, start, end, matches!(level, Level::Beginner))
    });
    Rest {
        prompt,
        hard_streak: hard,
        run_streak: runs,
        message,
    }
}
