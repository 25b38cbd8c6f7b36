//! Sessions, settings and the catalog in the store: round trips, import de-duplication,
//! validated settings that recompute cached loads, exercise mappings, SQL errors in words.

use super::*;

#[test]
fn insert_get_list_delete_restore_round_trip() {
    let mut store = Store::open_in_memory().unwrap();
    let run = store.insert(&full_run(5)).unwrap();
    assert!(run.id > 0);
    let lifted = store.insert(&lift(5)).unwrap();
    let easy = store.insert(&plain_run(2, RunKind::Easy, 5.0)).unwrap();

    assert_eq!(store.get(run.id).unwrap().unwrap(), run);
    assert_eq!(store.get(lifted.id).unwrap().unwrap(), lifted);
    assert_eq!(store.get(9999).unwrap(), None);

    // Newest first: same date, the untimed lift sorts after the 06:45 run (time desc).
    let ids: Vec<i64> = store
        .list(&Filter::default())
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids, [run.id, lifted.id, easy.id]);
    let only = |k: &str| Filter {
        kind: Some(k.into()),
        ..Filter::default()
    };
    assert_eq!(
        store.list(&only("strength")).unwrap(),
        std::slice::from_ref(&lifted)
    );
    assert_eq!(store.list(&only("run")).unwrap().len(), 2);
    assert_eq!(
        store.list(&only("easy")).unwrap(),
        std::slice::from_ref(&easy)
    );
    assert!(matches!(
        store.list(&only("swim")),
        Err(Error::Input { .. })
    ));
    let window = Filter {
        from: Some(day(3)),
        to: Some(day(5)),
        kind: None,
        limit: None,
    };
    assert_eq!(store.list(&window).unwrap().len(), 2);
    // A limit keeps the newest, with their sets.
    let newest = Filter {
        limit: Some(2),
        ..Filter::default()
    };
    let two = store.list(&newest).unwrap();
    assert_eq!(
        two.iter().map(|s| s.id).collect::<Vec<_>>(),
        [run.id, lifted.id]
    );
    assert_eq!(two[1], lifted);
    let asc: Vec<i64> = store
        .sessions_between(day(1), day(5))
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(asc, [easy.id, lifted.id, run.id]);

    let gone = store.delete(lifted.id).unwrap();
    assert_eq!(gone, lifted);
    assert_eq!(store.get(lifted.id).unwrap(), None);
    assert!(matches!(store.delete(lifted.id), Err(Error::NotFound(_))));
    store.restore(&gone).unwrap();
    assert_eq!(store.get(lifted.id).unwrap().unwrap(), lifted);
    assert_eq!(store.count().unwrap(), 3);

    let mut changed = run.clone();
    changed.note = None;
    changed.rpe = Some(6.0);
    store.update(&changed).unwrap();
    assert_eq!(store.get(run.id).unwrap().unwrap(), changed);
}

#[test]
fn import_dedupes_on_source_key_then_uuid() {
    let mut store = Store::open_in_memory().unwrap();
    let batch = vec![full_run(1), full_run(2), lift(3)];
    let first = store.import(&batch).unwrap();
    assert_eq!(
        first,
        ImportCounts {
            added: 3,
            updated: 0,
            unchanged: 0
        }
    );
    assert_eq!(
        store.import(&batch).unwrap(),
        ImportCounts {
            added: 0,
            updated: 0,
            unchanged: 3
        }
    );

    let before = store.list(&Filter::default()).unwrap();
    let original = before.iter().find(|s| s.date == day(2)).unwrap().clone();
    // Re-exported by the source with a new uuid but the same key, and a changed distance.
    let mut again = full_run(2);
    if let legday::domain::Activity::Run(r) = &mut again.activity {
        r.distance_m = 12_400.0;
    }
    let mut lift_again = lift(3);
    lift_again.uuid = batch[2].uuid.clone();
    lift_again.note = Some("felt strong".into());
    let counts = store.import(&[again, lift_again, full_run(9)]).unwrap();
    assert_eq!(
        counts,
        ImportCounts {
            added: 1,
            updated: 2,
            unchanged: 0
        }
    );
    let updated = store.get(original.id).unwrap().unwrap();
    assert_eq!(updated.uuid, original.uuid);
    assert_eq!(updated.run().unwrap().distance_m, 12_400.0);
    assert_eq!(store.count().unwrap(), 4);
}

