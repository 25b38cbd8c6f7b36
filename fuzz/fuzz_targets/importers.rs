//! Every importer via `legday::import::archive::read_any` on arbitrary bytes under each
//! extension, `.gz` and `.zip` included.
//!
//! The first byte picks the file name's extension, the second an optional format prefix that
//! steers the content detector towards one reader (so the fuzzer does not have to discover
//! `<gpx` or a Hevy header by itself) and whether the result is then wrapped in a valid gzip
//! stream or zip archive (so the readers behind the archive are reached too); the rest is the
//! file. Whatever happens: no panic, and every error names its path (inside the archive too).
#![no_main]

use legday::domain::{Catalog, Settings};
use legday::import::Zone;
use legday::import::archive::read_any;
use std::io::Write;
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

const EXTENSIONS: [&str; 8] = ["gpx", "tcx", "fit", "csv", "json", "txt", "gz", "zip"];
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

/// The file as is, gzipped, or as the one member of a zip.
fn wrap(mode: u8, name: &str, bytes: Vec<u8>) -> (String, Vec<u8>) {
    match mode % 3 {
        1 => {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(&bytes).expect("in memory");
            (format!("{name}.gz"), e.finish().expect("in memory"))
        }
        2 => {
            let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            w.start_file(name, zip::write::SimpleFileOptions::default())
                .expect("in memory");
            w.write_all(&bytes).expect("in memory");
            let z = w.finish().expect("in memory").into_inner();
            ("fuzz.zip".to_string(), z)
        }
        _ => (name.to_string(), bytes),
    }
}

fuzz_target!(|data: &[u8]| {
    let [e, p, rest @ ..] = data else { return };
    let ext = EXTENSIONS[*e as usize % EXTENSIONS.len()];
    let prefix = PREFIXES[*p as usize % PREFIXES.len()];
    let mut bytes = Vec::with_capacity(prefix.len() + rest.len());
    bytes.extend_from_slice(prefix);
    bytes.extend_from_slice(rest);
    let (name, bytes) = wrap(*p / PREFIXES.len() as u8, &format!("fuzz.{ext}"), bytes);
    let path = Path::new(&name);
    for (inner, r) in read_any(path, &bytes, catalog(), &Settings::default(), Zone::UTC) {
        // `x.gpx.gz` is read as `x.gpx`; `x.zip`'s members as `x.zip/...`
        let stem = path.with_extension("");
        assert!(
            inner.to_string_lossy().starts_with(&*stem.to_string_lossy()),
            "{inner:?} outside {path:?}"
        );
        match r {
            Ok(r) => {
                for s in &r.sessions {
                    assert!(s.minutes().is_finite());
                }
            }
            Err(e) => {
                let shown = inner.display().to_string();
                assert!(e.starts_with(&shown), "error without the path: {e}");
            }
        }
    }
});
