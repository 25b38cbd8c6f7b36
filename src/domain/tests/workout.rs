//! The live workout (issue 16): ticking, editing, adding and skipping sets, the rest timer, and
//! the one strength session it becomes (§2 duration, §3.1 warm-ups).

use super::*;
use crate::domain::workout::*;
use chrono::{NaiveDateTime, NaiveTime};

fn at(h: u32, m: u32, s: u32) -> NaiveDateTime {
    today().and_time(NaiveTime::from_hms_opt(h, m, s).unwrap())
}

fn n(reps: u32, kg: f64) -> Numbers {
    Numbers {
        reps,
        weight_kg: Some(kg),
        rir: None,
    }
}

/// Back squat 3 × 5 @ 100 (last time 5 @ 95), biceps curl 2 × 12 @ 12.
fn workout() -> Workout {
    let c = Catalog::builtin();
    let mut w = Workout::new(today(), at(18, 0, 0));
    let back = rest_for(&c, "back squat");
    w.add_exercise("back squat", back, 3, n(5, 100.0), &[n(5, 95.0)]);
    let curl = rest_for(&c, "biceps curl");
    w.add_exercise("biceps curl", curl, 2, n(12, 12.0), &[]);
    w
}

fn x(exercise: usize, set: usize) -> At {
    At { exercise, set }
}

#[test]
fn rest_is_two_minutes_for_lower_body_compound_lifts_else_ninety_seconds() {
    let c = Catalog::builtin();
    // back squat: quads 1 and glutes 1 (lower-body, two groups)
    assert_eq!(rest_for(&c, "back squat"), 120);
    assert_eq!(rest_for(&c, "romanian deadlift"), 120);
    // leg extension: quads only (an isolation lift); biceps curl: upper body
    assert_eq!(rest_for(&c, "leg extension"), 90);
    assert_eq!(rest_for(&c, "biceps curl"), 90);
}

#[test]
fn the_first_tick_starts_the_workout_and_every_tick_the_rest_timer() {
    let mut w = workout();
    assert_eq!(w.began(), at(18, 0, 0));
    assert!(w.tick(x(0, 0), None, at(18, 5, 0)));
    assert_eq!(w.started, Some(at(18, 5, 0)));
    assert_eq!(w.row(x(0, 0)).unwrap().done, Some(n(5, 100.0)));
    // 2:00 from 18:05:00; at 18:05:45 75 s are left
    let t = w.rest.unwrap();
    assert_eq!(t.left(at(18, 5, 45)), 75);
    assert!(!w.ring(at(18, 6, 59)));
    assert!(w.ring(at(18, 7, 0)));
    assert!(!w.ring(at(18, 7, 1)), "rings once");
    // ] adds 15 s to the exercise's rest and the timer; [ twice takes 30 s off
    w.change_rest(0, 1);
    assert_eq!((w.exercises[0].rest_s, w.rest.unwrap().seconds), (135, 135));
    w.change_rest(0, -2);
    assert_eq!(w.exercises[0].rest_s, 105);
    // a second tick keeps the start and restarts the timer
    w.tick(x(0, 1), Some(n(4, 100.0)), at(18, 9, 0));
    assert_eq!(w.started, Some(at(18, 5, 0)));
    assert_eq!(w.rest.unwrap().left(at(18, 9, 0)), 105);
}

#[test]
fn ticking_a_done_set_unticks_it_and_skipping_drops_it() {
    let mut w = workout();
    w.tick(x(0, 0), None, at(18, 5, 0));
    assert!(!w.tick(x(0, 0), None, at(18, 6, 0)));
    assert!(w.row(x(0, 0)).unwrap().open());
    w.skip(x(0, 1));
    assert!(w.row(x(0, 1)).unwrap().skipped);
    // the next open row after (0, 0) is (0, 2): (0, 1) is skipped
    assert_eq!(w.next_open(x(0, 0)), x(0, 2));
    assert_eq!(w.next_open(x(1, 1)), x(0, 0));
}

#[test]
fn an_added_set_repeats_the_last_one_as_lifted() {
    let mut w = workout();
    w.tick(x(1, 1), Some(n(10, 14.0)), at(18, 5, 0));
    assert_eq!(w.add_set(1), Some(x(1, 2)));
    let row = w.row(x(1, 2)).unwrap();
    assert_eq!((row.plan, row.done), (n(10, 14.0), None));
    assert_eq!(w.add_set(9), None);
}

#[test]
fn finishing_gives_one_session_of_the_done_sets_from_the_first_tick() {
    let mut w = workout();
    assert!(w.finish(at(18, 30, 0), None).is_none(), "nothing done");
    // a warm-up set first: marked, so it counts for no group (§3.1)
    w.toggle_warmup(x(0, 0));
    assert!(w.exercises[0].sets[0].warmup);
    w.tick(x(0, 0), Some(n(5, 60.0)), at(18, 2, 30));
    w.tick(x(0, 1), None, at(18, 6, 0));
    let mut edited = n(10, 12.0);
    edited.rir = Some(2);
    w.tick(x(1, 0), Some(edited), at(18, 20, 0));
    w.skip(x(1, 1));
    // 18:02:30 to 18:44:50 is 42 min 20 s: 42 minutes
    let s = w.finish(at(18, 44, 50), Some(7.0)).unwrap();
    assert_eq!(s.date, today());
    assert_eq!(s.time, Some(NaiveTime::from_hms_opt(18, 2, 30).unwrap()));
    assert_eq!(s.rpe, Some(7.0));
    let st = s.strength().unwrap();
    assert_eq!(st.minutes, Some(42.0));
    let mut warm = SetEntry::new("back squat", 5, Some(60.0));
    warm.warmup = true;
    let mut curl = SetEntry::new("biceps curl", 10, Some(12.0));
    curl.rir = Some(2);
    assert_eq!(
        st.sets,
        vec![warm, SetEntry::new("back squat", 5, Some(100.0)), curl]
    );
    // the warm-up counts for no group: quads get 1 set from the one working squat
    let v = crate::domain::volume::strength_sets(&st.sets, &Catalog::builtin());
    close(v[Muscle::Quads], 1.0);
}

#[test]
fn a_draft_is_stale_after_twelve_hours_and_round_trips_as_json() {
    let mut w = workout();
    assert!(!w.is_stale(at(23, 59, 0)));
    w.tick(x(0, 0), None, at(6, 0, 0));
    assert!(w.is_stale(at(18, 0, 0)));
    assert!(!w.is_stale(at(17, 59, 0)));
    let json = serde_json::to_string(&w).unwrap();
    assert_eq!(serde_json::from_str::<Workout>(&json).unwrap(), w);
}
