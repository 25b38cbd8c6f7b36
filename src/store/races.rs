//! Races ahead (`legday race`, §8.4): stored apart from sessions, one per date and distance.

use super::Store;
use super::rows::date_text;
use crate::domain::Race;
use crate::error::{Error, Result, SqlContext};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

/// Two distances within this many metres are the same race distance.
const SAME_DISTANCE_M: f64 = 0.5;

/// The longest name a race keeps.
pub const MAX_NAME_CHARS: usize = 80;

/// A race name: trimmed, at most [`MAX_NAME_CHARS`] characters, no control characters; empty is
/// none.
pub fn race_name(s: &str) -> Result<Option<String>> {
    let t = s.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if t.chars().count() > MAX_NAME_CHARS {
        return Err(Error::input(
            "name",
            format!("is longer than {MAX_NAME_CHARS} characters; keep it short"),
        ));
    }
    if t.chars().any(char::is_control) {
        return Err(Error::input(
            "name",
            "contains control characters; use plain text",
        ));
    }
    Ok(Some(t.to_string()))
}

fn read_race(r: &rusqlite::Row) -> rusqlite::Result<(i64, String, f64, Option<String>)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
}

fn to_race((id, date, distance_m, name): (i64, String, f64, Option<String>)) -> Result<Race> {
    let date = super::rows::stored_date(&date)?;
    Ok(Race {
        id,
        date,
        distance_m,
        name,
    })
}

/// Refuses a distance that is not a positive finite number of metres up to 1000 km.
fn check_distance(m: f64) -> Result<()> {
    if m.is_finite() && m > 0.0 && m <= 1_000_000.0 {
        Ok(())
    } else {
        Err(Error::input(
            "distance",
            format!("{m} m is not a race distance; use a distance above 0 and up to 1000km"),
        ))
    }
}

impl Store {
    /// Adds a race (one transaction) and returns its id. A race on the same date with the same
    /// distance (within half a metre) is refused, naming the one already there.
    pub fn add_race(&mut self, race: &Race) -> Result<i64> {
        check_distance(race.distance_m)?;
        let name = race_name(race.name.as_deref().unwrap_or(""))?;
        let tx = self.write_tx()?;
        if let Some(id) = same_race(&tx, race.date, race.distance_m)? {
            return Err(Error::input(
                "race",
                format!(
                    "race {id} is already on {} at this distance ({}); delete it first \
                     (legday race delete {id}) or pick another date or distance",
                    race.date,
                    crate::format::distance_typed_km(race.distance_m)
                ),
            ));
        }
        tx.execute(
            "INSERT INTO races (date, distance_m, name) VALUES (?1, ?2, ?3)",
            params![date_text(race.date), race.distance_m, name],
        )
        .context("writing a race")?;
        let id = tx.last_insert_rowid();
        tx.commit().context("committing a race")?;
        Ok(id)
    }

    /// Every race, ascending by date (then id).
    pub fn races(&self) -> Result<Vec<Race>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, date, distance_m, name FROM races ORDER BY date, id")
            .context("reading races")?;
        let rows = stmt
            .query_map([], read_race)
            .context("reading races")?
            .collect::<rusqlite::Result<Vec<_>>>()
            .context("reading races")?;
        rows.into_iter().map(to_race).collect()
    }

    /// Deletes the race `id` (one transaction) and returns it; a race not there is refused,
    /// naming the id.
    pub fn delete_race(&mut self, id: i64) -> Result<Race> {
        let tx = self.write_tx()?;
        let row = tx
            .query_row(
                "SELECT id, date, distance_m, name FROM races WHERE id = ?1",
                [id],
                read_race,
            )
            .optional()
            .context("reading a race")?
            .ok_or_else(|| {
                Error::input(
                    "ID",
                    [
                        "no race with id ",
                        &id.to_string(),
                        "; see legday race list for the ids",
                    ]
                    .concat(),
                )
            })?;
        tx.execute("DELETE FROM races WHERE id = ?1", [id])
            .context("deleting a race")?;
        tx.commit().context("committing a delete")?;
        to_race(row)
    }

    /// Races of a legday export, in the same transaction as the rest of it: a race with the
    /// same date and distance is kept (its name follows the export's), others are added.
    /// Returns how many were added.
    pub fn import_races(&mut self, races: &[Race]) -> Result<usize> {
        let tx = self.write_tx()?;
        let mut added = 0;
        for r in races {
            check_distance(r.distance_m)?;
            let name = race_name(r.name.as_deref().unwrap_or(""))?;
            match same_race(&tx, r.date, r.distance_m)? {
                Some(id) => {
                    tx.execute(
                        "UPDATE races SET name = ?2 WHERE id = ?1 AND name IS NOT ?2",
                        params![id, name],
                    )
                    .context("updating a race")?;
                }
                None => {
                    tx.execute(
                        "INSERT INTO races (date, distance_m, name) VALUES (?1, ?2, ?3)",
                        params![date_text(r.date), r.distance_m, name],
                    )
                    .context("writing a race")?;
                    added += 1;
                }
            }
        }
        tx.commit().context("committing races")?;
        Ok(added)
    }
}

/// The id of a stored race on `date` with `distance_m` (within half a metre).
fn same_race(conn: &rusqlite::Connection, date: NaiveDate, distance_m: f64) -> Result<Option<i64>> {
    conn.query_row(
        "SELECT id FROM races WHERE date = ?1 AND abs(distance_m - ?2) < ?3 ORDER BY id LIMIT 1",
        params![date_text(date), distance_m, SAME_DISTANCE_M],
        |r| r.get(0),
    )
    .optional()
    .context("reading races")
}
