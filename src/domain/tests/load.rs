use super::*;
use crate::domain::load::*;

const A: f64 = 0.25; // 2 / (7 + 1)
const C: f64 = 2.0 / 29.0; // 2 / (28 + 1)

#[test]
fn section_6_ewma_from_zero_and_form_uses_yesterday() {
    // One 100 AU session on D-1 (first session), nothing on D.
    let h = hist(vec![load_only(-1, 100.0)]);
    let f = figures(&h, day(-1));
    close(f.acute, A * 100.0); // 25
    close(f.chronic, C * 100.0); // 6.896...
    close(f.fitness, 100.0 / 42.0);
    close(f.fatigue, 100.0 / 7.0);
    close(f.form, 0.0); // CTL(D-1) - ATL(D-1): both 0 the day before the first session
    let f = figures(&h, day(0));
    close(f.acute, (1.0 - A) * 25.0); // 18.75
    close(f.chronic, (1.0 - C) * C * 100.0);
    close(f.fitness, 100.0 / 42.0 * 41.0 / 42.0);
    close(f.fatigue, 100.0 / 7.0 * 6.0 / 7.0);
    close(f.form, 100.0 / 42.0 - 100.0 / 7.0); // yesterday's balance, not fitness - fatigue
    assert!((f.form - (f.fitness - f.fatigue)).abs() > 1.0);
    close(f.week, 100.0);
}

#[test]
fn section_6_acwr_needs_27_days_since_the_first_session() {
    let h = hist(vec![load_only(-27, 100.0), load_only(0, 100.0)]);
    // D - first = 27: reported
    let f = figures(&h, day(0));
    let acwr = f.acwr.expect("27 days: reported");
    close(acwr, f.acute / f.chronic);
    // D - first = 26: null (the same history seen a day earlier, sessions after D ignored)
    assert_eq!(figures(&h, day(-1)).acwr, None);
    // chronic 0 (a first session with zero load): null even after 27 days
    let h0 = hist(vec![lift(-27, 0.0, 5.0, vec![])]);
    assert_eq!(figures(&h0, day(0)).acwr, None);
}

#[test]
fn section_6_ewma_by_hand_over_three_days() {
    // loads 100, 0, 60 on D-2, D-1, D
    let h = hist(vec![load_only(-2, 100.0), load_only(0, 60.0)]);
    let (mut a, mut c, mut ctl, mut atl, mut form) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for l in [100.0, 0.0, 60.0] {
        form = ctl - atl;
        a = A * l + (1.0 - A) * a;
        c = C * l + (1.0 - C) * c;
        ctl += (l - ctl) / 42.0;
        atl += (l - atl) / 7.0;
    }
    let f = figures(&h, day(0));
    // acute: 25 -> 18.75 -> 0.25×60 + 0.75×18.75 = 29.0625
    close(f.acute, 29.0625);
    close(f.acute, a);
    close(f.chronic, c);
    close(f.fitness, ctl);
    close(f.fatigue, atl);
    close(f.form, form);
}

#[test]
fn section_6_monotony_and_strain() {
    // loads 100 on D-6, D-4, D-2, D: mean 400/7, population sd sqrt(40000/7 - (400/7)²)
    // = sqrt(120000)/7, monotony = 400/sqrt(120000) = 2/√3 ≈ 1.1547
    let h = hist((0..4).map(|i| load_only(-2 * i, 100.0)).collect());
    let f = figures(&h, day(0));
    close(f.week, 400.0);
    close(f.monotony.unwrap(), 2.0 / 3f64.sqrt());
    close(f.strain.unwrap(), 400.0 * 2.0 / 3f64.sqrt());
}

#[test]
fn section_6_monotony_counts_days_before_the_first_session_as_zero() {
    // first session D-2: loads [0,0,0,0,60,60,60]; mean 180/7, sd sqrt(43200)/7,
    // monotony 180/sqrt(43200) = √3/2
    let h = hist((0..3).map(|i| load_only(-i, 60.0)).collect());
    close(figures(&h, day(0)).monotony.unwrap(), 3f64.sqrt() / 2.0);
}

