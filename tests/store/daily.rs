//! The per-day series: kept in step with every write, read from the covering index.

use super::*;

#[test]
fn history_matches_history_from_sessions() {
    let mut store = Store::open_in_memory().unwrap();
    let mut all = Vec::new();
    // A deterministic mix over 40 days: several sessions some days, none on others.
    for d in 1..=40u32 {
        if d % 5 == 0 {
            continue;
        }
        let kind = RunKind::ALL[(d as usize * 7) % 9];
        let mut r = plain_run(d, kind, 3.0 + f64::from(d % 11) * 1.7);
        if d % 3 == 0 {
            r.rpe = Some(f64::from(d % 10) + 1.0);
        }
        all.push(store.insert(&r).unwrap());
        if d % 2 == 0 {
            all.push(store.insert(&lift(d)).unwrap());
        }
        if d % 7 == 0 {
            all.push(store.insert(&plain_run(d, RunKind::Recovery, 2.5)).unwrap());
        }
    }
    store.set_setting("rpe.long", "5.5").unwrap();
    // Deletes, a date moved by an edit, and an undo keep the daily series in step.
    let gone = store.delete(all[3].id).unwrap();
    all.retain(|s| s.id != gone.id);
    let mut moved = all[10].clone();
    moved.date = day(42);
    store.update(&moved).unwrap();
    all[10] = moved;
    let back = all.remove(5);
    store.delete(back.id).unwrap();
    store.restore(&back).unwrap();
    all.push(back);
    let settings: Settings = store.settings().unwrap();
    let expected = History::from_sessions(all.clone(), &settings);
    for at in [day(1), day(14), day(20), day(40), day(45)] {
        let got = store.history(at).unwrap();
        let want: Vec<_> = expected.days.iter().filter(|d| d.date <= at).collect();
        assert_eq!(got.days.len(), want.len(), "{at}");
        for (g, w) in got.days.iter().zip(want) {
            assert_eq!(
                (g.date, g.sessions, g.runs, g.hard_session),
                (w.date, w.sessions, w.runs, w.hard_session)
            );
            assert!(
                (g.load - w.load).abs() < 1e-9 * w.load.max(1.0),
                "{at}: {} vs {}",
                g.load,
                w.load
            );
            assert_eq!(g.longest_run_m, w.longest_run_m);
        }
        let first = at - chrono::Days::new(13);
        let mut fortnight: Vec<_> = all
            .iter()
            .filter(|s| s.date >= first && s.date <= at)
            .cloned()
            .collect();
        fortnight.sort_by_key(|s| (s.date, s.time, s.id));
        assert_eq!(got.sessions, fortnight, "{at}");
    }
}

#[test]
fn data_version_changes_after_another_connection_commits() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    let reader = Store::open(&path).unwrap();
    let mut writer = Store::open(&path).unwrap();
    let v0 = reader.data_version().unwrap();
    assert_eq!(reader.data_version().unwrap(), v0);
    writer.insert(&lift(1)).unwrap();
    assert_ne!(reader.data_version().unwrap(), v0);
    assert_eq!(reader.count().unwrap(), 1);
}

#[test]
/// The triggers that keep the `daily` table recompute one day from the covering index.
fn daily_series_reads_only_the_covering_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    drop(Store::open(&path).unwrap());
    let c = Connection::open(&path).unwrap();
    let plan: Vec<String> = c
        .prepare(
            "EXPLAIN QUERY PLAN SELECT date, SUM(load), COUNT(*), SUM(type = 'run'), MAX(hard), \
             COALESCE(MAX(distance_m), 0) FROM sessions WHERE date <= ?1 \
             GROUP BY date ORDER BY date",
        )
        .unwrap()
        .query_map(["2026-11-23"], |r| r.get(3))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(
        plan.iter()
            .any(|p| p.contains("COVERING INDEX sessions_daily")),
        "{plan:?}"
    );
    assert!(!plan.iter().any(|p| p.contains("TEMP B-TREE")), "{plan:?}");
}
