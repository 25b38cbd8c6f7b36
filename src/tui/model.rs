//! The domain computations the UI needs beyond `Report`: per-session volume for the form
//! previews and the detail pane, eight weekly volumes for the sparklines (both re-exported from
//! `domain::volume`), and the daily fitness/fatigue/form series for the trend.

use crate::domain::{DaySummary, History};
use chrono::NaiveDate;

pub use crate::domain::LoadPoint;
pub use crate::domain::volume::{session_volume, weekly_volume};

/// Fitness, fatigue and form (§6) for the `n` days ending at `day`, oldest first.
pub fn load_series(days: &[DaySummary], day: NaiveDate, n: usize) -> Vec<LoadPoint> {
    let history = History {
        sessions: Vec::new(),
        days: days.to_vec(),
    };
    crate::domain::load::series(&history, day, n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Catalog, Muscle, PerMuscle, Run, RunKind, Session, Settings};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn section_3_2_easy_run_set_equivalents() {
        // 30 min easy at default RPE 3 = 90 AU = 90 / 40 = 2.25 sets (§3.2, A = 40);
        // calves 0.32 × 2.25 = 0.72
        let s = Settings::default();
        let run = Session::new_run(day(20), Run::new(RunKind::Easy, 5000.0, 1800.0));
        let (lift, runv) = session_volume(&run, &s, &Catalog::builtin());
        assert_eq!(lift, PerMuscle::ZERO);
        assert!((runv[Muscle::Calves] - 0.72).abs() < 1e-9);
        assert!((runv.sum() - 2.25).abs() < 1e-9);
    }

    #[test]
    fn section_6_fitness_and_fatigue_from_one_day() {
        let days = [DaySummary {
            date: day(20),
            load: 420.0,
            sessions: 1,
            runs: 0,
            hard_session: true,
            longest_run_m: 0.0,
        }];
        let s = load_series(&days, day(21), 2);
        assert_eq!(s.len(), 2);
        assert!((s[0].fitness - 10.0).abs() < 1e-9); // 420/42
        assert!((s[0].fatigue - 60.0).abs() < 1e-9); // 420/7
        assert!((s[1].form - (10.0 - 60.0)).abs() < 1e-9); // yesterday's balance
    }
}
