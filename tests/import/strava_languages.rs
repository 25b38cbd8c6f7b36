//! Issue 17 (5): Strava exports in other languages — `activities.csv` with translated headers,
//! day-first dates and decimal commas (German, French, Spanish, Italian, Dutch, Portuguese),
//! the row's sport winning over a watch file's generic one, saved routes skipped with the
//! reason, and a UTF-16 CSV read like UTF-8. Fixtures: `tests/fixtures/strava-de/` and
//! `strava-activities-*.csv` (see `SOURCES.md`).

use super::*;
use legday::import::import_paths_in;
use legday::store::{Filter, Store};

fn on<'a>(all: &'a [Session], source: &str, day: &str) -> &'a Session {
    all.iter()
        .find(|s| s.source.as_deref() == Some(source) && s.date.to_string() == day)
        .unwrap_or_else(|| panic!("no {source} session on {day}: {all:#?}"))
}

#[test]
fn a_german_export_folder_every_session_and_every_skip() {
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(&mut store, &[fixture("strava-de")], false, Zone::UTC);
    assert_eq!(sum.failed(), 0, "{sum}");
    let all = store.list(&Filter::default()).unwrap();
    assert_eq!(all.len(), 4, "{sum}\n{all:#?}");

    // "Lauf" joined to its GPX: the run from the file; note, shoes and RPE from the row
    let evening = on(&all, "gpx", "2022-12-09");
    assert_eq!(evening.time.unwrap().to_string(), "15:24:00");
    assert_eq!(evening.note.as_deref(), Some("Abendlauf — locker"));
    assert_eq!(evening.rpe, Some(6.0));
    let r = evening.run().unwrap();
    assert_eq!(r.kind, RunKind::Easy);
    assert!(close(r.distance_m, 3000.0, 0.5), "{}", r.distance_m);
    assert_eq!((r.duration_s, r.elapsed_s), (900.0, Some(900.0)));
    // heart rate 140, 150, 155, 160: the mean 151.25 to a tenth
    assert_eq!((r.avg_hr, r.max_hr), (Some(151.3), Some(160.0)));
    assert_eq!(r.shoes.as_deref(), Some("ASICS Novablast 4"));
    assert_eq!(
        evening.source_key.as_deref(),
        Some("gpx:2022-12-09T15:24:00Z")
    );

    // "Trailrun" on a GPX whose own type is "generic": the row's sport wins
    let hill = on(&all, "gpx", "2022-12-10");
    assert_eq!(hill.run().unwrap().kind, RunKind::Trail);
    assert_eq!(hill.note.as_deref(), Some("Berglauf"));

    // "Krafttraining" with a watch file: a strength session of the row's 2700 s, no sets
    let legs = on(&all, "strava", "2022-12-11");
    assert_eq!(legs.time.unwrap().to_string(), "18:00:00");
    assert_eq!(legs.note.as_deref(), Some("Beine"));
    match &legs.activity {
        Activity::Strength(s) => assert_eq!((s.minutes, s.sets.len()), (Some(45.0), 0)),
        a => panic!("{a:?}"),
    }

    // a row without a file: decimal commas in every number, the last Distance in metres
    let manual = on(&all, "strava", "2022-12-13");
    assert_eq!(manual.time.unwrap().to_string(), "19:15:00");
    assert_eq!(manual.rpe, Some(4.0));
    assert_eq!(
        manual.note.as_deref(),
        Some("Laufband — Intervalle — Knie ok")
    );
    let m = manual.run().unwrap();
    assert_eq!(
        (m.distance_m, m.duration_s, m.elapsed_s),
        (5000.0, 1800.0, Some(1900.0))
    );
    assert_eq!((m.avg_hr, m.max_hr), (Some(150.5), Some(171.0)));
    assert_eq!(
        manual.source_key.as_deref(),
        Some("strava:2022-12-13T19:15:00Z")
    );

    let text = sum.to_string();
    for expected in [
        "activity 2004 (Pendeln): a bike ride (Radfahrt), not a run",
        "routes/3001.gpx: a saved route (the export's routes/), not a recorded activity",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

/// The run row of each language's file: 9 Dec 2022 15:24:49 UTC, 5.00 km / 5000,0 m, moving
/// 1800 s of 1900 s, heart rate 150,5, perceived exertion 4; the ride row skipped.
#[test]
fn activities_csv_in_every_export_language() {
    for code in ["fr", "es", "it", "nl", "pt", "fr-utf16"] {
        let r = read(&format!("strava-activities-{code}.csv"));
        assert_eq!(r.format, Format::StravaCsv, "{code}");
        assert_eq!(r.sessions.len(), 1, "{code}: {:?}", r.skipped);
        let s = &r.sessions[0];
        assert_eq!(s.date.to_string(), "2022-12-09", "{code}");
        assert_eq!(s.time.unwrap().to_string(), "15:24:00", "{code}");
        assert_eq!(s.note.as_deref(), Some("Soirée"), "{code}");
        assert_eq!(s.rpe, Some(4.0), "{code}");
        assert_eq!(s.source.as_deref(), Some("strava"));
        let run = s.run().unwrap();
        assert_eq!(
            (run.distance_m, run.duration_s, run.elapsed_s, run.avg_hr),
            (5000.0, 1800.0, Some(1900.0), Some(150.5)),
            "{code}"
        );
        assert_eq!(run.kind, RunKind::Easy, "{code}");
        assert_eq!(r.skipped.len(), 1, "{code}");
        assert!(
            r.skipped[0].starts_with("activity 4002 (Trajet): a bike ride ("),
            "{code}: {}",
            r.skipped[0]
        );
    }
}

/// The same export as a zip: its `routes/` skipped inside the archive, the import succeeds.
#[test]
fn a_german_export_zip_skips_its_routes_and_succeeds() {
    let root = fixture("strava-de");
    let entries: Vec<(&str, Vec<u8>)> = [
        "activities.csv",
        "activities/2001.gpx",
        "activities/2002.gpx",
        "activities/2003.gpx",
        "routes/3001.gpx",
    ]
    .iter()
    .map(|n| (*n, std::fs::read(root.join(n)).unwrap()))
    .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("export_987.zip");
    std::fs::write(&path, super::exports::zip(&entries)).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(&mut store, std::slice::from_ref(&path), false, Zone::UTC);
    assert_eq!((sum.failed(), sum.totals.added), (0, 4), "{sum}");
    assert!(
        sum.to_string()
            .contains("export_987.zip/routes/3001.gpx: a saved route"),
        "{sum}"
    );
    // each session names the file it came from, by its path inside the archive
    let mut from: Vec<(String, String)> = store
        .list(&Filter::default())
        .unwrap()
        .iter()
        .map(|s| {
            (
                s.date.to_string(),
                s.source_file.clone().unwrap_or_default(),
            )
        })
        .collect();
    from.sort();
    assert_eq!(
        from,
        [
            ("2022-12-09", "export_987.zip/activities/2001.gpx"),
            ("2022-12-10", "export_987.zip/activities/2002.gpx"),
            ("2022-12-11", "export_987.zip/activities/2003.gpx"),
            ("2022-12-13", "export_987.zip/activities.csv"),
        ]
        .map(|(d, f)| (d.to_string(), f.to_string()))
    );
    // ... in the JSON export too, and back through it
    let json = dir.path().join("all.json");
    let mut bytes = Vec::new();
    legday::export::export_json(&store, &mut bytes).unwrap();
    std::fs::write(&json, &bytes).unwrap();
    let text = std::fs::read_to_string(&json).unwrap();
    assert!(
        text.contains("\"source_file\": \"export_987.zip/activities/2001.gpx\""),
        "{text}"
    );
    let mut again = Store::open_in_memory().unwrap();
    import_paths_in(&mut again, std::slice::from_ref(&json), false, Zone::UTC);
    let files: Vec<Option<String>> = again
        .list(&Filter::default())
        .unwrap()
        .into_iter()
        .map(|s| s.source_file)
        .collect();
    assert_eq!(files.len(), 4);
    assert!(
        files.contains(&Some("export_987.zip/activities.csv".into())),
        "{files:?}"
    );
}
