use super::*;
use crate::domain::today::{
    LastSet, Protein, Suggestion, Today, choose_exercises, open_groups, protein,
};

/// v2 settings: `run_set_au` 40 (§3.2).
fn v2() -> Settings {
    Settings {
        run_set_au: 40.0,
        ..Settings::default()
    }
}

fn v2_level(l: Level) -> Settings {
    Settings { level: l, ..v2() }
}

fn suggest(sessions: Vec<Session>, st: &Settings, d: NaiveDate) -> Today {
    Today::build(&hist_with(sessions, st), st, &Catalog::builtin(), d, |_| {
        None
    })
}

fn names(t: &Today) -> Vec<&str> {
    t.exercises.iter().map(|e| e.exercise.as_str()).collect()
}

#[test]
fn section_8_rest_when_the_prompt_is_rest_today() {
    // Intervals (default RPE 8, hard) on D-2 and D-1, nothing on D: T = D, and the hard streak
    // ending at T-1 is 2, the intermediate cap (§5) → rest_today → rule 1.
    let st = v2();
    let s = vec![
        run(-2, RunKind::Intervals, 8.0, 45.0),
        run(-1, RunKind::Intervals, 8.0, 45.0),
    ];
    let t = suggest(s.clone(), &st, day(0));
    assert_eq!(t.target, day(0));
    assert_eq!(t.suggestion, Suggestion::Rest);
    let r = Report::build(&hist_with(s, &st), &st, &Catalog::builtin(), day(0));
    assert_eq!(t.reason, r.rest.message.unwrap());
    assert_eq!(t.run, None);
    assert!(t.exercises.is_empty());
}

#[test]
fn section_8_recover_after_a_hard_day_targets_tomorrow_when_trained_today() {
    // One intervals run (RPE 8: hard by itself) on D: D has a session, so T = D+1; the hard
    // streak ending at T-1 = D is 1 (no rest), and T-1 was hard → rule 2.
    let st = v2();
    let t = suggest(vec![run(0, RunKind::Intervals, 8.0, 45.0)], &st, day(0));
    assert_eq!(t.date, day(0));
    assert_eq!(t.target, day(1));
    assert_eq!(t.suggestion, Suggestion::Recover);
    let plan = t.run.unwrap();
    assert_eq!((plan.kind, plan.minutes), (RunKind::Recovery, [20, 30]));
    assert!(t.reason.contains("intervals run of 8.0 km"), "{}", t.reason);
    assert!(t.reason.contains("RPE 8"), "{}", t.reason);
}

#[test]
fn section_8_recover_when_acwr_at_t_minus_1_is_above_1_3() {
    // Never a hard day: one RPE 4 session a day, 100 AU on D-28..D-8, 140 AU on D-7..D-1
    // (140 < 1.5 × the median 100). Start D-28, so ACWR is reported at D-1 (27 days).
    // EWMA by hand (§6, λ = 1/4 and 2/29 from 0): acute 134.63, chronic 102.22 → 1.317 > 1.3.
    let st = v2();
    let s: Vec<Session> = (1..=28)
        .map(|back| load_only(-back, if back <= 7 { 140.0 } else { 100.0 }))
        .collect();
    let t = suggest(s, &st, day(0));
    assert_eq!(t.target, day(0));
    assert_eq!(t.suggestion, Suggestion::Recover);
    assert!(t.reason.contains("1.32×"), "{}", t.reason);
    assert!(!t.reason.contains("hard day"), "{}", t.reason);
}

#[test]
fn section_8_no_recover_at_acwr_1_3_or_below() {
    // Constant 100 AU for 28 days: acute 99.97, chronic 86.48, ACWR 1.156 ≤ 1.3 → no rule 2.
    // The sessions have no sets (every group open) but one was yesterday: rule 4, a run.
    let st = v2();
    let s: Vec<Session> = (1..=28).map(|back| load_only(-back, 100.0)).collect();
    let t = suggest(s, &st, day(0));
    assert_eq!(t.suggestion, Suggestion::Run);
}

