//! Hostile and broken input against the real binary (issue 5, items 3 and 5): oversized, bombed,
//! deeply nested, junk and unreadable import files; database files that are not SQLite,
//! truncated, from a newer legday or read-only. Each: one clear line naming the path, the
//! database (or the refused file) unchanged, no file contents printed, bounded peak memory.
//! Proptest versions of the importer fuzz target are in `hostile/props.rs`.

mod common;
mod database;
mod props;

use common::*;
use std::fs;
use std::path::Path;

/// Imports `files` (relative to `dir`) into a seeded database and checks: non-zero exit, for
/// each `(file, reason)` exactly one output line naming the file and giving the reason, no
/// secret printed, `history --json` identical, peak RSS bounded.
fn refused_import(r: &Runner, dir: &Path, what: &str, files: &[&str], want: &[(&str, &str)]) {
    let db = r.seeded_db(dir);
    let before = r.history(&db);
    let args: Vec<String> = files
        .iter()
        .map(|f| dir.join(f).display().to_string())
        .collect();
    let mut argv = vec!["import"];
    argv.extend(args.iter().map(String::as_str));
    let (out, rss) = r.run_measured(&db, &argv);
    let all = text(&out);
    assert!(!out.status.success(), "{what}: {all}");
    for (file, reason) in want {
        let lines: Vec<&str> = all.lines().filter(|l| l.contains(file)).collect();
        assert_eq!(lines.len(), 1, "{what}: one line for {file}: {all}");
        assert!(lines[0].contains(reason), "{what}: {file}: {}", lines[0]);
        assert!(lines[0].len() < 200, "{what}: a short line: {}", lines[0]);
    }
    assert!(
        !all.contains(SECRET),
        "{what}: file contents printed: {all}"
    );
    assert!(!all.contains("panicked"), "{what}: {all}");
    assert_eq!(r.history(&db), before, "{what}: the database changed");
    assert_rss(what, rss);
}

#[test]
fn file_over_the_size_cap_is_refused_unread() {
    let r = Runner::plain();
    let dir = tempfile::tempdir().unwrap();
    let f = fs::File::create(dir.path().join("huge.gpx")).unwrap();
    f.set_len(legday::import::MAX_FILE_BYTES + 1).unwrap(); // sparse: no disk used
    drop(f);
    let want = [("huge.gpx", "too large (64 MiB; the limit is 64 MiB)")];
    refused_import(&r, dir.path(), "oversized", &["huge.gpx"], &want);
}

/// A billion-laughs document: nine levels of ten references each (10^9 copies if expanded).
fn entity_bomb(root: &str) -> String {
    let mut s = format!("<?xml version=\"1.0\"?>\n<!DOCTYPE {root} [\n<!ENTITY a \"{SECRET}\">\n");
    for i in 0..9u8 {
        let (name, prev) = ((b'b' + i) as char, (b'a' + i) as char);
        s += &format!("<!ENTITY {name} \"{}\">\n", format!("&{prev};").repeat(10));
    }
    s + &format!("]>\n<{root}><trk><name>&j;</name></trk></{root}>\n")
}

#[test]
fn xml_entity_bombs_are_refused() {
    let r = Runner::plain();
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("bomb.gpx"), entity_bomb("gpx")).unwrap();
    let tcx = entity_bomb("TrainingCenterDatabase");
    fs::write(dir.path().join("bomb.tcx"), tcx).unwrap();
    let reason = "declares entities";
    let want = [("bomb.gpx", reason), ("bomb.tcx", reason)];
    refused_import(
        &r,
        dir.path(),
        "entity bomb",
        &["bomb.gpx", "bomb.tcx"],
        &want,
    );
}

