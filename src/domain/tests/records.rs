use super::*;
use crate::domain::records::{
    LiftSet, RecordSettings, Records, RunEntry, e1rm, lift_records, predictions, run_records, shoes,
};

fn set(offset: i64, session: i64, idx: u32, ex: &str, reps: u32, w: Option<f64>) -> LiftSet {
    LiftSet {
        session_id: session,
        date: day(offset),
        time: None,
        idx,
        exercise: ex.into(),
        reps,
        weight_kg: w,
        rir: None,
    }
}

fn entry(id: i64, offset: i64, kind: RunKind, m: f64, s: f64) -> RunEntry {
    RunEntry {
        id,
        date: day(offset),
        time: None,
        kind,
        distance_m: m,
        duration_s: s,
        shoes: None,
        efforts: Vec::new(),
    }
}

#[test]
fn section_9_epley_with_rir_within_1_to_12() {
    close(
        e1rm(5, Some(100.0), None).unwrap(),
        100.0 * (1.0 + 5.0 / 30.0),
    ); // 116.67
    close(
        e1rm(5, Some(100.0), Some(2)).unwrap(),
        100.0 * (1.0 + 7.0 / 30.0),
    ); // 123.33
    close(e1rm(12, Some(50.0), None).unwrap(), 70.0); // 50 × 1.4
    assert_eq!(e1rm(11, Some(50.0), Some(2)), None); // 13 > 12
    assert_eq!(e1rm(0, Some(50.0), None), None); // 0 < 1
    close(e1rm(0, Some(50.0), Some(1)).unwrap(), 50.0 * 31.0 / 30.0);
    assert_eq!(e1rm(5, Some(0.0), None), None);
    assert_eq!(e1rm(5, None, None), None);
}

#[test]
fn section_9_prs_count_strict_improvements_and_never_the_first_set() {
    // In time order: 116.67 (first: not a PR), 116.67 (a tie: not a PR), 122.5 (PR),
    // 114 (90 × 38/30), 122.5 (tie), 121 (110 × 1.1), 124 (120 × 31/30: PR). Given shuffled.
    let sq = "back squat";
    let sets = vec![
        set(-1, 7, 0, sq, 1, Some(120.0)),
        set(-20, 1, 0, sq, 5, Some(100.0)),
        set(-20, 1, 1, sq, 5, Some(100.0)),
        set(-10, 3, 1, sq, 8, Some(90.0)),
        set(-10, 3, 0, sq, 5, Some(105.0)),
        set(-5, 5, 0, sq, 5, Some(105.0)),
        set(-3, 6, 0, sq, 3, Some(110.0)),
    ];
    let r = lift_records(&sets, &Catalog::builtin(), day(0));
    assert_eq!(r.len(), 1);
    let b = &r[0];
    assert_eq!(b.prs, 2);
    close(b.e1rm_kg.unwrap(), 124.0);
    assert_eq!(b.date, day(-1));
    assert_eq!((b.set.reps, b.set.weight_kg), (1, Some(120.0)));
    assert_eq!(b.best_reps, None);
    // The events: 122.5 was 116.67 (session 3), 124 was 122.5 (session 7).
    assert_eq!(b.events.len(), 2);
    assert_eq!(b.events[0].session_id, 3);
    close(b.events[0].was, 100.0 * 35.0 / 30.0);
    assert_eq!(b.events[1].session_id, 7);
    close(b.events[1].was, 122.5);
    // Sets after D are ignored: at D-2 the best is 122.5 with one PR.
    let r = lift_records(&sets, &Catalog::builtin(), day(-2));
    assert_eq!(r[0].prs, 1);
    close(r[0].e1rm_kg.unwrap(), 122.5);
}

#[test]
fn section_9_bodyweight_exercises_record_most_reps_in_catalog_order() {
    // push-up reps 15, 20, 20, 18, 25 → best 25, PRs 2 (20 and 25); aliases resolve to one name;
    // a name the catalog does not know comes after the catalog's exercises.
    let sets = vec![
        set(-9, 1, 0, "push-up", 15, None),
        set(-8, 2, 0, "Push-ups", 20, None),
        set(-7, 3, 0, "push-up", 20, None),
        set(-6, 4, 0, "push-up", 18, None),
        set(-5, 5, 0, "push-up", 25, None),
        set(-5, 5, 1, "sled push", 10, Some(80.0)),
        set(-4, 6, 0, "back squat", 5, Some(60.0)),
    ];
    let r = lift_records(&sets, &Catalog::builtin(), day(0));
    let names: Vec<&str> = r.iter().map(|l| l.exercise.as_str()).collect();
    assert_eq!(names, ["back squat", "push-up", "sled push"]);
    let p = &r[1];
    assert_eq!((p.best_reps, p.e1rm_kg, p.prs), (Some(25), None, 2));
    assert_eq!(p.date, day(-5));
}

