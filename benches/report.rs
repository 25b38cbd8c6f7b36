//! Criterion benches of the week report: `Report::build` alone, and the whole path of
//! `legday week --json` minus process start (window queries + build + JSON).
//!
//! cargo bench --bench report

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use legday::demo;
use legday::domain::Report;
use legday::store::Store;
use std::hint::black_box;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn store_with(sessions: usize) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("bench.sqlite3")).unwrap();
    let list = demo::generate_count(42, day(), sessions);
    for chunk in list.chunks(20_000) {
        store.import(chunk).unwrap();
    }
    (dir, store)
}

fn bench(c: &mut Criterion) {
    for (name, n) in [("10y_3k", 3_000usize), ("100k", 100_000)] {
        let (_dir, store) = store_with(n);
        let settings = store.settings().unwrap();
        let catalog = store.catalog().unwrap();
        let history = store.history(day()).unwrap();
        c.bench_function(&format!("report_build/{name}"), |b| {
            b.iter(|| Report::build(black_box(&history), &settings, &catalog, day()))
        });
        c.bench_function(&format!("week_json_path/{name}"), |b| {
            b.iter(|| {
                let r = store.report(black_box(day())).unwrap();
                serde_json::to_string(&r).unwrap()
            })
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = bench
}
criterion_main!(benches);
