//! Invariants of `Report::build` over random histories (proptest).

use super::*;
use proptest::prelude::*;

fn session() -> impl Strategy<Value = Session> {
    let kinds = prop::sample::select(RunKind::ALL.to_vec());
    let runs = (
        -60i64..3,
        kinds,
        0.0..30.0f64,
        0.0..200.0f64,
        prop::option::of(1.0..10.0f64),
        prop::option::of(0.0..800.0f64),
    )
        .prop_map(|(o, k, km, min, rpe, elev)| {
            let mut s = run(o, k, km, min);
            s.rpe = rpe;
            if let Activity::Run(r) = &mut s.activity {
                r.elevation_m = elev;
            }
            s
        });
    let names = prop::sample::select(vec![
        "back squat",
        "nordic curl",
        "tibialis raise",
        "plank",
        "unknown",
        "deadlift",
    ]);
    let set = (names, prop::option::of(0u8..9), any::<bool>()).prop_map(|(n, rir, w)| {
        let mut s = SetEntry::new(n, 8, None);
        s.rir = rir;
        s.warmup = w;
        s
    });
    let lifts = (
        -60i64..3,
        prop::collection::vec(set, 0..12),
        prop::option::of(0.0..120.0f64),
    )
        .prop_map(|(o, sets, minutes)| Session::new_strength(day(o), Strength { minutes, sets }));
    prop_oneof![runs, lifts]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn report_invariants(sessions in prop::collection::vec(session(), 0..40)) {
        let st = Settings::default();
        let h = hist(sessions.clone());
        let r = Report::build(&h, &st, &Catalog::builtin(), day(0));
        prop_assert_eq!(r.muscles.len(), 7);
        for (m, mr) in Muscle::ALL.iter().zip(&r.muscles) {
            prop_assert_eq!(*m, mr.muscle);
            prop_assert!((mr.sets - mr.strength_sets - mr.run_sets).abs() < 1e-9);
            prop_assert!(mr.sets >= 0.0);
        }
        // every run's weights sum to 1 (§3.2): run set-equivalents add up to week run load / A
        let week: Vec<&Session> = sessions.iter().filter(|s| s.date >= day(-6) && s.date <= day(0)).collect();
        let run_load: f64 = week.iter().filter(|s| s.is_run()).map(|s| s.load(&st)).sum();
        let run_sets: f64 = r.muscles.iter().map(|m| m.run_sets).sum();
        prop_assert!((run_sets - run_load / st.run_set_au).abs() < 1e-6);
        // §6: week load is the week's sessions' load
        let load: f64 = week.iter().map(|s| s.load(&st)).sum();
        prop_assert!((r.load.week - load).abs() < 1e-6);
        // §4 order
        for w in r.alerts.windows(2) {
            prop_assert!(w[0].severity >= w[1].severity);
            if w[0].severity == w[1].severity {
                prop_assert!(w[0].rule <= w[1].rule);
            }
        }
        let sets: usize = week.iter().filter_map(|s| s.strength()).map(|s| s.sets.len()).sum();
        prop_assert_eq!(r.totals.sets as usize, sets);
    }
}
