//! Robust parsing: a truncated `.gz` fails alone, an impossible run and a zip bomb are refused
//! with reasons, GPX 1.0 with a BOM and extensions imports, Strong's distance columns give runs,
//! and the FIT decoder's own messages never reach stderr.

use super::exports::{bytes, gz, zip};
use super::*;
use legday::import::{Outcome, import_paths_in};
use legday::store::Store;

#[test]
fn a_truncated_gz_in_a_folder_fails_alone_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let good = gz(&bytes("tempo-run.tcx"));
    let bad = gz(&bytes("garmin-activity.gpx"));
    std::fs::write(dir.path().join("a.tcx.gz"), good).unwrap();
    std::fs::write(dir.path().join("b.gpx.gz"), &bad[..bad.len() / 2]).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(&mut store, &[dir.path().to_path_buf()], false, Zone::UTC);
    assert_eq!((sum.totals.added, sum.failed()), (1, 1), "{sum}");
    let failed = sum.failures().next().unwrap();
    assert_eq!(failed.path, dir.path().join("b.gpx.gz"));
    assert!(
        sum.to_string().contains("b.gpx.gz: gzip: truncated"),
        "{sum}"
    );
}

#[test]
fn a_run_faster_than_the_world_record_is_refused() {
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(
        &mut store,
        &[fixture("with_accuracy.gpx")],
        false,
        Zone::UTC,
    );
    match &sum.files[0].outcome {
        Outcome::Failed(why) => assert!(
            why.contains("refused") && why.contains("world record"),
            "{why}"
        ),
        o => panic!("{o:?}"),
    }
    assert_eq!(store.count().unwrap(), 0);
}

#[test]
fn a_zip_bomb_is_refused_with_its_path_inside_the_archive() {
    let zeros = vec![0u8; (legday::import::MAX_FILE_BYTES + 1) as usize];
    let bomb = zip(&[("big.gpx", zeros), ("ok.tcx", bytes("tempo-run.tcx"))]);
    assert!(bomb.len() < 1024 * 1024);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bomb.zip");
    std::fs::write(&p, bomb).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(&mut store, std::slice::from_ref(&p), false, Zone::UTC);
    assert_eq!(sum.totals.added, 1, "{sum}");
    let text = sum.to_string();
    assert!(
        text.contains(
            "bomb.zip/big.gpx: refused: decompresses to more than 64 MiB (a possible zip bomb)"
        ),
        "{text}"
    );
}

#[test]
fn gpx_1_0_with_a_bom_course_speed_and_extensions_imports() {
    let doc = "\u{feff}\n  <?xml version=\"1.0\"?>\n<gpx version=\"1.0\" creator=\"x\" xmlns=\"http://www.topografix.com/GPX/1/0\">\
<trk><type>running</type><trkseg>\
<trkpt lat=\"47.0\" lon=\"8.0\"><ele>400</ele><time>2024-05-01T06:00:00Z</time><course>12.5</course><speed>3.1</speed><magvar>1.0</magvar></trkpt>\
<trkpt lat=\"47.01\" lon=\"8.0\"><ele>401</ele><time>2024-05-01T06:06:00Z</time><extensions><vendor:x xmlns:vendor=\"v\"><vendor:hr>150</vendor:hr></vendor:x></extensions></trkpt>\
</trkseg></trk></gpx>";
    let p = Path::new("v10.gpx");
    let r = read_file_in(
        p,
        doc.as_bytes(),
        &Catalog::builtin(),
        &Settings::default(),
        Zone::UTC,
    )
    .unwrap();
    let run = r.sessions[0].run().unwrap();
    // 0.01° of latitude = 1111.95 m in 360 s
    assert!(close(run.distance_m, 1111.95, 0.01), "{}", run.distance_m);
    assert_eq!((run.duration_s, run.avg_hr), (360.0, Some(150.0)));
}

#[test]
fn strong_export_with_distance_columns_imports_runs() {
    let csv = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight (kg),Reps,Distance (meters),Seconds,Notes,Workout Notes,RPE\n\
2024-03-01 07:00:00,Morning,30m,Running,1,,,5000,1500,,,\n\
2024-03-02 07:00:00,Miles,30m,Running (Treadmill),1,,,,,,,\n";
    let r = read_file_in(
        Path::new("strong.csv"),
        csv.as_bytes(),
        &Catalog::builtin(),
        &Settings::default(),
        Zone::UTC,
    )
    .unwrap();
    assert_eq!(r.sessions.len(), 1, "{:?}", r.skipped);
    let run = r.sessions[0].run().unwrap();
    assert_eq!((run.distance_m, run.duration_s), (5000.0, 1500.0));
    let miles = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight (lbs),Reps,Distance (miles),Seconds,Notes,Workout Notes,RPE\n\
2024-03-01 07:00:00,Morning,30m,Running,1,,,3.1,1500,,,\n";
    let r = read_file_in(
        Path::new("strong.csv"),
        miles.as_bytes(),
        &Catalog::builtin(),
        &Settings::default(),
        Zone::UTC,
    )
    .unwrap();
    assert!(close(
        r.sessions[0].run().unwrap().distance_m,
        3.1 * 1609.344,
        1e-9
    ));
}

#[test]
fn fit_decoder_messages_never_reach_stderr() {
    // Activity.fit with one field of its first definition message given a base type its size
    // is not a multiple of: the FIT decoder would print an `ERROR:` line of its own.
    let mut fit = bytes("Activity.fit");
    let def = usize::from(fit[0]);
    assert_eq!(
        fit[def] & 0xc0,
        0x40,
        "a definition message follows the header"
    );
    let fields = usize::from(fit[def + 5]);
    let odd = (0..fields)
        .map(|k| def + 6 + 3 * k)
        .find(|&at| fit[at + 1] % 4 != 0)
        .expect("a field whose size is not a multiple of 4");
    fit[odd + 2] = 0x86; // uint32
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("odd.fit");
    std::fs::write(&file, &fit).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_legday"))
        .arg("--db")
        .arg(dir.path().join("db.sqlite3"))
        .arg("import")
        .arg(&file)
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(!stderr.contains("ERROR"), "raw decoder output: {stderr}");
    let all = format!("{stdout}{stderr}");
    assert!(
        all.contains("odd.fit") || all.contains("imported 1 session"),
        "{all}"
    );
    assert!(!all.contains("FILE"), "{all}");
}
