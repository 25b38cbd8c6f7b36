//! The strength form: session fields, a catalog picker that filters as you type, rows of sets.

use super::{Answer, Key, cycle, edit, message, optional};
use crate::domain::{Catalog, Session, SetEntry, Settings, Strength};
use crate::parse;
use crate::tui::action::Action;
use crate::tui::fmt;
use chrono::NaiveDate;

/// Focus points, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrengthField {
    Date,
    Rpe,
    Minutes,
    Note,
    Exercise,
    Sets,
    Rows,
}

impl StrengthField {
    pub const ALL: [StrengthField; 7] = [
        StrengthField::Date,
        StrengthField::Rpe,
        StrengthField::Minutes,
        StrengthField::Note,
        StrengthField::Exercise,
        StrengthField::Sets,
        StrengthField::Rows,
    ];

    pub fn label(self) -> &'static str {
        match self {
            StrengthField::Date => "Date",
            StrengthField::Rpe => "RPE",
            StrengthField::Minutes => "Minutes",
            StrengthField::Note => "Note",
            StrengthField::Exercise => "Exercise",
            StrengthField::Sets => "Sets",
            StrengthField::Rows => "Rows",
        }
    }
}

/// Rows shown grouped: consecutive identical sets of one exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct RowGroup {
    pub entry: SetEntry,
    pub count: usize,
    /// Index of the first set in `StrengthForm::sets`.
    pub start: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StrengthForm {
    /// Date, RPE, minutes, note, exercise query, set spec.
    pub values: [String; 6],
    pub focus: StrengthField,
    /// The highlighted match in the picker.
    pub pick: usize,
    /// The highlighted row group.
    pub row: usize,
    pub sets: Vec<SetEntry>,
    /// Errors from the last add or save, by field index (set spec and exercise).
    pub errors: [Option<String>; StrengthField::ALL.len()],
    pub editing: Option<Session>,
}

impl Default for StrengthForm {
    fn default() -> Self {
        StrengthForm {
            values: Default::default(),
            focus: StrengthField::Exercise,
            pick: 0,
            row: 0,
            sets: Vec::new(),
            errors: Default::default(),
            editing: None,
        }
    }
}

/// The most picker matches shown.
pub const PICKER_MAX: usize = 8;

impl StrengthForm {
    pub fn focused(&self) -> StrengthField {
        self.focus
    }

    pub fn value(&self, f: StrengthField) -> &str {
        self.values
            .get(f as usize)
            .map(String::as_str)
            .unwrap_or("")
    }

    pub fn is_dirty(&self) -> bool {
        !self.sets.is_empty() || self.values.iter().any(|v| !v.trim().is_empty())
    }

    pub fn next(&mut self) {
        self.focus = cycle(&StrengthField::ALL, self.focus, true);
    }

    pub fn prev(&mut self) {
        self.focus = cycle(&StrengthField::ALL, self.focus, false);
    }

    pub fn edit(&mut self, key: Key) {
        let i = self.focus as usize;
        if let Some(v) = self.values.get_mut(i) {
            edit(v, key);
            self.errors[i] = None;
            if self.focus == StrengthField::Exercise {
                self.pick = 0;
            }
        }
    }

    /// A key while the form's fields have focus.
    pub fn update(&mut self, action: &Action, catalog: &Catalog, settings: &Settings) -> Answer {
        let field = self.focus;
        match action {
            Action::NextField => self.next(),
            Action::PrevField => self.prev(),
            Action::Up | Action::Down => match field {
                StrengthField::Exercise | StrengthField::Rows => {
                    self.move_pick(matches!(action, Action::Down), catalog)
                }
                _ if matches!(action, Action::Down) => self.next(),
                _ => self.prev(),
            },
            Action::Backspace | Action::Input('d') if field == StrengthField::Rows => {
                self.remove_row()
            }
            Action::Input(c) => self.edit(Key::Char(*c)),
            Action::Backspace => self.edit(Key::Backspace),
            Action::ClearField => self.edit(Key::Clear),
            Action::Submit => match field {
                StrengthField::Exercise if self.value(field).trim().is_empty() => {
                    return Answer::Save;
                }
                StrengthField::Exercise => self.choose(catalog),
                StrengthField::Sets => self.add_sets(catalog, settings),
                _ => return Answer::Save,
            },
            Action::Save => return Answer::Save,
            _ => {}
        }
        Answer::Handled
    }

