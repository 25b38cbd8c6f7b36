//! The app state and `App::update`, the only place it changes.

mod forms;
mod import;

use super::action::{Action, Effect, Outcome, Tab};
use super::data::Data;
use super::form::Key;
use super::form::import::{ImportPrompt, ImportReport};
use super::form::run::RunForm;
use super::form::settings::SettingsForm;
use super::form::strength::StrengthForm;
use super::theme::Theme;
use super::{fmt, ui};
use crate::domain::Session;
use chrono::{Duration, NaiveDate};

/// A popup over the tabs.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // one popup at a time
pub enum Popup {
    Help,
    Settings(SettingsForm),
    ConfirmQuit,
    /// History `i`: the path to import.
    ImportPath(ImportPrompt),
    /// What the import did, scrollable.
    ImportReport(ImportReport),
}

/// Which sessions the History tab lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KindFilter {
    #[default]
    All,
    Run,
    Strength,
}

impl KindFilter {
    pub fn label(self) -> &'static str {
        match self {
            KindFilter::All => "all",
            KindFilter::Run => "runs",
            KindFilter::Strength => "strength",
        }
    }

    pub fn accepts(self, s: &Session) -> bool {
        match self {
            KindFilter::All => true,
            KindFilter::Run => s.is_run(),
            KindFilter::Strength => !s.is_run(),
        }
    }
}

