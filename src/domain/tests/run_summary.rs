//! §9 the summary of a run (`run_summary`): the splits' fastest and slowest marks, the five
//! heart-rate zones, the best efforts that are the fastest ever; §9 the elevation profile.
//! Values by hand.

use super::day;
use crate::domain::coach::{Earlier, Inputs as CoachInputs};
use crate::domain::run_summary::{HrZones, Inputs, Summary};
use crate::domain::track::{BestEffort, Sample, Split, TrackSummary, elevation_profile};
use crate::domain::{Catalog, History, Run, RunKind, Session, Settings, Today, Units};

fn split(distance_m: f64, seconds: f64) -> Split {
    Split {
        distance_m,
        seconds,
        gain_m: None,
        loss_m: None,
        avg_hr: None,
    }
}

/// 4.5 km in 1300.4 s: km splits of 300.4, 290, 310, 300 s and a last 500 m in 100 s.
fn run(track: TrackSummary) -> Session {
    let mut r = Run::new(RunKind::Easy, 4500.0, 1300.4);
    r.track = Some(Box::new(track));
    Session::new_run(day(0), r)
}

fn track() -> TrackSummary {
    TrackSummary {
        best_efforts: vec![
            BestEffort {
                distance_m: 1000.0,
                seconds: 290.0,
                start_m: 1000.0,
            },
            BestEffort {
                distance_m: 1609.344,
                seconds: 465.0,
                start_m: 900.0,
            },
        ],
        splits_km: vec![
            split(1000.0, 300.4),
            split(1000.0, 290.0),
            split(1000.0, 310.0),
            split(1000.0, 300.0),
            split(500.0, 100.0),
        ],
        splits_mi: vec![split(1609.344, 470.0), split(1609.344, 470.0)],
        // bpm, seconds
        hr_seconds: vec![
            (90, 10.0),
            (100, 60.0),
            (119, 30.0),
            (120, 40.0),
            (150, 100.0),
            (170, 50.0),
            (180, 20.0),
        ],
        elevation: vec![(0.0, 100.0), (2250.0, 120.0), (4500.0, 100.0)],
    }
}

fn build(s: &Session, settings: &Settings, fastest: &[(f64, f64)]) -> Summary {
    let catalog = Catalog::builtin();
    let history = History::from_sessions(vec![s.clone()], settings);
    let coach = CoachInputs {
        history: &history,
        races: &[],
        settings,
        catalog: &catalog,
        earlier: &Earlier::default(),
    };
    let next = Today::build(&coach, day(1), &mut |_| None);
    Summary::build(Inputs {
        session: s,
        settings,
        catalog: &catalog,
        fastest,
        prs: vec!["PR: longest run 4.50 km (was 4.00 km)".into()],
        next,
        retimed_from_s: None,
    })
}

#[test]
fn section_9_the_fastest_and_slowest_whole_splits_are_marked() {
    let settings = Settings::default();
    let sum = build(&run(track()), &settings, &[]);
    let r = sum.run.as_ref().unwrap();
    // to the second: 300, 290, 310, 300; the 500 m split (100 s, the fastest pace) is not whole
    let marks: Vec<(bool, bool)> = r.splits.iter().map(|x| (x.fastest, x.slowest)).collect();
    assert_eq!(
        marks,
        [
            (false, false),
            (true, false),
            (false, true),
            (false, false),
            (false, false)
        ]
    );
    assert_eq!(r.split_unit, Units::Metric);
    assert!((r.moving_s - 1300.4).abs() < 1e-9);
    // 1300.4 s / 4.5 km = 288.977... s per km
    assert!((r.pace_s_per_km - 1300.4 / 4.5).abs() < 1e-9);
    assert_eq!(
        r.elevation,
        [(0.0, 100.0), (2250.0, 120.0), (4500.0, 100.0)]
    );
    assert_eq!(sum.prs.len(), 1);
    assert_eq!(sum.next.date, day(1));
    // a miles user: two whole miles of 470 s each, equal: nothing is marked
    let miles = Settings {
        distance_unit: Units::Imperial,
        ..Settings::default()
    };
    let sum = build(&run(track()), &miles, &[]);
    let r = sum.run.unwrap();
    assert_eq!(r.split_unit, Units::Imperial);
    assert_eq!(r.splits.len(), 2);
    assert!(r.splits.iter().all(|x| !x.fastest && !x.slowest));
}

