//! The exercises of a `strength` suggestion (`docs/model.md` §8): the open groups in order,
//! the preference rows, the prescriptions, and the protein range.

use super::{MAX_GROUPS, PROTEIN_G_PER_KG, Protein};
use crate::domain::catalog::Catalog;
use crate::domain::muscle::Muscle;
use crate::domain::report::Report;
use crate::domain::settings::Settings;
use crate::domain::volume::Band;

/// The preference rows of §8, by group.
pub fn preferences(m: Muscle) -> &'static [&'static str] {
    match m {
        Muscle::Quads => &[
            "forward lunge",
            "split squat",
            "back squat",
            "step-up",
            "sumo squat",
        ],
        Muscle::Glutes => &[
            "glute bridge",
            "step-up",
            "hip thrust",
            "single-leg deadlift",
        ],
        Muscle::Hamstrings => &[
            "single-leg deadlift",
            "romanian deadlift",
            "nordic curl",
            "leg curl",
        ],
        Muscle::Calves => &[
            "standing calf raise",
            "single-leg calf raise",
            "seated calf raise",
        ],
        Muscle::Tibialis => &["tibialis raise"],
        Muscle::HipFlexors => &[
            "hip flexor march",
            "hanging knee raise",
            "banded hip flexion",
        ],
        Muscle::Arms => &["push-up", "biceps curl", "triceps dip"],
    }
}

/// The prescription `(sets, reps)` of an exercise of the §8 rows.
pub fn prescription(exercise: &str) -> (u32, u32) {
    match exercise {
        "single-leg deadlift" | "romanian deadlift" | "leg curl" => (3, 8),
        "nordic curl" => (3, 5),
        "standing calf raise" | "single-leg calf raise" | "seated calf raise" => (3, 15),
        "tibialis raise" => (2, 20),
        "hip flexor march" | "hanging knee raise" | "banded hip flexion" => (2, 15),
        "push-up" | "biceps curl" | "triceps dip" => (3, 12),
        _ => (3, 10),
    }
}

/// The day's protein range (§8): `1.6 × body_kg` to `2.2 × body_kg`, whole grams.
pub fn protein(body_kg: f64) -> Protein {
    let g = |k: f64| (k * body_kg).round().max(0.0) as u32;
    Protein {
        low: g(PROTEIN_G_PER_KG.0),
        high: g(PROTEIN_G_PER_KG.1),
    }
}

/// The open groups of the report at T (§8 rule 3), ordered by `volume / maintain threshold`
/// ascending (ties in §1 order), arms last when open.
pub fn open_groups(report: &Report, settings: &Settings) -> Vec<Muscle> {
    let mut open: Vec<(Muscle, f64)> = report
        .muscles
        .iter()
        .filter(|m| matches!(m.status, Band::None | Band::Low) && m.recovering_until.is_none())
        .map(|m| (m.muscle, m.sets / settings.bands(m.muscle).maintain))
        .collect();
    // A stable sort keeps §1 order among ties.
    open.sort_by(|a, b| {
        (a.0 == Muscle::Arms)
            .cmp(&(b.0 == Muscle::Arms))
            .then(a.1.total_cmp(&b.1))
    });
    open.into_iter().map(|(m, _)| m).collect()
}

/// The choice of exercises (§8): for the first four open groups in order, skip a group an
/// already chosen exercise has `f = 1` for; else take the first exercise of its row not chosen
/// yet with `f ≥ 0.5` for no recovering group. Returns the chosen names and the groups that got
/// none because every exercise of their row works a recovering group.
pub fn choose_exercises(
    open: &[Muscle],
    recovering: &[Muscle],
    catalog: &Catalog,
) -> (Vec<&'static str>, Vec<Muscle>) {
    let mut chosen: Vec<&'static str> = Vec::new();
    let mut blocked = Vec::new();
    for &g in open.iter().take(MAX_GROUPS) {
        if chosen.iter().any(|e| catalog.weights(e)[g] >= 1.0) {
            continue;
        }
        let pick = preferences(g).iter().copied().find(|e| {
            let w = catalog.weights(e);
            !chosen.contains(e) && recovering.iter().all(|&r| w[r] < 0.5)
        });
        match pick {
            Some(e) => chosen.push(e),
            None => blocked.push(g),
        }
    }
    (chosen, blocked)
}
