//! Interim copies of domain computations the UI needs beyond `Report` (per-session volume for the
//! form previews, eight weekly volumes for the sparklines, the daily fitness/fatigue/form series
//! for the trend). They follow `TRAINING_MODEL.md` literally; when `domain::volume` and
//! `domain::load::series` land on main these become thin calls to them.

use crate::domain::{Catalog, DaySummary, Muscle, PerMuscle, Run, RunKind, Session, Settings};
use chrono::{Duration, NaiveDate};

/// §3.2 weight rows: quads, glutes, hamstrings, calves, tibialis, hip flexors, arms.
fn row(kind: RunKind) -> PerMuscle {
    PerMuscle(match kind {
        RunKind::Easy | RunKind::Long | RunKind::Recovery | RunKind::Treadmill => {
            [0.24, 0.12, 0.12, 0.32, 0.08, 0.10, 0.02]
        }
        RunKind::Tempo | RunKind::Race => [0.23, 0.14, 0.14, 0.30, 0.06, 0.11, 0.02],
        RunKind::Intervals => [0.18, 0.18, 0.20, 0.22, 0.04, 0.15, 0.03],
        RunKind::Hills => [0.18, 0.20, 0.13, 0.31, 0.05, 0.11, 0.02],
        RunKind::Trail => [0.27, 0.15, 0.11, 0.28, 0.07, 0.10, 0.02],
    })
}

/// A run's weights `w` (§3.2), elevation adjustment included.
pub fn run_weights(run: &Run) -> PerMuscle {
    let w = row(run.kind);
    let (Some(gain), true) = (run.elevation_m, run.kind.elevation_adjusted()) else {
        return w;
    };
    if run.distance_m <= 0.0 || gain / run.distance_m < 0.005 {
        return w;
    }
    let g = (2.0 * gain / run.distance_m).min(0.15);
    let mut up = w;
    up[Muscle::Glutes] *= 1.0 + 12.0 * g;
    up[Muscle::Hamstrings] *= 1.0 + 4.0 * g;
    up[Muscle::HipFlexors] *= 1.0 + 3.0 * g;
    up[Muscle::Calves] *= 1.0 + 2.0 * g;
    up[Muscle::Quads] *= 1.0 - g;
    up[Muscle::Tibialis] *= (1.0 - 4.0 * g).max(0.5);
    let mut down = w;
    down[Muscle::Quads] *= 1.0 + 8.0 * g;
    down[Muscle::Tibialis] *= 1.0 + 6.0 * g;
    for m in [Muscle::Calves, Muscle::Glutes, Muscle::Hamstrings] {
        down[m] *= 1.0 - 2.0 * g;
    }
    (up.normalized() + down.normalized()) * 0.5
}

/// `h(set)` of §3.1.
fn set_factor(rir: Option<u8>, warmup: bool) -> f64 {
    match (warmup, rir) {
        (true, _) => 0.0,
        (_, None) | (_, Some(0..=3)) => 1.0,
        (_, Some(4..=5)) => 0.5,
        _ => 0.0,
    }
}

/// A session's volume per group, split into (strength sets, run set-equivalents) (§3.1, §3.2).
pub fn session_volume(
    s: &Session,
    settings: &Settings,
    catalog: &Catalog,
) -> (PerMuscle, PerMuscle) {
    match (s.run(), s.strength()) {
        (Some(r), _) => {
            let au = s.load(settings) / settings.run_set_au.max(1e-9);
            (PerMuscle::ZERO, run_weights(r) * au)
        }
        (_, Some(st)) => {
            let mut v = PerMuscle::ZERO;
            for e in &st.sets {
                v += catalog.weights(&e.exercise) * set_factor(e.rir, e.warmup);
            }
            (v, PerMuscle::ZERO)
        }
        _ => (PerMuscle::ZERO, PerMuscle::ZERO),
    }
}

/// Volume per group in each of the `weeks` seven-day windows ending at `day`, oldest first.
pub fn weekly_volume(
    sessions: &[Session],
    settings: &Settings,
    catalog: &Catalog,
    day: NaiveDate,
    weeks: usize,
) -> Vec<PerMuscle> {
    let mut out = vec![PerMuscle::ZERO; weeks];
    for s in sessions {
        let back = (day - s.date).num_days();
        if back < 0 || back >= 7 * weeks as i64 {
            continue;
        }
        let (a, b) = session_volume(s, settings, catalog);
        out[weeks - 1 - (back / 7) as usize] += a + b;
    }
    out
}

/// One day of the load trend (§6).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LoadPoint {
    pub date: NaiveDate,
    pub fitness: f64,
    pub fatigue: f64,
    pub form: f64,
}

/// Fitness, fatigue and form (§6) for the `n` days ending at `day`, oldest first.
pub fn load_series(days: &[DaySummary], day: NaiveDate, n: usize) -> Vec<LoadPoint> {
    let Some(first) = days.first().map(|d| d.date) else {
        return Vec::new();
    };
    let start = day - Duration::days(n as i64 - 1);
    let (mut ctl, mut atl) = (0.0_f64, 0.0_f64);
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    let mut d = first.min(start);
    while d <= day {
        let form = ctl - atl;
        let mut l = 0.0;
        while i < days.len() && days[i].date <= d {
            if days[i].date == d {
                l += days[i].load;
            }
            i += 1;
        }
        if d >= first {
            ctl += (l - ctl) / 42.0;
            atl += (l - atl) / 7.0;
        }
        if d >= start {
            out.push(LoadPoint {
                date: d,
                fitness: ctl,
                fatigue: atl,
                form,
            });
        }
        d += Duration::days(1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn section_3_2_easy_run_set_equivalents() {
        // 30 min easy at default RPE 3 = 90 AU = 1.8 sets; calves 0.32 × 1.8 = 0.576
        let s = Settings::default();
        let run = Session::new_run(day(20), Run::new(RunKind::Easy, 5000.0, 1800.0));
        let (lift, runv) = session_volume(&run, &s, &Catalog::builtin());
        assert_eq!(lift, PerMuscle::ZERO);
        assert!((runv[Muscle::Calves] - 0.576).abs() < 1e-9);
        assert!((runv.sum() - 1.8).abs() < 1e-9);
    }

    #[test]
    fn section_3_2_elevation_weights_still_sum_to_one() {
        let mut r = Run::new(RunKind::Easy, 10000.0, 3600.0);
        r.elevation_m = Some(300.0);
        let w = run_weights(&r);
        assert!((w.sum() - 1.0).abs() < 1e-9);
        assert!(w[Muscle::Glutes] > 0.12);
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
