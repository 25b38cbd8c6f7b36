//! What can happen to the app (`Action`), and what the app asks of the store (`Effect`).

use super::data::Data;
use crate::domain::{Session, Settings};
use crate::import::ImportSummary;
use chrono::NaiveDate;

/// The four tabs, in the order of the tab bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Dashboard,
    Run,
    Strength,
    History,
}

impl Tab {
    pub const ALL: [Tab; 4] = [Tab::Dashboard, Tab::Run, Tab::Strength, Tab::History];

    pub fn title(self) -> &'static str {
        match self {
            Tab::Dashboard => "Dashboard",
            Tab::Run => "Run",
            Tab::Strength => "Strength",
            Tab::History => "History",
        }
    }

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|&t| t == self).unwrap_or(0)
    }

    pub fn next(self) -> Tab {
        Tab::ALL[(self.index() + 1) % 4]
    }

    pub fn prev(self) -> Tab {
        Tab::ALL[(self.index() + 3) % 4]
    }

    /// Whether the tab holds a form that takes typed text.
    pub fn has_form(self) -> bool {
        matches!(self, Tab::Run | Tab::Strength)
    }
}

/// Everything the user or the world can do to the app. `App::update` is the only consumer.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)] // handled one at a time: size does not matter
pub enum Action {
    /// `q`/`Ctrl-C`: quits, asking first when a form holds unsaved input.
    Quit,
    /// Answer to the quit question.
    ConfirmQuit(bool),
    NextTab,
    PrevTab,
    GoTab(Tab),
    ToggleHelp,
    OpenSettings,
    /// `Esc`: closes a popup, or leaves a form's fields.
    Back,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    /// `Tab` / `Shift-Tab` inside a form.
    NextField,
    PrevField,
    Input(char),
    Backspace,
    /// `Ctrl-U`: empties the focused field.
    ClearField,
    /// `Enter`.
    Submit,
    /// `Ctrl-S`: saves the form whatever field has focus.
    Save,
    /// `Enter`/`i` on a form tab whose fields are not focused; `i` on History: import a path.
    Focus,
    /// `t`: the dashboard back to today.
    Today,
    Edit,
    Delete,
    Undo,
    CycleFilter,
    /// A left click at (column, row).
    Click(u16, u16),
    ScrollUp,
    ScrollDown,
    /// The clock's day (sent on the tick; moves "today" on at midnight).
    NewDay(NaiveDate),
    /// The store did what was asked.
    Done(Outcome),
    /// The store refused or failed.
    Failed(String),
}

/// A request to the store, carried out by the driver, answered with `Action::Done`/`Failed`.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Reload the data at the app's day.
    Reload,
    Insert(Session),
    Update(Session),
    Delete(i64),
    Restore(Session),
    /// Settings by key and value (`Store::set_setting`), in order.
    SetSettings(Vec<(String, String)>),
    /// Import a file or folder, as typed (`~` is expanded by the driver).
    Import(String),
}

/// What the store did.
#[derive(Debug, Clone)]
pub enum Outcome {
    Loaded(Box<Data>),
    Inserted(Session),
    Updated(Session),
    Deleted(Session),
    Restored(Session),
    SettingsSaved(Settings),
    /// An import ran (whatever happened to each file is in the summary).
    Imported(ImportSummary),
}
