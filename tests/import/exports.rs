//! Whole account exports built at test time from the real fixture files: a Strava export (zip
//! with gzipped activity files and `activities.csv` with Strava's real header) and a Garmin
//! Connect export (a zip inside a zip), every session and every skip checked; the same run from
//! two formats is one session.

use super::*;
use legday::import::{ImportSummary, import_paths_in};
use legday::store::{Filter, Store};
use std::io::Write;

/// Strava's `activities.csv` header as its exports write it (`Distance` and `Elapsed Time`
/// twice: the first in the activity's units, the second in metres and seconds).
pub(super) const STRAVA_HEADER: &str = "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain,Elevation Loss,Elevation Low,Elevation High,Max Grade,Average Grade,Average Positive Grade,Average Negative Grade,Max Cadence,Average Cadence,Max Heart Rate,Average Heart Rate,Max Watts,Average Watts,Calories,Max Temperature,Average Temperature,Relative Effort,Total Work,Number of Runs,Uphill Time,Downhill Time,Other Time,Perceived Exertion,Type,Start Time,Weighted Average Power,Power Count,Prefer Perceived Exertion,Perceived Relative Effort,Commute,Total Weight Lifted,From Upload,Grade Adjusted Distance,Weather Observation Time,Weather Condition,Weather Temperature,Apparent Temperature,Dewpoint,Humidity,Weather Pressure,Wind Speed,Wind Gust,Wind Bearing,Precipitation Intensity,Sunrise Time,Sunset Time,Moon Phase,Bike,Gear,Precipitation Probability";

/// One row under [`STRAVA_HEADER`]; the columns not given are empty.
#[allow(clippy::too_many_arguments)]
pub(super) fn strava_row(
    id: u32,
    date: &str,
    name: &str,
    kind: &str,
    elapsed: u32,
    km: f64,
    gear: &str,
    file: &str,
    exertion: &str,
) -> String {
    let n = STRAVA_HEADER.split(',').count();
    let mut cells = vec![String::new(); n];
    let set = |cells: &mut Vec<String>, i: usize, v: String| cells[i] = v;
    set(&mut cells, 0, id.to_string());
    set(&mut cells, 1, format!("\"{date}\""));
    set(&mut cells, 2, name.to_string());
    set(&mut cells, 3, kind.to_string());
    set(&mut cells, 5, elapsed.to_string());
    set(&mut cells, 6, format!("{km:.2}"));
    set(&mut cells, 11, gear.to_string());
    set(&mut cells, 12, file.to_string());
    set(&mut cells, 15, elapsed.to_string());
    set(&mut cells, 17, format!("{:.1}", km * 1000.0));
    set(&mut cells, 43, exertion.to_string());
    cells.join(",")
}

pub(super) fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

pub(super) fn zip(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

pub(super) fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).unwrap()
}

/// The files of a Strava export: a trail run (GPX, gzipped) with name, gear and perceived
/// exertion; a run as TCX; a ride as FIT; a run and a weight-training session entered by hand
/// (no file); a ride entered by hand; a photo, the profile CSV and the profile JSON.
fn strava_files() -> Vec<(&'static str, Vec<u8>)> {
    let csv = strava_activities_csv();
    vec![
        ("activities.csv", csv.into_bytes()),
        ("activities/1001.gpx.gz", gz(&bytes("garmin-activity.gpx"))),
        ("activities/1002.tcx.gz", gz(&bytes("tempo-run.tcx"))),
        (
            "activities/1003.fit.gz",
            gz(&bytes("garmin-fenix-5-bike.fit")),
        ),
        ("media/4a5b.jpg", vec![0xff, 0xd8, 0xff, 0xe0]),
        (
            "profile.csv",
            b"Athlete ID,Email Address,First Name\n1,a@b.c,Ann\n".to_vec(),
        ),
        ("profile.json", b"{\"athlete\":1}".to_vec()),
    ]
}

