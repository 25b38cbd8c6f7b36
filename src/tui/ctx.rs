//! What a tab or popup reads while it updates or draws: the loaded data, the colours, the days
//! and whether a form's fields have focus. Never the app itself: a tab changes its own state and
//! asks the app for the rest with `Effect`s.

use super::data::Data;
use super::theme::Theme;
use chrono::NaiveDate;

#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    pub data: &'a Data,
    pub theme: &'a Theme,
    /// The calendar day now.
    pub today: NaiveDate,
    /// The dashboard's day D.
    pub day: NaiveDate,
    /// The current form's fields have focus.
    pub typing: bool,
}
