//! GPX: one run per track, read with the `gpx` crate. That crate drops `<extensions>`, so heart
//! rate (Garmin's `TrackPointExtension/hr`, used by Garmin, Wahoo, Strava...) is collected by the
//! guarded quick-xml walk that runs first anyway.

use super::activity::{Zone, run_kind, run_session};
use super::geo::{Point, Totals, run_from_track};
use super::xml::{Ev, local_name, walk};
use crate::domain::Session;
use chrono::{DateTime, Utc};

/// Sessions from a GPX document, and one reason per track that is not a run.
pub fn read(bytes: &[u8], zone: Zone) -> Result<(Vec<Session>, Vec<String>), String> {
    let hr = heart_rates(bytes)?;
    let doc = gpx::read(bytes)
        .map_err(|_| "not valid GPX: the GPX parser rejected its structure".to_string())?;
    if doc.tracks.is_empty() {
        return Err(if doc.routes.is_empty() {
            "no track in this GPX file: nothing to import".into()
        } else {
            "a planned route (no recorded track with timestamps): nothing to import".into()
        });
    }
    let (mut sessions, mut skipped) = (Vec::new(), Vec::new());
    let mut hr = hr.into_iter();
    for (n, trk) in doc.tracks.iter().enumerate() {
        let points: Vec<Point> = trk
            .segments
            .iter()
            .flat_map(|s| &s.points)
            .map(|w| {
                let p = w.point();
                Point {
                    lat: Some(p.y()),
                    lon: Some(p.x()),
                    ele: w.elevation,
                    time: w.time.and_then(to_utc),
                    hr: hr.next().flatten(),
                    distance: None,
                }
            })
            .collect();
        let label = |why: String| {
            if doc.tracks.len() > 1 {
                format!("track {}: {why}", n + 1)
            } else {
                why
            }
        };
        let kind = match run_kind(trk.type_.as_deref()) {
            Ok(k) => k,
            Err(why) => {
                skipped.push(label(why));
                continue;
            }
        };
        if points.is_empty() {
            skipped.push(label("an empty track".into()));
            continue;
        }
        match run_from_track(&points, &Totals::default()) {
            Ok((start, mut run)) => {
                run.kind = kind;
                sessions.push(run_session("gpx", start, run, zone));
            }
            Err(why) if why.starts_with("no timestamps") => return Err(label(why)),
            Err(why) => skipped.push(label(why)),
        }
    }
    Ok((sessions, skipped))
}

fn to_utc(t: gpx::Time) -> Option<DateTime<Utc>> {
    let s = t.format().ok()?;
    DateTime::parse_from_rfc3339(&s)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

/// The heart rate of every `trkpt` in document order (`None` where it has none). Also the
/// security gate: refuses entity declarations, deep nesting and truncated documents.
fn heart_rates(bytes: &[u8]) -> Result<Vec<Option<u16>>, String> {
    let mut out: Vec<Option<u16>> = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let root = walk(bytes, |_, ev| match ev {
        Ev::Start(e) => {
            let name = local_name(e);
            if name == "trkpt" {
                out.push(None);
            }
            stack.push(name);
        }
        Ev::End => {
            stack.pop();
        }
        Ev::Text(t) => {
            let in_trkpt = stack.iter().any(|n| n == "trkpt");
            if in_trkpt
                && matches!(stack.last().map(String::as_str), Some("hr" | "heartrate"))
                && let Some(last) = out.last_mut()
            {
                *last = t.parse::<f64>().ok().map(|v| v.round() as u16);
            }
        }
    })?;
    if root != "gpx" {
        return Err("not a GPX file (the XML root is not <gpx>)".into());
    }
    Ok(out)
}
