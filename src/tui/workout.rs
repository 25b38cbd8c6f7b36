//! The live workout screen (`w`), a self-contained component: its own state
//! (`WorkoutScreen`), `update(&mut self, &Data, Action) -> Vec<Effect>`, `draw(&self, &Data,
//! area, buf)` and the key declarations its footer hint and help are built from. The workout
//! itself is `domain::workout::Workout`; every change is saved as the draft
//! (`Effect::SaveDraft`), so quitting or a crash loses nothing.

mod build;
mod digits;
mod draw;
mod keys;
mod typed;

pub use keys::{KEYS, KeyDecl, help, hint};

use super::action::Action;
use super::data::Data;
use super::effect::Effect;
use super::form::{Caret, Key, edit};
use super::theme::Theme;
use crate::domain::workout::{At, Workout};
use chrono::{NaiveDate, NaiveDateTime};

/// What the screen shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    /// `w`: Enter today's suggestion, `l` the last session, `t` a template, `e` empty.
    Choose,
    /// `t` in the chooser: the templates, the highlighted one.
    Templates(usize),
    /// The workout itself.
    Live,
    /// `a`: the catalog picker (query, highlighted match).
    Picker(String, usize),
    /// `Ctrl-S`: the session RPE as typed (empty: the default).
    Rpe(String),
    /// `q`/`Esc`: discard the workout?
    ConfirmDiscard,
    /// A draft found at start: resume it (or save or drop it when stale).
    Resume,
    /// `?`: every key of the screen.
    Help,
}

/// The live workout screen.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkoutScreen {
    pub stage: Stage,
    /// `None` while choosing what to lift.
    pub workout: Option<Workout>,
    pub focus: At,
    /// Reps, weight or RIR typed for the focused set (`8`, `@105`, `r2`).
    pub typed: String,
    /// The clock, as the UI last read it.
    pub now: NaiveDateTime,
    /// The day a new workout is logged on.
    pub today: NaiveDate,
    pub error: Option<String>,
    pub theme: Theme,
    /// Set when the screen is done (finished, discarded, closed): the app drops it.
    pub closed: bool,
    /// The cursor in the text being typed (`TYPED`, `QUERY` or `RPE`).
    pub caret: Caret,
    /// The ticked sets a finish found implausible (a likely typo, §9): `Ctrl-S` again with the
    /// same sets finishes as ticked.
    pub confirm: Option<Vec<crate::domain::SetEntry>>,
}

/// The screen's texts, as fields of its one cursor: the set typed, the picker's query, the RPE.
const TYPED: usize = 0;
const QUERY: usize = 1;
const RPE: usize = 2;

impl WorkoutScreen {
    /// The chooser, over the tabs.
    pub fn choose(today: NaiveDate, now: NaiveDateTime, theme: Theme) -> WorkoutScreen {
        WorkoutScreen {
            stage: Stage::Choose,
            workout: None,
            focus: At {
                exercise: 0,
                set: 0,
            },
            typed: String::new(),
            now,
            today,
            error: None,
            theme,
            closed: false,
            caret: Caret::default(),
            confirm: None,
        }
    }

    /// A draft found at start: asks to resume it.
    pub fn resume(w: Workout, now: NaiveDateTime, theme: Theme) -> WorkoutScreen {
        let mut s = WorkoutScreen::choose(w.date, now, theme);
        s.focus = w.next_open(w.rows().last().copied().unwrap_or(s.focus));
        s.workout = Some(w);
        s.stage = Stage::Resume;
        s
    }

    /// Drawn over the tabs (the chooser and the questions before a workout shows).
    pub fn over_tabs(&self) -> bool {
        matches!(
            self.stage,
            Stage::Choose | Stage::Templates(_) | Stage::Resume
        )
    }

