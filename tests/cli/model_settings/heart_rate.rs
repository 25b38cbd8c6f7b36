//! Effort from heart rate (`docs/model.md` §2.1): `--hr`, `--max-hr`, the `hr_max` setting, the
//! maximum observed in runs and imports, and the upgrade of a version-3 file.

use super::*;

#[test]
fn heart_rate_gives_the_rpe_and_follows_the_maximum() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hr.sqlite3");
    no_maximum_gives_the_default_rpe(&db);
    a_set_maximum_gives_the_rpe_and_unset_brings_back_the_default(&db);
    an_observed_maximum_recomputes_earlier_runs(&db);
    a_logged_rpe_wins_and_a_heart_rate_above_the_maximum_is_refused(&db);
}

/// `run --distance 5km --duration DURATION` and `extra`.
fn run_5k<'a>(duration: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["run", "--distance", "5km", "--duration", duration];
    v.extend_from_slice(extra);
    v
}

fn no_maximum_gives_the_default_rpe(db: &Path) {
    let r = json(
        db,
        &run_5k("30:00", &["--hr", "152", "--date", "2026-11-20", "--json"]),
    );
    assert_eq!(r["rpe_source"], "default");
    assert_eq!(r["rpe_default"], true);
    close(&r["rpe"], 3.0);
    close(&r["load"], 90.0);
}

fn a_set_maximum_gives_the_rpe_and_unset_brings_back_the_default(db: &Path) {
    // hr_max 190: 152/190 = 80 % -> RPE 5 (§2.1); the stored load follows, and so does the
    // daily series the week reads (one transaction).
    ok(db, &["settings", "hr_max", "190"]);
    let h = json(db, &["history", "--json"]);
    assert_eq!(h[0]["rpe_source"], "heart_rate");
    assert_eq!(h[0]["rpe_default"], false);
    close(&h[0]["rpe"], 5.0);
    close(&h[0]["load"], 150.0);
    close(&json(db, &["week", "--json"])["load"]["week"], 150.0);
    let text = ok(db, &["history"]);
    assert!(text.contains("5~"), "{text}");
    assert!(text.contains("~ RPE from heart rate"), "{text}");

    // Unset: back to the default.
    ok(db, &["settings", "hr_max", "unset"]);
    close(&json(db, &["week", "--json"])["load"]["week"], 90.0);
}

fn an_observed_maximum_recomputes_earlier_runs(db: &Path) {
    // A run that brings a plausible max_hr of 200 sets the observed maximum: the earlier run
    // becomes 152/200 = 76 % -> round_half(4.2) = 4 (120 AU), and the new one 170/200 = 85 % -> 6.
    let r = json(
        db,
        &run_5k(
            "25:00",
            &[
                "--hr",
                "170",
                "--max-hr",
                "200",
                "--date",
                "2026-11-21",
                "--json",
            ],
        ),
    );
    assert_eq!(r["rpe_source"], "heart_rate");
    close(&r["rpe"], 6.0);
    close(&r["load"], 150.0);
    let h = json(db, &["history", "--json"]);
    close(&h[1]["rpe"], 4.0);
    close(&h[1]["load"], 120.0);
    close(&json(db, &["week", "--json"])["load"]["week"], 270.0);
    // An implausible max_hr (above 220) is not a maximum.
    ok(
        db,
        &run_5k("25:00", &["--max-hr", "240", "--date", "2026-11-22"]),
    );
    close(&json(db, &["history", "--json"])[2]["rpe"], 4.0);
}

fn a_logged_rpe_wins_and_a_heart_rate_above_the_maximum_is_refused(db: &Path) {
    // A logged RPE wins, and the text line says where an RPE came from.
    let line = ok(db, &run_5k("25:00", &["--hr", "170"]));
    assert!(line.contains("RPE 6 (from heart rate)"), "{line}");
    let r = json(
        db,
        &run_5k("25:00", &["--hr", "170", "--rpe", "3", "--json"]),
    );
    assert_eq!(r["rpe_source"], "logged");
    close(&r["rpe"], 3.0);
    // --hr above --max-hr is bad input
    let out = legday(db)
        .args(run_5k("25:00", &["--hr", "190", "--max-hr", "180"]))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("hr"));
}

