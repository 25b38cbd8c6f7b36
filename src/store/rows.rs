//! Row <-> domain mapping for sessions and sets. SQL here is fixed text with bound parameters.

use crate::domain::{Activity, Run, RunKind, Session, SetEntry, Settings, Strength};
use crate::error::Result;
use chrono::{NaiveDate, NaiveTime};
use rusqlite::types::Type;
use rusqlite::{Connection, Params, Row, params};
use std::collections::HashMap;

/// The session columns every query selects, in the order [`session_from_row`] reads them.
macro_rules! session_columns {
    () => {
        "id, uuid, date, time, type, rpe, minutes, note, source, source_key, kind, distance_m, \
         duration_s, elevation_m, vest_kg, avg_hr, max_hr, shoes, gap_s_per_km"
    };
}
pub(crate) use session_columns;
pub const SESSION_COLUMNS: &str = session_columns!();

/// The two fixed statements of a session query: the sessions matching a `WHERE` fragment in an
/// order, and the sets of the strength sessions among them. Built at compile time from string
/// literals only (`concat!`), so no SQL is ever formatted at run time.
#[derive(Debug, Clone, Copy)]
pub struct SessionQuery {
    pub sessions: &'static str,
    pub sets: &'static str,
}

/// `session_query!("date BETWEEN ?1 AND ?2", "date, time, id")`: a [`SessionQuery`].
macro_rules! session_query {
    ($where:literal, $order:literal) => {
        $crate::store::rows::SessionQuery {
            sessions: concat!(
                "SELECT ",
                $crate::store::rows::session_columns!(),
                " FROM sessions WHERE ",
                $where,
                " ORDER BY ",
                $order
            ),
            sets: concat!(
                "SELECT session_id, exercise, reps, weight_kg, rir, warmup FROM sets \
                 WHERE session_id IN (SELECT id FROM sessions WHERE ",
                $where,
                " AND type = 'strength') ORDER BY session_id, idx"
            ),
        }
    };
}
pub(crate) use session_query;

const INSERT_SESSION: &str = "INSERT INTO sessions (id, uuid, date, time, type, rpe, minutes, \
    note, source, source_key, kind, distance_m, duration_s, elevation_m, vest_kg, avg_hr, max_hr, \
    shoes, gap_s_per_km, load, hard, rpe_source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, \
    ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)";

const UPDATE_SESSION: &str = "UPDATE sessions SET date = ?3, time = ?4, type = ?5, rpe = ?6, \
    minutes = ?7, note = ?8, source = ?9, source_key = ?10, kind = ?11, distance_m = ?12, \
    duration_s = ?13, elevation_m = ?14, vest_kg = ?15, avg_hr = ?16, max_hr = ?17, shoes = ?18, \
    gap_s_per_km = ?19, load = ?20, hard = ?21, rpe_source = ?22 WHERE id = ?1 AND uuid = ?2";

pub fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn time_text(t: NaiveTime) -> String {
    t.format("%H:%M:%S%.f").to_string()
}

fn conversion(i: usize, t: Type, what: &str, s: &str) -> rusqlite::Error {
    let e: Box<dyn std::error::Error + Send + Sync> = format!("bad {what} {s:?}").into();
    rusqlite::Error::FromSqlConversionFailure(i, t, e)
}

/// A session from a row of [`SESSION_COLUMNS`], with no sets yet.
pub fn session_from_row(r: &Row) -> rusqlite::Result<Session> {
    let date: String = r.get(2)?;
    let date = NaiveDate::parse_from_str(&date, "%Y-%m-%d")
        .map_err(|_| conversion(2, Type::Text, "date", &date))?;
    let time: Option<String> = r.get(3)?;
    let time = match time {
        None => None,
        Some(t) => Some(
            NaiveTime::parse_from_str(&t, "%H:%M:%S%.f")
                .or_else(|_| NaiveTime::parse_from_str(&t, "%H:%M"))
                .map_err(|_| conversion(3, Type::Text, "time", &t))?,
        ),
    };
    let ty: String = r.get(4)?;
    let activity = match ty.as_str() {
        "run" => {
            let kind: String = r.get(10)?;
            Activity::Run(Run {
                kind: RunKind::from_key(&kind)
                    .ok_or_else(|| conversion(10, Type::Text, "run kind", &kind))?,
                distance_m: r.get(11)?,
                duration_s: r.get(12)?,
                elevation_m: r.get(13)?,
                vest_kg: r.get(14)?,
                avg_hr: r.get(15)?,
                max_hr: r.get(16)?,
                shoes: r.get(17)?,
                gap_s_per_km: r.get(18)?,
            })
        }
        _ => Activity::Strength(Strength {
            minutes: r.get(6)?,
            sets: Vec::new(),
        }),
    };
    Ok(Session {
        id: r.get(0)?,
        uuid: r.get(1)?,
        date,
        time,
        rpe: r.get(5)?,
        note: r.get(7)?,
        source: r.get(8)?,
        source_key: r.get(9)?,
        activity,
    })
}

