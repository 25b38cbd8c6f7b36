//! FIT (Garmin, Wahoo, Coros... binary): one run per `session` message, read with `fitparser`.
//! Totals come from the session message (the device's distance, timer time, heart rate);
//! positions, altitude and time from the `record` messages inside the session's time span.

use super::activity::{Zone, run_kind, run_session};
use super::error::ReadError;
use super::fit_decode::{Decoded, decode, field, float, instant, label};
use super::fit_strength;
use super::geo::{Point, Totals, TrackAcc};
use super::importer::{Context, Format, Found, Head, Importer, Reader, Shape};
use crate::domain::{RunKind, Session};
use chrono::{DateTime, FixedOffset, Local, NaiveDate, TimeDelta, TimeZone, Utc};
use fitparser::profile::MesgNum;
use fitparser::{FitDataRecord, Value};

/// Degrees per semicircle: 180 / 2^31.
const SEMICIRCLE_DEG: f64 = 180.0 / 2_147_483_648.0;

/// Sessions from a FIT file (runs, and strength training with its sets), one reason per
/// session that is neither, and the exercises of its sets legday does not know.
pub fn read(bytes: &[u8], cx: &Context) -> Result<Found, ReadError> {
    let Decoded {
        records,
        cut,
        fields,
    } = decode(bytes).ok_or("corrupt or truncated FIT file (the FIT decoder stopped)")?;
    if let Some(what) = not_an_activity(&records) {
        return Ok(Found {
            skipped: vec![format!("{what}, not an activity")],
            ..Found::default()
        });
    }
    let mut points: Vec<Point> = records
        .iter()
        .filter(|r| r.kind() == MesgNum::Record)
        .map(point)
        .collect();
    mark_timer_stops(&records, &mut points);
    let fit_sessions: Vec<&FitDataRecord> = records
        .iter()
        .filter(|r| r.kind() == MesgNum::Session)
        .collect();
    let zone = cx.zone.or_file(local_offset(&records));
    if fit_sessions.is_empty() {
        // a recording cut short before its summary: the run from its records, if it has any
        if cut.is_none() || points.iter().all(|p| p.time.is_none()) {
            return Err(
                "an activity FIT file without a session summary (incomplete recording?)".into(),
            );
        }
        let mut found = Found::default();
        match from_records(&records, &points, zone, cx) {
            Ok(s) => found.sessions.push(s),
            Err(why) if why.fails_file() => return Err(why),
            Err(why) => found.skipped.push(why.to_string()),
        }
        found.skipped.extend(cut);
        found.skipped.extend(fields);
        return Ok(found);
    }
    let (mut sessions, mut skipped) = (Vec::new(), Vec::new());
    let mut unknown = fit_strength::Unknown::default();
    let many = fit_sessions.len() > 1;
    for (n, s) in fit_sessions.iter().enumerate() {
        let tag = |why: ReadError| why.at_if(many, || format!("session {}", n + 1));
        // an export's row saying it is a run makes it one; else strength training is lifting
        let lifting = cx.sport.is_none() && fit_strength::is_strength(s);
        let read = if lifting {
            fit_strength::session(s, &records, many, zone, &mut unknown)
        } else {
            session(s, &points, many, zone, cx)
        };
        match read {
            Ok(x) => sessions.push(x),
            Err(why @ ReadError::Refused(_)) => return Err(tag(why)),
            Err(why) => skipped.push(tag(why).to_string()),
        }
    }
    skipped.extend(cut);
    skipped.extend(fields);
    Ok(Found {
        sessions,
        skipped,
        unmatched: unknown.into_unmatched(),
        extras: None,
    })
}

/// The UTC offset where the activity was recorded: the activity message's `local_timestamp`
/// less its `timestamp`, to the quarter hour (`None` without both, or beyond ±14 h).
fn local_offset(records: &[FitDataRecord]) -> Option<FixedOffset> {
    let a = records.iter().find(|r| r.kind() == MesgNum::Activity)?;
    let utc = instant(a, "timestamp")?;
    let Value::Timestamp(local) = field(a, "local_timestamp")? else {
        return None;
    };
    // fitparser reads a local time as seconds after 1989-12-31 00:00 in this machine's zone;
    // the same seconds after that date as a wall clock are the device's local time
    let epoch = NaiveDate::from_ymd_opt(1989, 12, 31)?.and_hms_opt(0, 0, 0)?;
    let base = Local.from_local_datetime(&epoch).single()?;
    let wall = epoch + chrono::Duration::seconds(local.timestamp() - base.timestamp());
    let secs = (wall - utc.naive_utc()).num_seconds();
    let quarter = ((secs as f64 / 900.0).round() as i32) * 900;
    (quarter.abs() <= 14 * 3600)
        .then(|| FixedOffset::east_opt(quarter))
        .flatten()
}

/// What a FIT file that is not an activity holds (`None` for an activity, or no file id).
fn not_an_activity(records: &[FitDataRecord]) -> Option<String> {
    let file_type = records
        .iter()
        .find(|r| r.kind() == MesgNum::FileId)
        .and_then(|r| label(r, "type"))?;
    Some(match file_type.as_str() {
        "activity" => return None,
        "weight" => "a weight-scale file".to_string(),
        "settings" => "a device settings file".to_string(),
        "monitoring_a" | "monitoring_b" | "monitoring_daily" => "a daily monitoring file".into(),
        "workout" => "a planned workout".to_string(),
        o => format!("a FIT file of type {}", super::activity::printable(o)),
    })
}

