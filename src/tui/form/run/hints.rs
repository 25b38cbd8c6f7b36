//! What the run form offers beside its fields: examples in the user's units and recent shoes.

use super::RunField;
use crate::domain::session::rpe_from_heart_rate;
use crate::domain::{RunKind, Session, Settings, Units};

/// The RPE hint without a heart rate: the kind's default.
pub(super) fn rpe_default(kind: RunKind, settings: &Settings) -> String {
    format!("{} ({kind} default, 1-10)", settings.default_rpe.run(kind))
}

/// The RPE hint for a run with an average heart rate, when a maximum is known (§2.1):
/// `RPE 6 from HR 152 (85% of 179)`.
pub(super) fn rpe_from_hr(hr: f64, settings: &Settings) -> Option<String> {
    let max = settings.known_hr_max()?;
    Some(format!(
        "RPE {} from HR {hr} ({:.0}% of {max}), 1-10",
        rpe_from_heart_rate(hr, max),
        100.0 * hr / max
    ))
}

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
