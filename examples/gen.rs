//! Fills a database with seeded, realistic hybrid training for benchmarks and demos.
//!
//! cargo run --release --example gen -- --db /tmp/10y.sqlite3 --years 10
//! cargo run --release --example gen -- --db /tmp/100k.sqlite3 --sessions 100000

use chrono::NaiveDate;
use legday::demo;
use legday::store::Store;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut db: Option<PathBuf> = None;
    let mut years: Option<u32> = None;
    let mut sessions: Option<usize> = None;
    let mut seed = 42u64;
    let mut end = NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--db" => db = Some(PathBuf::from(val()?)),
            "--years" => years = Some(val()?.parse()?),
            "--sessions" => sessions = Some(val()?.parse()?),
            "--seed" => seed = val()?.parse()?,
            "--end" => end = NaiveDate::parse_from_str(&val()?, "%Y-%m-%d")?,
            _ => return Err(format!("unknown argument {a}; use --db PATH --years N | --sessions N [--seed S] [--end YYYY-MM-DD]").into()),
        }
    }
    let db = db.ok_or("--db PATH is required")?;
    let list = match (years, sessions) {
        (_, Some(n)) => demo::generate_count(seed, end, n),
        (Some(y), None) => demo::generate(seed, end, y * 365),
        (None, None) => demo::generate(seed, end, 3650),
    };
    let mut store = Store::open(&db)?;
    let n = list.len();
    for chunk in list.chunks(20_000) {
        store.import(chunk)?;
    }
    println!("{}: {n} sessions ending {end}", db.display());
    Ok(())
}
