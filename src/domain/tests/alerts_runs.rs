//! §4 rules 7-10 (runs and load) and the order of alerts.

use super::alerts::{Found, cat, eval, eval_with, found, l, of, s};
use super::*;
use crate::domain::alerts::*;

fn spike(km: f64) -> Found {
    // §4.7 (v2): three earlier runs in [date-30, date-1]; the longest, 10 km, on D-30 (the edge)
    of(
        &eval(vec![
            run(-30, RunKind::Easy, 10.0, 60.0),
            run(-20, RunKind::Easy, 8.0, 48.0),
            run(-10, RunKind::Easy, 6.0, 36.0),
            run(0, RunKind::Long, km, 60.0),
        ]),
        Rule::RunSpike,
    )
}

#[test]
fn section_4_7_run_spike_thresholds() {
    let sev = |km| spike(km).first().map(|x| x.1);
    assert_eq!(sev(11.0), None); // x = 0.1 exactly
    assert_eq!(sev(11.1), Some(Severity::Info));
    assert_eq!(sev(13.0), Some(Severity::Info)); // x = 0.3 exactly
    assert_eq!(sev(13.1), Some(Severity::Caution));
    assert_eq!(sev(20.0), Some(Severity::Caution)); // x = 1.0 exactly
    assert_eq!(sev(20.1), Some(Severity::Warning));
}

#[test]
fn section_4_7_run_spike_needs_three_earlier_runs_in_30_days() {
    // §4.7 (v2): D-31 is outside [D-30, D-1], so only two earlier runs count: no alert
    let a = eval(vec![
        run(-31, RunKind::Easy, 5.0, 30.0),
        run(-20, RunKind::Easy, 5.0, 30.0),
        run(-10, RunKind::Easy, 5.0, 30.0),
        run(0, RunKind::Easy, 20.0, 120.0),
    ]);
    assert!(of(&a, Rule::RunSpike).is_empty());
    // the same with the third run on D-30: x = 20/5 - 1 = 3 > 1, warning
    let a = eval(vec![
        run(-30, RunKind::Easy, 5.0, 30.0),
        run(-20, RunKind::Easy, 5.0, 30.0),
        run(-10, RunKind::Easy, 5.0, 30.0),
        run(0, RunKind::Easy, 20.0, 120.0),
    ]);
    assert_eq!(
        of(&a, Rule::RunSpike),
        [(Rule::RunSpike, Severity::Warning, vec![])]
    );
    // a new user's second-ever run, four times the first, is no spike (v1 said warning)
    let a = eval(vec![
        run(-3, RunKind::Easy, 5.0, 30.0),
        run(0, RunKind::Easy, 20.0, 120.0),
    ]);
    assert!(of(&a, Rule::RunSpike).is_empty());
    // same-day runs are not earlier
    let a = eval(vec![
        run(0, RunKind::Easy, 5.0, 30.0),
        run(0, RunKind::Easy, 20.0, 120.0),
    ]);
    assert!(of(&a, Rule::RunSpike).is_empty());
    // two spiking runs in the week: one alert each, ordered by date within a severity
    // (D-5 sees D-25, D-20, D-15; D-2 sees those and D-5.)
    let a = eval(vec![
        run(-25, RunKind::Easy, 5.0, 30.0),
        run(-20, RunKind::Easy, 5.0, 30.0),
        run(-15, RunKind::Easy, 5.0, 30.0),
        run(-5, RunKind::Easy, 6.0, 36.0),  // x = .2 info
        run(-2, RunKind::Easy, 12.0, 70.0), // x = 12/6 - 1 = 1.0 caution
        run(0, RunKind::Easy, 7.0, 40.0),   // x < 0
    ]);
    let sp: Vec<_> = a.iter().filter(|x| x.rule == Rule::RunSpike).collect();
    assert_eq!(sp.len(), 2);
    assert_eq!(
        (sp[0].severity, sp[0].run_date),
        (Severity::Caution, Some(day(-2)))
    );
    assert_eq!(
        (sp[1].severity, sp[1].run_date),
        (Severity::Info, Some(day(-5)))
    );
    assert!(sp[0].message.contains("100%"), "{}", sp[0].message);
}