#[test]
fn settings_validate_and_recompute_cached_loads() {
    let mut store = Store::open_in_memory().unwrap();
    let easy = store.insert(&plain_run(1, RunKind::Easy, 10.0)).unwrap(); // 55 min
    let mut logged = plain_run(1, RunKind::Easy, 10.0);
    logged.rpe = Some(4.0);
    store.insert(&logged).unwrap();
    let load = |s: &Store| s.history(day(1)).unwrap().days[0].load;
    // 55 × 3 + 55 × 4
    assert!((load(&store) - 385.0).abs() < 1e-9);
    assert!(!store.history(day(1)).unwrap().days[0].hard_session);

    let s = store.set_setting("rpe.easy", "7").unwrap();
    assert_eq!(s.default_rpe.easy, 7.0);
    // 55 × 7 + 55 × 4; the defaulted run is now hard
    assert!((load(&store) - 605.0).abs() < 1e-9);
    assert!(store.history(day(1)).unwrap().days[0].hard_session);
    assert!((easy.load(&s) - 385.0).abs() < 1e-9);

    store.set_setting("level", "Experienced").unwrap();
    store.set_setting("bands.small.grow", "5").unwrap();
    store.set_setting("units", "imperial").unwrap();
    let pairs = store.setting_pairs().unwrap();
    let keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        &keys[..17],
        [
            "level",
            "run_days",
            "lift_days",
            "long_run_day",
            "plate_step",
            "bar_kg",
            "plates",
            "rest_bell",
            "body_kg",
            "units",
            "distance_unit",
            "weight_unit",
            "week_start",
            "hr_max",
            "shoes_retire_km",
            "run_set_au",
            "rpe.recovery"
        ]
    );
    // 16 above, rpe of 9 run kinds and strength, 4 band edges of big, small and arms groups,
    // and the UI's first_start last
    assert_eq!(keys.len(), 16 + 10 + 12 + 1);
    assert_eq!(keys.last(), Some(&"first_start"));
    assert_eq!(
        &keys[keys.len() - 5..keys.len() - 1],
        [
            "bands.arms.low",
            "bands.arms.maintain",
            "bands.arms.grow",
            "bands.arms.high"
        ]
    );
    let get = |k: &str| pairs.iter().find(|(x, _)| x == k).unwrap().1.clone();
    assert_eq!(get("level"), "experienced");
    assert_eq!(get("rpe.easy"), "7");
    assert_eq!(get("bands.small.grow"), "5");
    assert_eq!(get("units"), "imperial");

    for (k, v) in [
        ("rpe.easy", "11"),
        ("rpe.easy", "6.3"),
        ("body_kg", "heavy"),
        ("body_kg", "0"),
        ("level", "pro"),
        ("bands.big.low", "30"),
        ("nope", "1"),
        ("rpe.swim", "3"),
    ] {
        let e = store.set_setting(k, v).unwrap_err();
        assert!(matches!(e, Error::Input { .. }), "{k}={v}: {e}");
    }
    let e = store.set_setting("nope", "1").unwrap_err().to_string();
    assert!(e.contains("level, run_days, lift_days"), "{e}");
    let e = store.set_setting("level", "pro").unwrap_err().to_string();
    assert!(e.contains("beginner, intermediate or experienced"), "{e}");
    assert_eq!(store.settings().unwrap().default_rpe.easy, 7.0);
}

#[test]
fn body_weight_changes_vest_loads() {
    let mut store = Store::open_in_memory().unwrap();
    let mut r = Run::new(RunKind::Easy, 5000.0, 1800.0);
    r.vest_kg = Some(7.0);
    store.insert(&Session::new_run(day(1), r)).unwrap();
    // 30 × 3 × (1 + 7/70) = 99; with 140 kg: 30 × 3 × 1.05 = 94.5
    assert!((store.history(day(1)).unwrap().days[0].load - 99.0).abs() < 1e-9);
    store.set_setting("body_kg", "140").unwrap();
    assert!((store.history(day(1)).unwrap().days[0].load - 94.5).abs() < 1e-9);
}

