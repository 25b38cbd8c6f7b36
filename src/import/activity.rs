//! What the watch-file readers share: which sports are runs, local time, the session shell.

use super::error::ReadError;
use crate::domain::{Run, RunKind, Session};
use chrono::{DateTime, FixedOffset, Local, NaiveDateTime, SecondsFormat, Timelike, Utc};

/// The time zone in which imported UTC instants become a session's local date and time.
///
/// Import is the one place that may consult the machine's zone (`Zone::Local`, DST-correct per
/// instant); the domain core stays clock- and zone-free. Tests use `Zone::Fixed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Zone {
    #[default]
    Local,
    Fixed(FixedOffset),
}

impl Zone {
    pub const UTC: Zone = Zone::Fixed(FixedOffset::east_opt(0).expect("0 is a valid offset"));

    /// Wall-clock date and time of an instant in this zone.
    pub fn local(self, t: DateTime<Utc>) -> NaiveDateTime {
        match self {
            Zone::Local => t.with_timezone(&Local).naive_local(),
            Zone::Fixed(o) => t.with_timezone(&o).naive_local(),
        }
    }

    /// The zone an activity is dated in: the UTC offset its file gives (a FIT file's local
    /// time, a time written `-04:00`), wherever the import runs, as Strava and Garmin date it;
    /// else this zone (a file of UTC times only says nothing of where the run was).
    pub fn or_file(self, offset: Option<FixedOffset>) -> Zone {
        offset.map_or(self, Zone::Fixed)
    }
}

/// The UTC offset an ISO 8601 time is written with (`2024-03-27T20:39:00-04:00`, `+0530`);
/// `None` for `Z`, `+00:00` or no offset, which name no place.
pub fn written_offset(t: &str) -> Option<FixedOffset> {
    let t = t.trim();
    let b = t.as_bytes();
    let (sign_at, hh, mm) = match b.len() {
        n if n >= 6 && b[n - 3] == b':' => (n - 6, &t[n - 5..n - 3], &t[n - 2..]),
        n if n >= 5 => (n - 5, &t[n - 4..n - 2], &t[n - 2..]),
        _ => return None,
    };
    let sign = match b[sign_at] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    // a date's own dash (`2024-03-27`) is not an offset: the offset follows the time
    if !t[..sign_at].contains(':') {
        return None;
    }
    let (h, m): (i32, i32) = (hh.parse().ok()?, mm.parse().ok()?);
    let secs = sign * (h * 3600 + m * 60);
    (secs != 0 && h <= 14 && m < 60)
        .then(|| FixedOffset::east_opt(secs))
        .flatten()
}

/// Classifies an activity's sport label (GPX `<type>`, TCX `Sport`, FIT sport/sub-sport,
/// Strava's `Activity Type`). `Ok(Some(kind))` for a run whose label names its kind (trail,
/// treadmill), `Ok(None)` for a plain run, `Err(reason)` for anything else. No label at all is
/// taken as a run: the user chose to import the file into a running log.
pub fn run_kind(label: Option<&str>) -> Result<Option<RunKind>, ReadError> {
    let Some(raw) = label.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let l = raw.to_lowercase();
    // Strava's numeric activity types in GPX exports.
    let l = match l.as_str() {
        "9" => "running",
        "1" => "cycling",
        "10" => "walking",
        "4" => "hiking",
        other => other,
    };
    let any = |words: &[&str]| words.iter().any(|w| l.contains(w));
    if any(&[
        "treadmill",
        "indoor_run",
        "laufband",
        "tapis",
        "cinta",
        "loopband",
        "esteira",
    ]) || any(&["virtual", "virtuel", "virtuale"])
        && any(&[
            "run", "lauf", "course", "carrera", "corsa", "hardlo", "corrida",
        ])
    {
        return Ok(Some(RunKind::Treadmill));
    }
    if l == "trail"
        || (l.contains("trail") && any(&["run", "lauf"]))
        || any(&[
            "course sur sentier",
            "carrera por montaña",
            "corsa in montagna",
            "corrida em trilha",
        ])
    {
        return Ok(Some(RunKind::Trail));
    }
    // `Wanderung` (a hike) holds "run"
    if l.contains("wanderung") {
        return Err(ReadError::NotARun {
            what: WALK_OR_HIKE,
            label: printable(raw),
        });
    }
    // run in English, German, French, Spanish, Italian, Dutch, Portuguese
    if any(&[
        "run", "lauf", "course", "carrera", "corsa", "hardlo", "corrida",
    ]) || l == "jog"
        || l == "jogging"
    {
        return Ok(None);
    }
    let what = if any(&[
        "bik", "cycl", "ride", "rad", "vélo", "velo", "ciclismo", "fiets", "pedal", "bici",
    ]) {
        "a bike ride"
    } else if any(&[
        "walk",
        "spazier",
        "gehen",
        "marche",
        "caminata",
        "camminata",
        "wandelen",
        "caminhada",
        "hik",
        "wander",
        "randonnée",
        "senderismo",
        "escursion",
        "trilha",
    ]) {
        WALK_OR_HIKE
    } else if any(&[
        "swim",
        "schwimm",
        "natation",
        "nataci",
        "nuoto",
        "zwem",
        "natação",
    ]) {
        "a swim"
    } else {
        "an activity"
    };
    Err(ReadError::NotARun {
        what,
        label: printable(raw),
    })
}

