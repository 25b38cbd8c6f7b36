//! Tests of the coach (§8.2-§8.8), values worked out by hand from `docs/model.md`.

use super::calendar::{Calendar, Phase, latest_gap, taper_days};
use super::habits::{Habits, Targets};
use super::lift::to_step;
use super::{Earlier, Inputs, round5};
use crate::domain::catalog::Catalog;
use crate::domain::history::History;
use crate::domain::race::Race;
use crate::domain::run_kind::RunKind;
use crate::domain::session::{Run, Session, SetEntry, Strength};
use crate::domain::settings::{Level, Settings};
use crate::domain::today::{Suggestion, Today};
use chrono::{Datelike, Days, NaiveDate, Weekday};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn run(date: NaiveDate, kind: RunKind, minutes: f64) -> Session {
    // 6:00 per km
    Session::new_run(date, Run::new(kind, minutes * 1000.0 / 6.0, minutes * 60.0))
}

/// (exercise, sets, reps, kg, rir)
type SetSpec<'a> = (&'a str, u32, u32, Option<f64>, Option<u8>);
/// (days before T, sets of (reps, kg, rir))
type Logged<'a> = (u64, &'a [(u32, f64, Option<u8>)]);

fn lift(date: NaiveDate, sets: &[SetSpec]) -> Session {
    let sets = sets
        .iter()
        .flat_map(|&(e, n, reps, w, rir)| {
            (0..n).map(move |_| SetEntry {
                rir,
                ..SetEntry::new(e, reps, w)
            })
        })
        .collect();
    Session::new_strength(
        date,
        Strength {
            minutes: Some(45.0),
            sets,
        },
    )
}

struct World {
    history: History,
    races: Vec<Race>,
    settings: Settings,
    catalog: Catalog,
    earlier: Earlier,
}

impl World {
    fn new(sessions: Vec<Session>) -> World {
        let settings = Settings::default();
        World {
            history: History::from_sessions(sessions, &settings),
            races: Vec::new(),
            settings,
            catalog: Catalog::builtin(),
            earlier: Earlier::default(),
        }
    }
    fn inputs(&self) -> Inputs<'_> {
        Inputs {
            history: &self.history,
            races: &self.races,
            settings: &self.settings,
            catalog: &self.catalog,
            earlier: &self.earlier,
        }
    }
    fn today(&self, day: NaiveDate) -> Today {
        Today::build(&self.inputs(), day, &mut |_| None)
    }
    fn plan(&self, day: NaiveDate, n: usize) -> Vec<Today> {
        Today::plan(&self.inputs(), day, n, &mut |_| None)
    }
}

/// Five weeks from Mon 19 Oct 2026: Mon, Tue, Thu easy 40 min, Wed and Fri a lower lift
/// (back squat 3×5 @ 100 kg, romanian deadlift 3×8 @ 80 kg, 2 in reserve), Sat a long run of
/// 80 min, Sun rest. The plan week is Mon 23 Nov.
fn hybrid() -> Vec<Session> {
    let mut out = Vec::new();
    let first = d("2026-10-19");
    for w in 0..5u64 {
        let m = first + Days::new(7 * w);
        for i in [0, 1, 3] {
            out.push(run(m + Days::new(i), RunKind::Easy, 40.0));
        }
        for i in [2, 4] {
            out.push(lift(
                m + Days::new(i),
                &[
                    ("back squat", 3, 5, Some(100.0), Some(2)),
                    ("romanian deadlift", 3, 8, Some(80.0), Some(2)),
                ],
            ));
        }
        out.push(run(m + Days::new(5), RunKind::Long, 80.0));
    }
    out
}

#[test]
fn section_8_1_rounding() {
    assert_eq!(round5(37.5), 40.0);
    assert_eq!(round5(37.4), 35.0);
    assert_eq!(round5(1.1 * 35.0), 40.0); // 38.5
    assert_eq!(to_step(84.0, 2.5), 85.0); // 33.6 steps -> 34
    assert_eq!(to_step(83.75, 2.5), 85.0); // 33.5: halves up
    assert_eq!(to_step(0.8 * 100.0, 2.5), 80.0);
}

