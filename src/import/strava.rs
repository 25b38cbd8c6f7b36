//! Strava's `activities.csv`, the index of an account export: one row per activity, joined to
//! the activity files by `Filename`. A row gives its file a name (into the note), shoes (`Activity
//! Gear`), a logged RPE (`Perceived Exertion`) and a kind (`Activity Type`); a row with no file
//! is a session of its own (a run from its elapsed time and distance; a weight-training row a
//! strength session of its minutes, without sets).

use super::activity::{Zone, imported_kind, not_a_run, printable, run_session, sport_kind};
use super::context::{Context, Format};
use super::error::ReadError;
use super::geo::plausible;
use super::table::{Table, cell};
use crate::domain::{Activity, Run, RunKind, Session, Strength};
use chrono::{DateTime, Timelike, Utc};
use std::collections::HashMap;

/// One row of `activities.csv`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    pub id: String,
    pub start: Option<DateTime<Utc>>,
    pub name: String,
    pub kind: String,
    pub note: Option<String>,
    pub gear: String,
    pub filename: String,
    pub elapsed_s: Option<f64>,
    /// Strava's moving time, seconds: a run's duration when given (§2: pauses do not count).
    pub moving_s: Option<f64>,
    pub distance_m: Option<f64>,
    pub avg_hr: Option<f64>,
    pub max_hr: Option<f64>,
    pub rpe: Option<f64>,
    /// The session's source (`strava`, `runkeeper`).
    pub source: &'static str,
    /// `start` is a wall clock written as UTC (Runkeeper's local dates), dated as it is.
    pub wall_clock: bool,
    /// The UTC offset the row's start was written with (Apple Health's `+0200`): dated there.
    pub offset: Option<chrono::FixedOffset>,
}

/// The rows, and which were joined to a file.
#[derive(Debug, Default)]
pub struct ActivityList {
    /// The index's format (Strava's, Runkeeper's).
    pub format: Option<Format>,
    rows: Vec<Row>,
    by_file: HashMap<String, usize>,
    joined: Vec<bool>,
}

pub mod entry;
mod lang;

/// `Jul 29, 2017, 2:46:35 PM` (UTC), Strava's own format, and its other languages' forms.
pub fn parse_date(s: &str) -> Option<DateTime<Utc>> {
    lang::date(s)
}

/// The file name a row's `Filename` and an entry are matched by (`activities/1.gpx.gz` →
/// `1.gpx.gz`, lowercase).
pub fn file_key(path: &str) -> String {
    path.rsplit(['/', '\\'])
        .next()
        .unwrap_or(path)
        .trim()
        .to_ascii_lowercase()
}

fn note(name: &str, description: &str, private: &str) -> Option<String> {
    let parts: Vec<&str> = [name, description, private]
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(" — "))
}

impl ActivityList {
    pub fn parse(text: &str) -> Result<ActivityList, ReadError> {
        let t = Table::parse(text)?;
        let req = t.require(&[
            ("Activity ID", lang::ID.0),
            ("Activity Date", lang::DATE.0),
            ("Activity Type", lang::TYPE.0),
        ])?;
        // Strava writes `Distance` twice: km (by the activity's units) then metres (the last
        // of a repeated name is the one found).
        let distances = t
            .headers
            .iter()
            .filter(|h| lang::DISTANCE.0.contains(&h.as_str()))
            .count();
        let km = if distances >= 2 { 1.0 } else { 1000.0 };
        let english = lang::is_english(&t.headers);
        let number = |s: &str| lang::number(s, english);
        let c = |col: lang::Column| t.col(col.0);
        let (c_name, c_desc, c_priv) = (c(lang::NAME), c(lang::DESCRIPTION), c(lang::PRIVATE_NOTE));
        let (c_gear, c_file, c_el) = (c(lang::GEAR), c(lang::FILENAME), c(lang::ELAPSED));
        let c_moving = c(lang::MOVING);
        let (c_dist, c_avg, c_max, c_pe) = (
            c(lang::DISTANCE),
            c(lang::AVG_HR),
            c(lang::MAX_HR),
            c(lang::PERCEIVED_EXERTION),
        );
        let mut list = ActivityList::default();
        for r in &t.rows {
            let row = Row {
                id: cell(r, Some(req[0])).trim().to_string(),
                start: parse_date(cell(r, Some(req[1]))),
                kind: cell(r, Some(req[2])).trim().to_string(),
                name: cell(r, c_name).trim().to_string(),
                note: note(cell(r, c_name), cell(r, c_desc), cell(r, c_priv)),
                gear: cell(r, c_gear).trim().to_string(),
                filename: cell(r, c_file).trim().to_string(),
                elapsed_s: number(cell(r, c_el)).filter(|&v| v > 0.0),
                moving_s: number(cell(r, c_moving)).filter(|&v| v > 0.0),
                distance_m: number(cell(r, c_dist)).map(|d| d * km).filter(|&v| v > 0.0),
                avg_hr: number(cell(r, c_avg)).filter(|&v| v > 0.0),
                max_hr: number(cell(r, c_max)).filter(|&v| v > 0.0),
                rpe: number(cell(r, c_pe)).filter(|v| (1.0..=10.0).contains(v)),
                source: "strava",
                wall_clock: false,
                offset: None,
            };
            if !row.filename.is_empty() {
                list.by_file
                    .insert(file_key(&row.filename), list.rows.len());
            }
            list.rows.push(row);
        }
        list.joined = vec![false; list.rows.len()];
        list.format = Some(Format::StravaCsv);
        Ok(list)
    }

