//! Hevy's CSV export: `title,start_time,end_time,description,exercise_title,superset_id,
//! exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe`
//! (`weight_lbs` and `distance_miles` in an imperial account). `set_type` `warmup` marks a
//! warm-up set; the workout's minutes are `end_time - start_time`.

use super::error::ReadError;
use super::importer::{Format, Head, Importer, Reader, Shape};
use super::lifts::{self, KG_PER_LB, M_PER_MI, Row};
use super::table::{Table, cell};

/// Rows of a Hevy export.
pub fn rows(text: &str) -> Result<Vec<Row>, ReadError> {
    let t = Table::parse(text)?;
    let req = t.require(&[
        ("start_time", &["start_time"]),
        ("exercise_title", &["exercise_title"]),
        ("reps", &["reps"]),
        ("weight_kg or weight_lbs", &["weight_kg", "weight_lbs"]),
    ])?;
    let (c_start, c_ex, c_reps, c_weight) = (req[0], req[1], req[2], req[3]);
    let lb = t.headers[c_weight] == "weight_lbs";
    let c_dist = t.col(&["distance_km", "distance_miles"]);
    let mi = c_dist.is_some_and(|i| t.headers[i] == "distance_miles");
    let c_end = t.col(&["end_time"]);
    let c_title = t.col(&["title"]);
    let c_desc = t.col(&["description"]);
    let c_type = t.col(&["set_type"]);
    let c_secs = t.col(&["duration_seconds"]);
    let c_rpe = t.col(&["rpe"]);
    let mut out = Vec::with_capacity(t.rows.len());
    for (n, r) in t.rows.iter().enumerate() {
        let bad = |col: &str| {
            ReadError::from(format!("not a number in column {col}"))
                .at(format!("data row {}", n + 1))
        };
        let start = lifts::datetime(cell(r, Some(c_start))).ok_or_else(|| {
            ReadError::from("not a date in column start_time").at(format!("data row {}", n + 1))
        })?;
        let end = lifts::datetime(cell(r, c_end));
        let minutes = end
            .map(|e| (e - start).num_seconds() as f64 / 60.0)
            .filter(|&m| m > 0.0);
        let weight = lifts::number(cell(r, Some(c_weight))).map_err(|_| bad("weight"))?;
        let dist = lifts::number(cell(r, c_dist)).map_err(|_| bad("distance"))?;
        out.push(Row {
            start: Some(start),
            minutes,
            workout: cell(r, c_title).to_string(),
            notes: cell(r, c_desc).to_string(),
            exercise: cell(r, Some(c_ex)).to_string(),
            reps: lifts::number(cell(r, Some(c_reps))).map_err(|_| bad("reps"))?,
            weight_kg: weight.map(|w| if lb { w * KG_PER_LB } else { w }),
            distance_m: dist.map(|d| if mi { d * M_PER_MI } else { d * 1000.0 }),
            seconds: lifts::number(cell(r, c_secs)).map_err(|_| bad("duration_seconds"))?,
            rpe: lifts::number(cell(r, c_rpe)).map_err(|_| bad("rpe"))?,
            warmup: cell(r, c_type).trim().eq_ignore_ascii_case("warmup"),
            untimed: false,
        });
    }
    Ok(out)
}

/// Hevy's CSV in the registry ([`super::formats::FORMATS`]).
pub struct HevyCsv;

impl Importer for HevyCsv {
    const NAME: &'static str = "Hevy CSV";
    const SHORT: &'static str = "CSV";
    const WHAT: &'static str = "a Hevy export";
    const EXTENSIONS: &'static [&'static str] = &["csv"];
    const SHAPE: Shape = Shape::Table;
    fn detect(head: &Head) -> bool {
        head.header.contains("exercise_title") || head.header.contains("set_index")
    }
    const READER: Reader = Reader::Log(|bytes, catalog, _, _| {
        lifts::found("hevy", rows(&super::decode::text(bytes)?)?, catalog)
    });
}

#[allow(non_upper_case_globals)]
impl Format {
    pub const HevyCsv: Format = Format::of::<HevyCsv>();
}
