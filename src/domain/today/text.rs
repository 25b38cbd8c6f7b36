//! The words of `today` (§8.6): the reason, with the numbers the coach used, in one place so
//! the wording can be reviewed.

use super::{Prescription, Suggestion, WeekCounts};
use crate::domain::coach::habits::{Habits, Targets};
use crate::domain::coach::week::{PlannedRun, RunRole, WeekPlan};
use crate::domain::coach::{LiftKind, Phase};
use crate::domain::muscle::Muscle;
use crate::domain::race::Race;
use crate::domain::run_kind::RunKind;
use crate::domain::settings::Settings;
use chrono::NaiveDate;

/// Why the plan's entry was overridden, if it was (§8.6).
pub enum Why {
    /// The §5 prompt, with its message.
    RestPrompt(String),
    SixInARow,
    Fatigue {
        fatigue: f64,
        fitness: f64,
    },
    Plan,
}

/// What the reason reads.
pub struct Context<'a> {
    pub settings: &'a Settings,
    pub t: NaiveDate,
    pub trained: bool,
    pub phase: Phase,
    pub week: &'a WeekCounts,
    pub plan: &'a WeekPlan,
    pub habits: &'a Habits,
    pub targets: &'a Targets,
    pub next_race: Option<&'a Race>,
    pub exercises: &'a [Prescription],
    pub open: &'a [Muscle],
    pub lift: Option<LiftKind>,
    pub run: Option<&'a PlannedRun>,
    pub legs_fresh: bool,
}

/// The structure of a quality run (§8.5).
pub fn structure(role: RunRole) -> Option<&'static str> {
    match role {
        RunRole::Quality(RunKind::Intervals) => {
            Some("5-6 × 3 min hard (RPE 8) with 2 min jogs, 15 min easy on each side")
        }
        RunRole::Quality(RunKind::Tempo) => {
            Some("20-25 min comfortably hard (RPE 6-7) inside an easy run")
        }
        RunRole::Quality(RunKind::Hills) => Some("6-8 × 60 s uphill at a hard effort, jog down"),
        _ => None,
    }
}

/// `a`, `a and b`, `a, b and c`.
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [a] => a.clone(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

/// "Paris (42.2 km)", or "the 10.0 km race".
pub fn race_name(r: &Race, settings: &Settings) -> String {
    let d = crate::domain::wording::distance(r.distance_m, settings.distance_unit);
    match &r.name {
        Some(n) => format!("{n} ({d})"),
        None => format!("the {d} race"),
    }
}

fn minutes(r: &PlannedRun) -> String {
    r.minutes
        .map_or(String::new(), |[lo, hi]| format!("{lo}-{hi} min"))
}

fn names(exercises: &[Prescription]) -> String {
    and_list(
        &exercises
            .iter()
            .map(|e| e.exercise.clone())
            .collect::<Vec<_>>(),
    )
}

/// The reason of the suggestion, with its numbers.
pub fn reason(c: &Context, why: &Why, suggestion: Suggestion) -> String {
    let w = c.week;
    let mut parts = vec![format!(
        "{} of {} runs and {} of {} lifts done this week",
        w.runs[0], w.runs[1], w.lifts[0], w.lifts[1]
    )];
    parts.push(match (why, suggestion) {
        (Why::RestPrompt(msg), _) if c.trained => {
            crate::domain::wording::rest_from_the_day_before(msg)
        }
        (Why::RestPrompt(msg), _) => msg.trim_end_matches('.').to_string(),
        (Why::SixInARow, _) => "6 days in a row: rest today".to_string(),
        (Why::Fatigue { fatigue, fitness }, _) => format!(
            "fatigue {fatigue:.0} is more than twice your fitness {fitness:.0}: a 20-30 min \
             recovery run, a walk or mobility instead"
        ),
        (Why::Plan, Suggestion::Race) => match c.next_race {
            Some(r) => format!("race day: {}", race_name(r, c.settings)),
            None => "race day".to_string(),
        },
        (Why::Plan, Suggestion::Rest) => rest_reason(c),
        (Why::Plan, Suggestion::Strength) => lift_reason(c),
        (Why::Plan, _) => run_reason(c),
    });
    if let Some(p) = phase_note(c) {
        parts.push(p);
    }
    if let Some(l) = long_later(c) {
        parts.push(l);
    }
    let mut s = parts.join("; ");
    s = s.trim_end_matches('.').to_string();
    s.push('.');
    s
}

fn rest_reason(c: &Context) -> String {
    let to_race = c.next_race.map(|r| (r.date - c.t).num_days());
    if to_race == Some(2) {
        return "rest two days before the race".to_string();
    }
    if matches!(c.phase, Phase::PostRace) {
        return "rest after the race".to_string();
    }
    format!(
        "a rest day ({} a week; {} taken so far)",
        c.targets.rest_target, c.week.rest_days
    )
}

fn lift_reason(c: &Context) -> String {
    let what = match c.lift {
        Some(LiftKind::Lower) => "a lower lift today (no key run tomorrow)",
        _ => "an upper lift today (the legs stay fresh for running)",
    };
    let open: Vec<String> = c
        .open
        .iter()
        .filter(|m| c.exercises.iter().any(|e| e.muscles.contains(m)))
        .map(|m| m.label().to_lowercase())
        .collect();
    let low = match open.len() {
        0 => String::new(),
        1 => format!(", and {} is low this week", open[0]),
        _ => format!(", and {} are low this week", and_list(&open)),
    };
    format!("{what}: {}{low}", names(c.exercises))
}

fn run_reason(c: &Context) -> String {
    let Some(r) = c.run else {
        return String::new();
    };
    let b = c.week.run_minutes[1];
    let mut s = match r.role {
        RunRole::Long => format!(
            "the long run today, {} (your longest lately {:.0} min)",
            minutes(r),
            c.habits.longest
        ),
        RunRole::Quality(k) => format!(
            "{k} today, {}{}",
            minutes(r),
            if c.legs_fresh { ", legs fresh" } else { "" }
        ),
        RunRole::Recovery => format!(
            "an easy recovery run, {}, the day after a hard day",
            minutes(r)
        ),
        RunRole::ShakeOut => format!("a {} shake-out: the race is tomorrow", minutes(r)),
        RunRole::Easy | RunRole::Race => format!(
            "an easy run, {}: {} of the week's {b} running minutes done",
            minutes(r),
            c.week.run_minutes[0]
        ),
    };
    if c.lift.is_some() && !c.exercises.is_empty() {
        s.push_str(&format!("; plus an upper lift: {}", names(c.exercises)));
    }
    s
}

fn phase_note(c: &Context) -> Option<String> {
    Some(match c.phase {
        Phase::Build | Phase::RaceDay => return None,
        Phase::Taper | Phase::PreRace => {
            let r = c.next_race?;
            format!(
                "{}: {} days to {}",
                c.phase.label(),
                (r.date - c.t).num_days(),
                race_name(r, c.settings)
            )
        }
        Phase::PostRace => "recovering from the race: no hard running yet".to_string(),
        Phase::Return => "back after a break: running builds up again over three weeks".to_string(),
        Phase::Deload => "a deload week: lighter running, half the sets".to_string(),
    })
}

fn long_later(c: &Context) -> Option<String> {
    if c.run.is_some_and(|r| r.role == RunRole::Long) {
        return None;
    }
    c.plan
        .days
        .iter()
        .skip(1)
        .find(|d| d.run.is_some_and(|r| r.role == RunRole::Long))
        .map(|d| format!("the long run is {}", d.date.format("%A")))
}
