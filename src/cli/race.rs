//! `legday race add|list|delete`: races ahead, for the coach's taper (§8.4).

use super::args::RaceCommand;
use super::{emit, emit_json};
use crate::domain::{Race, Units};
use crate::error::{Error, Result};
use crate::format;
use crate::parse;
use crate::store::Store;
use crate::store::races::race_name;
use chrono::NaiveDate;
use std::io::Write;

pub fn race(
    store: &mut Store,
    cmd: &RaceCommand,
    today: NaiveDate,
    out: &mut dyn Write,
) -> Result<()> {
    let units = store.settings()?.distance_unit;
    match cmd {
        RaceCommand::Add {
            date,
            distance,
            name,
        } => {
            // every argument is read before anything is written
            let date = parse::date_ahead("date", date, today)?;
            let distance_m = parse::race_distance("distance", distance, units)?;
            let name = race_name(name.as_deref().unwrap_or(""))?;
            let mut race = Race {
                id: 0,
                date,
                distance_m,
                name,
            };
            race.id = store.add_race(&race)?;
            emit(
                out,
                &format!(
                    "Added race {}: {}, {}.\n",
                    race.id,
                    describe(&race, units),
                    format::days_to_go(race.days_from(today))
                ),
            )
        }
        RaceCommand::List { json } => {
            let races = store.races()?;
            if *json {
                return emit_json(out, &races, "writing the races");
            }
            emit(out, &list_text(&races, today, units))
        }
        RaceCommand::Delete { id } => {
            let id = race_id(id)?;
            let race = store.delete_race(id)?;
            emit(
                out,
                &format!("Deleted race {}: {}.\n", race.id, describe(&race, units)),
            )
        }
    }
}

fn describe(r: &Race, units: Units) -> String {
    format::race_line(r, units)
}

/// Upcoming races (soonest first), then past ones (latest first), one line each.
fn list_text(races: &[Race], today: NaiveDate, units: Units) -> String {
    if races.is_empty() {
        return "No races yet. Add one with: legday race add DATE DISTANCE [--name NAME]\n".into();
    }
    let (ahead, past): (Vec<&Race>, Vec<&Race>) = races.iter().partition(|r| r.date >= today);
    let w = races
        .iter()
        .map(|r| r.id.to_string().len())
        .max()
        .unwrap_or(1);
    let line = |r: &Race| {
        format!(
            "  {:>w$}  {}, {}\n",
            r.id,
            describe(r, units),
            format::days_to_go(r.days_from(today))
        )
    };
    let mut text = String::new();
    if !ahead.is_empty() {
        text.push_str("Upcoming\n");
        ahead.iter().for_each(|r| text.push_str(&line(r)));
    }
    if !past.is_empty() {
        text.push_str("Past\n");
        past.iter().rev().for_each(|r| text.push_str(&line(r)));
    }
    text
}

/// A race id as typed: a positive whole number.
fn race_id(s: &str) -> Result<i64> {
    let t = s.trim();
    t.parse::<i64>()
        .ok()
        .filter(|&i| i > 0 && t.bytes().all(|c| c.is_ascii_digit()))
        .ok_or_else(|| {
            Error::input(
                "ID",
                format!("{s:?} is not a race id; use a number from legday race list"),
            )
        })
}
