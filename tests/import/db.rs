//! Import into a database: transactions per file, re-import, mappings, size cap, JSON round trip.

use super::*;

use legday::import::{Outcome, import_paths_in};
use legday::store::{Filter, ImportCounts, Store};

fn counts(added: usize, updated: usize, unchanged: usize) -> ImportCounts {
    ImportCounts {
        added,
        updated,
        unchanged,
    }
}

#[test]
fn re_import_adds_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let files = [
        fixture("garmin-activity.gpx"),
        fixture("strong.csv"),
        fixture("hevy.csv"),
    ];
    let first = import_paths_in(&mut store, &files, false, Zone::UTC);
    assert_eq!(first.totals, counts(5, 0, 0), "{first}");
    let before = store.list(&Filter::default()).unwrap();
    let again = import_paths_in(&mut store, &files, false, Zone::UTC);
    assert_eq!(again.totals, counts(0, 0, 5), "{again}");
    assert_eq!(store.list(&Filter::default()).unwrap(), before);
}

#[test]
fn each_file_in_its_own_transaction() {
    let mut store = Store::open_in_memory().unwrap();
    let bad = [
        "bad-truncated.gpx",
        "fuzz-fit-chained-short-header.fit",
        "bad-missing-columns.csv",
        "bad-empty.gpx",
        "bad-binary.gpx",
        "bad-entities.gpx",
        "strava_route_example.gpx",
    ];
    let only_bad: Vec<PathBuf> = bad.iter().map(|f| fixture(f)).collect();
    let s = import_paths_in(&mut store, &only_bad, false, Zone::UTC);
    assert_eq!(store.count().unwrap(), 0, "the database is unchanged");
    assert_eq!(s.failed(), bad.len(), "{s}");
    let mut mixed = vec![fixture("tempo-run.tcx")];
    mixed.extend(only_bad);
    mixed.push(fixture("garmin-fenix-5-bike.fit"));
    mixed.push(fixture("hevy.csv"));
    let s = import_paths_in(&mut store, &mixed, false, Zone::UTC);
    assert_eq!(s.totals, counts(3, 0, 0), "{s}");
    assert_eq!(store.count().unwrap(), 3);
    let text = s.to_string();
    assert!(
        text.starts_with("imported 3 sessions from 2 files: 3 new"),
        "{text}"
    );
    assert!(
        text.contains("garmin-fenix-5-bike.fit: a bike ride (cycling), not a run"),
        "{text}"
    );
    assert!(
        text.contains("failed 7 (nothing imported from them):"),
        "{text}"
    );
    assert!(
        text.contains("fuzz-fit-chained-short-header.fit: FIT: corrupt or truncated FIT file"),
        "{text}"
    );
    assert!(text.contains("\"Sled Push\" (1 set): closest"), "{text}");
    assert!(
        text.contains("map them with: legday exercises map NAME EXERCISE"),
        "{text}"
    );
    assert!(matches!(s.files[0].outcome, Outcome::Imported { .. }));
}

#[test]
fn mapping_then_re_import_updates_in_place() {
    let mut store = Store::open_in_memory().unwrap();
    let f = [fixture("strong.csv")];
    let s = import_paths_in(&mut store, &f, false, Zone::UTC);
    assert_eq!(s.unmatched[0].name, "Hack Squat (Machine)");
    let before = store.list(&Filter::default()).unwrap();
    store
        .add_mapping("Hack Squat (Machine)", "leg press")
        .unwrap();
    let s = import_paths_in(&mut store, &f, false, Zone::UTC);
    assert_eq!(s.totals, counts(0, 1, 1), "{s}");
    assert!(s.unmatched.is_empty());
    let after = store.list(&Filter::default()).unwrap();
    let lift = after.iter().find(|x| !x.is_run()).unwrap();
    let old = before.iter().find(|x| !x.is_run()).unwrap();
    assert_eq!(
        (lift.id, &lift.uuid),
        (old.id, &old.uuid),
        "updated in place"
    );
    assert_eq!(sets(lift)[5].exercise, "leg press");
}

#[test]
fn folders_expand_sorted_without_symlinks_or_hidden_files() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("watch");
    std::fs::create_dir(&sub).unwrap();
    std::fs::copy(fixture("tempo-run.tcx"), sub.join("b.tcx")).unwrap();
    std::fs::copy(fixture("hevy.csv"), dir.path().join("a.csv")).unwrap();
    std::fs::write(dir.path().join(".hidden.csv"), "x").unwrap();
    std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(fixture("strong.csv"), dir.path().join("link.csv")).unwrap();
    let files: Vec<PathBuf> = legday::import::expand(&[dir.path().to_path_buf()])
        .into_iter()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(files, [dir.path().join("a.csv"), sub.join("b.tcx")]);
}

