use super::*;
use crate::domain::volume::*;

#[test]
fn section_3_1_set_factor_h() {
    let mut s = SetEntry::new("back squat", 5, None);
    assert_eq!(set_factor(&s), 1.0); // no RIR logged
    for (rir, h) in [(0, 1.0), (3, 1.0), (4, 0.5), (5, 0.5), (6, 0.0), (9, 0.0)] {
        s.rir = Some(rir);
        assert_eq!(set_factor(&s), h, "RIR {rir}");
    }
    s.rir = Some(0);
    s.warmup = true;
    assert_eq!(set_factor(&s), 0.0); // a warm-up counts 0 even at RIR 0
}

#[test]
fn section_3_1_strength_sets_f_times_h() {
    let c = Catalog::builtin();
    let mut all = sets("back squat", 3); // quads 3, glutes 3
    all.extend(sets_rir("deadlift", 2, 4)); // ×0.5: quads .5, glutes 1, hams .5, arms .25
    let mut w = SetEntry::new("back squat", 10, Some(20.0));
    w.warmup = true;
    all.push(w); // 0
    all.extend(sets("plank", 2)); // no group
    all.extend(sets("mystery machine", 2)); // unknown: 0
    // quads 3 + 2×0.5×0.5 = 3.5; glutes 3 + 2×1×0.5 = 4; hams 2×0.5×0.5 = 0.5; arms 2×0.25×0.5
    close_pm(
        strength_sets(&all, &c),
        [3.5, 4.0, 0.5, 0.0, 0.0, 0.0, 0.25],
    );
}

#[test]
fn section_3_2_worked_example_four_easy_runs_and_intervals() {
    let (st, c) = (Settings::default(), Catalog::builtin());
    let mut week: Vec<Session> = (0..4).map(|i| run(-i, RunKind::Easy, 7.0, 40.0)).collect();
    week.push(run(-5, RunKind::Intervals, 9.0, 45.0));
    // §3.2 worked check with A = 40 (v2): easy 4 × 40 min × RPE 3 = 480 AU -> 12 set-eq;
    // intervals 45 × 8 = 360 AU -> 9
    let (strength, r) = window_volume(&week, day(-6), day(0), &st, &c);
    assert_eq!(strength, PerMuscle::ZERO);
    // quads 12×.24 + 9×.18 = 2.88 + 1.62 = 4.5; glutes 1.44 + 1.62 = 3.06;
    // hamstrings 1.44 + 1.8 = 3.24; calves 3.84 + 1.98 = 5.82; tibialis .96 + .36 = 1.32;
    // hip flexors 1.2 + 1.35 = 2.55; arms .24 + .27 = .51
    close_pm(r, [4.5, 3.06, 3.24, 5.82, 1.32, 2.55, 0.51]);
    close(r.sum(), 21.0); // 12 + 9: the rows sum to 1
    let bands: Vec<Band> = Muscle::ALL.iter().map(|&m| band(m, r[m], &st)).collect();
    use Band::{Low, Maintain};
    assert_eq!(
        bands,
        [Maintain, Low, Low, Maintain, Low, Maintain, Low],
        "quads, calves and hip flexors maintain; glutes, hamstrings, tibialis, arms low"
    );
}

#[test]
fn section_3_2_five_easy_45_minute_runs_hold_quads_and_calves() {
    // §3.2 (v2): 5 × 45 min × RPE 3 = 675 AU; / 40 = 16.875 set-equivalents
    let (st, c) = (Settings::default(), Catalog::builtin());
    assert_eq!(st.run_set_au, 40.0);
    let week: Vec<Session> = (0..5).map(|i| run(-i, RunKind::Easy, 8.0, 45.0)).collect();
    let (_, r) = window_volume(&week, day(-6), day(0), &st, &c);
    // quads 16.875 × .24 = 4.05, calves × .32 = 5.4, glutes and hamstrings × .12 = 2.025
    close(r[Muscle::Quads], 4.05);
    close(r[Muscle::Calves], 5.4);
    close(r[Muscle::Glutes], 2.025);
    close(r[Muscle::Hamstrings], 2.025);
    assert_eq!(band(Muscle::Quads, r[Muscle::Quads], &st), Band::Maintain);
    assert_eq!(band(Muscle::Calves, r[Muscle::Calves], &st), Band::Maintain);
    assert_eq!(band(Muscle::Glutes, r[Muscle::Glutes], &st), Band::Low);
    assert_eq!(
        band(Muscle::Hamstrings, r[Muscle::Hamstrings], &st),
        Band::Low
    );
}

