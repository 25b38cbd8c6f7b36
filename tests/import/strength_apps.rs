//! Issue 17 (6): FitNotes and Fitbod CSV workout exports, read like Strong's and Hevy's.
//! Fixtures `fitnotes.csv`, `fitnotes-legacy.csv` and `fitbod.csv` follow the apps' public
//! column layouts (see `SOURCES.md`).

use super::*;
use chrono::FixedOffset;
use legday::domain::SetEntry;

fn set(exercise: &str, reps: u32, kg: Option<f64>) -> SetEntry {
    SetEntry::new(exercise, reps, kg)
}

fn read_in(name: &str, zone: Zone) -> legday::import::FileResult {
    let p = fixture(name);
    let bytes = std::fs::read(&p).unwrap();
    read_file_in(&p, &bytes, &Catalog::builtin(), &Settings::default(), zone).unwrap()
}

#[test]
fn fitnotes_a_day_is_a_workout_without_a_time() {
    let r = read("fitnotes.csv");
    assert_eq!(r.format, Format::FitNotesCsv);
    assert_eq!(r.sessions.len(), 3, "{:?}", r.skipped);
    for s in &r.sessions {
        assert_eq!((s.time, s.rpe, s.note.as_deref()), (None, None, None));
        assert_eq!(s.source.as_deref(), Some("fitnotes"));
    }
    // 1 June: the treadmill run (5.0 km in 0:30:00), then the lifts
    let run = &r.sessions[0];
    assert_eq!(run.date.to_string(), "2024-06-01");
    assert_eq!(
        run.source_key.as_deref(),
        Some("fitnotes:2024-06-01T00:00:00:run1")
    );
    let rr = run.run().unwrap();
    assert_eq!(
        (rr.kind, rr.distance_m, rr.duration_s),
        (RunKind::Treadmill, 5000.0, 1800.0)
    );
    let legs = &r.sessions[1];
    assert_eq!(
        legs.source_key.as_deref(),
        Some("fitnotes:2024-06-01T00:00:00")
    );
    assert_eq!(
        sets(legs),
        [
            set("back squat", 5, Some(100.0)),
            set("back squat", 5, Some(100.0)),
            set("romanian deadlift", 8, Some(80.0)),
        ]
    );
    // 3 June: a row in lbs (225 lb = 102.06 kg), an unknown exercise kept by its name
    let second = &r.sessions[2];
    assert_eq!(second.date.to_string(), "2024-06-03");
    let s = sets(second);
    assert_eq!(s[0].exercise, "leg press");
    assert!(close(s[0].weight_kg.unwrap(), 225.0 * 0.453_592_37, 1e-9));
    assert_eq!(s[1], set("standing calf raise", 15, Some(60.0)));
    assert_eq!(s[2], set("Cable Crunch", 12, Some(40.0)));
    assert_eq!(r.unmatched.len(), 1);
    assert_eq!(
        (r.unmatched[0].name.as_str(), r.unmatched[0].sets),
        ("Cable Crunch", 1)
    );
}

#[test]
fn fitnotes_older_layout_with_the_unit_in_the_header() {
    let r = read("fitnotes-legacy.csv");
    assert_eq!(r.format, Format::FitNotesCsv);
    let s = sets(&r.sessions[0]);
    assert_eq!(r.sessions[0].date.to_string(), "2019-01-11");
    assert_eq!((s.len(), s[0].reps, s[1].reps), (2, 10, 8));
    assert!(close(s[0].weight_kg.unwrap(), 135.0 * 0.453_592_37, 1e-9));
    assert!(close(s[1].weight_kg.unwrap(), 155.0 * 0.453_592_37, 1e-9));
}

#[test]
fn fitbod_sets_less_than_two_hours_apart_are_one_workout() {
    let r = read("fitbod.csv");
    assert_eq!(r.format, Format::FitbodCsv);
    assert_eq!(r.sessions.len(), 3, "{:?}", r.skipped);
    let (run, upper, lower) = (&r.sessions[0], &r.sessions[1], &r.sessions[2]);
    for s in [run, upper, lower] {
        assert_eq!((s.rpe, s.source.as_deref()), (None, Some("fitbod")));
    }
    // 4 March, 18:02 UTC: the workout's first set; the run inside it is a session of its own
    assert_eq!(upper.date.to_string(), "2024-03-04");
    assert_eq!(upper.time.unwrap().to_string(), "18:02:00");
    assert_eq!(
        upper.source_key.as_deref(),
        Some("fitbod:2024-03-04T18:02:11")
    );
    let rr = run.run().unwrap();
    assert_eq!(
        (rr.distance_m, rr.duration_s, rr.kind),
        (5000.0, 1500.0, RunKind::Easy)
    );
    assert_eq!(
        sets(upper),
        [
            SetEntry {
                warmup: true,
                ..set("Barbell Bench Press", 10, Some(40.0))
            },
            set("Barbell Bench Press", 8, Some(60.0)),
            set("back squat", 5, Some(100.0)),
        ]
    );
    // first set 18:02:11 to last 18:40:00
    match &upper.activity {
        Activity::Strength(st) => assert!(close(st.minutes.unwrap(), 37.0 + 49.0 / 60.0, 1e-9)),
        a => panic!("{a:?}"),
    }
    assert_eq!(lower.date.to_string(), "2024-03-06");
    assert_eq!(
        sets(lower),
        [
            set("forward lunge", 10, Some(16.0)),
            set("Sled Push", 8, Some(60.0))
        ]
    );
    let names: Vec<(&str, usize)> = r
        .unmatched
        .iter()
        .map(|u| (u.name.as_str(), u.sets))
        .collect();
    assert_eq!(names, [("Barbell Bench Press", 2), ("Sled Push", 1)]);
}

/// Fitbod writes UTC: a workout at 23:30 UTC is on the 6th at 18:30 in New York (UTC-5).
#[test]
fn fitbod_times_are_dated_in_the_import_zone() {
    let ny = Zone::Fixed(FixedOffset::west_opt(5 * 3600).unwrap());
    let r = read_in("fitbod.csv", ny);
    let lower = r.sessions.last().unwrap();
    assert_eq!(lower.date.to_string(), "2024-03-06");
    assert_eq!(lower.time.unwrap().to_string(), "18:30:00");
    assert_eq!(r.sessions[1].time.unwrap().to_string(), "13:02:00");
}
