//! TCX (Garmin Training Center XML): one run per `<Activity>`, read with the guarded quick-xml
//! walk. Distance and timer time are the laps' own totals; heart rate the laps' averages
//! weighted by lap time (else the trackpoints').

use super::activity::{run_session, written_offset};
use super::error::ReadError;
use super::geo::plausible;
use super::geo::{Point, Totals, TrackAcc};
use super::importer::{Context, Format, Found, Head, Importer, Reader, Shape};
use super::xml::{Ev, attr, local_name, walk};
use crate::domain::{Run, RunKind, Session};
use chrono::{DateTime, FixedOffset, NaiveDateTime, Utc};
use std::io::BufRead;

#[derive(Default)]
struct Lap {
    /// Its `StartTime` attribute, as written.
    start: Option<String>,
    time_s: Option<f64>,
    distance_m: Option<f64>,
    avg_hr: Option<f64>,
    max_hr: Option<f64>,
}

#[derive(Default)]
struct Activity {
    sport: Option<String>,
    laps: Vec<Lap>,
    /// The trackpoint being read.
    point: Option<Point>,
    track: TrackAcc,
    /// `<Track>`s in the current lap: a second one follows a pause.
    lap_tracks: usize,
    /// The UTC offset the first trackpoint's time is written with (where the run was).
    offset: Option<FixedOffset>,
    timed: bool,
}

/// Parses an ISO 8601 instant; one without an offset is taken as UTC.
pub fn parse_instant(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|d| d.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f")
                .ok()
                .map(|n| n.and_utc())
        })
}

fn num(t: &str, what: &str) -> Result<f64, ReadError> {
    t.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| format!("not a number in <{what}>").into())
}

/// Sessions from a TCX document, and one reason per activity that is not a run.
pub fn read<R: BufRead>(input: R, cx: &Context) -> Result<(Vec<Session>, Vec<String>), ReadError> {
    let acts = parse(input)?;
    if acts.is_empty() {
        return Err("no activity in this TCX file: nothing to import".into());
    }
    let (mut sessions, mut skipped) = (Vec::new(), Vec::new());
    let many = acts.len() > 1;
    for (n, a) in acts.into_iter().enumerate() {
        let label = |why: ReadError| why.at_if(many, || format!("activity {}", n + 1));
        match activity(a, cx) {
            Ok(s) => sessions.push(s),
            Err(why) if why.fails_file() => return Err(label(why)),
            Err(why) => skipped.push(label(why).to_string()),
        }
    }
    Ok((sessions, skipped))
}

/// The activities of the document, each with its laps and its track summed up.
fn parse<R: BufRead>(input: R) -> Result<Vec<Activity>, ReadError> {
    let mut acts: Vec<Activity> = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let root = walk(input, |ev| {
        match ev {
            Ev::Start(e) => {
                let name = local_name(e);
                match name.as_str() {
                    "Activity" => acts.push(Activity {
                        sport: attr(e, "Sport"),
                        ..Activity::default()
                    }),
                    "Lap" => {
                        if let Some(a) = acts.last_mut() {
                            a.lap_tracks = 0;
                            a.laps.push(Lap {
                                start: attr(e, "StartTime"),
                                ..Lap::default()
                            });
                        }
                    }
                    "Track" => {
                        // a lap's second track: the watch was paused inside the lap
                        if let Some(a) = acts.last_mut() {
                            if a.lap_tracks > 0 {
                                a.track.pause();
                            }
                            a.lap_tracks += 1;
                        }
                    }
                    "Trackpoint" => {
                        if let Some(a) = acts.last_mut() {
                            a.point = Some(Point::EMPTY);
                        }
                    }
                    _ => {}
                }
                stack.push(name);
            }
            Ev::End => {
                if stack.pop().as_deref() == Some("Trackpoint")
                    && let Some(a) = acts.last_mut()
                    && let Some(p) = a.point.take()
                {
                    a.track.push(&p);
                }
            }
            Ev::Text(t) => text(&mut acts, &stack, t)?,
        }
        Ok(())
    })?;
    if root != "TrainingCenterDatabase" {
        return Err("not a TCX file (the XML root is not <TrainingCenterDatabase>)".into());
    }
    Ok(acts)
}

