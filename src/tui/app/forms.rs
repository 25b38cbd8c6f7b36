//! Saving the run and strength forms, and editing a stored session in its form.

use super::{App, Discard, Popup};
use crate::domain::Session;
use crate::tui::action::{Action, Effect, Tab};
use crate::tui::form::run::{RunField, RunForm};
use crate::tui::form::strength::{StrengthField, StrengthForm, last_strength, sets_text};
use crate::tui::form::templates::{TemplateAnswer, TemplatePicker};

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

    /// `Ctrl-R`: the Strength form filled with the newest strength session's sets, dated today
    /// (`3`, `Ctrl-R`, `Ctrl-S` logs it again). A form holding sets or an edit is left alone.
    pub(crate) fn repeat_last(&mut self) {
        let Some(d) = &self.data else { return };
        let units = d.settings.weight_unit;
        let Some(last) = last_strength(&d.sessions).cloned() else {
            self.error("no strength session to repeat yet".into());
            return;
        };
        self.go(Tab::Strength);
        if self.strength.editing.is_some() || !self.strength.sets.is_empty() {
            self.error(
                "the form already holds sets: save them, or remove them (d on a row)".into(),
            );
            return;
        }
        let sets = last
            .strength()
            .map(|st| st.sets.clone())
            .unwrap_or_default();
        let what = sets_text(&sets, units);
        self.strength.fill(sets);
        self.info(format!(
            "repeating {}: {what} (Ctrl-S saves)",
            last.date.format("%a %-d %b")
        ));
    }

    /// `Ctrl-T`: the templates popup; saving takes the selected session's sets on History, the
    /// Strength form's elsewhere.
    pub(crate) fn open_templates(&mut self) {
        let picked = match self.tab {
            Tab::History => self.selected_session().and_then(|s| {
                s.strength()
                    .map(|st| (st.sets.clone(), format!("session #{}", s.id)))
            }),
            _ => None,
        };
        let (sets, source) =
            picked.unwrap_or_else(|| (self.strength.sets.clone(), "the form".into()));
        self.popup = Some(Popup::Templates(TemplatePicker::new(sets, source)));
    }

    /// A key while the templates popup is open.
    pub(crate) fn templates_key(&mut self, action: Action) -> Vec<Effect> {
        let (Some(Popup::Templates(p)), Some(d)) = (&mut self.popup, &self.data) else {
            return Vec::new();
        };
        match p.update(&action, &d.templates) {
            Some(TemplateAnswer::Save(name, sets)) => vec![Effect::SaveTemplate(name, sets)],
            Some(TemplateAnswer::Pick(sets)) => {
                if self.strength.editing.is_some() || !self.strength.sets.is_empty() {
                    p.error = Some("the form already holds sets: save or remove them first".into());
                    return Vec::new();
                }
                let what = sets_text(&sets, d.settings.weight_unit);
                self.popup = None;
                self.go(Tab::Strength);
                self.strength.fill(sets);
                self.info(format!("from the template: {what} (Ctrl-S saves)"));
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    /// History `e`/`Enter`: the selected session in its form, asking first when that form holds
    /// other unsaved input.
    pub(crate) fn edit_selected(&mut self) {
        let Some(s) = self.selected_session().cloned() else {
            return;
        };
        let busy = if s.is_run() {
            self.run.is_dirty() && self.run.editing.as_ref().is_none_or(|e| e.id != s.id)
        } else {
            self.strength.is_dirty() && self.strength.editing.as_ref().is_none_or(|e| e.id != s.id)
        };
        if busy {
            self.popup = Some(Popup::ConfirmDiscard(Discard::OpenEdit(Box::new(s))));
        } else {
            self.open_edit(s);
        }
    }

    /// What a yes to "discard?" does.
    pub(crate) fn discard(&mut self, what: Discard) {
        match what {
            Discard::LeaveEdit => {
                if self.tab == Tab::Run {
                    self.run = RunForm::default();
                } else {
                    self.strength = StrengthForm::default();
                }
                self.go(Tab::History);
                self.info("edit cancelled: nothing changed");
            }
            Discard::OpenEdit(s) => self.open_edit(*s),
        }
    }

    fn open_edit(&mut self, s: Session) {
        let Some(d) = &self.data else {
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
