//! Every parser of `legday::parse` on arbitrary text: no panic, and whatever parses is in range.
#![no_main]

use legday::domain::{Catalog, Units};
use legday::parse;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(Catalog::builtin)
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    if let Ok(d) = parse::date("date", s, today) {
        assert!(d <= today);
    }
    let _ = parse::time("time", s);
    if let Ok(secs) = parse::duration("duration", s) {
        assert!(secs > 0.0 && secs <= 48.0 * 3600.0);
        assert_eq!(parse::duration("duration", &parse::format_duration(secs)).is_ok(), true);
    }
    let _ = parse::minutes("minutes", s);
    for u in [Units::Metric, Units::Imperial] {
        if let Ok(m) = parse::distance("distance", s, u) {
            assert!(m > 0.0 && m.is_finite());
        }
        let _ = parse::elevation("elevation", s, u);
        let _ = parse::weight("weight", s, u);
        if let Ok(sets) = parse::set_spec(s, catalog(), u) {
            assert!(!sets.is_empty());
        }
    }
    if let Ok(r) = parse::rpe("rpe", s) {
        assert!((1.0..=10.0).contains(&r));
    }
    let _ = parse::heart_rate("hr", s);
    let _ = parse::kind("kind", s);
});
