//! Every bad input: exit 2, one line naming the field, nothing written.

use super::*;

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