/// One activity as a session: the laps' totals, the track's shape.
fn activity(a: Activity, cx: &Context) -> Result<Session, ReadError> {
    let named = cx.kind(a.sport.as_deref())?;
    let sum = |f: fn(&Lap) -> Option<f64>| -> Option<f64> {
        let v: Vec<f64> = a.laps.iter().filter_map(f).collect();
        (!v.is_empty()).then(|| v.iter().sum())
    };
    let weighted: Vec<(f64, f64)> = a
        .laps
        .iter()
        .filter_map(|l| Some((l.avg_hr?, l.time_s?)))
        .collect();
    let wsum: f64 = weighted.iter().map(|w| w.1).sum();
    let totals = Totals {
        distance_m: sum(|l| l.distance_m).filter(|&d| d > 0.0),
        timer_s: sum(|l| l.time_s).filter(|&t| t > 0.0),
        avg_hr: (wsum > 0.0)
            .then(|| super::geo::tenth(weighted.iter().map(|w| w.0 * w.1).sum::<f64>() / wsum)),
        max_hr: a.laps.iter().filter_map(|l| l.max_hr).reduce(f64::max),
        ascent_m: None,
    };
    if a.track.is_empty() {
        return from_laps(&a, &totals, named, cx);
    }
    let (start, run) = a.track.finish(&totals)?;
    Ok(run_session(
        "tcx",
        start,
        run,
        named,
        cx.zone.or_file(a.offset),
    ))
}

/// An activity of laps without a track (some apps export only the lap totals): its start is
/// the first lap's, its distance, time and heart rate the laps' totals.
fn from_laps(
    a: &Activity,
    totals: &Totals,
    named: Option<RunKind>,
    cx: &Context,
) -> Result<Session, ReadError> {
    let Some(written) = a.laps.first().and_then(|l| l.start.as_deref()) else {
        return Err(ReadError::NoTimestamps);
    };
    let start = parse_instant(written.trim()).ok_or("not a date and time in a Lap's StartTime")?;
    let (Some(d), Some(t)) = (totals.distance_m, totals.timer_s) else {
        return Err(ReadError::Nothing(
            "laps without a distance or a time and no track: nothing to import as a run",
        ));
    };
    plausible(d, t)?;
    let mut run = Run::new(RunKind::Easy, d, t);
    run.avg_hr = totals.avg_hr;
    run.max_hr = totals.max_hr;
    let zone = cx.zone.or_file(written_offset(written));
    Ok(run_session("tcx", start, run, named, zone))
}

/// Stores one text node by where it sits.
fn text(acts: &mut [Activity], stack: &[String], t: &str) -> Result<(), ReadError> {
    let Some(a) = acts.last_mut() else {
        return Ok(());
    };
    let tail: Vec<&str> = stack.iter().rev().take(3).map(String::as_str).collect();
    match tail.as_slice() {
        ["TotalTimeSeconds", "Lap", ..] => last_lap(a).time_s = Some(num(t, tail[0])?),
        ["DistanceMeters", "Lap", ..] => last_lap(a).distance_m = Some(num(t, tail[0])?),
        ["Value", "AverageHeartRateBpm", "Lap"] => last_lap(a).avg_hr = Some(num(t, tail[1])?),
        ["Value", "MaximumHeartRateBpm", "Lap"] => last_lap(a).max_hr = Some(num(t, tail[1])?),
        [field, "Trackpoint", ..] | [field, "Position", "Trackpoint"] => {
            let Some(p) = a.point.as_mut() else {
                return Ok(());
            };
            match *field {
                "Time" => {
                    p.time = Some(parse_instant(t).ok_or("not a date and time in <Time>")?);
                    if !a.timed {
                        a.timed = true;
                        a.offset = written_offset(t);
                    }
                }
                "AltitudeMeters" => p.ele = Some(num(t, field)?),
                "DistanceMeters" => p.distance = Some(num(t, field)?),
                "LatitudeDegrees" => p.lat = Some(num(t, field)?),
                "LongitudeDegrees" => p.lon = Some(num(t, field)?),
                _ => {}
            }
        }
        ["Value", "HeartRateBpm", "Trackpoint"] => {
            if let Some(p) = a.point.as_mut() {
                p.hr = Some(num(t, tail[1])?.round().clamp(0.0, 400.0) as u16);
            }
        }
        _ => {}
    }
    Ok(())
}

fn last_lap(a: &mut Activity) -> &mut Lap {
    if a.laps.is_empty() {
        a.laps.push(Lap::default());
    }
    a.laps.last_mut().expect("just ensured")
}

/// TCX in the registry ([`super::formats::FORMATS`]).
pub struct Tcx;

impl Importer for Tcx {
    const NAME: &'static str = "TCX";
    const SHORT: &'static str = "TCX";
    const WHAT: &'static str = "a TCX file";
    const EXTENSIONS: &'static [&'static str] = &["tcx"];
    const SHAPE: Shape = Shape::Xml;
    fn detect(head: &Head) -> bool {
        head.text.contains("TrainingCenterDatabase")
    }
    const READER: Reader = Reader::Stream {
        bytes: |b, cx| read(b, cx).map(Found::activities),
        file: |f, cx| read(f, cx).map(Found::activities),
    };
}

#[allow(non_upper_case_globals)]
impl Format {
    pub const Tcx: Format = Format::of::<Tcx>();
}