    /// A key, the clock or an answer: what changes, what the store must do.
    pub fn update(&mut self, data: &Data, action: Action) -> Vec<Effect> {
        if let Action::Clock(now) = action {
            self.now = now;
            let rang = self.workout.as_mut().is_some_and(|w| w.ring(now));
            return if rang && data.settings.rest_bell {
                vec![Effect::Bell]
            } else {
                Vec::new()
            };
        }
        match self.stage.clone() {
            Stage::Choose | Stage::Templates(_) => self.choose_key(data, action),
            Stage::Resume => self.resume_key(action),
            Stage::Live => self.live_key(data, action),
            Stage::Picker(q, i) => self.picker_key(data, action, q, i),
            Stage::Rpe(t) => self.rpe_key(action, t),
            Stage::ConfirmDiscard => match action {
                Action::ConfirmQuit(true) | Action::Input('y') => {
                    self.closed = true;
                    vec![Effect::DropDraft]
                }
                Action::ConfirmQuit(false) | Action::Input('n') | Action::Back => {
                    self.stage = Stage::Live;
                    Vec::new()
                }
                _ => Vec::new(),
            },
            Stage::Help => {
                if matches!(
                    action,
                    Action::Back | Action::Input('?' | 'q') | Action::Submit
                ) {
                    self.stage = Stage::Live;
                }
                Vec::new()
            }
        }
    }

    /// The draft as it is now, to store.
    fn save(&self) -> Vec<Effect> {
        match &self.workout {
            Some(w) => vec![Effect::SaveDraft(Box::new(w.clone()), self.now)],
            None => Vec::new(),
        }
    }

    fn resume_key(&mut self, action: Action) -> Vec<Effect> {
        let stale = self.workout.as_ref().is_some_and(|w| w.is_stale(self.now));
        match action {
            Action::Submit if !stale => self.stage = Stage::Live,
            Action::Input('s') if stale => self.stage = Stage::Rpe(String::new()),
            Action::Input('d') => {
                self.closed = true;
                return vec![Effect::DropDraft];
            }
            _ => {}
        }
        Vec::new()
    }

    fn live_key(&mut self, data: &Data, action: Action) -> Vec<Effect> {
        let Some(w) = self.workout.as_mut() else {
            return Vec::new();
        };
        let typing = !self.typed.is_empty();
        match action {
            Action::Up | Action::Down => {
                let rows = w.rows();
                if let Some(i) = rows.iter().position(|&r| r == self.focus) {
                    let n = rows.len();
                    let j = if matches!(action, Action::Down) {
                        (i + 1) % n
                    } else {
                        (i + n - 1) % n
                    };
                    self.focus = rows[j];
                } else if let Some(&r) = rows.first() {
                    self.focus = r;
                }
                self.typed.clear();
                self.error = None;
                return Vec::new();
            }
            Action::Backspace => {
                edit(&mut self.typed, &mut self.caret, TYPED, Key::Backspace);
                self.error = None;
                return Vec::new();
            }
            Action::ClearField => self.typed.clear(),
            // the cursor keys while a set is typed (`←`/`→`, Home/End, Delete, Ctrl-W)
            ref a if typing && !matches!(a, Action::Input(_)) && Key::of(a).is_some() => {
                if let Some(k) = Key::of(a) {
                    edit(&mut self.typed, &mut self.caret, TYPED, k);
                }
            }
            Action::Back if typing => {
                self.typed.clear();
                self.error = None;
            }
            Action::Back | Action::Input('q') if !typing => self.stage = Stage::ConfirmDiscard,
            Action::Input('?') if !typing => self.stage = Stage::Help,
            Action::Save => {
                let sets = w.done_sets();
                if sets.is_empty() {
                    self.error = Some("tick at least one set before finishing (q discards)".into());
                    return Vec::new();
                }
                // the same sanity check as the Strength form's (§9): a set far beyond the best
                // asks first; Ctrl-S again finishes as ticked
                let none = std::collections::HashMap::new();
                let bests = data.e1rm_bests.get().unwrap_or(&none);
                let u = data.settings.weight_unit;
                let accept = "Ctrl-S again to finish as ticked";
                match crate::parse::check_lifts("sets", &sets, bests, u, accept) {
                    Err(e) if self.confirm.as_ref() != Some(&sets) => {
                        self.error = Some(crate::tui::form::message(&e));
                        self.confirm = Some(sets);
                    }
                    _ => {
                        self.error = None;
                        self.stage = Stage::Rpe(String::new());
                    }
                }
            }
            Action::Input(' ') | Action::Submit if !typing => return self.tick(None),
            Action::Submit => {
                let u = data.settings.weight_unit;
                let plan = w.row(self.focus).map(|r| r.done.unwrap_or(r.plan));
                match plan.map(|p| typed::apply(&self.typed, p, u)) {
                    Some(Ok(n)) => return self.tick(Some(n)),
                    Some(Err(e)) => self.error = Some(e),
                    None => {}
                }
            }
            Action::Input(c) if typed::takes(&self.typed, c) => {
                edit(&mut self.typed, &mut self.caret, TYPED, Key::Char(c));
                self.error = None;
            }
            Action::Paste(t) => {
                for c in t.chars().filter(|&c| typed::takes("8", c)) {
                    edit(&mut self.typed, &mut self.caret, TYPED, Key::Char(c));
                }
            }
            Action::Input('+') => {
                if let Some(at) = w.add_set(self.focus.exercise) {
                    self.focus = at;
                    return self.save();
                }
            }
            Action::Input('x') => {
                w.skip(self.focus);
                self.focus = w.next_open(self.focus);
                return self.save();
            }
            Action::Input(c @ ('[' | ']')) => {
                w.change_rest(self.focus.exercise, if c == '[' { -1 } else { 1 });
                return self.save();
            }
            Action::Input('a') => self.stage = Stage::Picker(String::new(), 0),
            Action::Input('w') => {
                w.toggle_warmup(self.focus);
                return self.save();
            }
            _ => {}
        }
        Vec::new()
    }