#[test]
fn section_6_monotony_null_cases() {
    // sd 0: the same load on all 7 days
    let h = hist((0..7).map(|i| load_only(-i, 50.0)).collect());
    let f = figures(&h, day(0));
    assert_eq!((f.monotony, f.strain), (None, None));
    close(f.week, 350.0);
    // mean 0: sessions, but none in the week
    let h = hist(vec![load_only(-20, 50.0)]);
    let f = figures(&h, day(0));
    assert_eq!((f.monotony, f.strain), (None, None));
    close(f.week, 0.0);
    assert!(f.chronic > 0.0);
}

#[test]
fn section_6_no_session_on_or_before_d() {
    for h in [hist(vec![]), hist(vec![load_only(1, 300.0)])] {
        let f = figures(&h, day(0));
        assert_eq!(
            f,
            LoadFigures {
                week: 0.0,
                acute: 0.0,
                chronic: 0.0,
                acwr: None,
                fitness: 0.0,
                fatigue: 0.0,
                form: 0.0,
                monotony: None,
                strain: None
            }
        );
    }
}

#[test]
fn section_6_series_ends_at_d_and_matches_figures() {
    let h = hist(vec![
        load_only(-2, 100.0),
        load_only(0, 60.0),
        load_only(1, 999.0),
    ]);
    let s = series(&h, day(0), 5);
    assert_eq!(s.len(), 5);
    assert_eq!(s[0].date, day(-4));
    assert_eq!(s[4].date, day(0));
    // before the first session: zeros
    assert_eq!((s[0].load, s[1].acute, s[1].fitness), (0.0, 0.0, 0.0));
    assert_eq!(s[2].load, 100.0);
    assert_eq!(s[3].load, 0.0);
    let f = figures(&h, day(0));
    close(s[4].acute, f.acute);
    close(s[4].form, f.form);
    close(s[4].form, s[3].fitness - s[3].fatigue);
    assert!(
        series(&hist(vec![]), day(0), 3)
            .iter()
            .all(|p| p.load == 0.0)
    );
}

#[test]
fn section_2_daily_load_sums_the_days_sessions() {
    // 30 min easy (90 AU) + 45 min lift at RPE 7 (315 AU) on D: L(D) = 405; none on D-1
    let h = hist(vec![
        run(0, RunKind::Easy, 5.0, 30.0),
        lift(0, 45.0, 7.0, sets("back squat", 3)),
        load_only(-2, 100.0),
    ]);
    close(daily_load(&h, day(0)), 405.0);
    close(daily_load(&h, day(-1)), 0.0);
    assert_eq!(
        week_loads(&h, day(0)),
        [0.0, 0.0, 0.0, 0.0, 100.0, 0.0, 405.0]
    );
}

// §6: a week without sessions has a week load of +0, never -0 (shown as "-0 AU").
#[test]
fn section_6_an_empty_week_has_a_positive_zero_load() {
    let h = hist(vec![load_only(-30, 300.0)]);
    let f = figures(&h, day(0));
    assert_eq!(f.week, 0.0);
    assert!(f.week.is_sign_positive(), "week load is -0.0");
    assert!(daily_load(&h, day(0)).is_sign_positive());
}

#[test]
fn section_6_fitness_fatigue_in_one_pass_equals_the_series() {
    // loads on scattered days, a 30-day break (a new start), then more
    let st = Settings::default();
    let mut sessions = Vec::new();
    for (i, back) in [80i64, 77, 75, 70, 66, 30, 28, 27, 20, 12, 11, 5, 1]
        .into_iter()
        .enumerate()
    {
        let mut r = Run::new(RunKind::Easy, 5000.0, 1500.0 + 60.0 * i as f64);
        r.vest_kg = None;
        sessions.push(Session::new_run(day(-back), r));
    }
    let h = History::from_sessions(sessions, &st);
    for d in [day(-40), day(-10), day(0)] {
        let f = figures(&h, d);
        let s = start_date(&h, d).unwrap();
        assert_eq!(fitness_fatigue(&h, s, d), (f.fitness, f.fatigue), "{d}");
    }
}