#[test]
fn catalog_user_exercises_and_mappings() {
    let mut store = Store::open_in_memory().unwrap();
    let sled = Exercise {
        name: "Sled Push".into(),
        aliases: vec!["prowler".into()],
        weights: PerMuscle([1.0, 0.5, 0.0, 0.5, 0.0, 0.0, 0.0]),
        user: true,
    };
    store.add_exercise(&sled).unwrap();
    let mut bad = sled.clone();
    bad.weights.0[0] = 2.0;
    assert!(store.add_exercise(&bad).is_err());
    bad.weights.0[0] = 1.0;
    bad.name = " ! ".into();
    assert!(store.add_exercise(&bad).is_err());

    store
        .add_mapping("Hack Squat (Machine)", "leg press")
        .unwrap();
    let e = store.add_mapping("x", "squatt").unwrap_err().to_string();
    assert!(e.contains("did you mean back squat"), "{e}");

    let c = store.catalog().unwrap();
    assert_eq!(c.resolve("sled push").unwrap().weights.0[3], 0.5);
    let stored = c
        .exercises()
        .iter()
        .find(|e| e.name == "Sled Push")
        .unwrap();
    assert_eq!(
        (stored.user, &stored.aliases[..]),
        (true, &["prowler".to_string()][..])
    );
    assert_eq!(c.resolve("hack squat machine").unwrap().name, "leg press");
}

/// Heart rates keep their decimals on file (the INTEGER-affinity columns store 145.5 as REAL),
/// and whole values written as integers by earlier versions still read.
#[test]
fn heart_rates_keep_their_decimals_on_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    let mut store = Store::open(&path).unwrap();
    let mut run = full_run(4);
    if let legday::domain::Activity::Run(r) = &mut run.activity {
        r.max_hr = Some(181.5);
    }
    let stored = store.insert(&run).unwrap();
    let whole = store.insert(&full_run(6)).unwrap();
    drop(store);
    let c = Connection::open(&path).unwrap();
    let on_file = |id: i64| -> (String, f64, String) {
        c.query_row(
            "SELECT typeof(avg_hr), avg_hr, typeof(max_hr) FROM sessions WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap()
    };
    assert_eq!(on_file(stored.id), ("real".into(), 145.5, "real".into()));
    // as an earlier version wrote them: whole numbers in INTEGER storage
    c.execute(
        "UPDATE sessions SET avg_hr = 152, max_hr = 190 WHERE id = ?1",
        [whole.id],
    )
    .unwrap();
    assert_eq!(on_file(whole.id).0, "integer");
    drop(c);
    let store = Store::open(&path).unwrap();
    let got = store.get(stored.id).unwrap().unwrap();
    assert_eq!(got, stored);
    let r = got.run().unwrap();
    assert_eq!((r.avg_hr, r.max_hr), (Some(145.5), Some(181.5)));
    let r = store.get(whole.id).unwrap().unwrap();
    let r = r.run().unwrap();
    assert_eq!((r.avg_hr, r.max_hr), (Some(152.0), Some(190.0)));
    // the observed maximum (§2.1) reads both kinds: 190 from the integer, over 181.5
    assert_eq!(store.settings().unwrap().observed_hr_max, Some(190.0));
}

/// An SQL error says what was being read or written.
#[test]
fn sql_errors_name_what_was_being_done() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    let mut store = Store::open(&path).unwrap();
    store.insert(&lift(2)).unwrap();
    // Another process breaks the file under the open store.
    Connection::open(&path)
        .unwrap()
        .execute_batch("DROP TABLE sets; DROP TABLE mappings;")
        .unwrap();
    let e = store.sessions_between(day(1), day(3)).unwrap_err();
    assert!(e.to_string().starts_with("reading sessions: "), "{e}");
    assert!(e.to_string().contains("no such table: sets"), "{e}");
    let e = store.insert(&lift(3)).unwrap_err();
    assert!(e.to_string().starts_with("writing a session: "), "{e}");
    let e = store.catalog().unwrap_err();
    assert!(
        e.to_string().starts_with("reading exercise mappings: "),
        "{e}"
    );
    assert_eq!(e.exit_code(), 1);
}