#[test]
fn files_over_the_size_cap_are_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("huge.gpx");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(legday::import::MAX_FILE_BYTES + 1).unwrap(); // sparse: no disk used
    let mut store = Store::open_in_memory().unwrap();
    let s = import_paths_in(&mut store, &[big], false, Zone::UTC);
    match &s.files[0].outcome {
        Outcome::Failed(why) => assert!(why.contains("too large"), "{why}"),
        o => panic!("{o:?}"),
    }
}

fn without_ids(mut v: Vec<Session>) -> Vec<Session> {
    for s in &mut v {
        s.id = 0;
    }
    v
}

const END: (i32, u32, u32) = (2026, 11, 23);

fn end_day() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(END.0, END.1, END.2).unwrap()
}

/// A generated history (plus imported sessions with seconds, source keys and an unmapped
/// name), settings and a mapping in store `a`; its JSON export imported into an empty `b`.
fn round_trip() -> (Store, Store, usize, tempfile::TempDir, PathBuf) {
    let mut a = Store::open_in_memory().unwrap();
    let mut history = legday::demo::generate(7, end_day(), 70);
    history.extend(read("strong.csv").sessions);
    history.extend(read("garmin-activity.gpx").sessions);
    a.import(&history).unwrap();
    a.set_setting("level", "experienced").unwrap();
    a.set_setting("body_kg", "81.5").unwrap();
    a.add_mapping("Calf Raise Seated", "seated calf raise")
        .unwrap();
    let mut json = Vec::new();
    legday::export::export_json(&a, &mut json).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("legday-export.json");
    std::fs::write(&file, &json).unwrap();
    let mut b = Store::open_in_memory().unwrap();
    let s = import_paths_in(&mut b, std::slice::from_ref(&file), false, Zone::UTC);
    assert_eq!(s.totals.added, history.len(), "{s}");
    (a, b, history.len(), dir, file)
}

#[test]
fn json_round_trip_gives_the_same_history() {
    let (a, mut b, n, _dir, file) = round_trip();
    let all = Filter::default();
    assert_eq!(
        without_ids(b.list(&all).unwrap()),
        without_ids(a.list(&all).unwrap())
    );
    // stored in their original order: the same ids for the same sessions
    let ids = |s: &Store| -> Vec<(i64, String)> {
        s.list(&all)
            .unwrap()
            .into_iter()
            .map(|x| (x.id, x.uuid))
            .collect()
    };
    assert_eq!(ids(&b), ids(&a));
    assert_eq!(b.settings().unwrap(), a.settings().unwrap());
    assert_eq!(
        b.catalog().unwrap().mappings(),
        a.catalog().unwrap().mappings()
    );
    let mut day = end_day() - chrono::Days::new(75);
    while day <= end_day() {
        let (ha, hb) = (a.history(day).unwrap(), b.history(day).unwrap());
        assert_eq!(without_ids(hb.sessions), without_ids(ha.sessions), "{day}");
        assert_eq!(hb.days, ha.days, "{day}");
        day = day + chrono::Days::new(1);
    }
    // importing the export again changes nothing
    let again = import_paths_in(&mut b, &[file], false, Zone::UTC);
    assert_eq!(again.totals, counts(0, 0, n), "{again}");
}

#[test]
fn json_round_trip_gives_the_same_report_every_day() {
    let (a, b, _, _dir, _) = round_trip();
    let mut day = end_day() - chrono::Days::new(75);
    while day <= end_day() {
        let (ra, rb) = (a.report(day).unwrap(), b.report(day).unwrap());
        assert_eq!(
            serde_json::to_value(&ra).unwrap(),
            serde_json::to_value(&rb).unwrap(),
            "{day}"
        );
        day = day + chrono::Days::new(1);
    }
}

#[test]
fn csv_export_has_one_row_per_set_or_run() {
    let mut store = Store::open_in_memory().unwrap();
    import_paths_in(&mut store, &[fixture("hevy.csv")], false, Zone::UTC);
    let mut out = Vec::new();
    legday::export::export_csv(&store, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = rows.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, legday::export::CSV_COLUMNS);
    let recs: Vec<csv::StringRecord> = rows.records().map(|r| r.unwrap()).collect();
    assert_eq!(recs.len(), 6 + 1, "six sets and one run");
    let run = &recs[0]; // newest first: the run of 22 Nov
    let run_id = legday::store::Store::list(&store, &Default::default()).unwrap()[0].id;
    assert_eq!(&run[0], run_id.to_string());
    assert_eq!(
        (&run[3], &run[5], &run[6], &run[7]),
        ("run", "easy", "6.4", "0:38:00")
    );
    let warm = recs.iter().find(|r| &r[16] == "true").unwrap();
    assert_eq!(
        (&warm[12], &warm[13], &warm[14]),
        ("back squat", "10", "40")
    );
}