    /// Ticks the focused set (as typed, else as prescribed) and moves to the next open one.
    fn tick(&mut self, numbers: Option<crate::domain::workout::Numbers>) -> Vec<Effect> {
        let Some(w) = self.workout.as_mut() else {
            return Vec::new();
        };
        if w.row(self.focus).is_none() {
            self.error = Some("no set here: a adds an exercise".into());
            return Vec::new();
        }
        if w.tick(self.focus, numbers, self.now) {
            self.focus = w.next_open(self.focus);
        }
        self.typed.clear();
        self.error = None;
        self.save()
    }

    fn rpe_key(&mut self, action: Action, text: String) -> Vec<Effect> {
        match action {
            Action::Back => {
                self.stage = if self.stale() {
                    Stage::Resume
                } else {
                    Stage::Live
                }
            }
            Action::Input(c) if !(c.is_ascii_digit() || c == '.') => {}
            Action::Submit | Action::Save => {
                let rpe = match text.trim() {
                    "" => None,
                    t => match crate::parse::rpe("rpe", t) {
                        Ok(v) => Some(v),
                        Err(e) => {
                            self.error = Some(e.to_string());
                            return Vec::new();
                        }
                    },
                };
                let Some(w) = &self.workout else {
                    return Vec::new();
                };
                // a stale draft ends at its last tick, not hours later when it is saved
                let end = match (self.stale(), w.rest) {
                    (true, Some(t)) => t.started,
                    _ => self.now,
                };
                match w.finish(end, rpe) {
                    Some(s) => return vec![Effect::FinishWorkout(Box::new(s))],
                    None => self.error = Some("no set is ticked: nothing to save".into()),
                }
            }
            other => {
                if let Some(k) = Key::of(&other) {
                    let mut t = text;
                    edit(&mut t, &mut self.caret, RPE, k);
                    self.stage = Stage::Rpe(t);
                }
            }
        }
        Vec::new()
    }

    fn stale(&self) -> bool {
        self.workout.as_ref().is_some_and(|w| w.is_stale(self.now))
    }
}
