//! The parsers: table-driven accepted/refused inputs here; properties over any input (a
//! refusal names the field, round trips) in `parse_props/properties.rs`.

mod properties;

use chrono::NaiveDate;
use legday::domain::{Catalog, RunKind, Units};
use legday::error::Error;
use legday::format;
use legday::parse;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn message(e: Error) -> String {
    e.to_string()
}

#[test]
fn dates() {
    let d = |s| parse::date("date", s, today());
    assert_eq!(
        d("2026-11-01").unwrap(),
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
    );
    assert_eq!(d(" Today ").unwrap(), today());
    assert_eq!(
        d("yesterday").unwrap(),
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    );
    assert_eq!(d("1900-01-01").unwrap().to_string(), "1900-01-01");
    for bad in [
        "2026-11-24",
        "1899-12-31",
        "2026-13-01",
        "2026-02-30",
        "26-11-01",
        "2026/11/01",
        "",
        "tomorrow",
        "2026-1-01",
    ] {
        assert!(d(bad).is_err(), "{bad}");
    }
    assert!(message(d("2026-11-24").unwrap_err()).contains("future"));
    assert!(message(d("x").unwrap_err()).starts_with("date: \"x\" is not a date; use YYYY-MM-DD"));
}

#[test]
fn times() {
    assert_eq!(
        parse::time("time", "07:30").unwrap().to_string(),
        "07:30:00"
    );
    assert_eq!(parse::time("time", "7:05").unwrap().to_string(), "07:05:00");
    assert_eq!(
        parse::time("time", "23:59").unwrap().to_string(),
        "23:59:00"
    );
    for bad in ["24:00", "12:60", "12:5", "1230", "", "ab:cd", "12:30:00"] {
        assert!(parse::time("time", bad).is_err(), "{bad}");
    }
}

#[test]
fn durations() {
    let ok = [
        ("28:30", 1710.0),
        ("75:00", 4500.0),
        ("1:02:05", 3725.0),
        ("45m", 2700.0),
        ("1h05m", 3900.0),
        ("1h", 3600.0),
        ("90s", 90.0),
        ("1h05m30s", 3930.0),
        ("1h 5m", 3900.0),
        ("48:00:00", 172_800.0),
    ];
    for (s, v) in ok {
        assert_eq!(parse::duration("duration", s).unwrap(), v, "{s}");
    }
    for bad in [
        "28:3x", "28:60", "1:60:00", "0:00", "0m", "48:00:01", "5m1h", "1h1h", "-5m", "45", "",
        "1:2:3:4", "28:5", "nanm", "infs", "1e3s",
    ] {
        assert!(parse::duration("duration", bad).is_err(), "{bad}");
    }
    assert_eq!(
        message(parse::duration("duration", "28:3x").unwrap_err()),
        "duration: \"28:3x\" is not a duration; use MM:SS, H:MM:SS, 45m or 1h05m"
    );
}

#[test]
fn lift_minutes() {
    for (s, v) in [
        ("45", 45.0),
        ("45m", 45.0),
        ("1h05m", 65.0),
        ("1:05:00", 65.0),
        ("600", 600.0),
        ("1", 1.0),
    ] {
        assert_eq!(parse::minutes("minutes", s).unwrap(), v, "{s}");
    }
    for bad in ["0", "601", "1:05", "abc", "", "30s", "11h"] {
        assert!(parse::minutes("minutes", bad).is_err(), "{bad}");
    }
}

#[test]
fn distances() {
    let m = Units::Metric;
    let i = Units::Imperial;
    assert_eq!(parse::distance("distance", "5.2km", m).unwrap(), 5200.0);
    assert_eq!(parse::distance("distance", "5.2 km", i).unwrap(), 5200.0);
    assert!((parse::distance("distance", "3.1mi", m).unwrap() - 4988.97).abs() < 0.01);
    assert_eq!(parse::distance("distance", "800m", i).unwrap(), 800.0);
    assert_eq!(parse::distance("distance", "10", m).unwrap(), 10_000.0);
    assert!((parse::distance("distance", "1", i).unwrap() - 1609.344).abs() < 1e-9);
    assert_eq!(
        parse::distance("distance", "1000km", m).unwrap(),
        1_000_000.0
    );
    for bad in [
        "0",
        "0km",
        "1000.1km",
        "-5km",
        "5 furlongs",
        "",
        "km",
        "5..2km",
        "1e3m",
        "NaN",
    ] {
        assert!(parse::distance("distance", bad, m).is_err(), "{bad}");
    }
}

