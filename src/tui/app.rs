//! The app state and `App::update`, the only place it changes.

mod events;
mod forms;
mod import;
mod onboard;
mod workout;

use super::action::Action;
use super::ctx::Ctx;
use super::data::{Data, Lazy};
use super::effect::Effect;
use super::form::run::RunForm;
use super::form::settings::SettingsForm;
use super::form::strength::StrengthForm;
use super::keys::Mode;
use super::popup::help::HelpView;
use super::popup::{Discard, Popup};
use super::tab::Tab;
use super::tabs::dashboard::DashboardState;
use super::tabs::history::HistoryState;
use super::tabs::progress::ProgressState;
use super::theme::Theme;
use super::undo::Undo;
use super::{bar, tabs};
use crate::domain::Session;
use chrono::NaiveDate;

/// A one-line message in the footer.
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// The whole UI state: domain data (`data`) and widget state, apart.
#[derive(Debug, Clone)]
pub struct App {
    /// The calendar day now (moves on at midnight).
    pub today: NaiveDate,
    /// The dashboard's day D (`←`/`→`).
    pub day: NaiveDate,
    pub tab: Tab,
    /// The focused form takes typed text.
    pub typing: bool,
    pub data: Option<Data>,
    pub run: RunForm,
    pub strength: StrengthForm,
    pub history: HistoryState,
    pub dashboard: DashboardState,
    pub progress: ProgressState,
    pub popup: Option<Popup>,
    /// Deletes and edits, most recent last (`u` undoes the last).
    pub undo: Vec<Undo>,
    pub status: Option<Status>,
    pub quit: bool,
    pub theme: Theme,
    /// The terminal is below `bar::MIN_WIDTH`×`bar::MIN_HEIGHT`: "terminal too small" is shown
    /// and only quit and resize act.
    pub too_small: bool,
    /// The live workout screen, while open (`w`).
    pub workout: Option<super::workout::WorkoutScreen>,
    /// The clock as last read (`Action::Clock`).
    pub now: chrono::NaiveDateTime,
}

impl App {
    /// A new app at `today`; its first effect should be `Effect::Reload`.
    pub fn new(today: NaiveDate, theme: Theme) -> App {
        App {
            today,
            day: today,
            tab: Tab::Dashboard,
            typing: false,
            data: None,
            run: RunForm::default(),
            strength: StrengthForm::default(),
            history: HistoryState::default(),
            dashboard: DashboardState::default(),
            progress: ProgressState::default(),
            popup: None,
            undo: Vec::new(),
            status: None,
            quit: false,
            theme,
            too_small: false,
            workout: None,
            now: today.and_time(chrono::NaiveTime::MIN),
        }
    }

    pub fn mode(&self) -> Mode {
        match &self.popup {
            Some(Popup::ConfirmQuit) => Mode::Confirm,
            _ if self.too_small => Mode::TooSmall,
            _ if self.workout.is_some() => Mode::Workout,
            Some(Popup::Help(_) | Popup::LoadHelp | Popup::Explain(_) | Popup::Summary(_)) => {
                Mode::Help
            }
            Some(Popup::Settings(_) | Popup::FirstStart(_) | Popup::NewExercise(_)) => {
                Mode::Settings
            }
            Some(Popup::ConfirmDiscard(_)) => Mode::Confirm,
            Some(Popup::ImportPath(_)) => Mode::Import,
            Some(Popup::Templates(_)) => Mode::Templates,
            Some(Popup::ImportReport(_)) => Mode::ImportSummary,
            None if self.typing && self.tab.has_form() => Mode::Typing,
            None => Mode::Normal,
        }
    }

    /// Some form holds input that quitting would lose.
    pub fn is_dirty(&self) -> bool {
        self.run.is_dirty() || self.strength.is_dirty()
    }

    /// The sessions the History tab lists, newest first.
    pub fn history_rows(&self) -> Vec<&Session> {
        match &self.data {
            Some(d) => self.history.rows(d),
            None => Vec::new(),
        }
    }

    pub fn selected_session(&self) -> Option<&Session> {
        self.data
            .as_ref()
            .and_then(|d| self.history.selected_session(d))
    }