#[test]
fn section_3_2_every_row_sums_to_one() {
    for k in RunKind::ALL {
        close(kind_weights(k).sum(), 1.0);
    }
}

#[test]
fn section_3_2_vest_load_feeds_run_sets() {
    let st = Settings::default();
    let mut s = run(0, RunKind::Easy, 5.0, 30.0);
    if let Activity::Run(r) = &mut s.activity {
        r.vest_kg = Some(7.0);
    }
    // 30 × 3 × (1 + 7/70) = 99 AU -> 99 / 40 = 2.475 set-eq (§3.2, A = 40); calves × .32 = .792
    close(run_sets(&s, &st)[Muscle::Calves], 0.792);
}

fn hilly(kind: RunKind, distance_m: f64, gain: f64) -> Run {
    let mut r = Run::new(kind, distance_m, 3600.0);
    r.elevation_m = Some(gain);
    r
}

#[test]
fn section_3_2_elevation_adjustment_hand_example() {
    // easy, 150 m over 10 km: c = 0.015, g = 0.03
    // up:   q .24×.97=.2328 g .12×1.36=.1632 h .12×1.12=.1344 c .32×1.06=.3392
    //       t .08×.88=.0704 hf .1×1.09=.109 a .02; sum 1.069
    // down: q .24×1.24=.2976 g .12×.94=.1128 h .1128 c .32×.94=.3008 t .08×1.18=.0944
    //       hf .1 a .02; sum 1.0384
    let w = run_weights(&hilly(RunKind::Easy, 10000.0, 150.0));
    let (u, d) = (1.069, 1.0384);
    let avg = |a: f64, b: f64| (a / u + b / d) / 2.0;
    close_pm(
        w,
        [
            avg(0.2328, 0.2976),
            avg(0.1632, 0.1128),
            avg(0.1344, 0.1128),
            avg(0.3392, 0.3008),
            avg(0.0704, 0.0944),
            avg(0.109, 0.1),
            avg(0.02, 0.02),
        ],
    );
    close(w.sum(), 1.0);
    // quads ≈ (.21777 + .28659)/2 ≈ .2522, above the flat .24
    assert!((w[Muscle::Quads] - 0.2522).abs() < 1e-4);
}

#[test]
fn section_3_2_elevation_grade_cap_and_tibialis_floor() {
    // c = 0.1 -> g = min(0.15, 0.2) = 0.15; up's tibialis factor max(0.5, 1 - 0.6) = 0.5
    // up:   q .204 g .336 h .192 c .416 t .04 hf .145 a .02; sum 1.353
    // down: q .528 g .084 h .084 c .224 t .152 hf .1 a .02; sum 1.192
    let r = hilly(RunKind::Long, 10000.0, 1000.0);
    assert_eq!(elevation_grade(&r), Some(0.15));
    let w = run_weights(&r);
    close(w[Muscle::Tibialis], (0.04 / 1.353 + 0.152 / 1.192) / 2.0);
    close(w[Muscle::Glutes], (0.336 / 1.353 + 0.084 / 1.192) / 2.0);
}

#[test]
fn section_3_2_elevation_threshold_and_kinds() {
    // c = 50 / 10000 = 0.005 exactly: adjusted with g = 0.01; 49 m is c = 0.0049: not adjusted
    assert_eq!(
        elevation_grade(&hilly(RunKind::Tempo, 10000.0, 50.0)),
        Some(0.01)
    );
    assert_eq!(elevation_grade(&hilly(RunKind::Tempo, 10000.0, 49.0)), None);
    for k in [
        RunKind::Easy,
        RunKind::Long,
        RunKind::Recovery,
        RunKind::Tempo,
        RunKind::Race,
    ] {
        assert!(elevation_grade(&hilly(k, 10000.0, 300.0)).is_some(), "{k}");
    }
    assert!(elevation_grade(&hilly(RunKind::Intervals, 10000.0, 300.0)).is_some());
    for k in [RunKind::Hills, RunKind::Trail, RunKind::Treadmill] {
        let r = hilly(k, 10000.0, 300.0);
        assert_eq!(elevation_grade(&r), None, "{k}");
        assert_eq!(run_weights(&r), kind_weights(k));
    }
    assert_eq!(elevation_grade(&hilly(RunKind::Easy, 0.0, 300.0)), None); // S = 0
}

