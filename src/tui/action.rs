//! What can happen to the app (`Action`), and what the store answers (`StoreEvent`).

use super::data::Data;
use super::tab::Tab;
use crate::domain::progress::Progress;
use crate::domain::run_summary::Summary;
use crate::domain::workout::Workout;
use crate::domain::{Race, Session, Settings};
use crate::import::ImportSummary;
use crate::store::progress::Pr;
use chrono::{NaiveDate, NaiveDateTime};

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
    /// `v` on History: the selected run's whole summary in a popup.
    ViewSummary,
    /// `g` on the Dashboard: start the suggestion (a prefilled form).
    StartToday,
    /// `i` on the Dashboard: what the load figures mean.
    LoadHelp,
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
    /// `Delete` in a text field: the character under the cursor.
    DeleteNext,
    /// `Ctrl-W` in a text field: the word before the cursor.
    DeleteWord,
    /// `Alt-←` / `Alt-→` in a text field: the cursor a word left or right.
    WordLeft,
    WordRight,
    /// `Ctrl-U`: empties the focused field.
    ClearField,
    /// `x` on a form tab outside its fields, `Ctrl-L` in them: a new form emptied, an edit
    /// back to the stored values.
    ClearForm,
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
    Done(StoreEvent),
    /// The store refused or failed.
    Failed(String),
}

/// What the store did.
#[derive(Debug, Clone)]
pub enum StoreEvent {
    Loaded(Box<Data>),
    Inserted(Session),
    Updated(Session),
    Deleted(Session),
    Restored(Session),
    /// An edit was undone: the session as it is again.
    Reverted(Session),
    SettingsSaved(Settings),
    /// A race was added (with its id).
    RaceAdded(Race),
    /// An import ran (whatever happened to each file is in the summary), and what else it
    /// says (the runs it changed to their moving time).
    Imported(ImportSummary, Vec<String>),
    /// A template was saved under this name (true: it replaced one).
    TemplateSaved(String, bool),
    ProgressLoaded(Box<Progress>),
    /// The PRs of a session (by id), perhaps none.
    Prs(i64, Vec<Pr>),
    /// Each exercise's best e1RM so far.
    E1rmBests(Box<std::collections::HashMap<String, f64>>),
    /// The summary of a run (by id; `None` when it is gone), and whether to show it in a popup.
    Summary(i64, Option<Box<Summary>>, bool),
    /// A workout draft was found at start.
    DraftFound(Box<Workout>),
    DraftSaved,
    DraftDropped,
    /// The finished workout's session, stored (with its id).
    WorkoutFinished(Session),
    Rang,
    /// A user exercise was stored (the mapping form's `Enter`).
    ExerciseAdded(crate::domain::Exercise),
    /// The database is new (`Store::is_first_start`): the first-start questions are asked.
    FirstStart,
}