/// Upgrading a version-3 file: runs with an average heart rate and no logged RPE take their RPE
/// from the highest plausible `max_hr` stored (§2.1); the cached load, the RPE source and the
/// `daily` table follow in the migration's transaction.
#[test]
fn upgrading_a_v3_file_gives_heart_rate_runs_their_rpe() {
    use legday::store::{Store, schema};
    use rusqlite::Connection;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.sqlite3");
    {
        let mut c = Connection::open(&path).unwrap();
        schema::migrate_to(&mut c, 3).unwrap();
        // 30 min easy at avg 171 (v1 load 3 × 30 = 90), a run with max_hr 190, a logged run
        c.execute_batch(
            "INSERT INTO sessions (uuid, date, type, kind, distance_m, duration_s, avg_hr, max_hr,
                load, hard) VALUES
            ('a', '2026-11-02', 'run', 'easy', 5000, 1800, 171, NULL, 90, 0),
            ('b', '2026-11-03', 'run', 'easy', 5000, 1800, 140, 190, 90, 0);
            INSERT INTO sessions (uuid, date, type, kind, distance_m, duration_s, avg_hr, rpe,
                load, hard) VALUES
            ('c', '2026-11-04', 'run', 'easy', 5000, 1800, 171, 4, 120, 0);",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let by_uuid = |u: &str| {
        store
            .list(&Default::default())
            .unwrap()
            .into_iter()
            .find(|s| s.uuid == u)
            .unwrap()
    };
    let st = store.settings().unwrap();
    assert_eq!(st.observed_hr_max, Some(190.0));
    // 171/190 = 90 % -> RPE 7: 210 AU, hard; 140/190 = 73.7 % -> 3.74 -> 3.5: 105 AU
    let a = by_uuid("a");
    assert_eq!(a.effective_rpe(&st), 7.0);
    let days = store
        .history(chrono::NaiveDate::from_ymd_opt(2026, 11, 4).unwrap())
        .unwrap()
        .days;
    let loads: Vec<(f64, bool)> = days.iter().map(|d| (d.load, d.hard_session)).collect();
    assert_eq!(loads, [(210.0, true), (105.0, false), (120.0, false)]);
    let c = Connection::open(&path).unwrap();
    let sources: Vec<String> = c
        .prepare("SELECT rpe_source FROM sessions ORDER BY uuid")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(sources, ["heart_rate", "heart_rate", "logged"]);
}

/// An import that brings a higher plausible max_hr recomputes the earlier heart-rate runs in
/// the same transaction (§2.1).
#[test]
fn an_import_with_a_higher_max_hr_recomputes_earlier_runs() {
    use legday::domain::{Run, RunKind, Session};
    use legday::store::Store;
    let d = |day: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
    let hr_run = |day: u32, avg: f64, max: f64| {
        let mut r = Run::new(RunKind::Easy, 5000.0, 1800.0); // 30 min
        r.avg_hr = Some(avg);
        r.max_hr = Some(max);
        Session::new_run(d(day), r)
    };
    let mut store = Store::open_in_memory().unwrap();
    // max 180 seen: 153/180 = 85 % -> RPE 6, 180 AU
    store.insert(&hr_run(2, 153.0, 180.0)).unwrap();
    let load = |s: &Store| s.history(d(20)).unwrap().days[0].load;
    assert_eq!(load(&store), 180.0);
    // an import with max 204: 153/204 = 75 % -> 4, 120 AU; the imported 163/204 = 80 % -> 5
    store
        .import(&[hr_run(10, 163.0, 204.0), hr_run(11, 140.0, 235.0)])
        .unwrap();
    assert_eq!(store.settings().unwrap().observed_hr_max, Some(204.0));
    assert_eq!(load(&store), 120.0);
    let days = store.history(d(20)).unwrap().days;
    assert_eq!(days[1].load, 150.0);
    // deleting the run that set the maximum brings back 180 (235 is not plausible)
    let id = store.list(&Default::default()).unwrap()[1].id; // the 10th
    store.delete(id).unwrap();
    assert_eq!(store.settings().unwrap().observed_hr_max, Some(180.0));
    assert_eq!(load(&store), 180.0);
}
