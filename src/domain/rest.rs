//! Rest-day prompts (`docs/model.md` §5): hard days, run days, streaks and the prompt.
//! Reads only `History::days`, so streaks of any length work without the sessions.

use super::history::{DayIndex, History};
use super::settings::{Level, Settings};
use super::threshold::{above, ge};
use super::wording;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// A daily load this many times the recent median makes a day hard (§5).
const LOAD_MEDIAN_FACTOR: f64 = 1.5;
/// A run whose `run_spike` x is above this makes its day hard (§5).
const SPIKE_HARD_X: f64 = 0.3;

/// The rest prompt (§5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RestPrompt {
    RestToday,
    RestTomorrow,
}

/// Streaks and the prompt (§5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rest {
    pub prompt: Option<RestPrompt>,
    pub hard_streak: u32,
    pub run_streak: u32,
    pub message: Option<String>,
}

impl DayIndex {
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
            .is_some_and(|m| ge(s.load, LOAD_MEDIAN_FACTOR * m))
        {
            return true;
        }
        s.runs > 0
            && self
                .spike_x(d, s.longest_run_m)
                .is_some_and(|x| above(x, SPIKE_HARD_X))
    }

    /// Days in a row ending at `end` for which `pred` holds.
    fn run_back(&self, end: NaiveDate, pred: impl Fn(NaiveDate) -> bool) -> u32 {
        let Some(first) = self.first() else {
            return 0;
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
        wording::rest_message(
            p == RestPrompt::RestToday,
            kind,
            n,
            start,
            end,
            matches!(level, Level::Beginner),
        )
    });
    Rest {
        prompt,
        hard_streak: hard,
        run_streak: runs,
        message,
    }
}
