//! Criterion benches of the terminal UI on a ten-year generated database:
//! one frame of each tab on a 120×40 `TestBackend`, and start-up to the first frame
//! (open the store, load the data and build the report, draw) on the Dashboard and on the
//! Progress tab.
//!
//! cargo bench --bench render

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use legday::store::Store;
use legday::tui::action::Action;
use legday::tui::tab::Tab;
use legday::tui::theme::Theme;
use legday::tui::{Driver, ui};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn ten_years() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.sqlite3");
    let mut store = Store::open(&path).unwrap();
    store
        .import(&legday::demo::generate(42, day(), 3650))
        .unwrap();
    (dir, path)
}

fn bench(c: &mut Criterion) {
    let (_dir, path) = ten_years();
    let mut driver = Driver::new(Store::open(&path).unwrap(), day(), Theme::colored()).unwrap();
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    for tab in Tab::ALL {
        driver.dispatch(Action::GoTab(tab));
        if tab == Tab::Run {
            for ch in "10km".chars() {
                driver.dispatch(Action::Input(ch));
            }
            driver.dispatch(Action::NextField);
            for ch in "55:00".chars() {
                driver.dispatch(Action::Input(ch));
            }
        }
        let name = format!("frame_120x40/{}", tab.title().to_lowercase());
        c.bench_function(&name, |b| {
            b.iter(|| {
                // a fresh buffer each time, so every cell is drawn and diffed
                term.clear().unwrap();
                term.draw(|f| ui::render(black_box(&driver.app), f.area(), f.buffer_mut()))
                    .unwrap();
            })
        });
    }
    for (name, tab) in [
        ("first_frame_10y", Tab::Dashboard),
        ("first_frame_10y/progress", Tab::Progress),
    ] {
        c.bench_function(name, |b| {
            b.iter(|| {
                let store = Store::open(&path).unwrap();
                let mut d = Driver::new(store, day(), Theme::colored()).unwrap();
                d.dispatch(Action::GoTab(tab));
                let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
                t.draw(|f| ui::render(&d.app, f.area(), f.buffer_mut()))
                    .unwrap();
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