/// Writes a session row: `update` replaces the row with the session's id and uuid, otherwise
/// a new row is inserted (with the session's id when it is not 0). Returns the row id.
pub fn write_session(
    conn: &Connection,
    s: &Session,
    settings: &Settings,
    update: bool,
) -> Result<i64> {
    let run = s.run();
    let minutes = s.strength().and_then(|st| st.minutes);
    let id = (s.id != 0).then_some(s.id);
    let p = params![
        id,
        s.uuid,
        date_text(s.date),
        s.time.map(time_text),
        s.type_key(),
        s.rpe,
        minutes,
        s.note,
        s.source,
        s.source_key,
        run.map(|r| r.kind.key()),
        run.map(|r| r.distance_m),
        run.map(|r| r.duration_s),
        run.and_then(|r| r.elevation_m),
        run.and_then(|r| r.vest_kg),
        run.and_then(|r| r.avg_hr),
        run.and_then(|r| r.max_hr),
        run.and_then(|r| r.shoes.clone()),
        run.and_then(|r| r.gap_s_per_km),
        s.load(settings),
        s.is_hard(settings),
        s.rpe_source(settings).key(),
    ];
    let id = if update {
        conn.prepare_cached(UPDATE_SESSION)?.execute(p)?;
        s.id
    } else {
        conn.prepare_cached(INSERT_SESSION)?.execute(p)?;
        conn.last_insert_rowid()
    };
    conn.prepare_cached("DELETE FROM sets WHERE session_id = ?1")?
        .execute([id])?;
    if let Some(st) = s.strength() {
        let mut ins = conn.prepare_cached(
            "INSERT INTO sets (session_id, idx, exercise, reps, weight_kg, rir, warmup) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        insert_sets(&mut ins, id, &st.sets)?;
    }
    Ok(id)
}

/// Runs `ins` (an insert taking owner id, index, exercise, reps, weight, RIR, warm-up) for each
/// set in order: a session's sets and a template's are stored the same way.
pub fn insert_sets(
    ins: &mut rusqlite::Statement<'_>,
    owner: i64,
    sets: &[SetEntry],
) -> rusqlite::Result<()> {
    for (i, e) in sets.iter().enumerate() {
        ins.execute(params![
            owner,
            i as i64,
            e.exercise,
            e.reps,
            e.weight_kg,
            e.rir,
            e.warmup
        ])?;
    }
    Ok(())
}

/// Sessions selected by a fixed [`SessionQuery`] (parameters bound), with their sets fetched by
/// a second query, never one query per session.
pub fn query_sessions<P: Params + Clone>(
    conn: &Connection,
    q: SessionQuery,
    params: P,
) -> Result<Vec<Session>> {
    let mut stmt = conn.prepare_cached(q.sessions)?;
    let mut sessions = stmt
        .query_map(params.clone(), session_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if sessions.iter().all(Session::is_run) {
        return Ok(sessions);
    }
    let mut stmt = conn.prepare_cached(q.sets)?;
    let mut sets: HashMap<i64, Vec<SetEntry>> = HashMap::new();
    let rows = stmt.query_map(params, |r| {
        Ok((
            r.get::<_, i64>(0)?,
            SetEntry {
                exercise: r.get(1)?,
                reps: r.get(2)?,
                weight_kg: r.get(3)?,
                rir: r.get(4)?,
                warmup: r.get(5)?,
            },
        ))
    })?;
    for row in rows {
        let (id, e) = row?;
        sets.entry(id).or_default().push(e);
    }
    for s in &mut sessions {
        if let Activity::Strength(st) = &mut s.activity {
            st.sets = sets.remove(&s.id).unwrap_or_default();
        }
    }
    Ok(sessions)
}
