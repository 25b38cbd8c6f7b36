//! `legday race add|list|delete`, the coach settings (`run_days`, `lift_days`, `long_run_day`,
//! `plate_step`) and races through a JSON export and back. Today is Mon 23 Nov 2026.

use super::*;

/// `args` fails with exit code 2 and one line on stderr naming `field`; returns the line.
#[track_caller]
fn refused(db: &Path, args: &[&str], field: &str) -> String {
    let out = legday(db).args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert!(out.stdout.is_empty(), "{args:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
    assert!(
        err.starts_with(&format!("legday: {field}: ")),
        "{args:?}: {err}"
    );
    err
}

#[test]
fn races_add_list_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite3");
    assert_eq!(
        ok(&db, &["race", "list"]),
        "No races yet. Add one with: legday race add DATE DISTANCE [--name NAME]\n"
    );
    assert_eq!(
        json(&db, &["race", "list", "--json"]),
        serde_json::json!([])
    );
    assert_eq!(
        ok(
            &db,
            &[
                "race",
                "add",
                "2027-04-11",
                "marathon",
                "--name",
                "Paris marathon"
            ]
        ),
        "Added race 1: Paris marathon (42.195 km) on Sun 11 Apr 2027, in 139 days.\n"
    );
    // named distances in any case, a weekday meaning the next one, +N days, today
    assert_eq!(
        ok(&db, &["race", "add", "sat", "10K"]),
        "Added race 2: 10k (10 km) on Sat 28 Nov 2026, in 5 days.\n"
    );
    assert_eq!(
        ok(&db, &["race", "add", "+30", "Half-Marathon"]),
        "Added race 3: half marathon (21.098 km) on Wed 23 Dec 2026, in 30 days.\n"
    );
    assert_eq!(
        ok(&db, &["race", "add", "today", "30km", "--name", "trail"]),
        "Added race 4: trail (30 km) on Mon 23 Nov 2026, today.\n"
    );
    ok(&db, &["race", "add", "tomorrow", "hm"]);
    let list = json(&db, &["race", "list", "--json"]);
    let got: Vec<(i64, &str, f64)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_i64().unwrap(),
                r["date"].as_str().unwrap(),
                r["distance_m"].as_f64().unwrap(),
            )
        })
        .collect();
    // ascending by date
    assert_eq!(
        got,
        [
            (4, "2026-11-23", 30000.0),
            (5, "2026-11-24", 21097.5),
            (2, "2026-11-28", 10000.0),
            (3, "2026-12-23", 21097.5),
            (1, "2027-04-11", 42195.0)
        ]
    );
    assert_eq!(list[4]["name"], "Paris marathon");
    assert_eq!(list[0]["name"], "trail");
    assert!(list[1]["name"].is_null());
    assert_eq!(list[0].as_object().unwrap().len(), 4);

    assert_eq!(
        ok(&db, &["race", "delete", "4"]),
        "Deleted race 4: trail (30 km) on Mon 23 Nov 2026.\n"
    );
    assert_eq!(
        ok(&db, &["race", "list"]),
        "Upcoming\n\
         \x20 5  half marathon (21.098 km) on Tue 24 Nov 2026, tomorrow\n\
         \x20 2  10k (10 km) on Sat 28 Nov 2026, in 5 days\n\
         \x20 3  half marathon (21.098 km) on Wed 23 Dec 2026, in 30 days\n\
         \x20 1  Paris marathon (42.195 km) on Sun 11 Apr 2027, in 139 days\n"
    );
}

