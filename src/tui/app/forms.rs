//! What crosses tabs: a stored session edited in its form, the suggestion started as a form,
//! a session repeated or a template filled into the Strength form, and what follows a save.

use super::App;
use crate::domain::today::Suggestion;
use crate::domain::{Session, SetEntry, Settings};
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::form::run::{RunField, RunForm};
use crate::tui::form::strength::{StrengthField, StrengthForm, last_strength};
use crate::tui::form::templates::{TemplateAnswer, TemplatePicker};
use crate::tui::popup::{Discard, Popup};
use crate::tui::tab::Tab;

impl App {
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
        let what = crate::format::set_specs_typed(&sets, units).join(", ");
        self.strength.fill(sets);
        self.info(format!(
            "repeating {}: {what} (Ctrl-S saves)",
            last.date.format("%a %-d %b")
        ));
    }

    /// Dashboard `g`: the Today suggestion as a prefilled form. A strength session fills the
    /// Strength form with its exercises and prescriptions (at the last weight lifted); a run
    /// opens the Run form with its kind chosen. A form holding input is left alone.
    pub(crate) fn start_today(&mut self) {
        let Some(d) = &self.data else { return };
        let Some(t) = d.today.clone() else { return };
        let what = crate::tui::tabs::dashboard::today_what(&t);
        match (t.suggestion, t.run.clone()) {
            (Suggestion::Strength, _) => {
                if self.strength.editing.is_some() || !self.strength.sets.is_empty() {
                    self.go(Tab::Strength);
                    self.error("the form already holds sets: save or remove them first".into());
                    return;
                }
                let sets: Vec<SetEntry> = t
                    .exercises
                    .iter()
                    .flat_map(|e| {
                        // The prescribed weight (§8.7); none prescribed: the last one.
                        let w = e
                            .weight_kg
                            .or_else(|| e.last.as_ref().and_then(|l| l.weight_kg));
                        let s = SetEntry::new(e.exercise.clone(), e.reps, w);
                        std::iter::repeat_n(s, e.sets as usize)
                    })
                    .collect();
                self.go(Tab::Strength);
                self.strength.fill(sets);
                self.strength.values[StrengthField::Date as usize] = past_day(&t, self.today);
                self.info(format!(
                    "{what} as suggested: change what you like, Ctrl-S saves"
                ));
            }
            (Suggestion::Run | Suggestion::Recover | Suggestion::Race, Some(r)) => {
                self.go(Tab::Run);
                if self.run.is_dirty() {
                    self.error("the run form holds input: save or clear it first".into());
                    return;
                }
                self.run = RunForm::default();
                self.run.values[RunField::Kind as usize] = r.kind.key().to_string();
                // A duration in the range: its middle, whole minutes.
                if let Some([lo, hi]) = r.minutes {
                    self.run.values[RunField::Duration as usize] =
                        format!("{}:00", (lo + hi).div_ceil(2));
                }
                self.run.values[RunField::Date as usize] = past_day(&t, self.today);
                self.info(format!(
                    "{what}: type the distance, Tab, the duration, Enter"
                ));
            }
            _ => self.info(format!("{what}: nothing to start")),
        }
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
                let what = crate::format::set_specs_typed(&sets, d.settings.weight_unit).join(", ");
                self.popup = None;
                self.go(Tab::Strength);
                self.strength.fill(sets);
                self.info(format!("from the template: {what} (Ctrl-S saves)"));
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    /// History `e`/`Enter`: the session in its form, asking first when that form holds other
    /// unsaved input.
    pub(crate) fn edit(&mut self, s: Session) {
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

    /// A session stored: its summary in the status line; the form it came from is emptied. An
    /// edit returns to History with the session selected, a new session to the Dashboard at
    /// today.
    pub(crate) fn saved(&mut self, s: Session, settings: &Settings) -> Vec<Effect> {
        let edit = self.run.editing.is_some() || self.strength.editing.is_some();
        // the session as stored before this edit: `u` on History writes it back
        let before = if s.is_run() {
            self.run.editing.take()
        } else {
            self.strength.editing.take()
        };
        if let Some(old) = before.filter(|o| o.id == s.id) {
            self.undo.push(crate::tui::undo::Undo::Edited(old));
        }
        if s.is_run() {
            self.run = RunForm::default();
        } else {
            self.strength = StrengthForm::default();
        }
        self.day = self.today;
        // History selects what was just saved (the selection otherwise stays on its session)
        self.history.reselect = Some(s.id);
        if edit {
            self.go(Tab::History);
        } else {
            self.go(Tab::Dashboard);
        }
        let (verb, undo) = if edit {
            ("updated", " (u to undo)")
        } else {
            ("saved", "")
        };
        // the load rounded as the summary rounds it (82.5 is 83 in both)
        self.info(format!(
            "{verb}: {}, load {} AU{undo}",
            crate::format::session_summary(&s, settings),
            crate::format::whole(s.load(settings))
        ));
        // a new run: its summary in a popup
        if s.is_run() && !edit {
            return vec![Effect::Reload, Effect::LoadSummary(s.id, true)];
        }
        if s.is_run() {
            return vec![Effect::Reload];
        }
        // the status line gains the PRs once the store has found them
        self.history.announce = Some(s.id);
        vec![Effect::Reload, Effect::FindPrs(s.id)]
    }

    fn open_edit(&mut self, s: Session) {
        let Some(d) = &self.data else {
            return;
        };
        if s.is_run() {
            crate::tui::tabs::run::open_edit(&mut self.run, &s, &d.settings);
            self.go(Tab::Run);
        } else {
            crate::tui::tabs::strength::open_edit(&mut self.strength, &s, &d.settings);
            self.go(Tab::Strength);
        }
    }
}

/// The Date field for a suggestion: its day when the dashboard was moved back to a past day
/// (`2026-11-18`), empty (today) otherwise.
fn past_day(t: &crate::domain::today::Today, today: chrono::NaiveDate) -> String {
    if t.target < today {
        t.target.format("%Y-%m-%d").to_string()
    } else {
        String::new()
    }
}
