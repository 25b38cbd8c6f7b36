use super::*;

/// Two realistic weeks ending Mon 23 Nov 2026, plus one session after D (ignored).
fn fortnight() -> Vec<Session> {
    vec![
        // previous week [D-13, D-7]
        run(-13, RunKind::Easy, 8.0, 48.0), // 3 × 48 = 144 AU
        lift(
            -11,
            45.0,
            7.0,
            [
                sets("back squat", 3),
                sets("romanian deadlift", 3),
                sets("standing calf raise", 3),
            ]
            .concat(),
        ), // 315 AU
        run(-9, RunKind::Tempo, 10.0, 50.0), // 6 × 50 = 300 AU
        // the week [D-6, D]
        run(-6, RunKind::Easy, 6.0, 36.0), // 108 AU
        lift(
            -4,
            50.0,
            7.0,
            [
                vec![warmup("back squat")],
                sets("back squat", 3),
                sets_rir("bulgarian split squat", 3, 4),
                sets("nordic curl", 1),
                sets("tibialis raise", 2),
                sets("plank", 1),
            ]
            .concat(),
        ), // 350 AU, 11 sets logged
        run(-2, RunKind::Long, 16.0, 100.0), // 4 × 100 = 400 AU
        run_rpe(0, RunKind::Intervals, 8.0, 45.0, 8.5), // 382.5 AU
        Session::new_strength(
            day(0),
            Strength {
                minutes: None,
                sets: sets("standing calf raise", 6),
            },
        ), // 6 × 15 = 90 AU
        // after D
        lift(1, 90.0, 9.0, sets("leg extension", 30)),
    ]
}

#[test]
fn report_build_two_weeks_field_by_field() {
    let st = Settings::default();
    let r = Report::build(&hist(fortnight()), &st, &Catalog::builtin(), day(0));
    assert_eq!(r.date, day(0));
    assert_eq!(
        r.window,
        Window {
            from: day(-6),
            to: day(0)
        }
    );
    assert_eq!(r.level, Level::Intermediate);
    fortnight_muscles(&r);
    fortnight_alerts(&r);
    fortnight_rest(&r);
    fortnight_load(&r);
    fortnight_totals(&r);
}

fn fortnight_muscles(r: &Report) {
    // §3.1 strength: back squat 3 (q3 g3), split squat 3 at RIR 4 (q1.5 g1.5), nordic 1 (h1),
    // tibialis raise 2, calf raise 6; warm-up and plank 0.
    // §3.2 runs (A = 40, v2): easy rows (108 + 400)/40 = 12.7; intervals 382.5/40 = 9.5625
    //   quads .24×12.7 + .18×9.5625 = 3.048 + 1.72125 = 4.76925
    //   glutes 1.524 + 1.72125 = 3.24525; hams 1.524 + 1.9125 = 3.4365
    //   calves 4.064 + 2.10375 = 6.16775; tibialis 1.016 + .3825 = 1.3985
    //   hip flexors 1.27 + 1.434375 = 2.704375; arms .254 + .286875 = .540875
    let expect = [
        (Muscle::Quads, 4.5, 4.76925, Band::Maintain, None), // 9.26925
        (Muscle::Glutes, 4.5, 3.24525, Band::Maintain, None), // 7.74525
        (Muscle::Hamstrings, 1.0, 3.4365, Band::Maintain, None), // 4.4365
        // D: 6 strength + 2.10375 run ≥ 6 -> recovering until D+2; week 12.16775 grow
        (Muscle::Calves, 6.0, 6.16775, Band::Grow, Some(day(2))),
        (Muscle::Tibialis, 2.0, 1.3985, Band::Maintain, None), // 3.3985, small group
        (Muscle::HipFlexors, 0.0, 2.704375, Band::Maintain, None), // small group
        (Muscle::Arms, 0.0, 0.540875, Band::Low, None),
    ];
    assert_eq!(r.muscles.len(), 7);
    for (mr, (m, s, rn, band, rec)) in r.muscles.iter().zip(expect) {
        assert_eq!(mr.muscle, m);
        close(mr.strength_sets, s);
        close(mr.run_sets, rn);
        close(mr.sets, s + rn);
        assert_eq!(mr.status, band, "{m}");
        assert_eq!(mr.recovering_until, rec, "{m}");
    }
}