#[test]
fn elevations_and_weights() {
    let m = Units::Metric;
    assert_eq!(parse::elevation("elevation", "120m", m).unwrap(), 120.0);
    assert_eq!(parse::elevation("elevation", "0", m).unwrap(), 0.0);
    let ft = parse::elevation("elevation", "400", Units::Imperial).unwrap();
    assert!((ft - 121.92).abs() < 1e-9);
    assert!(parse::elevation("elevation", "10001m", m).is_err());
    assert!(parse::elevation("elevation", "-3m", m).is_err());

    assert_eq!(
        parse::weight("weight", "60kg", Units::Imperial).unwrap(),
        60.0
    );
    assert!((parse::weight("weight", "135lb", m).unwrap() - 61.234_969_95).abs() < 1e-6);
    let lb = parse::weight("weight", "135", Units::Imperial).unwrap();
    assert!((lb - 61.234_969_95).abs() < 1e-6);
    assert_eq!(parse::weight("weight", "60", m).unwrap(), 60.0);
    for bad in ["0", "0kg", "1001kg", "60 stone", "heavy", ""] {
        assert!(parse::weight("weight", bad, m).is_err(), "{bad}");
    }
}

#[test]
fn rpe_heart_rate_and_kinds() {
    for (s, v) in [("1", 1.0), ("6.5", 6.5), ("10", 10.0), (" 7 ", 7.0)] {
        assert_eq!(parse::rpe("rpe", s).unwrap(), v);
    }
    for bad in ["11", "0", "6.3", "hard", "0.5", "", "10.5"] {
        assert!(parse::rpe("rpe", bad).is_err(), "{bad}");
    }

    assert_eq!(parse::heart_rate("hr", "150").unwrap(), 150.0);
    assert_eq!(parse::heart_rate("hr", "30").unwrap(), 30.0);
    assert_eq!(parse::heart_rate("hr", "250bpm").unwrap(), 250.0);
    assert_eq!(parse::heart_rate("hr", " 152.5 ").unwrap(), 152.5);
    assert_eq!(parse::heart_rate("hr", "145.5 bpm").unwrap(), 145.5);
    for bad in [
        "29", "29.9", "250.1", "251", "-1", "abc", "1e2", "nan", "inf", "150.5.1", "",
    ] {
        assert!(parse::heart_rate("hr", bad).is_err(), "{bad}");
    }

    for k in RunKind::ALL {
        assert_eq!(parse::kind("kind", k.key()).unwrap(), k);
    }
    assert_eq!(parse::kind("kind", "Tempo").unwrap(), RunKind::Tempo);
    let e = message(parse::kind("kind", "jog").unwrap_err());
    assert!(
        e.contains("easy, long, recovery, tempo, intervals, hills, trail, treadmill, race"),
        "{e}"
    );
}

