//! The daily-loop commands end to end: dates as typed (`sat`, `last sat`, `-2`), run kinds by
//! prefix, one exercise resolver, `lift --like`, templates; bad input refused with exit code 2,
//! one line naming the field, and nothing written.

use serde_json::Value;
use std::path::Path;

/// A Tuesday.
const TODAY: &str = "2026-12-01";

use super::common::{json_on, legday_on, ok_on};

/// `legday` at this file's `TODAY`.
fn legday(db: &Path) -> assert_cmd::Command {
    legday_on(TODAY, db)
}

/// The stdout of `args` at this file's `TODAY`, which must succeed.
fn ok(db: &Path, args: &[&str]) -> String {
    ok_on(TODAY, db, args)
}

/// The stdout of `args` at this file's `TODAY`, which must succeed, as JSON.
fn json(db: &Path, args: &[&str]) -> Value {
    json_on(TODAY, db, args)
}

/// Runs a command that must be refused: exit 2, one stderr line naming `field`, nothing written.
fn refused(db: &Path, args: &[&str], field: &str) -> String {
    let before = ok(db, &["history", "--json"]);
    let templates = ok(db, &["template", "list", "--json"]);
    let out = legday(db).args(args).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
    assert!(err.contains(&format!("{field}: ")), "{args:?}: {err}");
    assert_eq!(ok(db, &["history", "--json"]), before, "{args:?} wrote");
    assert_eq!(ok(db, &["template", "list", "--json"]), templates);
    err
}

/// The sets of a session as `(exercise, reps, weight_kg, rir, warmup)`.
/// `(exercise, reps, weight_kg, rir, warmup)`
type Set = (String, u64, Option<f64>, Option<u64>, bool);

fn sets(s: &Value) -> Vec<Set> {
    s["sets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["exercise"].as_str().unwrap().to_string(),
                e["reps"].as_u64().unwrap(),
                e["weight_kg"].as_f64(),
                e["rir"].as_u64(),
                e["warmup"].as_bool().unwrap(),
            )
        })
        .collect()
}

#[test]
fn dates_and_kinds_as_typed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.sqlite3");
    for (date, want) in [
        ("sat", "2026-11-28"),
        ("last tue", "2026-11-24"),
        ("tuesday", "2026-12-01"),
        ("-2", "2026-11-29"),
        ("2026-11-20", "2026-11-20"),
        ("today", "2026-12-01"),
        ("yesterday", "2026-11-30"),
    ] {
        let s = json(&db, &["lift", "--json", "--date", date, "plank 1x1"]);
        assert_eq!(s["date"], want, "{date}");
    }
    let r = json(
        &db,
        &[
            "run",
            "--json",
            "--distance",
            "5",
            "--duration",
            "30:00",
            "--kind",
            "hil",
            "--date",
            "last sat",
        ],
    );
    assert_eq!(r["run"]["kind"], "hills");
    assert_eq!(r["date"], "2026-11-28");
    let e = refused(
        &db,
        &[
            "run",
            "--distance",
            "5",
            "--duration",
            "30:00",
            "--kind",
            "t",
        ],
        "kind",
    );
    assert!(e.contains("tempo or trail or treadmill"), "{e}");
    let e = refused(&db, &["lift", "--date", "next sat", "plank 1x1"], "date");
    assert!(e.contains("sat or last sat"), "{e}");
    refused(&db, &["lift", "--date", "-0x", "plank 1x1"], "date");
}

#[test]
fn curl_means_biceps_curl_and_a_typo_gets_suggestions() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite3");
    let s = json(&db, &["lift", "--json", "curl 2x10@12.5kg"]);
    assert_eq!(sets(&s)[0].0, "biceps curl");
    let e = refused(&db, &["lift", "sqaut 3x5@100kg"], "exercise");
    assert!(
        e.contains("unknown exercise \"sqaut\"; did you mean"),
        "{e}"
    );
    assert!(e.contains("squat"), "{e}");
}

#[test]
fn lift_like_repeats_an_earlier_session() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("l.sqlite3");
    let e = refused(&db, &["lift", "--like", "last"], "like");
    assert!(e.contains("no strength session"), "{e}");
    let first = json(
        &db,
        &[
            "lift",
            "--json",
            "--date",
            "sat",
            "--minutes",
            "50",
            "--rpe",
            "8",
            "back squat 3x5@100kg",
            "RDL 2x8@80kg rir2",
            "squat 1x5@40kg warmup",
        ],
    );
    ok(&db, &["run", "--distance", "5", "--duration", "30:00"]);
    // `last` is the newest strength session, not the run logged after it.
    let again = json(&db, &["lift", "--json", "--like", "last"]);
    assert_eq!(again["date"], TODAY);
    assert_eq!(sets(&again), sets(&first));
    // only the sets are repeated: minutes and RPE fall back to their defaults
    assert_eq!(again["rpe_default"], true);
    assert_eq!(again["minutes_logged"], false);
    assert_ne!(again["uuid"], first["uuid"]);
    // extra SET arguments come after the repeated ones
    let id = first["id"].to_string();
    let more = json(
        &db,
        &[
            "lift",
            "--json",
            "--like",
            &id,
            "--date",
            "-1",
            "tib raise 2x20",
        ],
    );
    assert_eq!(more["date"], "2026-11-30");
    let mut want = sets(&first);
    want.extend(vec![
        ("tibialis raise".to_string(), 20, None, None, false);
        2
    ]);
    assert_eq!(sets(&more), want);

    let run_id = json(&db, &["history", "--json", "--kind", "run"])[0]["id"].to_string();
    let e = refused(&db, &["lift", "--like", &run_id], "like");
    assert!(e.contains("is a run"), "{e}");
    refused(&db, &["lift", "--like", "999"], "like");
    refused(&db, &["lift", "--like", "first"], "like");
    refused(
        &db,
        &["lift", "--like", "last", "--template", "x"],
        "arguments",
    );
    refused(&db, &["lift", "--like", "last", "nope 3x5"], "exercise");
}