    /// An index of `rows` (each with its source), joined by their `filename`.
    pub fn of_rows(format: Format, rows: Vec<Row>) -> ActivityList {
        let by_file = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.filename.is_empty())
            .map(|(i, r)| (file_key(&r.filename), i))
            .collect();
        ActivityList {
            format: Some(format),
            joined: vec![false; rows.len()],
            rows,
            by_file,
        }
    }

    /// The row naming this file (by its name inside the export), marked as joined.
    pub fn join(&mut self, name: &str) -> Option<&Row> {
        let i = *self.by_file.get(&file_key(name))?;
        self.joined[i] = true;
        Some(&self.rows[i])
    }

    /// Sessions of the rows no file was joined to, and why the others among them were skipped.
    pub fn unjoined(&self, cx: &Context) -> (Vec<Session>, Vec<String>) {
        let (mut sessions, mut skipped) = (Vec::new(), Vec::new());
        for (row, _) in self.rows.iter().zip(&self.joined).filter(|(_, j)| !**j) {
            match row_session(row, cx) {
                Ok(s) => sessions.push(s),
                Err(why) => skipped.push(match printable(&row.name).as_str() {
                    "" => format!("activity {}: {why}", printable(&row.id)),
                    name => format!("activity {} ({name}): {why}", printable(&row.id)),
                }),
            }
        }
        (sessions, skipped)
    }
}

/// What a row's `Activity Type` makes of the file joined to it.
pub enum Joined {
    /// The file is read as a run, of the row's sport.
    Run,
    /// A strength session of the row's minutes (a weight-training row with a watch file).
    Strength(Box<Session>),
    /// Not imported, and why (a ride, a walk...).
    Skip(ReadError),
}

/// The row's verdict on its file, before the file is read: the row's sport wins.
pub fn joined(row: &Row, cx: &Context) -> Joined {
    if is_strength(&row.kind) {
        return match row_session(row, cx) {
            Ok(s) => Joined::Strength(Box::new(s)),
            Err(why) => Joined::Skip(why),
        };
    }
    match sport_kind(Some(&row.kind), cx.as_run) {
        Ok(_) => Joined::Run,
        Err(why) => Joined::Skip(per_index(row, why)),
    }
}

/// `why` as said by the row's index file.
fn per_index(row: &Row, why: ReadError) -> ReadError {
    ReadError::PerIndex {
        index: match row.source {
            "runkeeper" => "cardioActivities.csv",
            "apple_health" => "export.xml",
            "garmin" => "summarizedActivities.json",
            _ => "activities.csv",
        },
        source: Box::new(why),
    }
}

/// Whether an `Activity Type` is a strength session without sets, in any export language.
fn is_strength(kind: &str) -> bool {
    let k = kind.trim().to_lowercase();
    lang::STRENGTH_TYPES.contains(&k.as_str())
}

/// What a row adds to the sessions read from its file; `Err` when the row says the activity is
/// not a run (the file's sessions are then skipped).
pub fn apply(row: &Row, sessions: &mut [Session]) -> Result<(), ReadError> {
    let named = if is_strength(&row.kind) {
        None
    } else {
        sport_kind(Some(&row.kind), true).map_err(|why| per_index(row, why))?
    };
    for s in sessions.iter_mut() {
        if s.note.is_none() {
            s.note = row.note.clone();
        }
        if s.rpe.is_none() {
            s.rpe = row.rpe;
        }
        if let Activity::Run(run) = &mut s.activity {
            if let Some(k) = named {
                run.kind = k;
            }
            if run.shoes.is_none() && !row.gear.is_empty() {
                run.shoes = Some(row.gear.clone());
            }
        }
    }
    Ok(())
}

/// A row without a file as a session of its own.
fn row_session(row: &Row, cx: &Context) -> Result<Session, ReadError> {
    let zone = if row.wall_clock {
        Zone::UTC
    } else {
        cx.zone.or_file(row.offset)
    };
    let source = row.source;
    let start = row.start.ok_or("no date in Activity Date")?;
    let mut s = if is_strength(&row.kind) {
        let local = zone.local(start);
        let mut s = Session::new_strength(
            local.date(),
            Strength {
                minutes: row.elapsed_s.map(|e| e / 60.0),
                sets: Vec::new(),
            },
        );
        s.time = local.time().with_second(0);
        s.source = Some(source.into());
        s.source_key = Some(super::activity::source_key(source, start));
        s
    } else {
        let named: Option<RunKind> = sport_kind(Some(&row.kind), cx.as_run)?;
        let (Some(d), Some(elapsed)) = (row.distance_m, row.elapsed_s) else {
            return Err("a run without distance or elapsed time".into());
        };
        // the moving time is the run's duration; the elapsed time is kept beside it
        let t = row.moving_s.filter(|&m| m <= elapsed).unwrap_or(elapsed);
        plausible(d, t)?;
        let mut run = Run::new(RunKind::Easy, d, t);
        run.elapsed_s = Some(elapsed);
        run.avg_hr = row.avg_hr;
        run.max_hr = row.max_hr;
        if let Some(why) = not_a_run(&run, cx.as_run) {
            return Err(why);
        }
        let mut s = run_session(source, start, run, named, zone);
        if let Activity::Run(r) = &mut s.activity {
            r.kind = imported_kind(named, t);
            r.shoes = (!row.gear.is_empty()).then(|| row.gear.clone());
        }
        s
    };
    s.note = row.note.clone();
    s.rpe = row.rpe;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_numbers_as_strava_writes_them() {
        let d = parse_date("Jul 29, 2017, 2:46:35 PM").unwrap();
        assert_eq!(d.to_rfc3339(), "2017-07-29T14:46:35+00:00");
        assert_eq!(file_key("activities/123.GPX.gz"), "123.gpx.gz");
    }
}
