//! Records (`docs/model.md` §9): estimated one-rep maxes and PRs per exercise, best run
//! times, the longest run, the biggest week, Riegel predictions from the best recent race, and
//! shoes. Reads the whole history, as the store hands it over (only the columns needed).

mod runs;
mod sanity;

pub use runs::{
    BestTime, BiggestWeek, Longest, Predictions, RaceRef, RunRecords, Shoe, predictions,
    run_records, scaled_time, shoes,
};
pub use sanity::{Bound, Implausible, cap_kg, e1rm_bests, first_implausible};

use super::catalog::{Catalog, normalize_name};
use super::run_kind::RunKind;
use super::settings::WeekStart;
use super::threshold::above;
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Arc;

/// The standard distances of best times and predictions (§9), in metres.
pub const DISTANCES: [(&str, f64); 4] = [
    ("5k", 5000.0),
    ("10k", 10000.0),
    ("half", 21097.5),
    ("marathon", 42195.0),
];
/// A run counts for distance d when `d ≤ distance ≤ 1.05 d` (§9).
pub const DISTANCE_SLACK: f64 = 1.05;
/// e1RM only when `1 ≤ reps + rir ≤ 12` (§9).
pub const MAX_E1RM_REPS: u32 = 12;
/// Epley's divisor: `e1RM = w × (1 + n / 30)` (§9).
pub const EPLEY_DIVISOR: f64 = 30.0;
/// Predictions come from races of the last 365 days (§9).
pub const RACE_DAYS: u64 = 365;

/// A non-warm-up strength set, with where it sits in time (§9's order: date, time, session id,
/// then its place in the session).
#[derive(Debug, Clone, PartialEq)]
pub struct LiftSet {
    pub session_id: i64,
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub idx: u32,
    /// As stored; shared between the sets of one name.
    pub exercise: Arc<str>,
    pub reps: u32,
    pub weight_kg: Option<f64>,
    pub rir: Option<u8>,
}

/// A run, with only what records read.
#[derive(Debug, Clone, PartialEq)]
pub struct RunEntry {
    pub id: i64,
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub kind: RunKind,
    pub distance_m: f64,
    pub duration_s: f64,
    pub shoes: Option<String>,
    /// Its best efforts (§9 v3), when it was imported with a track.
    pub efforts: Vec<crate::domain::track::BestEffort>,
}

/// Epley's estimate with reps in reserve (§9): `weight × (1 + (reps + rir) / 30)`, for a weight
/// above 0 and `1 ≤ reps + rir ≤ 12` (RIR 0 when not logged).
pub fn e1rm(reps: u32, weight_kg: Option<f64>, rir: Option<u8>) -> Option<f64> {
    let w = weight_kg.filter(|&w| w > 0.0)?;
    let n = reps + u32::from(rir.unwrap_or(0));
    (1..=MAX_E1RM_REPS)
        .contains(&n)
        .then(|| w * (1.0 + f64::from(n) / EPLEY_DIVISOR))
}

/// The set of a lift record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetRef {
    pub reps: u32,
    pub weight_kg: Option<f64>,
    pub rir: Option<u8>,
}

/// A set that was a PR when logged: its value and the best before it.
#[derive(Debug, Clone, PartialEq)]
pub struct PrEvent {
    pub session_id: i64,
    pub value: f64,
    pub was: f64,
}

/// One exercise's record (§9).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LiftRecord {
    pub exercise: String,
    /// The best e1RM; `None` for an exercise done without weight (then `best_reps`).
    pub e1rm_kg: Option<f64>,
    /// The date of the record set (the first to reach it).
    pub date: NaiveDate,
    pub set: SetRef,
    /// Sets that were PRs when logged (the first set is never one).
    pub prs: u32,
    pub best_reps: Option<u32>,
    #[serde(skip)]
    pub events: Vec<PrEvent>,
}

/// Everything of §9: what `legday records --json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Records {
    /// In catalog order, then names the catalog does not know, alphabetically.
    pub lifts: Vec<LiftRecord>,
    pub runs: RunRecords,
    pub predictions: Option<Predictions>,
    /// Most recently used first.
    pub shoes: Vec<Shoe>,
}

/// Settings records read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RecordSettings {
    pub week_start: WeekStart,
    pub shoes_retire_km: f64,
}