/// `activities.csv` of the Strava export: one row for each activity of [`strava_files`].
fn strava_activities_csv() -> String {
    [
        STRAVA_HEADER.to_string(),
        strava_row(
            1001,
            "Jul 29, 2017, 2:46:35 PM",
            "Sunday hills",
            "Trail Run",
            5498,
            12.82,
            "Pegasus 38",
            "activities/1001.gpx.gz",
            "7",
        ),
        strava_row(
            1002,
            "Nov 20, 2024, 6:30:00 AM",
            "Tempo",
            "Run",
            630,
            2.0,
            "",
            "activities/1002.tcx.gz",
            "",
        ),
        strava_row(
            1003,
            "Mar 3, 2019, 9:00:00 AM",
            "Spin",
            "Ride",
            3600,
            20.0,
            "",
            "activities/1003.fit.gz",
            "",
        ),
        strava_row(
            1004,
            "Jan 2, 2024, 7:15:00 PM",
            "Treadmill hour",
            "Run",
            1800,
            5.0,
            "",
            "",
            "4",
        ),
        strava_row(
            1005,
            "Jan 3, 2024, 6:00:00 PM",
            "Legs",
            "Weight Training",
            2700,
            0.0,
            "",
            "",
            "",
        ),
        strava_row(
            1006,
            "Jan 4, 2024, 8:00:00 AM",
            "Commute",
            "Ride",
            1200,
            6.0,
            "",
            "",
            "",
        ),
    ]
    .join("\n")
}

fn find<'a>(all: &'a [Session], source: &str, day: &str) -> &'a Session {
    all.iter()
        .find(|s| s.source.as_deref() == Some(source) && s.date.to_string() == day)
        .unwrap_or_else(|| panic!("no {source} session on {day}: {all:#?}"))
}

fn check_strava_sessions(store: &Store, sum: &ImportSummary) {
    let all = store.list(&Filter::default()).unwrap();
    assert_eq!(all.len(), 4, "{sum}\n{all:#?}");
    // the GPX joined to its row: kind, RPE, shoes and note from the row, the rest from the file
    let trail = find(&all, "gpx", "2017-07-29");
    let run = trail.run().unwrap();
    assert_eq!(run.kind, RunKind::Trail);
    assert_eq!(trail.rpe, Some(7.0));
    assert_eq!(run.shoes.as_deref(), Some("Pegasus 38"));
    assert_eq!(trail.note.as_deref(), Some("Sunday hills"));
    assert_eq!((run.avg_hr, run.max_hr), (Some(145.5), Some(171.0)));
    assert!(close(run.distance_m, 12_821.2, 0.5), "{}", run.distance_m);
    // the TCX: a plain run of 630 s is easy, no RPE logged
    let tempo = find(&all, "tcx", "2024-11-20");
    assert_eq!(tempo.run().unwrap().kind, RunKind::Easy);
    assert_eq!((tempo.rpe, tempo.note.as_deref()), (None, Some("Tempo")));
    // rows without a file: a run from its elapsed time and distance (metres column)...
    let manual = find(&all, "strava", "2024-01-02");
    let r = manual.run().unwrap();
    assert_eq!(
        (r.distance_m, r.duration_s, r.kind),
        (5000.0, 1800.0, RunKind::Easy)
    );
    assert_eq!(manual.rpe, Some(4.0));
    assert_eq!(manual.time.unwrap().to_string(), "19:15:00");
    // ... and a strength session of its minutes, without sets
    let legs = find(&all, "strava", "2024-01-03");
    match &legs.activity {
        Activity::Strength(s) => assert_eq!((s.minutes, s.sets.len()), (Some(45.0), 0)),
        a => panic!("{a:?}"),
    }
    let text = sum.to_string();
    for expected in [
        "1003.fit.gz: a bike ride (Ride), not a run (per activities.csv)",
        "activity 1006 (Commute): a bike ride (Ride), not a run",
        "profile.csv: a CSV file, but not a Strong export, a Hevy export, a Strava activities.csv,",
        "not read (legday has no use for them): photos and videos (1), profile and settings data in JSON (1)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert_eq!(sum.failed(), 0, "{sum}");
}

#[test]
fn strava_export_zip_every_session_and_every_skip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("export_12345678.zip");
    std::fs::write(&path, zip(&strava_files())).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(&mut store, std::slice::from_ref(&path), false, Zone::UTC);
    check_strava_sessions(&store, &sum);
    assert_eq!(sum.totals.added, 4, "{sum}");
    // a failure inside the archive names the archive and the path inside it
    let before = store.list(&Filter::default()).unwrap();
    let again = import_paths_in(&mut store, std::slice::from_ref(&path), false, Zone::UTC);
    assert_eq!(
        (again.totals.added, again.totals.updated),
        (0, 0),
        "{again}"
    );
    assert_eq!(store.list(&Filter::default()).unwrap(), before);
}

