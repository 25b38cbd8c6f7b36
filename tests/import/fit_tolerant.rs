//! Issue 17 (5): tolerant FIT reading — a file cut short (its header claiming more bytes than
//! it has, the last message cut) imports what is intact and says what was skipped; a session
//! message missing the last lap (Suunto) takes the distance and time from the records; field
//! sizes that disagree with their types (COROS) skip those fields, named, and nothing else.
//! Fixtures written by `tests/fixtures/make_fit.py`: a 3 km run, a record every 100 m / 30 s.

use super::*;

#[test]
fn a_fit_cut_short_imports_its_records_and_says_what_was_lost() {
    let r = read("truncated-run.fit");
    assert_eq!(r.sessions.len(), 1, "{:?}", r.skipped);
    assert_eq!(
        r.skipped,
        ["the file is damaged or cut short at byte 603 of 614: what follows was skipped"]
    );
    let s = &r.sessions[0];
    assert_eq!(s.date.to_string(), "2024-03-01");
    assert_eq!(s.time.unwrap().to_string(), "07:00:00");
    assert_eq!(s.source_key.as_deref(), Some("fit:2024-03-01T07:00:00Z"));
    let run = s.run().unwrap();
    // 30 of the 31 records are whole: 2.9 km in 14:30, heart rate 150 throughout
    assert!(close(run.distance_m, 2900.0, 0.5), "{}", run.distance_m);
    assert_eq!((run.duration_s, run.elapsed_s), (870.0, Some(870.0)));
    assert_eq!((run.avg_hr, run.max_hr), (Some(150.0), Some(150.0)));
    assert_eq!(run.kind, RunKind::Easy);
    // half of the FIT SDK's Activity.fit: the 10 s recorded before the cut
    let half = read("bad-half.fit");
    assert_eq!(half.sessions.len(), 1);
    assert!(half.skipped[0].starts_with("the file is damaged or cut short at byte 377 of 385"));
}

#[test]
fn a_session_summary_missing_its_last_lap_gives_way_to_the_records() {
    let r = read("suunto-short-session.fit");
    assert_eq!((r.sessions.len(), r.skipped.len()), (1, 0));
    let run = r.sessions[0].run().unwrap();
    // the session says 2 km in 600 s; the records go on to 3 km at 15:00
    assert!(close(run.distance_m, 3000.0, 0.5), "{}", run.distance_m);
    assert_eq!(run.duration_s, 900.0);
    assert_eq!((run.avg_hr, run.max_hr), (Some(150.0), Some(150.0)));
    assert_eq!(
        r.sessions[0].source_key.as_deref(),
        Some("fit:2024-03-01T07:00:00Z")
    );
}

/// Every stored field of the 3 km run of `make_fit.py` with its session message (3000 m, 900 s
/// on the timer, heart rate 151 average / 158 maximum), read from a FIT: 2024-03-01 07:00 UTC,
/// 1 km per 5:00 on a flat meridian, heart rate 150 at every record.
pub(super) fn assert_the_3km_fit_run(s: &Session, kind: RunKind) {
    assert_eq!(s.date.to_string(), "2024-03-01");
    assert_eq!(s.time.unwrap().to_string(), "07:00:00");
    assert_eq!(s.source.as_deref(), Some("fit"));
    assert_eq!(s.source_key.as_deref(), Some("fit:2024-03-01T07:00:00Z"));
    let run = s.run().unwrap();
    assert_eq!(run.kind, kind);
    assert!(close(run.distance_m, 3000.0, 1e-6), "{}", run.distance_m);
    assert_eq!((run.duration_s, run.elapsed_s), (900.0, Some(900.0)));
    // the session's heart rates, not the records'
    assert_eq!((run.avg_hr, run.max_hr), (Some(151.0), Some(158.0)));
    // no altitude in the records, nothing typed by hand
    assert_eq!((run.elevation_m, run.gap_s_per_km), (None, None));
    assert_eq!(run.vest_kg, None);
    let t = run.track.as_ref().expect("the records' track");
    // 5:00 per km throughout: the fastest 1 km is any, the mile 1609.344 m x 0.3 s/m
    let best: Vec<(f64, f64, f64)> = t
        .best_efforts
        .iter()
        .map(|b| (b.distance_m, b.seconds, b.start_m))
        .collect();
    assert_eq!(best.len(), 2, "{best:?}");
    assert_eq!(best[0], (1000.0, 300.0, 0.0));
    assert!(close(best[1].0, 1609.344, 1e-9) && close(best[1].1, 482.8032, 1e-6));
    let split =
        |sp: &legday::domain::track::Split| (sp.distance_m, sp.seconds, sp.avg_hr, sp.gain_m);
    let km: Vec<_> = t.splits_km.iter().map(split).collect();
    assert_eq!(km, [(1000.0, 300.0, Some(150.0), None); 3]);
    let mi: Vec<_> = t.splits_mi.iter().map(split).collect();
    assert_eq!(mi.len(), 2, "{mi:?}");
    assert!(close(mi[0].0, 1609.344, 1e-6) && close(mi[0].1, 482.8032, 1e-6));
    assert!(close(mi[1].0, 1390.656, 1e-6) && close(mi[1].1, 417.1968, 1e-6));
    assert!(t.splits_mi.iter().all(|sp| sp.loss_m.is_none()));
    assert_eq!(t.hr_seconds, [(150, 900.0)]);
    assert!(t.elevation.is_empty());
}