/// Marks the first record after each timer stop (an `event` message of event `timer`, type
/// `stop` or `stop_all`: the watch was paused, by hand or by auto-pause) as resumed (§2).
fn mark_timer_stops(records: &[FitDataRecord], points: &mut [Point]) {
    let mut stops: Vec<DateTime<Utc>> = records
        .iter()
        .filter(|r| r.kind() == MesgNum::Event)
        .filter(|r| label(r, "event").as_deref() == Some("timer"))
        .filter(|r| {
            matches!(
                label(r, "event_type").as_deref(),
                Some("stop" | "stop_all" | "stop_disable" | "stop_disable_all")
            )
        })
        .filter_map(|r| instant(r, "timestamp"))
        .collect();
    stops.sort();
    let mut next = stops.into_iter().peekable();
    for p in points.iter_mut() {
        let Some(t) = p.time else { continue };
        let mut stopped = false;
        while next.peek().is_some_and(|&s| s < t) {
            next.next();
            stopped = true;
        }
        p.resumed = stopped;
    }
}

fn point(r: &FitDataRecord) -> Point {
    Point {
        lat: float(r, "position_lat").map(|v| v * SEMICIRCLE_DEG),
        lon: float(r, "position_long").map(|v| v * SEMICIRCLE_DEG),
        ele: float(r, "enhanced_altitude").or_else(|| float(r, "altitude")),
        time: instant(r, "timestamp"),
        hr: float(r, "heart_rate").map(|h| h.round().clamp(0.0, 400.0) as u16),
        distance: float(r, "distance"),
        resumed: false,
    }
}

/// The run's kind from the session's sport and sub-sport, or the sport an export's index gives
/// the file (`Err` when it is not a run).
fn kind(s: &FitDataRecord, cx: &Context) -> Result<Option<RunKind>, ReadError> {
    if cx.sport.is_some() {
        return cx.kind(None);
    }
    let named = cx.kind(label(s, "sport").as_deref())?;
    let sub = label(s, "sub_sport").filter(|x| x != "generic");
    Ok(match sub.as_deref().map(|x| run_kind(Some(x))) {
        Some(Ok(Some(k))) => Some(k),
        _ => named,
    })
}

/// One FIT session message as a run: the device's totals, the records inside its time span.
fn session(
    s: &FitDataRecord,
    points: &[Point],
    many: bool,
    zone: Zone,
    cx: &Context,
) -> Result<Session, ReadError> {
    let named = kind(s, cx)?;
    let start = instant(s, "start_time");
    let end = instant(s, "timestamp");
    let inside = |p: &&Point| match (p.time, start, end) {
        (Some(t), Some(a), Some(b)) if many => a <= t && t <= b,
        _ => true,
    };
    let mut track = TrackAcc::default();
    if let Some(t0) = start
        && points
            .iter()
            .filter(inside)
            .all(|p| p.time.is_none_or(|t| t > t0))
    {
        let distance = points.iter().find(inside).and_then(|p| p.distance);
        track.push(&Point {
            time: Some(t0),
            distance,
            ..Point::EMPTY
        });
    }
    points.iter().filter(inside).for_each(|p| track.push(p));
    // a session summary that stops before its records (Suunto leaves the last lap out of it):
    // the distance and time come from the records
    let past_end =
        |p: &Point| matches!((p.time, end), (Some(t), Some(e)) if t > e + TimeDelta::seconds(10));
    let summary_short = !many && points.iter().any(past_end);
    let totals = Totals {
        distance_m: float(s, "total_distance")
            .filter(|&d| d > 0.0)
            .filter(|_| !summary_short),
        timer_s: float(s, "total_timer_time")
            .filter(|&t| t > 0.0)
            .filter(|_| !summary_short),
        avg_hr: float(s, "avg_heart_rate"),
        max_hr: float(s, "max_heart_rate"),
        ascent_m: float(s, "total_ascent"),
    };
    let (t0, run) = track.finish(&totals)?;
    Ok(run_session("fit", start.unwrap_or(t0), run, named, zone))
}

/// A run from the records alone (a file cut short before its session message), its sport from
/// the file's `sport` message.
fn from_records(
    records: &[FitDataRecord],
    points: &[Point],
    zone: Zone,
    cx: &Context,
) -> Result<Session, ReadError> {
    let sport = records
        .iter()
        .find(|r| r.kind() == MesgNum::Sport)
        .and_then(|r| label(r, "sport"));
    let named = cx.kind(sport.as_deref())?;
    let mut track = TrackAcc::default();
    points.iter().for_each(|p| track.push(p));
    let (t0, run) = track.finish(&Totals::default())?;
    Ok(run_session("fit", t0, run, named, zone))
}

/// FIT in the registry ([`super::formats::FORMATS`]).
pub struct Fit;

impl Importer for Fit {
    const NAME: &'static str = "FIT";
    const SHORT: &'static str = "FIT";
    const WHAT: &'static str = "a FIT file";
    const EXTENSIONS: &'static [&'static str] = &["fit"];
    const SHAPE: Shape = Shape::Binary;
    /// The `.FIT` signature at bytes 8 to 11 of the file header.
    fn detect(head: &Head) -> bool {
        head.bytes.len() >= 12 && &head.bytes[8..12] == b".FIT"
    }
    const READER: Reader = Reader::Bytes(read);
}

#[allow(non_upper_case_globals)]
impl Format {
    pub const Fit: Format = Format::of::<Fit>();
}
