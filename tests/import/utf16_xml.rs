//! Issue 17 (5): a GPX or TCX saved as UTF-16 with its byte-order mark (some Windows tools and
//! converters write XML so) imports like the same file in UTF-8: every stored field the same.
//! Fixtures: `new-york-evening-utf16.gpx` (UTF-16 LE) and `new-york-evening-utf16be.tcx`
//! (UTF-16 BE), `new-york-evening.gpx` and `.tcx` re-encoded, their declaration saying UTF-16.

use super::*;

#[test]
fn utf16_gpx_and_tcx_import_like_utf8() {
    for (utf16, utf8, format, source) in [
        (
            "new-york-evening-utf16.gpx",
            "new-york-evening.gpx",
            Format::Gpx,
            "gpx",
        ),
        (
            "new-york-evening-utf16be.tcx",
            "new-york-evening.tcx",
            Format::Tcx,
            "tcx",
        ),
    ] {
        let (a, b) = (read(utf16), read(utf8));
        assert_eq!(a.format, format, "{utf16}");
        assert_eq!(
            (a.sessions.len(), a.skipped.len()),
            (1, 0),
            "{utf16}: {:?}",
            a.skipped
        );
        let (mut s, t) = (a.sessions[0].clone(), &b.sessions[0]);
        s.uuid.clone_from(&t.uuid);
        assert_eq!(&s, t, "{utf16}");
        // the values themselves (as `local_time.rs` checks the UTF-8 files): 4 km in 20:00
        // from 20:39 in New York, heart rate 150 average, 160 at most
        assert_eq!(s.date.to_string(), "2024-03-27");
        assert_eq!(s.time.unwrap().to_string(), "20:39:00");
        let key = format!("{source}:2024-03-28T00:39:00Z");
        assert_eq!(s.source_key.as_deref(), Some(key.as_str()));
        let run = s.run().unwrap();
        assert!(close(run.distance_m, 4000.0, 0.5), "{}", run.distance_m);
        assert_eq!((run.duration_s, run.kind), (1200.0, RunKind::Easy));
        assert_eq!((run.avg_hr, run.max_hr), (Some(150.0), Some(160.0)));
    }
}

/// Read from disk (the readers stream a file) into a database: the same run, its file named.
#[test]
fn utf16_files_imported_from_disk() {
    use legday::import::import_paths_in;
    use legday::store::{Filter, Store};
    for name in ["new-york-evening-utf16.gpx", "new-york-evening-utf16be.tcx"] {
        let mut store = Store::open_in_memory().unwrap();
        let sum = import_paths_in(&mut store, &[fixture(name)], false, Zone::UTC);
        assert_eq!((sum.failed(), sum.totals.added), (0, 1), "{name}: {sum}");
        let s = &store.list(&Filter::default()).unwrap()[0];
        assert_eq!(s.source_file.as_deref(), Some(name));
        assert_eq!(s.date.to_string(), "2024-03-27");
        assert_eq!(s.time.unwrap().to_string(), "20:39:00");
        let run = s.run().unwrap();
        assert!(close(run.distance_m, 4000.0, 0.5), "{}", run.distance_m);
        assert_eq!((run.duration_s, run.elapsed_s), (1200.0, Some(1200.0)));
        assert_eq!((run.avg_hr, run.max_hr), (Some(150.0), Some(160.0)));
    }
}
