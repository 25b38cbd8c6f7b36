//! User exercises and import mappings on top of the shipped catalog.

use super::Store;
use crate::domain::catalog::normalize_name;
use crate::domain::{Catalog, Exercise, PerMuscle};
use crate::error::{Error, Result, SqlContext};
use rusqlite::params;

macro_rules! muscle_columns {
    () => {
        "quads, glutes, hamstrings, calves, tibialis, hip_flexors, arms"
    };
}

/// The weights §3.1 gives a group: 1 primary, 0.5 secondary, 0.25 minor, 0 none.
pub const TIERS: [f64; 4] = [1.0, 0.5, 0.25, 0.0];

/// The longest name of a user exercise, in characters.
const MAX_NAME: usize = 80;

impl Store {
    /// A user exercise as `legday exercises add` and the UI's mapping form take it: a name of 1
    /// to 80 characters (refused naming `name_field`) and a weight from [`TIERS`] for each group
    /// (refused naming the group). Stored with [`Store::add_exercise`].
    pub fn user_exercise(name_field: &str, name: &str, weights: PerMuscle) -> Result<Exercise> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME {
            return Err(Error::input(
                name_field,
                format!("give a name of 1 to {MAX_NAME} characters"),
            ));
        }
        for (m, v) in weights.iter() {
            if !TIERS.contains(&v) {
                return Err(Error::input(
                    m.key(),
                    format!(
                        "{v} is not a weight; use 1 (primary), 0.5 (secondary), 0.25 (minor) or 0"
                    ),
                ));
            }
        }
        Ok(Exercise {
            name: name.to_string(),
            aliases: vec![],
            weights,
            user: true,
        })
    }

    /// The shipped catalog plus user exercises and mappings.
    pub fn catalog(&self) -> Result<Catalog> {
        let mut c = Catalog::builtin();
        let mut stmt = self
            .conn
            .prepare_cached(concat!(
                "SELECT name, aliases, ",
                muscle_columns!(),
                " FROM exercises ORDER BY rowid"
            ))
            .context("reading your exercises")?;
        let rows = stmt
            .query_map([], |r| {
                let aliases: String = r.get(1)?;
                let mut w = [0.0; 7];
                for (i, v) in w.iter_mut().enumerate() {
                    *v = r.get(2 + i)?;
                }
                Ok(Exercise {
                    name: r.get(0)?,
                    aliases: serde_json::from_str(&aliases).unwrap_or_default(),
                    weights: PerMuscle(w),
                    user: true,
                })
            })
            .context("reading your exercises")?;
        for e in rows {
            c.add_user(e.context("reading your exercises")?);
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT from_name, to_name FROM mappings ORDER BY rowid")
            .context("reading exercise mappings")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .context("reading exercise mappings")?;
        for m in rows {
            let (from, to) = m.context("reading exercise mappings")?;
            c.add_mapping(&from, &to);
        }
        Ok(c)
    }

    /// Adds (or replaces) a user exercise. Weights are `f` values in 0..=1.
    pub fn add_exercise(&mut self, e: &Exercise) -> Result<()> {
        let key = normalize_name(&e.name);
        if key.is_empty() {
            return Err(Error::input("name", "is empty; give the exercise a name"));
        }
        for (m, v) in e.weights.iter() {
            if !(0.0..=1.0).contains(&v) {
                return Err(Error::input(
                    m.key(),
                    format!(
                        "{v} is not a weight; use 0 to 1 (1 primary, 0.5 secondary, 0.25 minor)"
                    ),
                ));
            }
        }
        let aliases = serde_json::to_string(&e.aliases)
            .map_err(Error::json("writing an exercise's aliases"))?;
        let w = e.weights.0;
        let tx = self.write_tx()?;
        tx.execute(
            concat!(
                "INSERT OR REPLACE INTO exercises (key, name, aliases, ",
                muscle_columns!(),
                ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
            ),
            params![
                key,
                e.name.trim(),
                aliases,
                w[0],
                w[1],
                w[2],
                w[3],
                w[4],
                w[5],
                w[6]
            ],
        )
        .context("writing an exercise")?;
        tx.commit().context("committing an exercise")?;
        Ok(())
    }

    /// Records that a foreign exercise name means a catalog exercise.
    pub fn add_mapping(&mut self, from: &str, to: &str) -> Result<()> {
        let from_key = normalize_name(from);
        if from_key.is_empty() {
            return Err(Error::input("from", "is empty; give the name to map"));
        }
        let catalog = self.catalog()?;
        let Some(target) = catalog.resolve(to) else {
            let close = catalog.suggest(to, 3).join(", ");
            return Err(Error::input(
                "exercise",
                format!("unknown exercise {to:?}; did you mean {close}?"),
            ));
        };
        let tx = self.write_tx()?;
        tx.execute(
            "INSERT OR REPLACE INTO mappings (from_name, to_name) VALUES (?1, ?2)",
            params![from_key, target.name],
        )
        .context("writing an exercise mapping")?;
        tx.commit().context("committing an exercise mapping")?;
        Ok(())
    }
}
