//! GPX 1.0 and 1.1: one run per track, streamed with the guarded quick-xml walk (no document
//! tree: a 50 MB file is read in one pass with a few kilobytes of state). Anything the reader
//! does not need (GPX 1.0's `<course>`/`<speed>`, vendor extensions) is passed over; heart rate
//! comes from Garmin's `TrackPointExtension/hr` (used by Garmin, Wahoo, Strava...).

use super::activity::{Zone, run_session, written_offset};
use super::error::ReadError;
use super::geo::{Point, Totals, TrackAcc};
use super::importer::{Context, Format, Found, Head, Importer, Reader, Shape};
use super::tcx::parse_instant;
use super::xml::{Ev, attr, walk};
use crate::domain::{RunKind, Session};
use chrono::FixedOffset;
use quick_xml::events::BytesStart;
use std::io::BufRead;

/// Where a text node sits, as far as this reader cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Trk,
    TrkType,
    Trkpt,
    Ele,
    Time,
    Hr,
    Rte,
    Other,
}

#[derive(Default)]
struct Track {
    label: Option<String>,
    /// The UTC offset the track's first time is written with (where the run was).
    offset: Option<FixedOffset>,
    timed: bool,
    acc: TrackAcc,
    /// The track as a session (or why not), made at its `</trk>`: its points are let go then,
    /// so a file of many tracks never holds them all.
    done: Option<Result<Session, ReadError>>,
}

#[derive(Default)]
struct State {
    cx: Context,
    stack: Vec<Tag>,
    tracks: Vec<Track>,
    point: Option<Point>,
    routes: usize,
}

impl State {
    fn start(&mut self, e: &BytesStart<'_>) -> Result<(), ReadError> {
        let parent = self.stack.last().copied();
        let tag = match e.local_name().as_ref() {
            b"trk" => {
                self.tracks.push(Track::default());
                Tag::Trk
            }
            b"type" if parent == Some(Tag::Trk) => Tag::TrkType,
            b"trkpt" => {
                let coord = |name: &str| -> Result<Option<f64>, ReadError> {
                    attr(e, name)
                        .map(|v| v.trim().parse::<f64>().ok().filter(|x| x.is_finite()))
                        .map(|v| v.ok_or(format!("not a number in a trkpt's {name}").into()))
                        .transpose()
                };
                self.point = Some(Point {
                    lat: coord("lat")?,
                    lon: coord("lon")?,
                    ..Point::EMPTY
                });
                Tag::Trkpt
            }
            b"trkseg" => {
                if let Some(t) = self.tracks.last_mut() {
                    t.acc.pause();
                }
                Tag::Other
            }
            b"ele" if parent == Some(Tag::Trkpt) => Tag::Ele,
            b"time" if parent == Some(Tag::Trkpt) => Tag::Time,
            b"hr" | b"heartrate" if self.point.is_some() => Tag::Hr,
            b"rte" => {
                self.routes += 1;
                Tag::Rte
            }
            _ => Tag::Other,
        };
        self.stack.push(tag);
        Ok(())
    }

    fn end(&mut self) {
        match self.stack.pop() {
            Some(Tag::Trkpt) => {
                if let Some(p) = self.point.take()
                    && let Some(t) = self.tracks.last_mut()
                {
                    t.acc.push(&p);
                }
            }
            Some(Tag::Trk) => {
                if let Some(t) = self.tracks.last_mut() {
                    let acc = std::mem::take(&mut t.acc);
                    t.done = Some(track(
                        self.cx.kind(t.label.as_deref()),
                        acc,
                        self.cx.zone.or_file(t.offset),
                    ));
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, t: &str) -> Result<(), ReadError> {
        let num = |what: &str| {
            t.parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or(format!("not a number in <{what}>"))
        };
        match self.stack.last() {
            Some(Tag::TrkType) => {
                if let Some(trk) = self.tracks.last_mut() {
                    trk.label = Some(t.to_string());
                }
            }
            Some(Tag::Ele) => self.point_mut().ele = Some(num("ele")?),
            Some(Tag::Time) => {
                self.point_mut().time =
                    Some(parse_instant(t).ok_or("not a date and time in <time>")?);
                if let Some(trk) = self.tracks.last_mut()
                    && !trk.timed
                {
                    trk.timed = true;
                    trk.offset = written_offset(t);
                }
            }
            Some(Tag::Hr) => {
                self.point_mut().hr = Some(num("hr")?.round().clamp(0.0, 400.0) as u16)
            }
            _ => {}
        }
        Ok(())
    }

    fn point_mut(&mut self) -> &mut Point {
        self.point.get_or_insert(Point::EMPTY)
    }
}

/// Sessions from a GPX document, and one reason per track that is not a run.
pub fn read<R: BufRead>(input: R, cx: &Context) -> Result<(Vec<Session>, Vec<String>), ReadError> {
    let mut st = State {
        cx: cx.clone(),
        ..State::default()
    };
    let root = walk(input, |ev| match ev {
        Ev::Start(e) => st.start(e),
        Ev::End => {
            st.end();
            Ok(())
        }
        Ev::Text(t) => st.text(t),
    })?;
    if root != "gpx" {
        return Err("not a GPX file (the XML root is not <gpx>)".into());
    }
    if st.tracks.is_empty() {
        return Err(if st.routes == 0 {
            "no track in this GPX file: nothing to import".into()
        } else {
            "a planned route (no recorded track with timestamps): nothing to import".into()
        });
    }
    let many = st.tracks.len() > 1;
    let (mut sessions, mut skipped) = (Vec::new(), Vec::new());
    for (n, trk) in st.tracks.into_iter().enumerate() {
        let label = |why: ReadError| why.at_if(many, || format!("track {}", n + 1));
        let done = trk.done.unwrap_or_else(|| {
            track(
                cx.kind(trk.label.as_deref()),
                trk.acc,
                cx.zone.or_file(trk.offset),
            )
        });
        match done {
            Ok(s) => sessions.push(s),
            Err(why) if why.fails_file() => return Err(label(why)),
            Err(why) => skipped.push(label(why).to_string()),
        }
    }
    Ok((sessions, skipped))
}

fn track(
    kind: Result<Option<RunKind>, ReadError>,
    acc: TrackAcc,
    zone: Zone,
) -> Result<Session, ReadError> {
    let named = kind?;
    if acc.is_empty() {
        return Err(ReadError::Nothing("an empty track"));
    }
    let (start, run) = acc.finish(&Totals::default())?;
    Ok(run_session("gpx", start, run, named, zone))
}

/// GPX in the registry ([`super::formats::FORMATS`]).
pub struct Gpx;

impl Importer for Gpx {
    const NAME: &'static str = "GPX";
    const SHORT: &'static str = "GPX";
    const WHAT: &'static str = "a GPX file";
    const EXTENSIONS: &'static [&'static str] = &["gpx"];
    const SHAPE: Shape = Shape::Xml;
    fn detect(head: &Head) -> bool {
        head.text.contains("<gpx") || head.text.contains(":gpx")
    }
    const READER: Reader = Reader::Stream {
        bytes: |b, cx| read(b, cx).map(Found::activities),
        file: |f, cx| read(f, cx).map(Found::activities),
    };
}

#[allow(non_upper_case_globals)]
impl Format {
    pub const Gpx: Format = Format::of::<Gpx>();
}
