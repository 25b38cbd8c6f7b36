use super::*;
use crate::domain::rest::*;

fn hard(offset: i64) -> Session {
    // intervals default to RPE 8: a hard session (§5)
    run(offset, RunKind::Intervals, 6.0, 30.0)
}

fn easy(offset: i64) -> Session {
    run(offset, RunKind::Easy, 5.0, 30.0) // RPE 3 × 30 = 90 AU, not hard
}

fn at(sessions: Vec<Session>, settings: &Settings) -> Rest {
    rest(&hist_with(sessions, settings), settings, day(0))
}

#[test]
fn section_5_median_rule_needs_four_days_with_load() {
    // 3 earlier days of 100 AU: no median rule, so 200 AU on D is not hard
    let mut s: Vec<Session> = (1..=3).map(|i| load_only(-i, 100.0)).collect();
    s.push(load_only(0, 200.0));
    let idx = DayIndex::new(&hist(s.clone()), day(0));
    assert_eq!(idx.recent_median(day(0)), None);
    assert!(!idx.is_hard(day(0)));
    // a 4th day of 100: median 100, 200 ≥ 1.5 × 100
    s.push(load_only(-28, 100.0));
    let idx = DayIndex::new(&hist(s.clone()), day(0));
    assert_eq!(idx.recent_median(day(0)), Some(100.0));
    assert!(idx.is_hard(day(0)));
    // D-29 is outside [d-28, d-1]; a zero-load day does not count
    let mut s2: Vec<Session> = (1..=3).map(|i| load_only(-i, 100.0)).collect();
    s2.extend([
        load_only(-29, 100.0),
        lift(-4, 0.0, 4.0, vec![]),
        load_only(0, 200.0),
    ]);
    assert_eq!(DayIndex::new(&hist(s2), day(0)).recent_median(day(0)), None);
}

#[test]
fn section_5_median_even_and_odd_counts() {
    // even: 60, 100, 120, 200 -> (100 + 120)/2 = 110; threshold 165
    let base = |d: f64| {
        let mut s: Vec<Session> = [60.0, 100.0, 120.0, 200.0]
            .iter()
            .enumerate()
            .map(|(i, &l)| load_only(-(i as i64) - 1, l))
            .collect();
        s.push(load_only(0, d));
        DayIndex::new(&hist(s), day(0))
    };
    assert_eq!(base(165.0).recent_median(day(0)), Some(110.0));
    assert!(base(165.0).is_hard(day(0)));
    assert!(!base(164.0).is_hard(day(0)));
    // odd: 60, 100, 120, 200, 300 -> 120; threshold 180
    let odd = |d: f64| {
        let mut s: Vec<Session> = [300.0, 60.0, 100.0, 120.0, 200.0]
            .iter()
            .enumerate()
            .map(|(i, &l)| load_only(-(i as i64) - 1, l))
            .collect();
        s.push(load_only(0, d));
        DayIndex::new(&hist(s), day(0))
    };
    assert_eq!(odd(180.0).recent_median(day(0)), Some(120.0));
    assert!(odd(180.0).is_hard(day(0)));
    assert!(!odd(179.0).is_hard(day(0)));
}

#[test]
fn section_5_hard_by_session_rpe_and_minutes() {
    let idx = DayIndex::new(
        &hist(vec![hard(0), easy(-1), run(-2, RunKind::Long, 12.0, 60.0)]),
        day(0),
    );
    assert!(idx.is_hard(day(0))); // RPE 8
    assert!(!idx.is_hard(day(-1))); // RPE 3, 30 min
    assert!(!idx.is_hard(day(-2))); // long: RPE 4 for 60 min (< 5)
    let idx = DayIndex::new(&hist(vec![run(0, RunKind::Trail, 12.0, 60.0)]), day(0));
    assert!(idx.is_hard(day(0))); // trail: RPE 5 for 60 min
}

#[test]
fn section_5_hard_by_run_spike_above_0_3() {
    // three earlier runs in [d-30, d-1] (§4.7, v2), the longest 10 km; 13 km is x = 0.3 (not
    // above); 13.1 km is
    let mk = |km: f64| {
        let s = vec![
            run(-30, RunKind::Easy, 10.0, 55.0),
            run(-20, RunKind::Easy, 6.0, 35.0),
            run(-5, RunKind::Easy, 6.0, 35.0),
            run(0, RunKind::Easy, km, 50.0),
        ];
        DayIndex::new(&hist(s), day(0))
    };
    assert!(!mk(13.0).is_hard(day(0)));
    assert!(mk(13.1).is_hard(day(0)));
    // a reference at D-31 is out of the window: longest is 6 km, 8 km is x = 1/3
    let s = vec![
        run(-31, RunKind::Easy, 20.0, 55.0),
        run(-20, RunKind::Easy, 5.0, 30.0),
        run(-10, RunKind::Easy, 5.0, 30.0),
        run(-5, RunKind::Easy, 6.0, 35.0),
        run(0, RunKind::Easy, 8.0, 50.0),
    ];
    let idx = DayIndex::new(&hist(s), day(0));
    close(idx.spike_x(day(0), 8000.0).unwrap(), 8.0 / 6.0 - 1.0);
    assert!(idx.is_hard(day(0)));
    // two earlier runs only (§4.7, v2: three needed): no spike x, not hard
    let s = vec![
        run(-10, RunKind::Easy, 5.0, 30.0),
        run(-5, RunKind::Easy, 6.0, 35.0),
        run(0, RunKind::Easy, 8.0, 50.0),
    ];
    let idx = DayIndex::new(&hist(s), day(0));
    assert_eq!(idx.spike_x(day(0), 8000.0), None);
    assert!(!idx.is_hard(day(0)));
    // no earlier run: not a spike
    assert!(!DayIndex::new(&hist(vec![run(0, RunKind::Easy, 30.0, 50.0)]), day(0)).is_hard(day(0)));
}

