//! Model version 2 end to end: the new settings and their bad values, effort from heart rate
//! (`--hr`, `--max-hr`, `hr_max`) with `rpe_source`, and the `run_set_au` default.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn legday(db: &Path) -> Command {
    let mut c = Command::cargo_bin("legday").unwrap();
    c.env("LEGDAY_TODAY", "2026-11-23")
        .env_remove("LEGDAY_DB")
        .env("NO_COLOR", "1")
        .arg("--db")
        .arg(db);
    c
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = legday(db).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn json(db: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(db, args)).unwrap()
}

fn setting(db: &Path, key: &str) -> String {
    ok(db, &["settings", key]).trim().to_string()
}

#[track_caller]
fn close(v: &Value, want: f64) {
    let got = v.as_f64().unwrap_or_else(|| panic!("{v} is not a number"));
    assert!((got - want).abs() < 1e-9, "got {got}, want {want}");
}

#[test]
fn new_settings_and_their_values() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite3");
    // defaults
    assert_eq!(setting(&db, "hr_max"), "unset");
    assert_eq!(setting(&db, "shoes_retire_km"), "700");
    assert_eq!(setting(&db, "run_set_au"), "40");
    assert_eq!(setting(&db, "units"), "metric");
    assert_eq!(setting(&db, "distance_unit"), "km");
    assert_eq!(setting(&db, "weight_unit"), "kg");

    ok(&db, &["settings", "hr_max", "185"]);
    assert_eq!(setting(&db, "hr_max"), "185");
    ok(&db, &["settings", "hr_max", "unset"]);
    assert_eq!(setting(&db, "hr_max"), "unset");
    ok(&db, &["settings", "shoes_retire_km", "800"]);
    assert_eq!(setting(&db, "shoes_retire_km"), "800");

    // distance and weight units apart; `units` names the pair or says they are mixed
    ok(&db, &["settings", "distance_unit", "mi"]);
    assert_eq!(setting(&db, "distance_unit"), "mi");
    assert_eq!(setting(&db, "weight_unit"), "kg");
    assert_eq!(setting(&db, "units"), "mixed");
    // a bare distance is now in miles, a bare weight still in kg
    let r = json(
        &db,
        &["run", "--distance", "2", "--duration", "20:00", "--json"],
    );
    close(&r["run"]["distance_m"], 2.0 * 1609.344);
    let l = json(&db, &["lift", "--json", "back squat 1x5@100"]);
    close(&l["sets"][0]["weight_kg"], 100.0);
    ok(&db, &["settings", "weight_unit", "lb"]);
    assert_eq!(setting(&db, "units"), "imperial");
    // `units` sets both, and stays set when read back
    ok(&db, &["settings", "units", "metric"]);
    assert_eq!(setting(&db, "distance_unit"), "km");
    assert_eq!(setting(&db, "weight_unit"), "kg");
    ok(&db, &["settings", "weight_unit", "lb"]);
    ok(&db, &["settings", "units", "metric"]);
    assert_eq!(setting(&db, "weight_unit"), "kg");

    // body_kg takes a unit: 150 lb = 150 × 0.45359237 kg
    ok(&db, &["settings", "body_kg", "150lb"]);
    let kg: f64 = setting(&db, "body_kg").parse().unwrap();
    assert!((kg - 68.038_855_5).abs() < 1e-6, "{kg}");
    ok(&db, &["settings", "body_kg", "72"]);
    assert_eq!(setting(&db, "body_kg"), "72");
}

#[test]
fn bad_setting_values_are_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("b.sqlite3");
    ok(&db, &["settings", "hr_max", "190"]);
    let before = ok(&db, &["settings"]);
    let cases: &[(&str, &str, &str)] = &[
        ("hr_max", "119", "120 to 230"),
        ("hr_max", "231", "120 to 230"),
        ("hr_max", "fast", "120 to 230"),
        ("hr_max", "180.5", "120 to 230"),
        ("shoes_retire_km", "-5", "from 1 to 10000"),
        ("shoes_retire_km", "lots", "from 1 to 10000"),
        ("distance_unit", "kg", "km or mi"),
        ("weight_unit", "mi", "kg or lb"),
        ("units", "furlongs", "metric or imperial"),
        ("body_kg", "150st", "20 to 400 kg"),
        ("body_kg", "10lb", "20 to 400 kg"),
        ("body_kg", "-3", "20 to 400 kg"),
    ];
    for (key, value, accepted) in cases {
        let out = legday(&db).args(["settings", key, value]).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{key} {value}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{key} {value}: {err}");
        assert!(
            err.contains(key),
            "{key} {value}: {err} does not name the setting"
        );
        assert!(
            err.contains(accepted),
            "{key} {value}: {err} does not say {accepted}"
        );
        assert!(out.stdout.is_empty());
    }
    assert_eq!(ok(&db, &["settings"]), before);
}

