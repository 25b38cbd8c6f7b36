//! What can happen to the app (`Action`), and what the app asks of the store (`Effect`).

use super::data::Data;
use super::data::progress::Progress;
use crate::domain::workout::Workout;
use crate::domain::{Race, Session, SetEntry, Settings};
use crate::import::ImportSummary;
use crate::store::progress::Pr;
use chrono::{NaiveDate, NaiveDateTime};
use std::collections::VecDeque;

pub use super::tabs::Tab;

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
    /// `n` on the Dashboard: the whole next-session suggestion, as `legday today` prints it.
    ShowNext,
    /// `Tab` / `Shift-Tab` inside a form.
    NextField,
    PrevField,
    Input(char),
    /// Text pasted into the terminal (bracketed paste): typed into the focused field, never a
    /// key that submits.
    Paste(String),
    /// `Ctrl-T`: the templates popup (pick one for the Strength form, or save one).
    Templates,
    /// `Ctrl-R`: the Strength form filled with the newest strength session's sets, dated today.
    Repeat,
    Backspace,
    /// `Ctrl-U`: empties the focused field.
    ClearField,
    /// `Enter`.
    Submit,
    /// `Ctrl-S`: saves the form whatever field has focus.
    Save,
    /// `i`: start typing — into the form's fields on a form tab, into the path to import on
    /// History.
    StartInput,
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
    /// The terminal's size (columns, rows), at start and on every resize.
    Resize(u16, u16),
    /// The clock's day (sent on the tick; moves "today" on at midnight).
    NewDay(NaiveDate),
    /// `w` (no field focused): the live workout's chooser.
    OpenWorkout,
    /// The clock, read by the loop before every key and on every tick (the rest timer).
    Clock(NaiveDateTime),
    /// The store did what was asked.
    Done(Outcome),
    /// The store refused or failed.
    Failed(String),
}

/// Effects waiting to be carried out, oldest first.
pub type EffectQueue = VecDeque<Effect>;

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
    /// Add a race (`Store::add_race`).
    AddRace(Race),
    /// Import a file or folder, as typed (`~` is expanded by the driver).
    Import(String),
    /// Save sets as a template under a name (replacing one of that name).
    SaveTemplate(String, Vec<SetEntry>),
    /// Load the Progress tab's year of series and records at the data's day.
    LoadProgress,
    /// Find the PRs a stored strength session set.
    FindPrs(i64),
    /// Store the live workout as the draft (`Store::save_draft`), updated at this instant.
    SaveDraft(Box<Workout>, NaiveDateTime),
    /// Drop the draft.
    DropDraft,
    /// Store the finished workout's session and drop the draft, in one transaction.
    FinishWorkout(Box<Session>),
    /// Ring the terminal bell (the rest timer at zero).
    Bell,
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
    /// A race was added (with its id).
    RaceAdded(Race),
    /// An import ran (whatever happened to each file is in the summary).
    Imported(ImportSummary),
    /// A template was saved under this name (true: it replaced one).
    TemplateSaved(String, bool),
    ProgressLoaded(Box<Progress>),
    /// The PRs of a session (by id), perhaps none.
    Prs(i64, Vec<Pr>),
    /// A workout draft was found at start.
    DraftFound(Box<Workout>),
    DraftSaved,
    DraftDropped,
    /// The finished workout's session, stored (with its id).
    WorkoutFinished(Session),
    Rang,
}