#[test]
fn section_8_2_habits_are_medians_of_the_weeks() {
    let w = World::new(hybrid());
    let m = d("2026-11-23");
    let h = Habits::measure(&w.inputs(), m);
    // five weeks on or after start (19 Oct): 4 runs and 2 lifts each, 200 run minutes
    assert_eq!(h.weeks, 5);
    assert_eq!((h.runs_pw, h.lifts_pw, h.base), (4.0, 2.0, 200.0));
    // easy runs of [26 Oct, 22 Nov]: all 40 min; the longest run 80 min
    assert_eq!((h.easy_min, h.longest), (40.0, 80.0));
    let t = Targets::new(&w.inputs(), &h, m);
    assert_eq!(
        (
            t.run_days,
            t.lift_days,
            t.long_target,
            t.quality_target,
            t.easy_target
        ),
        (4, 2, 1, 1, 2)
    );
    assert_eq!((t.rest_target, t.lower_cap), (1, 2));
    // L: the weekday of the latest long run in [M-56, M-1], Sat 21 Nov
    assert_eq!(t.long_day, Weekday::Sat);
}

#[test]
fn section_8_2_a_skipped_week_does_not_drag_the_median() {
    let mut s = hybrid();
    // week of 9 Nov: sick, nothing done
    s.retain(|x| !(x.date >= d("2026-11-09") && x.date <= d("2026-11-15")));
    let w = World::new(s);
    let h = Habits::measure(&w.inputs(), d("2026-11-23"));
    // runs 4, 4, 4, 0, 4 -> 4; lifts 2, 2, 2, 0, 2 -> 2
    assert_eq!((h.runs_pw, h.lifts_pw), (4.0, 2.0));
}

#[test]
fn section_8_2_fewer_than_two_weeks_use_defaults_or_a_higher_rate() {
    // start Sat 14 Nov; M = 23 Nov: one whole week [16, 22 Nov] only
    let s: Vec<Session> = (0..9u64)
        .filter(|i| i % 3 != 2)
        .map(|i| run(d("2026-11-14") + Days::new(i), RunKind::Easy, 30.0))
        .collect();
    assert_eq!(s.len(), 6);
    let w = World::new(s);
    let h = Habits::measure(&w.inputs(), d("2026-11-23"));
    assert_eq!(h.weeks, 1);
    // 6 runs over the 9 days [14, 22 Nov]: 6 × 7 / 9 = 4.67 > 3; 180 min -> 140 > 120;
    // no lift: the default 2
    assert!((h.runs_pw - 6.0 * 7.0 / 9.0).abs() < 1e-9);
    assert!((h.base - 140.0).abs() < 1e-9);
    assert_eq!(h.lifts_pw, 2.0);
    let t = Targets::new(&w.inputs(), &h, d("2026-11-23"));
    // round(4.67) = 5 run days: two quality runs (§8.3)
    assert_eq!((t.run_days, t.quality_target, t.easy_target), (5, 2, 2));
    // no long run in 56 days: the last day of the week
    assert_eq!(t.long_day, Weekday::Sun);
}

#[test]
fn section_8_4_phases_and_their_boundaries() {
    let mut w = World::new(vec![run(d("2026-11-02"), RunKind::Easy, 40.0)]);
    let r = d("2026-12-20");
    w.races.push(Race {
        id: 1,
        date: r,
        distance_m: 42195.0,
        name: Some("Valencia".into()),
    });
    let inputs = w.inputs();
    let cal = Calendar::new(&inputs, d("2026-11-02"));
    let ph = |x: NaiveDate| cal.phase(x, super::week_monday(x, &w.settings));
    assert_eq!(taper_days(42.195), 14);
    assert_eq!(taper_days(21.0975), 10);
    assert_eq!(taper_days(10.0), 7);
    assert_eq!(ph(r), Phase::RaceDay);
    assert_eq!(ph(r - Days::new(1)), Phase::PreRace);
    assert_eq!(ph(r - Days::new(2)), Phase::PreRace);
    assert_eq!(ph(r - Days::new(3)), Phase::Taper);
    assert_eq!(ph(r - Days::new(14)), Phase::Taper);
    assert_ne!(ph(r - Days::new(15)), Phase::Taper);
    // P + ceil(42.195 / 3) = P + 15
    assert_eq!(ph(r + Days::new(1)), Phase::PostRace);
    assert_eq!(ph(r + Days::new(15)), Phase::PostRace);
    assert_ne!(ph(r + Days::new(16)), Phase::PostRace);
}