#[test]
fn coros_field_sizes_that_disagree_with_their_types_skip_those_fields_only() {
    // each record carries a 2-byte developer field its description calls a uint32 (read as 4
    // bytes, every byte after the first record was misread: nothing imported); the timer
    // event's data, a uint32, is written in 1 byte
    let r = read("coros-run.fit");
    assert_eq!(r.format, Format::Fit);
    assert_eq!(
        r.skipped,
        [
            "fields whose size disagrees with their type were skipped: event field 3 (1 byte, a \
             uint32), record developer field «Effort Pace» (2 bytes, a uint32)"
        ]
    );
    assert_eq!(r.sessions.len(), 1);
    let s = &r.sessions[0];
    assert_the_3km_fit_run(s, RunKind::Easy);
    assert_eq!((s.rpe, s.note.as_deref()), (None, None));
    assert_eq!(s.run().unwrap().shoes, None);
}

#[test]
fn coros_run_imported_into_a_database_keeps_every_field_and_says_what_was_skipped() {
    use legday::import::import_paths_in;
    use legday::store::{Filter, Store};
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(&mut store, &[fixture("coros-run.fit")], false, Zone::UTC);
    assert_eq!(sum.failed(), 0, "{sum}");
    let mut all = store.list(&Filter::default()).unwrap();
    assert_eq!(all.len(), 1, "{sum}");
    store.load_tracks(&mut all).unwrap();
    assert_the_3km_fit_run(&all[0], RunKind::Easy);
    assert_eq!(all[0].source_file.as_deref(), Some("coros-run.fit"));
    let text = sum.to_string();
    assert!(
        text.contains("record developer field «Effort Pace» (2 bytes, a uint32)"),
        "{text}"
    );
}

#[test]
fn a_fit_whose_checksum_does_not_match_says_it_is_damaged() {
    // the checksum is checked on the file as written (the reader patches definitions before
    // the decoder sees them): one changed byte in the last record's heart rate is found
    let p = fixture("coros-run.fit");
    let mut bytes = std::fs::read(&p).unwrap();
    let n = bytes.len();
    // the file ends with the session's definition (6 + 9 x 3 bytes) and data (1 + 5 x 4 + 4),
    // its checksum (2) after; the last record ends with its heart rate and 2 developer bytes
    let session = 6 + 9 * 3 + 1 + 5 * 4 + 4;
    let hr = n - 2 - session - 2 - 1;
    assert_eq!(bytes[hr], 150);
    bytes[hr] = 151;
    let r = read_file_in(
        &p,
        &bytes,
        &Catalog::builtin(),
        &Settings::default(),
        Zone::UTC,
    )
    .unwrap();
    // the records and the session, read before the checksum, are kept
    assert_eq!(r.sessions.len(), 1);
    let damaged =
        format!("the file is damaged or cut short at byte 820 of {n}: what follows was skipped");
    assert_eq!(r.skipped[0], damaged);
    assert_eq!(r.skipped.len(), 2, "{:?}", r.skipped);
}

proptest::proptest! {
    /// The patched decoding on any byte of a file with developer fields changed, or the file cut
    /// anywhere: a result or an error, never a panic.
    #[test]
    fn a_coros_fit_with_any_byte_changed_or_cut_anywhere_never_panics(
        at in 0usize..822,
        byte in proptest::prelude::any::<u8>(),
        keep in 0usize..822,
    ) {
        let p = fixture("coros-run.fit");
        let mut bytes = std::fs::read(&p).unwrap();
        bytes[at] = byte;
        let cx = (Catalog::builtin(), Settings::default());
        let _ = read_file_in(&p, &bytes, &cx.0, &cx.1, Zone::UTC);
        let _ = read_file_in(&p, &bytes[..keep], &cx.0, &cx.1, Zone::UTC);
    }
}

/// The FIT CRC-16 (the FIT protocol's nibble table), to rewrite a changed file's checksum.
fn fit_crc(data: &[u8]) -> u16 {
    const T: [u16; 16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800,
        0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];
    data.iter().fold(0u16, |mut crc, &b| {
        for nibble in [b & 0xf, b >> 4] {
            let tmp = T[usize::from(crc & 0xf)];
            crc = ((crc >> 4) & 0x0fff) ^ tmp ^ T[usize::from(nibble)];
        }
        crc
    })
}

#[test]
fn a_developer_field_without_its_description_is_skipped_and_named() {
    // coros-run.fit with its records' developer field renumbered 0 -> 5, which no
    // field_description describes (fitparser refuses such a field: nothing after the first
    // record was read). The definition of the records starts at byte 117: 14 of file header,
    // file_id 18 + 10, developer_data_id 9 + 2, field_description 18 + 20, event 18 + 8; its
    // developer field (number, size, developer data index) follows its 6 + 5 x 3 bytes and
    // the developer field count.
    let p = fixture("coros-run.fit");
    let mut bytes = std::fs::read(&p).unwrap();
    let at = 117 + 6 + 5 * 3 + 1;
    assert_eq!(bytes[117], 0x40 | 0x20 | 1);
    assert_eq!(&bytes[at..at + 3], [0, 2, 0]);
    bytes[at] = 5;
    let n = bytes.len();
    let crc = fit_crc(&bytes[..n - 2]);
    bytes[n - 2..].copy_from_slice(&crc.to_le_bytes());
    let r = read_file_in(
        &p,
        &bytes,
        &Catalog::builtin(),
        &Settings::default(),
        Zone::UTC,
    )
    .unwrap();
    assert_eq!(
        r.skipped,
        [
            "fields whose size disagrees with their type were skipped: event field 3 (1 byte, a \
             uint32), record developer field 5 of developer data 0 (2 bytes, not described)"
        ]
    );
    assert_eq!(r.sessions.len(), 1);
    assert_the_3km_fit_run(&r.sessions[0], RunKind::Easy);
}