#[test]
fn section_9_best_5k_is_the_least_scaled_time_within_5_percent() {
    // d = 5000: 5000 m in 1500 s → 1500; 5200 m in 1540 s → 1480.77; 5250 m (exactly 1.05 d,
    // included) in 1550 s → 1476.19; 5300 m (over 1.05 d) and 4990 m (under d) do not count.
    let runs = [
        entry(1, -50, RunKind::Easy, 5000.0, 1500.0),
        entry(2, -40, RunKind::Easy, 5200.0, 1540.0),
        entry(3, -30, RunKind::Easy, 5250.0, 1550.0),
        entry(4, -20, RunKind::Easy, 5300.0, 1400.0),
        entry(5, -10, RunKind::Easy, 4990.0, 1200.0),
    ];
    let refs: Vec<&RunEntry> = runs.iter().collect();
    let r = run_records(&refs, WeekStart::Monday);
    let b = r.k5.unwrap();
    close(b.seconds, 1550.0 * 5000.0 / 5250.0);
    assert_eq!((b.id, b.date), (3, day(-30)));
    assert_eq!(r.k10, None);
    let l = r.longest.unwrap();
    assert_eq!((l.id, l.distance_m), (4, 5300.0));
}

#[test]
fn section_9_biggest_calendar_week_follows_week_start() {
    // D is Monday 23 Nov. Runs: Sun 22 Nov 10 km, Mon 23 Nov 8 km, Sat 21 Nov 5 km.
    // Monday weeks: 16-22 Nov = 15 km, 23-29 Nov = 8 km. Sunday weeks: 15-21 Nov = 5 km,
    // 22-28 Nov = 18 km.
    let runs = [
        entry(1, -2, RunKind::Easy, 5000.0, 1800.0),
        entry(2, -1, RunKind::Long, 10000.0, 3600.0),
        entry(3, 0, RunKind::Easy, 8000.0, 2700.0),
    ];
    let refs: Vec<&RunEntry> = runs.iter().collect();
    let mon = run_records(&refs, WeekStart::Monday).biggest_week.unwrap();
    assert_eq!(mon.from, day(-7));
    close(mon.km, 15.0);
    let sun = run_records(&refs, WeekStart::Sunday).biggest_week.unwrap();
    assert_eq!(sun.from, day(-1));
    close(sun.km, 18.0);
}

#[test]
fn section_9_predictions_from_the_best_race_of_365_days() {
    // Races: 5 km in 20:00 at D-30 (VDOT 49.81), 10 km in 45:00 at D-10 (VDOT 45.26), and a
    // faster 10 km in 41:00 at D-365 (VDOT 50.47, outside [D-364, D]). The 5 km wins; Riegel:
    // 10 km = 1200 × 2^1.06 = 2501.92 s; marathon = 1200 × 8.439^1.06 = 11509.32 s.
    let runs = [
        entry(1, -365, RunKind::Race, 10000.0, 2460.0),
        entry(2, -30, RunKind::Race, 5000.0, 1200.0),
        entry(3, -10, RunKind::Race, 10000.0, 2700.0),
        entry(4, -5, RunKind::Tempo, 5000.0, 1100.0), // not a race
    ];
    let refs: Vec<&RunEntry> = runs.iter().collect();
    let p = predictions(&refs, day(0)).unwrap();
    assert_eq!((p.from.id, p.from.date), (2, day(-30)));
    assert!((p.from.vdot - 49.806).abs() < 1e-3, "{}", p.from.vdot);
    close(p.k5, 1200.0);
    assert!((p.k10 - 2501.918).abs() < 1e-3, "{}", p.k10);
    assert!((p.marathon - 11509.321).abs() < 1e-3, "{}", p.marathon);
    // One day later the old 10 km race is still out; a day earlier (D-1) it is in and wins.
    assert_eq!(predictions(&refs, day(-1)).unwrap().from.id, 1);
    // No race in the last 365 days: none.
    assert_eq!(predictions(&refs[..1], day(0)), None);
    assert_eq!(predictions(&refs[3..], day(0)), None);
}

#[test]
fn section_9_shoes_are_trimmed_and_case_insensitive_shown_as_first_written() {
    let mut runs = [
        entry(1, -30, RunKind::Easy, 6000.0, 1800.0),
        entry(2, -20, RunKind::Easy, 4000.0, 1800.0),
        entry(3, -10, RunKind::Easy, 5500.0, 1800.0),
        entry(4, -5, RunKind::Easy, 3000.0, 1800.0),
        entry(5, -4, RunKind::Easy, 3000.0, 1800.0),
    ];
    let names = ["Pegasus 41", "  pegasus 41 ", "PEGASUS 41", "Kinvara", "  "];
    for (r, n) in runs.iter_mut().zip(names) {
        r.shoes = Some(n.to_string());
    }
    let refs: Vec<&RunEntry> = runs.iter().collect();
    // Pegasus: 3 runs, 15.5 km; retire at 15 km → worn. Kinvara 3 km → not worn. Blank: none.
    let s = shoes(&refs, 15.0);
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].name, "Kinvara"); // most recently used first
    let p = &s[1];
    assert_eq!((p.name.as_str(), p.runs), ("Pegasus 41", 3));
    close(p.km, 15.5);
    assert_eq!((p.first, p.last), (day(-30), day(-10)));
    assert!(p.worn);
    assert!(!s[0].worn);
    // Exactly at the limit is not past it.
    assert!(!shoes(&refs, 15.5)[1].worn);
}

