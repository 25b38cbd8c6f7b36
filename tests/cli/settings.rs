//! `settings`, `exercises`, `completions`, `--help` and `--version`.

use super::*;

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

/// `--help` and `--version` print to stdout and exit 0, touching no database; a usage error is
/// one line and exit 2.
#[test]
fn help_and_version_exit_zero_without_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("never.sqlite3");
    let help = ok(&db, &["--help"]);
    assert!(help.contains("Usage:") && help.contains("week"), "{help}");
    let lift = ok(&db, &["lift", "--help"]);
    assert!(
        lift.contains("each SET is \"EXERCISE NxR[@W(kg|lb)][ rirK][ warmup]\""),
        "{lift}"
    );
    let run = ok(&db, &["run", "--help"]);
    assert!(run.contains(legday::parse::RUN_KINDS), "{run}");
    assert!(ok(&db, &["--version"]).starts_with("legday "));
    assert!(!db.exists(), "help opened the database");
    let out = legday(&db).arg("--bogus").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// Output into a pipe its reader has already closed (`legday completions bash | head -0`) ends
/// quietly instead of panicking; an export to a folder that does not exist is bad input naming
/// `out`, with no temporary file name in the message.
#[test]
fn closed_pipe_and_missing_export_folder() {
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("l.sqlite3");
    ok(&db, &["run", "--distance", "5km", "--duration", "30:00"]);
    for args in [
        &["completions", "bash"][..],
        &["export", "--format", "json"],
    ] {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("legday"));
        cmd.env("LEGDAY_TODAY", TODAY)
            .arg("--db")
            .arg(&db)
            .args(args);
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {err}");
        assert!(
            !err.contains("panicked") && err.is_empty(),
            "{args:?}: {err}"
        );
    }
    let target = dir.path().join("no-such-folder").join("x.json");
    let out = legday(&db)
        .args(["export", "--format", "json", "--out"])
        .arg(&target)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("out:") && err.contains("does not exist"),
        "{err}"
    );
    assert!(!err.contains("at path"), "{err}");
}

/// Adding an exercise under a name the catalog already knows says that it changed the mapping
/// and what the mapping was, instead of "Added".
#[test]
fn exercises_add_over_a_known_name_says_what_it_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e.sqlite3");
    let first = ok(&db, &["exercises", "add", "sled push", "--quads", "1"]);
    assert_eq!(first.trim(), "Added sled push: quads 1");
    let again = ok(&db, &["exercises", "add", "Sled Push", "--glutes", "1"]);
    assert!(
        again.starts_with("Changed sled push: glutes 1 (was quads 1)"),
        "{again}"
    );
    let squat = ok(&db, &["exercises", "add", "back squat", "--quads", "0.5"]);
    assert!(
        squat.starts_with("Changed back squat: quads 0.5 (was quads 1, glutes 1)"),
        "{squat}"
    );
}

/// A value converted on the way in is echoed with what was typed: 150 lb is 68.0388555 kg.
#[test]
fn a_converted_setting_echoes_what_was_typed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("b.sqlite3");
    let echo = ok(&db, &["settings", "body_kg", "150lb"]);
    assert_eq!(echo.trim(), "body_kg = 68.0388555 (from 150lb)");
    assert_eq!(
        ok(&db, &["settings", "body_kg", "80"]).trim(),
        "body_kg = 80"
    );
}