/// A 305-minute hills run at a logged RPE 4 on D-1: 1,220 AU, not hard (RPE < 5, one run, no
/// median). Set-equivalents (§3.2, hills row, 1220 / 40 = 30.5): quads 5.49, glutes 6.1,
/// hamstrings 3.965, calves 9.455, tibialis 1.525, hip flexors 3.355, arms 0.61.
fn big_hills_run() -> Session {
    run_rpe(-1, RunKind::Hills, 30.0, 305.0, 4.0)
}

#[test]
fn section_8_strength_with_a_recovering_group_blocking_exercises() {
    let st = v2();
    let t = suggest(vec![big_hills_run()], &st, day(0));
    assert_eq!(t.suggestion, Suggestion::Strength);
    // Recovering (≥ 6 on D-1, until D+1): glutes 6.1, calves 9.455.
    assert_eq!(t.recovering, [Muscle::Glutes, Muscle::Calves]);
    // Open (none/low, not recovering), by volume / maintain: tibialis 1.525/2 = 0.7625,
    // hamstrings 3.965/4 = 0.991; arms (0.61, low) last.
    assert_eq!(t.open, [Muscle::Tibialis, Muscle::Hamstrings, Muscle::Arms]);
    // Hamstrings: single-leg and romanian deadlift have glutes f = 1 (recovering): nordic curl.
    assert_eq!(names(&t), ["tibialis raise", "nordic curl", "push-up"]);
    let rx: Vec<(u32, u32)> = t.exercises.iter().map(|e| (e.sets, e.reps)).collect();
    assert_eq!(rx, [(2, 20), (3, 5), (3, 12)]);
    assert_eq!(t.exercises[1].muscles, [Muscle::Hamstrings]);
    assert!(t.reason.starts_with("Tibialis 1.5,"), "{}", t.reason);
    assert!(t.reason.contains("no strength session in the last 6 days"));
    assert!(t.reason.contains("hamstrings 3.9"), "{}", t.reason); // truncated, not 4.0
    assert!(
        t.reason.contains("glutes recovering until Tue"),
        "{}",
        t.reason
    );
    assert_eq!(t.run, None);
}

#[test]
fn section_8_exercise_choice_skips_covered_groups_and_blocked_rows() {
    let c = Catalog::builtin();
    // Glutes first: glute bridge (hamstrings 0.5 only), so hamstrings still get one.
    let (e, b) = choose_exercises(&[Muscle::Glutes, Muscle::Hamstrings], &[], &c);
    assert_eq!(
        (e, b),
        (vec!["glute bridge", "single-leg deadlift"], vec![])
    );
    // Hamstrings first: single-leg deadlift has glutes f = 1, so glutes are skipped.
    let (e, _) = choose_exercises(&[Muscle::Hamstrings, Muscle::Glutes], &[], &c);
    assert_eq!(e, ["single-leg deadlift"]);
    // Quads and hamstrings recovering block every glutes exercise (bridge and hip thrust have
    // hamstrings 0.5, step-up quads 1, single-leg deadlift hamstrings 1).
    let (e, b) = choose_exercises(&[Muscle::Glutes], &[Muscle::Quads, Muscle::Hamstrings], &c);
    assert!(e.is_empty());
    assert_eq!(b, [Muscle::Glutes]);
    // At most four groups.
    let all = [
        Muscle::Tibialis,
        Muscle::HipFlexors,
        Muscle::Calves,
        Muscle::Quads,
        Muscle::Arms,
    ];
    let (e, _) = choose_exercises(&all, &[], &c);
    assert_eq!(
        e,
        [
            "tibialis raise",
            "hip flexor march",
            "standing calf raise",
            "forward lunge"
        ]
    );
}

