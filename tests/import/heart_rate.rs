//! Heart rates with decimals come in as the file has them: a TCX lap's average and Strava's
//! `Average Heart Rate` are stored unrounded, and read back the same from the store.

use super::exports::bytes;
use super::*;
use legday::import::import_paths_in;
use legday::store::{Filter, Store};

/// `tempo-run.tcx` with both laps' averages at 145.5 bpm and the first maximum at 161.5.
fn fractional_tcx() -> Vec<u8> {
    let text = String::from_utf8(bytes("tempo-run.tcx")).unwrap();
    let text = text
        .replace(
            "<AverageHeartRateBpm><Value>140</Value>",
            "<AverageHeartRateBpm><Value>145.5</Value>",
        )
        .replace(
            "<AverageHeartRateBpm><Value>150</Value>",
            "<AverageHeartRateBpm><Value>145.5</Value>",
        )
        .replace(
            "<MaximumHeartRateBpm><Value>162</Value>",
            "<MaximumHeartRateBpm><Value>161.5</Value>",
        );
    assert_eq!(text.matches("145.5").count(), 2);
    text.into_bytes()
}

#[test]
fn a_tcx_average_with_decimals_is_kept() {
    let p = Path::new("tempo.tcx");
    let r = read_file_in(
        p,
        &fractional_tcx(),
        &Catalog::builtin(),
        &Settings::default(),
        Zone::UTC,
    )
    .unwrap();
    let run = r.sessions[0].run().unwrap();
    // (145.5 × 300 + 145.5 × 330) / 630 = 145.5; the max is the laps' highest: 161.5 over 150
    assert_eq!((run.avg_hr, run.max_hr), (Some(145.5), Some(161.5)));
}

#[test]
fn strava_and_tcx_averages_with_decimals_reach_the_store_unrounded() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("tempo.tcx"), fractional_tcx()).unwrap();
    let csv = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,\
               Max Heart Rate,Average Heart Rate\n\
               2001,\"Jan 2, 2024, 7:15:00 PM\",Evening,Run,1800,5.0,171.5,152.25\n";
    std::fs::write(dir.path().join("activities.csv"), csv).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let sum = import_paths_in(&mut store, &[dir.path().to_path_buf()], false, Zone::UTC);
    assert_eq!((sum.totals.added, sum.failed()), (2, 0), "{sum}");
    let hr: Vec<(String, Option<f64>, Option<f64>)> = store
        .list(&Filter::default())
        .unwrap()
        .iter()
        .map(|s| {
            let r = s.run().unwrap();
            (s.date.to_string(), r.avg_hr, r.max_hr)
        })
        .collect();
    assert_eq!(
        hr,
        [
            ("2024-11-20".to_string(), Some(145.5), Some(161.5)),
            ("2024-01-02".to_string(), Some(152.25), Some(171.5)),
        ]
    );
}