#[test]
fn section_8_4_deload_every_fourth_week() {
    // start Mon 2 Nov, a run every third day: k = floor((M - start) / 7)
    let w = World::new(
        (0..20u64)
            .map(|i| run(d("2026-11-02") + Days::new(3 * i), RunKind::Easy, 40.0))
            .collect(),
    );
    let inputs = w.inputs();
    let cal = Calendar::new(&inputs, d("2026-12-31"));
    let ph = |m: NaiveDate| cal.phase(m + Days::new(2), m);
    assert_eq!(ph(d("2026-11-16")), Phase::Build); // k = 2
    assert_eq!(ph(d("2026-11-23")), Phase::Deload); // k = 3
    assert_eq!(ph(d("2026-11-30")), Phase::Build); // k = 4
    assert_eq!(ph(d("2026-12-14")), Phase::Build); // k = 6
    assert_eq!(ph(d("2026-12-21")), Phase::Deload); // k = 7, 7 mod 4 = 3
}

#[test]
fn section_8_4_return_after_a_break_and_its_end() {
    // runs every other day until 1 Oct, nothing 2-31 Oct (30 rest days), back on 1 Nov
    let mut s: Vec<Session> = (0..14u64)
        .map(|i| run(d("2026-09-05") + Days::new(2 * i), RunKind::Easy, 60.0))
        .collect();
    s.extend((0..15u64).map(|i| run(d("2026-11-01") + Days::new(2 * i), RunKind::Easy, 30.0)));
    let w = World::new(s);
    let inputs = w.inputs();
    let cal = Calendar::new(&inputs, d("2026-11-30"));
    let gap = latest_gap(&[d("2026-10-01"), d("2026-11-01")], d("2026-11-05")).unwrap();
    assert_eq!((gap.first_rest, gap.g), (d("2026-10-02"), d("2026-11-01")));
    let m = |x: NaiveDate| super::week_monday(x, &w.settings);
    // X - g = 20: return; 21: not
    let x20 = d("2026-11-21");
    assert_eq!(cal.phase(x20, m(x20)), Phase::Return);
    let x21 = d("2026-11-22");
    assert_ne!(cal.phase(x21, m(x21)), Phase::Return);
    // pregap: the runs of [4 Sep, 1 Oct]: 14 × 60 = 840 min, / 4 = 210
    assert_eq!(cal.pregap(gap), 210.0);
    // B of the week of Mon 2 Nov: days 2-8 Nov are X - g = 1..7: six days at 0.5 and one
    // (8 Nov) at 0.75 of 210 -> (6 × 105 + 157.5) / 7 = 112.5
    assert!((cal.week_minutes(d("2026-11-02"), 999.0) - 112.5).abs() < 1e-9);
    // With no session since the break, g is the day itself (§8.4)
    let gone = latest_gap(&[d("2026-10-01")], d("2026-10-20")).unwrap();
    assert_eq!(gone.g, d("2026-10-20"));
}

#[test]
fn section_8_5_the_week_laid_out_in_order() {
    // Mon 23 Nov, nothing done yet this week (Sun 22 a rest day)
    let w = World::new(hybrid());
    let t = w.today(d("2026-11-23"));
    // B = 1.1 × 200 = 220 (build; start 19 Oct, k = 5)
    assert_eq!(t.phase, Phase::Build);
    assert_eq!(t.week.run_minutes, [0, 220]);
    assert_eq!(t.week.runs, [0, 4]);
    assert_eq!(t.week.lifts, [0, 2]);
    // slots 7 - 1 rest = 6: the long run on L (Sat); the quality run on the earliest allowed
    // day, Monday (Sunday was a rest day); lower lifts Tue and Thu (not the day after another
    // lower lift); easy runs Wed and Fri; Sun rest.
    let strip: Vec<(Weekday, Option<RunKind>, bool)> = t
        .strip
        .iter()
        .map(|s| (s.date.weekday(), s.run, s.lift))
        .collect();
    use Weekday::*;
    assert_eq!(
        strip,
        [
            (Mon, Some(RunKind::Intervals), false),
            (Tue, None, true),
            (Wed, Some(RunKind::Easy), false),
            (Thu, None, true),
            (Fri, Some(RunKind::Easy), false),
            (Sat, Some(RunKind::Long), false),
            (Sun, None, false),
        ]
    );
    // the quality run: never done -> intervals; [max(20, round5(36)), round5(44)] = [35, 45]
    assert_eq!(t.suggestion, Suggestion::Run);
    let r = t.run.as_ref().unwrap();
    assert_eq!((r.kind, r.minutes), (RunKind::Intervals, Some([35, 45])));
    assert!(
        r.structure
            .as_ref()
            .unwrap()
            .starts_with("5-6 × 3 min hard")
    );
}

