//! Fitbod's CSV export (`WorkoutExport.csv`): one row per set, `Date,Exercise,Reps,Weight(kg),
//! Duration(s),Distance(m),Incline,Resistance,isWarmup,Note,multiplier`, dates in UTC
//! (`2024-03-04 18:02:11 +0000`), weights in kg whatever the app showed. A workout is the rows
//! less than two hours apart; cardio rows give their distance and duration.

use super::activity::Zone;
use super::error::ReadError;
use super::importer::{Format, Head, Importer, Reader, Shape};
use super::lifts::{self, Row};
use super::table::{Table, cell};
use chrono::{DateTime, NaiveDateTime, TimeDelta};

/// Rows more than this far apart are two workouts.
const WORKOUT_GAP_H: i64 = 2;

/// A Fitbod time: `2024-03-04 18:02:11 +0000` (an instant, dated in `zone`), or a local
/// `2024-03-04 18:02:11`.
fn time(s: &str, zone: Zone) -> Option<NaiveDateTime> {
    let s = s.trim();
    DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S %z")
        .map(|t| zone.local(t.to_utc()))
        .ok()
        .or_else(|| lifts::datetime(s))
}

/// Rows of a Fitbod export, each workout's rows given the workout's start.
pub fn rows(text: &str, zone: Zone) -> Result<Vec<Row>, ReadError> {
    let t = Table::parse(text)?;
    let req = t.require(&[
        ("Date", &["date"]),
        ("Exercise", &["exercise"]),
        ("Reps", &["reps"]),
    ])?;
    let (c_date, c_ex, c_reps) = (req[0], req[1], req[2]);
    let c_weight = t.col(&["weight(kg)", "weight (kg)"]);
    let (c_secs, c_dist, c_warm, c_note) = (
        t.col(&["duration(s)", "duration (s)"]),
        t.col(&["distance(m)", "distance (m)"]),
        t.col(&["iswarmup"]),
        t.col(&["note"]),
    );
    let mut out = Vec::with_capacity(t.rows.len());
    for (n, r) in t.rows.iter().enumerate() {
        let at = || format!("data row {}", n + 1);
        let bad = |col: &str| ReadError::from(format!("not a number in column {col}")).at(at());
        let start = time(cell(r, Some(c_date)), zone)
            .ok_or_else(|| ReadError::from("not a date in column Date").at(at()))?;
        let positive = |v: Option<f64>| v.filter(|&x| x > 0.0);
        out.push(Row {
            start: Some(start),
            exercise: cell(r, Some(c_ex)).to_string(),
            reps: positive(lifts::number(cell(r, Some(c_reps))).map_err(|_| bad("Reps"))?),
            weight_kg: lifts::number(cell(r, c_weight)).map_err(|_| bad("Weight(kg)"))?,
            distance_m: positive(lifts::number(cell(r, c_dist)).map_err(|_| bad("Distance(m)"))?),
            seconds: positive(lifts::number(cell(r, c_secs)).map_err(|_| bad("Duration(s)"))?),
            warmup: cell(r, c_warm).trim().eq_ignore_ascii_case("true"),
            notes: cell(r, c_note).trim().to_string(),
            ..Row::default()
        });
    }
    // one workout: rows in time order less than WORKOUT_GAP_H apart, all at its first time;
    // its minutes from the first set to the last
    out.sort_by_key(|r| r.start);
    let times: Vec<NaiveDateTime> = out.iter().filter_map(|r| r.start).collect();
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for (i, t) in times.iter().enumerate() {
        match groups.last_mut() {
            Some(g) if *t - times[g.1] <= TimeDelta::hours(WORKOUT_GAP_H) => g.1 = i,
            _ => groups.push((i, i)),
        }
    }
    for (a, b) in groups {
        let minutes = (times[b] - times[a]).num_seconds() as f64 / 60.0;
        for r in &mut out[a..=b] {
            r.start = Some(times[a]);
            r.minutes = (minutes > 0.0).then_some(minutes);
        }
    }
    Ok(out)
}

/// Fitbod's CSV in the registry ([`super::formats::FORMATS`]).
pub struct FitbodCsv;

impl Importer for FitbodCsv {
    const NAME: &'static str = "Fitbod CSV";
    const SHORT: &'static str = "CSV";
    const WHAT: &'static str = "a Fitbod export";
    const EXTENSIONS: &'static [&'static str] = &["csv"];
    const SHAPE: Shape = Shape::Table;
    fn detect(head: &Head) -> bool {
        let h = head.header.replace(' ', "");
        h.contains("exercise") && h.contains("weight(kg)") && h.contains("iswarmup")
    }
    const READER: Reader = Reader::Log(|bytes, catalog, _, zone| {
        lifts::found("fitbod", rows(&super::decode::text(bytes)?, zone)?, catalog)
    });
}

#[allow(non_upper_case_globals)]
impl Format {
    pub const FitbodCsv: Format = Format::of::<FitbodCsv>();
}
