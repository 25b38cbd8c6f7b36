//! Races (`legday race`, §8.4): add, list, delete, duplicates, the import of an export's races,
//! and the migration that adds their table to a version-7 file.

use super::*;
use legday::domain::Race;

fn race(date: NaiveDate, m: f64, name: Option<&str>) -> Race {
    Race {
        id: 0,
        date,
        distance_m: m,
        name: name.map(String::from),
    }
}

#[test]
fn races_add_list_delete() {
    let mut store = Store::open_in_memory().unwrap();
    assert!(store.races().unwrap().is_empty());
    let a = store
        .add_race(&race(day(30), 42195.0, Some(" Paris ")))
        .unwrap();
    let b = store.add_race(&race(day(10), 10000.0, None)).unwrap();
    // another distance the same day is another race
    let c = store.add_race(&race(day(10), 5000.0, Some(""))).unwrap();
    let all = store.races().unwrap();
    // ascending by date, then id; names trimmed, an empty name is none
    assert_eq!(
        all,
        [
            Race {
                id: b,
                ..race(day(10), 10000.0, None)
            },
            Race {
                id: c,
                ..race(day(10), 5000.0, None)
            },
            Race {
                id: a,
                ..race(day(30), 42195.0, Some("Paris"))
            },
        ]
    );
    // the same date and distance (within half a metre) is refused as bad input
    let e = store
        .add_race(&race(day(30), 42195.3, Some("again")))
        .unwrap_err();
    assert!(matches!(e, Error::Input { .. }), "{e}");
    assert!(
        e.to_string().contains(&format!("race {a} is already on")),
        "{e}"
    );
    for bad in [0.0, -5.0, f64::NAN, 2_000_000.0] {
        assert!(store.add_race(&race(day(12), bad, None)).is_err(), "{bad}");
    }
    assert_eq!(store.races().unwrap().len(), 3);

    let gone = store.delete_race(b).unwrap();
    assert_eq!(gone.distance_m, 10000.0);
    let e = store.delete_race(b).unwrap_err();
    assert!(matches!(e, Error::Input { .. }));
    assert!(
        e.to_string().contains(&format!("no race with id {b}")),
        "{e}"
    );
    assert_eq!(store.races().unwrap().len(), 2);
}

/// An export's races: the same date and distance is the same race (its name follows the
/// export), so importing twice adds nothing; all or nothing inside `all_or_nothing`.
#[test]
fn imported_races_are_idempotent_and_all_or_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    store.add_race(&race(day(10), 10000.0, None)).unwrap();
    let list = [
        race(day(10), 10000.0, Some("city 10k")),
        race(day(30), 42195.0, Some("Paris")),
    ];
    assert_eq!(store.import_races(&list).unwrap(), 1);
    assert_eq!(store.import_races(&list).unwrap(), 0);
    let all = store.races().unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].name.as_deref(), Some("city 10k"));

    let bad = [race(day(40), 5000.0, None), race(day(41), -1.0, None)];
    assert!(
        store
            .all_or_nothing(|s| s.import_races(&bad).map(|_| ()))
            .is_err()
    );
    assert_eq!(store.races().unwrap().len(), 2);
}

/// A version-7 file (before races) is backed up, migrated, keeps its sessions and settings,
/// and gets an empty races table that takes races.
#[test]
fn migrating_a_v7_file_keeps_its_data_and_adds_races() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    {
        let mut c = Connection::open(&path).unwrap();
        schema::migrate_to(&mut c, 7).unwrap();
        c.execute(
            "INSERT INTO sessions (uuid, date, type, kind, distance_m, duration_s, load, hard) \
             VALUES ('u1', '2026-11-02', 'run', 'easy', 5000, 1800, 90, 0)",
            [],
        )
        .unwrap();
        c.execute(
            "INSERT INTO settings (key, value) VALUES ('level', 'experienced')",
            [],
        )
        .unwrap();
        let has: i64 = c
            .query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = 'races'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(has, 0);
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.count().unwrap(), 1);
    assert_eq!(store.settings().unwrap().level.key(), "experienced");
    assert!(store.races().unwrap().is_empty());
    let id = store.add_race(&race(day(30), 21097.5, None)).unwrap();
    assert_eq!(store.races().unwrap()[0].id, id);
    let b = backups(&path);
    assert_eq!(b.len(), 1, "{b:?}");
    assert!(
        b[0].to_string_lossy().contains(".backup-v7-"),
        "{}",
        b[0].display()
    );
    let v: i64 = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, schema::SUPPORTED);
    const { assert!(schema::SUPPORTED >= 8) };
}
