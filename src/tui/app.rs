//! The app state and `App::update`, the only place it changes.

mod forms;
mod import;
mod workout;

use super::action::{Action, Effect, Outcome, Tab};
use super::data::{Data, Lazy};
use super::form::import::{ImportPrompt, ImportReport};
use super::form::run::RunForm;
use super::form::settings::SettingsForm;
use super::form::strength::StrengthForm;
use super::form::templates::TemplatePicker;
use super::theme::Theme;
use super::{fmt, tabs, ui};
use crate::domain::Session;
use chrono::NaiveDate;

pub use super::popup::help::HelpView;
pub use super::tabs::dashboard::{DashboardState, ExplainView};
pub use super::tabs::history::{HistoryState, KindFilter};
pub use super::tabs::progress::ProgressState;

/// A popup over the tabs.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // one popup at a time
pub enum Popup {
    /// `?`: every key, scrollable.
    Help(HelpView),
    Settings(SettingsForm),
    ConfirmQuit,
    /// Dashboard `i`: what ACWR, fitness/fatigue/form and monotony mean.
    LoadHelp,
    /// Dashboard `Enter`: where the selected group's volume came from (§10), scrollable.
    Explain(ExplainView),
    /// `Ctrl-T`: templates to pick, or a name to save one.
    Templates(TemplatePicker),
    /// Unsaved input in a form would be lost: asks before doing it.
    ConfirmDiscard(Discard),
    /// History `i`: the path to import.
    ImportPath(ImportPrompt),
    /// What the import did, scrollable.
    ImportReport(ImportReport),
}

/// What would drop a form's unsaved input, done once the user says yes.
#[derive(Debug, Clone, PartialEq)]
pub enum Discard {
    /// `Esc` on a changed edit: drop the changes, back to History.
    LeaveEdit,
    /// History `e` while the session's form holds other unsaved input: open the session anyway.
    OpenEdit(Box<Session>),
}

