//! The readers on real device and app files (GPX, TCX, FIT, Strong and Hevy CSV): expected
//! values from `tests/fixtures/expected.py`, not from legday's code; detection by content.

use super::*;

#[test]
fn garmin_gpx_run_matches_independent_values() {
    let r = read("garmin-activity.gpx");
    assert_eq!(r.format, Format::Gpx);
    assert_eq!(r.sessions.len(), 1);
    let s = &r.sessions[0];
    let run = s.run().unwrap();
    // expected.py: 12821.2 m haversine over 988 points, 5498 s first to last, HR 143771 / 988
    // = 145.517, stored to a tenth: 145.5 / 171
    assert!(close(run.distance_m, 12_821.2, 0.5), "{}", run.distance_m);
    assert_eq!(run.duration_s, 5498.0);
    assert_eq!((run.avg_hr, run.max_hr), (Some(145.5), Some(171.0)));
    assert_eq!(s.date.to_string(), "2017-07-29");
    assert_eq!(s.time.unwrap().to_string(), "14:46:00");
    assert_eq!(s.source.as_deref(), Some("gpx"));
    assert_eq!(s.source_key.as_deref(), Some("gpx:2017-07-29T14:46:35Z"));
    // 5498 s = 91.6 min and the file names no kind: long from 90 minutes (§2.1)
    assert_eq!(run.kind, RunKind::Long);
    assert_eq!(s.rpe, None);
    // expected.py, turning points with a 3 m dead band: 214.2 m
    assert!(
        close(run.elevation_m.unwrap(), 214.2, 0.01),
        "{:?}",
        run.elevation_m
    );
    // GAP exists and stays near the raw pace on a loop that starts and ends at the same height
    let pace = run.duration_s / run.distance_m * 1000.0;
    let gap = run.gap_s_per_km.unwrap();
    assert!(
        gap != pace && (gap / pace - 1.0).abs() < 0.15,
        "pace {pace} gap {gap}"
    );
}

#[test]
fn gpx_local_time_follows_the_zone() {
    let p = fixture("garmin-activity.gpx");
    let bytes = std::fs::read(&p).unwrap();
    let pdt = Zone::Fixed(chrono::FixedOffset::west_opt(7 * 3600).unwrap());
    let r = read_file_in(&p, &bytes, &Catalog::builtin(), &Settings::default(), pdt).unwrap();
    let s = &r.sessions[0];
    assert_eq!(s.time.unwrap().to_string(), "07:46:00");
    // the key stays in UTC so a re-import in another zone still dedupes
    assert_eq!(s.source_key.as_deref(), Some("gpx:2017-07-29T14:46:35Z"));
}

#[test]
fn wahoo_gpx_without_movement_is_skipped_and_strava_route_refused() {
    let r = read("wahoo_example.gpx");
    assert!(r.sessions.is_empty());
    assert_eq!(r.skipped.len(), 1);
    assert!(r.skipped[0].contains("no distance"), "{:?}", r.skipped);
    let e = err("strava_route_example.gpx");
    assert!(e.contains("no timestamps"), "{e}");
    assert!(e.contains("strava_route_example.gpx"), "{e}");
}

#[test]
fn tcx_run_uses_lap_totals() {
    let r = read("tempo-run.tcx");
    assert_eq!(r.format, Format::Tcx);
    let s = &r.sessions[0];
    let run = s.run().unwrap();
    // laps: 1000 m + 1000 m, 300 s + 330 s; HR (140×300 + 150×330)/630 = 145.238, stored to a tenth: 145.2, max 162
    assert_eq!((run.distance_m, run.duration_s), (2000.0, 630.0));
    assert_eq!((run.avg_hr, run.max_hr), (Some(145.2), Some(162.0)));
    // altitudes 50 52 55 58 54 51: one climb of 8 m, then a descent
    assert_eq!(run.elevation_m, Some(8.0));
    assert_eq!(s.source_key.as_deref(), Some("tcx:2024-11-20T06:30:00Z"));
    assert_eq!(s.time.unwrap().to_string(), "06:30:00");
    let ride = read("ride.tcx");
    assert!(ride.sessions.is_empty());
    assert_eq!(ride.skipped, ["a bike ride (Biking), not a run"]);
}

