//! The strength session (§8.7): the groups to serve, the exercises (the athlete's own first),
//! sets and reps from the last normal week, and weights by double progression.

use super::calendar::{Gap, Phase};
use super::week::LiftKind;
use super::{Athlete, is_lower_body};
use crate::domain::muscle::Muscle;
use crate::domain::session::{Session, SetEntry};
use crate::domain::settings::{Level, Units};
use crate::domain::units::KG_PER_LB;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The user's most recent non-warm-up set of an exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LastSet {
    pub date: NaiveDate,
    pub reps: u32,
    pub weight_kg: Option<f64>,
    pub rir: Option<u8>,
}

/// One exercise of a strength suggestion: `sets × reps` at `weight_kg`, and why that weight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prescription {
    pub exercise: String,
    pub sets: u32,
    pub reps: u32,
    /// The prescribed weight; `None`: none (`why` says how to choose).
    pub weight_kg: Option<f64>,
    pub why: Option<String>,
    /// The groups with `f > 0` for the exercise, in §1 order.
    pub muscles: Vec<Muscle>,
    pub last: Option<LastSet>,
}

/// The preference rows of §8.7, by group.
pub fn preferences(m: Muscle) -> &'static [&'static str] {
    match m {
        Muscle::Quads => &[
            "back squat",
            "forward lunge",
            "split squat",
            "step-up",
            "sumo squat",
        ],
        Muscle::Glutes => &[
            "hip thrust",
            "glute bridge",
            "step-up",
            "single-leg deadlift",
        ],
        Muscle::Hamstrings => &[
            "romanian deadlift",
            "single-leg deadlift",
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

/// The default `(sets, reps)` of §8.7.
pub fn default_prescription(exercise: &str) -> (u32, u32) {
    match exercise {
        "single-leg deadlift" | "romanian deadlift" | "leg curl" => (3, 8),
        "back squat" | "nordic curl" => (3, 5),
        "standing calf raise" | "single-leg calf raise" | "seated calf raise" => (3, 15),
        "tibialis raise" => (2, 20),
        "hip flexor march" | "hanging knee raise" | "banded hip flexion" => (2, 15),
        "push-up" | "biceps curl" | "triceps dip" => (3, 12),
        _ => (3, 10),
    }
}

/// What the session is chosen from at T.
pub struct LiftInputs<'a, 'b> {
    pub t: NaiveDate,
    pub ath: &'b Athlete<'a>,
    pub phase: Phase,
    /// The break of a `return` phase.
    pub gap: Option<Gap>,
    /// *Start* (§1), for telling deload weeks apart.
    pub start: Option<NaiveDate>,
    /// The next race, for `[R-10, R-1]`.
    pub next_race: Option<NaiveDate>,
    /// The open groups at T in their order (§8.7), and the recovering ones.
    pub open: Vec<Muscle>,
    pub recovering: Vec<Muscle>,
}

/// The working (not warm-up) sets of exercise `e` in a session.
fn working<'s>(s: &'s Session, e: &'s str) -> impl Iterator<Item = &'s SetEntry> + 's {
    s.strength()
        .into_iter()
        .flat_map(|st| st.sets.iter())
        .filter(move |x| x.exercise == e && !x.warmup)
}

fn weighted(x: &SetEntry) -> bool {
    x.weight_kg.is_some_and(|w| w > 0.0)
}

/// The exercises of a lift of `kind` at T (§8.7), with their prescriptions. `last` looks up an
/// exercise's last set older than the sessions the athlete view holds.
pub fn session(
    w: &LiftInputs,
    kind: LiftKind,
    last: &mut dyn FnMut(&str) -> Option<LastSet>,
) -> Vec<Prescription> {
    choose(w, kind)
        .into_iter()
        .map(|e| prescribe(w, e, last))
        .collect()
}

/// The chosen exercise names, in order (§8.7).
pub fn choose(w: &LiftInputs, kind: LiftKind) -> Vec<String> {
    let (ath, t) = (w.ath, w.t);
    let beginner = ath.settings.level == Level::Beginner;
    let max = if beginner { 4 } else { 5 };
    let upper = kind == LiftKind::Upper;
    let leg = |m: Muscle| {
        matches!(
            m,
            Muscle::Quads | Muscle::Glutes | Muscle::Hamstrings | Muscle::Calves
        )
    };
    let mut groups: Vec<Muscle> = Vec::new();
    if !upper {
        for g in [Muscle::Quads, Muscle::Hamstrings] {
            if !w.recovering.contains(&g) {
                groups.push(g);
            }
        }
    }
    for &g in &w.open {
        if !(groups.contains(&g) || upper && leg(g)) {
            groups.push(g);
        }
    }
    // The athlete's own: days logged and the latest date per exercise in [T-56, T-1].
    let mut own: BTreeMap<&str, (Vec<NaiveDate>, NaiveDate)> = BTreeMap::new();
    for s in ath.between(t - Days::new(56), t - Days::new(1)) {
        for x in s.strength().into_iter().flat_map(|st| st.sets.iter()) {
            if x.warmup {
                continue;
            }
            let e = own
                .entry(x.exercise.as_str())
                .or_insert((Vec::new(), s.date));
            if !e.0.contains(&s.date) {
                e.0.push(s.date);
            }
            e.1 = e.1.max(s.date);
        }
    }
    let race_week = w
        .next_race
        .is_some_and(|r| (1..=10).contains(&(r - t).num_days()));
    let order = |name: &str| {
        ath.catalog
            .exercises()
            .iter()
            .position(|x| x.name == name)
            .unwrap_or(usize::MAX)
    };
    let mut chosen: Vec<String> = Vec::new();
    let pick = |g: Muscle, chosen: &[String]| -> Option<String> {
        let allowed = |e: &str| {
            let f = ath.catalog.weights(e);
            !chosen.iter().any(|c| c == e)
                && w.recovering.iter().all(|&r| f[r] < 0.5)
                && !(upper && is_lower_body(ath.catalog, e))
        };
        let serves = |e: &str| {
            let f = ath.catalog.weights(e)[g];
            if g == Muscle::Arms {
                f >= 0.5
            } else {
                f >= 1.0
            }
        };
        let mine = own
            .iter()
            .filter(|(e, (days, _))| days.len() >= 2 && serves(e) && allowed(e))
            .min_by(|a, b| {
                (a.1.1)
                    .cmp(&b.1.1)
                    .then(b.1.0.len().cmp(&a.1.0.len()))
                    .then(order(a.0).cmp(&order(b.0)))
            })
            .map(|(e, _)| e.to_string());
        if mine.is_some() || race_week {
            return mine;
        }
        let beginner_pair: &[&str] = match g {
            Muscle::Quads if beginner => &["goblet squat"],
            Muscle::Hamstrings if beginner => &["glute bridge"],
            _ => &[],
        };
        beginner_pair
            .iter()
            .chain(preferences(g))
            .find(|e| allowed(e))
            .map(|e| e.to_string())
    };
    for g in groups {
        if chosen.len() >= max {
            break;
        }
        if chosen.iter().any(|c| ath.catalog.weights(c)[g] >= 1.0) {
            continue;
        }
        if let Some(e) = pick(g, &chosen) {
            chosen.push(e);
        }
    }
    while chosen.len() < 2 && chosen.len() < max {
        match pick(Muscle::Arms, &chosen) {
            Some(e) => chosen.push(e),
            None => break,
        }
    }
    chosen
}

/// `to_step(x)` of §8.1: the nearest multiple of the plate step, halves up.
pub fn to_step(x: f64, step: f64) -> f64 {
    (x / step + 0.5 + 1e-9).floor() * step
}

/// A weight as the user reads it: `102.5 kg`, `225 lb`.
pub fn weight_text(kg: f64, units: Units) -> String {
    let (v, unit) = match units {
        Units::Metric => (kg, "kg"),
        Units::Imperial => (kg / KG_PER_LB, "lb"),
    };
    let v = (v * 100.0).round() / 100.0;
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    format!("{s} {unit}")
}

/// Sets, reps and weight of one exercise (§8.7).
fn prescribe(
    w: &LiftInputs,
    e: String,
    last: &mut dyn FnMut(&str) -> Option<LastSet>,
) -> Prescription {
    let (ath, t) = (w.ath, w.t);
    let settings = ath.settings;
    let units = settings.weight_unit;
    let (d_sets, d_reps) = default_prescription(&e);
    // The sessions of e with working sets, oldest first.
    let sessions: Vec<&Session> = ath
        .sessions
        .iter()
        .copied()
        .filter(|s| s.date < t && working(s, &e).next().is_some())
        .collect();
    let recent: Vec<&Session> = sessions
        .iter()
        .copied()
        .filter(|s| s.date >= t - Days::new(56))
        .collect();
    let deload_week = |d: NaiveDate| {
        w.start
            .is_some_and(|st| super::habits::is_deload_week(super::week_monday(d, settings), st))
    };
    let (mut sets, mut reps) = match recent
        .iter()
        .rev()
        .find(|s| !deload_week(s.date))
        .or(recent.last())
    {
        Some(s) => {
            let reps: Vec<u32> = working(s, &e).map(|x| x.reps).collect();
            let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
            for r in &reps {
                *counts.entry(*r).or_default() += 1;
            }
            let common = counts
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(b.0)))
                .map_or(d_reps, |(r, _)| *r);
            (reps.len() as u32, common)
        }
        None => (d_sets, d_reps),
    };
    // Done without weight in each of its last two sessions: one more rep.
    if let [.., a, b] = sessions.as_slice()
        && !working(a, &e).any(weighted)
        && !working(b, &e).any(weighted)
    {
        let best = working(b, &e).map(|x| x.reps).max().unwrap_or(0);
        let top = if e == "nordic curl" { 10 } else { 20 };
        reps = (best + 1).min(2 * d_reps).min(top);
    }
    let mut bodyweight_why = None;
    if let [.., a, b] = sessions.as_slice()
        && !working(a, &e).any(weighted)
        && !working(b, &e).any(weighted)
    {
        let best = working(b, &e).map(|x| x.reps).max().unwrap_or(0);
        bodyweight_why = Some(format!(
            "no weight: {reps} reps, one more than your best of {best} on {}",
            b.date.format("%-d %b")
        ));
    }
    if w.phase == Phase::Deload {
        sets = sets.div_ceil(2);
    }
    let (weight_kg, mut why) = weight(w, &e, &sessions, reps, units);
    if weight_kg.is_none() && bodyweight_why.is_some() {
        why = bodyweight_why;
    }
    let f = ath.catalog.weights(&e);
    let last_set = sessions
        .last()
        .and_then(|s| {
            working(s, &e).last().map(|x| LastSet {
                date: s.date,
                reps: x.reps,
                weight_kg: x.weight_kg,
                rir: x.rir,
            })
        })
        .or_else(|| last(&e));
    Prescription {
        muscles: Muscle::ALL.into_iter().filter(|&m| f[m] > 0.0).collect(),
        exercise: e,
        sets,
        reps,
        weight_kg,
        why,
        last: last_set,
    }
}

