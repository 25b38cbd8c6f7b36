//! Following the coach (`docs/model.md` §8.9): a hybrid athlete with five weeks of history does
//! exactly what `legday today` says, every day for eight weeks, through the real binary; the
//! week-by-week checks of §8.9 then hold on what was logged.

use assert_cmd::Command;
use chrono::{Datelike, Days, NaiveDate};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn legday(db: &Path, today: NaiveDate) -> Command {
    let mut c = Command::cargo_bin("legday").unwrap();
    c.env("LEGDAY_TODAY", today.to_string())
        .env_remove("LEGDAY_DB")
        .env("NO_COLOR", "1")
        .arg("--db")
        .arg(db);
    c
}

fn ok(db: &Path, today: NaiveDate, args: &[String]) -> String {
    let out = legday(db, today).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?} on {today}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn s(x: impl ToString) -> String {
    x.to_string()
}

/// Logs a run of `minutes` at 6:00 per km.
fn log_run(db: &Path, day: NaiveDate, kind: &str, minutes: u32) {
    let km = f64::from(minutes) / 6.0;
    ok(
        db,
        day,
        &[
            s("run"),
            s("--distance"),
            format!("{km:.3}km"),
            s("--duration"),
            format!("{minutes}:00"),
            s("--kind"),
            s(kind),
            s("--date"),
            s(day),
        ],
    );
}

fn log_lift(db: &Path, day: NaiveDate, sets: &[String]) {
    let mut args = vec![s("lift"), s("--date"), s(day)];
    args.extend(sets.iter().cloned());
    ok(db, day, &args);
}

/// "back squat 3x5@105kg rir2" from a prescription.
fn set_spec(e: &Value) -> String {
    let w = e["weight_kg"]
        .as_f64()
        .map(|kg| format!("@{kg}kg"))
        .unwrap_or_default();
    format!(
        "{} {}x{}{w} rir2",
        e["exercise"].as_str().unwrap(),
        e["sets"],
        e["reps"]
    )
}

fn d(x: &str) -> NaiveDate {
    NaiveDate::parse_from_str(x, "%Y-%m-%d").unwrap()
}

/// Five weeks of habits from Mon 5 Oct 2026: easy 40 min Mon, Tue, Thu; a lower lift Wed and
/// Fri (back squat 3 × 5 at 100 kg, RDL 3 × 8 at 80 kg, 2 in reserve); a long run of 80 min on
/// Sat; Sun rest.
fn seed_hybrid(db: &Path) {
    let first = d("2026-10-05");
    for w in 0..5u64 {
        let m = first + Days::new(7 * w);
        for i in [0, 1, 3] {
            log_run(db, m + Days::new(i), "easy", 40);
        }
        for i in [2, 4] {
            log_lift(
                db,
                m + Days::new(i),
                &[s("back squat 3x5@100kg rir2"), s("RDL 3x8@80kg rir2")],
            );
        }
        log_run(db, m + Days::new(5), "long", 80);
    }
}

#[derive(Default, Debug)]
struct Week {
    training_days: u32,
    run_minutes: f64,
    long: u32,
    quality_days: Vec<NaiveDate>,
    lifts: u32,
    phases: Vec<String>,
}

#[test]
fn following_today_for_eight_weeks_keeps_section_8_9() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("follow.sqlite3");
    seed_hybrid(&db);
    // Follow today from Mon 9 Nov for eight weeks.
    let start = d("2026-11-09");
    let log = follow(&db, start, 56);
    let mut weeks: BTreeMap<NaiveDate, Week> = BTreeMap::new();
    let mut squat: Vec<(NaiveDate, f64)> = Vec::new();
    let (mut run_days, mut lift_days) = (0, 0);
    for x in &log {
        let t = &x.today;
        run_days = t["week"]["runs"][1].as_u64().unwrap();
        lift_days = t["week"]["lifts"][1].as_u64().unwrap();
        let monday = x.day - Days::new(u64::from(x.day.weekday().num_days_from_monday()));
        let w = weeks.entry(monday).or_default();
        w.phases.push(t["phase"].as_str().unwrap().to_string());
        if let Some(kind) = x.run.as_deref() {
            w.run_minutes += f64::from(x.run_minutes);
            if ["intervals", "tempo", "hills"].contains(&kind) {
                w.quality_days.push(x.day);
            }
            w.long += u32::from(kind == "long");
        }
        if let Some(kg) = x.squat_kg {
            squat.push((x.day, kg));
        }
        w.lifts += u32::from(x.lifted);
        w.training_days += u32::from(x.trained);
    }
    assert_eq!(weeks.len(), 8);
    assert_eq!((run_days, lift_days), (4, 2), "the habits held all along");
    let mut streak = 0;
    let mut quality: Vec<NaiveDate> = Vec::new();
    let mut prev_minutes: Option<(f64, bool)> = None;
    for (monday, w) in &weeks {
        // a rest day every calendar week, and at least the target of lifts, never more
        assert!(w.training_days <= 6, "week of {monday}: {w:?}");
        assert!(
            w.lifts >= 2 && w.lifts <= lift_days as u32,
            "week of {monday}: {w:?}"
        );
        // a long run every week (run_days ≥ 3, no race)
        assert_eq!(w.long, 1, "week of {monday}: {w:?}");
        // the quality run of run_days 4
        assert!(!w.quality_days.is_empty(), "week of {monday}: {w:?}");
        quality.extend(&w.quality_days);
        // the week's minutes within [0.7, 1.3] of the week before, except around a deload
        let light = w.phases.iter().any(|p| p != "build");
        if let Some((prev, prev_light)) = prev_minutes
            && !light
            && !prev_light
        {
            let r = w.run_minutes / prev;
            assert!(
                (0.7..=1.3).contains(&r),
                "week of {monday}: {r} × the week before"
            );
        }
        prev_minutes = Some((w.run_minutes, light));
        streak = streak.max(w.training_days);
    }
    assert!(streak <= 6);
    // never two quality runs on consecutive days
    for pair in quality.windows(2) {
        assert!(
            (pair[1] - pair[0]).num_days() > 1,
            "quality runs on {pair:?}"
        );
    }
    // the back squat's weight rises within three weeks, and never falls outside a deload
    let first_w = squat.first().unwrap().1;
    let within3: Vec<f64> = squat
        .iter()
        .filter(|(day, _)| (*day - start).num_days() < 21)
        .map(|x| x.1)
        .collect();
    assert!(
        within3.iter().any(|&w| w > first_w) || first_w > 100.0,
        "{squat:?}"
    );
    assert!(squat.last().unwrap().1 > 100.0, "{squat:?}");
}