#[test]
fn strava_export_unpacked_folder_gives_the_same_sessions() {
    let dir = tempfile::tempdir().unwrap();
    for (name, b) in strava_files() {
        let p = dir.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, b).unwrap();
    }
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(&mut store, &[dir.path().to_path_buf()], false, Zone::UTC);
    check_strava_sessions(&store, &sum);
}

#[test]
fn garmin_export_with_a_zip_inside_a_zip() {
    let uploaded = zip(&[
        ("Activity.fit", bytes("Activity.fit")),
        ("garmin-fenix-5-bike.fit", bytes("garmin-fenix-5-bike.fit")),
        ("broken.fit", bytes("bad-half.fit")),
    ]);
    let export = zip(&[
        (
            "DI_CONNECT/DI-Connect-User/user_profile.json",
            b"{\"userName\":\"ann\"}".to_vec(),
        ),
        (
            "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip",
            uploaded,
        ),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garmin.zip");
    std::fs::write(&path, export).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(&mut store, std::slice::from_ref(&path), false, Zone::UTC);
    // the FIT SDK's Activity.fit, read from the zip inside the zip: 5.73 m in 13.7 s is too
    // short to be a run (issue 17: under 500 m or 3 min)
    let all = store.list(&Filter::default()).unwrap();
    assert_eq!(all.len(), 0, "{sum}");
    let text = sum.to_string();
    let inner = "garmin.zip/DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip";
    assert!(
        text.contains(&format!(
            "{inner}/Activity.fit: too short to be a run (5.73 m in 13.7 s; legday imports from \
             500 m and 3 min)"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "{inner}/garmin-fenix-5-bike.fit: a bike ride (cycling), not a run"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "{inner}/broken.fit: the file is damaged or cut short at byte 377 of 385: what \
             follows was skipped; too short to be a run (3.49 m in 10.0 s"
        )),
        "{text}"
    );
    assert!(
        text.contains("profile and settings data in JSON (1)"),
        "{text}"
    );
    assert_eq!(sum.failed(), 0);
}

#[test]
fn the_same_run_as_tcx_after_its_gpx_adds_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let gpx = fixture("garmin-activity.gpx");
    import_paths_in(&mut store, &[gpx], false, Zone::UTC);
    // the same run as a watch would write it in TCX: same start, 12.7 km (1% off), lap heart rate
    let tcx = r#"<?xml version="1.0"?><TrainingCenterDatabase><Activities><Activity Sport="Running">
<Lap StartTime="2017-07-29T14:46:35Z"><TotalTimeSeconds>5498</TotalTimeSeconds><DistanceMeters>12700</DistanceMeters>
<Track><Trackpoint><Time>2017-07-29T14:46:35Z</Time></Trackpoint><Trackpoint><Time>2017-07-29T16:18:13Z</Time></Trackpoint></Track>
</Lap></Activity></Activities></TrainingCenterDatabase>"#;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("same.tcx");
    std::fs::write(&p, tcx).unwrap();
    let before = store.list(&Filter::default()).unwrap();
    let sum = import_paths_in(&mut store, &[p], false, Zone::UTC);
    assert_eq!((sum.totals.added, sum.merged), (0, 1), "{sum}");
    assert_eq!(
        store.list(&Filter::default()).unwrap(),
        before,
        "nothing new to add"
    );
    assert!(
        sum.to_string().contains("1 session was the same activity"),
        "{sum}"
    );
}