    /// Catalog names matching the exercise query (aliases too), best first.
    pub fn matches<'c>(&self, catalog: &'c Catalog) -> Vec<&'c str> {
        let q = self.value(StrengthField::Exercise).trim();
        if q.is_empty() {
            return Vec::new();
        }
        catalog
            .filter(q)
            .into_iter()
            .take(PICKER_MAX)
            .map(|e| e.name.as_str())
            .collect()
    }

    /// `↑`/`↓`: moves through the picker on the exercise field, through rows on the rows.
    pub fn move_pick(&mut self, down: bool, catalog: &Catalog) {
        let n_matches = self.matches(catalog).len();
        let n_groups = self.groups().len();
        let (cur, n) = match self.focused() {
            StrengthField::Exercise => (&mut self.pick, n_matches),
            StrengthField::Rows => (&mut self.row, n_groups),
            _ => return,
        };
        if n == 0 {
            return;
        }
        *cur = if down {
            (*cur + 1) % n
        } else {
            (*cur + n - 1) % n
        };
    }

    /// `Enter` on the exercise field: takes the highlighted match and moves on to the sets.
    pub fn choose(&mut self, catalog: &Catalog) {
        let m = self.matches(catalog);
        match m.get(self.pick.min(m.len().saturating_sub(1))) {
            Some(name) => {
                self.values[StrengthField::Exercise as usize] = name.to_string();
                self.errors[StrengthField::Exercise as usize] = None;
                self.focus = StrengthField::Sets;
            }
            None => {
                self.errors[StrengthField::Exercise as usize] =
                    Some(no_match(self.value(StrengthField::Exercise), catalog));
            }
        }
    }

    /// `Enter` on the sets field: parses `"EXERCISE SPEC"` and adds the sets.
    pub fn add_sets(&mut self, catalog: &Catalog, settings: &Settings) {
        let spec = self.value(StrengthField::Sets).trim().to_string();
        if spec.is_empty() {
            self.errors[StrengthField::Sets as usize] = Some("needed, e.g. 3x8@60kg rir2".into());
            return;
        }
        let ex = self.value(StrengthField::Exercise).trim().to_string();
        let line = if ex.is_empty() {
            spec
        } else {
            format!("{ex} {spec}")
        };
        match parse::set_spec(&line, catalog, settings.weight_unit) {
            Ok(entries) => {
                self.sets.extend(entries);
                self.values[StrengthField::Exercise as usize].clear();
                self.values[StrengthField::Sets as usize].clear();
                self.errors[StrengthField::Sets as usize] = None;
                self.focus = StrengthField::Exercise;
                self.pick = 0;
            }
            Err(e) => self.errors[StrengthField::Sets as usize] = Some(message(&e)),
        }
    }

    /// Removes the highlighted row group.
    pub fn remove_row(&mut self) {
        let groups = self.groups();
        if let Some(g) = groups.get(self.row) {
            self.sets.drain(g.start..g.start + g.count);
            self.row = self.row.min(groups.len().saturating_sub(2));
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

    /// The session as it would be saved, or the errors per field.
    pub fn check(
        &self,
        today: NaiveDate,
    ) -> Result<Session, Box<[Option<String>; StrengthField::ALL.len()]>> {
        let mut errors: [Option<String>; StrengthField::ALL.len()] = Default::default();
        let date = optional(self.value(StrengthField::Date), |t| {
            parse::date("date", t, today)
        })
        .unwrap_or_else(|e| {
            errors[StrengthField::Date as usize] = Some(e);
            None
        })
        .unwrap_or(today);
        let rpe = optional(self.value(StrengthField::Rpe), |t| parse::rpe("rpe", t))
            .unwrap_or_else(|e| {
                errors[StrengthField::Rpe as usize] = Some(e);
                None
            });
        let minutes = optional(self.value(StrengthField::Minutes), |t| {
            parse::minutes("minutes", t)
        })
        .unwrap_or_else(|e| {
            errors[StrengthField::Minutes as usize] = Some(e);
            None
        });
        if self.sets.is_empty() {
            errors[StrengthField::Rows as usize] =
                Some("add at least one set: pick an exercise, type 3x8@60kg, Enter".into());
        }
        if errors.iter().any(Option::is_some) {
            return Err(Box::new(errors));
        }
        let strength = Strength {
            minutes,
            sets: self.sets.clone(),
        };
        let mut s = match &self.editing {
            Some(old) => {
                let mut s = old.clone();
                s.activity = crate::domain::Activity::Strength(strength);
                s.date = date;
                s
            }
            None => Session::new_strength(date, strength),
        };
        s.rpe = rpe;
        let note = self.value(StrengthField::Note).trim();
        s.note = (!note.is_empty()).then(|| note.to_string());
        Ok(s)
    }

    pub fn from_session(s: &Session, settings: &Settings) -> StrengthForm {
        let mut f = StrengthForm {
            editing: Some(s.clone()),
            ..StrengthForm::default()
        };
        f.values[0] = s.date.to_string();
        f.values[1] = s.rpe.map(|x| x.to_string()).unwrap_or_default();
        if let Some(st) = s.strength() {
            f.values[2] = st.minutes.map(|m| format!("{m}")).unwrap_or_default();
            f.sets = st.sets.clone();
        }
        f.values[3] = s.note.clone().unwrap_or_default();
        let _ = settings;
        f
    }

    pub fn placeholder(&self, f: StrengthField, today: NaiveDate, settings: &Settings) -> String {
        match f {
            StrengthField::Date => format!("today, {}", fmt::day(today)),
            StrengthField::Rpe => format!("{} (default, 1-10)", settings.default_rpe.strength),
            StrengthField::Minutes => format!("{} (2.5 per set)", 2.5 * self.sets.len() as f64),
            StrengthField::Note => "optional".into(),
            StrengthField::Exercise => "type a few letters: squat, calf, tib...".into(),
            StrengthField::Sets => {
                format!(
                    "3x8@60{} rir2 warmup",
                    fmt::weight_unit(settings.weight_unit)
                )
            }
            StrengthField::Rows => String::new(),
        }
    }
}

fn no_match(q: &str, catalog: &Catalog) -> String {
    let s = catalog.suggest(q, 3);
    if s.is_empty() {
        format!("no exercise matches \"{q}\"")
    } else {
        format!(
            "no exercise matches \"{q}\"; did you mean {}?",
            s.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picker_filters_as_you_type_and_walks_matches() {
        let c = Catalog::builtin();
        let mut f = StrengthForm::default();
        for ch in "calf".chars() {
            f.edit(Key::Char(ch));
        }
        let m = f.matches(&c);
        assert!(m.iter().all(|n| n.contains("calf")), "{m:?}");
        assert!(m.len() >= 2);
        f.move_pick(true, &c);
        assert_eq!(f.pick, 1);
        f.choose(&c);
        assert_eq!(f.value(StrengthField::Exercise), m[1]);
        assert_eq!(f.focused(), StrengthField::Sets);
    }

    #[test]
    fn rows_group_identical_sets_and_remove_as_one() {
        let mut f = StrengthForm {
            sets: vec![SetEntry::new("back squat", 5, Some(80.0)); 3],
            ..StrengthForm::default()
        };
        f.sets.push(SetEntry::new("tibialis raise", 20, None));
        let g = f.groups();
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].count, 3);
        f.focus = StrengthField::Rows;
        f.remove_row();
        assert_eq!(f.sets.len(), 1);
        assert_eq!(f.sets[0].exercise, "tibialis raise");
    }
}