impl Records {
    /// The records at `day` (§9); sets and runs dated after it are ignored.
    pub fn build(
        sets: &[LiftSet],
        runs: &[RunEntry],
        catalog: &Catalog,
        settings: RecordSettings,
        day: NaiveDate,
    ) -> Records {
        let mut runs: Vec<&RunEntry> = runs.iter().filter(|r| r.date <= day).collect();
        runs.sort_by_key(|r| (r.date, r.time, r.id));
        Records {
            lifts: lift_records(sets, catalog, day),
            runs: run_records(&runs, settings.week_start),
            predictions: predictions(&runs, day),
            shoes: shoes(&runs, settings.shoes_retire_km),
        }
    }
}

/// Per exercise (catalog name, or the name as written): the best e1RM or most reps, PRs.
pub fn lift_records(sets: &[LiftSet], catalog: &Catalog, day: NaiveDate) -> Vec<LiftRecord> {
    let mut sorted: Vec<&LiftSet> = sets.iter().filter(|s| s.date <= day).collect();
    sorted.sort_by_key(|s| (s.date, s.time, s.session_id, s.idx));
    let position: HashMap<&str, usize> = catalog
        .exercises()
        .iter()
        .enumerate()
        .map(|(i, e)| (e.name.as_str(), i))
        .collect();
    // Each distinct written name is resolved once, to the index of its group.
    let mut group_of: HashMap<&str, usize> = HashMap::new();
    let mut groups: Vec<(usize, String, Vec<&LiftSet>)> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for s in sorted {
        let g = *group_of.entry(&s.exercise).or_insert_with(|| {
            let (pos, name) = match catalog.resolve(&s.exercise) {
                Some(e) => (position[e.name.as_str()], e.name.clone()),
                None => (usize::MAX, s.exercise.trim().to_string()),
            };
            *by_name.entry(name.clone()).or_insert_with(|| {
                groups.push((pos, name, Vec::new()));
                groups.len() - 1
            })
        });
        groups[g].2.push(s);
    }
    let mut out: Vec<(usize, LiftRecord)> = groups
        .into_iter()
        .filter_map(|(pos, name, sets)| Some((pos, exercise_record(name, &sets)?)))
        .collect();
    out.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| normalize_name(&a.1.exercise).cmp(&normalize_name(&b.1.exercise)))
    });
    out.into_iter().map(|(_, r)| r).collect()
}

/// A value beats the best so far (§9): strictly more, float noise aside. The one PR rule, for
/// `records` and the Progress tab's trends alike.
pub fn is_pr(value: f64, best: f64) -> bool {
    above(value, best)
}

/// One exercise's record from its sets in order: by e1RM when any set has one, else by reps.
fn exercise_record(exercise: String, sets: &[&LiftSet]) -> Option<LiftRecord> {
    let weighted = sets
        .iter()
        .any(|s| e1rm(s.reps, s.weight_kg, s.rir).is_some());
    // v3: a weighted exercise with no set in the e1RM range keeps its heaviest set (the most
    // reps at that weight), never the reps alone: "40 kg × 15".
    let heavy = !weighted && sets.iter().any(|s| s.weight_kg.is_some_and(|w| w > 0.0));
    if heavy {
        let key = |x: &LiftSet| (x.weight_kg.unwrap_or(0.0), x.reps);
        // the first set to reach the heaviest weight with the most reps
        let s = sets
            .iter()
            .copied()
            .fold(None::<&LiftSet>, |best, x| match best {
                Some(b) if key(x).0 < key(b).0 || (key(x).0 == key(b).0 && x.reps <= b.reps) => {
                    Some(b)
                }
                _ => Some(x),
            })?;
        return Some(LiftRecord {
            exercise,
            e1rm_kg: None,
            date: s.date,
            set: SetRef {
                reps: s.reps,
                weight_kg: s.weight_kg,
                rir: s.rir,
            },
            prs: 0,
            best_reps: None,
            events: Vec::new(),
        });
    }
    let value = |s: &LiftSet| {
        if weighted {
            e1rm(s.reps, s.weight_kg, s.rir)
        } else {
            Some(f64::from(s.reps))
        }
    };
    let mut best: Option<(f64, &LiftSet)> = None;
    let mut events = Vec::new();
    for &s in sets {
        let Some(v) = value(s) else { continue };
        match best {
            None => best = Some((v, s)),
            Some((b, _)) if is_pr(v, b) => {
                events.push(PrEvent {
                    session_id: s.session_id,
                    value: v,
                    was: b,
                });
                best = Some((v, s));
            }
            Some(_) => {}
        }
    }
    let (v, s) = best?;
    Some(LiftRecord {
        exercise,
        e1rm_kg: weighted.then_some(v),
        date: s.date,
        set: SetRef {
            reps: s.reps,
            weight_kg: s.weight_kg,
            rir: s.rir,
        },
        prs: events.len() as u32,
        best_reps: (!weighted).then_some(s.reps),
        events,
    })
}
