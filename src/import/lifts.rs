//! What the Strong and Hevy CSV readers share: a row model, grouping rows into workouts,
//! exercise-name resolution that never guesses, and tolerant date, number and duration parsing.

use super::Unmatched;
use crate::domain::catalog::normalize_name;
use crate::domain::{Catalog, Run, RunKind, Session, SetEntry, Strength};
use chrono::{NaiveDate, NaiveDateTime, Timelike};
use std::collections::BTreeMap;

/// One set (or cardio entry) of an exported workout, in legday units.
#[derive(Debug, Clone, Default)]
pub struct Row {
    /// The workout's local start: the grouping key and the session's date and time.
    pub start: Option<NaiveDateTime>,
    pub minutes: Option<f64>,
    pub workout: String,
    pub notes: String,
    pub exercise: String,
    pub reps: Option<f64>,
    pub weight_kg: Option<f64>,
    pub distance_m: Option<f64>,
    pub seconds: Option<f64>,
    pub rpe: Option<f64>,
    pub warmup: bool,
    /// The log gives the day only (FitNotes): the session has no time.
    pub untimed: bool,
}

/// Sessions, skip reasons and unmatched names from the rows of one file.
pub struct Assembled {
    pub sessions: Vec<Session>,
    pub skipped: Vec<String>,
    pub unmatched: Vec<Unmatched>,
}

/// Exercise names (normalized) that are runs, when the row has a distance and a time.
fn is_run(norm: &str) -> bool {
    norm.split(' ')
        .any(|w| matches!(w, "run" | "running" | "jog" | "jogging" | "treadmill"))
}

/// Cardio that is not a run: not a strength set either.
fn is_other_cardio(norm: &str) -> bool {
    [
        "cycling",
        "bike",
        "biking",
        "elliptical",
        "rowing",
        "rower",
        "walking",
        "walk",
        "swimming",
        "stair",
        "stairmaster",
        "hiking",
        "skiing",
        "jump rope",
    ]
    .iter()
    .any(|w| norm == *w || norm.starts_with(&format!("{w} ")) || norm.contains(&format!(" {w}")))
}

/// Running tallies while a file's workouts are assembled.
#[derive(Default)]
struct Tally {
    /// Unknown exercise names and their set counts.
    unmatched: BTreeMap<String, usize>,
    /// Cardio entries that are not runs (or have no distance).
    cardio: usize,
}

/// Groups rows into one strength session per workout plus one run per running row.
pub fn assemble(source: &str, rows: Vec<Row>, catalog: &Catalog) -> Assembled {
    let mut groups: BTreeMap<NaiveDateTime, Vec<Row>> = BTreeMap::new();
    for r in rows {
        if let Some(start) = r.start {
            groups.entry(start).or_default().push(r);
        }
    }
    let mut out = Assembled {
        sessions: Vec::new(),
        skipped: Vec::new(),
        unmatched: Vec::new(),
    };
    let mut tally = Tally::default();
    for (start, rows) in groups {
        out.sessions
            .extend(workout(source, start, &rows, catalog, &mut tally));
    }
    match tally.cardio {
        0 => {}
        1 => out
            .skipped
            .push("1 cardio entry that is not a run (or has no distance)".to_string()),
        n => out.skipped.push(format!(
            "{n} cardio entries that are not runs (or have no distance)"
        )),
    }
    out.unmatched = tally
        .unmatched
        .into_iter()
        .map(|(name, sets)| Unmatched {
            suggestions: catalog
                .suggest(&name, 3)
                .into_iter()
                .map(String::from)
                .collect(),
            name,
            sets,
        })
        .collect();
    out
}

/// One workout's rows: a run per running row, then one strength session of its sets.
fn workout(
    source: &str,
    start: NaiveDateTime,
    rows: &[Row],
    catalog: &Catalog,
    tally: &mut Tally,
) -> Vec<Session> {
    let key = format!("{source}:{}", start.format("%Y-%m-%dT%H:%M:%S"));
    let first = &rows[0];
    let note = match (first.workout.trim(), first.notes.trim()) {
        ("", "") => None,
        (w, "") => Some(w.to_string()),
        ("", n) => Some(n.to_string()),
        (w, n) => Some(format!("{w}: {n}")),
    };
    let shell = |mut s: Session, key: String| {
        s.time = (!first.untimed).then(|| start.time().with_second(0).unwrap_or(start.time()));
        s.note.clone_from(&note);
        s.source = Some(source.to_string());
        s.source_key = Some(key);
        s
    };
    let mut out = Vec::new();
    let mut sets = Vec::new();
    for r in rows {
        let norm = normalize_name(&r.exercise);
        let (dist, secs) = (r.distance_m.unwrap_or(0.0), r.seconds.unwrap_or(0.0));
        if is_run(&norm) && dist > 0.0 && secs > 0.0 {
            let kind = if norm.contains("treadmill") {
                RunKind::Treadmill
            } else {
                RunKind::Easy
            };
            let run = Session::new_run(start.date(), Run::new(kind, dist, secs));
            let n = out.len() + 1;
            out.push(shell(run, format!("{key}:run{n}")));
        } else if is_run(&norm) || is_other_cardio(&norm) {
            tally.cardio += 1;
        } else if let Some(set) = set_entry(r, catalog, tally) {
            sets.push(set);
        }
    }
    if !sets.is_empty() {
        let strength = Strength {
            minutes: first.minutes.filter(|&m| m > 0.0),
            sets,
        };
        out.push(shell(Session::new_strength(start.date(), strength), key));
    }
    out
}