/// A legday export lands whole or not at all: a bad mapping at the end leaves the settings,
/// exercises and sessions before it unapplied.
#[test]
fn legday_json_is_all_or_nothing() {
    use legday::store::Store;
    let mut a = Store::open_in_memory().unwrap();
    a.set_setting("level", "beginner").unwrap();
    let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    a.insert(&Session::new_run(
        d,
        legday::domain::Run::new(RunKind::Easy, 5000.0, 1500.0),
    ))
    .unwrap();
    let mut bytes = Vec::new();
    legday::export::export_json(&a, &mut bytes).unwrap();
    let mut doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    doc["mappings"] = serde_json::json!([{"from": "Mystery Lift", "to": "no such exercise"}]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.json");
    std::fs::write(&file, serde_json::to_vec(&doc).unwrap()).unwrap();

    let mut b = Store::open_in_memory().unwrap();
    let s = legday::import::import_paths_in(&mut b, &[file], false, Zone::UTC);
    assert_eq!(s.failed(), 1, "{s}");
    assert_eq!(b.count().unwrap(), 0);
    assert_eq!(
        b.settings().unwrap().level,
        legday::domain::Level::Intermediate
    );
}

#[test]
fn an_unchanged_file_is_recognised_and_a_deleted_session_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("run.tcx");
    std::fs::copy(fixture("tempo-run.tcx"), &f).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let files = [f.clone()];
    assert_eq!(
        import_paths_in(&mut store, &files, false, Zone::UTC).totals,
        counts(1, 0, 0)
    );
    // untouched, then touched (new modification time, same content): unchanged both times
    assert_eq!(
        import_paths_in(&mut store, &files, false, Zone::UTC).totals,
        counts(0, 0, 1)
    );
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
    std::fs::File::options()
        .write(true)
        .open(&f)
        .unwrap()
        .set_modified(later)
        .unwrap();
    assert_eq!(
        import_paths_in(&mut store, &files, false, Zone::UTC).totals,
        counts(0, 0, 1)
    );
    // a session deleted by the user is not "known" any more: the file is read again
    let id = store.list(&Filter::default()).unwrap()[0].id;
    store.delete(id).unwrap();
    assert_eq!(
        import_paths_in(&mut store, &files, false, Zone::UTC).totals,
        counts(1, 0, 0)
    );
}

#[test]
fn a_strava_row_alone_then_its_watch_file_is_one_session() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("activities.csv");
    std::fs::write(
        &csv,
        "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Perceived Exertion\n\
         9,\"Nov 20, 2024, 6:30:00 AM\",Tempo,Run,630,2.0,6\n",
    )
    .unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let first = import_paths_in(&mut store, &[csv], false, Zone::UTC);
    assert_eq!(first.totals, counts(1, 0, 0), "{first}");
    let second = import_paths_in(&mut store, &[fixture("tempo-run.tcx")], false, Zone::UTC);
    assert_eq!((second.totals.added, second.merged), (0, 1), "{second}");
    let all = store.list(&Filter::default()).unwrap();
    assert_eq!(all.len(), 1);
    // the row's RPE and name stay; the file adds its heart rate
    let run = all[0].run().unwrap();
    assert_eq!(
        (all[0].rpe, all[0].note.as_deref()),
        (Some(6.0), Some("Tempo"))
    );
    assert_eq!((run.avg_hr, run.max_hr), (Some(145.2), Some(162.0)));
}

/// An export carries only the settings changed from their defaults, so a database that never
/// set `run_set_au` still follows the default after a round trip (model v2 changed it once).
#[test]
fn an_export_pins_no_default_setting() {
    let mut a = Store::open_in_memory().unwrap();
    a.set_setting("body_kg", "81.5").unwrap();
    let mut json = Vec::new();
    legday::export::export_json(&a, &mut json).unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let settings = doc["settings"].as_object().unwrap();
    assert_eq!(settings.len(), 1, "{settings:?}");
    assert_eq!(settings["body_kg"], "81.5");
    assert!(settings.get("run_set_au").is_none());
}
