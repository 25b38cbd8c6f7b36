//! The clock: the one place the binary reads today's date for the core (which takes the day as
//! an argument everywhere and never reads the clock itself), and the time of day for the live
//! workout's rest timer.

use crate::error::{Error, Result};
use chrono::NaiveDate;

/// The day the user means by "today": `LEGDAY_TODAY` (for tests and reproducible runs) or the
/// local date. Tests and reproducible runs set it; the UI re-reads it as days pass.
pub fn today() -> Result<NaiveDate> {
    match std::env::var("LEGDAY_TODAY") {
        Ok(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
            Error::input(
                "LEGDAY_TODAY",
                format!("\"{s}\" is not a date; use YYYY-MM-DD"),
            )
        }),
        Err(_) => Ok(chrono::Local::now().date_naive()),
    }
}

/// The local time, to the second: the live workout's clock, read by the UI's loop before every
/// key and on every tick.
pub fn now() -> chrono::NaiveDateTime {
    use chrono::Timelike;
    let t = chrono::Local::now().naive_local();
    t.with_nanosecond(0).unwrap_or(t)
}
