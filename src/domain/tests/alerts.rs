use super::*;
use crate::domain::alerts::*;

pub(super) type Found = Vec<(Rule, Severity, Vec<Muscle>)>;

pub(super) fn eval_with(sessions: Vec<Session>, st: &Settings) -> Vec<Alert> {
    alerts(&hist_with(sessions, st), st, &Catalog::builtin(), day(0))
}

pub(super) fn eval(sessions: Vec<Session>) -> Vec<Alert> {
    eval_with(sessions, &Settings::default())
}

pub(super) fn found(a: &[Alert]) -> Found {
    a.iter()
        .map(|a| (a.rule, a.severity, a.muscles.clone()))
        .collect()
}

pub(super) fn of(a: &[Alert], rule: Rule) -> Found {
    found(a).into_iter().filter(|x| x.0 == rule).collect()
}

pub(super) fn s(ex: &str, n: usize) -> Vec<SetEntry> {
    sets(ex, n)
}

/// A lift on day `o` with the given sets (RPE 5, 30 min: never hard, 150 AU).
pub(super) fn l(o: i64, sets: Vec<SetEntry>) -> Session {
    lift(o, 30.0, 5.0, sets)
}

pub(super) fn cat(parts: Vec<Vec<SetEntry>>) -> Vec<SetEntry> {
    parts.concat()
}

#[test]
fn section_4_1_running_only_fires_and_suppresses_untouched() {
    let a = eval(vec![run(0, RunKind::Easy, 5.0, 30.0)]);
    assert_eq!(
        of(&a, Rule::RunningOnly),
        [(Rule::RunningOnly, Severity::Caution, vec![])]
    );
    assert!(of(&a, Rule::Untouched).is_empty()); // arms are 0.036 < 0.5 but suppressed
    // the suggestion names exercises for the lowest leg groups: 90 AU -> 1.8 set-eq;
    // lowest are tibialis .144 then hip flexors .18
    let sug = &a[0].suggestion;
    assert!(sug.contains("tibialis raise for tibialis"), "{sug}");
    assert!(sug.contains("hip flexors"), "{sug}");
    // one strength session in the week: no running_only; arms now untouched
    let a = eval(vec![
        run(0, RunKind::Easy, 5.0, 30.0),
        l(-6, s("leg extension", 1)),
    ]);
    assert!(of(&a, Rule::RunningOnly).is_empty());
    assert!(of(&a, Rule::Untouched).contains(&(
        Rule::Untouched,
        Severity::Info,
        vec![Muscle::Arms]
    )));
    // a strength session the day before the week does not count
    let a = eval(vec![
        run(0, RunKind::Easy, 5.0, 30.0),
        l(-7, s("leg extension", 1)),
    ]);
    assert_eq!(of(&a, Rule::RunningOnly).len(), 1);
}

#[test]
fn section_4_2_untouched_boundary_0_5_and_examples() {
    // quads 0.5 (one set at RIR 4): not untouched; the six others are, in group order
    let a = eval(vec![l(0, sets_rir("leg extension", 1, 4))]);
    let groups: Vec<Muscle> = of(&a, Rule::Untouched)
        .into_iter()
        .flat_map(|x| x.2)
        .collect();
    use Muscle::*;
    assert_eq!(
        groups,
        [Glutes, Hamstrings, Calves, Tibialis, HipFlexors, Arms]
    );
    // quads 0 (RIR 6): untouched too
    let a = eval(vec![l(0, sets_rir("leg extension", 1, 6))]);
    assert_eq!(of(&a, Rule::Untouched).len(), 7);
    // the message names two catalog exercises whose primary group it is
    let ham = a.iter().find(|x| x.muscles == [Hamstrings]).unwrap();
    assert!(
        ham.suggestion.contains("nordic curl") && ham.suggestion.contains("leg curl"),
        "{}",
        ham.suggestion
    );
    let cal = a.iter().find(|x| x.muscles == [Calves]).unwrap();
    assert!(
        cal.suggestion.contains("standing calf raise"),
        "{}",
        cal.suggestion
    );
}

#[test]
fn section_4_2_no_training_replaces_untouched_only() {
    // the week is empty; the previous week had quads 6 strength sets and no hamstrings
    let a = eval(vec![l(-8, s("leg extension", 6))]);
    assert_eq!(
        found(&a),
        [
            (
                Rule::HamstringQuad,
                Severity::Warning,
                vec![Muscle::Quads, Muscle::Hamstrings]
            ),
            (Rule::NoTraining, Severity::Info, vec![]),
        ]
    );
    // no history at all: just no_training
    assert_eq!(
        found(&eval(vec![])),
        [(Rule::NoTraining, Severity::Info, vec![])]
    );
}

