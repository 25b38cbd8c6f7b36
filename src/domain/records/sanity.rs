//! The sanity check of a logged lift (§9): a set whose estimated one-rep max is far beyond what
//! the athlete has lifted, or beyond any lift on record, is most likely a typo (`1000` for
//! `100`, pounds typed as kilograms) and is confirmed before it is stored.

use super::e1rm;
use crate::domain::threshold::above;
use crate::domain::{Session, SetEntry};
use std::collections::HashMap;

/// A set is implausible above this multiple of the exercise's best e1RM so far.
pub const BEST_FACTOR: f64 = 2.0;
/// Without history: the e1RM cap of a leg press or sled exercise (the heaviest leg presses on
/// record are above 1000 kg; a sled's weight counts all its plates).
pub const SLED_CAP_KG: f64 = 1200.0;
/// Without history: the e1RM cap of every other exercise. The heaviest squats and deadlifts on
/// record are a little above 500 kg, so no free-weight or body-weight exercise reaches 600 kg.
pub const FREE_CAP_KG: f64 = 600.0;

/// Why a set was found implausible.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    /// More than `BEST_FACTOR` times the exercise's best e1RM so far (the best, in kg).
    TwiceBest(f64),
    /// No history, and above the exercise's cap (in kg).
    Cap(f64),
}

/// A set found implausible: its place in the session, its estimate and the bound it broke.
#[derive(Debug, Clone, PartialEq)]
pub struct Implausible {
    /// Index in the session's sets.
    pub index: usize,
    pub set: SetEntry,
    /// The set's e1RM, or its weight when it has no e1RM (more than 12 reps): a weight lifted
    /// 15 times is at least the one-rep max.
    pub e1rm_kg: f64,
    pub bound: Bound,
}

/// The e1RM cap of an exercise without history: sleds and leg presses get `SLED_CAP_KG`,
/// everything else `FREE_CAP_KG`.
pub fn cap_kg(exercise: &str) -> f64 {
    let n = exercise.to_lowercase();
    if n.contains("leg press") || n.contains("sled") || n.contains("hack squat") {
        SLED_CAP_KG
    } else {
        FREE_CAP_KG
    }
}

/// The first implausible set of `sets`, each compared with its exercise's best e1RM so far
/// (`bests`, by the stored exercise name, in kg) or, without one, with `cap_kg`. Warm-ups are
/// checked too: a typo is a typo. Sets without a weight are never implausible.
pub fn first_implausible(sets: &[SetEntry], bests: &HashMap<String, f64>) -> Option<Implausible> {
    sets.iter().enumerate().find_map(|(index, s)| {
        let w = s.weight_kg.filter(|&w| w > 0.0)?;
        let est = e1rm(s.reps, Some(w), s.rir).unwrap_or(w);
        let bound = match bests.get(&s.exercise) {
            Some(&best) if best > 0.0 => {
                above(est, BEST_FACTOR * best).then_some(Bound::TwiceBest(best))
            }
            _ => {
                let cap = cap_kg(&s.exercise);
                above(est, cap).then_some(Bound::Cap(cap))
            }
        }?;
        Some(Implausible {
            index,
            set: s.clone(),
            e1rm_kg: est,
            bound,
        })
    })
}

/// Each exercise's best estimate of its one-rep max in `sessions` (kg), by the rule of
/// `Store::e1rm_bests`: a working set's e1RM, or its weight when it has none.
pub fn e1rm_bests(sessions: &[Session]) -> HashMap<String, f64> {
    let mut out: HashMap<String, f64> = HashMap::new();
    let sets = sessions
        .iter()
        .filter_map(Session::strength)
        .flat_map(|st| &st.sets);
    for s in sets.filter(|s| !s.warmup) {
        let Some(w) = s.weight_kg.filter(|&w| w > 0.0) else {
            continue;
        };
        let est = e1rm(s.reps, Some(w), s.rir).unwrap_or(w);
        let best = out.entry(s.exercise.clone()).or_insert(est);
        *best = best.max(est);
    }
    out
}