#[test]
fn fit_run_matches_independent_decoder() {
    let r = read("Activity.fit");
    assert_eq!(r.format, Format::Fit);
    let s = &r.sessions[0];
    let run = s.run().unwrap();
    // expected.py (own FIT decoder): start 2012-04-09T21:22:26Z, timer 13.749 s, 5.73 m, running
    assert_eq!(run.distance_m, 5.73);
    assert!(close(run.duration_s, 13.749, 1e-9));
    assert_eq!(s.source_key.as_deref(), Some("fit:2012-04-09T21:22:26Z"));
    assert_eq!((run.avg_hr, run.max_hr), (None, None));
}

#[test]
fn non_run_fit_files_are_skipped_with_a_reason() {
    let bike = read("garmin-fenix-5-bike.fit");
    assert!(bike.sessions.is_empty());
    assert_eq!(bike.skipped, ["a bike ride (cycling), not a run"]);
    let settings = read("Settings.fit");
    assert_eq!(
        settings.skipped,
        ["a device settings file, not an activity"]
    );
    let scale = read("WeightScaleSingleUser.fit");
    assert_eq!(scale.skipped, ["a weight-scale file, not an activity"]);
}

#[test]
fn strong_csv_workouts_runs_and_unmatched_names() {
    let r = read("strong.csv");
    assert_eq!(r.format, Format::StrongCsv);
    assert_eq!(r.sessions.len(), 2);
    let lift = &r.sessions[0];
    assert_eq!(lift.date.to_string(), "2024-11-18");
    assert_eq!(lift.time.unwrap().to_string(), "07:05:00");
    assert_eq!(
        lift.source_key.as_deref(),
        Some("strong:2024-11-18T07:05:12")
    );
    assert_eq!(lift.note.as_deref(), Some("Lower A"));
    assert_eq!(lift.strength().unwrap().minutes, Some(65.0));
    let s = sets(lift);
    assert_eq!(s.len(), 8, "the Rest Timer line is not a set");
    assert_eq!(s[0].exercise, "back squat");
    assert!(s[0].warmup && !s[1].warmup);
    assert_eq!(
        (s[1].reps, s[1].weight_kg, s[1].rir),
        (6, Some(80.0), Some(2))
    );
    assert_eq!(s[2].rir, Some(2)); // RPE 8.5 -> RIR 1.5, rounded half away from zero
    assert_eq!(s[3].exercise, "romanian deadlift");
    assert_eq!(
        s[5].exercise, "Hack Squat (Machine)",
        "unmatched names are kept, not guessed"
    );
    assert_eq!(s[7].exercise, "standing calf raise");
    let run = r.sessions[1].run().unwrap();
    assert_eq!((run.distance_m, run.duration_s), (5200.0, 1710.0));
    assert_eq!(
        r.sessions[1].note.as_deref(),
        Some("Evening Run: easy loop")
    );
    assert_eq!(
        r.skipped,
        ["1 cardio entry that is not a run (or has no distance)"]
    );
    assert_eq!(r.unmatched.len(), 1);
    assert_eq!(r.unmatched[0].name, "Hack Squat (Machine)");
    assert_eq!(r.unmatched[0].sets, 2);
    assert!(!r.unmatched[0].suggestions.is_empty());
}

#[test]
fn strong_csv_without_unit_column_follows_the_units_setting() {
    let imperial = Settings {
        distance_unit: Units::Imperial,
        weight_unit: Units::Imperial,
        ..Settings::default()
    };
    let r = read_with("strong.csv", &imperial).unwrap();
    // 80 lb = 36.287 kg; 5.2 mi = 8368.589 m
    assert!(close(
        sets(&r.sessions[0])[1].weight_kg.unwrap(),
        36.287_389_6,
        1e-6
    ));
    assert!(close(
        r.sessions[1].run().unwrap().distance_m,
        8368.5888,
        1e-6
    ));
}

