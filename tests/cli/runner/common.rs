//! Hand-made GPX tracks along a meridian, where the great-circle distance between two points is
//! exactly the difference of latitude times the Earth's radius.

use std::path::{Path, PathBuf};

/// legday's mean Earth radius (the one its haversine uses), metres.
const R: f64 = 6_371_008.8;

/// The fixture folder.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A GPX file of one running track with one segment per slice of `(metres, seconds, hr)`
/// points, starting at `start` (RFC 3339, UTC).
pub fn gpx(segments: &[&[(f64, f64, u16)]], start: &str) -> String {
    let t0: chrono::DateTime<chrono::Utc> = start.parse().unwrap();
    let mut s = String::from(
        "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"test\" \
         xmlns=\"http://www.topografix.com/GPX/1/1\" \
         xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\
         <trk><type>running</type>",
    );
    for seg in segments {
        s.push_str("<trkseg>");
        for &(m, t, hr) in *seg {
            let lat = 45.0 + (m / R).to_degrees();
            let time = t0 + chrono::Duration::milliseconds((t * 1000.0) as i64);
            s.push_str(&format!(
                "<trkpt lat=\"{lat:.12}\" lon=\"7.0\"><ele>100</ele><time>{}</time>\
                 <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{hr}</gpxtpx:hr>\
                 </gpxtpx:TrackPointExtension></extensions></trkpt>",
                time.format("%Y-%m-%dT%H:%M:%S%.3fZ")
            ));
        }
        s.push_str("</trkseg>");
    }
    s.push_str("</trk></gpx>\n");
    s
}

/// 12 km with points every km: km 1-4 at 5:00/km, 5-9 at 4:00/km, 10-12 at 5:00/km.
pub fn fast_middle_12k() -> String {
    let mut pts = vec![(0.0, 0.0, 150)];
    let mut t = 0.0;
    for k in 1..=12 {
        t += if (5..=9).contains(&k) { 240.0 } else { 300.0 };
        pts.push((1000.0 * k as f64, t, 150));
    }
    gpx(&[&pts], "2026-11-18T07:00:00Z")
}

/// The stdout of legday `args` on `db` (in UTC, at the test's day), which must succeed.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let out = crate::common::legday(db)
        .env("TZ", "UTC")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// [`ok`] as JSON.
pub fn json(db: &Path, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(db, args)).unwrap()
}

/// The exported sessions of `db`, oldest first.
pub fn sessions(db: &Path) -> Vec<serde_json::Value> {
    let mut v = json(db, &["export", "--format", "json"])["sessions"]
        .as_array()
        .unwrap()
        .clone();
    v.reverse();
    v
}

/// `v` is within 1e-6 of `want`.
#[track_caller]
pub fn close(v: &serde_json::Value, want: f64) {
    crate::common::close(v, want);
}
