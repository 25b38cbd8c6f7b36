//! Dates as people type them: `2026-11-28`, `today`, `yesterday`, `-2` (two days ago), a weekday
//! (`sat`, `saturday`: the latest one up to today) or `last sat` (the latest one before today).

use super::bad;
use crate::error::{Error, Result};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

const ACCEPTED: &str = "YYYY-MM-DD, today, yesterday, -2 (days ago), sat or last sat";

/// The oldest date accepted; `-N` beyond it is refused like an old `YYYY-MM-DD`.
const MAX_DAYS_AGO: i64 = 200_000;

/// A date up to `today`: `YYYY-MM-DD`, `today`, `yesterday`, `-N` (N days ago), a weekday name or
/// its first three letters (the latest such day on or before `today`), `last` and a weekday (the
/// latest such day strictly before `today`). Refuses dates after `today` and before 1900.
pub fn date(field: &str, s: &str, today: NaiveDate) -> Result<NaiveDate> {
    let t = s.trim().to_lowercase();
    let words: Vec<&str> = t.split_whitespace().collect();
    let d = match words.as_slice() {
        ["today"] => Some(today),
        ["yesterday"] => today.pred_opt(),
        [w] if w.starts_with('-') => days_ago(&w[1..], today),
        [w] if weekday(w).is_some() => weekday(w).map(|wd| latest(wd, today, 0)),
        ["last", w] => weekday(w).map(|wd| latest(wd, today, 1)),
        [w] => iso(w),
        _ => None,
    }
    .ok_or_else(|| bad(field, s, "a date", ACCEPTED))?;
    if d > today {
        return Err(Error::input(
            field,
            format!("{d} is in the future (today is {today}); use a date up to today"),
        ));
    }
    if d.year() < 1900 {
        return Err(Error::input(
            field,
            format!("{d} is before 1900; use a date from 1900 to today"),
        ));
    }
    Ok(d)
}

const ACCEPTED_AHEAD: &str =
    "YYYY-MM-DD, today, tomorrow, +3 (days ahead), sat (the next one, today included) or next sat";

/// How far ahead a date may be (about ten years).
const MAX_DAYS_AHEAD: i64 = 3660;

/// A date from `today` on (a race ahead): `YYYY-MM-DD`, `today`, `tomorrow`, `+N` (N days ahead),
/// a weekday name or its first three letters (the earliest such day on or after `today`), `next`
/// and a weekday (the earliest such day strictly after `today`). A date before `today` (also
/// `yesterday` or `-2`) is refused as in the past; one more than about ten years ahead too.
pub fn date_ahead(field: &str, s: &str, today: NaiveDate) -> Result<NaiveDate> {
    let t = s.trim().to_lowercase();
    let words: Vec<&str> = t.split_whitespace().collect();
    let d = match words.as_slice() {
        ["today"] => Some(today),
        ["tomorrow"] => today.succ_opt(),
        ["yesterday"] => today.pred_opt(),
        [w] if w.starts_with('+') => days_ahead(&w[1..], today),
        [w] if w.starts_with('-') => days_ago(&w[1..], today),
        [w] if weekday(w).is_some() => weekday(w).map(|wd| earliest(wd, today, 0)),
        ["next", w] => weekday(w).map(|wd| earliest(wd, today, 1)),
        [w] => iso(w),
        _ => None,
    }
    .ok_or_else(|| bad(field, s, "a date", ACCEPTED_AHEAD))?;
    if d < today {
        return Err(Error::input(
            field,
            format!("{d} is in the past (today is {today}); use today or a later date"),
        ));
    }
    if (d - today).num_days() > MAX_DAYS_AHEAD {
        return Err(Error::input(
            field,
            format!("{d} is more than ten years ahead; use a date within ten years"),
        ));
    }
    Ok(d)
}

/// `3` of `+3`: digits only.
fn days_ahead(n: &str, today: NaiveDate) -> Option<NaiveDate> {
    if n.is_empty() || n.len() > 6 || !n.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    today.checked_add_signed(Duration::days(n.parse().ok()?))
}

