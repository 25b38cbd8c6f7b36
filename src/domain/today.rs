//! The next session (`TRAINING_MODEL.md` §8): rest, recover, strength or run, with the
//! exercises of a strength suggestion, the run of a run suggestion, the protein range and the
//! reason. Built on the report at the target day; wording lives in [`super::today_text`].

use super::catalog::Catalog;
use super::history::{DayIndex, History};
use super::load;
use super::muscle::Muscle;
use super::report::Report;
use super::rest::RestPrompt;
use super::run_kind::RunKind;
use super::session::Session;
use super::settings::{Level, Settings};
use super::threshold::{above, ge};
use super::today_text as text;
use super::volume::Band;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// An ACWR above this on the day before the target day suggests recovery (§8 rule 2).
pub const RECOVER_ACWR: f64 = 1.3;
/// At most this many open groups get an exercise (§8).
pub const MAX_GROUPS: usize = 4;
/// Fewer strength sessions than this in `[T-6, T-1]` leave room for one (§8 rule 3).
pub const STRENGTH_PER_WEEK: usize = 2;
/// Protein per kg of body weight: where gains plateau, and one gram per pound (§8).
pub const PROTEIN_G_PER_KG: (f64, f64) = (1.6, 2.2);

/// What to do next (§8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Suggestion {
    Rest,
    Recover,
    Strength,
    Run,
}

impl Suggestion {
    pub fn key(self) -> &'static str {
        match self {
            Suggestion::Rest => "rest",
            Suggestion::Recover => "recover",
            Suggestion::Strength => "strength",
            Suggestion::Run => "run",
        }
    }
}

/// The run of a `recover` or `run` suggestion: its kind and minutes `[lo, hi]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunPlan {
    pub kind: RunKind,
    pub minutes: [u32; 2],
}

/// The user's most recent non-warm-up set of an exercise (the store looks it up).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LastSet {
    pub date: NaiveDate,
    pub reps: u32,
    pub weight_kg: Option<f64>,
}

/// One exercise of a strength suggestion, with its prescription `sets × reps`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prescription {
    pub exercise: String,
    pub sets: u32,
    pub reps: u32,
    /// The groups with `f > 0` for the exercise, in §1 order.
    pub muscles: Vec<Muscle>,
    pub last: Option<LastSet>,
}

/// The day's protein range in grams (§8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Protein {
    pub low: u32,
    pub high: u32,
}

/// The suggestion for the target day (§8): what `legday today --json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Today {
    /// D, the day asked about.
    pub date: NaiveDate,
    /// T, the target day: D when D has no session yet, else D+1.
    #[serde(rename = "for")]
    pub target: NaiveDate,
    pub suggestion: Suggestion,
    pub reason: String,
    /// The open groups (status none or low at T, not recovering), in the order exercises are
    /// chosen for them.
    pub open: Vec<Muscle>,
    /// The groups recovering at T, in §1 order.
    pub recovering: Vec<Muscle>,
    pub run: Option<RunPlan>,
    /// Empty unless the suggestion is `strength`.
    pub exercises: Vec<Prescription>,
    pub protein_g: Protein,
}

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

/// Why a hard day was hard (§5), for the reason of `recover`.
#[derive(Debug, Clone, PartialEq)]
pub enum HardCause<'a> {
    /// A session hard by itself (RPE ≥ 7, or RPE ≥ 5 for ≥ 60 minutes).
    Session(&'a Session),
    /// The day's load against 1.5 × the recent median.
    Load { load: f64, median: f64 },
    /// A run over 30% longer than the longest of the 30 days before.
    Spike { distance_m: f64, x: f64 },
    /// Hard by the day's summary, with no session of the history to name.
    Day,
}

/// The cause of day `d` being hard, when it is (§5), from the history up to `d`.
fn hard_cause<'a>(
    history: &'a History,
    idx: &DayIndex,
    settings: &Settings,
    d: NaiveDate,
) -> Option<HardCause<'a>> {
    if !idx.is_hard(d) {
        return None;
    }
    let day_sessions = || history.sessions.iter().filter(move |s| s.date == d);
    if let Some(s) = day_sessions().find(|s| s.is_hard(settings)) {
        return Some(HardCause::Session(s));
    }
    let summary = idx.get(d)?;
    if let Some(m) = idx.recent_median(d)
        && ge(summary.load, 1.5 * m)
    {
        return Some(HardCause::Load {
            load: summary.load,
            median: m,
        });
    }
    Some(match idx.spike_x(d, summary.longest_run_m) {
        Some(x) => HardCause::Spike {
            distance_m: summary.longest_run_m,
            x,
        },
        None => HardCause::Day,
    })
}

/// The sessions dated on or before `day` (§8: T itself has none).
fn up_to(history: &History, day: NaiveDate) -> History {
    History {
        sessions: history
            .sessions
            .iter()
            .filter(|s| s.date <= day)
            .cloned()
            .collect(),
        days: history
            .days
            .iter()
            .filter(|d| d.date <= day)
            .copied()
            .collect(),
    }
}