#[test]
fn section_4_8_distance_jump_beginners_only() {
    let dj = |st: &Settings, prev_km: f64, week_km: f64| {
        let mut s = vec![
            l(0, s("leg extension", 1)),
            run(0, RunKind::Easy, week_km, 60.0),
        ];
        if prev_km > 0.0 {
            s.push(run(-45, RunKind::Easy, 50.0, 300.0)); // keeps run_spike out of the way
            s.push(run(-7, RunKind::Easy, prev_km, 60.0));
        }
        of(&eval_with(s, st), Rule::DistanceJump)
    };
    let b = level(Level::Beginner);
    assert!(dj(&b, 10.0, 13.0).is_empty()); // exactly 1.3×
    assert_eq!(
        dj(&b, 10.0, 13.1),
        [(Rule::DistanceJump, Severity::Caution, vec![])]
    );
    assert!(dj(&level(Level::Intermediate), 10.0, 13.1).is_empty());
    assert!(dj(&b, 0.0, 13.1).is_empty()); // previous week 0
}

fn input(acwr: Option<f64>, loads: [f64; 7]) -> AlertInput {
    AlertInput {
        level: Level::Intermediate,
        week: PerMuscle([5.0; 7]),
        prev_week: PerMuscle([5.0; 7]),
        fortnight_strength: PerMuscle::ZERO,
        week_sessions: 2,
        week_runs: 1,
        week_strength_sessions: 1,
        week_run_m: 0.0,
        prev_run_m: 0.0,
        start: Some(day(-60)),
        runs: vec![],
        acwr,
        week_loads: loads,
        day: day(0),
    }
}

#[test]
fn section_4_9_load_jump_above_1_5_worded_as_a_fact() {
    let (st, c) = (Settings::default(), Catalog::builtin());
    let jumps = |acwr| {
        let a = evaluate(&input(acwr, [0.0; 7]), &st, &c);
        found(&a)
            .into_iter()
            .filter(|x| x.0 == Rule::LoadJump)
            .collect::<Vec<_>>()
    };
    assert!(jumps(Some(1.5)).is_empty());
    assert!(jumps(None).is_empty());
    assert_eq!(
        jumps(Some(1.62)),
        [(Rule::LoadJump, Severity::Info, vec![])]
    );
    let all = evaluate(&input(Some(1.62), [0.0; 7]), &st, &c);
    let a: Vec<_> = all.iter().filter(|x| x.rule == Rule::LoadJump).collect();
    assert_eq!(
        a[0].message,
        "The last 7 days were 1.6× your recent average; big jumps are one factor linked to niggles."
    );
    let text = format!("{} {}", a[0].message, a[0].suggestion).to_lowercase();
    assert!(!text.contains('%') && !text.contains("safe") && !text.contains("risk"));
}

#[test]
fn section_4_9_load_jump_from_history() {
    // 40 days of 60 AU daily, then 7 days of 300: acute ≫ chronic
    let mut h: Vec<Session> = (7..47).map(|i| load_only(-i, 60.0)).collect();
    h.extend((0..7).map(|i| load_only(-i, 300.0)));
    h.push(l(0, cat(vec![s("leg extension", 5), s("nordic curl", 5)])));
    let a = eval(h);
    assert_eq!(of(&a, Rule::LoadJump).len(), 1);
}

