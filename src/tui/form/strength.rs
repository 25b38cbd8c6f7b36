//! The strength form: session fields, a catalog picker that filters as you type, rows of sets.

use super::{Answer, Caret, Key, cycle, edit, message, optional};
use crate::domain::{Catalog, Session, SetEntry, Settings, Strength};
use crate::format;
use crate::parse;
use crate::tui::action::Action;
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
    /// The text each field was opened with (all empty for a new session).
    pub original: [String; 6],
    /// The chosen exercise's last sets: `Enter` on an empty Sets field adds them again.
    pub offer: Option<LastSets>,
    /// Where the sets being edited in place go back (`Enter` on a row took them out).
    pub insert_at: Option<usize>,
    /// The cursor in the focused field.
    pub caret: Caret,
    /// The sets a save found implausible (a likely typo): saving these same sets again stores
    /// them as they are.
    pub confirm: Option<Vec<SetEntry>>,
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
            original: Default::default(),
            offer: None,
            insert_at: None,
            caret: Caret::default(),
            confirm: None,
        }
    }
}

/// A row of the catalog picker.
#[derive(Debug, Clone, PartialEq)]
pub enum PickRow<'c> {
    /// A catalog name matching what was typed.
    Match(&'c str),
    /// `add «name»`: the typed name is not in the catalog; opens the mapping form.
    Add(String),
    /// A close catalog name, when nothing matches (the command line's "did you mean").
    Close(&'c str),
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

    /// Whether the form holds input that would be lost: any text or set in a new session, any
    /// change to an edited one.
    pub fn is_dirty(&self) -> bool {
        match &self.editing {
            Some(old) => {
                self.values != self.original || old.strength().is_none_or(|st| st.sets != self.sets)
            }
            None => !self.sets.is_empty() || self.values.iter().any(|v| !v.trim().is_empty()),
        }
    }

    /// Whether an edit still shows field `f` as it was opened (its stored value is kept).
    fn kept(&self, f: StrengthField) -> bool {
        self.editing.is_some() && self.value(f) == self.original[f as usize]
    }

    pub fn next(&mut self) {
        self.focus = cycle(&StrengthField::ALL, self.focus, true);
        self.caret.reset();
    }

    pub fn prev(&mut self) {
        self.focus = cycle(&StrengthField::ALL, self.focus, false);
        self.caret.reset();
    }

    pub fn edit(&mut self, key: Key) {
        let i = self.focus as usize;
        if let Some(v) = self.values.get_mut(i) {
            edit(v, &mut self.caret, i, key);
            if !key.changes_text() {
                return;
            }
            self.errors[i] = None;
            if self.focus == StrengthField::Exercise {
                self.pick = 0;
            }
        }
    }

    /// The characters before the cursor in field `f`.
    pub fn cursor(&self, f: StrengthField) -> usize {
        self.caret.at(f as usize, self.value(f))
    }

    /// A key while the form's fields have focus.
    pub fn update(
        &mut self,
        action: &Action,
        catalog: &Catalog,
        settings: &Settings,
        sessions: &[Session],
    ) -> Answer {
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
            Action::Backspace | Action::DeleteNext | Action::Input('d')
                if field == StrengthField::Rows =>
            {
                self.remove_row()
            }
            Action::Paste(text) => {
                for c in super::pasted(text) {
                    self.edit(Key::Char(c));
                }
            }
            Action::Submit => match field {
                StrengthField::Exercise if self.value(field).trim().is_empty() => {
                    return Answer::Save;
                }
                StrengthField::Exercise => {
                    if self.choose(catalog, sessions) {
                        return Answer::NewExercise;
                    }
                }
                StrengthField::Sets => self.add_sets(catalog, settings),
                StrengthField::Rows if !self.sets.is_empty() => self.edit_row(settings),
                _ => return Answer::Save,
            },
            Action::Save => return Answer::Save,
            other => {
                if let Some(k) = Key::of(other) {
                    self.edit(k);
                }
            }
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
            .ranked(q)
            .into_iter()
            .take(PICKER_MAX)
            .map(|e| e.name.as_str())
            .collect()
    }

    /// The picker's rows: the matching names; then, when the typed name is not in the catalog,
    /// `add «name»`, and the closest names when nothing matches.
    pub fn pick_rows<'c>(&self, catalog: &'c Catalog) -> Vec<PickRow<'c>> {
        let q = self.value(StrengthField::Exercise).trim();
        if q.is_empty() {
            return Vec::new();
        }
        let m = self.matches(catalog);
        let none = m.is_empty();
        let mut rows: Vec<PickRow> = m.into_iter().map(PickRow::Match).collect();
        if catalog.resolve(q).is_none() {
            rows.push(PickRow::Add(q.to_string()));
            if none {
                rows.extend(catalog.suggest(q, 3).into_iter().map(PickRow::Close));
            }
        }
        rows
    }

    /// `↑`/`↓`: moves through the picker on the exercise field, through rows on the rows.
    pub fn move_pick(&mut self, down: bool, catalog: &Catalog) {
        let n_matches = self.pick_rows(catalog).len();
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

    /// `Enter` on the exercise field: takes the highlighted name and moves on to the sets; `true`
    /// when the highlighted row is `add «name»` (the app opens the mapping form).
    pub fn choose(&mut self, catalog: &Catalog, sessions: &[Session]) -> bool {
        let m = self.pick_rows(catalog);
        match m.get(self.pick.min(m.len().saturating_sub(1))) {
            Some(PickRow::Add(_)) => return true,
            Some(PickRow::Match(name) | PickRow::Close(name)) => {
                let name = name.to_string();
                self.take_exercise(&name, sessions);
            }
            None => {
                self.errors[StrengthField::Exercise as usize] =
                    Some(no_match(self.value(StrengthField::Exercise), catalog));
            }
        }
        false
    }

    /// `name` in the exercise field, the focus on its sets, its last sets (from `sessions`)
    /// offered: `Enter` on the empty Sets field adds them.
    pub fn take_exercise(&mut self, name: &str, sessions: &[Session]) {
        self.values[StrengthField::Exercise as usize] = name.to_string();
        self.errors[StrengthField::Exercise as usize] = None;
        self.focus = StrengthField::Sets;
        self.pick = 0;
        self.offer = last_sets(sessions, name);
        self.caret.reset();
    }

    /// The session as it would be saved, or the errors per field. Editing a stored session
    /// changes only the fields whose text changed.
    pub fn check(
        &self,
        today: NaiveDate,
    ) -> Result<Session, Box<[Option<String>; StrengthField::ALL.len()]>> {
        let mut errors: [Option<String>; StrengthField::ALL.len()] = Default::default();
        let old = self.editing.as_ref();
        let mut read = |f: StrengthField, p: &dyn Fn(&str) -> crate::Result<f64>| {
            optional(self.value(f), p).unwrap_or_else(|e| {
                errors[f as usize] = Some(e);
                None
            })
        };
        let rpe = match old {
            Some(o) if self.kept(StrengthField::Rpe) => o.rpe,
            _ => read(StrengthField::Rpe, &|t| parse::rpe("rpe", t)),
        };
        let minutes = match old {
            Some(o) if self.kept(StrengthField::Minutes) => o.strength().and_then(|st| st.minutes),
            _ => read(StrengthField::Minutes, &|t| parse::minutes("minutes", t)),
        };
        let date = match old {
            Some(o) if self.kept(StrengthField::Date) => Some(o.date),
            _ => optional(self.value(StrengthField::Date), |t| {
                parse::date("date", t, today)
            })
            .unwrap_or_else(|e| {
                errors[StrengthField::Date as usize] = Some(e);
                None
            }),
        }
        .unwrap_or(today);
        if self.sets.is_empty() {
            errors[StrengthField::Rows as usize] = Some(
                "add at least one set: pick an exercise, type its sets (3x8@60), Enter".into(),
            );
        }
        if errors.iter().any(Option::is_some) {
            return Err(Box::new(errors));
        }
        let strength = Strength {
            minutes,
            sets: self.sets.clone(),
        };
        let note = match old {
            Some(o) if self.kept(StrengthField::Note) => o.note.clone(),
            _ => {
                let t = self.value(StrengthField::Note).trim();
                (!t.is_empty()).then(|| t.to_string())
            }
        };
        let mut s = match old {
            Some(old) => {
                let mut s = old.clone();
                s.activity = crate::domain::Activity::Strength(strength);
                s.date = date;
                s
            }
            None => Session::new_strength(date, strength),
        };
        s.rpe = rpe;
        s.note = note;
        Ok(s)
    }

    /// A form holding a stored session, for editing (numbers without float noise).
    pub fn from_session(s: &Session, settings: &Settings) -> StrengthForm {
        let mut f = StrengthForm {
            editing: Some(s.clone()),
            ..StrengthForm::default()
        };
        f.values[0] = s.date.to_string();
        f.values[1] = s.rpe.map(format::decimal).unwrap_or_default();
        if let Some(st) = s.strength() {
            f.values[2] = st.minutes.map(format::decimal).unwrap_or_default();
            f.sets = st.sets.clone();
        }
        f.values[3] = s.note.clone().unwrap_or_default();
        f.original = f.values.clone();
        let _ = settings;
        f
    }

    pub fn placeholder(&self, f: StrengthField, today: NaiveDate, settings: &Settings) -> String {
        match f {
            StrengthField::Date => format!("today, {}", format::day(today)),
            StrengthField::Rpe => format!("{} (default, 1-10)", settings.default_rpe.strength),
            StrengthField::Minutes => format!("{} (2.5 per set)", 2.5 * self.sets.len() as f64),
            StrengthField::Note => "optional".into(),
            StrengthField::Exercise => "a few letters: squat, calf, tib...".into(),
            StrengthField::Sets => match &self.offer {
                Some(o) => format!("Enter: {}", o.label(settings.weight_unit)),
                None => format!(
                    "3x8@60{} rir2 warmup",
                    format::weight_unit(settings.weight_unit)
                ),
            },
            StrengthField::Rows => String::new(),
        }
    }
}

/// The command line's refusal of an unknown name, with the same suggestions.
fn no_match(q: &str, catalog: &Catalog) -> String {
    match parse::exercise("exercise", q, catalog) {
        Ok(e) => format!("no exercise matches \"{q}\"; did you mean {}?", e.name),
        Err(e) => message(&e),
    }
}

mod last;
mod rows;
#[cfg(test)]
mod tests;

pub use last::{LastSets, last_sets, last_strength, sets_text};
