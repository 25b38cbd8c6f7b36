//! The whole dashboard as one value: `Report::build` (`docs/model.md` §3-§6).

use super::alerts::{self, Alert};
use super::catalog::Catalog;
use super::history::History;
use super::load::{self, LoadFigures};
use super::muscle::Muscle;
use super::rest::{self, Rest};
use super::session::{Activity, Session};
use super::settings::{Level, Settings};
use super::volume::{self, Band};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

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
