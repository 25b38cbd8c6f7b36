//! The strength form's rows of sets: adding them (typed, or an exercise's last sets), changing
//! one in place, removing one, filling the form from a repeated session or a template.

use super::{RowGroup, StrengthField, StrengthForm};
use crate::domain::{Catalog, SetEntry, Settings};
use crate::format;
use crate::parse;
use crate::tui::form::message;

impl StrengthForm {
    /// `Enter` on the sets field: parses `"EXERCISE SPEC"` and adds the sets.
    pub fn add_sets(&mut self, catalog: &Catalog, settings: &Settings) {
        let spec = self.value(StrengthField::Sets).trim().to_string();
        let ex = self.value(StrengthField::Exercise).trim().to_string();
        if spec.is_empty() {
            match self.offer.take() {
                Some(o) if o.sets.first().is_some_and(|e| e.exercise == ex) => {
                    self.add(o.sets);
                }
                _ => {
                    self.errors[StrengthField::Sets as usize] = Some(format!(
                        "needed, e.g. 3x8@60{} rir2",
                        format::weight_unit(settings.weight_unit)
                    ))
                }
            }
            return;
        }
        let line = if ex.is_empty() {
            spec
        } else {
            format!("{ex} {spec}")
        };
        match parse::set_spec(&line, catalog, settings.weight_unit) {
            Ok(entries) => self.add(entries),
            Err(e) => self.errors[StrengthField::Sets as usize] = Some(message(&e)),
        }
    }

    /// Adds sets (where an edited row was, else at the end) and readies the next exercise.
    fn add(&mut self, entries: Vec<SetEntry>) {
        let at = self.insert_at.take().unwrap_or(self.sets.len());
        let at = at.min(self.sets.len());
        self.sets.splice(at..at, entries);
        self.values[StrengthField::Exercise as usize].clear();
        self.values[StrengthField::Sets as usize].clear();
        self.errors[StrengthField::Sets as usize] = None;
        // a refusal of the rows (no sets, a likely typo) was about the rows before
        self.errors[StrengthField::Rows as usize] = None;
        self.focus = StrengthField::Exercise;
        self.pick = 0;
        self.offer = None;
        self.caret.reset();
    }

    /// `Enter` on a row: its sets go back into the Exercise and Sets fields to be changed, and
    /// return to the same place on `Enter`.
    pub fn edit_row(&mut self, settings: &Settings) {
        let groups = self.groups();
        let Some(g) = groups.get(self.row.min(groups.len().saturating_sub(1))) else {
            return;
        };
        let taken: Vec<SetEntry> = self.sets.drain(g.start..g.start + g.count).collect();
        let spec = format::set_specs_typed(&taken, settings.weight_unit).join(" ");
        let text = spec
            .strip_prefix(&g.entry.exercise)
            .unwrap_or(&spec)
            .trim()
            .to_string();
        self.values[StrengthField::Exercise as usize] = g.entry.exercise.clone();
        self.values[StrengthField::Sets as usize] = text;
        self.insert_at = Some(g.start);
        self.focus = StrengthField::Sets;
        self.row = 0;
        self.caret.reset();
    }

    /// Fills the rows with `sets` (a repeated session or a template), ready to save.
    pub fn fill(&mut self, sets: Vec<SetEntry>) {
        self.sets = sets;
        self.values[StrengthField::Exercise as usize].clear();
        self.values[StrengthField::Sets as usize].clear();
        self.errors = Default::default();
        self.focus = StrengthField::Exercise;
        self.row = 0;
        self.offer = None;
        self.insert_at = None;
        self.caret.reset();
    }

    /// Removes the highlighted row group.
    pub fn remove_row(&mut self) {
        let groups = self.groups();
        if let Some(g) = groups.get(self.row) {
            self.sets.drain(g.start..g.start + g.count);
            self.row = self.row.min(groups.len().saturating_sub(2));
            self.errors[StrengthField::Rows as usize] = None;
        }
        if self.sets.is_empty() {
            // no row left to focus: on to the next exercise
            self.focus = StrengthField::Exercise;
        }
    }

    pub fn groups(&self) -> Vec<RowGroup> {
        let mut out: Vec<RowGroup> = Vec::new();
        for (i, e) in self.sets.iter().enumerate() {
            match out.last_mut() {
                Some(g) if g.entry == *e => g.count += 1,
                _ => out.push(RowGroup {
                    entry: e.clone(),
                    count: 1,
                    start: i,
                }),
            }
        }
        out
    }
}
