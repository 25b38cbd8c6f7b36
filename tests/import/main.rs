//! The importers, one test binary: the readers on real device and app files (`readers`), imports
//! into a database (`db`), whole Strava and Garmin exports (`exports`), heart rates
//! (`heart_rate`), properties over any input (`props`) and broken or hostile archives
//! (`robust`).
//!
//! Import readers on real and hand-written files. Expected values for the watch files come from
//! `tests/fixtures/expected.py` (Python's xml.etree + haversine, and a separate FIT decoder), not
//! from legday's code.

mod apple_health;
mod db;
mod exports;
mod fit_tolerant;
mod garmin_strength;
mod garmin_summary;
mod heart_rate;
mod local_time;
mod opentracks;
mod props;
mod readers;
mod robust;
mod runkeeper;
mod strava_fit;
mod strava_languages;
mod strength_apps;
mod tcx_laps;
mod utf16_xml;
mod walks;

use legday::domain::{Activity, Catalog, RunKind, Session, Settings, Units};
use legday::import::{Format, Zone, detect, read_file_in};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn read_with(name: &str, settings: &Settings) -> legday::Result<legday::import::FileResult> {
    let p = fixture(name);
    let bytes = std::fs::read(&p).unwrap();
    read_file_in(&p, &bytes, &Catalog::builtin(), settings, Zone::UTC)
}

fn read(name: &str) -> legday::import::FileResult {
    read_with(name, &Settings::default()).unwrap()
}

fn err(name: &str) -> String {
    read_with(name, &Settings::default())
        .map(|r| format!("unexpectedly read {:?}", r.format))
        .unwrap_err()
        .to_string()
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

fn sets(s: &Session) -> &[legday::domain::SetEntry] {
    match &s.activity {
        Activity::Strength(st) => &st.sets,
        Activity::Run(_) => panic!("not strength"),
    }
}
