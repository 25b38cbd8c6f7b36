//! What the reports read (`docs/model.md` §1, §5, §6): the sessions and a per-day series
//! (`History`), and lookups over the days by date (`DayIndex`).

use super::session::Session;
use super::settings::Settings;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Earlier runs in `[d-30, d-1]` that a run is compared with for `run_spike` (§4.7).
pub const SPIKE_MIN_EARLIER_RUNS: u32 = 3;
/// Days with load needed in `[d-28, d-1]` before the median rule applies (§5).
const MEDIAN_MIN_DAYS: usize = 4;

/// One day of the daily series the report needs beyond the fortnight (§5, §6).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DaySummary {
    pub date: NaiveDate,
    /// `L(d)`: the sum of the day's session loads (§2).
    pub load: f64,
    pub sessions: u32,
    pub runs: u32,
    /// Some session of the day is hard by itself (§5: RPE ≥ 7, or RPE ≥ 5 for ≥ 60 min).
    pub hard_session: bool,
    /// The longest run of the day in metres (0 without a run).
    pub longest_run_m: f64,
}

/// What `Report::build` reads: the sessions of the fortnight and a per-day series.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// At least every session dated in `[D-13, D]` (more is allowed; later ones are ignored).
    pub sessions: Vec<Session>,
    /// One entry per day with at least one session, ascending, from the first session up to at
    /// least D (later days are ignored).
    pub days: Vec<DaySummary>,
}

impl History {
    /// Builds the history from a full list of sessions (tests, the demo, import checks).
    pub fn from_sessions(sessions: Vec<Session>, settings: &Settings) -> History {
        let mut h = History::default();
        let mut sorted: Vec<&Session> = sessions.iter().collect();
        sorted.sort_by_key(|s| s.date);
        for s in sorted {
            h.count_in_days(s, settings);
        }
        h.sessions = sessions;
        h
    }

    /// Adds a session, and counts it in its day of the series (kept ascending).
    pub fn add(&mut self, s: Session, settings: &Settings) {
        self.count_in_days(&s, settings);
        self.sessions.push(s);
    }

    /// Counts a session in its day of the series (§2, §5): load, sessions, runs, hard, longest.
    fn count_in_days(&mut self, s: &Session, settings: &Settings) {
        let i = self.days.partition_point(|d| d.date < s.date);
        if self.days.get(i).is_none_or(|d| d.date != s.date) {
            self.days.insert(
                i,
                DaySummary {
                    date: s.date,
                    load: 0.0,
                    sessions: 0,
                    runs: 0,
                    hard_session: false,
                    longest_run_m: 0.0,
                },
            );
        }
        let d = &mut self.days[i];
        d.load += s.load(settings);
        d.sessions += 1;
        d.hard_session |= s.is_hard(settings);
        if let Some(r) = s.run() {
            d.runs += 1;
            d.longest_run_m = d.longest_run_m.max(r.distance_m);
        }
    }
}

/// The day summaries up to D, one per date (duplicates merged), for lookups by date.
pub struct DayIndex {
    days: BTreeMap<NaiveDate, DaySummary>,
}

impl DayIndex {
    /// Indexes `history.days` up to and including `day`.
    pub fn new(history: &History, day: NaiveDate) -> DayIndex {
        DayIndex::between(history, NaiveDate::MIN, day)
    }

    /// Indexes the days of `[from, day]` only: enough for lookups that look a bounded number of
    /// days back (the coach's, §8), without indexing years of history each time.
    pub fn between(history: &History, from: NaiveDate, day: NaiveDate) -> DayIndex {
        let mut days: BTreeMap<NaiveDate, DaySummary> = BTreeMap::new();
        let first = history.days.partition_point(|d| d.date < from);
        let tail = history.days.get(first..).unwrap_or_default();
        // `days` is ascending as the store and `from_sessions` build it; a history out of order
        // is indexed whole
        let sorted = history.days.is_sorted_by_key(|d| d.date);
        let all: &[DaySummary] = if sorted { tail } else { &history.days };
        for d in all.iter().filter(|d| d.date >= from && d.date <= day) {
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

    /// The first indexed day, if any.
    pub fn first(&self) -> Option<NaiveDate> {
        self.days.keys().next().copied()
    }

    pub fn get(&self, d: NaiveDate) -> Option<&DaySummary> {
        self.days.get(&d).filter(|s| s.sessions > 0)
    }

    pub fn range(&self, from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = &DaySummary> {
        self.days.range(from..=to).map(|(_, s)| s)
    }

    /// The longest run in `[d-30, d-1]`, when that window holds at least three runs (§4.7, v2:
    /// with fewer there is no recent longest worth comparing with).
    pub fn longest_before(&self, d: NaiveDate) -> Option<f64> {
        let days = || {
            self.range(d - Days::new(30), d - Days::new(1))
                .filter(|s| s.runs > 0)
        };
        let runs: u32 = days().map(|s| s.runs).sum();
        if runs < SPIKE_MIN_EARLIER_RUNS {
            return None;
        }
        days().map(|s| s.longest_run_m).reduce(f64::max)
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

    /// A run day (§5): a day with a run.
    pub fn is_run_day(&self, d: NaiveDate) -> bool {
        self.get(d).is_some_and(|s| s.runs > 0)
    }

    pub fn has_session(&self, d: NaiveDate) -> bool {
        self.get(d).is_some()
    }
}