/// What the rules read besides the report at T.
pub struct Context<'a> {
    pub history: &'a History,
    pub settings: &'a Settings,
    pub report: Report,
    pub target: NaiveDate,
    pub open: Vec<Muscle>,
    pub recovering: Vec<Muscle>,
}

impl Today {
    /// The suggestion at day `day` (§8). `history` must hold at least the sessions of
    /// `[D-13, D]` and the day series up to D (as for [`Report::build`]); sessions after D are
    /// ignored. `last` looks up the user's most recent non-warm-up set of an exercise.
    pub fn build(
        history: &History,
        settings: &Settings,
        catalog: &Catalog,
        day: NaiveDate,
        mut last: impl FnMut(&str) -> Option<LastSet>,
    ) -> Today {
        let history = up_to(history, day);
        let trained = DayIndex::new(&history, day).has_session(day)
            || history.sessions.iter().any(|s| s.date == day);
        let target = if trained { day + Days::new(1) } else { day };
        let report = Report::build(&history, settings, catalog, target);
        let recovering: Vec<Muscle> = report
            .muscles
            .iter()
            .filter(|m| m.recovering_until.is_some())
            .map(|m| m.muscle)
            .collect();
        let ctx = Context {
            open: open_groups(&report, settings),
            recovering,
            history: &history,
            settings,
            report,
            target,
        };
        let (suggestion, reason, run, chosen) = decide(&ctx, catalog);
        let exercises = chosen
            .into_iter()
            .map(|e| {
                let (sets, reps) = prescription(e);
                let w = catalog.weights(e);
                Prescription {
                    exercise: e.to_string(),
                    sets,
                    reps,
                    muscles: Muscle::ALL.into_iter().filter(|&m| w[m] > 0.0).collect(),
                    last: last(e),
                }
            })
            .collect();
        Today {
            date: day,
            target,
            suggestion,
            reason,
            open: ctx.open,
            recovering: ctx.recovering,
            run,
            exercises,
            protein_g: protein(settings.body_kg),
        }
    }
}

type Decision = (Suggestion, String, Option<RunPlan>, Vec<&'static str>);

/// The first rule of §8 that applies.
fn decide(ctx: &Context, catalog: &Catalog) -> Decision {
    let t = ctx.target;
    let y = t - Days::new(1);
    // 1. rest
    if ctx.report.rest.prompt == Some(RestPrompt::RestToday) {
        let msg = ctx.report.rest.message.clone().unwrap_or_default();
        return (Suggestion::Rest, msg, None, Vec::new());
    }
    // 2. recover
    let idx = DayIndex::new(ctx.history, y);
    let hard = hard_cause(ctx.history, &idx, ctx.settings, y);
    let acwr = load::figures(ctx.history, y).acwr;
    let high_acwr = acwr.filter(|&a| above(a, RECOVER_ACWR));
    if hard.is_some() || high_acwr.is_some() {
        let plan = RunPlan {
            kind: RunKind::Recovery,
            minutes: [20, 30],
        };
        let reason = text::recover(hard.as_ref(), high_acwr, y, t, ctx.settings);
        return (Suggestion::Recover, reason, Some(plan), Vec::new());
    }
    // 3. strength
    let strength_days: Vec<NaiveDate> = ctx
        .history
        .sessions
        .iter()
        .filter(|s| !s.is_run() && s.date >= t - Days::new(6) && s.date <= y)
        .map(|s| s.date)
        .collect();
    let lifted_yesterday = strength_days.contains(&y);
    let room = !lifted_yesterday && strength_days.len() < STRENGTH_PER_WEEK;
    let (chosen, blocked) = if room && !ctx.open.is_empty() {
        choose_exercises(&ctx.open, &ctx.recovering, catalog)
    } else {
        (Vec::new(), Vec::new())
    };
    if !chosen.is_empty() {
        let reason = text::strength(ctx, &blocked, strength_days.len());
        return (Suggestion::Strength, reason, None, chosen);
    }
    // 4. run
    let why_not = if ctx.open.is_empty() {
        text::NoStrength::NothingOpen
    } else if lifted_yesterday {
        text::NoStrength::LiftedYesterday
    } else if !room {
        text::NoStrength::TwiceThisWeek(strength_days.len())
    } else {
        text::NoStrength::Blocked
    };
    let hard_day = (1..=3)
        .map(|back| t - Days::new(back))
        .find(|&d| idx.is_hard(d));
    let beginner = ctx.settings.level == Level::Beginner;
    let plan = if hard_day.is_none() && !beginner {
        RunPlan {
            kind: RunKind::Hills,
            minutes: [35, 45],
        }
    } else {
        RunPlan {
            kind: RunKind::Easy,
            minutes: [30, 45],
        }
    };
    let second_run_day = beginner && ctx.report.rest.run_streak == 1;
    let reason = text::run(ctx, why_not, hard_day, second_run_day);
    (Suggestion::Run, reason, Some(plan), Vec::new())
}