#[test]
fn strong_legacy_semicolon_export_with_pounds() {
    let r = read("strong-legacy-lbs.csv");
    let lift = r.sessions.iter().find(|s| !s.is_run()).unwrap();
    let s = sets(lift);
    assert_eq!(s[0].exercise, "deadlift");
    // 225 lb × 0.45359237 = 102.058 kg
    assert!(close(s[0].weight_kg.unwrap(), 102.058_283_25, 1e-9));
    let run = r
        .sessions
        .iter()
        .find(|s| s.is_run())
        .unwrap()
        .run()
        .unwrap();
    assert_eq!(run.kind, RunKind::Treadmill);
    assert!(close(run.distance_m, 3218.688, 1e-9));
}

#[test]
fn hevy_csv_sets_warmups_rpe_and_run() {
    let r = read("hevy.csv");
    assert_eq!(r.format, Format::HevyCsv);
    let lift = &r.sessions[0];
    assert_eq!(lift.strength().unwrap().minutes, Some(55.0));
    assert_eq!(lift.note.as_deref(), Some("Leg Day: felt strong"));
    let s = sets(lift);
    assert_eq!(s.len(), 6);
    assert!(s[0].warmup);
    assert_eq!((s[1].exercise.as_str(), s[1].rir), ("back squat", Some(2)));
    assert_eq!(s[2].rir, Some(1));
    assert_eq!(s[3].exercise, "bulgarian split squat");
    assert_eq!(s[4].rir, Some(0));
    let run = r.sessions[1].run().unwrap();
    assert_eq!((run.distance_m, run.duration_s), (6400.0, 2280.0));
    assert_eq!(
        r.sessions[1].source_key.as_deref(),
        Some("hevy:2024-11-22T07:00:00:run1")
    );
    let names: Vec<&str> = r.unmatched.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(names, ["Lying Leg Curl (Machine)", "Sled Push"]);
    assert_eq!(r.unmatched[0].suggestions[0], "leg curl");
}

#[test]
fn mapping_resolves_a_name_on_re_read() {
    let p = fixture("strong.csv");
    let bytes = std::fs::read(&p).unwrap();
    let mut c = Catalog::builtin();
    assert!(c.add_mapping("Hack Squat (Machine)", "leg press"));
    let r = read_file_in(&p, &bytes, &c, &Settings::default(), Zone::UTC).unwrap();
    assert!(r.unmatched.is_empty());
    assert_eq!(sets(&r.sessions[0])[5].exercise, "leg press");
}

#[test]
fn malformed_inputs_give_clear_errors_without_file_contents() {
    let cases = [
        ("bad-truncated.gpx", "truncated XML"),
        (
            "fuzz-fit-chained-short-header.fit",
            "corrupt or truncated FIT",
        ),
        ("bad-missing-columns.csv", "missing column(s): Reps"),
        ("bad-empty.gpx", "empty file"),
        ("bad-binary.gpx", "binary data, not a GPX file"),
        ("bad-entities.gpx", "declares entities"),
    ];
    for (file, want) in cases {
        let e = err(file);
        assert!(e.contains(want), "{file}: {e}");
        assert!(e.contains(file), "the error names the file: {e}");
        assert!(!e.contains("aaaa") && !e.contains("Squat"), "{e}");
    }
}

#[test]
fn detection_is_by_content_not_extension() {
    let gpx = std::fs::read(fixture("tempo-run.tcx")).unwrap();
    assert_eq!(detect(Path::new("x.gpx"), &gpx), Ok(Format::Tcx));
    let fit = std::fs::read(fixture("Activity.fit")).unwrap();
    assert_eq!(detect(Path::new("activity.bin"), &fit), Ok(Format::Fit));
    let hevy = std::fs::read(fixture("hevy.csv")).unwrap();
    assert_eq!(detect(Path::new("export.txt"), &hevy), Ok(Format::HevyCsv));
    assert!(detect(Path::new("a.json"), b"{\"x\": 1}").is_err());
}
