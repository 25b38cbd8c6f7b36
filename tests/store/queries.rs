//! The narrow queries behind `today` and `records`: the last set of an exercise (recent, and
//! older than the 90-day window), every non-warm-up set, every run.

use chrono::{NaiveDate, NaiveTime};
use legday::domain::{Run, RunKind, Session, SetEntry, Strength};
use legday::store::Store;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn lift(store: &mut Store, d: &str, time: Option<(u32, u32)>, sets: Vec<SetEntry>) -> i64 {
    let mut s = Session::new_strength(
        date(d),
        Strength {
            minutes: None,
            sets,
        },
    );
    s.time = time.map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap());
    store.insert(&s).unwrap().id
}

fn set(ex: &str, reps: u32, w: f64) -> SetEntry {
    SetEntry::new(ex, reps, Some(w))
}

#[test]
fn last_set_is_the_latest_working_set_on_or_before_the_day() {
    let mut st = Store::open_in_memory().unwrap();
    let mut warm = set("back squat", 10, 20.0);
    warm.warmup = true;
    // Same day: the 18:00 session is later than the 07:00 one; within it, the last working set.
    lift(
        &mut st,
        "2026-11-20",
        Some((7, 0)),
        vec![set("back squat", 5, 100.0)],
    );
    lift(
        &mut st,
        "2026-11-20",
        Some((18, 0)),
        vec![set("back squat", 8, 80.0), set("back squat", 6, 85.0), warm],
    );
    lift(
        &mut st,
        "2026-11-25",
        None,
        vec![set("back squat", 3, 120.0)],
    );
    let l = st
        .last_set("back squat", date("2026-11-23"))
        .unwrap()
        .unwrap();
    assert_eq!(
        (l.date, l.reps, l.weight_kg),
        (date("2026-11-20"), 6, Some(85.0))
    );
    // After D's sessions count once D reaches them.
    let l = st
        .last_set("back squat", date("2026-11-25"))
        .unwrap()
        .unwrap();
    assert_eq!(l.reps, 3);
    assert_eq!(
        st.last_set("nordic curl", date("2026-11-25")).unwrap(),
        None
    );
    // Older than 90 days: found through the name index.
    lift(
        &mut st,
        "2025-01-02",
        None,
        vec![set("nordic curl", 5, 0.0)],
    );
    let l = st
        .last_set("nordic curl", date("2026-11-25"))
        .unwrap()
        .unwrap();
    assert_eq!(l.date, date("2025-01-02"));
}

#[test]
fn lift_sets_and_run_entries_read_the_whole_history() {
    let mut st = Store::open_in_memory().unwrap();
    let mut warm = set("deadlift", 5, 60.0);
    warm.warmup = true;
    let id = lift(
        &mut st,
        "2020-03-04",
        Some((6, 30)),
        vec![warm, set("deadlift", 5, 140.0)],
    );
    lift(&mut st, "2026-12-01", None, vec![set("deadlift", 5, 150.0)]);
    let sets = st.lift_sets(date("2026-11-23")).unwrap();
    assert_eq!(sets.len(), 1);
    assert_eq!((sets[0].session_id, sets[0].idx), (id, 1));
    assert_eq!(sets[0].time, NaiveTime::from_hms_opt(6, 30, 0));
    assert_eq!(&*sets[0].exercise, "deadlift");
    let mut r = Run::new(RunKind::Race, 5000.0, 1200.0);
    r.shoes = Some("Vaporfly".into());
    st.insert(&Session::new_run(date("2019-05-05"), r)).unwrap();
    let runs = st.run_entries(date("2026-11-23")).unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(
        (runs[0].kind, runs[0].distance_m, runs[0].shoes.as_deref()),
        (RunKind::Race, 5000.0, Some("Vaporfly"))
    );
}

#[test]
fn today_records_and_explain_from_the_store() {
    use legday::domain::Muscle;
    use legday::domain::today::Suggestion;
    let mut st = Store::open_in_memory().unwrap();
    let d = date("2026-11-23");
    // Nothing logged, a Monday: the level's defaults (3 runs), the quality run on the first
    // free day (§8.5), intervals as never done; no records.
    let t = st.today(d).unwrap();
    assert_eq!((t.suggestion, t.target), (Suggestion::Run, d));
    assert_eq!(
        t.run.as_ref().map(|r| r.kind),
        Some(legday::domain::RunKind::Intervals)
    );
    let r = st.records(d).unwrap();
    assert!(r.lifts.is_empty() && r.shoes.is_empty() && r.predictions.is_none());
    // Forward lunges on two days before the week make them the athlete's own quads exercise
    // (§8.7); with no run days the week is lifts, today a lower lift with that exercise, its
    // last set, and +2.5 kg (every set reached 10, no RIR logged: max(20 + 2.5, to_step(21))).
    for day in ["2026-11-10", "2026-11-12"] {
        lift(&mut st, day, None, vec![set("forward lunge", 10, 20.0); 3]);
    }
    st.set_setting("run_days", "0").unwrap();
    assert!(st.explain(d, Muscle::Quads).unwrap().sessions.is_empty());
    let e = st.explain(date("2026-11-10"), Muscle::Quads).unwrap();
    assert_eq!((e.sessions.len(), e.sets), (1, 3.0));
    let t = st.today(d).unwrap();
    assert_eq!(t.suggestion, Suggestion::Strength);
    assert_eq!(t.exercises[0].exercise, "forward lunge");
    assert_eq!(t.exercises[0].weight_kg, Some(22.5));
    let last = t.exercises[0].last.as_ref().unwrap();
    assert_eq!(
        (last.date, last.reps, last.weight_kg),
        (date("2026-11-12"), 10, Some(20.0))
    );
    assert_eq!(st.records(d).unwrap().lifts[0].exercise, "forward lunge");
}

