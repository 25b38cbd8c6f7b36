//! `legday today` and `legday plan`: the coach's suggestion (`docs/model.md` §8.6) as a short
//! paragraph with the exercises and their weights, and the days ahead one line each (§8.8); or
//! JSON.

use super::{emit, emit_json};
use crate::domain::today::MAX_PLAN_DAYS;
use crate::error::{Error, Result};
use crate::parse;
use crate::store::Store;
use crate::text::paint::Paint;
use crate::text::today::{render, render_plan};
use chrono::NaiveDate;
use std::io::Write;

pub fn today(
    store: &Store,
    date: Option<&str>,
    json: bool,
    today: NaiveDate,
    out: &mut dyn Write,
) -> Result<()> {
    let day = date.map_or(Ok(today), |d| parse::date("date", d, today))?;
    let t = store.today(day)?;
    if json {
        return emit_json(out, &t, "writing the suggestion as JSON");
    }
    let settings = store.settings()?;
    emit(out, &render(&t, &settings, Paint::detect()))
}

pub fn plan(
    store: &Store,
    date: Option<&str>,
    days: usize,
    json: bool,
    today: NaiveDate,
    out: &mut dyn Write,
) -> Result<()> {
    let day = date.map_or(Ok(today), |d| parse::date("date", d, today))?;
    if !(1..=MAX_PLAN_DAYS).contains(&days) {
        return Err(Error::input(
            "days",
            format!("{days} is not accepted; use a whole number from 1 to {MAX_PLAN_DAYS}"),
        ));
    }
    let p = store.plan(day, days)?;
    if json {
        return emit_json(out, &p, "writing the plan as JSON");
    }
    let settings = store.settings()?;
    emit(out, &render_plan(&p, &settings, Paint::detect()))
}
