//! What an update asks for (`Effect`): of the store, carried out by the driver, or of the app.

use super::popup::Popup;
use crate::domain::workout::Workout;
use crate::domain::{Race, Session, SetEntry};
use chrono::{NaiveDate, NaiveDateTime};
use std::collections::VecDeque;

/// Effects waiting to be carried out, oldest first.
pub type EffectQueue = VecDeque<Effect>;

/// What an update asks for. Most are requests to the store, carried out by the driver and
/// answered with `Action::Done`/`Failed`; the last group is for the app itself (a tab or popup
/// asks, `App::update` does it and never hands it to the driver: see `Effect::is_store`).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // a few at a time
pub enum Effect {
    /// Reload the data at the app's day.
    Reload,
    Insert(Session),
    Update(Session),
    Delete(i64),
    Restore(Session),
    /// Write a session back as it was before an edit (History `u`).
    Revert(Session),
    /// Settings by key and value, in order, in one transaction (`Store::set_settings`: all or
    /// none).
    SetSettings(Vec<(String, String)>),
    /// Add a race (`Store::add_race`).
    AddRace(Race),
    /// Import a file or folder, as typed (`~` is expanded by the driver).
    Import(String),
    /// Store a user exercise (`Store::add_exercise`).
    AddExercise(crate::domain::Exercise),
    /// Save sets as a template under a name (replacing one of that name).
    SaveTemplate(String, Vec<SetEntry>),
    /// Load the Progress tab's year of series and records at the data's day.
    LoadProgress,
    /// Find the PRs a stored strength session set.
    FindPrs(i64),
    /// Each exercise's best e1RM so far (the Strength form's sanity check, §9), read once the
    /// Strength tab shows: a whole scan of the sets the first frame does not wait for.
    LoadE1rmBests,
    /// The summary of a stored run (`Store::summary`); `true`: shown in a popup.
    LoadSummary(i64, bool),
    /// Store the live workout as the draft (`Store::save_draft`), updated at this instant.
    SaveDraft(Box<Workout>, NaiveDateTime),
    /// Drop the draft.
    DropDraft,
    /// Store the finished workout's session and drop the draft, in one transaction.
    FinishWorkout(Box<Session>),
    /// Ring the terminal bell (the rest timer at zero); done by the driver.
    Bell,

    // For the app itself:
    /// A message in the status line.
    Info(String),
    /// A refusal in the status line.
    Error(String),
    /// A popup opens over the tabs.
    Open(Box<Popup>),
    /// Into the current form's fields (`true`) or out of them.
    Typing(bool),
    /// The dashboard's day moves (never past today; the data is reloaded at it).
    SetDay(NaiveDate),
    /// Dashboard `g`: the suggestion as a prefilled form in its tab.
    StartToday,
    /// History `e`: the session in its form (asking first over other unsaved input).
    Edit(Box<Session>),
}

impl Effect {
    /// For the driver (the store), not for the app.
    pub fn is_store(&self) -> bool {
        !matches!(
            self,
            Effect::Info(_)
                | Effect::Error(_)
                | Effect::Open(_)
                | Effect::Typing(_)
                | Effect::SetDay(_)
                | Effect::StartToday
                | Effect::Edit(_)
        )
    }
}
