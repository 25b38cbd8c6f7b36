//! The `importers` fuzz target as proptests: arbitrary bytes and mutated real files through
//! `legday::import::read_file` under every extension never panic, and every error names the file.

use legday::domain::{Catalog, Run, RunKind, Session, SetEntry, Settings, Strength};
use legday::import::read_file;
use legday::store::Store;
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const EXTENSIONS: [&str; 6] = ["gpx", "tcx", "fit", "csv", "json", "txt"];

/// Real files of every format (the 360 KB Garmin GPX is left to the fuzzer).
const FIXTURES: [&str; 10] = [
    "Activity.fit",
    "garmin-fenix-5-bike.fit",
    "hevy.csv",
    "strong.csv",
    "strong-legacy-lbs.csv",
    "tempo-run.tcx",
    "ride.tcx",
    "wahoo_example.gpx",
    "bad-truncated.gpx",
    "legday export (generated)",
];

fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(Catalog::builtin)
}

/// A legday JSON export of a run and a lift, made with the real exporter.
fn export() -> Vec<u8> {
    let mut store = Store::open_in_memory().unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    store
        .insert(&Session::new_run(
            day,
            Run::new(RunKind::Long, 21_100.0, 7_000.0),
        ))
        .unwrap();
    let sets = vec![SetEntry::new("back squat", 5, Some(80.0)); 3];
    let lift = Session::new_strength(
        day,
        Strength {
            minutes: Some(40.0),
            sets,
        },
    );
    store.insert(&lift).unwrap();
    let mut out = Vec::new();
    legday::export::export_json(&store, &mut out).unwrap();
    out
}

fn fixtures() -> &'static [(PathBuf, Vec<u8>)] {
    static F: OnceLock<Vec<(PathBuf, Vec<u8>)>> = OnceLock::new();
    F.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        FIXTURES
            .iter()
            .map(|name| match dir.join(name) {
                p if p.exists() => (p.clone(), std::fs::read(&p).unwrap()),
                _ => (PathBuf::from("export.json"), export()),
            })
            .collect()
    })
}

/// Reads the bytes; an error must name the path, a success must hold finite numbers.
fn check(path: &Path, bytes: &[u8]) -> Result<(), TestCaseError> {
    match read_file(path, bytes, catalog(), &Settings::default()) {
        Ok(r) => {
            for s in &r.sessions {
                prop_assert!(s.minutes().is_finite(), "{path:?}: {s:?}");
            }
        }
        Err(e) => {
            let msg = e.to_string();
            prop_assert!(msg.contains(&path.display().to_string()), "{msg}");
            prop_assert!(msg.lines().count() == 1, "{msg}");
        }
    }
    Ok(())
}

/// One edit of a file's bytes.
#[derive(Debug, Clone)]
enum Edit {
    Flip(usize, u8),
    Cut(usize),
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    Duplicate(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let at = any::<usize>();
    prop_oneof![
        4 => (at, any::<u8>()).prop_map(|(i, b)| Edit::Flip(i, b)),
        1 => at.prop_map(Edit::Cut),
        2 => (at, 1usize..64).prop_map(|(i, n)| Edit::Delete(i, n)),
        2 => (at, proptest::collection::vec(any::<u8>(), 1..16)).prop_map(|(i, v)| Edit::Insert(i, v)),
        1 => (at, 1usize..256).prop_map(|(i, n)| Edit::Duplicate(i, n)),
    ]
}

fn apply(bytes: &mut Vec<u8>, e: &Edit) {
    if bytes.is_empty() {
        return;
    }
    let len = bytes.len();
    match e {
        Edit::Flip(i, b) => bytes[i % len] ^= b | 1,
        Edit::Cut(i) => bytes.truncate(i % len),
        Edit::Delete(i, n) => {
            let s = i % len;
            bytes.drain(s..(s + n).min(len));
        }
        Edit::Insert(i, v) => {
            let s = i % len;
            bytes.splice(s..s, v.iter().copied());
        }
        Edit::Duplicate(i, n) => {
            let s = i % len;
            let chunk = bytes[s..(s + n).min(len)].to_vec();
            bytes.splice(s..s, chunk);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(ext in 0usize..EXTENSIONS.len(),
                                   bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        check(Path::new(&format!("prop.{}", EXTENSIONS[ext])), &bytes)?;
    }

    #[test]
    fn mutated_real_files_never_panic(which in 0usize..FIXTURES.len(),
                                      ext in 0usize..EXTENSIONS.len(),
                                      edits in proptest::collection::vec(edit(), 1..8)) {
        let (path, original) = &fixtures()[which];
        let mut bytes = original.clone();
        for e in &edits {
            apply(&mut bytes, e);
        }
        // Under its own name, then under another extension.
        check(path, &bytes)?;
        check(Path::new(&format!("renamed.{}", EXTENSIONS[ext])), &bytes)?;
    }
}