#[test]
fn xml_nested_100k_levels_is_refused() {
    let r = Runner::plain();
    let dir = tempfile::tempdir().unwrap();
    let deep = |root: &str, close: bool| {
        let mut s = format!("<?xml version=\"1.0\"?><{root}><!-- {SECRET} -->");
        s += &"<a>".repeat(100_000);
        if close {
            s += &"</a>".repeat(100_000);
            s += &format!("</{root}>");
        }
        s
    };
    fs::write(dir.path().join("deep.gpx"), deep("gpx", true)).unwrap();
    fs::write(
        dir.path().join("deep.tcx"),
        deep("TrainingCenterDatabase", true),
    )
    .unwrap();
    fs::write(dir.path().join("open.gpx"), deep("gpx", false)).unwrap();
    let reason = "nested deeper than";
    let want = [
        ("deep.gpx", reason),
        ("deep.tcx", reason),
        ("open.gpx", reason),
    ];
    let files = ["deep.gpx", "deep.tcx", "open.gpx"];
    refused_import(&r, dir.path(), "deep XML", &files, &want);
}

#[test]
fn folder_of_junk_fails_file_by_file() {
    let r = Runner::plain();
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk");
    fs::create_dir(&junk).unwrap();
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
        .collect();
    fs::write(junk.join("a.gpx"), format!("{SECRET}\n")).unwrap();
    fs::write(junk.join("b.csv"), format!("when,{SECRET}\n1,2\n")).unwrap();
    fs::write(junk.join("c.fit"), &noise).unwrap();
    // JSON that is not a legday export is counted among the files legday never reads, not listed
    fs::write(junk.join("d.json"), format!("{{\"{SECRET}\": 1}}")).unwrap();
    fs::write(junk.join("e.tcx"), format!("<x>{SECRET}</x>")).unwrap();
    fs::write(junk.join("f.gpx"), format!("<gpx><trk>{SECRET}")).unwrap();
    fs::write(junk.join("g.csv"), b"").unwrap();
    fs::write(junk.join("notes.txt"), SECRET).unwrap(); // not an import extension: not tried
    let want = [
        ("a.gpx", "text, but not XML"),
        (
            "b.csv",
            "not a Strong export, a Hevy export, a Strava activities.csv,",
        ),
        ("c.fit", "binary data"),
        ("e.tcx", "XML, but neither GPX, TCX nor"),
        ("f.gpx", "GPX: "),
        ("g.csv", "empty file"),
    ];
    refused_import(&r, dir.path(), "junk folder", &["junk"], &want);
}

#[test]
fn folder_with_nothing_importable_changes_nothing() {
    let r = Runner::plain();
    let dir = tempfile::tempdir().unwrap();
    let db = r.seeded_db(dir.path());
    let before = r.history(&db);
    let junk = dir.path().join("photos");
    fs::create_dir(&junk).unwrap();
    fs::write(junk.join("a.png"), SECRET).unwrap();
    let out = r.run(&db, &["import", junk.to_str().unwrap()]);
    let all = text(&out);
    // Nothing to import is bad input: one line, exit 2.
    assert_eq!(out.status.code(), Some(2), "{all}");
    assert!(
        all.contains("no GPX, TCX, FIT, CSV, JSON or XML files found"),
        "{all}"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).lines().count(),
        1,
        "{all}"
    );
    assert!(!all.contains(SECRET), "{all}");
    assert_eq!(r.history(&db), before);
}

#[test]
fn unreadable_file_and_folder_are_refused() {
    let r = Runner::unprivileged("unreadable import paths");
    let dir = r.tempdir();
    fs::write(dir.path().join("locked.gpx"), SECRET).unwrap();
    set_mode(&dir.path().join("locked.gpx"), 0o000);
    let sealed = dir.path().join("sealed");
    fs::create_dir(&sealed).unwrap();
    fs::write(sealed.join("run.gpx"), SECRET).unwrap();
    set_mode(&sealed, 0o000);
    let want = [
        ("locked.gpx", "permission denied"),
        ("sealed", "cannot list folder: permission denied"),
    ];
    refused_import(
        &r,
        dir.path(),
        "unreadable",
        &["locked.gpx", "sealed"],
        &want,
    );
    set_mode(&sealed, 0o700);
}