    /// Applies one action; returns what the store must do. What belongs to every tab is handled
    /// here; the rest goes to the open popup, else to the current tab (`tab_update`). Then the
    /// current tab may ask for data it needs (`wants`). What a tab asks of the app itself (a
    /// message, a popup, another day...) is done here and never reaches the driver.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        let fx = self.apply(action);
        let mut out = self.settle(fx);
        let wants = self.wants();
        out.extend(self.settle(wants));
        out
    }

    /// Does the effects that are the app's own (`Effect::is_store` is false), keeps the rest.
    fn settle(&mut self, fx: Vec<Effect>) -> Vec<Effect> {
        let mut out = Vec::new();
        for e in fx {
            if e.is_store() {
                out.push(e);
            } else {
                let more = self.ui(e);
                out.extend(self.settle(more));
            }
        }
        out
    }

    fn ui(&mut self, e: Effect) -> Vec<Effect> {
        match e {
            Effect::Info(t) => self.info(t),
            Effect::Error(t) => self.error(t),
            Effect::Open(p) => self.popup = Some(*p),
            Effect::Typing(on) => self.typing = on,
            Effect::SetDay(d) => return self.set_day(d),
            Effect::StartToday => self.start_today(),
            Effect::Edit(s) => self.edit(*s),
            _ => {}
        }
        Vec::new()
    }

    /// An action for the current tab, with what it reads; nothing before the data is loaded.
    fn tab_update(&mut self, action: Action) -> Vec<Effect> {
        let Some(data) = &self.data else {
            return Vec::new();
        };
        let cx = Ctx {
            data,
            theme: &self.theme,
            today: self.today,
            day: self.day,
            typing: self.typing,
        };
        match self.tab {
            Tab::Dashboard => tabs::dashboard::update(&mut self.dashboard, &cx, action),
            Tab::Run => tabs::run::update(&mut self.run, &cx, action),
            Tab::Strength => tabs::strength::update(&mut self.strength, &cx, action),
            Tab::History => tabs::history::update(&mut self.history, &cx, action),
            Tab::Progress => tabs::progress::update(&mut self.progress, action),
        }
    }

    /// What the current tab needs loaded that is not (after every update).
    fn wants(&mut self) -> Vec<Effect> {
        let Some(data) = self.data.as_mut() else {
            return Vec::new();
        };
        // the live workout's finish checks its sets against the bests (§9), as the Strength tab
        if self.workout.is_some() && matches!(data.e1rm_bests, Lazy::NotLoaded) {
            data.e1rm_bests = Lazy::Asked;
            return vec![Effect::LoadE1rmBests];
        }
        let fx = match self.tab {
            Tab::History => {
                let cx = Ctx {
                    data: &*data,
                    theme: &self.theme,
                    today: self.today,
                    day: self.day,
                    typing: self.typing,
                };
                tabs::history::wants(&mut self.history, &cx)
            }
            Tab::Progress => tabs::progress::wants(data),
            Tab::Strength => matches!(data.e1rm_bests, Lazy::NotLoaded).then(|| {
                data.e1rm_bests = Lazy::Asked;
                Effect::LoadE1rmBests
            }),
            _ => None,
        };
        fx.into_iter().collect()
    }

    /// While "terminal too small" is shown nothing the user cannot see happens: only quitting
    /// (and its question), a resize and what the store and the clock answer get through.
    fn hidden(&self, action: &Action) -> bool {
        self.too_small
            && !matches!(
                action,
                Action::Quit
                    | Action::ConfirmQuit(_)
                    | Action::Resize(..)
                    | Action::NewDay(_)
                    | Action::Clock(_)
                    | Action::Done(_)
                    | Action::Failed(_)
            )
    }

    fn apply(&mut self, action: Action) -> Vec<Effect> {
        if self.hidden(&action) {
            return Vec::new();
        }
        if self.workout_takes(&action) {
            return self.workout_update(action);
        }
        match action {
            Action::Quit => {
                if self.is_dirty() {
                    self.popup = Some(Popup::ConfirmQuit);
                } else {
                    self.quit = true;
                }
            }
            Action::ConfirmQuit(yes) => match self.popup.take() {
                Some(Popup::ConfirmDiscard(what)) if yes => self.discard(what),
                Some(Popup::ConfirmQuit) => self.quit = yes,
                _ => {}
            },
            Action::NextTab => self.go(self.tab.next()),
            Action::PrevTab => self.go(self.tab.prev()),
            Action::GoTab(t) => self.go(t),
            Action::ToggleHelp => {
                self.popup = match self.popup {
                    Some(Popup::Help(_)) => None,
                    _ => Some(Popup::Help(HelpView::default())),
                }
            }
            Action::OpenSettings => {
                if let Some(d) = &self.data {
                    self.status = None;
                    let form = SettingsForm::new(&d.settings)
                        .with_races(self.today, &d.races)
                        .with_auto(d.today.as_ref().and_then(|t| t.auto));
                    self.popup = Some(Popup::Settings(form));
                }
            }
            Action::Back if matches!(self.popup, Some(Popup::FirstStart(_))) => {
                return self.skip_first_start();
            }
            Action::Back => self.back(),
            Action::Today => return self.set_day(self.today),
            Action::Click(x, 0) => {
                if let Some(t) = bar::tab_at(x) {
                    self.go(t);
                }
            }
            Action::Resize(w, h) => self.too_small = w < bar::MIN_WIDTH || h < bar::MIN_HEIGHT,
            Action::NewDay(d) => return self.new_day(d),
            Action::Done(o) => return self.done(o),
            Action::Failed(msg) => self.failed(msg),
            Action::Repeat => self.repeat_last(),
            Action::Templates => self.open_templates(),
            Action::Undo => match self.undo.pop() {
                Some(Undo::Deleted(s)) => return vec![Effect::Restore(s)],
                Some(Undo::Edited(s)) => return vec![Effect::Revert(s)],
                None => self.info("nothing to undo"),
            },
            other => {
                // A refusal is about what was typed: it goes once the text changes.
                if matches!(
                    other,
                    Action::Input(_)
                        | Action::Backspace
                        | Action::DeleteNext
                        | Action::DeleteWord
                        | Action::ClearField
                        | Action::Paste(_)
                ) && self.status.as_ref().is_some_and(|s| s.error)
                {
                    self.status = None;
                }
                return self.route(other);
            }
        }
        Vec::new()
    }

    /// An action for the open popup, else for the current tab.
    fn route(&mut self, action: Action) -> Vec<Effect> {
        match &mut self.popup {
            None => self.tab_update(action),
            Some(Popup::Settings(f)) => match f.update(&action) {
                Some(Ok(c)) if c.is_empty() => {
                    self.popup = None;
                    Vec::new()
                }
                // the race first: the settings follow once it is stored (`RaceAdded`)
                Some(Ok(c)) => match c.race {
                    Some(r) => vec![Effect::AddRace(r)],
                    None => vec![Effect::SetSettings(c.settings)],
                },
                _ => Vec::new(),
            },
            Some(Popup::FirstStart(_) | Popup::NewExercise(_)) => self.onboard_key(&action),
            Some(Popup::ImportPath(_) | Popup::ImportReport(_)) => self.import_key(action),
            Some(Popup::Templates(_)) => self.templates_key(action),
            Some(Popup::Explain(v)) => {
                v.scroll(&action);
                Vec::new()
            }
            Some(Popup::Help(v)) => {
                v.scroll(&action);
                Vec::new()
            }
            Some(Popup::Summary(v)) => {
                v.scroll(&action);
                Vec::new()
            }
            Some(Popup::LoadHelp | Popup::ConfirmQuit | Popup::ConfirmDiscard(_)) => Vec::new(),
        }
    }

    /// `Esc`: closes a popup; on an edit, cancels it (asking first when something changed) and
    /// returns to History; else leaves a form's fields, else clears the status line.
    fn back(&mut self) {
        let editing = match self.tab {
            Tab::Run => self.run.editing.is_some().then(|| self.run.is_dirty()),
            Tab::Strength => self
                .strength
                .editing
                .is_some()
                .then(|| self.strength.is_dirty()),
            _ => None,
        };
        if self.popup.is_some() {
            self.popup = None;
        } else if editing == Some(true) {
            self.popup = Some(Popup::ConfirmDiscard(Discard::LeaveEdit));
        } else if editing == Some(false) {
            self.discard(Discard::LeaveEdit);
        } else if self.typing {
            self.typing = false;
        } else {
            self.status = None;
        }
    }

    fn new_day(&mut self, d: NaiveDate) -> Vec<Effect> {
        if d == self.today {
            return Vec::new();
        }
        if self.day == self.today {
            self.day = d;
        }
        self.today = d;
        vec![Effect::Reload]
    }

    fn failed(&mut self, msg: String) {
        match &mut self.popup {
            Some(Popup::Settings(f)) => f.error = Some(msg.clone()),
            Some(Popup::FirstStart(f)) => f.error = Some(msg.clone()),
            Some(Popup::NewExercise(f)) => f.error = Some(msg.clone()),
            Some(Popup::ImportPath(p)) => p.error = Some(msg.clone()),
            _ => {}
        }
        self.error(msg);
    }

    pub(crate) fn go(&mut self, t: Tab) {
        if t != self.tab {
            // a message belongs to the tab it was given on
            self.status = None;
        }
        self.tab = t;
        self.popup = None;
        self.typing = t.has_form();
    }

    /// Moves the dashboard's day (never past today); the data is reloaded at the new day.
    pub(crate) fn set_day(&mut self, d: NaiveDate) -> Vec<Effect> {
        let d = d.min(self.today);
        if d == self.day {
            return Vec::new();
        }
        self.day = d;
        vec![Effect::Reload]
    }

    pub(crate) fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    pub(crate) fn error(&mut self, text: String) {
        self.status = Some(Status { text, error: true });
    }
}