#[test]
fn section_3_3_band_boundaries_big_groups() {
    let st = Settings::default();
    let q = Muscle::Quads;
    let cases = [
        (0.0, Band::None),
        (0.49, Band::None),
        (0.5, Band::Low),
        (3.99, Band::Low),
        (4.0, Band::Maintain),
        (9.99, Band::Maintain),
        (10.0, Band::Grow),
        (20.0, Band::Grow),
        (20.01, Band::High),
    ];
    for (v, b) in cases {
        assert_eq!(band(q, v, &st), b, "{v}");
    }
}

#[test]
fn section_3_3_band_boundaries_small_groups() {
    let st = Settings::default();
    for m in [Muscle::Tibialis, Muscle::HipFlexors] {
        let cases = [
            (0.49, Band::None),
            (0.5, Band::Low),
            (1.99, Band::Low),
            (2.0, Band::Maintain),
            (3.99, Band::Maintain),
            (4.0, Band::Grow),
            (8.0, Band::Grow),
            (8.01, Band::High),
        ];
        for (v, b) in cases {
            assert_eq!(band(m, v, &st), b, "{m} {v}");
        }
    }
}

#[test]
fn section_3_4_recovery_48_hours() {
    let (st, c) = (Settings::default(), Catalog::builtin());
    let six_quads = |o| lift(o, 30.0, 6.0, sets("leg extension", 6));
    // X = D-1: X + 2 = D+1 > D
    let r = recovering_until(&[six_quads(-1)], &st, &c, day(0));
    assert_eq!(r[Muscle::Quads.index()], Some(day(1)));
    assert_eq!(r[Muscle::Glutes.index()], None);
    // X = D-2: X + 2 = D, not > D
    assert_eq!(
        recovering_until(&[six_quads(-2)], &st, &c, day(0)),
        [None; 7]
    );
    // 5.5 sets is not enough
    let mut s = sets("leg extension", 5);
    s.extend(sets_rir("leg extension", 1, 4));
    assert_eq!(
        recovering_until(&[lift(0, 30.0, 6.0, s)], &st, &c, day(0)),
        [None; 7]
    );
    // latest X wins: D-1 and D -> D+2; a session after D is ignored
    let r = recovering_until(
        &[six_quads(-1), six_quads(0), six_quads(1)],
        &st,
        &c,
        day(0),
    );
    assert_eq!(r[Muscle::Quads.index()], Some(day(2)));
    assert_eq!(
        recovering_until(&[six_quads(1)], &st, &c, day(0)),
        [None; 7]
    );
}

#[test]
fn section_3_4_recovery_sums_strength_and_runs_of_the_day() {
    let (st, c) = (Settings::default(), Catalog::builtin());
    // 5 quad sets + easy run 250 AU (83⅓ min × 3) -> 5 set-eq × .24 = 1.2: quads 6.2 ≥ 6
    let day_sessions = vec![
        lift(0, 30.0, 6.0, sets("leg extension", 5)),
        run(0, RunKind::Easy, 14.0, 250.0 / 3.0),
    ];
    let r = recovering_until(&day_sessions, &st, &c, day(0));
    assert_eq!(r[Muscle::Quads.index()], Some(day(2)));
    assert_eq!(r[Muscle::Calves.index()], None); // 5 × .32 = 1.6
}

#[test]
fn weekly_volume_rolling_windows_oldest_first() {
    let (st, c) = (Settings::default(), Catalog::builtin());
    let s = vec![
        lift(-7, 30.0, 6.0, sets("leg extension", 2)), // week 0 of 2: [D-13, D-7]
        lift(-6, 30.0, 6.0, sets("leg extension", 3)), // week 1: [D-6, D]
        lift(0, 30.0, 6.0, sets("nordic curl", 1)),    // week 1
        lift(1, 30.0, 6.0, sets("leg extension", 9)),  // after D: ignored
        lift(-14, 30.0, 6.0, sets("leg extension", 9)), // before both windows
    ];
    let w = weekly_volume(&s, &st, &c, day(0), 2);
    assert_eq!(w.len(), 2);
    close_pm(w[0], [2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
    close_pm(w[1], [3.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]);
    assert_eq!(weekly_volume(&s, &st, &c, day(0), 8).len(), 8);
}