#[test]
fn section_8_5_minutes_of_the_long_and_easy_runs() {
    let w = World::new(hybrid());
    let p = w.plan(d("2026-11-23"), 7);
    let mins = |i: usize| p[i].run.as_ref().and_then(|r| r.minutes);
    // long: Lm = min(1.1 × 80, 180, 0.4 × 220) = 88 ≥ Lf = round5(44) + 10 = 55;
    // [round5(79.2), round5(88)] = [80, 90]
    assert_eq!(mins(5), Some([80, 90]));
    // easy on Wed: Re = 220 - 40 (Monday's intervals done, middle of [35, 45]) - 90 (long)
    // = 90, k = 2: e = 5 × floor(90 / 10) = 45 (cap round5(52) = 50): [40, 50]
    assert_eq!(mins(2), Some([40, 50]));
}

#[test]
fn section_8_7_double_progression_from_the_last_session() {
    let w = World::new(hybrid());
    // Tue 24 Nov after Monday's intervals: the lower lift
    let p = w.plan(d("2026-11-23"), 2);
    let t = &p[1];
    assert_eq!(t.suggestion, Suggestion::Strength);
    let ex: Vec<(&str, u32, u32, Option<f64>)> = t
        .exercises
        .iter()
        .map(|e| (e.exercise.as_str(), e.sets, e.reps, e.weight_kg))
        .collect();
    // the athlete's own core pair; every set reached its reps with 2 in reserve on Fri 20 Nov:
    // lower body +5%: max(100 + 2.5, to_step(105)) = 105; max(82.5, to_step(84) = 85) = 85
    assert_eq!(ex[0], ("back squat", 3, 5, Some(105.0)));
    assert_eq!(ex[1], ("romanian deadlift", 3, 8, Some(85.0)));
    assert_eq!(
        t.exercises[0].why.as_deref(),
        Some("+5 kg: 3 × 5 at 100 kg with 2 in reserve on 20 Nov")
    );
}

/// One exercise's history: (days before T, sets of (reps, kg, rir)).
fn squat_world(level: Level, sessions: &[Logged]) -> World {
    let t = d("2026-11-25");
    let s = sessions
        .iter()
        .map(|(back, sets)| {
            let list: Vec<SetEntry> = sets
                .iter()
                .map(|&(reps, kg, rir)| SetEntry {
                    rir,
                    ..SetEntry::new("back squat", reps, Some(kg))
                })
                .collect();
            Session::new_strength(
                t - Days::new(*back),
                Strength {
                    minutes: Some(40.0),
                    sets: list,
                },
            )
        })
        .collect();
    let mut w = World::new(s);
    w.settings.level = level;
    w
}

/// The back squat's prescribed weight and reason in a lower lift at Wed 25 Nov.
fn squat(w: &World) -> (Option<f64>, String) {
    let p = squat_in(w, None, None);
    (p.weight_kg, p.why.unwrap_or_default())
}

/// The back squat's prescription at Wed 25 Nov, in the calendar's phase or the one given, with
/// the calendar's start or the one given.
fn squat_in(
    w: &World,
    phase: Option<Phase>,
    start: Option<NaiveDate>,
) -> super::lift::Prescription {
    let t = d("2026-11-25");
    let inputs = w.inputs();
    let ath = super::Athlete::new(&inputs, t - Days::new(1));
    let cal = Calendar::new(&inputs, t - Days::new(1));
    let li = super::lift::LiftInputs {
        t,
        ath: &ath,
        phase: phase.unwrap_or_else(|| cal.phase(t, super::week_monday(t, &w.settings))),
        gap: cal.gap(t),
        start: start.or_else(|| cal.start(t)),
        next_race: None,
        open: vec![],
        recovering: vec![],
    };
    let p = super::lift::session(&li, super::LiftKind::Lower, &mut |_| None);
    p.into_iter().find(|e| e.exercise == "back squat").unwrap()
}