/// A past race (one added earlier, seen from a later day) is listed under Past, latest first;
/// distances are in the user's unit, and a bare number is in it too.
#[test]
fn races_past_and_in_miles() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite3");
    ok(&db, &["race", "add", "2026-11-25", "5k"]);
    ok(&db, &["race", "add", "2026-11-28", "10k"]);
    ok(&db, &["settings", "units", "imperial"]);
    assert_eq!(
        ok(&db, &["race", "add", "2026-12-06", "13.1"]),
        "Added race 3: race (13.1 mi) on Sun 6 Dec 2026, in 13 days.\n"
    );
    close_within(
        &json(&db, &["race", "list", "--json"])[2]["distance_m"],
        13.1 * 1609.344,
        0.05,
    );
    let later = legday(&db)
        .env("LEGDAY_TODAY", "2026-11-30")
        .args(["race", "list"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(later.stdout).unwrap(),
        "Upcoming\n\
         \x20 3  race (13.1 mi) on Sun 6 Dec 2026, in 6 days\n\
         Past\n\
         \x20 2  10k (6.214 mi) on Sat 28 Nov 2026, 2 days ago\n\
         \x20 1  5k (3.107 mi) on Wed 25 Nov 2026, 5 days ago\n"
    );
}

/// A date in the past, a duplicate, a nonsense distance, a bad or absent id: one line naming
/// the field, exit 2, and the database as it was.
#[test]
fn race_refusals_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite3");
    ok(
        &db,
        &["race", "add", "2027-04-11", "marathon", "--name", "Paris"],
    );
    let before = ok(&db, &["export", "--format", "json"]);
    for date in ["yesterday", "2026-11-22", "-3", "last sat", "2020-01-01"] {
        let e = refused(&db, &["race", "add", date, "10k"], "date");
        assert!(
            e.contains("in the past") || e.contains("not a date"),
            "{date}: {e}"
        );
    }
    for date in ["soon", "2027-02-30", "next", "2040-01-01"] {
        refused(&db, &["race", "add", date, "10k"], "date");
    }
    let e = refused(&db, &["race", "add", "2027-04-11", "42.195km"], "race");
    assert!(e.contains("race 1 is already on 2027-04-11"), "{e}");
    refused(
        &db,
        &["race", "add", "2027-04-11", "Marathon", "--name", "again"],
        "race",
    );
    for d in [
        "0", "-5", "-5km", "2000km", "lots", "", "0.01", "5x", "half-ish",
    ] {
        refused(&db, &["race", "add", "2027-05-01", d], "distance");
    }
    let long = "x".repeat(81);
    refused(
        &db,
        &["race", "add", "2027-05-01", "5k", "--name", &long],
        "name",
    );
    let e = refused(&db, &["race", "delete", "7"], "ID");
    assert!(e.contains("no race with id 7"), "{e}");
    for id in ["x", "0", "-1", "1.5"] {
        refused(&db, &["race", "delete", id], "ID");
    }
    assert_eq!(ok(&db, &["export", "--format", "json"]), before);
    assert_eq!(
        json(&db, &["race", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn coach_settings_are_auto_until_set() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite3");
    let all = ok(&db, &["settings"]);
    // the listing says what auto gives now: with no history, the intermediate defaults of
    // §8.2 (3 runs, 2 lifts a week) and the last day of the week for the long run (§8.3)
    for (k, shown) in [
        ("run_days", "auto (now 3)"),
        ("lift_days", "auto (now 2)"),
        ("long_run_day", "auto (now sun)"),
        ("plate_step", "auto"),
    ] {
        assert_eq!(ok(&db, &["settings", k]).trim(), "auto", "{k}");
        assert!(
            all.lines()
                .any(|l| l.starts_with(k) && l.trim_end().ends_with(shown)),
            "{all}"
        );
    }
    let set = |k: &str, v: &str| ok(&db, &["settings", k, v]).trim().to_string();
    assert_eq!(set("run_days", "5"), "run_days = 5");
    assert_eq!(set("run_days", "0"), "run_days = 0");
    assert_eq!(set("lift_days", "6"), "lift_days = 6");
    assert_eq!(
        set("long_run_day", "Sun"),
        "long_run_day = sunday (from Sun)"
    );
    assert_eq!(set("long_run_day", "saturday"), "long_run_day = saturday");
    assert_eq!(set("plate_step", "1.25kg"), "plate_step = 1.25kg");
    assert_eq!(set("plate_step", "2"), "plate_step = 2kg (from 2)");
    ok(&db, &["settings", "units", "imperial"]);
    // a pounds user reads a kg step that is not round in pounds in kg, and types pounds
    assert_eq!(ok(&db, &["settings", "plate_step"]).trim(), "2kg");
    assert_eq!(set("plate_step", "5"), "plate_step = 5lb (from 5)");
    assert_eq!(set("plate_step", "2.5kg"), "plate_step = 2.5kg");
    assert_eq!(set("lift_days", "AUTO"), "lift_days = auto (from AUTO)");

    let before = ok(&db, &["settings"]);
    for (k, v, says) in [
        ("run_days", "8", "from 0 to 7"),
        ("run_days", "-1", "from 0 to 7"),
        ("run_days", "3.5", "from 0 to 7"),
        ("lift_days", "7", "from 0 to 6"),
        ("lift_days", "often", "from 0 to 6"),
        ("long_run_day", "su", "mon to sun"),
        ("long_run_day", "funday", "mon to sun"),
        ("plate_step", "0", "up to 25kg"),
        ("plate_step", "30kg", "up to 25kg"),
        ("plate_step", "60lb", "up to 25kg"),
        ("plate_step", "-2.5kg", "up to 25kg"),
        ("plate_step", "heavy", "up to 25kg"),
    ] {
        let e = refused(&db, &["settings", k, v], k);
        assert!(e.contains(says) && e.contains("auto"), "{k} {v}: {e}");
    }
    assert_eq!(ok(&db, &["settings"]), before);
}

/// Races and the coach settings travel in the JSON export; importing it into a fresh database
/// gives the same races and settings, and importing it again adds nothing.
#[test]
fn races_and_coach_settings_round_trip_through_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.sqlite3"), dir.path().join("b.sqlite3"));
    ok(
        &a,
        &["race", "add", "2027-04-11", "marathon", "--name", "Paris"],
    );
    ok(&a, &["race", "add", "2026-12-13", "10k"]);
    ok(&a, &["settings", "run_days", "4"]);
    ok(&a, &["settings", "long_run_day", "sun"]);
    ok(&a, &["settings", "plate_step", "1.25kg"]);
    ok(
        &a,
        &[
            "run",
            "--distance",
            "8km",
            "--duration",
            "45:00",
            "--date",
            "-1",
        ],
    );
    let file = dir.path().join("a.json");
    ok(
        &a,
        &[
            "export",
            "--format",
            "json",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(doc["races"].as_array().unwrap().len(), 2);
    assert_eq!(doc["races"][0]["date"], "2026-12-13");
    assert_eq!(doc["settings"]["plate_step"], "1.25kg");
    assert!(
        doc["settings"].get("lift_days").is_none(),
        "auto is the default"
    );

    ok(&b, &["import", file.to_str().unwrap()]);
    assert_eq!(
        ok(&b, &["race", "list", "--json"]),
        ok(&a, &["race", "list", "--json"])
    );
    assert_eq!(ok(&b, &["settings"]), ok(&a, &["settings"]));
    // a re-import, and an import into the database the export came from, add no race
    ok(&b, &["import", file.to_str().unwrap()]);
    ok(&a, &["import", file.to_str().unwrap()]);
    assert_eq!(
        ok(&b, &["race", "list", "--json"]),
        ok(&a, &["race", "list", "--json"])
    );
    assert_eq!(
        json(&b, &["race", "list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        ok(&b, &["export", "--format", "json"]),
        ok(&a, &["export", "--format", "json"])
    );
    // without races the export has no races key (older readers see what they always saw)
    let c = dir.path().join("c.sqlite3");
    let empty: Value = serde_json::from_str(&ok(&c, &["export", "--format", "json"])).unwrap();
    assert!(empty.get("races").is_none());
    // a bad race in an export imports nothing of it
    let mut bad = doc.clone();
    bad["races"][1]["distance_m"] = serde_json::json!(-1.0);
    let bad_file = dir.path().join("bad.json");
    std::fs::write(&bad_file, bad.to_string()).unwrap();
    let out = legday(&c)
        .args(["import", bad_file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert_eq!(ok(&c, &["race", "list", "--json"]).trim(), "[]");
    assert_eq!(ok(&c, &["history", "--json"]).trim(), "[]");
}