/// History tab widget state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HistoryState {
    pub selected: usize,
    pub filter: KindFilter,
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
    Report,
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
    pub popup: Option<Popup>,
    /// Deleted sessions, most recent last (`u` puts the last back).
    pub undo: Vec<Session>,
    pub status: Option<Status>,
    pub quit: bool,
    pub theme: Theme,
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
            popup: None,
            undo: Vec::new(),
            status: None,
            quit: false,
            theme,
        }
    }

    pub fn mode(&self) -> Mode {
        match &self.popup {
            Some(Popup::Help) => Mode::Help,
            Some(Popup::Settings(_)) => Mode::Settings,
            Some(Popup::ConfirmQuit) => Mode::Confirm,
            Some(Popup::ImportPath(_)) => Mode::Import,
            Some(Popup::ImportReport(_)) => Mode::Report,
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

    /// Applies one action; returns what the store must do.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Quit => {
                if self.is_dirty() {
                    self.popup = Some(Popup::ConfirmQuit);
                } else {
                    self.quit = true;
                }
            }
            Action::ConfirmQuit(yes) => {
                self.popup = None;
                self.quit = yes;
            }
            Action::NextTab => self.go(self.tab.next()),
            Action::PrevTab => self.go(self.tab.prev()),
            Action::GoTab(t) => self.go(t),
            Action::ToggleHelp => {
                self.popup = match self.popup {
                    Some(Popup::Help) => None,
                    _ => Some(Popup::Help),
                }
            }
            Action::OpenSettings => {
                if let Some(d) = &self.data {
                    self.popup = Some(Popup::Settings(SettingsForm::new(&d.settings)));
                }
            }
            Action::Back => {
                if self.popup.is_some() {
                    self.popup = None;
                } else if self.typing {
                    self.typing = false;
                } else {
                    self.status = None;
                }
            }
            Action::Focus if self.tab == Tab::History && self.popup.is_none() => {
                self.popup = Some(Popup::ImportPath(ImportPrompt::default()));
            }
            Action::Focus => self.typing = self.tab.has_form(),
            Action::Today => return self.set_day(self.today),
            Action::Click(x, y) => {
                if y == 0 {
                    if let Some(t) = ui::tab_at(x) {
                        self.go(t);
                    }
                }
            }
            Action::NewDay(d) => {
                if d != self.today {
                    if self.day == self.today {
                        self.day = d;
                    }
                    self.today = d;
                    return vec![Effect::Reload];
                }
            }
            Action::Done(o) => return self.done(o),
            Action::Failed(msg) => {
                match &mut self.popup {
                    Some(Popup::Settings(f)) => f.error = Some(msg.clone()),
                    Some(Popup::ImportPath(p)) => p.error = Some(msg.clone()),
                    _ => {}
                }
                self.error(msg);
            }
            Action::CycleFilter if self.mode() == Mode::Normal && self.tab == Tab::History => {
                self.history.filter = match self.history.filter {
                    KindFilter::All => KindFilter::Run,
                    KindFilter::Run => KindFilter::Strength,
                    KindFilter::Strength => KindFilter::All,
                };
                self.history.selected = 0;
            }
            Action::Edit if self.tab == Tab::History => self.edit_selected(),
            Action::Delete if self.tab == Tab::History => {
                if let Some(s) = self.selected_session() {
                    return vec![Effect::Delete(s.id)];
                }
            }
            Action::Undo => match self.undo.pop() {
                Some(s) => return vec![Effect::Restore(s)],
                None => self.info("nothing to undo"),
            },
            other => return self.navigate(other),
        }
        Vec::new()
    }

    /// Arrows, field moves, typing and Enter: their meaning depends on the mode and tab.
    fn navigate(&mut self, action: Action) -> Vec<Effect> {
        if matches!(self.mode(), Mode::Import | Mode::Report) {
            return self.import_key(action);
        }
        if let Some(Popup::Settings(f)) = &mut self.popup {
            match action {
                Action::Up | Action::PrevField => f.prev(),
                Action::Down | Action::NextField => f.next(),
                Action::Left => f.cycle(false),
                Action::Right => f.cycle(true),
                Action::Input(c) => f.edit(Key::Char(c)),
                Action::Backspace => f.edit(Key::Backspace),
                Action::ClearField => f.edit(Key::Clear),
                Action::Submit | Action::Save => match f.changes() {
                    Ok(c) if c.is_empty() => self.popup = None,
                    Ok(c) => return vec![Effect::SetSettings(c)],
                    Err(_) => {}
                },
                _ => {}
            }
            return Vec::new();
        }
        if self.popup.is_some() {
            return Vec::new();
        }
        match self.tab {
            Tab::Dashboard => match action {
                Action::Left => return self.set_day(self.day - Duration::days(1)),
                Action::Right if self.day < self.today => {
                    return self.set_day(self.day + Duration::days(1));
                }
                _ => {}
            },
            Tab::History => {
                let n = self.history_rows().len();
                let s = &mut self.history.selected;
                match action {
                    Action::Up | Action::ScrollUp => *s = s.saturating_sub(1),
                    Action::Down | Action::ScrollDown => *s = (*s + 1).min(n.saturating_sub(1)),
                    Action::PageUp => *s = s.saturating_sub(10),
                    Action::PageDown => *s = (*s + 10).min(n.saturating_sub(1)),
                    Action::Home => *s = 0,
                    Action::End => *s = n.saturating_sub(1),
                    Action::Submit => self.edit_selected(),
                    _ => {}
                }
            }
            Tab::Run | Tab::Strength if !self.typing => {
                if matches!(action, Action::Submit | Action::Down | Action::Up) {
                    self.typing = true;
                } else if matches!(action, Action::Save) {
                    return self.save();
                }
            }
            Tab::Run => return self.run_key(action),
            Tab::Strength => return self.strength_key(action),
        }
        Vec::new()
    }

    fn done(&mut self, o: Outcome) -> Vec<Effect> {
        let settings = self
            .data
            .as_ref()
            .map(|d| d.settings.clone())
            .unwrap_or_default();
        match o {
            Outcome::Loaded(data) => {
                self.data = Some(*data);
                let n = self.history_rows().len();
                self.history.selected = self.history.selected.min(n.saturating_sub(1));
                return Vec::new();
            }
            Outcome::Inserted(s) | Outcome::Updated(s) => {
                let verb = if self.run.editing.is_some() || self.strength.editing.is_some() {
                    "updated"
                } else {
                    "saved"
                };
                self.info(format!(
                    "{verb}: {}, load {:.0}",
                    fmt::session_summary(&s, &settings),
                    s.load(&settings)
                ));
                if s.is_run() {
                    self.run = RunForm::default();
                } else {
                    self.strength = StrengthForm::default();
                }
                self.tab = Tab::Dashboard;
                self.typing = false;
                self.day = self.today;
            }
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
                self.info("settings saved");
            }
            Outcome::Imported(sum) => self.imported(&sum),
        }
        vec![Effect::Reload]
    }

    pub(super) fn go(&mut self, t: Tab) {
        self.tab = t;
        self.popup = None;
        self.typing = t.has_form();
    }

    fn set_day(&mut self, d: NaiveDate) -> Vec<Effect> {
        let d = d.min(self.today);
        if d == self.day {
            return Vec::new();
        }
        self.day = d;
        vec![Effect::Reload]
    }

    fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    pub(super) fn error(&mut self, text: String) {
        self.status = Some(Status { text, error: true });
    }
}
