//! The model's settings end to end: the settings model version 2 added and their bad values,
//! effort from heart rate (`--hr`, `--max-hr`, `hr_max`) with `rpe_source`, and the `run_set_au`
//! default. Heart rate is in `model_settings/heart_rate.rs`.

mod heart_rate;

use super::*;

fn setting(db: &Path, key: &str) -> String {
    ok(db, &["settings", key]).trim().to_string()
}

/// Within 1e-9, tighter than the shared `close` (1e-6).
#[track_caller]
fn close(v: &Value, want: f64) {
    close_within(v, want, 1e-9);
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
            "148.5",
            "--max-hr",
            "171",
        ],
    );
    ok(
        &a,
        &["export", "--format", "json", "--out", out.to_str().unwrap()],
    );
    assert_eq!(json(&a, &["history", "--json"])[0]["run"]["avg_hr"], 148.5);
    // decimals as logged, a whole number as one (as earlier exports wrote it)
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("\"avg_hr\": 148.5,"), "{text}");
    assert!(text.contains("\"max_hr\": 171,"), "{text}");
    ok(&b, &["import", out.to_str().unwrap()]);
    assert_eq!(ok(&b, &["settings"]), ok(&a, &["settings"]));
    assert_eq!(setting(&b, "units"), "mixed");
    // 148.5/185 = 80.3 %: 5.05 -> 5 from heart rate, in both databases (the RPE is not
    // imported as logged); the heart rates keep their decimals through the export
    let h = json(&b, &["history", "--json"]);
    assert_eq!(h[0]["run"]["avg_hr"], 148.5);
    assert_eq!(h[0]["run"]["max_hr"], 171);
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