/// §9: the e1RM aggregates stay in SQL for speed (`e1rm_before`, `prs_of`), with the domain's
/// constants bound as parameters; over sets at and beyond every edge of the rule (reps + RIR of
/// 0, 1, 12 and 13, no weight, a warm-up) they give what `records::e1rm` gives.
#[test]
fn the_sql_e1rm_agrees_with_the_domain_at_every_edge() {
    use legday::domain::records::e1rm;
    let mut st = Store::open_in_memory().unwrap();
    let mut sets = Vec::new();
    for (reps, rir, w) in [
        (1, None, 100.0),
        (12, None, 80.0),
        (13, None, 75.0),
        (10, Some(2), 82.5),
        (10, Some(3), 90.0),
        (0, Some(1), 140.0),
        (5, Some(0), 0.0),
    ] {
        let mut s = set("back squat", reps, w);
        s.rir = rir;
        sets.push(s);
    }
    let mut warm = set("back squat", 3, 200.0);
    warm.warmup = true;
    sets.push(warm);
    let expected = sets
        .iter()
        .filter(|s| !s.warmup)
        .filter_map(|s| e1rm(s.reps, s.weight_kg, s.rir))
        .fold(f64::MIN, f64::max);
    // 100 × (1 + 1/30) = 103.33; 80 × 1.4 = 112; 13 reps: none; 82.5 × 1.4 = 115.5;
    // 10 + 3 = 13: none; 140 × (1 + 1/30) = 144.67; no weight: none; the warm-up: none
    assert!((expected - 140.0 * (1.0 + 1.0 / 30.0)).abs() < 1e-9);
    lift(&mut st, "2026-11-02", None, sets);
    let before = st.e1rm_before(date("2026-11-30")).unwrap();
    assert_eq!(before.len(), 1);
    assert!((before[0].1 - expected).abs() < 1e-9, "{before:?}");
    // the next session beats it by a set of 12 × 130 kg (130 × 1.4 = 182): a PR from 144.67
    let id = lift(
        &mut st,
        "2026-11-09",
        None,
        vec![set("back squat", 13, 200.0), set("back squat", 12, 130.0)],
    );
    let prs = st.prs_of(id).unwrap();
    assert_eq!(prs.len(), 1);
    assert!((prs[0].e1rm - 182.0).abs() < 1e-9 && (prs[0].was - expected).abs() < 1e-9);
}

#[test]
fn e1rm_bests_in_sql_agree_with_the_domain_at_every_edge() {
    let mut store = Store::open_in_memory().unwrap();
    let mut warm = set("back squat", 1, 300.0);
    warm.warmup = true;
    let mut rir = set("deadlift", 10, 100.0);
    rir.rir = Some(2); // 12 in all: 100 × 1.4 = 140
    let mut past = set("deadlift", 11, 120.0);
    past.rir = Some(2); // 13: no e1RM, its weight (120) counts
    lift(
        &mut store,
        "2026-11-02",
        None,
        vec![set("back squat", 5, 90.0), warm],
    );
    lift(
        &mut store,
        "2026-11-04",
        None,
        vec![rir, past, set("leg curl", 20, 40.0)],
    );
    lift(
        &mut store,
        "2026-11-06",
        None,
        vec![SetEntry::new("pull-up", 8, None)],
    );
    let sql = store.e1rm_bests().unwrap();
    let all = store.list(&legday::store::Filter::default()).unwrap();
    let domain = legday::domain::records::e1rm_bests(&all);
    assert_eq!(sql.len(), 3, "{sql:?}");
    for (ex, want) in [
        ("back squat", 105.0),
        ("deadlift", 140.0),
        ("leg curl", 40.0),
    ] {
        assert!((sql[ex] - want).abs() < 1e-9, "{ex}: {sql:?}");
        assert!((domain[ex] - want).abs() < 1e-9, "{ex}: {domain:?}");
    }
}
