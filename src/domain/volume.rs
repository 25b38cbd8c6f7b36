//! Muscle volume in effective sets (`docs/model.md` §3): strength sets (§3.1), run
//! set-equivalents (§3.2), status bands (§3.3) and recovery (§3.4).

use super::catalog::Catalog;
use super::muscle::{Muscle, PerMuscle};
use super::run_kind::RunKind;
use super::session::{Run, Session, SetEntry};
use super::settings::Settings;
use super::threshold::{ge, le, lt};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// A volume band of §3.3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    None,
    Low,
    Maintain,
    Grow,
    High,
}

impl Band {
    pub fn key(self) -> &'static str {
        match self {
            Band::None => "none",
            Band::Low => "low",
            Band::Maintain => "maintain",
            Band::Grow => "grow",
            Band::High => "high",
        }
    }
}

/// `h(set)` of §3.1: 1 for RIR 0-3 or none, 0.5 for RIR 4-5, 0 for RIR ≥ 6 or a warm-up.
pub fn set_factor(set: &SetEntry) -> f64 {
    if set.warmup {
        return 0.0;
    }
    match set.rir {
        None | Some(0..=3) => 1.0,
        Some(4..=5) => 0.5,
        Some(_) => 0.0,
    }
}

/// The effective strength sets of a list of sets (§3.1): `Σ f(exercise, group) × h(set)`.
pub fn strength_sets(sets: &[SetEntry], catalog: &Catalog) -> PerMuscle {
    sets.iter().fold(PerMuscle::ZERO, |acc, s| {
        acc + catalog.weights(&s.exercise) * set_factor(s)
    })
}

/// The weight row `w` of a run kind (§3.2), before any elevation adjustment.
pub fn kind_weights(kind: RunKind) -> PerMuscle {
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

/// `up(w, g)` of §3.2, normalized to sum 1.
fn up(w: PerMuscle, g: f64) -> PerMuscle {
    let mut u = w;
    u[Muscle::Glutes] *= 1.0 + 12.0 * g;
    u[Muscle::Hamstrings] *= 1.0 + 4.0 * g;
    u[Muscle::HipFlexors] *= 1.0 + 3.0 * g;
    u[Muscle::Calves] *= 1.0 + 2.0 * g;
    u[Muscle::Quads] *= 1.0 - g;
    u[Muscle::Tibialis] *= (1.0 - 4.0 * g).max(0.5);
    u.normalized()
}

/// `down(w, g)` of §3.2, normalized to sum 1.
fn down(w: PerMuscle, g: f64) -> PerMuscle {
    let mut d = w;
    d[Muscle::Quads] *= 1.0 + 8.0 * g;
    d[Muscle::Tibialis] *= 1.0 + 6.0 * g;
    for m in [Muscle::Calves, Muscle::Glutes, Muscle::Hamstrings] {
        d[m] *= 1.0 - 2.0 * g;
    }
    d.normalized()
}

/// The grade `g = min(0.15, 2c)` of the elevation adjustment (§3.2), or `None` when the run is
/// not adjusted (kind hills/trail/treadmill, no gain or distance, or `c < 0.005`).
pub fn elevation_grade(run: &Run) -> Option<f64> {
    let gain = run.elevation_m?;
    if !run.kind.elevation_adjusted() || run.distance_m <= 0.0 {
        return None;
    }
    let c = gain / run.distance_m;
    ge(c, 0.005).then(|| (2.0 * c).min(0.15))
}

/// A run's weights `w` (§3.2): its kind's row, elevation-adjusted where that applies.
pub fn run_weights(run: &Run) -> PerMuscle {
    let w = kind_weights(run.kind);
    match elevation_grade(run) {
        Some(g) => (up(w, g) + down(w, g)) * 0.5,
        None => w,
    }
}

/// Run set-equivalents (§3.2): `(load / run_set_au) × w`, load as §2 defines it (vest included).
/// Zero for a strength session.
pub fn run_sets(session: &Session, settings: &Settings) -> PerMuscle {
    match session.run() {
        Some(r) if settings.run_set_au > 0.0 => {
            run_weights(r) * (session.load(settings) / settings.run_set_au)
        }
        _ => PerMuscle::ZERO,
    }
}

/// One session's volume as `(strength sets, run set-equivalents)` (§3.1, §3.2).
pub fn session_volume(
    session: &Session,
    settings: &Settings,
    catalog: &Catalog,
) -> (PerMuscle, PerMuscle) {
    match session.strength() {
        Some(st) => (strength_sets(&st.sets, catalog), PerMuscle::ZERO),
        None => (PerMuscle::ZERO, run_sets(session, settings)),
    }
}

/// The volume of the sessions dated in `[from, to]` as `(strength, run)` (§3).
pub fn window_volume<'a>(
    sessions: impl IntoIterator<Item = &'a Session>,
    from: NaiveDate,
    to: NaiveDate,
    settings: &Settings,
    catalog: &Catalog,
) -> (PerMuscle, PerMuscle) {
    sessions
        .into_iter()
        .filter(|s| s.date >= from && s.date <= to)
        .fold((PerMuscle::ZERO, PerMuscle::ZERO), |(st, rn), s| {
            let (a, b) = session_volume(s, settings, catalog);
            (st + a, rn + b)
        })
}

/// The status band of a group's weekly volume (§3.3): exactly the lower edge belongs to the
/// band above it, and the top of `grow` still belongs to `grow`.
pub fn band(m: Muscle, sets: f64, settings: &Settings) -> Band {
    let e = settings.bands(m);
    if lt(sets, e.low) {
        Band::None
    } else if lt(sets, e.maintain) {
        Band::Low
    } else if lt(sets, e.grow) {
        Band::Maintain
    } else if le(sets, e.high) {
        Band::Grow
    } else {
        Band::High
    }
}

/// Effective sets per group that one day needs to start a recovery period (§3.4).
pub const RECOVERY_SETS: f64 = 6.0;

/// `recovering_until` per group at `day` (§3.4): `X + 2` for the latest day `X ≤ day` whose total
/// for the group (strength plus run) is at least 6 and with `X + 2 > day`. Only `X = day` and
/// `X = day - 1` can satisfy that.
pub fn recovering_until(
    sessions: &[Session],
    settings: &Settings,
    catalog: &Catalog,
    day: NaiveDate,
) -> [Option<NaiveDate>; 7] {
    let mut out = [None; 7];
    for back in [1u64, 0] {
        let Some(x) = day.checked_sub_days(Days::new(back)) else {
            continue;
        };
        let (st, rn) = window_volume(sessions, x, x, settings, catalog);
        let total = st + rn;
        for m in Muscle::ALL {
            if ge(total[m], RECOVERY_SETS) {
                // Later X overwrites: the latest qualifying day wins.
                out[m.index()] = x.checked_add_days(Days::new(2));
            }
        }
    }
    out
}

/// Total volume (strength + run) of `weeks` rolling 7-day windows, oldest first: week `i` ends
/// at `day - 7 × (weeks - 1 - i)` (for the 8-week sparklines). Sessions after `day` are ignored.
pub fn weekly_volume(
    sessions: &[Session],
    settings: &Settings,
    catalog: &Catalog,
    day: NaiveDate,
    weeks: usize,
) -> Vec<PerMuscle> {
    (0..weeks)
        .map(|i| {
            let end = day - Days::new(7 * (weeks - 1 - i) as u64);
            let from = end - Days::new(6);
            let (st, rn) = window_volume(sessions, from, end, settings, catalog);
            st + rn
        })
        .collect()
}
