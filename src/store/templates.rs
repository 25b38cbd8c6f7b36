//! Templates: named lists of sets to log again (`legday template`, `lift --template`).

use super::Store;
use crate::domain::SetEntry;
use crate::error::{Error, Result};
use rusqlite::OptionalExtension;

/// A named strength session to repeat.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    pub name: String,
    pub sets: Vec<SetEntry>,
}

/// The most sets a template (like a session) holds.
pub const MAX_SETS: usize = 200;

/// A template name: trimmed, 1 to 60 characters, no control characters.
pub fn template_name(s: &str) -> Result<String> {
    let t = s.trim();
    if t.is_empty() {
        return Err(Error::input(
            "NAME",
            "is empty; name the template, e.g. \"legs A\"",
        ));
    }
    if t.chars().count() > 60 {
        return Err(Error::input(
            "NAME",
            "is longer than 60 characters; keep it short",
        ));
    }
    if t.chars().any(char::is_control) {
        return Err(Error::input(
            "NAME",
            "contains control characters; use plain text",
        ));
    }
    Ok(t.to_string())
}

impl Store {
    /// Saves `sets` under `name` (one transaction), replacing a template of the same name (case
    /// ignored). Returns whether one was replaced.
    pub fn save_template(&mut self, name: &str, sets: &[SetEntry]) -> Result<bool> {
        let name = template_name(name)?;
        if sets.is_empty() {
            return Err(Error::input(
                "sets",
                "none to save; a template needs at least one set",
            ));
        }
        if sets.len() > MAX_SETS {
            return Err(Error::input(
                "sets",
                format!("{} sets; at most {MAX_SETS} are accepted", sets.len()),
            ));
        }
        let tx = self.write_tx()?;
        let replaced = tx.execute("DELETE FROM templates WHERE name = ?1", [&name])? > 0;
        tx.execute("INSERT INTO templates (name) VALUES (?1)", [&name])?;
        let id = tx.last_insert_rowid();
        {
            let mut ins = tx.prepare_cached(
                "INSERT INTO template_sets (template_id, idx, exercise, reps, weight_kg, rir, \
                 warmup) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            super::rows::insert_sets(&mut ins, id, sets)?;
        }
        tx.commit()?;
        Ok(replaced)
    }

    /// Every template, by name (case ignored).
    pub fn templates(&self) -> Result<Vec<Template>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name FROM templates ORDER BY name, id")?;
        let heads = stmt
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        heads
            .into_iter()
            .map(|(id, name)| {
                Ok(Template {
                    name,
                    sets: self.template_sets(id)?,
                })
            })
            .collect()
    }

    /// The template called `name` (case ignored), if there is one.
    pub fn template(&self, name: &str) -> Result<Option<Template>> {
        let head = self
            .conn
            .prepare_cached("SELECT id, name FROM templates WHERE name = ?1")?
            .query_row([name.trim()], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })
            .optional()?;
        match head {
            None => Ok(None),
            Some((id, name)) => Ok(Some(Template {
                name,
                sets: self.template_sets(id)?,
            })),
        }
    }

    /// Deletes the template called `name` (case ignored); false when there was none.
    pub fn delete_template(&mut self, name: &str) -> Result<bool> {
        let tx = self.write_tx()?;
        let n = tx.execute("DELETE FROM templates WHERE name = ?1", [name.trim()])?;
        tx.commit()?;
        Ok(n > 0)
    }

    fn template_sets(&self, id: i64) -> Result<Vec<SetEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT exercise, reps, weight_kg, rir, warmup FROM template_sets \
             WHERE template_id = ?1 ORDER BY idx",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(SetEntry {
                exercise: r.get(0)?,
                reps: r.get(1)?,
                weight_kg: r.get(2)?,
                rir: r.get(3)?,
                warmup: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The newest strength session (by date, time, id), if any.
    pub fn last_strength(&self) -> Result<Option<crate::domain::Session>> {
        let filter = super::Filter {
            kind: Some("strength".into()),
            limit: Some(1),
            ..super::Filter::default()
        };
        Ok(self.list(&filter)?.pop())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_save_replace_list_and_delete() {
        let mut s = Store::open_in_memory().unwrap();
        let a = vec![
            SetEntry::new("back squat", 5, Some(100.0)),
            SetEntry::new("tibialis raise", 20, None),
        ];
        assert!(!s.save_template("Legs A", &a).unwrap());
        assert_eq!(s.template("legs a").unwrap().unwrap().sets, a);
        let b = vec![SetEntry::new("deadlift", 3, Some(140.0))];
        assert!(s.save_template(" LEGS A ", &b).unwrap());
        s.save_template("arms", &a).unwrap();
        let all = s.templates().unwrap();
        let names: Vec<&str> = all.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["arms", "LEGS A"]);
        assert_eq!(all[1].sets, b);
        assert!(s.delete_template("legs a").unwrap());
        assert!(!s.delete_template("legs a").unwrap());
        assert_eq!(s.templates().unwrap().len(), 1);
        assert!(s.save_template("", &a).is_err());
        assert!(s.save_template("x", &[]).is_err());
    }
}
