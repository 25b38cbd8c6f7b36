//! Where a weekly volume came from (`TRAINING_MODEL.md` §10): for a group and a day D, the
//! week's sessions that gave the group anything, each with what it gave. The parts sum to the
//! group's volume in the report at D.

use super::catalog::Catalog;
use super::muscle::Muscle;
use super::report::Window;
use super::run_kind::RunKind;
use super::session::{Activity, Session};
use super::settings::Settings;
use super::volume::{self, Band, elevation_grade, kind_weights, set_factor};
use chrono::{Days, NaiveDate};
use serde::Serialize;

/// `count` sets of an exercise with the same `h` (§3.1).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SetCount {
    pub h: f64,
    pub count: u32,
}

/// One exercise of a strength session: `f` for the group, its sets by `h`, and `Σ f × h`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExercisePart {
    pub exercise: String,
    pub f: f64,
    /// Logged sets grouped by `h`, in the order each `h` first appears.
    pub sets: Vec<SetCount>,
    pub effective_sets: f64,
}

/// A run's set-equivalents for the group (§3.2): `load / run_set_au × w(group)`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunPart {
    pub kind: RunKind,
    /// The weight row of the kind (`easy`, `tempo`, `intervals`, `uphill`, `trail`).
    pub row: &'static str,
    pub distance_m: f64,
    /// The session's load (§2, vest included).
    pub load: f64,
    pub run_set_au: f64,
    /// `w(group)` as used: the row's, or the elevation-adjusted one.
    pub weight: f64,
    /// The row's own `w(group)` before any adjustment.
    pub row_weight: f64,
    pub elevation_adjusted: bool,
    /// The grade `g` of the adjustment, when adjusted.
    pub grade: Option<f64>,
}

/// One session's part of the group's volume.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionPart {
    pub id: i64,
    pub date: NaiveDate,
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// What the session gave the group, in effective sets.
    pub sets: f64,
    /// The strength session's exercises that gave anything (empty for a run).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exercises: Vec<ExercisePart>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run: Option<RunPart>,
}

/// The group's week taken apart (§10).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explain {
    pub date: NaiveDate,
    pub window: Window,
    pub muscle: Muscle,
    /// The group's volume: the sum of the sessions' parts.
    pub sets: f64,
    pub strength_sets: f64,
    pub run_sets: f64,
    pub status: Band,
    /// Sessions in date order (then time, then id) that gave the group more than 0.
    pub sessions: Vec<SessionPart>,
}

/// The name of a kind's weight row (§3.2).
pub fn row_name(kind: RunKind) -> &'static str {
    match kind {
        RunKind::Easy | RunKind::Long | RunKind::Recovery | RunKind::Treadmill => "easy",
        RunKind::Tempo | RunKind::Race => "tempo",
        RunKind::Intervals => "intervals",
        RunKind::Hills => "uphill",
        RunKind::Trail => "trail",
    }
}

fn strength_part(session: &Session, m: Muscle, catalog: &Catalog) -> Vec<ExercisePart> {
    let Activity::Strength(st) = &session.activity else {
        return Vec::new();
    };
    let mut parts: Vec<ExercisePart> = Vec::new();
    for set in &st.sets {
        let f = catalog.weights(&set.exercise)[m];
        if f <= 0.0 {
            continue;
        }
        let h = set_factor(set);
        let i = match parts.iter().position(|p| p.exercise == set.exercise) {
            Some(i) => i,
            None => {
                parts.push(ExercisePart {
                    exercise: set.exercise.clone(),
                    f,
                    sets: Vec::new(),
                    effective_sets: 0.0,
                });
                parts.len() - 1
            }
        };
        let p = &mut parts[i];
        match p.sets.iter_mut().find(|c| c.h == h) {
            Some(c) => c.count += 1,
            None => p.sets.push(SetCount { h, count: 1 }),
        }
        p.effective_sets += f * h;
    }
    parts
}

fn run_part(session: &Session, m: Muscle, settings: &Settings) -> Option<RunPart> {
    let run = session.run()?;
    let grade = elevation_grade(run);
    Some(RunPart {
        kind: run.kind,
        row: row_name(run.kind),
        distance_m: run.distance_m,
        load: session.load(settings),
        run_set_au: settings.run_set_au,
        weight: volume::run_weights(run)[m],
        row_weight: kind_weights(run.kind)[m],
        elevation_adjusted: grade.is_some(),
        grade,
    })
}

impl Explain {
    /// Group `m`'s week `[D-6, D]` taken apart (§10). Sessions outside the week are ignored.
    pub fn build(
        sessions: &[Session],
        settings: &Settings,
        catalog: &Catalog,
        day: NaiveDate,
        m: Muscle,
    ) -> Explain {
        let from = day - Days::new(6);
        let mut week: Vec<&Session> = sessions
            .iter()
            .filter(|s| s.date >= from && s.date <= day)
            .collect();
        week.sort_by_key(|s| (s.date, s.time, s.id));
        let (mut strength_sets, mut run_sets) = (0.0, 0.0);
        let mut parts = Vec::new();
        for s in week {
            let (st, rn) = volume::session_volume(s, settings, catalog);
            strength_sets += st[m];
            run_sets += rn[m];
            let sets = st[m] + rn[m];
            if sets <= 0.0 {
                continue;
            }
            parts.push(SessionPart {
                id: s.id,
                date: s.date,
                kind: s.type_key(),
                sets,
                exercises: strength_part(s, m, catalog),
                run: run_part(s, m, settings),
            });
        }
        let total = strength_sets + run_sets;
        Explain {
            date: day,
            window: Window { from, to: day },
            muscle: m,
            sets: total,
            strength_sets,
            run_sets,
            status: volume::band(m, total, settings),
            sessions: parts,
        }
    }
}
