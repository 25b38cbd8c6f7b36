//! Garmin Connect's account export lists every activity in
//! `DI_CONNECT/DI-Connect-Fitness/<user>_0_summarizedActivities.json`
//! (`[{"summarizedActivitiesExport": [{"activityId", "name", "activityType", "startTimeGmt",
//! "startTimeLocal", "duration", "elapsedDuration", "movingDuration", "distance", "avgHr",
//! "maxHr"...}]}]`; times in milliseconds since 1970, distances in centimetres). Its activities
//! are sessions of their own, like the rows of Strava's `activities.csv` without a file; those
//! that also have a FIT in the export are the same activity and merge with it.

use super::error::ReadError;
use super::importer::{Format, Head, Importer, Reader, Shape};
use super::strava::{ActivityList, Row};
use chrono::{DateTime, FixedOffset};
use serde_json::Value;

fn number(a: &Value, key: &str) -> Option<f64> {
    a.get(key)?.as_f64().filter(|x| x.is_finite())
}

/// The activities of a `summarizedActivities.json`.
pub fn parse(text: &str) -> Result<ActivityList, ReadError> {
    let doc: Value = serde_json::from_str(text)
        .map_err(|e| format!("not valid JSON (line {}, column {})", e.line(), e.column()))?;
    let lists = match &doc {
        Value::Array(parts) => parts.iter().collect(),
        other => vec![other],
    };
    let mut rows = Vec::new();
    for part in lists {
        let Some(Value::Array(list)) = part.get("summarizedActivitiesExport") else {
            continue;
        };
        for a in list {
            let Some(start) =
                number(a, "startTimeGmt").and_then(|ms| DateTime::from_timestamp_millis(ms as i64))
            else {
                continue;
            };
            // startTimeLocal is the wall clock written as if it were UTC
            let offset = number(a, "startTimeLocal")
                .map(|local| ((local - start.timestamp_millis() as f64) / 1000.0).round() as i32)
                .map(|s| (s as f64 / 900.0).round() as i32 * 900)
                .filter(|s| *s != 0 && s.abs() <= 14 * 3600)
                .and_then(FixedOffset::east_opt);
            let kind = match a.get("activityType") {
                Some(Value::String(k)) => k.clone(),
                Some(t) => t
                    .get("typeKey")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                None => String::new(),
            };
            let seconds = |key: &str| number(a, key).map(|ms| ms / 1000.0).filter(|&s| s > 0.0);
            let name = a.get("name").and_then(Value::as_str).unwrap_or_default();
            rows.push(Row {
                id: a
                    .get("activityId")
                    .map(|v| v.to_string())
                    .unwrap_or_default(),
                start: Some(start),
                name: name.to_string(),
                kind,
                note: (!name.trim().is_empty()).then(|| name.trim().to_string()),
                elapsed_s: seconds("elapsedDuration").or_else(|| seconds("duration")),
                moving_s: seconds("movingDuration"),
                distance_m: number(a, "distance")
                    .map(|cm| cm / 100.0)
                    .filter(|&m| m > 0.0),
                avg_hr: number(a, "avgHr").filter(|&h| h > 0.0),
                max_hr: number(a, "maxHr").filter(|&h| h > 0.0),
                source: "garmin",
                offset,
                ..Row::default()
            });
        }
    }
    Ok(ActivityList::of_rows(Format::GarminSummary, rows))
}

/// Garmin's `summarizedActivities.json` in the registry ([`super::formats::FORMATS`]).
pub struct GarminSummary;

impl Importer for GarminSummary {
    const NAME: &'static str = "Garmin summarizedActivities.json";
    const SHORT: &'static str = "JSON";
    const WHAT: &'static str = "a Garmin summarizedActivities.json";
    const EXTENSIONS: &'static [&'static str] = &["json"];
    const SHAPE: Shape = Shape::Json;
    fn detect(head: &Head) -> bool {
        head.text.contains("\"summarizedActivitiesExport\"")
    }
    const READER: Reader = Reader::Index(|input| parse(&super::decode::read_text(input)?));
}

#[allow(non_upper_case_globals)]
impl Format {
    pub const GarminSummary: Format = Format::of::<GarminSummary>();
}