#[test]
fn new_data_dir_is_0700_and_database_0600() {
    let r = Runner::plain();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new").join("nested").join("legday.sqlite3");
    r.history(&db);
    assert_eq!(mode(&dir.path().join("new")), 0o700);
    assert_eq!(mode(&dir.path().join("new/nested")), 0o700);
    assert_eq!(mode(&db), 0o600);
}

#[test]
fn migration_backup_is_0600() {
    let r = Runner::plain();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("legday.sqlite3");
    // A version-0 file holding a table: opening it migrates, so it is backed up first.
    let c = rusqlite::Connection::open(&db).unwrap();
    c.execute_batch("CREATE TABLE scratch (x); INSERT INTO scratch VALUES (1);")
        .unwrap();
    drop(c);
    set_mode(&db, 0o644);
    r.history(&db);
    let backups: Vec<String> = listing(dir.path())
        .into_iter()
        .filter(|n| n.starts_with("legday.sqlite3.backup-v0-"))
        .collect();
    assert_eq!(backups.len(), 1, "{:?}", listing(dir.path()));
    assert_eq!(mode(&dir.path().join(&backups[0])), 0o600);
}

/// Found by `cargo fuzz run importers` in its first minute: a FIT header declaring 116 bytes in
/// a 73-byte file made fitparser 0.10 slice past the end and panic (`import` crashed). Now a
/// one-line "corrupt or truncated FIT" error, through the library and the binary.
const FIT_HEADER_PAST_END: &[u8] = b"\x74\x72\x61\x69\x6c\x00\x00\x00\x2e\x46\x49\x54\x40\x00\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x04\x01\x02\x84\x02\x02\x84\x03\x04\x8c\x00\x01\x04\x02\x84\x01\x21\x00\x02\x01\x02\x03\x01\x02\x05\x01\x00\x00\x03\x84\x01\x1c\xbe\x00\x40\x00\x01\x00\x04\x01\x01\x02\x8b\x00\x00\x64\x39\x50";

#[test]
fn fuzz_fit_header_past_the_end_is_an_error_not_a_panic() {
    let catalog = legday::domain::Catalog::builtin();
    let settings = legday::domain::Settings::default();
    let path = Path::new("crash.fit");
    let e = legday::import::read_file(path, FIT_HEADER_PAST_END, &catalog, &settings)
        .map(|r| format!("read {:?}", r.format))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("crash.fit: FIT: corrupt or truncated FIT"),
        "{e}"
    );
    // A header shorter than 12 bytes and a chained second header past the end, too.
    let mut chained = FIT_HEADER_PAST_END.to_vec();
    chained[0] = 5;
    assert!(legday::import::read_file(path, &chained, &catalog, &settings).is_err());

    let r = Runner::plain();
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("crash.fit"), FIT_HEADER_PAST_END).unwrap();
    refused_import(
        &r,
        dir.path(),
        "FIT past end",
        &["crash.fit"],
        &[("crash.fit", "corrupt")],
    );
}

/// Found by the second fuzz run: a FIT file whose messages run past their declared size, so the
/// decoder reads a chained header from a 4-byte tail and fitparser underflows computing how
/// many bytes it needs (a panic with overflow checks on).
#[test]
fn fuzz_fit_chained_short_header_is_an_error_not_a_panic() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz-fit-chained-short-header.fit");
    let bytes = fs::read(&path).unwrap();
    let catalog = legday::domain::Catalog::builtin();
    let settings = legday::domain::Settings::default();
    let e = legday::import::read_file(&path, &bytes, &catalog, &settings)
        .map(|r| format!("read {:?}", r.format))
        .unwrap_err()
        .to_string();
    assert!(e.contains("FIT: corrupt or truncated FIT"), "{e}");
}
