//! The live workout in progress (`workout_draft`, migration `v11_workout_draft`): one row,
//! saved after every change, read back on the next start, gone when finished or dropped.

use super::Store;
use super::derived::{follow_observed_max, read_settings};
use super::rows::write_session;
use crate::domain::Session;
use crate::domain::workout::Workout;
use crate::error::{Error, Result, SqlContext};
use rusqlite::{OptionalExtension, params};

const TIME: &str = "%Y-%m-%dT%H:%M:%S";

impl Store {
    /// Stores `w` as the one draft (replacing any other), updated at `now`.
    pub fn save_draft(&mut self, w: &Workout, now: chrono::NaiveDateTime) -> Result<()> {
        let json = serde_json::to_string(w).map_err(Error::json("writing the workout draft"))?;
        let started = w.started.map(|t| t.format(TIME).to_string());
        let tx = self.write_tx()?;
        tx.execute(
            "INSERT INTO workout_draft (id, draft, started_at, updated_at) VALUES (1, ?1, ?2, ?3) \
             ON CONFLICT(id) DO UPDATE SET draft = excluded.draft, \
             started_at = excluded.started_at, updated_at = excluded.updated_at",
            params![json, started, now.format(TIME).to_string()],
        )
        .context("saving the workout draft")?;
        tx.commit().context("saving the workout draft")?;
        Ok(())
    }

    /// The draft, if there is one.
    pub fn load_draft(&self) -> Result<Option<Workout>> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT draft FROM workout_draft WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()
            .context("reading the workout draft")?;
        json.map(|j| {
            serde_json::from_str(&j).map_err(|_| Error::BadStoredValue {
                what: "workout draft",
                value: j.chars().take(60).collect(),
            })
        })
        .transpose()
    }

    /// Drops the draft (nothing of it is kept).
    pub fn drop_draft(&mut self) -> Result<()> {
        let tx = self.write_tx()?;
        tx.execute("DELETE FROM workout_draft", [])
            .context("dropping the workout draft")?;
        tx.commit().context("dropping the workout draft")?;
        Ok(())
    }

    /// Stores the finished workout's session and drops the draft, in one transaction: both
    /// happen or neither. Returns the session with its id.
    pub fn finish_workout(&mut self, s: &Session) -> Result<Session> {
        let mut s = s.clone();
        s.id = 0;
        let tx = self.write_tx()?;
        let settings = read_settings(&tx)?;
        s.id = write_session(&tx, &s, &settings, false).context("writing a session")?;
        follow_observed_max(&tx, &settings)?;
        tx.execute("DELETE FROM workout_draft", [])
            .context("dropping the workout draft")?;
        tx.commit().context("committing a session")?;
        Ok(s)
    }
}