#[test]
fn section_8_open_order_puts_arms_last_and_ties_in_group_order() {
    // Nothing logged: every group at 0 → ratios all 0, §1 order, arms last anyway.
    let st = v2();
    let r = Report::build(&hist(vec![]), &st, &Catalog::builtin(), day(0));
    assert_eq!(open_groups(&r, &st), Muscle::ALL);
    // A new user gets a strength session for the first four groups: forward lunge has
    // glutes f = 1, so glutes get no exercise of their own.
    let t = suggest(vec![], &st, day(0));
    assert_eq!(t.suggestion, Suggestion::Strength);
    assert_eq!(
        names(&t),
        [
            "forward lunge",
            "single-leg deadlift",
            "standing calf raise"
        ]
    );
}

#[test]
fn section_8_run_hills_when_strength_is_done_and_no_hard_day() {
    // Lifts on D-5 and D-3 (RPE 6, 3 sets: not hard): two strength sessions in [T-6, T-1]
    // → no rule 3; no hard day in [T-3, T-1], intermediate → hills, 35-45 minutes.
    let st = v2();
    let s = vec![
        lift(-5, 30.0, 6.0, sets("back squat", 3)),
        lift(-3, 30.0, 6.0, sets("romanian deadlift", 3)),
    ];
    let t = suggest(s, &st, day(0));
    assert_eq!(t.suggestion, Suggestion::Run);
    let plan = t.run.unwrap();
    assert_eq!((plan.kind, plan.minutes), (RunKind::Hills, [35, 45]));
    assert!(t.reason.contains("2 strength sessions"), "{}", t.reason);
    assert!(t.exercises.is_empty());
}

#[test]
fn section_8_run_easy_after_a_hard_day_in_the_last_three() {
    // Intervals (hard) on D-2, a lift on D-1: T-1 not hard (no recover), but [T-3, T-1] holds
    // a hard day → easy, 30-45 minutes. The lift on T-1 rules out strength.
    let st = v2();
    let s = vec![
        run(-2, RunKind::Intervals, 8.0, 45.0),
        lift(-1, 20.0, 4.0, sets("tibialis raise", 2)),
    ];
    let t = suggest(s, &st, day(0));
    assert_eq!(t.suggestion, Suggestion::Run);
    let plan = t.run.unwrap();
    assert_eq!((plan.kind, plan.minutes), (RunKind::Easy, [30, 45]));
    assert!(t.reason.starts_with("You lifted yesterday"), "{}", t.reason);
    assert!(t.reason.contains("Sat was hard"), "{}", t.reason);
}

#[test]
fn section_8_run_easy_for_a_beginner_after_one_run_day() {
    // Beginner: two lifts fill the week; an easy run (RPE 3, 30 min) on D-1 makes the run
    // streak ending at T-1 equal to 1 (cap 2: no rest) → easy, and the reason says a second
    // run day in a row is the most.
    let st = v2_level(Level::Beginner);
    let s = vec![
        lift(-5, 30.0, 6.0, sets("back squat", 3)),
        lift(-3, 30.0, 6.0, sets("romanian deadlift", 3)),
        run(-1, RunKind::Easy, 5.0, 30.0),
    ];
    let t = suggest(s, &st, day(0));
    assert_eq!(t.suggestion, Suggestion::Run);
    assert_eq!(t.run.unwrap().kind, RunKind::Easy);
    assert!(t.reason.contains("second run day in a row"), "{}", t.reason);
    // An intermediate with the same week gets hills and no such sentence.
    let s2 = vec![
        lift(-5, 30.0, 6.0, sets("back squat", 3)),
        lift(-3, 30.0, 6.0, sets("romanian deadlift", 3)),
        run(-1, RunKind::Easy, 5.0, 30.0),
    ];
    let t2 = suggest(s2, &v2(), day(0));
    assert_eq!(t2.run.unwrap().kind, RunKind::Hills);
    assert!(!t2.reason.contains("second run day"));
}

