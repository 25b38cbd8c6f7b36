//! What the rules of §4 read, gathered once at D from the history.

use crate::domain::catalog::Catalog;
use crate::domain::history::{DayIndex, History};
use crate::domain::load;
use crate::domain::muscle::PerMuscle;
use crate::domain::session::Session;
use crate::domain::settings::{Level, Settings};
use crate::domain::volume::window_volume;
use chrono::{Days, NaiveDate};

/// A run of the week and the longest run of the 30 days before it (§4.7).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RunOfWeek {
    pub date: NaiveDate,
    pub distance_m: f64,
    /// `None` with fewer than three earlier runs in `[date-30, date-1]` (§4.7).
    pub longest_before_m: Option<f64>,
}

/// Everything the rules read, gathered at D.
#[derive(Debug, Clone, PartialEq)]
pub struct AlertInput {
    pub level: Level,
    /// Total volume (strength + run) of the week `[D-6, D]`.
    pub week: PerMuscle,
    /// Total volume of the previous week `[D-13, D-7]`.
    pub prev_week: PerMuscle,
    /// Effective strength sets (`f × h`) of the fortnight `[D-13, D]`.
    pub fortnight_strength: PerMuscle,
    pub week_sessions: u32,
    pub week_runs: u32,
    pub week_strength_sessions: u32,
    pub week_run_m: f64,
    pub prev_run_m: f64,
    /// *Start* (§1): when the current stretch of training began (on or before D).
    pub start: Option<NaiveDate>,
    pub runs: Vec<RunOfWeek>,
    pub acwr: Option<f64>,
    pub week_loads: [f64; 7],
    pub day: NaiveDate,
}

fn in_window(s: &Session, from: NaiveDate, to: NaiveDate) -> bool {
    s.date >= from && s.date <= to
}

impl AlertInput {
    /// Gathers the inputs at `day` from the history; `acwr` comes from §6.
    pub fn gather(
        history: &History,
        settings: &Settings,
        catalog: &Catalog,
        day: NaiveDate,
        acwr: Option<f64>,
    ) -> AlertInput {
        let wk_from = day - Days::new(6);
        let pw_to = day - Days::new(7);
        let pw_from = day - Days::new(13);
        let sessions = &history.sessions;
        let (ws, wr) = window_volume(sessions, wk_from, day, settings, catalog);
        let (ps, pr) = window_volume(sessions, pw_from, pw_to, settings, catalog);
        let week: Vec<&Session> = sessions
            .iter()
            .filter(|s| in_window(s, wk_from, day))
            .collect();
        let run_m = |from, to| -> f64 {
            sessions
                .iter()
                .filter(|s| in_window(s, from, to))
                .filter_map(|s| s.run().map(|r| r.distance_m))
                .sum()
        };
        let idx = DayIndex::new(history, day);
        let mut runs: Vec<RunOfWeek> = week
            .iter()
            .filter_map(|s| {
                s.run().map(|r| RunOfWeek {
                    date: s.date,
                    distance_m: r.distance_m,
                    longest_before_m: idx.longest_before(s.date),
                })
            })
            .collect();
        runs.sort_by_key(|r| r.date);
        AlertInput {
            level: settings.level,
            week: ws + wr,
            prev_week: ps + pr,
            fortnight_strength: ws + ps,
            week_sessions: week.len() as u32,
            week_runs: week.iter().filter(|s| s.is_run()).count() as u32,
            week_strength_sessions: week.iter().filter(|s| !s.is_run()).count() as u32,
            week_run_m: run_m(wk_from, day),
            prev_run_m: run_m(pw_from, pw_to),
            start: load::start_date(history, day),
            runs,
            acwr,
            week_loads: load::week_loads(history, day),
            day,
        }
    }
}