#[test]
fn section_4_3_neglected_needs_first_session_on_or_before_d_minus_13() {
    // quads 3 this week and 3 the previous week; first session D-13
    let mk = |first: i64, week_quads: usize| {
        eval(vec![
            l(first, s("leg extension", 3)),
            l(0, s("leg extension", week_quads)),
        ])
    };
    let a = mk(-13, 3);
    let neg: Vec<Muscle> = of(&a, Rule::Neglected)
        .into_iter()
        .flat_map(|x| x.2)
        .collect();
    assert_eq!(neg, Muscle::ALL); // every group is below maintain both weeks
    assert!(of(&a, Rule::Untouched).is_empty()); // neglected suppresses untouched per group
    assert!(a[0].suggestion.contains("leg"), "{}", a[0].suggestion);
    // quads exactly 4 this week: maintain, not neglected
    let a = mk(-13, 4);
    assert!(
        !of(&a, Rule::Neglected)
            .iter()
            .any(|x| x.2 == [Muscle::Quads])
    );
    // first session D-12: no neglected; untouched instead for the groups at 0
    let a = mk(-12, 3);
    assert!(of(&a, Rule::Neglected).is_empty());
    assert_eq!(of(&a, Rule::Untouched).len(), 6);
}

#[test]
fn section_4_3_neglected_small_groups_and_running_only_week() {
    // tibialis 2 sets both weeks: small maintain threshold 2 -> not neglected; hip flexors 1.5
    let w = |o| {
        l(
            o,
            cat(vec![
                s("tibialis raise", 2),
                s("hip flexor march", 1),
                sets_rir("hip flexor march", 1, 4),
            ]),
        )
    };
    let a = eval(vec![w(-13), w(-1)]);
    let neg: Vec<Muscle> = of(&a, Rule::Neglected)
        .into_iter()
        .flat_map(|x| x.2)
        .collect();
    assert!(!neg.contains(&Muscle::Tibialis));
    assert!(neg.contains(&Muscle::HipFlexors));
    // still fires in a running-only week (and running_only too; untouched does not)
    let a = eval(vec![
        l(-13, s("leg extension", 1)),
        run(0, RunKind::Easy, 5.0, 30.0),
    ]);
    assert_eq!(of(&a, Rule::Neglected).len(), 7);
    assert_eq!(of(&a, Rule::RunningOnly).len(), 1);
    assert!(of(&a, Rule::Untouched).is_empty());
    // no session in the week: no neglected, no_training says it
    let a = eval(vec![l(-13, s("leg extension", 1))]);
    assert!(of(&a, Rule::Neglected).is_empty());
    assert_eq!(of(&a, Rule::NoTraining).len(), 1);
}

fn hq(quads: Vec<SetEntry>, hams: Vec<SetEntry>) -> Found {
    // split over the fortnight: quads in the previous week, hamstrings this week
    of(&eval(vec![l(-10, quads), l(0, hams)]), Rule::HamstringQuad)
}

#[test]
fn section_4_4_hamstring_quad_ratio_boundaries() {
    let qh = vec![Muscle::Quads, Muscle::Hamstrings];
    // Q = 6, H = 2.5: r = 0.4167 < 0.5 -> warning
    let h25 = cat(vec![s("nordic curl", 2), sets_rir("nordic curl", 1, 4)]);
    assert_eq!(
        hq(s("leg extension", 6), h25),
        [(Rule::HamstringQuad, Severity::Warning, qh.clone())]
    );
    // Q = 6, H = 3: r = 0.5 exactly -> info
    assert_eq!(
        hq(s("leg extension", 6), s("nordic curl", 3)),
        [(Rule::HamstringQuad, Severity::Info, qh.clone())]
    );
    // Q = 10, H = 5.5: r = 0.55 -> info; H = 6: r = 0.6 -> nothing
    let h55 = cat(vec![s("nordic curl", 5), sets_rir("nordic curl", 1, 4)]);
    assert_eq!(
        hq(s("leg extension", 10), h55),
        [(Rule::HamstringQuad, Severity::Info, qh)]
    );
    assert!(hq(s("leg extension", 10), s("nordic curl", 6)).is_empty());
    // Q = 5.5 < 6 with no hamstrings: nothing
    let q55 = cat(vec![s("leg extension", 5), sets_rir("leg extension", 1, 4)]);
    assert!(hq(q55, s("biceps curl", 1)).is_empty());
}

