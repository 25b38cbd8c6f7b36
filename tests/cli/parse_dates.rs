//! Dates and run kinds as people type them: weekday names, `-N`, `YYYY-MM-DD`, kind prefixes.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use legday::domain::RunKind;
use legday::parse;
use proptest::prelude::*;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn every_form_of_a_date() {
    // Tuesday 1 December 2026
    let today = ymd(2026, 12, 1);
    let d = |s: &str| parse::date("date", s, today);
    for (text, want) in [
        ("today", today),
        ("yesterday", ymd(2026, 11, 30)),
        ("-2", ymd(2026, 11, 29)),
        ("-0", today),
        ("2026-11-28", ymd(2026, 11, 28)),
        ("sat", ymd(2026, 11, 28)),
        ("SAT", ymd(2026, 11, 28)),
        ("saturday", ymd(2026, 11, 28)),
        ("last sat", ymd(2026, 11, 28)),
        ("  last   Saturday ", ymd(2026, 11, 28)),
        ("tue", today),
        ("tues", today),
        ("last tue", ymd(2026, 11, 24)),
        ("mon", ymd(2026, 11, 30)),
        ("wed", ymd(2026, 11, 25)),
        ("thurs", ymd(2026, 11, 26)),
        ("sun", ymd(2026, 11, 29)),
    ] {
        assert_eq!(d(text).unwrap(), want, "{text}");
    }
    for bad in [
        "s",
        "sa",
        "last",
        "last -2",
        "next sat",
        "+2",
        "-",
        "-2d",
        "- 2",
        "-1.5",
        "saturdays",
        "2026-12-02",
    ] {
        let e = d(bad).unwrap_err().to_string();
        assert!(e.starts_with("date: "), "{bad}: {e}");
    }
    let e = d("-99999999").unwrap_err().to_string();
    assert!(e.contains("date"), "{e}");
    let e = d("-60000").unwrap_err().to_string();
    assert!(e.contains("before 1900"), "{e}");
    let e = d("sat x").unwrap_err().to_string();
    assert!(e.contains("-2 (days ago), sat or last sat"), "{e}");
}

#[test]
fn kinds_accept_a_unique_prefix() {
    for (text, want) in [
        ("hil", RunKind::Hills),
        ("h", RunKind::Hills),
        ("int", RunKind::Intervals),
        ("Rec", RunKind::Recovery),
        ("ra", RunKind::Race),
        ("trea", RunKind::Treadmill),
        ("trai", RunKind::Trail),
        ("e", RunKind::Easy),
    ] {
        assert_eq!(parse::kind("kind", text).unwrap(), want, "{text}");
    }
    let e = parse::kind("kind", "t").unwrap_err().to_string();
    assert!(e.contains("tempo or trail or treadmill"), "{e}");
    let e = parse::kind("kind", "tr").unwrap_err().to_string();
    assert!(e.contains("trail or treadmill"), "{e}");
    assert!(parse::kind("kind", "").is_err());
    assert!(parse::kind("kind", "jog").is_err());
}

fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "monday",
        Weekday::Tue => "tuesday",
        Weekday::Wed => "wednesday",
        Weekday::Thu => "thursday",
        Weekday::Fri => "friday",
        Weekday::Sat => "saturday",
        Weekday::Sun => "sunday",
    }
}

proptest! {
    /// `-N` is N days before today, for any today and any N that stays after 1900.
    #[test]
    fn days_ago_counts_back(day in 0i64..50_000, n in 0i64..20_000) {
        let today = ymd(1960, 1, 1) + Duration::days(day);
        let got = parse::date("date", &format!("-{n}"), today);
        let want = today - Duration::days(n);
        if want.year() >= 1900 {
            prop_assert_eq!(got.unwrap(), want);
        } else {
            prop_assert!(got.is_err());
        }
    }

    /// A weekday name is that weekday, within the last seven days including today; with `last`
    /// within the seven days before today. Three letters mean the same as the whole name.
    #[test]
    fn weekdays_are_the_latest_such_day(day in 0i64..50_000, w in 0u32..7, len in 3usize..=9) {
        let today = ymd(1960, 1, 1) + Duration::days(day);
        let wd = Weekday::try_from(w as u8).unwrap();
        let full = weekday_name(wd);
        let word = &full[..len.min(full.len())];
        let this = parse::date("date", word, today).unwrap();
        prop_assert_eq!(this.weekday(), wd);
        prop_assert!(this <= today && today - this < Duration::days(7));
        let last = parse::date("date", &format!("last {word}"), today).unwrap();
        prop_assert_eq!(last.weekday(), wd);
        prop_assert!(last < today && today - last <= Duration::days(7));
    }

    /// Any ISO date up to today reads back as itself; any later one is refused.
    #[test]
    fn iso_dates_round_trip(day in 0i64..60_000, back in -400i64..400) {
        let today = ymd(1905, 1, 1) + Duration::days(day);
        let d = today - Duration::days(back);
        let got = parse::date("date", &d.format("%Y-%m-%d").to_string(), today);
        if d <= today {
            prop_assert_eq!(got.unwrap(), d);
        } else {
            prop_assert!(got.is_err());
        }
    }
}
