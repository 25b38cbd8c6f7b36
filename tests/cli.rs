//! The CLI end to end (assert_cmd + tempfile): the `PRODUCT.md` contract, a realistic month
//! checked field by field against values computed by hand from `TRAINING_MODEL.md`, and every
//! bad-input case refused with exit code 2, one line naming the field, and nothing written.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

const TODAY: &str = "2026-11-23";

fn legday(db: &Path) -> Command {
    let mut c = Command::cargo_bin("legday").unwrap();
    c.env("LEGDAY_TODAY", TODAY)
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

fn close(v: &Value, want: f64) {
    let got = v.as_f64().unwrap_or_else(|| panic!("{v} is not a number"));
    assert!((got - want).abs() < 1e-6, "got {got}, want {want}");
}

/// A month of hybrid training, 2026-10-26 (Mon) to 2026-11-23 (Mon), every RPE explicit but one.
fn log_month(db: &Path) {
    for w in 0..3 {
        let day = |d: u32| {
            let date = chrono::NaiveDate::from_ymd_opt(2026, 10, 26).unwrap()
                + chrono::Duration::days(i64::from(7 * w + d));
            date.format("%Y-%m-%d").to_string()
        };
        ok(
            db,
            &[
                "run",
                "--distance",
                "8km",
                "--duration",
                "45:00",
                "--rpe",
                "3",
                "--date",
                &day(1),
            ],
        );
        ok(
            db,
            &[
                "lift",
                "--date",
                &day(3),
                "--minutes",
                "45",
                "--rpe",
                "6",
                "back squat 3x8@60kg",
                "romanian deadlift 3x8@60kg",
            ],
        );
        ok(
            db,
            &[
                "run",
                "--distance",
                "14km",
                "--duration",
                "1:20:00",
                "--rpe",
                "4",
                "--kind",
                "long",
                "--date",
                &day(5),
            ],
        );
    }
    ok(
        db,
        &[
            "run",
            "--distance",
            "8km",
            "--duration",
            "45:00",
            "--rpe",
            "3",
            "--date",
            "2026-11-17",
        ],
    );
    ok(
        db,
        &[
            "lift",
            "--date",
            "2026-11-19",
            "--minutes",
            "40",
            "--rpe",
            "7",
            "back squat 4x8@70kg",
            "calf raise 4x15@40kg",
        ],
    );
    ok(
        db,
        &[
            "run",
            "--distance",
            "18km",
            "--duration",
            "1:45:00",
            "--rpe",
            "5",
            "--kind",
            "long",
            "--date",
            "2026-11-21",
        ],
    );
    // RPE left to the intervals default (8).
    ok(
        db,
        &[
            "run",
            "--distance",
            "8000m",
            "--duration",
            "40m",
            "--kind",
            "intervals",
            "--date",
            "yesterday",
        ],
    );
}

#[test]
fn a_month_then_week_json_field_by_field() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("month.sqlite3");
    log_month(&db);
    let r = json(&db, &["week", "--json"]);

    assert_eq!(r["date"], "2026-11-23");
    assert_eq!(r["window"]["from"], "2026-11-17");
    assert_eq!(r["window"]["to"], "2026-11-23");
    assert_eq!(r["level"], "intermediate");

    // §2 loads in the week: 17th 3×45 = 135; 19th 7×40 = 280; 21st 5×105 = 525; 22nd 8×40 = 320.
    // §3.2 run sets = load/50 × w: easy row for the 17th (2.7) and 21st (10.5), intervals row
    // for the 22nd (6.4). §3.1 strength: back squat 4 sets (quads 1, glutes 1), standing calf
    // raise 4 sets (calves 1).
    let want = [
        // muscle, strength, run (= 2.7w + 10.5w + 6.4w'), status
        ("quads", 4.0, 0.648 + 2.52 + 1.152, "maintain"),
        ("glutes", 4.0, 0.324 + 1.26 + 1.152, "maintain"),
        ("hamstrings", 0.0, 0.324 + 1.26 + 1.28, "low"),
        ("calves", 4.0, 0.864 + 3.36 + 1.408, "maintain"),
        ("tibialis", 0.0, 0.216 + 0.84 + 0.256, "low"),
        ("hip_flexors", 0.0, 0.27 + 1.05 + 0.96, "maintain"),
        ("arms", 0.0, 0.054 + 0.21 + 0.192, "none"),
    ];
    let muscles = r["muscles"].as_array().unwrap();
    assert_eq!(muscles.len(), 7);
    for (m, (name, strength, run, status)) in muscles.iter().zip(want) {
        assert_eq!(m["muscle"], name);
        close(&m["strength_sets"], strength);
        close(&m["run_sets"], run);
        close(&m["sets"], strength + run);
        assert_eq!(m["status"], status, "{name}");
        // §3.4: no day in {22nd, 23rd} gave any group 6 sets.
        assert!(m["recovering_until"].is_null());
    }

    // §4: prev week [10th, 16th] tibialis 0.728 and arms 0.932 are below maintain as in this
    // week -> neglected (warning) for both, which suppresses untouched(arms). Strength over the
    // fortnight: quads 3 + 4 = 7, hamstrings 3 -> r = 0.43 < 0.5 -> hamstring_quad warning;
    // calves 4, tibialis 0 < 4/3 -> calf_tibialis warning. The 18 km run is 18/14 - 1 = 0.286
    // over the longest of the 30 days before -> run_spike info.
    let alerts: Vec<(String, String, Vec<String>)> = r["alerts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            assert!(!a["message"].as_str().unwrap().is_empty());
            (
                a["rule"].as_str().unwrap().to_string(),
                a["severity"].as_str().unwrap().to_string(),
                a["muscles"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|m| m.as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect();
    let expect = |rule: &str, sev: &str, ms: &[&str]| {
        (
            rule.to_string(),
            sev.to_string(),
            ms.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        alerts,
        vec![
            expect("neglected", "warning", &["tibialis"]),
            expect("neglected", "warning", &["arms"]),
            expect("hamstring_quad", "warning", &["quads", "hamstrings"]),
            expect("calf_tibialis", "warning", &["calves", "tibialis"]),
            expect("run_spike", "info", &[]),
        ]
    );

    // §5: the 21st (RPE 5 for 105 min) and 22nd (RPE 8) are hard, the 20th had no session, and
    // the 23rd has none yet -> hard streak 2 = the intermediate cap -> rest today.
    assert_eq!(r["rest"]["prompt"], "rest_today");
    assert_eq!(r["rest"]["hard_streak"], 2);
    assert_eq!(r["rest"]["run_streak"], 2);
    assert!(
        r["rest"]["message"]
            .as_str()
            .unwrap()
            .contains("2 hard days")
    );

    // §6, computed independently: EWMA from 0 on 2026-10-26 over the daily loads.
    let l = &r["load"];
    close(&l["week"], 1260.0);
    assert!((l["acute"].as_f64().unwrap() - 173.104_284_8).abs() < 1e-6);
    assert!((l["chronic"].as_f64().unwrap() - 119.414_735_7).abs() < 1e-6);
    // D - first = 27 days: ACWR is reported; 1.4496 is not above 1.5, so no load_jump.
    assert!((l["acwr"].as_f64().unwrap() - 1.449_605_73).abs() < 1e-6);
    assert!((l["fitness"].as_f64().unwrap() - 62.506_508_96).abs() < 1e-6);
    assert!((l["fatigue"].as_f64().unwrap() - 154.225_150_97).abs() < 1e-6);
    assert!((l["form"].as_f64().unwrap() + 115.898_284_84).abs() < 1e-6);
    // loads [135, 0, 280, 0, 525, 320, 0]: mean 180, population sd 188.1679
    assert!((l["monotony"].as_f64().unwrap() - 0.956_592_70).abs() < 1e-6);
    assert!((l["strain"].as_f64().unwrap() - 1_205.306_805).abs() < 1e-5);

    let t = &r["totals"];
    assert_eq!(t["runs"], 3);
    close(&t["run_km"], 34.0);
    close(&t["run_minutes"], 190.0);
    assert_eq!(t["strength_sessions"], 1);
    assert_eq!(t["sets"], 8);

    // §4.8 as a beginner: run distance 34 km vs 22 km the week before (> 1.3×) -> distance_jump.
    ok(&db, &["settings", "level", "beginner"]);
    let r = json(&db, &["week", "--json"]);
    let rules: Vec<&str> = r["alerts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"distance_jump"), "{rules:?}");
    assert!(r["rest"]["message"].as_str().unwrap().contains("beginner"));
}

#[test]
fn history_json_csv_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("h.sqlite3");
    let run = json(
        &db,
        &[
            "run",
            "--distance",
            "5.2km",
            "--duration",
            "28:30",
            "--date",
            "2026-11-20",
            "--time",
            "07:30",
            "--json",
        ],
    );
    assert_eq!(run["type"], "run");
    ok(
        &db,
        &[
            "lift",
            "--date",
            "2026-11-19",
            "--rpe",
            "7",
            "--minutes",
            "45m",
            "back squat 3x8@60kg",
            "RDL 2x10@50kg rir4",
            "squat 1x5@40kg warmup",
        ],
    );

    let h = json(&db, &["history", "--json"]);
    let h = h.as_array().unwrap();
    assert_eq!(h.len(), 2);
    // newest first
    let r = &h[0];
    assert_eq!(r["type"], "run");
    assert_eq!(r["date"], "2026-11-20");
    assert_eq!(r["time"], "07:30");
    close(&r["minutes"], 28.5);
    close(&r["rpe"], 3.0);
    assert_eq!(r["rpe_default"], true);
    close(&r["load"], 85.5);
    assert!(r["note"].is_null() && r["source"].is_null());
    assert_eq!(r["run"]["kind"], "easy");
    close(&r["run"]["distance_m"], 5200.0);
    close(&r["run"]["duration_s"], 1710.0);
    assert_eq!(r["uuid"].as_str().unwrap().len(), 36);

    let s = &h[1];
    assert_eq!(s["type"], "strength");
    close(&s["load"], 315.0);
    assert_eq!(s["rpe_default"], false);
    let sets = s["sets"].as_array().unwrap();
    assert_eq!(sets.len(), 6);
    assert_eq!(sets[0]["exercise"], "back squat");
    assert_eq!(sets[0]["reps"], 8);
    close(&sets[0]["weight_kg"], 60.0);
    assert_eq!(sets[3]["exercise"], "romanian deadlift");
    assert_eq!(sets[3]["rir"], 4);
    assert_eq!(sets[5]["warmup"], true);

    let csv = ok(&db, &["history", "--csv"]);
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("id,uuid,date"));
    assert_eq!(lines.count(), 2);

    let filtered = json(&db, &["history", "--json", "--kind", "strength"]);
    assert_eq!(filtered.as_array().unwrap().len(), 1);
    let ranged = json(&db, &["history", "--json", "--from", "2026-11-20"]);
    assert_eq!(ranged.as_array().unwrap().len(), 1);

    let id = r["id"].as_i64().unwrap().to_string();
    assert!(ok(&db, &["delete", &id]).contains("Deleted"));
    assert_eq!(
        json(&db, &["history", "--json"]).as_array().unwrap().len(),
        1
    );
    let again = legday(&db).args(["delete", &id]).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
}

#[test]
fn settings_exercises_and_completions() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite3");
    assert!(ok(&db, &["settings"]).contains("level"));
    ok(&db, &["settings", "units", "imperial"]);
    assert_eq!(ok(&db, &["settings", "units"]).trim(), "imperial");
    // a bare number is now in miles
    let r = json(
        &db,
        &["run", "--distance", "3.1", "--duration", "30:00", "--json"],
    );
    close(&r["run"]["distance_m"], 3.1 * 1609.344);
    assert!(ok(&db, &["run", "--distance", "3.1", "--duration", "30:00"]).contains("mi"));

    ok(
        &db,
        &[
            "exercises",
            "add",
            "sled push",
            "--quads",
            "1",
            "--calves",
            "0.5",
        ],
    );
    let ex = json(&db, &["exercises", "--json"]);
    let sled = ex["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["name"] == "sled push")
        .unwrap();
    close(&sled["muscles"]["quads"], 1.0);
    ok(&db, &["lift", "sled push 3x20"]);
    ok(
        &db,
        &["exercises", "map", "Squat (Smith Machine)", "back squat"],
    );
    ok(&db, &["lift", "Squat (Smith Machine) 3x5@80kg"]);
    let h = json(&db, &["history", "--json", "--kind", "strength"]);
    assert_eq!(h[0]["sets"][0]["exercise"], "back squat");

    let bash = ok(&db, &["completions", "bash"]);
    assert!(bash.contains("legday") && bash.contains("complete"));
}

#[test]
fn week_text_is_plain_when_piped() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.sqlite3");
    log_month(&db);
    let text = ok(&db, &["week"]);
    assert!(!text.contains('\x1b'), "escape codes in piped output");
    for label in ["Quads", "Hip flexors", "Alerts", "REST", "Load", "Week"] {
        assert!(text.contains(label), "{label} missing from:\n{text}");
    }
}

/// Every bad input: exit 2, one line on stderr naming the field, nothing written.
#[test]
fn bad_input_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bad.sqlite3");
    ok(
        &db,
        &[
            "run",
            "--distance",
            "5km",
            "--duration",
            "25:00",
            "--date",
            "2026-11-20",
        ],
    );
    let before = ok(&db, &["history", "--json"]);
    let settings_before = ok(&db, &["settings"]);

    let run = |extra: &[&str]| {
        let mut v = vec!["run", "--distance", "5km", "--duration", "25:00"];
        v.extend_from_slice(extra);
        v.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            s(&["run", "--distance", "abc", "--duration", "25:00"]),
            "distance",
        ),
        (
            s(&["run", "--distance", "0km", "--duration", "25:00"]),
            "distance",
        ),
        (
            s(&["run", "--distance", "-5km", "--duration", "25:00"]),
            "distance",
        ),
        (
            s(&["run", "--distance", "5parsecs", "--duration", "25:00"]),
            "distance",
        ),
        (
            s(&["run", "--distance", "5km", "--duration", "28:3x"]),
            "duration",
        ),
        (
            s(&["run", "--distance", "5km", "--duration", "0:00"]),
            "duration",
        ),
        (
            s(&["run", "--distance", "42.195km", "--duration", "2:00:00"]),
            "duration",
        ),
        (
            s(&["run", "--distance", "5km", "--duration", "1:00"]),
            "duration",
        ),
        (run(&["--rpe", "11"]), "rpe"),
        (run(&["--rpe", "6.3"]), "rpe"),
        (run(&["--rpe", "hard"]), "rpe"),
        (run(&["--kind", "jog"]), "kind"),
        (run(&["--date", "2026-13-01"]), "date"),
        (run(&["--date", "2026-11-30"]), "date"),
        (run(&["--time", "25:00"]), "time"),
        (run(&["--hr", "400"]), "hr"),
        (run(&["--vest", "80kg"]), "vest"),
        (run(&["--elevation", "-20m"]), "elevation"),
        (s(&["lift", "back squat 3x500"]), "reps"),
        (s(&["lift", "squatt 3x8"]), "exercise"),
        (s(&["lift", "back squat 3x8@-5kg"]), "weight"),
        (s(&["lift", "back squat"]), "set"),
        (s(&["lift", "--minutes", "0", "back squat 3x8"]), "minutes"),
        (s(&["lift", "--rpe", "0", "back squat 3x8"]), "rpe"),
        (
            s(&["lift", "back squat 3x8", "tibialis raise 2x20 rir99"]),
            "rir",
        ),
        (s(&["delete", "abc"]), "ID"),
        (s(&["settings", "level", "guru"]), "level"),
        (s(&["settings", "body_kg", "-3"]), "body_kg"),
        (s(&["settings", "colour", "blue"]), "setting"),
        (s(&["history", "--from", "next tuesday"]), "from"),
        (s(&["week", "--date", "nonsense"]), "date"),
        (s(&["exercises", "add", "x", "--quads", "2"]), "quads"),
    ];
    for (args, field) in cases {
        let out = legday(&db).args(&args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "{args:?}: not one line: {err}"
        );
        assert!(err.contains(field), "{args:?}: {err} does not name {field}");
        assert!(out.stdout.is_empty(), "{args:?} printed to stdout");
    }
    // the unknown exercise gets the closest catalog names
    let out = legday(&db).args(["lift", "squatt 3x8"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("back squat"));

    assert_eq!(ok(&db, &["history", "--json"]), before);
    assert_eq!(ok(&db, &["settings"]), settings_before);
}