#[test]
fn heart_rate_gives_the_rpe_and_follows_the_maximum() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hr.sqlite3");
    // No maximum known: the easy default, 3 × 30 min = 90 AU.
    let r = json(
        &db,
        &[
            "run",
            "--distance",
            "5km",
            "--duration",
            "30:00",
            "--hr",
            "152",
            "--date",
            "2026-11-20",
            "--json",
        ],
    );
    assert_eq!(r["rpe_source"], "default");
    assert_eq!(r["rpe_default"], true);
    close(&r["rpe"], 3.0);
    close(&r["load"], 90.0);

    // hr_max 190: 152/190 = 80 % -> RPE 5 (§2.1); the stored load follows, and so does the
    // daily series the week reads (one transaction).
    ok(&db, &["settings", "hr_max", "190"]);
    let h = json(&db, &["history", "--json"]);
    assert_eq!(h[0]["rpe_source"], "heart_rate");
    assert_eq!(h[0]["rpe_default"], false);
    close(&h[0]["rpe"], 5.0);
    close(&h[0]["load"], 150.0);
    close(&json(&db, &["week", "--json"])["load"]["week"], 150.0);
    let text = ok(&db, &["history"]);
    assert!(text.contains("5~"), "{text}");
    assert!(text.contains("~ RPE from heart rate"), "{text}");

    // Unset: back to the default.
    ok(&db, &["settings", "hr_max", "unset"]);
    close(&json(&db, &["week", "--json"])["load"]["week"], 90.0);

    // A run that brings a plausible max_hr of 200 sets the observed maximum: the earlier run
    // becomes 152/200 = 76 % -> round_half(4.2) = 4 (120 AU), and the new one 170/200 = 85 % -> 6.
    let r = json(
        &db,
        &[
            "run",
            "--distance",
            "5km",
            "--duration",
            "25:00",
            "--hr",
            "170",
            "--max-hr",
            "200",
            "--date",
            "2026-11-21",
            "--json",
        ],
    );
    assert_eq!(r["rpe_source"], "heart_rate");
    close(&r["rpe"], 6.0);
    close(&r["load"], 150.0);
    let h = json(&db, &["history", "--json"]);
    close(&h[1]["rpe"], 4.0);
    close(&h[1]["load"], 120.0);
    close(&json(&db, &["week", "--json"])["load"]["week"], 270.0);
    // An implausible max_hr (above 220) is not a maximum.
    ok(
        &db,
        &[
            "run",
            "--distance",
            "5km",
            "--duration",
            "25:00",
            "--max-hr",
            "240",
            "--date",
            "2026-11-22",
        ],
    );
    close(&json(&db, &["history", "--json"])[2]["rpe"], 4.0);
    // A logged RPE wins, and the text line says where an RPE came from.
    let line = ok(
        &db,
        &[
            "run",
            "--distance",
            "5km",
            "--duration",
            "25:00",
            "--hr",
            "170",
        ],
    );
    assert!(line.contains("RPE 6 (from heart rate)"), "{line}");
    let r = json(
        &db,
        &[
            "run",
            "--distance",
            "5km",
            "--duration",
            "25:00",
            "--hr",
            "170",
            "--rpe",
            "3",
            "--json",
        ],
    );
    assert_eq!(r["rpe_source"], "logged");
    close(&r["rpe"], 3.0);
    // --hr above --max-hr is bad input
    let out = legday(&db)
        .args([
            "run",
            "--distance",
            "5km",
            "--duration",
            "25:00",
            "--hr",
            "190",
            "--max-hr",
            "180",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("hr"));
}