#[test]
fn section_9_records_json_shape() {
    let runs = [entry(1, -3, RunKind::Race, 5000.0, 1395.0)];
    let sets = [set(-2, 2, 0, "back squat", 5, Some(100.0))];
    let st = RecordSettings {
        week_start: WeekStart::Monday,
        shoes_retire_km: 700.0,
    };
    let r = Records::build(&sets, &runs, &Catalog::builtin(), st, day(0));
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["lifts"][0]["exercise"], "back squat");
    assert_eq!(v["lifts"][0]["prs"], 0);
    assert_eq!(v["lifts"][0]["set"]["weight_kg"], 100.0);
    assert_eq!(v["runs"]["5k"]["seconds"], 1395.0);
    assert_eq!(v["runs"]["10k"], serde_json::Value::Null);
    assert_eq!(v["runs"]["biggest_week"]["from"], "2026-11-16");
    assert_eq!(v["predictions"]["from"]["id"], 1);
    assert_eq!(v["predictions"]["5k"], 1395.0);
    assert!(v["shoes"].as_array().unwrap().is_empty());
    assert!(v["lifts"][0].get("events").is_none());
}

#[test]
fn section_9_v3_a_weighted_set_beyond_the_e1rm_range_keeps_its_weight() {
    use crate::domain::records::LiftSet;
    let d0 = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    let set = |i: i64, reps: u32, kg: f64| LiftSet {
        session_id: i,
        date: d0 + chrono::Days::new(i as u64),
        time: None,
        idx: 0,
        exercise: "standing calf raise".into(),
        reps,
        weight_kg: Some(kg),
        rir: None,
    };
    // 15 reps + 0 RIR is past 12: no e1RM; the heaviest set wins, then its reps
    let sets = vec![set(1, 20, 30.0), set(2, 15, 40.0), set(3, 14, 40.0)];
    let r = crate::domain::records::lift_records(
        &sets,
        &crate::domain::Catalog::builtin(),
        d0 + chrono::Days::new(30),
    );
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].e1rm_kg, None);
    assert_eq!(r[0].best_reps, None);
    assert_eq!((r[0].set.weight_kg, r[0].set.reps), (Some(40.0), 15));
    assert_eq!(r[0].date, d0 + chrono::Days::new(2));
}

#[test]
fn section_9_v3_best_efforts_count_beside_whole_runs() {
    use crate::domain::track::BestEffort;
    // a whole 5 km in 25:00, then a 12 km run whose fastest 5 km (from 4000 m) took 20:00
    let whole = entry(1, -10, RunKind::Easy, 5000.0, 1500.0);
    let mut long = entry(2, -3, RunKind::Long, 12_000.0, 3300.0);
    long.efforts = vec![
        BestEffort {
            distance_m: 5000.0,
            seconds: 1200.0,
            start_m: 4000.0,
        },
        BestEffort {
            distance_m: 10_000.0,
            seconds: 2700.0,
            start_m: 0.0,
        },
    ];
    let r = run_records(&[&whole, &long], WeekStart::Monday);
    let k5 = r.k5.unwrap();
    assert_eq!((k5.seconds, k5.id, k5.start_m), (1200.0, 2, Some(4000.0)));
    assert_eq!(k5.date, day(-3));
    // no whole run within 10-10.5 km: the effort is the 10k
    let k10 = r.k10.unwrap();
    assert_eq!((k10.seconds, k10.id, k10.start_m), (2700.0, 2, Some(0.0)));
    assert!(r.half.is_none());
    // a slower effort does not beat a whole run: 5 km in 18:20 (1100 s) stays the best
    let fast = entry(3, -1, RunKind::Race, 5000.0, 1100.0);
    let r = run_records(&[&whole, &long, &fast], WeekStart::Monday);
    let k5 = r.k5.clone().unwrap();
    assert_eq!((k5.seconds, k5.id, k5.start_m), (1100.0, 3, None));
    // the JSON keeps seconds, date and id, and adds start_m only for an effort
    let j = serde_json::to_value(&r).unwrap();
    assert!(j["5k"].get("start_m").is_none());
    assert_eq!(j["10k"]["start_m"], 0.0);
    assert_eq!(j["10k"]["id"], 2);
}

#[test]
fn section_1_a_week_starts_on_the_chosen_day() {
    // 23 Nov 2026 is a Monday; the Sunday before is the 22nd
    let mon = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let sun = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let thu = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    assert_eq!(WeekStart::Monday.first_day(mon), mon);
    assert_eq!(WeekStart::Sunday.first_day(mon), sun);
    assert_eq!(WeekStart::Monday.first_day(thu), mon);
    assert_eq!(WeekStart::Sunday.first_day(sun), sun);
    assert_eq!(
        WeekStart::Monday.first_day(sun),
        NaiveDate::from_ymd_opt(2026, 11, 16).unwrap()
    );
}
