//! Habits (§8.2) and the weekly targets (§8.3), measured once per plan week at its first day M.

use super::calendar::Calendar;
use super::{Athlete, Inputs, RunClass, median, round_half_up};
use crate::domain::run_kind::RunKind;
use crate::domain::settings::Level;
use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Habit weeks read at most (§8.2).
pub const HABIT_WEEKS: u64 = 8;

/// The athlete's habits at M (§8.2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Habits {
    pub runs_pw: f64,
    pub lifts_pw: f64,
    /// The base: weekly run minutes.
    pub base: f64,
    pub easy_min: f64,
    pub longest: f64,
    /// How many habit weeks were measured (fewer than two: the level's defaults).
    pub weeks: usize,
}

/// The level's defaults (§8.2 table): runs a week, base minutes, lifts a week, easy minutes.
pub fn defaults(level: Level) -> (f64, f64, f64, f64) {
    match level {
        Level::Beginner => (2.0, 60.0, 2.0, 25.0),
        Level::Intermediate => (3.0, 120.0, 2.0, 35.0),
        Level::Experienced => (4.0, 200.0, 3.0, 45.0),
    }
}

/// A week `[m, m+6]` is a deload week (§8.4 rule 6) for a stretch that began at `start`.
pub fn is_deload_week(m: NaiveDate, start: NaiveDate) -> bool {
    let k = (m - start).num_days().div_euclid(7);
    k >= 3 && k % 4 == 3
}

impl Habits {
    /// Habits at `m` from the sessions dated before it.
    pub fn measure(inputs: &Inputs, m: NaiveDate) -> Habits {
        let y = m - Days::new(1);
        let cal = Calendar::new(inputs, y);
        let ath = Athlete::new(inputs, y);
        let level = inputs.settings.level;
        let (d_runs, d_base, d_lifts, d_easy) = defaults(level);
        let start = cal.start(y);
        let from = match (start, cal.gap(m)) {
            (Some(s), Some(g)) => Some(s.max(g.g)),
            (s, _) => s,
        };
        // (runs, lifts, run minutes, deload) of each habit week, latest first.
        let mut weeks: Vec<(f64, f64, f64, bool)> = Vec::new();
        if let Some(from) = from {
            for k in 1..=HABIT_WEEKS {
                let w0 = m - Days::new(7 * k);
                if w0 < from {
                    break;
                }
                let w1 = w0 + Days::new(6);
                let (mut runs, mut lifts, mut minutes) = (0.0, 0.0, 0.0);
                for s in ath.between(w0, w1) {
                    if s.is_run() {
                        runs += 1.0;
                        minutes += s.minutes();
                    } else {
                        lifts += 1.0;
                    }
                }
                let deload = start.is_some_and(|st| is_deload_week(w0, st));
                weeks.push((runs, lifts, minutes, deload));
            }
        }
        let (runs_pw, lifts_pw, base) = if weeks.len() >= 2 {
            let base_weeks: Vec<f64> = weeks.iter().filter(|w| !w.3).take(4).map(|w| w.2).collect();
            (
                median(weeks.iter().map(|w| w.0).collect()).unwrap_or(d_runs),
                median(weeks.iter().map(|w| w.1).collect()).unwrap_or(d_lifts),
                median(base_weeks).unwrap_or(d_base),
            )
        } else {
            // A rate over the days from start (or g) to M-1, when at least 7, if higher.
            let mut out = (d_runs, d_lifts, d_base);
            if let Some(from) = from {
                let n = (m - from).num_days();
                if n >= 7 {
                    let (mut runs, mut lifts, mut minutes) = (0.0, 0.0, 0.0);
                    for s in ath.between(from, y) {
                        if s.is_run() {
                            runs += 1.0;
                            minutes += s.minutes();
                        } else {
                            lifts += 1.0;
                        }
                    }
                    let per_week = |x: f64| x * 7.0 / n as f64;
                    out.0 = out.0.max(per_week(runs));
                    out.1 = out.1.max(per_week(lifts));
                    out.2 = out.2.max(per_week(minutes));
                }
            }
            out
        };
        let window_from = match start {
            Some(s) => s.max(m - Days::new(28)),
            None => m,
        };
        let median_all = ath.median_run_minutes(m);
        let runs: Vec<_> = ath.between(window_from, y).filter(|s| s.is_run()).collect();
        let easy_min = median(
            runs.iter()
                .filter(|s| ath.class(s, median_all) == Some(RunClass::Easy))
                .filter(|s| s.run().is_some_and(|r| r.kind != RunKind::Recovery))
                .map(|s| s.minutes())
                .filter(|&mins| mins >= 20.0 - 1e-9)
                .collect(),
        )
        .unwrap_or(d_easy);
        let longest = runs
            .iter()
            .map(|s| s.minutes())
            .reduce(f64::max)
            .unwrap_or(easy_min);
        Habits {
            runs_pw,
            lifts_pw,
            base,
            easy_min,
            longest,
            weeks: weeks.len(),
        }
    }
}

/// The weekly targets (§8.3).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Targets {
    pub run_days: u32,
    pub lift_days: u32,
    /// Lower lifts at most: 2, 3 for experienced.
    pub lower_cap: u32,
    pub long_target: u32,
    /// The long run's weekday L.
    pub long_day: Weekday,
    pub quality_target: u32,
    pub easy_target: u32,
    pub rest_target: u32,
}

impl Targets {
    pub fn new(inputs: &Inputs, habits: &Habits, m: NaiveDate) -> Targets {
        let s = inputs.settings;
        let run_days = s
            .run_days
            .map(u32::from)
            .unwrap_or_else(|| round_half_up(habits.runs_pw).clamp(1.0, 6.0) as u32);
        let lift_days = s
            .lift_days
            .map(u32::from)
            .unwrap_or_else(|| round_half_up(habits.lifts_pw).clamp(2.0, 5.0) as u32);
        let beginner = s.level == Level::Beginner;
        let long_target = u32::from(run_days >= 3);
        let quality_target = match run_days {
            _ if beginner => 0,
            0..=2 => 0,
            3 | 4 => 1,
            _ => 2,
        };
        let long_day = s.long_run_day.unwrap_or_else(|| {
            let ath = Athlete::new(inputs, m - Days::new(1));
            let median = ath.median_run_minutes(m);
            ath.between(m - Days::new(56), m - Days::new(1))
                .filter(|x| ath.class(x, median) == Some(RunClass::Long))
                .last()
                .map_or((m + Days::new(6)).weekday(), |x| x.date.weekday())
        });
        Targets {
            run_days,
            lift_days,
            lower_cap: if s.level == Level::Experienced { 3 } else { 2 },
            long_target,
            long_day,
            quality_target,
            easy_target: run_days.saturating_sub(long_target + quality_target),
            rest_target: if beginner { 2 } else { 1 },
        }
    }
}

/// What `auto` gives for the settings of §8.3 this week: run days, lift days and the long run's
/// day from the habits alone (the settings screen and `legday settings` show it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AutoTargets {
    pub run_days: u32,
    pub lift_days: u32,
    pub long_run_day: Weekday,
}

impl AutoTargets {
    pub fn at(inputs: &Inputs, habits: &Habits, m: NaiveDate) -> AutoTargets {
        let mut settings = inputs.settings.clone();
        settings.run_days = None;
        settings.lift_days = None;
        settings.long_run_day = None;
        let t = Targets::new(
            &Inputs {
                settings: &settings,
                ..*inputs
            },
            habits,
            m,
        );
        AutoTargets {
            run_days: t.run_days,
            lift_days: t.lift_days,
            long_run_day: t.long_day,
        }
    }
}
