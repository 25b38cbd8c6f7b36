//! `App::update` for the forms: typing, field moves, saving, editing a stored session.

use super::App;
use crate::tui::action::{Action, Effect, Tab};
use crate::tui::form::Key;
use crate::tui::form::run::{RunField as F, RunForm};
use crate::tui::form::strength::{StrengthField, StrengthForm};

impl App {
    pub(super) fn run_key(&mut self, action: Action) -> Vec<Effect> {
        let f = &mut self.run;
        match action {
            Action::NextField | Action::Down => f.next(),
            Action::PrevField | Action::Up => f.prev(),
            Action::Left | Action::Right => {
                let fwd = matches!(action, Action::Right);
                match f.focused() {
                    F::Kind => f.cycle_kind(fwd),
                    F::Date => f.shift_date(self.today, if fwd { 1 } else { -1 }),
                    _ => {}
                }
            }
            Action::Input(c) => f.edit(Key::Char(c)),
            Action::Backspace => f.edit(Key::Backspace),
            Action::ClearField => f.edit(Key::Clear),
            Action::Submit | Action::Save => return self.save(),
            _ => {}
        }
        Vec::new()
    }

    pub(super) fn strength_key(&mut self, action: Action) -> Vec<Effect> {
        let Some(d) = &self.data else {
            return Vec::new();
        };
        let f = &mut self.strength;
        let field = f.focused();
        match action {
            Action::NextField => f.next(),
            Action::PrevField => f.prev(),
            Action::Up | Action::Down => match field {
                StrengthField::Exercise | StrengthField::Rows => {
                    f.move_pick(matches!(action, Action::Down), &d.catalog)
                }
                _ if matches!(action, Action::Down) => f.next(),
                _ => f.prev(),
            },
            Action::Backspace | Action::Input('d') if field == StrengthField::Rows => {
                f.remove_row()
            }
            Action::Input(c) => f.edit(Key::Char(c)),
            Action::Backspace => f.edit(Key::Backspace),
            Action::ClearField => f.edit(Key::Clear),
            Action::Submit => match field {
                StrengthField::Exercise if f.value(field).trim().is_empty() => return self.save(),
                StrengthField::Exercise => f.choose(&d.catalog),
                StrengthField::Sets => f.add_sets(&d.catalog, &d.settings),
                _ => return self.save(),
            },
            Action::Save => return self.save(),
            _ => {}
        }
        Vec::new()
    }

    /// Saves the current tab's form, or marks its errors (keeping every character typed).
    pub(super) fn save(&mut self) -> Vec<Effect> {
        let Some(d) = &self.data else {
            return Vec::new();
        };
        let session = match self.tab {
            Tab::Run => {
                self.run.tried = true;
                let c = self.run.check(self.today, &d.settings);
                match (c.is_ok(), c.session) {
                    (true, Some(s)) => s,
                    _ => {
                        let first = c.errors.iter().position(Option::is_some);
                        let msg = first
                            .and_then(|i| c.errors[i].clone())
                            .unwrap_or_else(|| "fix the marked field".into());
                        if let Some(i) = first {
                            self.run.focus = i;
                        }
                        self.typing = true;
                        self.error(format!("not saved: {msg}"));
                        return Vec::new();
                    }
                }
            }
            Tab::Strength => match self.strength.check(self.today) {
                Ok(s) => s,
                Err(errors) => {
                    let first = errors.iter().position(Option::is_some);
                    let msg = first
                        .and_then(|i| errors[i].clone())
                        .unwrap_or_else(|| "fix the marked field".into());
                    if let Some(i) = first {
                        self.strength.focus = i;
                    }
                    self.strength.errors = *errors;
                    self.typing = true;
                    self.error(format!("not saved: {msg}"));
                    return Vec::new();
                }
            },
            _ => return Vec::new(),
        };
        if session.id != 0 {
            vec![Effect::Update(session)]
        } else {
            vec![Effect::Insert(session)]
        }
    }

    pub(super) fn edit_selected(&mut self) {
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
