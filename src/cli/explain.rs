//! `legday week --explain GROUP`: where a group's weekly volume came from (`docs/model.md`
//! §10), session by session, as text or JSON.

use super::{emit, emit_json};
use crate::domain::Muscle;
use crate::error::{Error, Result};
use crate::parse;
use crate::store::Store;
use crate::text::explain::render;
use crate::text::paint::Paint;
use chrono::NaiveDate;
use std::io::Write;

/// The group named on the command line, or one line naming the accepted groups.
pub fn group(name: &str) -> Result<Muscle> {
    Muscle::from_key(name).ok_or_else(|| {
        let keys: Vec<&str> = Muscle::ALL.iter().map(|m| m.key()).collect();
        Error::input(
            "explain",
            format!(
                "{name:?} is not a muscle group; use one of {}",
                keys.join(", ")
            ),
        )
    })
}

pub fn explain(
    store: &Store,
    name: &str,
    date: Option<&str>,
    json: bool,
    today: NaiveDate,
    out: &mut dyn Write,
) -> Result<()> {
    let m = group(name)?;
    let day = date.map_or(Ok(today), |d| parse::date("date", d, today))?;
    let settings = store.settings()?;
    let e = store.explain(day, m)?;
    if json {
        return emit_json(out, &e, "writing the breakdown as JSON");
    }
    emit(out, &render(&e, settings.distance_unit, Paint::detect()))
}
