use super::*;
use crate::domain::explain::Explain;

fn v2() -> Settings {
    Settings {
        run_set_au: 40.0,
        ..Settings::default()
    }
}

fn warmup(ex: &str) -> SetEntry {
    let mut s = SetEntry::new(ex, 10, Some(20.0));
    s.warmup = true;
    s
}

/// A week with lifts (warm-up, RIR 4 sets, a minor group), an easy run, a hilly easy run
/// (elevation-adjusted) and hills, plus sessions outside the week.
fn week() -> Vec<Session> {
    let mut hilly = run(-3, RunKind::Easy, 10.0, 60.0); // 180 AU
    if let Activity::Run(r) = &mut hilly.activity {
        r.elevation_m = Some(200.0); // c = 0.02 → g = 0.04
    }
    let mut v = vec![
        run(-9, RunKind::Easy, 8.0, 48.0), // previous week: not part of it
        run(-6, RunKind::Easy, 7.5, 45.0), // 135 AU
        lift(
            -4,
            50.0,
            7.0,
            [
                vec![warmup("back squat")],
                sets("back squat", 3),
                sets_rir("bulgarian split squat", 2, 4),
                sets("deadlift", 2),
                sets("plank", 1),
            ]
            .concat(),
        ),
        hilly,
        run(-1, RunKind::Hills, 8.0, 40.0), // 7 × 40 = 280 AU
        lift(2, 60.0, 8.0, sets("leg press", 10)), // after D
    ];
    for (i, s) in v.iter_mut().enumerate() {
        s.id = i as i64 + 1;
    }
    v
}

#[test]
fn section_10_parts_sum_to_the_reports_volume_for_every_group() {
    let st = v2();
    let c = Catalog::builtin();
    let h = hist_with(week(), &st);
    let r = Report::build(&h, &st, &c, day(0));
    for m in Muscle::ALL {
        let e = Explain::build(&h.sessions, &st, &c, day(0), m);
        let mr = &r.muscles[m.index()];
        close(e.sets, mr.sets);
        close(e.strength_sets, mr.strength_sets);
        close(e.run_sets, mr.run_sets);
        assert_eq!(e.status, mr.status);
        let parts: f64 = e.sessions.iter().map(|p| p.sets).sum();
        close(parts, mr.sets);
        for p in &e.sessions {
            assert!(p.sets > 0.0);
            assert!(p.date >= day(-6) && p.date <= day(0));
            let inner: f64 = p.exercises.iter().map(|x| x.effective_sets).sum::<f64>()
                + p.run
                    .as_ref()
                    .map_or(0.0, |r| r.load / r.run_set_au * r.weight);
            close(inner, p.sets);
        }
    }
}

#[test]
fn section_10_quads_by_hand() {
    let st = v2();
    let e = Explain::build(&week(), &st, &Catalog::builtin(), day(0), Muscle::Quads);
    let ids: Vec<i64> = e.sessions.iter().map(|p| p.id).collect();
    assert_eq!(ids, [2, 3, 4, 5]);
    // Easy run: 135 / 40 × 0.24 = 0.81, easy row, not adjusted.
    let r = e.sessions[0].run.as_ref().unwrap();
    assert_eq!((r.row, r.elevation_adjusted), ("easy", false));
    close(e.sessions[0].sets, 0.81);
    // Lift: back squat 3 × 1 (the warm-up has h 0) + bulgarian split squat 2 × 0.5
    // + deadlift 0.5 × 2 = 3 + 1 + 1 = 5; the plank gives quads nothing.
    let lift = &e.sessions[1];
    close(lift.sets, 5.0);
    let ex: Vec<(&str, f64, f64)> = lift
        .exercises
        .iter()
        .map(|x| (x.exercise.as_str(), x.f, x.effective_sets))
        .collect();
    assert_eq!(
        ex,
        [
            ("back squat", 1.0, 3.0),
            ("bulgarian split squat", 1.0, 1.0),
            ("deadlift", 0.5, 1.0)
        ]
    );
    let sq = &lift.exercises[0].sets;
    assert_eq!(
        (sq[0].h, sq[0].count, sq[1].h, sq[1].count),
        (0.0, 1, 1.0, 3)
    );
    // Hilly easy run: g = min(0.15, 2 × 200/10000) = 0.04, adjusted (§3.2). up: quads
    // 0.24 × 0.96 = 0.2304, glutes 0.12 × 1.48 = 0.1776, hamstrings 0.12 × 1.16 = 0.1392,
    // hip flexors 0.10 × 1.12 = 0.112, calves 0.32 × 1.08 = 0.3456, tibialis 0.08 × 0.84
    // = 0.0672, arms 0.02: sum 1.092, quads 0.210989. down: quads 0.24 × 1.32 = 0.3168,
    // tibialis 0.08 × 1.24 = 0.0992, calves 0.2944, glutes and hamstrings 0.1104 each, hip
    // flexors 0.10, arms 0.02: sum 1.0512, quads 0.301370. w = 0.256179; 180 / 40 × w = 1.152807.
    let hilly = e.sessions[2].run.as_ref().unwrap();
    assert!(hilly.elevation_adjusted);
    close(hilly.grade.unwrap(), 0.04);
    assert!((hilly.weight - 0.256179).abs() < 1e-6, "{}", hilly.weight);
    assert!((e.sessions[2].sets - 1.152807).abs() < 1e-6);
    // Hills: the uphill row, never adjusted: 280 / 40 × 0.18 = 1.26.
    let hills = e.sessions[3].run.as_ref().unwrap();
    assert_eq!((hills.row, hills.elevation_adjusted), ("uphill", false));
    close(e.sessions[3].sets, 1.26);
}

#[test]
fn section_10_a_group_nothing_reached() {
    let e = Explain::build(&week(), &v2(), &Catalog::builtin(), day(0), Muscle::Arms);
    // Arms: deadlift 0.25 × 2 = 0.5 plus every run's 0.02 row.
    assert_eq!(e.sessions.len(), 4);
    let none = Explain::build(&[], &v2(), &Catalog::builtin(), day(0), Muscle::Tibialis);
    assert!(none.sessions.is_empty());
    assert_eq!(none.sets, 0.0);
    assert_eq!(none.status, Band::None);
}
