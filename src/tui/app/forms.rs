//! Saving the run and strength forms, and editing a stored session in its form.

use super::App;
use crate::domain::Session;
use crate::tui::action::{Effect, Tab};
use crate::tui::form::run::{RunField, RunForm};
use crate::tui::form::strength::{StrengthField, StrengthForm};

impl App {
    /// Saves the run form, or marks its errors (keeping every character typed).
    pub(crate) fn save_run(&mut self) -> Vec<Effect> {
        let Some(d) = &self.data else {
            return Vec::new();
        };
        self.run.tried = true;
        let c = self.run.check(self.today, &d.settings);
        match (c.is_ok(), c.session) {
            (true, Some(s)) => store(s),
            _ => {
                let first = c.errors.iter().position(Option::is_some);
                if let Some(i) = first {
                    self.run.focus = RunField::ALL[i];
                }
                self.refuse(first.and_then(|i| c.errors[i].clone()));
                Vec::new()
            }
        }
    }

    /// Saves the strength form, or marks its errors.
    pub(crate) fn save_strength(&mut self) -> Vec<Effect> {
        if self.data.is_none() {
            return Vec::new();
        }
        match self.strength.check(self.today) {
            Ok(s) => store(s),
            Err(errors) => {
                let first = errors.iter().position(Option::is_some);
                if let Some(i) = first {
                    self.strength.focus = StrengthField::ALL[i];
                }
                let msg = first.and_then(|i| errors[i].clone());
                self.strength.errors = *errors;
                self.refuse(msg);
                Vec::new()
            }
        }
    }

    /// A form that did not save: back into its fields, the first error in the status line.
    fn refuse(&mut self, msg: Option<String>) {
        let msg = msg.unwrap_or_else(|| "fix the marked field".into());
        self.typing = true;
        self.error(format!("not saved: {msg}"));
    }

    /// History `e`/`Enter`: the selected session in its form.
    pub(crate) fn edit_selected(&mut self) {
        let (Some(s), Some(d)) = (self.selected_session().cloned(), &self.data) else {
            return;
        };
        if s.is_run() {
            self.run = RunForm::from_session(&s, &d.settings);
            self.go(Tab::Run);
        } else {
            self.strength = StrengthForm::from_session(&s, &d.settings);
            self.go(Tab::Strength);
        }
    }
}

/// A new session is inserted, a stored one updated.
fn store(session: Session) -> Vec<Effect> {
    if session.id != 0 {
        vec![Effect::Update(session)]
    } else {
        vec![Effect::Insert(session)]
    }
}
