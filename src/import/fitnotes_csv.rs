//! FitNotes' CSV export (Android): one row per set, `Date,Exercise,Category,Weight,Weight Unit,
//! Reps,Distance,Distance Unit,Time,Comment`; older versions write the weight as `Weight (kgs)`
//! or `Weight (lbs)`. A day's rows are one workout (FitNotes keeps no time of day); cardio rows
//! give their distance and `Time` (`h:mm:ss`), a run when the exercise is one.

use super::error::ReadError;
use super::importer::{Format, Head, Importer, Reader, Shape};
use super::lifts::{self, KG_PER_LB, M_PER_MI, Row};
use super::table::{Table, cell};
use crate::domain::{Settings, Units};

/// Rows of a FitNotes export.
pub fn rows(text: &str, settings: &Settings) -> Result<Vec<Row>, ReadError> {
    let t = Table::parse(text)?;
    let req = t.require(&[
        ("Date", &["date"]),
        ("Exercise", &["exercise"]),
        ("Reps", &["reps"]),
    ])?;
    let (c_date, c_ex, c_reps) = (req[0], req[1], req[2]);
    let c_weight = t.col(&[
        "weight",
        "weight (kgs)",
        "weight (kg)",
        "weight (lbs)",
        "weight (lb)",
    ]);
    let c_wunit = t.col(&["weight unit"]);
    let header_lb = c_weight.is_some_and(|i| t.headers[i].contains("lb"));
    let header_kg = c_weight.is_some_and(|i| t.headers[i].contains("kg"));
    let (c_dist, c_dunit, c_time) = (
        t.col(&["distance"]),
        t.col(&["distance unit"]),
        t.col(&["time"]),
    );
    let mut out = Vec::with_capacity(t.rows.len());
    for (n, r) in t.rows.iter().enumerate() {
        let at = || format!("data row {}", n + 1);
        let bad = |col: &str| ReadError::from(format!("not a number in column {col}")).at(at());
        let day = lifts::datetime(cell(r, Some(c_date)))
            .ok_or_else(|| ReadError::from("not a date in column Date").at(at()))?;
        let lb = match cell(r, c_wunit).trim().to_ascii_lowercase().as_str() {
            "" if header_lb => true,
            "" if header_kg => false,
            "" => settings.weight_unit == Units::Imperial,
            u => u.starts_with("lb"),
        };
        let per_unit = match cell(r, c_dunit).trim().to_ascii_lowercase().as_str() {
            u if u.starts_with("mi") => M_PER_MI,
            "m" | "metres" | "meters" => 1.0,
            "km" | "kms" => 1000.0,
            _ if settings.distance_unit == Units::Imperial => M_PER_MI,
            _ => 1000.0,
        };
        let weight = lifts::number(cell(r, c_weight)).map_err(|_| bad("Weight"))?;
        let dist = lifts::number(cell(r, c_dist)).map_err(|_| bad("Distance"))?;
        let time = cell(r, c_time).trim();
        let seconds = match time {
            "" => None,
            t => Some(lifts::minutes(t, true).ok_or_else(|| bad("Time"))? * 60.0),
        };
        out.push(Row {
            start: Some(day.date().and_time(chrono::NaiveTime::MIN)),
            exercise: cell(r, Some(c_ex)).to_string(),
            reps: lifts::number(cell(r, Some(c_reps))).map_err(|_| bad("Reps"))?,
            weight_kg: weight.map(|w| if lb { w * KG_PER_LB } else { w }),
            distance_m: dist.map(|d| d * per_unit),
            seconds,
            untimed: true,
            ..Row::default()
        });
    }
    Ok(out)
}

/// FitNotes' CSV in the registry ([`super::formats::FORMATS`]).
pub struct FitNotesCsv;

impl Importer for FitNotesCsv {
    const NAME: &'static str = "FitNotes CSV";
    const SHORT: &'static str = "CSV";
    const WHAT: &'static str = "a FitNotes export";
    const EXTENSIONS: &'static [&'static str] = &["csv"];
    const SHAPE: Shape = Shape::Table;
    fn detect(head: &Head) -> bool {
        let cols: Vec<&str> = head
            .header
            .split(',')
            .map(|c| c.trim_matches([' ', '"']))
            .collect();
        ["date", "exercise", "category", "reps"]
            .iter()
            .all(|c| cols.contains(c))
    }
    const READER: Reader = Reader::Log(|bytes, catalog, settings, _| {
        lifts::found(
            "fitnotes",
            rows(&super::decode::text(bytes)?, settings)?,
            catalog,
        )
    });
}

#[allow(non_upper_case_globals)]
impl Format {
    pub const FitNotesCsv: Format = Format::of::<FitNotesCsv>();
}
