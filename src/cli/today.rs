//! `legday today`: the next-session suggestion (`TRAINING_MODEL.md` §8) as a short paragraph
//! with the exercises as a list, or JSON.

use super::emit;
use super::paint::Paint;
use crate::domain::today::{LastSet, Suggestion, Today};
use crate::domain::{Settings, Units};
use crate::error::{Error, Result};
use crate::parse;
use crate::store::Store;
use chrono::NaiveDate;
use std::fmt::Write as _;
use std::io::Write;

/// Builds the suggestion at `day` from the store (the report's history and the last sets).
pub fn suggest(store: &Store, day: NaiveDate) -> Result<Today> {
    let history = store.history(day)?;
    let settings = store.settings()?;
    let catalog = store.catalog()?;
    let mut failed = None;
    let t = Today::build(&history, &settings, &catalog, day, |name| {
        store.last_set(name, day).unwrap_or_else(|e| {
            failed.get_or_insert(e);
            None
        })
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(t),
    }
}

pub fn today(
    store: &Store,
    date: Option<&str>,
    json: bool,
    today: NaiveDate,
    out: &mut dyn Write,
) -> Result<()> {
    let day = date.map_or(Ok(today), |d| parse::date("date", d, today))?;
    let t = suggest(store, day)?;
    if json {
        let text = serde_json::to_string_pretty(&t)
            .map_err(Error::json("writing the suggestion as JSON"))?;
        return emit(out, &format!("{text}\n"));
    }
    let settings = store.settings()?;
    emit(out, &render(&t, &settings, Paint::detect()))
}

fn last_text(l: &LastSet, units: Units) -> String {
    let w = l
        .weight_kg
        .map(|w| format!(" × {}", crate::format::weight(w, units)))
        .unwrap_or_default();
    format!("last: {} reps{w} on {}", l.reps, l.date.format("%-d %b"))
}

/// The suggestion as a paragraph a person reads in five seconds.
pub fn render(t: &Today, settings: &Settings, p: Paint) -> String {
    let when = if t.target == t.date {
        "Today"
    } else {
        "Tomorrow"
    };
    let what = match (t.suggestion, t.run) {
        (Suggestion::Rest, _) => "rest".to_string(),
        (Suggestion::Strength, _) => "a strength session".to_string(),
        (Suggestion::Recover, Some(r)) | (Suggestion::Run, Some(r)) => {
            format!("{} run, {}-{} min", r.kind, r.minutes[0], r.minutes[1])
        }
        (_, None) => t.suggestion.key().to_string(),
    };
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} ({}): {}",
        p.bold(when),
        t.target.format("%a %-d %b"),
        p.bold(&what)
    );
    let _ = writeln!(s, "{}", t.reason);
    let width = t
        .exercises
        .iter()
        .map(|e| e.exercise.chars().count())
        .max()
        .unwrap_or(0);
    for e in &t.exercises {
        let last = e
            .last
            .as_ref()
            .map(|l| format!("   {}", p.dim(&last_text(l, settings.weight_unit))))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "  • {:<width$}  {} × {}{last}",
            e.exercise, e.sets, e.reps
        );
    }
    let _ = writeln!(
        s,
        "{}",
        p.dim(&format!(
            "Protein: {}-{} g today ({} g is where extra protein stops adding muscle; {} g is \
             the popular one gram per pound).",
            t.protein_g.low, t.protein_g.high, t.protein_g.low, t.protein_g.high
        ))
    );
    s
}