#[test]
fn section_8_7_weight_rules() {
    use Level::*;
    let ok = [(5, 100.0, Some(2)); 3];
    // every set reached 5 with 2 in reserve, 7 and 14 days ago: +5%
    let w = squat_world(Intermediate, &[(14, &ok), (7, &ok)]);
    assert_eq!(squat(&w).0, Some(105.0));
    // last set with 1 in reserve: hold
    let w = squat_world(
        Intermediate,
        &[(7, &[(5, 100.0, Some(2)), (5, 100.0, Some(1))])],
    );
    assert_eq!(
        squat(&w),
        (
            Some(100.0),
            "same weight: the last set had 1 in reserve".into()
        )
    );
    // short of 5 twice in a row (at 100 or more): to_step(0.9 × 100) = 90
    let short = [(5, 100.0, None), (4, 100.0, None)];
    let w = squat_world(Intermediate, &[(10, &short), (5, &short)]);
    assert_eq!(squat(&w).0, Some(90.0));
    // short once: hold
    let w = squat_world(Intermediate, &[(10, &ok), (5, &short)]);
    assert_eq!(squat(&w).0, Some(100.0));
    // a rise 3 days ago (97.5 -> 100): held past beginner, raised for a beginner
    let before = [(5, 97.5, Some(2)); 3];
    let w = squat_world(Intermediate, &[(7, &before), (3, &ok)]);
    assert_eq!(squat(&w).0, Some(100.0));
    let w = squat_world(Beginner, &[(7, &before), (3, &ok)]);
    assert_eq!(squat(&w).0, Some(105.0));
    // 30 days ago and no strength session in [T-21, T-1]: to_step(0.8 × 100) = 80
    let w = squat_world(Intermediate, &[(30, &ok)]);
    assert_eq!(squat(&w).0, Some(80.0));
    // older than 56 days: no weight
    let w = squat_world(Intermediate, &[(57, &ok)]);
    assert_eq!(squat(&w).0, None);
    // upper body +2.5%: a plate step when 2.5% is less (to_step(102.5) = 102.5 vs 100 + 2.5)
    assert_eq!(to_step(40.0 * 1.025, 2.5), 40.0);
}

#[test]
fn section_8_5_race_week_is_fixed_by_the_calendar() {
    let mut w = World::new(hybrid());
    // a 10 km race on Sat 28 Nov: Thu rest, Fri shake-out, Sat the race;
    // P+1 (Sun) rest; no quality run in taper after R-4, no lower lift in
    w.races.push(Race {
        id: 1,
        date: d("2026-11-28"),
        distance_m: 10000.0,
        name: None,
    });
    let t = w.today(d("2026-11-23"));
    let strip: Vec<(Weekday, Option<RunKind>, bool)> = t
        .strip
        .iter()
        .map(|s| (s.date.weekday(), s.run, s.lift))
        .collect();
    assert_eq!(strip.len(), 7);
    assert_eq!(strip[3], (Weekday::Thu, None, false));
    assert_eq!(strip[4], (Weekday::Fri, Some(RunKind::Easy), false));
    assert_eq!(strip[5], (Weekday::Sat, Some(RunKind::Race), false));
    assert_eq!(strip[6], (Weekday::Sun, None, false));
    assert_eq!(t.phase, Phase::Taper);
    // R-4 = Tue 24, R-3 = Wed 25: no lower lift there, no quality run after R-4
    for s in &t.strip[1..3] {
        assert!(!matches!(
            s.run,
            Some(RunKind::Intervals | RunKind::Tempo | RunKind::Hills)
        ));
    }
    let plan = w.plan(d("2026-11-23"), 6);
    assert_eq!(plan[5].suggestion, Suggestion::Race);
    assert_eq!(plan[5].run.as_ref().unwrap().distance_m, Some(10000.0));
}

