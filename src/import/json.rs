//! legday's own JSON export (see [`crate::export`]), read back exactly: uuids, sources and keys
//! kept, ids ignored, derived fields (`minutes`, `load`) recomputed.

use super::LegdayExtras;
use super::error::ReadError;
use super::importer::{Format, Found, Head, Importer, Reader, Shape};
use crate::domain::{Activity, Session, Strength};
use crate::export::{EXPORT_VERSION, ExportDoc, ExportRace, ExportSession, ExportTemplate};
use crate::store::templates::{MAX_SETS, Template, template_name};
use chrono::NaiveTime;

/// Sessions and the rest of a legday export. Everything is validated before anything is
/// returned, so a bad document imports nothing.
pub fn read(bytes: &[u8]) -> Result<(Vec<Session>, LegdayExtras), ReadError> {
    let doc: ExportDoc = serde_json::from_slice(bytes).map_err(|e| {
        format!(
            "not a valid legday export (JSON error at line {}, column {})",
            e.line(),
            e.column()
        )
    })?;
    if doc.legday_export > EXPORT_VERSION {
        return Err(format!(
            "made by a newer legday (export version {}; this legday reads up to {EXPORT_VERSION})",
            doc.legday_export
        )
        .into());
    }
    // The export lists sessions newest first; they are stored in their original order (by the
    // exported id, then date and time), so a round trip gives the same ids and the same
    // same-day order. Errors still name a session by its place in the file.
    let mut numbered: Vec<(usize, ExportSession)> = doc.sessions.into_iter().enumerate().collect();
    numbered.sort_by(|(_, a), (_, b)| (a.id, a.date, &a.time).cmp(&(b.id, b.date, &b.time)));
    let sessions = numbered
        .into_iter()
        .map(|(n, s)| session(s).map_err(|why| why.at(format!("session {}", n + 1))))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((
        sessions,
        LegdayExtras {
            settings: doc.settings.into_iter().collect(),
            exercises: doc.exercises,
            mappings: doc.mappings.into_iter().map(|m| (m.from, m.to)).collect(),
            templates: templates(doc.templates)?,
            races: races(doc.races)?,
        },
    ))
}

/// The export's templates, each name and size checked as `legday template save` checks them.
fn templates(list: Vec<ExportTemplate>) -> Result<Vec<Template>, ReadError> {
    list.into_iter()
        .enumerate()
        .map(|(n, t)| {
            let name = template_name(&t.name).map_err(|e| format!("template {}: {e}", n + 1))?;
            if t.sets.is_empty() || t.sets.len() > MAX_SETS {
                return Err(format!("template {}: 1 to {MAX_SETS} sets", n + 1).into());
            }
            Ok(Template { name, sets: t.sets })
        })
        .collect()
}

/// The export's races, each distance and name checked as `legday race add` checks them (the
/// date is not: a past race stays in the calendar).
/// In the order of their exported ids, so a round trip gives the same ids.
fn races(mut list: Vec<ExportRace>) -> Result<Vec<crate::domain::Race>, ReadError> {
    list.sort_by_key(|r| r.id);
    list.into_iter()
        .enumerate()
        .map(|(n, r)| {
            if !(r.distance_m.is_finite() && r.distance_m > 0.0 && r.distance_m <= 1_000_000.0) {
                return Err(format!(
                    "race {}: distance_m must be above 0 and up to 1000 km",
                    n + 1
                )
                .into());
            }
            let name = crate::store::races::race_name(r.name.as_deref().unwrap_or(""))
                .map_err(|e| format!("race {}: {e}", n + 1))?;
            Ok(crate::domain::Race {
                id: 0,
                date: r.date,
                distance_m: r.distance_m,
                name,
            })
        })
        .collect()
}

fn session(e: ExportSession) -> Result<Session, ReadError> {
    if uuid::Uuid::parse_str(&e.uuid).is_err() {
        return Err("uuid is not a UUID".into());
    }
    let activity = match (e.type_.as_str(), e.run, e.sets) {
        ("run", Some(r), None) => {
            if !(r.distance_m > 0.0 && r.duration_s > 0.0) {
                return Err("a run needs a positive distance and duration".into());
            }
            Activity::Run(r)
        }
        ("strength", None, Some(sets)) => Activity::Strength(Strength {
            minutes: e.logged_minutes,
            sets,
        }),
        _ => return Err("type must be \"run\" with a run or \"strength\" with sets".into()),
    };
    let time = match e.time.as_deref() {
        None => None,
        Some(t) => Some(
            NaiveTime::parse_from_str(t, "%H:%M:%S")
                .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M"))
                .map_err(|_| "time is not HH:MM")?,
        ),
    };
    let derived = e.rpe_source.as_deref().is_some_and(|k| k != "logged");
    let rpe = if e.rpe_default || derived {
        None
    } else {
        e.rpe
    };
    if rpe.is_some_and(|r| !(0.0..=10.0).contains(&r)) {
        return Err("rpe must be between 0 and 10".into());
    }
    Ok(Session {
        id: 0,
        uuid: e.uuid,
        date: e.date,
        time,
        rpe,
        note: e.note,
        source: e.source,
        source_key: e.source_key,
        source_file: e.source_file,
        activity,
    })
}

/// legday's JSON export in the registry ([`super::formats::FORMATS`]).
pub struct LegdayJson;

impl Importer for LegdayJson {
    const NAME: &'static str = "legday JSON";
    const SHORT: &'static str = "JSON";
    const WHAT: &'static str = "a legday export";
    const EXTENSIONS: &'static [&'static str] = &["json"];
    const SHAPE: Shape = Shape::Json;
    fn detect(head: &Head) -> bool {
        head.text.contains("\"legday_export\"")
    }
    const READER: Reader = Reader::Log(|bytes, _, _, _| {
        let (sessions, extras) = read(bytes)?;
        Ok(Found {
            sessions,
            extras: Some(extras),
            ..Found::default()
        })
    });
}

#[allow(non_upper_case_globals)]
impl Format {
    pub const LegdayJson: Format = Format::of::<LegdayJson>();
}