/// The weight of §8.7 (double progression) and its reason.
fn weight(
    w: &LiftInputs,
    e: &str,
    sessions: &[&Session],
    r: u32,
    units: Units,
) -> (Option<f64>, Option<String>) {
    let (ath, t) = (w.ath, w.t);
    let step = ath.settings.plate_step();
    let wt = |s: &Session| {
        working(s, e)
            .filter_map(|x| x.weight_kg)
            .filter(|&x| x > 0.0)
            .reduce(f64::max)
    };
    let with_weight: Vec<(&Session, f64)> = sessions
        .iter()
        .filter_map(|s| wt(s).map(|x| (*s, x)))
        .collect();
    let wtext = |kg: f64| weight_text(kg, units);
    let Some(&(s, top)) = with_weight
        .last()
        .filter(|(s, _)| s.date >= t - Days::new(56))
    else {
        return (
            None,
            Some(format!(
                "choose a weight you can lift {r} times with 2-3 in reserve"
            )),
        );
    };
    let prev = with_weight.len().checked_sub(2).map(|i| with_weight[i]);
    let day = s.date.format("%-d %b");
    let no_lift_lately = !ath
        .between(t - Days::new(21), t - Days::new(1))
        .any(|x| !x.is_run());
    let before_gap = w.phase == Phase::Return && w.gap.is_some_and(|g| s.date < g.first_rest);
    if (s.date < t - Days::new(21) && no_lift_lately) || before_gap {
        let x = to_step(0.8 * top, step);
        return (
            Some(x),
            Some(format!(
                "80% of {} after the break: last lifted on {day}",
                wtext(top)
            )),
        );
    }
    if matches!(w.phase, Phase::Deload | Phase::Taper | Phase::PreRace) {
        return (Some(top), Some(format!("same weight: {}", w.phase.label())));
    }
    let at_top: Vec<&SetEntry> = working(s, e)
        .filter(|x| x.weight_kg.is_some_and(|k| (k - top).abs() < 1e-9))
        .collect();
    let all_reached = at_top.iter().all(|x| x.reps >= r);
    let last_rir = at_top.last().and_then(|x| x.rir);
    if all_reached && last_rir.is_none_or(|k| k >= 2) {
        let rose_this_week = s.date >= t - Days::new(6) && prev.is_some_and(|(_, p)| p < top);
        if ath.settings.level != Level::Beginner && rose_this_week {
            return (
                Some(top),
                Some(format!("same weight: it rose on {day}; one rise a week")),
            );
        }
        let factor = if is_lower_body(ath.catalog, e) {
            1.05
        } else {
            1.025
        };
        let x = (to_step(top, step) + step).max(to_step(top * factor, step));
        let reserve = last_rir.map_or(String::new(), |k| format!(" with {k} in reserve"));
        return (
            Some(x),
            Some(format!(
                "+{}: {} × {} at {}{reserve} on {day}",
                wtext(x - top),
                at_top.len(),
                r,
                wtext(top)
            )),
        );
    }
    let short = |s: &Session, at_least: f64| {
        working(s, e).any(|x| x.weight_kg.is_some_and(|k| k >= at_least - 1e-9) && x.reps < r)
    };
    if !all_reached && prev.is_some_and(|(p, _)| short(p, top)) {
        let x = to_step(0.9 * top, step);
        return (
            Some(x),
            Some(format!(
                "-10%: {r} reps at {} fell short twice, last on {day}",
                wtext(top)
            )),
        );
    }
    let why = if all_reached {
        format!(
            "same weight: the last set had {} in reserve",
            last_rir.unwrap_or(0)
        )
    } else {
        format!(
            "same weight: not every set reached {r} reps at {} on {day}",
            wtext(top)
        )
    };
    (Some(top), Some(why))
}