#[test]
fn section_8_6_never_seven_days_in_a_row() {
    // a session every day of [17, 22 Nov]: the 23rd is a rest day whatever the plan says
    let s: Vec<Session> = (0..6u64)
        .map(|i| run(d("2026-11-17") + Days::new(i), RunKind::Recovery, 25.0))
        .collect();
    let w = World::new(s);
    let t = w.today(d("2026-11-23"));
    assert_eq!(t.suggestion, Suggestion::Rest);
    assert!(t.reason.contains("6 days in a row"));
}

#[test]
fn section_8_4_a_prehistory_gives_the_same_calendar() {
    // runs every other day, a 30-day break (a new start), a 16-day break, more runs
    let mut s: Vec<Session> = (0..40u64)
        .map(|i| run(d("2026-03-01") + Days::new(2 * i), RunKind::Easy, 40.0))
        .collect();
    s.extend((0..20u64).map(|i| run(d("2026-06-10") + Days::new(3 * i), RunKind::Easy, 30.0)));
    s.extend((0..30u64).map(|i| run(d("2026-08-25") + Days::new(2 * i), RunKind::Easy, 30.0)));
    let whole = World::new(s);
    let cut = d("2026-11-01");
    for horizon in [
        d("2026-04-01"),
        d("2026-06-20"),
        d("2026-08-15"),
        d("2026-09-01"),
    ] {
        let mut w = World::new(whole.history.sessions.clone());
        w.earlier.prehistory = super::Prehistory::at(&w.history, horizon);
        assert!(w.earlier.prehistory.is_some());
        let (a_in, b_in) = (whole.inputs(), w.inputs());
        let (a, b) = (Calendar::new(&a_in, cut), Calendar::new(&b_in, cut));
        for x in super::week::days(horizon, cut) {
            let m = super::week_monday(x, &w.settings);
            assert_eq!(a.start(x), b.start(x), "start at {x}, horizon {horizon}");
            assert_eq!(a.gap(x), b.gap(x), "gap at {x}, horizon {horizon}");
            assert_eq!(
                a.phase(x, m),
                b.phase(x, m),
                "phase at {x}, horizon {horizon}"
            );
        }
    }
}

#[test]
fn section_8_8_the_plan_equals_asking_today_each_day() {
    // a plan carries the week's facts and fitness from day to day; asking `today` afresh on
    // the history with the assumed sessions added must give the very same days
    let mut w = World::new(hybrid());
    w.races.push(Race {
        id: 1,
        date: d("2026-12-13"),
        distance_m: 21097.5,
        name: None,
    });
    let plan = w.plan(d("2026-11-23"), 28);
    assert_eq!(plan.len(), 28);
    let mut history = w.history.clone();
    for t in &plan {
        let world = World {
            history: history.clone(),
            races: w.races.clone(),
            settings: w.settings.clone(),
            catalog: Catalog::builtin(),
            earlier: Earlier::default(),
        };
        let fresh = world.today(t.date);
        assert_eq!(&fresh, t, "{}", t.date);
        // the pace the plan assumes: the median easy pace of the four weeks before, 6:00/km
        for s in crate::domain::today::assumed(t, 0.36) {
            history.add(s, &w.settings);
        }
    }
}

#[test]
fn section_8_7_sets_from_the_last_normal_week_and_deload_sets() {
    // start Mon 2 Nov: the week of 23 Nov is a deload week (k = 3). Sun 22 Nov (a normal
    // week) 3 × 5; Tue 24 Nov (the deload week) 2 × 5.
    let normal = [(5, 100.0, Some(2)); 3];
    let light = [(5, 100.0, Some(2)); 2];
    let w = squat_world(Level::Intermediate, &[(3, &normal), (1, &light)]);
    let start = Some(d("2026-11-02"));
    // sets and reps from the latest session outside a deload week: 3 × 5
    let p = squat_in(&w, Some(Phase::Build), start);
    assert_eq!((p.sets, p.reps), (3, 5));
    // in a deload week: ceil(3 / 2) = 2 sets, the same weight
    let p = squat_in(&w, Some(Phase::Deload), start);
    assert_eq!((p.sets, p.reps, p.weight_kg), (2, 5, Some(100.0)));
    assert_eq!(p.why.as_deref(), Some("same weight: deload week"));
}

