//! `legday history` (text, JSON, CSV) and `legday delete`.

use super::json::session_json;
use super::{emit, emit_json};
use crate::domain::{Activity, RpeSource, Session, Settings};
use crate::error::{Error, Result};
use crate::format;
use crate::parse;
use crate::store::{Filter, Store};
use chrono::NaiveDate;
use std::io::Write;

pub struct Query<'a> {
    pub from: Option<&'a str>,
    pub to: Option<&'a str>,
    pub kind: Option<&'a str>,
    pub json: bool,
    pub csv: bool,
}

pub fn history(store: &Store, q: &Query, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let from = q.from.map(|d| parse::date("from", d, today)).transpose()?;
    let to = q.to.map(|d| parse::date("to", d, today)).transpose()?;
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(Error::input("from", format!("{f} is after --to {t}")));
    }
    let kind = q.kind.map(|k| parse::session_kind("kind", k)).transpose()?;
    let sessions = store.list(&Filter {
        from,
        to,
        kind,
        limit: None,
    })?;
    let settings = store.settings()?;
    if q.json {
        let v: Vec<_> = sessions
            .iter()
            .map(|s| session_json(s, &settings))
            .collect();
        return emit_json(out, &v, "writing the history as JSON");
    }
    if q.csv {
        return emit(out, &csv(&sessions, &settings)?);
    }
    if sessions.is_empty() {
        return emit(
            out,
            "No sessions yet. Log one with: legday run --distance 5km --duration 30:00\n",
        );
    }
    let mut text = format!(
        "{:>5}  {:<10} {:<5}  {:<9}  {:<44} {:>4} {:>6}\n",
        "id", "date", "time", "type", "what", "RPE", "load"
    );
    for s in &sessions {
        text.push_str(&format!(
            "{:>5}  {:<10} {:<5}  {:<9}  {:<44} {:>4} {:>6.0}\n",
            s.id,
            s.date.format("%Y-%m-%d"),
            s.time
                .map(|t| t.format("%H:%M").to_string())
                .unwrap_or_default(),
            match &s.activity {
                Activity::Run(r) => r.kind.key(),
                Activity::Strength(_) => "strength",
            },
            truncate(&summary(s, &settings), 44),
            format!(
                "{}{}",
                s.effective_rpe(&settings),
                rpe_mark(s.rpe_source(&settings))
            ),
            s.load(&settings)
        ));
    }
    text.push_str("* default RPE · ~ RPE from heart rate\n");
    emit(out, &text)
}

/// The mark after an RPE in the history table: `*` default, `~` from heart rate (§2.1).
fn rpe_mark(source: RpeSource) -> &'static str {
    match source {
        RpeSource::Logged => "",
        RpeSource::HeartRate => "~",
        RpeSource::Default => "*",
    }
}

/// One line describing a session: `5.20 km in 28:30 (5:29 /km)` or `12 sets: back squat, RDL`.
pub fn summary(s: &Session, settings: &Settings) -> String {
    match &s.activity {
        Activity::Run(r) => format!(
            "{} in {} ({})",
            format::distance_2dp(r.distance_m, settings.distance_unit),
            format::duration_clock(r.duration_s),
            format::pace_with_unit(r.distance_m, r.duration_s, settings.distance_unit)
        ),
        Activity::Strength(st) => format!(
            "{} sets: {}",
            st.sets.len(),
            format::exercise_names(&st.sets).join(", ")
        ),
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}

fn csv(sessions: &[Session], settings: &Settings) -> Result<String> {
    let mut bytes = Vec::new();
    crate::export::write_csv(sessions, settings, &mut bytes, "writing the history as CSV")?;
    // Every field written is a Rust string, so the bytes are UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

pub fn delete(store: &mut Store, id: &str, out: &mut dyn Write) -> Result<()> {
    let id: i64 = id
        .trim()
        .trim_start_matches('#')
        .parse()
        .ok()
        .filter(|&i| i > 0)
        .ok_or_else(|| {
            Error::input(
                "ID",
                format!("\"{id}\" is not a session id; use the number shown by legday history"),
            )
        })?;
    let settings = store.settings()?;
    let s = store.delete(id)?;
    emit(
        out,
        &format!(
            "Deleted #{} ({} on {}: {})\n",
            s.id,
            s.type_key(),
            s.date.format("%Y-%m-%d"),
            summary(&s, &settings)
        ),
    )
}