#[test]
fn set_specs() {
    let c = Catalog::builtin();
    let m = Units::Metric;
    let sets = parse::set_spec("back squat 3x8@60kg", &c, m).unwrap();
    assert_eq!(sets.len(), 3);
    assert!(sets.iter().all(|e| e.exercise == "back squat"
        && e.reps == 8
        && e.weight_kg == Some(60.0)
        && e.rir.is_none()
        && !e.warmup));

    let s = parse::set_spec("Squat 2×5 @ 135lb rir 2 warmup", &c, m).unwrap();
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].exercise, "back squat");
    assert!((s[0].weight_kg.unwrap() - 61.234_969_95).abs() < 1e-6);
    assert_eq!((s[0].rir, s[0].warmup), (Some(2), true));

    let s = parse::set_spec("tibialis raise 2X20 rir0", &c, m).unwrap();
    assert_eq!(
        (s.len(), s[0].reps, s[0].weight_kg, s[0].rir),
        (2, 20, None, Some(0))
    );

    let s = parse::set_spec("RDL 1x5@100", &c, Units::Imperial).unwrap();
    assert_eq!(s[0].exercise, "romanian deadlift");
    assert!((s[0].weight_kg.unwrap() - 45.359_237).abs() < 1e-9);

    let e = message(parse::set_spec("squatt 3x8", &c, m).unwrap_err());
    assert!(
        e.starts_with("exercise: unknown exercise \"squatt\"; did you mean back squat"),
        "{e}"
    );
    let e = message(parse::set_spec("back squat 1x500", &c, m).unwrap_err());
    assert!(e.starts_with("reps: 500 reps"), "{e}");
    for bad in [
        "back squat 0x8",
        "back squat 51x8",
        "back squat 3x0",
        "back squat 3x8 rir11",
        "back squat",
        "3x8",
        "",
        "back squat 3x8@",
        "back squat 3x8@0kg",
        "back squat x8",
        "back squat 3x8 rir",
    ] {
        assert!(parse::set_spec(bad, &c, m).is_err(), "{bad}");
    }
}

#[test]
fn implausible_runs() {
    // Riegel from the 5k record: a 2:00:00 marathon is refused, 2:01:00 accepted.
    assert!(parse::check_run(42_195.0, 7200.0).is_err());
    assert!(parse::check_run(42_195.0, 7260.0).is_ok());
    assert!(parse::check_run(5000.0, 750.0).is_err());
    assert!(parse::check_run(5000.0, 760.0).is_ok());
    assert!(parse::check_run(5200.0, 1710.0).is_ok());
    // 5 m in 0.45 s is 11.1 m/s.
    assert!(parse::check_run(5.0, 0.45).is_err());
    // slower than 60 min/km
    assert!(parse::check_run(1000.0, 3601.0).is_err());
    assert!(parse::check_run(1000.0, 3600.0).is_ok());
    assert!(parse::check_run(0.0, 100.0).is_err());
    assert!(parse::check_run(100.0, 0.0).is_err());
    assert!(parse::check_run(f64::NAN, 100.0).is_err());
    assert!(parse::check_run(1_000_001.0, 170_000.0).is_err());
    let e = message(parse::check_run(42_195.0, 7200.0).unwrap_err());
    assert!(e.contains("world record"), "{e}");
    assert!(message(parse::check_run(1000.0, 4000.0).unwrap_err()).contains("60 min/km"));
}

#[test]
fn formatting() {
    assert_eq!(format::duration_clock(1710.0), "28:30");
    assert_eq!(format::duration_clock(3725.0), "1:02:05");
    assert_eq!(format::duration_clock(59.6), "1:00");
    assert_eq!(format::pace_clock(328.8), "5:29");
    assert_eq!(format::pace_clock(f64::INFINITY), "-:--");
    assert_eq!(format::distance_2dp(5200.0, Units::Metric), "5.20 km");
    assert_eq!(format::distance_2dp(5000.0, Units::Imperial), "3.11 mi");
    assert_eq!(format::distance_typed_km(5200.0), "5.2km");
    assert_eq!(format::distance_typed_km(800.0), "0.8km");
    assert_eq!(format::weight_typed(60.0, Units::Metric), "60kg");
    assert_eq!(format::elevation_whole(121.92, Units::Imperial), "400ft");
}

/// The run kinds named in help and errors are every kind, in order.
#[test]
fn the_run_kind_list_is_every_kind_in_order() {
    let keys: Vec<&str> = RunKind::ALL.iter().map(|k| k.key()).collect();
    assert_eq!(parse::RUN_KINDS, keys.join(", "));
    let e = message(parse::session_kind("kind", "Swim").unwrap_err());
    assert_eq!(
        e,
        format!(
            "kind: \"swim\" is not a kind; use run, strength, or a run kind ({})",
            keys.join(", ")
        )
    );
    assert_eq!(parse::session_kind("kind", " Tempo ").unwrap(), "tempo");
}
