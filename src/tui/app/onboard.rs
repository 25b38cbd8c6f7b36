//! The first start's questions and a new exercise's mapping form: their keys, `Esc` on the
//! first start (skipped, not asked again), and what follows their saves.

use super::App;
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::popup::Popup;
use crate::tui::popup::first_start::FirstStartForm;
use crate::tui::tab::Tab;

impl App {
    /// The database is new (`Store::is_first_start`): the questions open.
    pub(crate) fn open_first_start(&mut self) {
        if let Some(d) = &self.data {
            self.popup = Some(Popup::FirstStart(FirstStartForm::new(&d.settings)));
        }
    }

    /// `Esc` on the first start: only `first_start = done` is stored, so it is not asked again.
    pub(crate) fn skip_first_start(&mut self) -> Vec<Effect> {
        if let Some(Popup::FirstStart(f)) = &mut self.popup {
            f.skipped = true;
        }
        vec![Effect::SetSettings(vec![(
            "first_start".into(),
            "done".into(),
        )])]
    }

    /// The first start's answers (or its skip) are stored.
    pub(crate) fn first_start_saved(&mut self) {
        if let Some(Popup::FirstStart(f)) = self.popup.take() {
            self.info(if f.skipped {
                "skipped: s (settings) asks the same any time"
            } else {
                "saved: s (settings) changes them any time"
            });
        }
    }

    /// A key for the first start or the mapping form: `Enter` sends what they save.
    pub(crate) fn onboard_key(&mut self, action: &Action) -> Vec<Effect> {
        match &mut self.popup {
            Some(Popup::FirstStart(f)) => match f.update(action) {
                Some(Ok(pairs)) => vec![Effect::SetSettings(pairs)],
                _ => Vec::new(),
            },
            Some(Popup::NewExercise(f)) => {
                let Some(d) = &self.data else {
                    return Vec::new();
                };
                match f.update(action, &d.catalog) {
                    Some(Ok(e)) => vec![Effect::AddExercise(e)],
                    _ => Vec::new(),
                }
            }
            _ => Vec::new(),
        }
    }

    /// A new exercise from the picker's `add «name»` is stored: picked in the Strength form,
    /// its sets next (the data reloads with the catalog that holds it).
    pub(crate) fn exercise_added(&mut self, e: &crate::domain::Exercise) {
        self.popup = None;
        let sessions = self.data.as_ref().map_or(&[][..], |d| &d.sessions[..]);
        self.strength.take_exercise(&e.name, sessions);
        self.go(Tab::Strength);
        self.info(format!(
            "added {}: {}; now its sets (3x8@60)",
            e.name,
            crate::format::muscle_weights(&e.weights)
        ));
    }
}
