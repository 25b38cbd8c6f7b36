//! The importer fuzz target's archive half as proptests: `.gz` and `.zip` bytes, arbitrary,
//! truncated or wrapping real files, through `legday::import::archive::read_any`: no panic, every
//! error names its path (inside the archive too), and a file read through an archive gives the
//! same sessions as read plainly.

use super::*;
use legday::import::archive::read_any;
use proptest::prelude::*;
use std::io::Write;

const REAL: [&str; 5] = [
    "tempo-run.tcx",
    "Activity.fit",
    "strong.csv",
    "wahoo_example.gpx",
    "bad-half.fit",
];

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn zip_of(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for (name, bytes) in entries {
        w.start_file(name.as_str(), opts).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn read(path: &str, bytes: &[u8]) -> Vec<(PathBuf, Result<legday::import::FileResult, String>)> {
    read_any(
        Path::new(path),
        bytes,
        &Catalog::builtin(),
        &Settings::default(),
        Zone::UTC,
    )
}

fn sessions_of(name: &str) -> Result<Vec<Session>, String> {
    read_with(name, &Settings::default())
        .map(|r| r.sessions)
        .map_err(|e| e.to_string())
}

/// Sessions without their random uuids.
fn comparable(v: Vec<Session>) -> Vec<Session> {
    v.into_iter()
        .map(|mut s| {
            s.uuid.clear();
            s
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_archive_bytes_never_panic_and_errors_name_the_path(
        bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        zip in any::<bool>(),
    ) {
        let name = if zip { "junk.zip" } else { "junk.gpx.gz" };
        for (path, r) in read(name, &bytes) {
            // `junk.gpx.gz` is read as `junk.gpx`; `junk.zip`'s members as `junk.zip/...`
            prop_assert!(path.to_string_lossy().starts_with(&name[..name.len() - 3]), "{path:?}");
            if let Err(e) = r {
                prop_assert!(e.starts_with(&path.display().to_string()), "{e}");
            }
        }
    }

    #[test]
    fn a_real_file_gzipped_reads_as_the_plain_file(k in 0..REAL.len()) {
        let name = REAL[k];
        let gzipped = gz(&std::fs::read(fixture(name)).unwrap());
        let got = read(&format!("{name}.gz"), &gzipped);
        prop_assert_eq!(got.len(), 1);
        let (path, r) = got.into_iter().next().unwrap();
        prop_assert_eq!(path, PathBuf::from(name));
        match (r, sessions_of(name)) {
            (Ok(a), Ok(b)) => prop_assert_eq!(comparable(a.sessions), comparable(b)),
            (Err(a), Err(b)) => {
                let why = |e: &str| e.split_once(": ").map(|x| x.1.to_string());
                prop_assert_eq!(why(&a), why(&b));
            }
            (a, b) => prop_assert!(false, "{a:?} vs {b:?}"),
        }
    }

    #[test]
    fn zipped_real_files_are_each_read_under_their_path(
        picks in proptest::collection::vec(0..REAL.len(), 1..5),
        cut in 0usize..100,
        nest in any::<bool>(),
    ) {
        let entries: Vec<(String, Vec<u8>)> = picks
            .iter()
            .enumerate()
            .map(|(i, &k)| (format!("d{i}/{}", REAL[k]), std::fs::read(fixture(REAL[k])).unwrap()))
            .collect();
        let mut archive = zip_of(&entries);
        if nest {
            archive = zip_of(&[("inner.zip".to_string(), archive)]);
        }
        let whole = read("export.zip", &archive);
        let prefix = if nest { "export.zip/inner.zip" } else { "export.zip" };
        prop_assert_eq!(whole.len(), entries.len());
        for ((path, r), (name, _)) in whole.iter().zip(&entries) {
            prop_assert_eq!(path, &Path::new(prefix).join(name));
            let plain = sessions_of(Path::new(name).file_name().unwrap().to_str().unwrap());
            prop_assert_eq!(r.is_ok(), plain.is_ok(), "{:?}", r);
        }
        // cut anywhere: no panic, and errors still name a path in the archive
        let short = &archive[..archive.len() * cut / 100];
        for (path, r) in read("export.zip", short) {
            if let Err(e) = r {
                prop_assert!(e.starts_with(&path.display().to_string()), "{e}");
            }
        }
    }
}
