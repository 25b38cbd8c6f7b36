//! Import throughput: GPX files per second and Strong CSV sets per second (readers only, no
//! database). Run: `cargo bench --bench import`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use legday::domain::{Catalog, Settings};
use legday::import::{Zone, read_file_in};
use std::hint::black_box;
use std::path::Path;

fn gpx(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/garmin-activity.gpx");
    let bytes = std::fs::read(&path).expect("fixture");
    let (catalog, settings) = (Catalog::builtin(), Settings::default());
    let mut g = c.benchmark_group("import");
    g.throughput(Throughput::Elements(1));
    g.bench_function("gpx_file_988_points", |b| {
        b.iter(|| {
            read_file_in(&path, black_box(&bytes), &catalog, &settings, Zone::UTC).expect("reads")
        })
    });
    g.finish();
}

/// A Strong export of `workouts` workouts of 20 sets each.
fn strong_csv(workouts: usize) -> String {
    let mut s = String::from(
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n",
    );
    let names = [
        "Squat (Barbell)",
        "Romanian Deadlift (Barbell)",
        "Hack Squat (Machine)",
        "Calf Raise (Machine)",
    ];
    for w in 0..workouts {
        let day =
            chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Days::new(w as u64);
        for (i, n) in names.iter().enumerate() {
            for set in 1..=5 {
                s.push_str(&format!(
                    "{day} 07:00:00,\"Lower\",1h 5m,\"{n}\",{set},{},8,0,0,\"\",\"\",8\n",
                    60 + 5 * i
                ));
            }
        }
    }
    s
}

fn csv(c: &mut Criterion) {
    let text = strong_csv(500);
    let path = Path::new("bench.csv");
    let (catalog, settings) = (Catalog::builtin(), Settings::default());
    let mut g = c.benchmark_group("import");
    g.throughput(Throughput::Elements(500 * 20));
    g.bench_function("strong_csv_10000_sets", |b| {
        b.iter(|| {
            read_file_in(
                path,
                black_box(text.as_bytes()),
                &catalog,
                &settings,
                Zone::UTC,
            )
            .expect("reads")
        })
    });
    g.finish();
}

criterion_group!(benches, gpx, csv);
criterion_main!(benches);