/// A one-line message in the footer.
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// How keys are read right now (see `keys::map`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Typing,
    Help,
    Settings,
    Confirm,
    /// Typing a path to import.
    Import,
    /// Reading an import summary.
    ImportSummary,
    /// The templates popup: a name to type, templates to pick.
    Templates,
    /// "terminal too small" is shown: only quitting (and resizing) does anything.
    TooSmall,
    /// The live workout screen (or its chooser) takes the keys.
    Workout,
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
    /// Deleted sessions, most recent last (`u` puts the last back).
    pub undo: Vec<Session>,
    pub status: Option<Status>,
    pub quit: bool,
    pub theme: Theme,
    /// The terminal is below `ui::MIN_WIDTH`×`ui::MIN_HEIGHT`: "terminal too small" is shown
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
            Some(Popup::Help(_) | Popup::LoadHelp | Popup::Explain(_)) => Mode::Help,
            Some(Popup::Settings(_)) => Mode::Settings,
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
        let f = self.history.filter;
        match &self.data {
            Some(d) => d.sessions.iter().filter(|s| f.accepts(s)).collect(),
            None => Vec::new(),
        }
    }

    pub fn selected_session(&self) -> Option<&Session> {
        self.history_rows().get(self.history.selected).copied()
    }

    /// Applies one action; returns what the store must do. What belongs to every tab is handled
    /// here; the rest goes to the open popup, else to the current tab (`tabs::update`). Then the
    /// current tab may ask for data it needs (`tabs::wants`).
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        let mut fx = self.apply(action);
        fx.extend(tabs::wants(self));
        fx
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
            Action::Back => self.back(),
            Action::Today => return self.set_day(self.today),
            Action::Click(x, 0) => {
                if let Some(t) = ui::tab_at(x) {
                    self.go(t);
                }
            }
            Action::Resize(w, h) => self.too_small = w < ui::MIN_WIDTH || h < ui::MIN_HEIGHT,
            Action::NewDay(d) => return self.new_day(d),
            Action::Done(o) => return self.done(o),
            Action::Failed(msg) => self.failed(msg),
            Action::Repeat => self.repeat_last(),
            Action::Templates => self.open_templates(),
            Action::Undo => match self.undo.pop() {
                Some(s) => return vec![Effect::Restore(s)],
                None => self.info("nothing to undo"),
            },
            other => {
                // A refusal is about what was typed: it goes once the text changes.
                if matches!(
                    other,
                    Action::Input(_) | Action::Backspace | Action::ClearField | Action::Paste(_)
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
            None => tabs::update(self, action),
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
            Some(Popup::ImportPath(p)) => p.error = Some(msg.clone()),
            _ => {}
        }
        self.error(msg);
    }

    fn done(&mut self, o: Outcome) -> Vec<Effect> {
        let settings = self
            .data
            .as_ref()
            .map(|d| d.settings.clone())
            .unwrap_or_default();
        match o {
            Outcome::Loaded(data) => {
                // the selection is a session, not a row: another process's write moves rows
                let was = self.selected_session().map(|s| s.id);
                self.data = Some(*data);
                self.history.asked = None;
                let edited = self.history.reselect.take().or(was);
                let rows = self.history_rows();
                let n = rows.len();
                let at = edited.and_then(|id| rows.iter().position(|x| x.id == id));
                self.history.selected =
                    at.unwrap_or(self.history.selected.min(n.saturating_sub(1)));
                return Vec::new();
            }
            Outcome::Inserted(s) | Outcome::Updated(s) => return self.saved(s, &settings),
            Outcome::Deleted(s) => {
                self.info(format!(
                    "deleted {} {} (u to undo)",
                    s.date,
                    fmt::session_summary(&s, &settings)
                ));
                self.undo.push(s);
            }
            Outcome::Restored(s) => self.info(format!("restored {} {}", s.date, s.type_key())),
            Outcome::SettingsSaved(_) => {
                self.popup = None;
                let race = self
                    .status
                    .take()
                    .filter(|s| !s.error && s.text.starts_with("added"));
                match race {
                    Some(r) => self.info(format!("{} · settings saved", r.text)),
                    None => self.info("settings saved"),
                }
            }
            Outcome::RaceAdded(r) => return self.race_added(&r, &settings),
            Outcome::Imported(sum) => self.imported(&sum),
            Outcome::TemplateSaved(name, replaced) => {
                self.popup = None;
                let verb = if replaced { "replaced" } else { "saved" };
                self.info(format!("template \"{name}\" {verb} (Ctrl-T to use it)"));
            }
            Outcome::Prs(id, prs) => {
                // only while the save's message is still shown (it goes with a tab switch)
                let shown = self.status.as_ref().is_some_and(|s| !s.error);
                if self.history.announce.take() == Some(id) && !prs.is_empty() && shown {
                    let said = self.status.take().map(|s| s.text).unwrap_or_default();
                    self.info(format!(
                        "{said} · {}",
                        tabs::history::pr_line(&prs, settings.weight_unit)
                    ));
                }
                self.history.prs = Some((id, prs));
                return Vec::new();
            }
            Outcome::DraftFound(_)
            | Outcome::DraftSaved
            | Outcome::DraftDropped
            | Outcome::WorkoutFinished(_)
            | Outcome::Rang => return self.workout_done(o, &settings),
            Outcome::ProgressLoaded(p) => {
                if let Some(d) = self.data.as_mut().filter(|d| d.day == p.day) {
                    d.progress = Lazy::Loaded(p);
                }
                return Vec::new();
            }
        }
        vec![Effect::Reload]
    }

    /// A race from the settings popup is stored: said in the status line; the popup's settings
    /// changes are saved next, else it closes.
    fn race_added(
        &mut self,
        r: &crate::domain::Race,
        settings: &crate::domain::Settings,
    ) -> Vec<Effect> {
        self.info(format!(
            "added race {}: {}, {}",
            r.id,
            fmt::race_line(r, settings.distance_unit),
            fmt::days_to_go(r.days_from(self.today))
        ));
        if let Some(Popup::Settings(f)) = &mut self.popup {
            f.race_added(r);
            match f.save() {
                Ok(c) if !c.settings.is_empty() => {
                    return vec![Effect::SetSettings(c.settings), Effect::Reload];
                }
                Ok(_) => self.popup = None,
                Err(_) => {}
            }
        }
        vec![Effect::Reload]
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