/// What a walk or a hike is skipped as.
pub const WALK_OR_HIKE: &str = "a walk or a hike";

/// Slower than this on grade-adjusted pace (12:00 /km), an activity is a walk or a hike.
pub const WALK_S_PER_KM: f64 = 720.0;
/// Shorter than this, or than [`SHORTEST_S`], an activity is too short to be a run.
pub const SHORTEST_M: f64 = 500.0;
pub const SHORTEST_S: f64 = 180.0;

/// [`run_kind`] as the import applies it: a walk or a hike is a run when the user asks for it
/// (`legday import --as-run`).
pub fn sport_kind(label: Option<&str>, as_run: bool) -> Result<Option<RunKind>, ReadError> {
    match run_kind(label) {
        Err(ReadError::NotARun {
            what: WALK_OR_HIKE, ..
        }) if as_run => Ok(None),
        r => r,
    }
}

/// Why an imported run is not one: too short (under 500 m or 3 min), or, unless `as_run`, a
/// walk or a hike by its pace (slower than 12:00 /km grade-adjusted, or raw without a profile).
pub fn not_a_run(run: &Run, as_run: bool) -> Option<ReadError> {
    if run.distance_m < SHORTEST_M || run.duration_s < SHORTEST_S {
        let d = if run.distance_m < 10.0 {
            format!("{:.2} m", run.distance_m)
        } else {
            format!("{:.0} m", run.distance_m)
        };
        let t = if run.duration_s < 60.0 {
            format!("{:.1} s", run.duration_s)
        } else {
            clock(run.duration_s)
        };
        return Some(ReadError::TooShort(format!("{d} in {t}")));
    }
    let pace = run
        .gap_s_per_km
        .unwrap_or(run.duration_s / run.distance_m * 1000.0);
    (!as_run && pace > WALK_S_PER_KM).then(|| ReadError::NotARun {
        what: WALK_OR_HIKE,
        label: format!(
            "{} /km{}, slower than 12:00 /km",
            clock(pace),
            if run.gap_s_per_km.is_some() {
                " grade-adjusted"
            } else {
                ""
            }
        ),
    })
}

/// `m:ss`, or `h:mm:ss` from an hour.
fn clock(s: f64) -> String {
    let s = s.round() as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// The runs of `sessions` that are not runs ([`not_a_run`]) moved out, each with its reason.
pub fn screen(sessions: &mut Vec<Session>, skipped: &mut Vec<String>, as_run: bool) {
    sessions.retain(|s| match s.run().and_then(|r| not_a_run(r, as_run)) {
        Some(why) => {
            skipped.push(why.to_string());
            false
        }
        None => true,
    });
}

/// The kind of an imported run (`docs/model.md` §2.1): the one the file names (trail,
/// treadmill), else `long` from 90 minutes, else `easy`.
pub fn imported_kind(named: Option<RunKind>, duration_s: f64) -> RunKind {
    RunKind::for_imported(duration_s / 60.0, named)
}

/// A label safe to echo: letters (any language), digits, ASCII punctuation and spaces only (no
/// control characters), at most 32 characters.
pub fn printable(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || c.is_ascii_punctuation() || *c == ' ')
        .take(32)
        .collect()
}

/// `"<source>:<start RFC 3339 UTC, seconds>"`: stable across re-imports and time-zone changes.
pub fn source_key(source: &str, start: DateTime<Utc>) -> String {
    format!(
        "{source}:{}",
        start.to_rfc3339_opts(SecondsFormat::Secs, true)
    )
}