/// The earliest `wd` on or after `today + skip` days.
fn earliest(wd: Weekday, today: NaiveDate, skip: i64) -> NaiveDate {
    let from = today + Duration::days(skip);
    let ahead = (wd.num_days_from_monday() + 7 - from.weekday().num_days_from_monday()) % 7;
    from + Duration::days(i64::from(ahead))
}

/// `YYYY-MM-DD` exactly (four-digit year, two-digit month and day).
fn iso(t: &str) -> Option<NaiveDate> {
    let b = t.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    shape
        .then(|| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())
        .flatten()
}

/// `2` of `-2`: digits only.
fn days_ago(n: &str, today: NaiveDate) -> Option<NaiveDate> {
    if n.is_empty() || n.len() > 6 || !n.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let n: i64 = n.parse().ok()?;
    if n > MAX_DAYS_AGO {
        // certainly before 1900: let the range check say so
        return NaiveDate::from_ymd_opt(1899, 12, 31);
    }
    today.checked_sub_signed(Duration::days(n))
}

/// `sat`, `saturday` (also `tues`, `thur`, `thurs`).
fn weekday(w: &str) -> Option<Weekday> {
    const NAMES: [(&str, Weekday); 7] = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    (w.len() >= 3)
        .then(|| {
            NAMES
                .iter()
                .find(|(n, _)| n.starts_with(w))
                .map(|&(_, d)| d)
        })
        .flatten()
}

/// The latest `wd` on or before `today - skip` days.
fn latest(wd: Weekday, today: NaiveDate, skip: i64) -> NaiveDate {
    let from = today - Duration::days(skip);
    let back = (from.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
    from - Duration::days(i64::from(back))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn weekdays_count_back_from_today() {
        // Tuesday 1 Dec 2026
        let today = d(2026, 12, 1);
        assert_eq!(date("date", "sat", today).unwrap(), d(2026, 11, 28));
        assert_eq!(date("date", "Saturday", today).unwrap(), d(2026, 11, 28));
        assert_eq!(date("date", "last sat", today).unwrap(), d(2026, 11, 28));
        assert_eq!(date("date", "tue", today).unwrap(), today);
        assert_eq!(date("date", "last tue", today).unwrap(), d(2026, 11, 24));
        assert_eq!(date("date", "mon", today).unwrap(), d(2026, 11, 30));
        assert_eq!(date("date", "-2", today).unwrap(), d(2026, 11, 29));
        assert_eq!(date("date", "-0", today).unwrap(), today);
    }

    #[test]
    fn dates_ahead_count_forward_from_today() {
        // Tuesday 1 Dec 2026
        let today = d(2026, 12, 1);
        let ahead = |s: &str| date_ahead("date", s, today);
        assert_eq!(ahead("today").unwrap(), today);
        assert_eq!(ahead("tomorrow").unwrap(), d(2026, 12, 2));
        assert_eq!(ahead("+3").unwrap(), d(2026, 12, 4));
        assert_eq!(ahead("sat").unwrap(), d(2026, 12, 5));
        assert_eq!(ahead("Tuesday").unwrap(), today);
        assert_eq!(ahead("next tue").unwrap(), d(2026, 12, 8));
        assert_eq!(ahead("mon").unwrap(), d(2026, 12, 7));
        assert_eq!(ahead("2027-04-11").unwrap(), d(2027, 4, 11));
        for past in ["yesterday", "-1", "2026-11-30", "1999-01-01"] {
            let e = ahead(past).unwrap_err().to_string();
            assert!(
                e.starts_with("date: ") && e.contains("in the past"),
                "{past}: {e}"
            );
        }
        for bad in ["", "soon", "+", "+x", "next", "2027-02-30", "+9999999"] {
            let e = ahead(bad).unwrap_err().to_string();
            assert!(e.starts_with("date: "), "{bad}: {e}");
        }
        assert!(
            ahead("2040-01-01")
                .unwrap_err()
                .to_string()
                .contains("ten years")
        );
    }
}