#[test]
fn section_9_five_zones_of_the_maximum() {
    // max 200: 90 bpm is 45% (no zone); 100 (50%) and 119 (59.5%) zone 1: 60 + 30 = 90 s;
    // 120 (60%) zone 2: 40 s; 150 (75%) zone 3: 100 s; 170 (85%) zone 4: 50 s; 180 (90%)
    // zone 5: 20 s
    let settings = Settings {
        hr_max: Some(200),
        ..Settings::default()
    };
    let sum = build(&run(track()), &settings, &[]);
    assert_eq!(
        sum.run.unwrap().zones,
        HrZones::Known {
            hr_max: 200.0,
            seconds: [90.0, 40.0, 100.0, 50.0, 20.0]
        }
    );
    // no maximum known: none, and why
    let r = build(&run(track()), &Settings::default(), &[]).run.unwrap();
    assert_eq!(r.zones, HrZones::NoMax);
    assert_eq!(
        r.zones.note(),
        Some("no maximum heart rate known: set hr_max")
    );
    // no samples: none, whatever the maximum
    let bare = TrackSummary {
        hr_seconds: Vec::new(),
        ..track()
    };
    let r = build(&run(bare), &settings, &[]).run.unwrap();
    assert_eq!(r.zones, HrZones::NoSamples);
}

#[test]
fn section_9_a_best_effort_is_the_best_ever_when_no_stored_one_is_faster() {
    // stored: 1 km in 280 s (faster than this run's 290), a mile in 470 s (slower than 465)
    let sum = build(
        &run(track()),
        &Settings::default(),
        &[(1000.0, 280.0), (1609.344, 470.0)],
    );
    let e: Vec<(&str, bool)> = sum
        .run
        .unwrap()
        .best_efforts
        .iter()
        .map(|e| (e.name, e.best_ever))
        .collect();
    assert_eq!(e, [("1k", false), ("mile", true)]);
    // equal to the stored best (this run's own, stored) is the best ever
    let sum = build(&run(track()), &Settings::default(), &[(1000.0, 290.0)]);
    assert!(sum.run.unwrap().best_efforts[0].best_ever);
}

fn at(d: f64, ele: Option<f64>) -> Sample {
    Sample {
        t: d / 3.0,
        d,
        ele,
        ..Sample::default()
    }
}

#[test]
fn section_9_the_elevation_profile() {
    // three samples: three points, where they are
    let s = [
        at(0.0, Some(100.0)),
        at(1000.0, Some(110.0)),
        at(2000.0, Some(100.0)),
    ];
    let d: Vec<f64> = s.iter().map(|x| x.d).collect();
    assert_eq!(
        elevation_profile(&s, &d),
        [(0.0, 100.0), (1000.0, 110.0), (2000.0, 100.0)]
    );
    // a sample without an altitude takes the one before it
    let s = [
        at(0.0, Some(100.0)),
        at(500.0, None),
        at(1000.0, Some(110.0)),
    ];
    let d: Vec<f64> = s.iter().map(|x| x.d).collect();
    assert_eq!(
        elevation_profile(&s, &d),
        [(0.0, 100.0), (500.0, 100.0), (1000.0, 110.0)]
    );
    // 121 samples every 10 m, altitude d / 10: 60 points every 1200 / 59 = 20.339 m, the
    // altitude interpolated (d / 10) and both to a tenth
    let s: Vec<Sample> = (0..=120)
        .map(|i| at(10.0 * f64::from(i), Some(f64::from(i))))
        .collect();
    let d: Vec<f64> = s.iter().map(|x| x.d).collect();
    let p = elevation_profile(&s, &d);
    assert_eq!(p.len(), 60);
    assert_eq!(p[0], (0.0, 0.0));
    assert_eq!(p[1], (20.3, 2.0));
    assert_eq!(p[30], (610.2, 61.0));
    assert_eq!(p[59], (1200.0, 120.0));
    // fewer than two altitudes: none
    let s = [at(0.0, Some(100.0)), at(1000.0, None)];
    assert!(elevation_profile(&s, &[0.0, 1000.0]).is_empty());
}