#[test]
fn section_4_4_and_4_5_count_strength_sets_only_over_the_fortnight() {
    // 20 quad sets 14 days ago (outside [D-13, D]) and big runs: no hamstring_quad
    let a = eval(vec![
        l(-14, s("leg extension", 20)),
        run(-1, RunKind::Easy, 20.0, 200.0), // 600 AU -> 12 × .24 = 2.88 quads of running
        run(0, RunKind::Easy, 20.0, 200.0),
    ]);
    assert!(of(&a, Rule::HamstringQuad).is_empty());
    assert!(of(&a, Rule::CalfTibialis).is_empty()); // run calves 7.68, but no strength sets
}

#[test]
fn section_4_5_calf_tibialis_boundaries() {
    let ct = |calves: Vec<SetEntry>, tib: Vec<SetEntry>| {
        of(
            &eval(vec![
                l(-13, calves),
                l(0, cat(vec![tib, s("leg extension", 1)])),
            ]),
            Rule::CalfTibialis,
        )
    };
    let pair = vec![Muscle::Calves, Muscle::Tibialis];
    // C = 4, T = 1 < 4/3 -> warning
    assert_eq!(
        ct(s("standing calf raise", 4), s("tibialis raise", 1)),
        [(Rule::CalfTibialis, Severity::Warning, pair)]
    );
    // C = 6, T = 2 = 6/3: not below -> nothing; T = 1.5 -> warning
    assert!(ct(s("standing calf raise", 6), s("tibialis raise", 2)).is_empty());
    let t15 = cat(vec![
        s("tibialis raise", 1),
        sets_rir("tibialis raise", 1, 5),
    ]);
    assert_eq!(ct(s("standing calf raise", 6), t15).len(), 1);
    // C = 3.5 < 4 -> nothing
    let c35 = cat(vec![
        s("standing calf raise", 3),
        sets_rir("standing calf raise", 1, 4),
    ]);
    assert!(ct(c35, vec![]).is_empty());
    // wording: "balance your lower legs", no injury claim
    let a = eval(vec![l(0, s("standing calf raise", 4))]);
    let al = a.iter().find(|x| x.rule == Rule::CalfTibialis).unwrap();
    assert!(
        al.suggestion.contains("Balance your lower legs")
            && al.suggestion.contains("tibialis raise")
    );
    assert!(
        !format!("{}{}", al.message, al.suggestion)
            .to_lowercase()
            .contains("injur")
    );
}

#[test]
fn section_4_6_over_volume_both_weeks_above_the_top() {
    let ov = |week: usize, prev: usize| {
        of(
            &eval(vec![
                l(-7, s("leg extension", prev)),
                l(0, s("leg extension", week)),
            ]),
            Rule::OverVolume,
        )
    };
    assert_eq!(
        ov(21, 21),
        [(Rule::OverVolume, Severity::Caution, vec![Muscle::Quads])]
    );
    assert!(ov(20, 21).is_empty()); // exactly 20 is still grow
    assert!(ov(21, 20).is_empty());
    // small group: top 8
    let hf = |n| l(0, s("hip flexor march", n));
    let a = eval(vec![l(-7, s("hip flexor march", 9)), hf(9)]);
    assert_eq!(
        of(&a, Rule::OverVolume),
        [(
            Rule::OverVolume,
            Severity::Caution,
            vec![Muscle::HipFlexors]
        )]
    );
    assert!(
        of(
            &eval(vec![l(-7, s("hip flexor march", 9)), hf(8)]),
            Rule::OverVolume
        )
        .is_empty()
    );
}

#[test]
fn section_4_2_untouched_suppressed_only_for_the_neglected_group() {
    // previous week: hip flexors 5 (≥ 2); this week: quads 3 only. First session D-13.
    // hip flexors: 0 this week but not below maintain both weeks -> untouched, not neglected;
    // quads (3 and 0) and the other five (0 and 0) are below maintain both weeks -> neglected
    let a = eval(vec![
        l(-13, s("hip flexor march", 5)),
        l(0, s("leg extension", 3)),
    ]);
    assert_eq!(
        of(&a, Rule::Untouched),
        [(Rule::Untouched, Severity::Info, vec![Muscle::HipFlexors])]
    );
    let neg: Vec<Muscle> = of(&a, Rule::Neglected)
        .into_iter()
        .flat_map(|x| x.2)
        .collect();
    use Muscle::*;
    assert_eq!(neg, [Quads, Glutes, Hamstrings, Calves, Tibialis, Arms]);
}
