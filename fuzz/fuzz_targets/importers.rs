//! Every importer via `legday::import::read_file` on arbitrary bytes under each extension.
//!
//! The first byte picks the file name's extension, the second an optional format prefix that
//! steers the content detector towards one reader (so the fuzzer does not have to discover
//! `<gpx` or a Hevy header by itself); the rest is the file. Whatever happens: no panic, and an
//! error names the path.
#![no_main]

use legday::domain::{Catalog, Settings};
use legday::import::read_file;
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

const EXTENSIONS: [&str; 6] = ["gpx", "tcx", "fit", "csv", "json", "txt"];
const PREFIXES: [&[u8]; 8] = [
    b"",
    b"<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"fuzz\"><trk><trkseg>",
    b"<?xml version=\"1.0\"?><TrainingCenterDatabase><Activities><Activity Sport=\"Running\">",
    b"{\"legday_export\":1,",
    b"title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n",
    b"Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n",
    b"\x0e\x10\x43\x08\x00\x00\x00\x00.FIT",
    b"\xef\xbb\xbf",
];

fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(Catalog::builtin)
}

fuzz_target!(|data: &[u8]| {
    let [e, p, rest @ ..] = data else { return };
    let ext = EXTENSIONS[*e as usize % EXTENSIONS.len()];
    let prefix = PREFIXES[*p as usize % PREFIXES.len()];
    let mut bytes = Vec::with_capacity(prefix.len() + rest.len());
    bytes.extend_from_slice(prefix);
    bytes.extend_from_slice(rest);
    let name = format!("fuzz.{ext}");
    let path = Path::new(&name);
    match read_file(path, &bytes, catalog(), &Settings::default()) {
        Ok(r) => {
            for s in &r.sessions {
                assert!(s.minutes().is_finite());
            }
        }
        Err(e) => assert!(e.to_string().contains(&name), "error without the path: {e}"),
    }
});
