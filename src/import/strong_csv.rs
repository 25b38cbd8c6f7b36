//! Strong's CSV export. Two layouts exist:
//! - current: `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,
//!   Notes,Workout Notes,RPE`, weights and distances in the app's units (no unit column);
//! - older: `Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;
//!   Distance Unit;Seconds;Notes;Workout Notes` (semicolons, explicit units).
//!
//! Without a unit column the header's unit decides (`Weight (kg)`, `Distance (meters)`,
//! `Distance (miles)`...), else the user's `weight_unit` and `distance_unit` settings. `Set Order`
//! `W` marks a warm-up; rows that are not sets (Strong's "Rest Timer" lines) are ignored.

use super::error::ReadError;
use super::importer::{Format, Head, Importer, Reader, Shape};
use super::lifts::{self, KG_PER_LB, M_PER_MI, Row};
use super::table::{Table, cell};
use crate::domain::{Settings, Units};

/// Where each column is, and the units when no unit column says.
struct Columns {
    date: usize,
    exercise: usize,
    reps: usize,
    workout: Option<usize>,
    duration: Option<usize>,
    duration_s: Option<usize>,
    order: Option<usize>,
    weight: Option<usize>,
    weight_unit: Option<usize>,
    distance: Option<usize>,
    distance_unit: Option<usize>,
    seconds: Option<usize>,
    workout_notes: Option<usize>,
    rpe: Option<usize>,
    /// Weights in pounds unless a unit column says otherwise.
    pounds: bool,
    /// Metres per distance unit unless a unit column says otherwise.
    per_unit: f64,
}

impl Columns {
    fn find(t: &Table, settings: &Settings) -> Result<Columns, ReadError> {
        let req = t.require(&[
            ("Date", &["date"]),
            ("Exercise Name", &["exercise name"]),
            ("Reps", &["reps"]),
        ])?;
        let weight = t.col(&["weight", "weight (kg)", "weight (lbs)", "weight (lb)"]);
        let distance = t.col(&[
            "distance",
            "distance (km)",
            "distance (mi)",
            "distance (miles)",
            "distance (meters)",
            "distance (m)",
        ]);
        let header = |i: Option<usize>| i.map(|i| t.headers[i].as_str()).unwrap_or("");
        let pounds = match header(weight) {
            h if h.contains("lb") => true,
            h if h.contains("kg") => false,
            _ => settings.weight_unit == Units::Imperial,
        };
        let per_unit = match header(distance) {
            h if h.contains("mi") => M_PER_MI,
            h if h.contains("km") => 1000.0,
            h if h.contains("(m") => 1.0,
            _ if settings.distance_unit == Units::Imperial => M_PER_MI,
            _ => 1000.0,
        };
        Ok(Columns {
            date: req[0],
            exercise: req[1],
            reps: req[2],
            workout: t.col(&["workout name"]),
            duration: t.col(&["duration", "workout duration"]),
            duration_s: t.col(&["duration (sec)", "duration (s)"]),
            order: t.col(&["set order"]),
            weight,
            weight_unit: t.col(&["weight unit"]),
            distance,
            distance_unit: t.col(&["distance unit"]),
            seconds: t.col(&["seconds"]),
            workout_notes: t.col(&["workout notes"]),
            rpe: t.col(&["rpe"]),
            pounds,
            per_unit,
        })
    }
}

/// Rows of a Strong export.
pub fn rows(text: &str, settings: &Settings) -> Result<Vec<Row>, ReadError> {
    let t = Table::parse(text)?;
    let c = Columns::find(&t, settings)?;
    let mut out = Vec::with_capacity(t.rows.len());
    for (n, r) in t.rows.iter().enumerate() {
        if let Some(row) = row(&c, r).map_err(|why| why.at(format!("data row {}", n + 1)))? {
            out.push(row);
        }
    }
    Ok(out)
}

/// One data row; `None` for lines that are not sets ("Rest Timer" and the like).
fn row(c: &Columns, r: &csv::StringRecord) -> Result<Option<Row>, ReadError> {
    let bad = |col: &str| ReadError::Invalid(format!("not a number in column {col}"));
    let order = cell(r, c.order).trim().to_ascii_lowercase();
    let warmup = order == "w";
    let is_set = order.is_empty() || warmup || order == "d" || order == "f";
    if !(is_set || order.parse::<f64>().is_ok())
        || cell(r, Some(c.exercise))
            .trim()
            .eq_ignore_ascii_case("rest timer")
    {
        return Ok(None);
    }
    let start = lifts::datetime(cell(r, Some(c.date))).ok_or("not a date in column Date")?;
    let lb = match cell(r, c.weight_unit).trim().to_ascii_lowercase().as_str() {
        "" => c.pounds,
        u => u.starts_with("lb"),
    };
    let per_unit = match cell(r, c.distance_unit)
        .trim()
        .to_ascii_lowercase()
        .as_str()
    {
        "" => c.per_unit,
        u if u.starts_with("mi") => M_PER_MI,
        u if u == "m" || u.starts_with("met") => 1.0,
        _ => 1000.0,
    };
    let minutes = match c.duration_s {
        Some(i) => lifts::minutes(cell(r, Some(i)), true),
        None => lifts::minutes(cell(r, c.duration), false),
    };
    let weight = lifts::number(cell(r, c.weight)).map_err(|_| bad("Weight"))?;
    let dist = lifts::number(cell(r, c.distance)).map_err(|_| bad("Distance"))?;
    Ok(Some(Row {
        start: Some(start),
        minutes,
        workout: cell(r, c.workout).to_string(),
        notes: cell(r, c.workout_notes).to_string(),
        exercise: cell(r, Some(c.exercise)).to_string(),
        reps: lifts::number(cell(r, Some(c.reps))).map_err(|_| bad("Reps"))?,
        weight_kg: weight.map(|w| if lb { w * KG_PER_LB } else { w }),
        distance_m: dist.map(|d| d * per_unit),
        seconds: lifts::number(cell(r, c.seconds)).map_err(|_| bad("Seconds"))?,
        rpe: lifts::number(cell(r, c.rpe)).map_err(|_| bad("RPE"))?,
        warmup,
        untimed: false,
    }))
}

/// Strong's CSV in the registry ([`super::formats::FORMATS`]).
pub struct StrongCsv;

impl Importer for StrongCsv {
    const NAME: &'static str = "Strong CSV";
    const SHORT: &'static str = "CSV";
    const WHAT: &'static str = "a Strong export";
    const EXTENSIONS: &'static [&'static str] = &["csv"];
    const SHAPE: Shape = Shape::Table;
    fn detect(head: &Head) -> bool {
        head.header.contains("exercise name") || head.header.contains("workout name")
    }
    const READER: Reader = Reader::Log(|bytes, catalog, settings, _| {
        lifts::found(
            "strong",
            rows(&super::decode::text(bytes)?, settings)?,
            catalog,
        )
    });
}

#[allow(non_upper_case_globals)]
impl Format {
    pub const StrongCsv: Format = Format::of::<StrongCsv>();
}