/// A strength set, the exercise resolved in the catalog (an unknown name is kept verbatim and
/// tallied); `None` for an empty, never-completed set.
fn set_entry(r: &Row, catalog: &Catalog, tally: &mut Tally) -> Option<SetEntry> {
    let (reps, secs) = (r.reps.unwrap_or(0.0), r.seconds.unwrap_or(0.0));
    if reps <= 0.0 && secs <= 0.0 {
        return None;
    }
    let name = match catalog.resolve(&r.exercise) {
        Some(e) => e.name.clone(),
        None => {
            let n = r.exercise.trim().to_string();
            *tally.unmatched.entry(n.clone()).or_default() += 1;
            n
        }
    };
    Some(SetEntry {
        exercise: name,
        reps: reps.round().max(0.0) as u32,
        weight_kg: r.weight_kg.filter(|&w| w > 0.0),
        rir: r
            .rpe
            .filter(|p| (0.0..=10.0).contains(p))
            .map(|p| (10.0 - p).round() as u8),
        warmup: r.warmup,
    })
}

/// A Strong or Hevy export's rows as sessions (`Err` when it holds no workout row).
pub fn found(
    source: &str,
    rows: Vec<Row>,
    catalog: &Catalog,
) -> Result<super::importer::Found, super::error::ReadError> {
    if rows.is_empty() {
        return Err("no workout rows".into());
    }
    let a = assemble(source, rows, catalog);
    Ok(super::importer::Found {
        sessions: a.sessions,
        skipped: a.skipped,
        unmatched: a.unmatched,
        extras: None,
    })
}

/// A number cell: empty is `None`; a comma decimal separator is accepted.
pub fn number(cell: &str) -> Result<Option<f64>, ()> {
    let c = cell.trim();
    if c.is_empty() {
        return Ok(None);
    }
    let v: f64 = c.replace(',', ".").parse().map_err(|_| ())?;
    if v.is_finite() { Ok(Some(v)) } else { Err(()) }
}

/// A local date and time in the formats Strong and Hevy have used.
pub fn datetime(cell: &str) -> Option<NaiveDateTime> {
    let c: String = cell
        .trim()
        .chars()
        .map(|ch| if ch.is_whitespace() { ' ' } else { ch })
        .collect();
    const FORMATS: [&str; 10] = [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %I:%M:%S %p",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %I:%M %p",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%d %b %Y, %H:%M",
        "%d %B %Y, %H:%M",
        "%b %d, %Y, %I:%M %p",
        "%d %b %Y %H:%M",
    ];
    FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(&c, f).ok())
        .or_else(|| {
            chrono::DateTime::parse_from_rfc3339(&c)
                .ok()
                .map(|d| d.naive_local())
        })
        .or_else(|| {
            NaiveDate::parse_from_str(&c, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })
}

/// A workout duration in minutes: `1h 5m`, `45m`, `30s`, `1:05:00`, `45:00`; a bare number is
/// minutes unless `bare_seconds`.
pub fn minutes(cell: &str, bare_seconds: bool) -> Option<f64> {
    let c = cell.trim();
    if c.is_empty() {
        return None;
    }
    if let Ok(v) = c.parse::<f64>() {
        return Some(if bare_seconds { v / 60.0 } else { v });
    }
    if c.contains(':') {
        let parts: Vec<f64> = c
            .split(':')
            .map(|p| p.trim().parse().ok())
            .collect::<Option<_>>()?;
        return match parts.as_slice() {
            [h, m, s] => Some(h * 60.0 + m + s / 60.0),
            [m, s] => Some(m + s / 60.0),
            _ => None,
        };
    }
    let (mut total, mut num, mut any) = (0.0, String::new(), false);
    for ch in c.chars() {
        if ch.is_ascii_digit() || ch == '.' {
            num.push(ch);
        } else if ch.is_alphabetic() {
            let v: f64 = num.parse().ok()?;
            num.clear();
            total += match ch.to_ascii_lowercase() {
                'h' => v * 60.0,
                'm' => v,
                's' => v / 60.0,
                _ => return None,
            };
            any = true;
        }
    }
    (any && num.is_empty()).then_some(total)
}

// The unit factors, defined once for the whole crate.
pub use crate::domain::units::{KG_PER_LB, M_PER_MI};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_dates() {
        assert_eq!(minutes("1h 5m", false), Some(65.0));
        assert_eq!(minutes("45m", false), Some(45.0));
        assert_eq!(minutes("1:05:00", false), Some(65.0));
        assert_eq!(minutes("2700", true), Some(45.0));
        assert_eq!(minutes("soon", false), None);
        let d = datetime("2024-11-20 7:05:09\u{202f}PM").unwrap();
        assert_eq!(d.to_string(), "2024-11-20 19:05:09");
        assert_eq!(
            datetime("20 Nov 2024, 07:30").unwrap().to_string(),
            "2024-11-20 07:30:00"
        );
        assert_eq!(
            datetime("2019-01-11 12:31:54").unwrap().to_string(),
            "2019-01-11 12:31:54"
        );
        assert!(datetime("yesterday").is_none());
        assert_eq!(number("62,5"), Ok(Some(62.5)));
        assert_eq!(number(""), Ok(None));
        assert!(number("abc").is_err());
    }
}