#[test]
fn section_8_sessions_after_d_are_ignored_and_last_sets_are_looked_up() {
    // A hard session after D changes nothing; the lookup fills `last`.
    let st = v2();
    let s = vec![lift(3, 90.0, 9.0, sets("leg extension", 10))];
    let t = Today::build(&hist_with(s, &st), &st, &Catalog::builtin(), day(0), |e| {
        (e == "single-leg deadlift").then(|| LastSet {
            date: day(-9),
            reps: 10,
            weight_kg: Some(60.0),
        })
    });
    assert_eq!(t.target, day(0));
    assert_eq!(t.suggestion, Suggestion::Strength);
    assert_eq!(t.exercises[0].last, None);
    assert_eq!(t.exercises[1].exercise, "single-leg deadlift");
    assert_eq!(t.exercises[1].last.as_ref().unwrap().weight_kg, Some(60.0));
}

#[test]
fn section_8_protein_range() {
    // 1.6 × 70 = 112, 2.2 × 70 = 154; 1.6 × 81.5 = 130.4 → 130, 2.2 × 81.5 = 179.3 → 179.
    assert_eq!(
        protein(70.0),
        Protein {
            low: 112,
            high: 154
        }
    );
    assert_eq!(
        protein(81.5),
        Protein {
            low: 130,
            high: 179
        }
    );
}

#[test]
fn section_8_json_shape() {
    let t = suggest(vec![big_hills_run()], &v2(), day(0));
    let v = serde_json::to_value(&t).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    for k in [
        "date",
        "for",
        "suggestion",
        "reason",
        "open",
        "recovering",
        "run",
        "exercises",
        "protein_g",
    ] {
        assert!(keys.contains(&k), "{k} missing from {keys:?}");
    }
    assert_eq!(keys.len(), 9);
    assert_eq!(v["for"], "2026-11-23");
    assert_eq!(v["suggestion"], "strength");
    assert_eq!(v["open"][2], "arms");
    assert_eq!(v["exercises"][0]["muscles"][0], "tibialis");
    assert_eq!(v["protein_g"]["low"], 112);
}

#[test]
fn section_8_target_tomorrow_ignores_a_session_already_dated_tomorrow() {
    // An easy run on D (not hard), and a hard lift dated D+1 already in the data. T = D+1 and
    // only sessions on or before D count: D+1's lift neither makes T-1 hard nor fills the week.
    // The run: 90 AU / 40 = 2.25 sets → quads 0.54, glutes 0.27, hamstrings 0.27, calves 0.72,
    // tibialis 0.18, hip flexors 0.225, arms 0.045. By volume / maintain: glutes and hamstrings
    // 0.0675, tibialis 0.09, hip flexors 0.1125, quads 0.135, calves 0.18, arms last.
    let st = v2();
    let s = vec![
        run(0, RunKind::Easy, 5.0, 30.0),
        lift(1, 90.0, 9.0, sets("back squat", 12)),
    ];
    let t = suggest(s, &st, day(0));
    assert_eq!(t.target, day(1));
    assert_eq!(t.suggestion, Suggestion::Strength);
    assert!(t.recovering.is_empty());
    assert_eq!(
        names(&t),
        [
            "glute bridge",
            "single-leg deadlift",
            "tibialis raise",
            "hip flexor march"
        ]
    );
}

#[test]
fn section_8_recover_names_a_spike_that_made_the_day_hard() {
    // Three easy 10 km runs in the 30 days before D-1 (v2: three earlier runs), then 14 km on
    // D-1: x = 14 / 10 - 1 = 0.4 > 0.3, a hard day (§5) though its RPE is 3. Three days with
    // load before it: no median rule.
    let st = v2();
    let s = vec![
        run(-10, RunKind::Easy, 10.0, 60.0),
        run(-8, RunKind::Easy, 10.0, 60.0),
        run(-6, RunKind::Easy, 10.0, 60.0),
        run(-1, RunKind::Easy, 14.0, 84.0),
    ];
    let t = suggest(s, &st, day(0));
    assert_eq!(t.suggestion, Suggestion::Recover);
    assert!(t.reason.contains("a 14.0 km run, 40% over"), "{}", t.reason);
}
