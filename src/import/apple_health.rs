//! Apple Health's `export.xml` (in `export.zip`, beside `workout-routes/*.gpx`): its `<Workout>`
//! elements as an export index, like Strava's `activities.csv`. A workout's route GPX
//! (`<WorkoutRoute><FileReference path=...>`) is joined to it (the workout's sport wins); a
//! workout without a route is a session of its own: running from its distance and duration (an
//! indoor run on a treadmill),
//! traditional and functional strength training as strength minutes; walks, hikes, rides and
//! the rest are skipped with the reason. Dates carry their offset (`2023-05-01 07:00:00 +0200`)
//! and are dated there.

use super::error::ReadError;
use super::importer::{Format, Head, Importer, Reader, Shape};
use super::lifts::M_PER_MI;
use super::strava::{ActivityList, Row};
use super::xml::{Ev, attr, local_name, walk};
use chrono::DateTime;

/// A quantity in metres or seconds from Apple's value and unit.
fn metres(v: &str, unit: &str) -> Option<f64> {
    let x: f64 = v
        .trim()
        .parse()
        .ok()
        .filter(|x: &f64| x.is_finite() && *x > 0.0)?;
    Some(match unit.trim() {
        "km" => x * 1000.0,
        "mi" => x * M_PER_MI,
        "m" => x,
        _ => return None,
    })
}

fn seconds(v: &str, unit: &str) -> Option<f64> {
    let x: f64 = v
        .trim()
        .parse()
        .ok()
        .filter(|x: &f64| x.is_finite() && *x > 0.0)?;
    Some(match unit.trim() {
        "min" => x * 60.0,
        "s" | "sec" => x,
        "hr" | "h" => x * 3600.0,
        _ => return None,
    })
}

/// The workouts of an `export.xml`, streamed (it may be hundreds of megabytes: only the
/// workouts are kept).
pub fn parse(input: &mut dyn std::io::BufRead) -> Result<ActivityList, ReadError> {
    let mut rows: Vec<Row> = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let root = walk(input, |ev| {
        match ev {
            Ev::Start(e) => {
                let name = local_name(e);
                let get = |k: &str| attr(e, k).unwrap_or_default();
                match name.as_str() {
                    "Workout" => {
                        let written = get("startDate");
                        let start =
                            DateTime::parse_from_str(written.trim(), "%Y-%m-%d %H:%M:%S %z")
                                .map_err(|_| ReadError::from("a Workout without a startDate"))?;
                        let kind = get("workoutActivityType");
                        let kind = kind.trim_start_matches("HKWorkoutActivityType").to_string();
                        rows.push(Row {
                            id: written.trim().to_string(),
                            start: Some(start.to_utc()),
                            name: get("sourceName"),
                            kind,
                            elapsed_s: seconds(&get("duration"), &get("durationUnit")),
                            distance_m: metres(&get("totalDistance"), &get("totalDistanceUnit")),
                            source: "apple_health",
                            offset: Some(*start.offset()).filter(|o| o.local_minus_utc() != 0),
                            ..Row::default()
                        });
                    }
                    "WorkoutStatistics" if stack.last().is_some_and(|p| p == "Workout") => {
                        let kind = get("type");
                        if let Some(row) = rows.last_mut()
                            && row.distance_m.is_none()
                            && kind.contains("Distance")
                        {
                            row.distance_m = metres(&get("sum"), &get("unit"));
                        }
                    }
                    // an indoor run is a treadmill run
                    "MetadataEntry"
                        if stack.last().is_some_and(|p| p == "Workout")
                            && get("key") == "HKIndoorWorkout"
                            && get("value") == "1" =>
                    {
                        if let Some(row) = rows.last_mut()
                            && row.kind == "Running"
                        {
                            row.kind = "indoor_running".into();
                        }
                    }
                    "FileReference" if stack.last().is_some_and(|p| p == "WorkoutRoute") => {
                        if let Some(row) = rows.last_mut() {
                            row.filename = get("path");
                        }
                    }
                    _ => {}
                }
                stack.push(name);
            }
            Ev::End => {
                stack.pop();
            }
            Ev::Text(_) => {}
        }
        Ok(())
    })?;
    if root != "HealthData" {
        return Err("not an Apple Health export (the XML root is not <HealthData>)".into());
    }
    Ok(ActivityList::of_rows(Format::AppleHealth, rows))
}

/// Apple Health's `export.xml` in the registry ([`super::formats::FORMATS`]).
pub struct AppleHealth;

impl Importer for AppleHealth {
    const NAME: &'static str = "Apple Health export.xml";
    const SHORT: &'static str = "XML";
    const WHAT: &'static str = "an Apple Health export.xml";
    const EXTENSIONS: &'static [&'static str] = &["xml"];
    const SHAPE: Shape = Shape::Xml;
    const INDEX_NAME: Option<&'static str> = Some("export.xml");
    fn detect(head: &Head) -> bool {
        // the root, or the document type naming it (Apple's DTD runs past the first 4 KiB)
        head.text.contains("<HealthData") || head.text.contains("<!DOCTYPE HealthData")
    }
    const READER: Reader = Reader::Index(parse);
}

#[allow(non_upper_case_globals)]
impl Format {
    pub const AppleHealth: Format = Format::of::<AppleHealth>();
}
