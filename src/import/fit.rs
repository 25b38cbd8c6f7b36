//! FIT (Garmin, Wahoo, Coros... binary): one run per `session` message, read with `fitparser`.
//! Totals come from the session message (the device's distance, timer time, heart rate);
//! positions, altitude and time from the `record` messages inside the session's time span.

use super::activity::{Zone, run_kind, run_session};
use super::geo::{Point, Totals, run_from_track};
use crate::domain::Session;
use chrono::{DateTime, Utc};
use fitparser::de::{FitObject, FitStreamProcessor};
use fitparser::profile::MesgNum;
use fitparser::{FitDataRecord, Value};

/// Degrees per semicircle: 180 / 2^31.
const SEMICIRCLE_DEG: f64 = 180.0 / 2_147_483_648.0;

fn field<'a>(r: &'a FitDataRecord, name: &str) -> Option<&'a Value> {
    r.fields()
        .iter()
        .find(|f| f.name() == name)
        .map(|f| f.value())
}

fn float(r: &FitDataRecord, name: &str) -> Option<f64> {
    let v = field(r, name)?;
    if let Value::Timestamp(_) | Value::String(_) = v {
        return None;
    }
    let x: f64 = v.clone().try_into().ok()?;
    x.is_finite().then_some(x)
}

fn instant(r: &FitDataRecord, name: &str) -> Option<DateTime<Utc>> {
    match field(r, name)? {
        Value::Timestamp(t) => Some(t.with_timezone(&Utc)),
        _ => None,
    }
}

fn label(r: &FitDataRecord, name: &str) -> Option<String> {
    field(r, name).map(|v| v.to_string())
}

/// `fitparser::from_bytes`, refusing a file header that declares fewer than 12 bytes or more
/// than are left: fitparser 0.10 slices and subtracts by the declared size and panics (found by
/// fuzzing). The decoder's position is mirrored to know when it will read a header: at the
/// start, and whenever it is past the end of the current file's messages (FIT files chain).
fn decode(mut buf: &[u8]) -> Option<Vec<FitDataRecord>> {
    let mut processor = FitStreamProcessor::new();
    let mut records = Vec::new();
    let (mut pos, mut end) = (0usize, 0usize);
    while !buf.is_empty() {
        let header_next = pos == 0 || pos > end;
        if header_next && !(12..=buf.len()).contains(&usize::from(buf[0])) {
            return None;
        }
        let (rest, obj) = processor.deserialize_next(buf).ok()?;
        match obj {
            FitObject::Header(h) => {
                end = pos + usize::from(h.header_size()) + h.data_size() as usize;
                pos += usize::from(h.header_size());
            }
            FitObject::Crc(..) => {
                processor.reset();
                pos += 2;
            }
            FitObject::DataMessage(msg) => {
                pos += buf.len() - rest.len();
                records.push(processor.decode_message(msg).ok()?);
            }
            FitObject::DefinitionMessage(..) => pos += buf.len() - rest.len(),
        }
        buf = rest;
    }
    Some(records)
}

/// Sessions from a FIT file, and one reason per session that is not a run.
pub fn read(bytes: &[u8], zone: Zone) -> Result<(Vec<Session>, Vec<String>), String> {
    let records = decode(bytes).ok_or("corrupt or truncated FIT file (the FIT decoder stopped)")?;
    let file_type = records
        .iter()
        .find(|r| r.kind() == MesgNum::FileId)
        .and_then(|r| label(r, "type"));
    match file_type.as_deref() {
        Some("activity") | None => {}
        Some(other) => {
            let what = match other {
                "weight" => "a weight-scale file".to_string(),
                "settings" => "a device settings file".to_string(),
                "monitoring_a" | "monitoring_b" | "monitoring_daily" => {
                    "a daily monitoring file".to_string()
                }
                "workout" => "a planned workout".to_string(),
                o => format!("a FIT file of type {}", super::activity::printable(o)),
            };
            return Ok((Vec::new(), vec![format!("{what}, not an activity")]));
        }
    }
    let points: Vec<Point> = records
        .iter()
        .filter(|r| r.kind() == MesgNum::Record)
        .map(|r| Point {
            lat: float(r, "position_lat").map(|v| v * SEMICIRCLE_DEG),
            lon: float(r, "position_long").map(|v| v * SEMICIRCLE_DEG),
            ele: float(r, "enhanced_altitude").or_else(|| float(r, "altitude")),
            time: instant(r, "timestamp"),
            hr: float(r, "heart_rate").map(|h| h.round() as u16),
            distance: float(r, "distance"),
        })
        .collect();
    let fit_sessions: Vec<&FitDataRecord> = records
        .iter()
        .filter(|r| r.kind() == MesgNum::Session)
        .collect();
    if fit_sessions.is_empty() {
        return Err(
            "an activity FIT file without a session summary (incomplete recording?)".into(),
        );
    }
    let (mut sessions, mut skipped) = (Vec::new(), Vec::new());
    let many = fit_sessions.len() > 1;
    for (n, s) in fit_sessions.iter().enumerate() {
        let tag = |why: String| {
            if many {
                format!("session {}: {why}", n + 1)
            } else {
                why
            }
        };
        let sport = label(s, "sport");
        let sub = label(s, "sub_sport").filter(|x| x != "generic");
        let kind = match run_kind(sport.as_deref()) {
            Ok(k) => match sub.as_deref().map(|x| run_kind(Some(x))) {
                Some(Ok(sk)) if sk != crate::domain::RunKind::Easy => sk,
                _ => k,
            },
            Err(why) => {
                skipped.push(tag(why));
                continue;
            }
        };
        let start = instant(s, "start_time");
        let end = instant(s, "timestamp");
        let mut pts: Vec<Point> = points
            .iter()
            .filter(|p| match (p.time, start, end) {
                (Some(t), Some(a), Some(b)) if many => a <= t && t <= b,
                _ => true,
            })
            .copied()
            .collect();
        if let Some(t0) = start
            && pts.iter().all(|p| p.time.is_none_or(|t| t > t0))
        {
            let distance = pts.first().and_then(|p| p.distance);
            pts.insert(
                0,
                Point {
                    time: Some(t0),
                    distance,
                    ..Point::EMPTY
                },
            );
        }
        let totals = Totals {
            distance_m: float(s, "total_distance").filter(|&d| d > 0.0),
            timer_s: float(s, "total_timer_time").filter(|&t| t > 0.0),
            avg_hr: float(s, "avg_heart_rate").map(|h| h.round() as u16),
            max_hr: float(s, "max_heart_rate").map(|h| h.round() as u16),
            ascent_m: float(s, "total_ascent"),
        };
        match run_from_track(&pts, &totals) {
            Ok((t0, mut run)) => {
                run.kind = kind;
                sessions.push(run_session("fit", start.unwrap_or(t0), run, zone));
            }
            Err(why) => skipped.push(tag(why)),
        }
    }
    Ok((sessions, skipped))
}