/// Exercises with `f = 1` for a leg group (§8.1 lower-body) that the coach may prescribe.
const LOWER: [&str; 14] = [
    "back squat",
    "goblet squat",
    "forward lunge",
    "split squat",
    "step-up",
    "sumo squat",
    "hip thrust",
    "glute bridge",
    "single-leg deadlift",
    "romanian deadlift",
    "nordic curl",
    "leg curl",
    "standing calf raise",
    "single-leg calf raise",
];

/// What was done on a day by following `today`: the run's kind, and whether a lower lift.
#[derive(Debug)]
struct Done {
    day: NaiveDate,
    /// What `today --json` said.
    today: Value,
    run: Option<String>,
    run_minutes: u32,
    lifted: bool,
    lower: bool,
    /// The back squat's prescribed weight (0 when none), on a day it was prescribed.
    squat_kg: Option<f64>,
    trained: bool,
}

/// Follows `today` for `days` days from `start`, logging exactly what it says.
fn follow(db: &Path, start: NaiveDate, days: u64) -> Vec<Done> {
    let mut out = Vec::new();
    for i in 0..days {
        let day = start + Days::new(i);
        let t: Value = serde_json::from_str(&ok(db, day, &[s("today"), s("--json")])).unwrap();
        assert_eq!(
            t["for"],
            s(day),
            "nothing is logged before the day's suggestion"
        );
        assert!(
            !t["reason"].as_str().unwrap().is_empty(),
            "a reason every day"
        );
        let mut done = Done {
            day,
            today: t.clone(),
            run: None,
            run_minutes: 0,
            lifted: false,
            lower: false,
            squat_kg: None,
            trained: false,
        };
        if let Some(r) = t["run"].as_object() {
            let kind = r["kind"].as_str().unwrap();
            // the race: its distance at 6:00 per km; else the middle of the range
            let minutes = match r["distance_m"].as_f64() {
                Some(m) => (m / 1000.0 * 6.0).round() as u32,
                None => {
                    let [lo, hi] = [0, 1].map(|k| r["minutes"][k].as_u64().unwrap() as u32);
                    (lo + hi).div_ceil(2)
                }
            };
            log_run(db, day, kind, minutes);
            done.run = Some(kind.to_string());
            done.run_minutes = minutes;
            done.trained = true;
        }
        let lift = t["exercises"]
            .as_array()
            .filter(|e| !e.is_empty())
            .or_else(|| t["also"]["exercises"].as_array());
        if let Some(ex) = lift {
            let sets: Vec<String> = ex.iter().map(set_spec).collect();
            log_lift(db, day, &sets);
            done.lower = ex
                .iter()
                .any(|e| LOWER.contains(&e["exercise"].as_str().unwrap()));
            done.squat_kg = ex
                .iter()
                .find(|e| e["exercise"] == "back squat")
                .map(|e| e["weight_kg"].as_f64().unwrap_or(0.0));
            done.lifted = true;
            done.trained = true;
        }
        out.push(done);
    }
    out
}

#[test]
fn following_today_around_a_half_marathon_keeps_section_8_9() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("race.sqlite3");
    seed_hybrid(&db);
    let start = d("2026-11-09");
    let race = d("2026-12-06");
    ok(
        &db,
        start,
        &[
            s("race"),
            s("add"),
            s(race),
            s("half"),
            s("--name"),
            s("City half"),
        ],
    );
    let log = follow(&db, start, 56);
    let quality = |r: &Option<String>| {
        r.as_deref()
            .is_some_and(|k| ["intervals", "tempo", "hills"].contains(&k))
    };
    for x in &log {
        let to_race = (race - x.day).num_days();
        // no quality run or lower lift in
        if (1..=3).contains(&to_race) {
            assert!(!quality(&x.run) && !x.lower, "{x:?}");
        }
        // the race on R
        if to_race == 0 {
            assert_eq!(x.run.as_deref(), Some("race"), "{x:?}");
        }
        // no quality run in [P+1, P + ceil(21.1 / 3)] = [P+1, P+8]
        if (-8..=-1).contains(&to_race) {
            assert!(!quality(&x.run), "{x:?}");
        }
    }
    // never seven training days in a row, never quality runs on consecutive days
    let mut streak = 0;
    for (i, x) in log.iter().enumerate() {
        streak = if x.trained { streak + 1 } else { 0 };
        assert!(streak < 7, "seven days in a row up to {}", x.day);
        if i > 0 {
            assert!(!(quality(&x.run) && quality(&log[i - 1].run)), "{x:?}");
        }
    }
    // a rest day in every calendar week
    for week in log.chunks(7) {
        assert!(week.iter().any(|x| !x.trained), "{week:?}");
    }
}
