//! A test tool, not part of the product: writes sessions through the store in a loop and prints
//! each session's uuid after its transaction committed, so crash and concurrency tests can check
//! that every write reported as done is in the file.
//!
//! legday-stress --db PATH --count N [--writer K]

use chrono::NaiveDate;
use legday::domain::{Run, RunKind, Session};
use legday::store::Store;
use std::io::Write;

fn main() {
    let mut db = None;
    let mut count = 1_000_000u64;
    let mut writer = 0u64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let v = args.next().unwrap_or_default();
        match a.as_str() {
            "--db" => db = Some(v),
            "--count" => count = v.parse().expect("--count N"),
            "--writer" => writer = v.parse().expect("--writer K"),
            _ => panic!("unknown argument {a}"),
        }
    }
    let db = db.expect("--db PATH");
    let mut store = match Store::open(std::path::Path::new(&db)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("legday-stress: {e}");
            std::process::exit(1);
        }
    };
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).expect("valid date");
    let stdout = std::io::stdout();
    for i in 0..count {
        let date = start + chrono::Duration::days(((i + writer * 7) % 2000) as i64);
        let run = Run::new(RunKind::Easy, 5000.0 + i as f64, 1800.0);
        let mut s = Session::new_run(date, run);
        s.note = Some(format!("writer {writer} #{i}"));
        if let Err(e) = store.insert(&s) {
            eprintln!("legday-stress: writer {writer} #{i}: {e}");
            std::process::exit(1);
        }
        let mut out = stdout.lock();
        // Reported only after the commit returned.
        if writeln!(out, "{}", s.uuid)
            .and_then(|_| out.flush())
            .is_err()
        {
            return;
        }
    }
}
