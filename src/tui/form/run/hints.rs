//! What the run form offers beside its fields: examples in the user's units and recent shoes.

use super::RunField;
use crate::domain::{Session, Units};

/// The shoes of the newest runs, newest first, each once (at most `n`).
pub fn recent_shoes(sessions: &[Session], n: usize) -> Vec<String> {
    let mut runs: Vec<&Session> = sessions.iter().filter(|s| s.is_run()).collect();
    runs.sort_by_key(|s| std::cmp::Reverse((s.date, s.time, s.id)));
    let mut out: Vec<String> = Vec::new();
    for name in runs
        .iter()
        .filter_map(|s| s.run().and_then(|r| r.shoes.as_deref()))
    {
        if !out.iter().any(|o| o == name) {
            out.push(name.to_string());
            if out.len() == n {
                break;
            }
        }
    }
    out
}

/// An example value for a field, in the user's units.
pub(super) fn example(f: RunField, u: Units) -> &'static str {
    let metric = u == Units::Metric;
    match f {
        RunField::Distance if metric => "5km",
        RunField::Distance => "3mi",
        RunField::Duration => "28:30, 45m, 1:02:05",
        RunField::Date => "2026-11-20, yesterday, sat, -2",
        RunField::Kind => "easy",
        RunField::Rpe => "4",
        RunField::Elevation if metric => "120m",
        RunField::Elevation => "400ft",
        RunField::Vest if metric => "5kg",
        RunField::Vest => "10lb",
        RunField::Hr => "150",
        RunField::Shoes => "Pegasus 41",
        RunField::Note => "felt good",
    }
}
