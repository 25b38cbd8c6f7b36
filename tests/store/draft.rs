//! The live workout's draft (issue 16): saved after every change, read back equal, one at a
//! time, counted nowhere; finishing stores the session and drops the draft in one transaction.

use super::*;
use legday::domain::workout::{At, Numbers, Workout};

fn at(d: u32, h: u32, m: u32) -> chrono::NaiveDateTime {
    day(d).and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap())
}

fn draft(d: u32) -> Workout {
    let mut w = Workout::new(day(d), at(d, 18, 0));
    let plan = Numbers {
        reps: 5,
        weight_kg: Some(100.0),
        rir: None,
    };
    w.add_exercise("back squat", 120, 3, plan, &[]);
    w.tick(
        At {
            exercise: 0,
            set: 0,
        },
        None,
        at(d, 18, 5),
    );
    w
}

fn db() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("legday.sqlite3")).unwrap();
    (dir, store)
}

#[test]
fn a_draft_reloads_equal_and_counts_nowhere() {
    let (dir, mut s) = db();
    assert_eq!(s.load_draft().unwrap(), None);
    let w = draft(20);
    s.save_draft(&w, at(20, 18, 5)).unwrap();
    drop(s);
    // a new process (the next start) finds it as it was
    let s = Store::open(&dir.path().join("legday.sqlite3")).unwrap();
    assert_eq!(s.load_draft().unwrap(), Some(w));
    assert_eq!(s.count().unwrap(), 0, "not a session");
    assert!(s.history(day(20)).unwrap().sessions.is_empty());
}

#[test]
fn finishing_leaves_the_session_and_no_draft() {
    let (_dir, mut s) = db();
    let w = draft(20);
    s.save_draft(&w, at(20, 18, 5)).unwrap();
    let session = w.finish(at(20, 18, 40), None).unwrap();
    let stored = s.finish_workout(&session).unwrap();
    assert!(stored.id > 0);
    assert_eq!(s.load_draft().unwrap(), None);
    let got = s.get(stored.id).unwrap().unwrap();
    assert_eq!(got.time, Some(NaiveTime::from_hms_opt(18, 5, 0).unwrap()));
    let st = got.strength().unwrap();
    assert_eq!(st.minutes, Some(35.0));
    assert_eq!(st.sets, vec![SetEntry::new("back squat", 5, Some(100.0))]);
}

#[test]
fn a_refused_finish_keeps_the_draft() {
    let (_dir, mut s) = db();
    let w = draft(20);
    s.save_draft(&w, at(20, 18, 5)).unwrap();
    let session = w.finish(at(20, 18, 40), None).unwrap();
    // the same uuid stored already: the insert fails, so the draft must stay
    s.insert(&session).unwrap();
    assert!(s.finish_workout(&session).is_err());
    assert_eq!(s.load_draft().unwrap(), Some(w), "nothing lost");
    assert_eq!(s.count().unwrap(), 1);
}

#[test]
fn discarding_leaves_nothing_and_a_second_draft_replaces_the_first() {
    let (_dir, mut s) = db();
    s.save_draft(&draft(20), at(20, 18, 5)).unwrap();
    let second = draft(21);
    s.save_draft(&second, at(21, 18, 5)).unwrap();
    assert_eq!(s.load_draft().unwrap(), Some(second), "one draft at a time");
    s.drop_draft().unwrap();
    assert_eq!(s.load_draft().unwrap(), None);
    assert_eq!(s.count().unwrap(), 0);
}

#[test]
fn the_plate_and_bell_settings_validate_and_read_back() {
    let (_dir, mut s) = db();
    assert_eq!(
        Store::setting_text(&s.settings().unwrap(), "rest_bell").as_deref(),
        Some("on")
    );
    let st = s.set_setting("plates", "20, 10, 5 2.5kg").unwrap();
    assert_eq!(st.plates_kg, Some(vec![20.0, 10.0, 5.0, 2.5]));
    assert_eq!(s.set_setting("bar_kg", "15").unwrap().bar_kg, Some(15.0));
    assert!(!s.set_setting("rest_bell", "off").unwrap().rest_bell);
    for (k, v) in [
        ("plates", "heavy"),
        ("bar_kg", "200"),
        ("rest_bell", "maybe"),
    ] {
        match s.set_setting(k, v) {
            Err(Error::Input { field, .. }) => assert_eq!(field, k),
            other => panic!("{k} = {v}: {other:?}"),
        }
    }
    let pairs = s.setting_pairs().unwrap();
    let get = |k: &str| pairs.iter().find(|(x, _)| x == k).unwrap().1.clone();
    assert_eq!(get("plates"), "20, 10, 5, 2.5 kg");
    assert_eq!(get("bar_kg"), "15kg");
}

#[test]
fn a_version_10_file_gains_the_draft_table_after_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("legday.sqlite3");
    {
        let mut c = Connection::open(&path).unwrap();
        schema::migrate_to(&mut c, 10).unwrap();
        c.execute(
            "INSERT INTO sessions (uuid, date, type, kind, distance_m, duration_s, load, hard) \
             VALUES ('u1', '2026-11-02', 'run', 'easy', 5000, 1800, 90, 0)",
            [],
        )
        .unwrap();
    }
    let mut s = Store::open(&path).unwrap();
    assert_eq!(s.count().unwrap(), 1);
    let b = backups(&path);
    assert_eq!(b.len(), 1, "{b:?}");
    let name = b[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("legday.sqlite3.backup-v10-"), "{name}");
    assert_eq!(s.load_draft().unwrap(), None);
    s.save_draft(&draft(20), at(20, 18, 5)).unwrap();
    assert_eq!(s.load_draft().unwrap(), Some(draft(20)));
}
