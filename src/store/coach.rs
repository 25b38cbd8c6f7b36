//! What the coach (§8) reads: the sessions of its window, the races, and two facts older than
//! the window (the latest run of each quality kind and the latest race run).

use super::Store;
use super::rows::date_text;
use super::rows::stored_date;
use crate::domain::coach::{self, Earlier, Inputs, QUALITY_KINDS};
use crate::domain::today::Today;
use crate::domain::{Race, RunKind};
use crate::error::{Result, SqlContext};
use chrono::NaiveDate;

/// Everything the coach reads at a day, owned.
pub struct CoachData {
    pub history: crate::domain::History,
    pub races: Vec<Race>,
    pub settings: crate::domain::Settings,
    pub catalog: crate::domain::Catalog,
    pub earlier: Earlier,
}

impl CoachData {
    pub fn inputs(&self) -> Inputs<'_> {
        Inputs {
            history: &self.history,
            races: &self.races,
            settings: &self.settings,
            catalog: &self.catalog,
            earlier: &self.earlier,
        }
    }
}

impl Store {
    /// The coach's data at `day`.
    pub fn coach_data(&self, day: NaiveDate) -> Result<CoachData> {
        let mut history = self.history(day)?;
        let from = coach::window_start(&history, day);
        history.sessions = self.sessions_between(from, day)?;
        let mut earlier = self.earlier(day)?;
        // the days before the horizon are summed up once: the calendar reads only the rest
        let horizon = from.min(day - chrono::Days::new(coach::HORIZON_DAYS));
        earlier.prehistory = coach::Prehistory::at(&history, horizon);
        Ok(CoachData {
            races: self.races()?,
            earlier,
            settings: self.settings()?,
            catalog: self.catalog()?,
            history,
        })
    }

    /// The latest run of each quality kind and the latest race run, on or before `day`.
    fn earlier(&self, day: NaiveDate) -> Result<Earlier> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT kind, max(date) FROM sessions WHERE type = 'run' AND date <= ?1 \
                 AND kind IN ('intervals', 'tempo', 'hills') GROUP BY kind",
            )
            .context("reading the latest quality runs")?;
        let rows = stmt
            .query_map([date_text(day)], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .context("reading the latest quality runs")?;
        let mut latest_quality = Vec::new();
        for row in rows {
            let (kind, date) = row.context("reading the latest quality runs")?;
            if let Some(k) = RunKind::from_key(&kind).filter(|k| QUALITY_KINDS.contains(k)) {
                latest_quality.push((k, stored_date(&date)?));
            }
        }
        let last_race_run = self
            .conn
            .prepare_cached(
                "SELECT date, distance_m FROM sessions WHERE type = 'run' AND kind = 'race' \
                 AND date <= ?1 ORDER BY date DESC LIMIT 1",
            )
            .context("reading the latest race")?
            .query_map([date_text(day)], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, f64>(1)?))
            })
            .context("reading the latest race")?
            .next()
            .transpose()
            .context("reading the latest race")?;
        Ok(Earlier {
            prehistory: None,
            latest_quality,
            last_race_run: match last_race_run {
                Some((d, m)) => Some((stored_date(&d)?, m)),
                None => None,
            },
        })
    }

    /// The suggestion at `day` (§8.6): what `legday today` prints and the dashboard shows.
    pub fn today(&self, day: NaiveDate) -> Result<Today> {
        let data = self.coach_data(day)?;
        let mut failed = None;
        let t = Today::build(&data.inputs(), day, &mut |name| {
            self.last_set(name, day).unwrap_or_else(|e| {
                failed.get_or_insert(e);
                None
            })
        });
        failed.map_or(Ok(t), Err)
    }

    /// The next `n` days from `day` (§8.8): what `legday plan` prints.
    pub fn plan(&self, day: NaiveDate, n: usize) -> Result<Vec<Today>> {
        self.plan_from(&self.coach_data(day)?, day, n)
    }

    /// [`Store::plan`] on coach data already read (the UI reads it once for its report, its
    /// suggestion and its plan; the plan's first day is the suggestion).
    pub fn plan_from(&self, data: &CoachData, day: NaiveDate, n: usize) -> Result<Vec<Today>> {
        let mut failed = None;
        let p = Today::plan(&data.inputs(), day, n, &mut |name| {
            self.last_set(name, day).unwrap_or_else(|e| {
                failed.get_or_insert(e);
                None
            })
        });
        failed.map_or(Ok(p), Err)
    }
}