/// An imported run as a session: local date and time (to the minute), RPE defaulted, the kind
/// by [`imported_kind`].
pub fn run_session(
    source: &str,
    start: DateTime<Utc>,
    mut run: Run,
    named: Option<RunKind>,
    zone: Zone,
) -> Session {
    run.kind = imported_kind(named, run.duration_s);
    let local = zone.local(start);
    let mut s = Session::new_run(local.date(), run);
    s.time = local
        .time()
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0));
    s.source = Some(source.to_string());
    s.source_key = Some(source_key(source, start));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sports() {
        assert_eq!(run_kind(Some("running")), Ok(None));
        assert_eq!(run_kind(Some("Run")), Ok(None));
        assert_eq!(run_kind(Some("9")), Ok(None));
        assert_eq!(run_kind(None), Ok(None));
        let k = |l| run_kind(Some(l)).unwrap();
        assert_eq!(k("treadmill_running"), Some(RunKind::Treadmill));
        assert_eq!(k("indoor_running"), Some(RunKind::Treadmill));
        assert_eq!(k("Virtual Run"), Some(RunKind::Treadmill));
        assert_eq!(k("trail_running"), Some(RunKind::Trail));
        assert_eq!(k("Trail Run"), Some(RunKind::Trail));
        assert_eq!(k("trail"), Some(RunKind::Trail));
        assert_eq!(
            run_kind(Some("cycling")).unwrap_err().to_string(),
            "a bike ride (cycling), not a run"
        );
        let err = |l| run_kind(Some(l)).unwrap_err().to_string();
        assert!(err("Walking").starts_with("a walk"));
        assert!(err("\x1b[31mx").contains("([31mx)"));
    }

    #[test]
    fn local_time_and_key() {
        let t: DateTime<Utc> = "2017-07-29T14:46:35Z".parse().unwrap();
        let z = Zone::Fixed(FixedOffset::west_opt(7 * 3600).unwrap());
        let s = run_session("gpx", t, Run::new(RunKind::Easy, 1.0, 1.0), None, z);
        assert_eq!(s.date.to_string(), "2017-07-29");
        assert_eq!(s.time.unwrap().to_string(), "07:46:00");
        assert_eq!(s.source_key.as_deref(), Some("gpx:2017-07-29T14:46:35Z"));
    }

    #[test]
    fn the_offset_a_time_is_written_with() {
        let east = |h: i32, m: i32| FixedOffset::east_opt(h * 3600 + m * 60);
        assert_eq!(written_offset("2024-03-27T20:39:00-04:00"), east(-4, 0));
        assert_eq!(written_offset("2024-03-27T20:39:00.250+05:30"), east(5, 30));
        assert_eq!(written_offset("2024-03-27T20:39:00+0100"), east(1, 0));
        for utc in [
            "2024-03-27T20:39:00Z",
            "2024-03-27T20:39:00+00:00",
            "2024-03-27T20:39:00",
            "2024-03-27",
            "x",
        ] {
            assert_eq!(written_offset(utc), None, "{utc}");
        }
    }

    #[test]
    fn a_run_in_new_york_is_dated_in_new_york() {
        // 20:39 in New York (UTC-4) is 00:39 UTC the next day, 02:39 in Berlin
        let t: DateTime<Utc> = "2024-03-28T00:39:00Z".parse().unwrap();
        let berlin = Zone::Fixed(FixedOffset::east_opt(2 * 3600).unwrap());
        let zone = berlin.or_file(written_offset("2024-03-27T20:39:00-04:00"));
        let s = run_session("gpx", t, Run::new(RunKind::Easy, 1.0, 1.0), None, zone);
        assert_eq!(s.date.to_string(), "2024-03-27");
        assert_eq!(s.time.unwrap().to_string(), "20:39:00");
        // the key is the instant: the same run imported anywhere is the same run
        assert_eq!(s.source_key.as_deref(), Some("gpx:2024-03-28T00:39:00Z"));
        let here = run_session("gpx", t, Run::new(RunKind::Easy, 1.0, 1.0), None, berlin);
        assert_eq!(here.date.to_string(), "2024-03-28");
    }

    #[test]
    fn walks_and_short_activities_by_their_limits() {
        let run = |d: f64, t: f64| Run::new(RunKind::Easy, d, t);
        // 500 m and 3 min are enough; 12:00 /km exactly is still a run
        assert_eq!(not_a_run(&run(500.0, 360.0), false), None);
        assert_eq!(not_a_run(&run(1000.0, 720.0), false), None);
        let short = not_a_run(&run(499.0, 600.0), true).unwrap().to_string();
        assert!(
            short.starts_with("too short to be a run (499 m in 10:00"),
            "{short}"
        );
        assert!(not_a_run(&run(3000.0, 179.0), true).is_some());
        let slow = not_a_run(&run(1000.0, 721.0), false).unwrap().to_string();
        assert_eq!(
            slow,
            "a walk or a hike (12:01 /km, slower than 12:00 /km), not a run"
        );
        assert_eq!(not_a_run(&run(1000.0, 721.0), true), None);
        // the grade-adjusted pace decides when there is one: 13:00 raw up a hill, 11:00 adjusted
        let mut hill = run(1000.0, 780.0);
        hill.gap_s_per_km = Some(660.0);
        assert_eq!(not_a_run(&hill, false), None);
        assert_eq!(sport_kind(Some("Hiking"), true), Ok(None));
        assert!(sport_kind(Some("Hiking"), false).is_err());
        assert!(sport_kind(Some("cycling"), true).is_err());
    }

    #[test]
    fn section_2_1_kind_of_an_imported_run() {
        assert_eq!(imported_kind(None, 89.0 * 60.0), RunKind::Easy);
        assert_eq!(imported_kind(None, 90.0 * 60.0), RunKind::Long);
        assert_eq!(
            imported_kind(Some(RunKind::Trail), 3.0 * 3600.0),
            RunKind::Trail
        );
    }
}
