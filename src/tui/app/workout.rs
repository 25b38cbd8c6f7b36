//! The live workout's wiring into the app: `w` opens the chooser, the screen takes the keys
//! while open, and what the store answers about the draft and the finished session.

use super::App;
use crate::domain::Settings;
use crate::tui::action::{Action, StoreEvent};
use crate::tui::effect::Effect;
use crate::tui::workout::WorkoutScreen;

impl App {
    /// Whether the workout screen (or its opening) takes `action`: `w`, the clock, and every
    /// key while it is open, except quitting, resizing and the store's answers.
    pub(super) fn workout_takes(&mut self, action: &Action) -> bool {
        if let Action::Clock(now) = action {
            self.now = *now;
        }
        match action {
            Action::OpenWorkout | Action::Clock(_) => true,
            Action::Quit
            | Action::ConfirmQuit(_)
            | Action::Resize(..)
            | Action::NewDay(_)
            | Action::Done(_)
            | Action::Failed(_) => false,
            _ => {
                self.workout.is_some()
                    && !matches!(self.popup, Some(crate::tui::popup::Popup::ConfirmQuit))
            }
        }
    }

    /// An action [`App::workout_takes`]: to the screen, which is dropped once closed.
    pub(super) fn workout_update(&mut self, action: Action) -> Vec<Effect> {
        if matches!(action, Action::OpenWorkout) {
            if self.workout.is_none() && self.data.is_some() {
                self.status = None;
                self.workout = Some(WorkoutScreen::choose(self.today, self.now, self.theme));
            }
            return Vec::new();
        }
        let (Some(screen), Some(data)) = (self.workout.as_mut(), self.data.as_ref()) else {
            return Vec::new();
        };
        if !matches!(action, Action::Clock(_)) {
            self.status = None;
        }
        let fx = screen.update(data, action);
        if screen.closed {
            self.workout = None;
        }
        fx
    }

    /// The store's answers about the workout.
    pub(super) fn workout_done(&mut self, o: StoreEvent, settings: &Settings) -> Vec<Effect> {
        match o {
            StoreEvent::DraftFound(w) => {
                self.workout = Some(WorkoutScreen::resume(*w, self.now, self.theme));
            }
            StoreEvent::DraftDropped => self.info("workout discarded"),
            StoreEvent::WorkoutFinished(s) => {
                self.workout = None;
                return self.saved(s, settings);
            }
            _ => {}
        }
        Vec::new()
    }
}
