//! The domain data the UI shows, loaded from the store in one go (no widget state here).

pub mod progress;

use crate::domain::LoadPoint;
use crate::domain::load::series_of_days;
use crate::domain::progress::Progress;
use crate::domain::today::Today;
use crate::domain::volume::weekly_volume;
use crate::domain::{Catalog, DaySummary, History, PerMuscle, Race, Report, Session, Settings};
use crate::store::templates::Template;
use crate::store::{Filter, Store};
use chrono::NaiveDate;
use std::collections::HashMap;

/// Weeks in the per-group sparklines.
pub const SPARK_WEEKS: usize = 8;
/// Sessions the History tab holds: the newest, so start-up never reads the whole history.
pub const HISTORY_ROWS: usize = 1000;
/// Days in the load trend.
pub const TREND_DAYS: usize = 28;

/// Everything the views read, at one day.
#[derive(Debug, Clone)]
pub struct Data {
    pub day: NaiveDate,
    pub settings: Settings,
    pub catalog: Catalog,
    pub report: Report,
    /// The newest sessions (at most [`HISTORY_ROWS`]), newest first (History tab).
    pub sessions: Vec<Session>,
    /// The daily series up to `day`, ascending (heatmap).
    pub days: Vec<DaySummary>,
    /// Volume per group for the eight weeks ending at `day`, oldest first.
    pub weekly: Vec<PerMuscle>,
    /// Fitness/fatigue/form for the last `TREND_DAYS` days, oldest first.
    pub trend: Vec<LoadPoint>,
    /// The saved templates, by name.
    pub templates: Vec<Template>,
    /// The races entered, by date (`legday race`).
    pub races: Vec<Race>,
    /// What to do next at `day` (§8), as `legday today` says it (`None` until loaded).
    pub today: Option<Today>,
    /// The next seven days as the coach plans them (§8.8), for the `n` popup.
    pub plan: Vec<Today>,
    /// The Progress tab's year of series and the records, read when the tab is shown.
    pub progress: Lazy<Progress>,
    /// Each exercise's best e1RM of the whole history (kg), for the Strength form's sanity
    /// check (`records::first_implausible`).
    pub e1rm_bests: Lazy<HashMap<String, f64>>,
}

/// Data read only when a view needs it.
#[derive(Debug, Clone, PartialEq)]
pub enum Lazy<T> {
    NotLoaded,
    /// Asked of the store, not there yet (or the store failed: asked again on the next reload).
    Asked,
    Loaded(Box<T>),
}

impl<T> Lazy<T> {
    pub fn get(&self) -> Option<&T> {
        match self {
            Lazy::Loaded(t) => Some(t),
            _ => None,
        }
    }
}

impl Data {
    /// Reads what the views need at `day`.
    pub fn load(store: &Store, day: NaiveDate) -> crate::Result<Data> {
        // one read for the report, the suggestion and the plan: the coach's window holds the
        // fortnight the report needs, and the whole day series
        let coach = store.coach_data(day)?;
        let (settings, catalog) = (coach.settings.clone(), coach.catalog.clone());
        let report = Report::build(&coach.history, &settings, &catalog, day);
        let sessions = store.list(&Filter {
            limit: Some(HISTORY_ROWS),
            ..Filter::default()
        })?;
        // The sparklines read their own window, whatever the History tab holds.
        let window =
            store.sessions_between(day - chrono::Days::new(7 * SPARK_WEEKS as u64), day)?;
        let weekly = weekly_volume(&window, &settings, &catalog, day, SPARK_WEEKS);
        // the plan's first day is what `legday today` says (§8.8)
        let plan = store.plan_from(&coach, day, 7)?;
        let mut data = Data::assemble(
            settings,
            catalog,
            report,
            sessions,
            coach.history.days,
            day,
            (weekly, Lazy::NotLoaded),
        );
        data.templates = store.templates()?;
        data.races = coach.races;
        data.today = plan.first().cloned();
        data.plan = plan;
        Ok(data)
    }

    /// Builds the data from parts (tests and the benchmark build reports by hand or in memory).
    pub fn new(
        settings: Settings,
        catalog: Catalog,
        report: Report,
        sessions: Vec<Session>,
        days: Vec<DaySummary>,
        day: NaiveDate,
    ) -> Data {
        let weekly = weekly_volume(&sessions, &settings, &catalog, day, SPARK_WEEKS);
        let progress = Progress::from_sessions(&sessions, &days, &settings, &catalog, day);
        let progress = Lazy::Loaded(Box::new(progress));
        let e1rm_bests = crate::domain::records::e1rm_bests(&sessions);
        let mut data = Data::assemble(
            settings,
            catalog,
            report,
            sessions,
            days,
            day,
            (weekly, progress),
        );
        data.e1rm_bests = Lazy::Loaded(Box::new(e1rm_bests));
        data
    }

    fn assemble(
        settings: Settings,
        catalog: Catalog,
        report: Report,
        mut sessions: Vec<Session>,
        mut days: Vec<DaySummary>,
        day: NaiveDate,
        (weekly, progress): (Vec<PerMuscle>, Lazy<Progress>),
    ) -> Data {
        sessions.sort_by_key(|s| std::cmp::Reverse((s.date, s.time, s.id)));
        days.retain(|d| d.date <= day);
        let trend = series_of_days(&days, day, TREND_DAYS);
        Data {
            day,
            settings,
            catalog,
            report,
            sessions,
            days,
            weekly,
            trend,
            templates: Vec::new(),
            races: Vec::new(),
            today: None,
            plan: Vec::new(),
            progress,
            e1rm_bests: Lazy::NotLoaded,
        }
    }

    /// Data from a plain list of sessions and a report built elsewhere.
    pub fn from_sessions(
        settings: Settings,
        catalog: Catalog,
        report: Report,
        sessions: Vec<Session>,
        day: NaiveDate,
    ) -> Data {
        let days = History::from_sessions(sessions.clone(), &settings).days;
        Data::new(settings, catalog, report, sessions, days, day)
    }

    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
    }

    /// The day's load (0 without a session).
    pub fn load_on(&self, d: NaiveDate) -> f64 {
        match self.days.binary_search_by_key(&d, |x| x.date) {
            Ok(i) => self.days[i].load,
            Err(_) => 0.0,
        }
    }
}