#[test]
fn templates_save_list_log_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.sqlite3");
    let e = refused(&db, &["template", "save", "legs"], "from");
    assert!(e.contains("no strength session"), "{e}");
    let a = json(
        &db,
        &[
            "lift",
            "--json",
            "--date",
            "-3",
            "back squat 3x5@100kg",
            "calf raise 3x12",
        ],
    );
    let b = json(
        &db,
        &["lift", "--json", "--date", "-1", "deadlift 2x3@140kg rir1"],
    );
    let out = ok(&db, &["template", "save", "Legs A"]);
    assert!(
        out.contains("Saved template \"Legs A\": 2 sets from session #"),
        "{out}"
    );
    let a_id = a["id"].to_string();
    ok(&db, &["template", "save", "heavy", "--from", &a_id]);
    let out = ok(&db, &["template", "save", "legs a", "--from", &a_id]);
    assert!(out.starts_with("Replaced template \"legs a\""), "{out}");

    let list = ok(&db, &["template", "list"]);
    assert_eq!(
        list,
        "heavy: 6 sets · back squat 3x5@100kg, standing calf raise 3x12\n\
         legs a: 6 sets · back squat 3x5@100kg, standing calf raise 3x12\n"
    );
    let v = json(&db, &["template", "list", "--json"]);
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[0]["name"], "heavy");
    assert_eq!(v[0]["sets"][0]["weight_kg"], 100.0);

    let s = json(
        &db,
        &[
            "lift",
            "--json",
            "--template",
            "HEAVY",
            "tibialis raise 1x20",
        ],
    );
    assert_eq!(s["date"], TODAY);
    let mut want = sets(&a);
    want.push(("tibialis raise".to_string(), 20, None, None, false));
    assert_eq!(sets(&s), want);
    assert_ne!(sets(&s), sets(&b));

    // pounds users read their templates in pounds, and the text logs the same sets again
    ok(&db, &["settings", "units", "imperial"]);
    let list = ok(&db, &["template", "list"]);
    assert!(list.contains("back squat 3x5@220.5lb"), "{list}");
    ok(&db, &["settings", "units", "metric"]);

    let e = refused(&db, &["lift", "--template", "legs b"], "template");
    assert!(e.contains("use one of heavy, legs a"), "{e}");
    refused(&db, &["template", "delete", "nope"], "template");
    refused(&db, &["template", "save", "  "], "NAME");
    refused(&db, &["template", "save", "x", "--from", "0"], "from");
    let long = "x".repeat(61);
    refused(&db, &["template", "save", &long], "NAME");
    let out = ok(&db, &["template", "delete", "LEGS A"]);
    assert!(out.starts_with("Deleted template \"legs a\""), "{out}");
    let v = json(&db, &["template", "list", "--json"]);
    assert_eq!(v.as_array().unwrap().len(), 1);
}

#[test]
fn templates_travel_in_the_json_export() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.sqlite3"), dir.path().join("b.sqlite3"));
    let out = dir.path().join("export.json");
    // no template: the export has no templates key (older readers see what they always saw)
    ok(
        &a,
        &["lift", "back squat 3x5@100kg rir2", "plank 1x1 warmup"],
    );
    ok(
        &a,
        &["export", "--format", "json", "--out", out.to_str().unwrap()],
    );
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert!(doc.get("templates").is_none());
    ok(&a, &["template", "save", "Legs A"]);
    ok(
        &a,
        &["export", "--format", "json", "--out", out.to_str().unwrap()],
    );
    ok(&b, &["import", out.to_str().unwrap()]);
    let want = ok(&a, &["template", "list", "--json"]);
    assert_eq!(ok(&b, &["template", "list", "--json"]), want);
    // importing again changes nothing
    ok(&b, &["import", out.to_str().unwrap()]);
    assert_eq!(ok(&b, &["template", "list", "--json"]), want);
    // a bad template name refuses the whole file
    let text = std::fs::read_to_string(&out).unwrap().replace("Legs A", "");
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, text).unwrap();
    let c = dir.path().join("c.sqlite3");
    let o = legday(&c)
        .args(["import", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("template 1"),
        "{o:?}"
    );
    assert_eq!(ok(&c, &["template", "list", "--json"]), "[]\n");
}