#[test]
fn run_set_au_defaults_to_40_and_a_set_value_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.sqlite3");
    // 30 min easy (RPE 3) = 90 AU; / 40 = 2.25 set-equivalents, calves × .32 = .72 (§3.2)
    ok(&db, &["run", "--distance", "5km", "--duration", "30:00"]);
    let w = json(&db, &["week", "--json"]);
    close(&w["muscles"][3]["run_sets"], 0.72);
    // a user's own value stays: 90 / 50 × .32 = .576
    ok(&db, &["settings", "run_set_au", "50"]);
    let w = json(&db, &["week", "--json"]);
    close(&w["muscles"][3]["run_sets"], 0.576);
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
    assert_eq!(st.observed_hr_max, Some(190));
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

#[test]
fn export_and_import_keep_mixed_units_and_hr_max() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.sqlite3"), dir.path().join("b.sqlite3"));
    let out = dir.path().join("export.json");
    ok(&a, &["settings", "distance_unit", "mi"]);
    ok(&a, &["settings", "hr_max", "185"]);
    ok(
        &a,
        &[
            "run",
            "--distance",
            "3mi",
            "--duration",
            "30:00",
            "--hr",
            "148",
        ],
    );
    ok(
        &a,
        &["export", "--format", "json", "--out", out.to_str().unwrap()],
    );
    ok(&b, &["import", out.to_str().unwrap()]);
    assert_eq!(ok(&b, &["settings"]), ok(&a, &["settings"]));
    assert_eq!(setting(&b, "units"), "mixed");
    // 148/185 = 80 % -> RPE 5 from heart rate, in both databases (the RPE is not imported as
    // logged)
    let h = json(&b, &["history", "--json"]);
    assert_eq!(h[0]["rpe_source"], "heart_rate");
    close(&h[0]["rpe"], 5.0);
    assert_eq!(
        json(&b, &["history", "--json"])[0]["load"],
        json(&a, &["history", "--json"])[0]["load"]
    );
}

#[test]
fn a_small_negative_form_is_shown_as_zero_not_minus_zero() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.sqlite3");
    // yesterday 2.5 min at RPE 1 = 2.5 AU: form today = 2.5/42 - 2.5/7 = -0.298 (§6), which
    // rounds to zero; §1: never a negative zero
    ok(
        &db,
        &[
            "lift",
            "--date",
            "yesterday",
            "--minutes",
            "2.5",
            "--rpe",
            "1",
            "plank 1x1",
        ],
    );
    let w = json(&db, &["week", "--json"]);
    close(&w["load"]["form"], 2.5 / 42.0 - 2.5 / 7.0);
    let text = ok(&db, &["week"]);
    assert!(text.contains("form +0 "), "{text}");
    assert!(!text.contains("-0"), "{text}");
}

/// An import that brings a higher plausible max_hr recomputes the earlier heart-rate runs in
/// the same transaction (§2.1).
#[test]
fn an_import_with_a_higher_max_hr_recomputes_earlier_runs() {
    use legday::domain::{Run, RunKind, Session};
    use legday::store::Store;
    let d = |day: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
    let hr_run = |day: u32, avg: u16, max: u16| {
        let mut r = Run::new(RunKind::Easy, 5000.0, 1800.0); // 30 min
        r.avg_hr = Some(avg);
        r.max_hr = Some(max);
        Session::new_run(d(day), r)
    };
    let mut store = Store::open_in_memory().unwrap();
    // max 180 seen: 153/180 = 85 % -> RPE 6, 180 AU
    store.insert(&hr_run(2, 153, 180)).unwrap();
    let load = |s: &Store| s.history(d(20)).unwrap().days[0].load;
    assert_eq!(load(&store), 180.0);
    // an import with max 204: 153/204 = 75 % -> 4, 120 AU; the imported 163/204 = 80 % -> 5
    store
        .import(&[hr_run(10, 163, 204), hr_run(11, 140, 235)])
        .unwrap();
    assert_eq!(store.settings().unwrap().observed_hr_max, Some(204));
    assert_eq!(load(&store), 120.0);
    let days = store.history(d(20)).unwrap().days;
    assert_eq!(days[1].load, 150.0);
    // deleting the run that set the maximum brings back 180 (235 is not plausible)
    let id = store.list(&Default::default()).unwrap()[1].id; // the 10th
    store.delete(id).unwrap();
    assert_eq!(store.settings().unwrap().observed_hr_max, Some(180));
    assert_eq!(load(&store), 180.0);
}