#[test]
fn section_8_7_a_return_after_a_break_starts_at_80_percent() {
    // 3 × 5 at 100 kg 30 days ago, then a 20-day break; back two days ago with a run: the
    // squat session was before the break of a return phase: to_step(0.8 × 100) = 80
    let mut w = squat_world(Level::Intermediate, &[(30, &[(5, 100.0, Some(2)); 3])]);
    let back = run(d("2026-11-23"), RunKind::Easy, 30.0);
    let mut sessions = w.history.sessions.clone();
    sessions.push(back);
    w.history = History::from_sessions(sessions, &w.settings);
    let p = squat_in(&w, None, None);
    assert_eq!(p.weight_kg, Some(80.0));
}

#[test]
fn section_8_5_double_day_when_the_week_is_full() {
    // run_days 5 and lift_days 3 on the hybrid history, Mon 23 Nov: six slots (one rest day)
    // for 5 runs and 3 lifts. Long Sat; quality Mon (intervals) and Wed (tempo: Tue is the
    // day after a hard day); lower lifts Thu (not Tue: the day before Wednesday's quality
    // run) and Sun (not Fri: the day before the long run); the upper lift Tue. No slot left:
    // an easy run joins Tuesday's upper lift, a recovery run (the day after Monday's
    // intervals); the fifth run finds no day. Fri stays free: the rest day.
    let mut w = World::new(hybrid());
    w.settings.run_days = Some(5);
    w.settings.lift_days = Some(3);
    let t = w.today(d("2026-11-23"));
    let strip: Vec<(Option<RunKind>, bool)> = t.strip.iter().map(|s| (s.run, s.lift)).collect();
    assert_eq!(
        strip,
        [
            (Some(RunKind::Intervals), false),
            (Some(RunKind::Recovery), true),
            (Some(RunKind::Tempo), false),
            (None, true),
            (None, false),
            (Some(RunKind::Long), false),
            (None, true),
        ]
    );
    // on Tuesday the run is the suggestion and the upper lift comes as `also`
    let p = w.plan(d("2026-11-23"), 2);
    assert_eq!(p[1].suggestion, Suggestion::Run);
    let also = p[1].also.as_ref().unwrap();
    assert!(!also.exercises.is_empty());
    for e in &also.exercises {
        assert!(
            !super::is_lower_body(&w.catalog, &e.exercise),
            "{}",
            e.exercise
        );
    }
}

#[test]
fn section_8_5_a_skipped_day_moves_the_rest_of_the_week() {
    // Monday's intervals skipped: at Tue 24 Nov Monday counts as the week's rest day, so all
    // six days are slots: the quality run today, the lower lifts Wed and Sun (not Thu, the
    // day after one; not Fri, the day before the long run), easy runs Thu and Fri, long Sat
    let w = World::new(hybrid());
    let t = w.today(d("2026-11-24"));
    assert_eq!(t.week.rest_days, 1);
    let strip: Vec<(Option<RunKind>, bool)> = t.strip.iter().map(|s| (s.run, s.lift)).collect();
    assert_eq!(
        strip,
        [
            (None, false),
            (Some(RunKind::Intervals), false),
            (None, true),
            (Some(RunKind::Easy), false),
            (Some(RunKind::Easy), false),
            (Some(RunKind::Long), false),
            (None, true),
        ]
    );
}

#[test]
fn section_8_5_quality_runs_stop_after_r_minus_4_in_a_taper() {
    // a 10 km race on Mon 30 Nov: the taper is [23, 27 Nov], R-4 = Thu 26 Nov. At Fri 27 Nov
    // with nothing done this week, no quality run is planned; at Thu 26 Nov one is
    // (on Thu itself: the day before is a rest day and Fri is not a hard day)
    let mut w = World::new(hybrid());
    w.races.push(Race {
        id: 1,
        date: d("2026-11-30"),
        distance_m: 10000.0,
        name: None,
    });
    let quality = |k: Option<RunKind>| {
        matches!(
            k,
            Some(RunKind::Intervals | RunKind::Tempo | RunKind::Hills)
        )
    };
    let r4 = w.today(d("2026-11-26"));
    assert_eq!(r4.phase, Phase::Taper);
    assert!(quality(r4.run.as_ref().map(|r| r.kind)), "{:?}", r4.run);
    let r3 = w.today(d("2026-11-27"));
    assert!(!r3.strip.iter().any(|s| quality(s.run)), "{:?}", r3.strip);
}