fn fortnight_alerts(r: &Report) {
    // §4: previous week arms .75 + 3.6×.02 + 7.5×.02 = .972 and this week .540875, both < 4,
    // start (§1) D-13 -> neglected arms.
    // Fortnight strength: calves 3 + 6 = 9, tibialis 2 < 3 -> calf_tibialis.
    // 16 km on D-2 vs longest 10 km of the three runs in [D-32, D-3]: x = .6 -> run_spike
    // caution (D-6 has two earlier runs and D's 8 km is shorter: no other spike, §4.7).
    // Fortnight strength quads 3 + 4.5 = 7.5, hams 3 + 1 = 4: r = .533 -> hamstring_quad info.
    // Hamstrings previous week 3 + 3.6×.12 + 7.5×.14 = 4.482 ≥ 4: not neglected.
    let got: Vec<(Rule, Severity, Vec<Muscle>, Option<NaiveDate>)> = r
        .alerts
        .iter()
        .map(|a| (a.rule, a.severity, a.muscles.clone(), a.run_date))
        .collect();
    assert_eq!(
        got,
        [
            (
                Rule::CalfTibialis,
                Severity::Warning,
                vec![Muscle::Calves, Muscle::Tibialis],
                None
            ),
            (Rule::RunSpike, Severity::Caution, vec![], Some(day(-2))),
            // §4.3 (v3): arms' neglected is info, after the caution
            (Rule::Neglected, Severity::Info, vec![Muscle::Arms], None),
            (
                Rule::HamstringQuad,
                Severity::Info,
                vec![Muscle::Quads, Muscle::Hamstrings],
                None
            ),
        ]
    );
    assert_eq!(
        r.alerts[0].message,
        "Over 14 days your calves got 9.0 strength sets and your tibialis 2.0."
    );
    assert_eq!(
        r.alerts[1].message,
        "Sat 21 Nov's 16.0 km run was 60% longer than your longest run in the 30 days before it (10.0 km)."
    );
}

fn fortnight_rest(r: &Report) {
    // §5: D is hard (RPE 8.5), D-1 has no session: both streaks 1, no prompt
    assert_eq!(
        r.rest,
        Rest {
            prompt: None,
            hard_streak: 1,
            run_streak: 1,
            message: None
        }
    );
}

fn fortnight_load(r: &Report) {
    // §6: daily loads D-13..D
    let loads = [
        144.0, 0.0, 315.0, 0.0, 300.0, 0.0, 0.0, 108.0, 0.0, 350.0, 0.0, 400.0, 0.0, 472.5,
    ];
    let (mut a, mut c, mut ctl, mut atl, mut form) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for l in loads {
        form = ctl - atl;
        a = 0.25 * l + 0.75 * a;
        c = 2.0 / 29.0 * l + 27.0 / 29.0 * c;
        ctl += (l - ctl) / 42.0;
        atl += (l - atl) / 7.0;
    }
    let week = &loads[7..];
    let mean = 1330.5 / 7.0;
    let sd = (week.iter().map(|l| (l - mean) * (l - mean)).sum::<f64>() / 7.0).sqrt();
    close(r.load.week, 1330.5); // 108 + 350 + 400 + 382.5 + 90
    close(r.load.acute, a);
    close(r.load.chronic, c);
    assert_eq!(r.load.acwr, None); // D - start = 13 < 27
    close(r.load.fitness, ctl);
    close(r.load.fatigue, atl);
    close(r.load.form, form);
    close(r.load.monotony.unwrap(), mean / sd);
    close(r.load.strain.unwrap(), 1330.5 * mean / sd);
}

fn fortnight_totals(r: &Report) {
    // totals: 3 runs, 6 + 16 + 8 km, 36 + 100 + 45 min, 2 lifts, 11 + 6 sets (warm-up included)
    close(r.totals.run_km, 30.0);
    close(r.totals.run_minutes, 181.0);
    assert_eq!(
        (r.totals.runs, r.totals.strength_sessions, r.totals.sets),
        (3, 2, 17)
    );
}

#[test]
fn report_build_empty_history() {
    let r = Report::build(
        &History::default(),
        &Settings::default(),
        &Catalog::builtin(),
        day(0),
    );
    assert!(
        r.muscles
            .iter()
            .all(|m| m.sets == 0.0 && m.status == Band::None)
    );
    assert_eq!(r.alerts.len(), 1);
    assert_eq!(r.alerts[0].rule, Rule::NoTraining);
    assert_eq!(r.rest.prompt, None);
    assert_eq!(r.load.acwr, None);
    assert_eq!(r.totals.sets, 0);
}

#[test]
fn report_build_serializes_to_the_json_contract() {
    let r = Report::build(
        &hist(fortnight()),
        &Settings::default(),
        &Catalog::builtin(),
        day(0),
    );
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["window"]["from"], "2026-11-17");
    assert_eq!(v["muscles"][5]["muscle"], "hip_flexors");
    assert_eq!(v["muscles"][3]["recovering_until"], "2026-11-25");
    // arms' neglected is info since v3 (§4.3): after the warning and the caution
    assert_eq!(v["alerts"][0]["rule"], "calf_tibialis");
    assert_eq!(v["alerts"][2]["rule"], "neglected");
    assert_eq!(v["alerts"][2]["severity"], "info");
    assert_eq!(v["alerts"][2]["muscles"][0], "arms");
    assert!(v["load"]["acwr"].is_null());
    assert!(v["rest"]["prompt"].is_null());
}