#[test]
fn section_4_10_monotony() {
    let (st, c) = (Settings::default(), Catalog::builtin());
    let mono = |loads| of(&evaluate(&input(None, loads), &st, &c), Rule::Monotony);
    // 6 equal days + 1 zero: monotony = 6/√6 = 2.449 > 2 -> fires
    assert_eq!(mono([0.0, 50.0, 50.0, 50.0, 50.0, 50.0, 50.0]).len(), 1);
    // 5 equal days + 2 zeros: 5/√10 = 1.58 -> nothing
    assert!(mono([0.0, 0.0, 50.0, 50.0, 50.0, 50.0, 50.0]).is_empty());
    // sd 0 with mean > 0: fires (monotony itself is null)
    assert_eq!(mono([40.0; 7]), [(Rule::Monotony, Severity::Info, vec![])]);
    // all zero: nothing
    assert!(mono([0.0; 7]).is_empty());
}

#[test]
fn section_4_sort_most_severe_then_rule_then_group() {
    // first session D-13 (lift: quads 6, no hamstrings); runs on D-10 and D-8; the week: runs
    // only, one spiking (D-3 has two earlier runs, D has three: §4.7)
    let a = eval(vec![
        l(-13, s("leg extension", 6)),
        run(-10, RunKind::Easy, 5.0, 30.0),
        run(-8, RunKind::Easy, 5.0, 30.0),
        run(-3, RunKind::Easy, 5.0, 30.0),
        run(0, RunKind::Easy, 8.0, 48.0), // x = 8/5 - 1 = 0.6: caution
    ]);
    let rules: Vec<(Rule, Severity)> = a.iter().map(|x| (x.rule, x.severity)).collect();
    // warnings: neglected ×(every leg group, none reaching maintain), then hamstring_quad;
    // cautions: running_only, run_spike; arms' neglected is info (§4.3, v3), so it comes later
    let n = a
        .iter()
        .filter(|x| x.rule == Rule::Neglected && x.severity == Severity::Warning)
        .count();
    assert!(n >= 5);
    assert!(
        rules[..n]
            .iter()
            .all(|r| *r == (Rule::Neglected, Severity::Warning))
    );
    assert!(a.iter().any(|x| x.rule == Rule::Neglected
        && x.severity == Severity::Info
        && x.muscles == [Muscle::Arms]));
    let neg: Vec<Muscle> = a[..n].iter().map(|x| x.muscles[0]).collect();
    let mut sorted = neg.clone();
    sorted.sort();
    assert_eq!(neg, sorted);
    assert_eq!(
        &rules[n..],
        [
            (Rule::HamstringQuad, Severity::Warning),
            (Rule::RunningOnly, Severity::Caution),
            (Rule::RunSpike, Severity::Caution),
            (Rule::Neglected, Severity::Info),
        ]
    );
}

#[test]
fn section_4_7_and_4_8_messages_speak_the_users_distance_unit() {
    // §4.7: 20 km after three 5 km runs (x = 3, warning); §4.8: 20 km this week after 5 km the
    // week before (4.0×). With miles: 20 km = 12.43 mi, 5 km = 3.11 mi.
    let st = Settings {
        distance_unit: Units::Imperial,
        ..level(Level::Beginner)
    };
    let a = eval_with(
        vec![
            run(-25, RunKind::Easy, 5.0, 30.0),
            run(-20, RunKind::Easy, 5.0, 30.0),
            run(-7, RunKind::Easy, 5.0, 30.0),
            run(0, RunKind::Easy, 20.0, 120.0),
        ],
        &st,
    );
    let msg = |r: Rule| a.iter().find(|x| x.rule == r).unwrap().message.clone();
    let spike = msg(Rule::RunSpike);
    assert!(spike.contains("12.4 mi run was 300% longer"), "{spike}");
    assert!(spike.ends_with("(3.1 mi)."), "{spike}");
    let jump = msg(Rule::DistanceJump);
    assert!(
        jump.contains("You ran 12.4 mi in the last 7 days, 4.0× the 3.1 mi"),
        "{jump}"
    );
    assert!(!format!("{spike}{jump}").contains("km"));
}