#[test]
fn section_5_hard_streak_at_cap_by_level() {
    // two hard days ending at D
    let two = || vec![hard(-1), hard(0)];
    for (lvl, prompt) in [
        (Level::Beginner, Some(RestPrompt::RestTomorrow)),
        (Level::Intermediate, Some(RestPrompt::RestTomorrow)),
        (Level::Experienced, None),
    ] {
        let r = at(two(), &level(lvl));
        assert_eq!((r.hard_streak, r.prompt), (2, prompt), "{lvl:?}");
    }
    // experienced: cap 3
    let r = at(
        vec![hard(-2), hard(-1), hard(0)],
        &level(Level::Experienced),
    );
    assert_eq!(
        (r.hard_streak, r.prompt),
        (3, Some(RestPrompt::RestTomorrow))
    );
    // one hard day: below every cap
    let r = at(vec![easy(-1), hard(0)], &level(Level::Intermediate));
    assert_eq!((r.hard_streak, r.prompt), (1, None));
}

#[test]
fn section_5_rest_today_when_d_has_no_session() {
    let st = level(Level::Intermediate);
    let r = at(vec![hard(-2), hard(-1)], &st);
    assert_eq!((r.hard_streak, r.prompt), (2, Some(RestPrompt::RestToday)));
    // Sat 21 - Sun 22 Nov
    assert_eq!(
        r.message.as_deref(),
        Some("2 hard days in a row (Sat-Sun): make today a rest day or an easy walk.")
    );
    // an easy session on D: hard streak 0 (D has a session and is not hard), no prompt
    let r = at(vec![hard(-2), hard(-1), easy(0)], &st);
    assert_eq!((r.hard_streak, r.prompt, r.message), (0, None, None));
    // a gap day before D-1 breaks the streak
    let r = at(vec![hard(-3), hard(-1)], &st);
    assert_eq!((r.hard_streak, r.prompt), (1, None));
}

#[test]
fn section_5_message_example_three_days() {
    // experienced, hard Fri-Sun (20-22 Nov), nothing on Mon 23
    let r = at(
        vec![hard(-3), hard(-2), hard(-1)],
        &level(Level::Experienced),
    );
    assert_eq!(
        r.message.as_deref(),
        Some("3 hard days in a row (Fri-Sun): make today a rest day or an easy walk.")
    );
}

#[test]
fn section_5_run_streak_cap_for_beginners_only() {
    let runs = || vec![easy(-1), easy(0)];
    let r = at(runs(), &level(Level::Beginner));
    assert_eq!((r.run_streak, r.hard_streak), (2, 0));
    assert_eq!(r.prompt, Some(RestPrompt::RestTomorrow));
    let m = r.message.unwrap();
    assert!(
        m.starts_with("2 run days in a row (Sun-Mon): make tomorrow a rest day"),
        "{m}"
    );
    assert!(
        m.contains("beginner") && m.contains("one or two days in a row"),
        "{m}"
    );
    // intermediate: reported, no cap
    let r = at(
        vec![easy(-2), easy(-1), easy(0)],
        &level(Level::Intermediate),
    );
    assert_eq!((r.run_streak, r.prompt), (3, None));
    // beginner, one run day: nothing
    let r = at(vec![easy(0)], &level(Level::Beginner));
    assert_eq!((r.run_streak, r.prompt), (1, None));
}

#[test]
fn section_5_lift_breaks_the_run_streak() {
    let st = level(Level::Beginner);
    let chest = |o| lift(o, 30.0, 4.0, sets("push-up", 3));
    // runs D-3, D-2, lift D-1, run D: streak 1
    let r = at(vec![easy(-3), easy(-2), chest(-1), easy(0)], &st);
    assert_eq!((r.run_streak, r.prompt), (1, None));
    // runs D-2, D-1, lift only on D: D has a session but is no run day -> 0
    let r = at(vec![easy(-2), easy(-1), chest(0)], &st);
    assert_eq!((r.run_streak, r.prompt), (0, None));
    // a run and a lift on the same day is still a run day
    let r = at(vec![easy(-1), easy(0), chest(0)], &st);
    assert_eq!(r.run_streak, 2);
}

#[test]
fn section_5_long_streaks_from_days_only() {
    // 40 hard days in a row ending D-1; D free. History::days only (no sessions).
    let mut h = hist((1..=40).map(|i| hard(-i)).collect());
    h.sessions.clear();
    let st = level(Level::Intermediate);
    let r = rest(&h, &st, day(0));
    assert_eq!((r.hard_streak, r.run_streak), (40, 40));
    assert_eq!(r.prompt, Some(RestPrompt::RestToday));
    // 14 Oct - 22 Nov 2026
    assert_eq!(
        r.message.as_deref(),
        Some("40 hard days in a row (14 Oct-22 Nov): make today a rest day or an easy walk.")
    );
}

#[test]
fn section_5_days_after_d_are_ignored() {
    let r = at(vec![hard(-1), hard(1)], &level(Level::Intermediate));
    assert_eq!((r.hard_streak, r.prompt), (1, None));
}
