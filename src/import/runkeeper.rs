//! Runkeeper's export: `cardioActivities.csv` (`Activity Id,Date,Type,Route Name,Distance (km),
//! Duration,Average Pace,Average Speed (km/h),Calories Burned,Climb (m),Average Heart Rate (bpm),
//! Friend's Tagged,Notes,GPX File`; `Distance (mi)` in an imperial account) beside one GPX file
//! per activity with a track. Like Strava's `activities.csv` it is the export's index: a row
//! gives its GPX a note and a sport (a ride is skipped by its type); a row without a file is a
//! session of its own. Its dates are the phone's wall clock, dated as written.

use super::error::ReadError;
use super::importer::{Format, Head, Importer, Reader, Shape};
use super::lifts::{self, M_PER_MI};
use super::strava::{ActivityList, Row};
use super::table::{Table, cell};

/// The rows of a `cardioActivities.csv`.
pub fn parse(text: &str) -> Result<ActivityList, ReadError> {
    let t = Table::parse(text)?;
    let req = t.require(&[
        ("Activity Id", &["activity id"]),
        ("Date", &["date"]),
        ("Type", &["type"]),
    ])?;
    let c_km = t.col(&["distance (km)"]);
    let c_mi = t.col(&["distance (mi)"]);
    let (c_name, c_notes, c_file, c_time, c_hr) = (
        t.col(&["route name"]),
        t.col(&["notes"]),
        t.col(&["gpx file"]),
        t.col(&["duration"]),
        t.col(&["average heart rate (bpm)"]),
    );
    let mut rows = Vec::with_capacity(t.rows.len());
    for (n, r) in t.rows.iter().enumerate() {
        let at = || format!("data row {}", n + 1);
        let bad = |col: &str| ReadError::from(format!("not a number in column {col}")).at(at());
        let start = lifts::datetime(cell(r, Some(req[1])))
            .ok_or_else(|| ReadError::from("not a date in column Date").at(at()))?;
        let km = lifts::number(cell(r, c_km)).map_err(|_| bad("Distance (km)"))?;
        let mi = lifts::number(cell(r, c_mi)).map_err(|_| bad("Distance (mi)"))?;
        let distance_m = km.map(|d| d * 1000.0).or(mi.map(|d| d * M_PER_MI));
        let duration = cell(r, c_time).trim();
        let elapsed_s = match duration {
            "" => None,
            d => Some(lifts::minutes(d, false).ok_or_else(|| bad("Duration"))? * 60.0),
        };
        let (name, notes) = (cell(r, c_name).trim(), cell(r, c_notes).trim());
        let note = match (name, notes) {
            ("", "") => None,
            (x, "") | ("", x) => Some(x.to_string()),
            (a, b) => Some(format!("{a} — {b}")),
        };
        rows.push(Row {
            id: cell(r, Some(req[0])).trim().to_string(),
            start: Some(start.and_utc()),
            name: name.to_string(),
            kind: cell(r, Some(req[2])).trim().to_string(),
            note,
            filename: cell(r, c_file).trim().to_string(),
            elapsed_s: elapsed_s.filter(|&s| s > 0.0),
            distance_m: distance_m.filter(|&d| d > 0.0),
            avg_hr: lifts::number(cell(r, c_hr))
                .map_err(|_| bad("Average Heart Rate (bpm)"))?
                .filter(|&h| h > 0.0),
            source: "runkeeper",
            wall_clock: true,
            ..Row::default()
        });
    }
    Ok(ActivityList::of_rows(Format::RunkeeperCsv, rows))
}

/// Runkeeper's `cardioActivities.csv` in the registry ([`super::formats::FORMATS`]).
pub struct RunkeeperCsv;

impl Importer for RunkeeperCsv {
    const NAME: &'static str = "Runkeeper cardioActivities.csv";
    const SHORT: &'static str = "CSV";
    const WHAT: &'static str = "a Runkeeper cardioActivities.csv";
    const EXTENSIONS: &'static [&'static str] = &["csv"];
    const SHAPE: Shape = Shape::Table;
    const INDEX_NAME: Option<&'static str> = Some("cardioactivities.csv");
    fn detect(head: &Head) -> bool {
        head.header.contains("activity id") && head.header.contains("gpx file")
    }
    const READER: Reader = Reader::Index(|input| parse(&super::decode::read_text(input)?));
}

#[allow(non_upper_case_globals)]
impl Format {
    pub const RunkeeperCsv: Format = Format::of::<RunkeeperCsv>();
}
