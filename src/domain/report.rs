//! The whole dashboard as one value: `Report::build` (`TRAINING_MODEL.md` §3-§6).

use super::catalog::Catalog;
use super::muscle::Muscle;
use super::session::{Activity, Session};
use super::settings::{Level, Settings};
use super::{alerts, load, rest, volume};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

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
        let mut days: Vec<DaySummary> = Vec::new();
        let mut sorted: Vec<&Session> = sessions.iter().collect();
        sorted.sort_by_key(|s| s.date);
        for s in sorted {
            if days.last().is_none_or(|d| d.date != s.date) {
                days.push(DaySummary {
                    date: s.date,
                    load: 0.0,
                    sessions: 0,
                    runs: 0,
                    hard_session: false,
                    longest_run_m: 0.0,
                });
            }
            let d = days.last_mut().expect("pushed above");
            d.load += s.load(settings);
            d.sessions += 1;
            d.hard_session |= s.is_hard(settings);
            if let Some(r) = s.run() {
                d.runs += 1;
                d.longest_run_m = d.longest_run_m.max(r.distance_m);
            }
        }
        History { sessions, days }
    }
}

/// A volume band of §3.3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    None,
    Low,
    Maintain,
    Grow,
    High,
}

impl Band {
    pub fn key(self) -> &'static str {
        match self {
            Band::None => "none",
            Band::Low => "low",
            Band::Maintain => "maintain",
            Band::Grow => "grow",
            Band::High => "high",
        }
    }
}

/// One group's week (§3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MuscleReport {
    pub muscle: Muscle,
    /// `strength_sets + run_sets`
    pub sets: f64,
    pub strength_sets: f64,
    pub run_sets: f64,
    pub status: Band,
    /// §3.4
    pub recovering_until: Option<NaiveDate>,
}

/// Alert severity, ordered `info < caution < warning` (§4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Caution,
    Warning,
}

/// The rule ids of §4, in rule order (`no_training` takes the place of `untouched`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    RunningOnly,
    Untouched,
    NoTraining,
    Neglected,
    HamstringQuad,
    CalfTibialis,
    OverVolume,
    RunSpike,
    DistanceJump,
    LoadJump,
    Monotony,
}

/// One balance alert (§4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alert {
    pub rule: Rule,
    pub severity: Severity,
    pub muscles: Vec<Muscle>,
    /// The fact, in one sentence.
    pub message: String,
    /// What to do about it (concrete exercises where it applies).
    pub suggestion: String,
    /// For `run_spike`: the date of the run (orders several spikes).
    #[serde(skip)]
    pub run_date: Option<NaiveDate>,
}

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

/// Week totals (§6).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    pub runs: u32,
    pub run_km: f64,
    pub run_minutes: f64,
    pub strength_sessions: u32,
    pub sets: u32,
}

/// The inclusive week `[D-6, D]`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Window {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// The dashboard at day D: what `legday week --json` prints and the TUI draws.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub date: NaiveDate,
    pub window: Window,
    pub level: Level,
    /// The seven groups, in the order of §1.
    pub muscles: Vec<MuscleReport>,
    /// Most severe first, then rule order, then group order (or run date).
    pub alerts: Vec<Alert>,
    pub rest: Rest,
    pub load: LoadFigures,
    pub totals: Totals,
}

impl Report {
    /// Builds the report at `day` (§3-§6). Pure: reads no clock and no storage.
    pub fn build(
        history: &History,
        settings: &Settings,
        catalog: &Catalog,
        day: NaiveDate,
    ) -> Report {
        let from = day - Days::new(6);
        let (strength, run) =
            volume::window_volume(&history.sessions, from, day, settings, catalog);
        let recovering = volume::recovering_until(&history.sessions, settings, catalog, day);
        let muscles = Muscle::ALL
            .into_iter()
            .map(|m| {
                let sets = strength[m] + run[m];
                MuscleReport {
                    muscle: m,
                    sets,
                    strength_sets: strength[m],
                    run_sets: run[m],
                    status: volume::band(m, sets, settings),
                    recovering_until: recovering[m.index()],
                }
            })
            .collect();
        let load = load::figures(history, day);
        let input = alerts::AlertInput::gather(history, settings, catalog, day, load.acwr);
        Report {
            date: day,
            window: Window { from, to: day },
            level: settings.level,
            muscles,
            alerts: alerts::evaluate(&input, settings, catalog),
            rest: rest::rest(history, settings, day),
            load,
            totals: Totals::of_week(&history.sessions, from, day),
        }
    }
}

impl Totals {
    /// Week totals (§6) of the sessions dated in `[from, to]`; `sets` counts every logged set.
    pub fn of_week(sessions: &[Session], from: NaiveDate, to: NaiveDate) -> Totals {
        let mut t = Totals {
            runs: 0,
            run_km: 0.0,
            run_minutes: 0.0,
            strength_sessions: 0,
            sets: 0,
        };
        for s in sessions.iter().filter(|s| s.date >= from && s.date <= to) {
            match &s.activity {
                Activity::Run(r) => {
                    t.runs += 1;
                    t.run_km += r.distance_m / 1000.0;
                    t.run_minutes += r.duration_s / 60.0;
                }
                Activity::Strength(st) => {
                    t.strength_sessions += 1;
                    t.sets += st.sets.len() as u32;
                }
            }
        }
        t
    }
}
