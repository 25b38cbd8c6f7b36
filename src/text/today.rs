//! The coach's suggestion (`docs/model.md` §8.6) and the days ahead (§8.8) in words: what
//! `legday today` and `legday plan` print and the dashboard's Next panel explains.

use super::paint::Paint;
use crate::domain::today::{LastSet, Prescription, RunPlan, Suggestion, Today};
use crate::domain::{Settings, Units};
use std::fmt::Write as _;

fn last_text(l: &LastSet, units: Units) -> String {
    let w = l
        .weight_kg
        .map(|w| format!(" × {}", crate::format::weight_with_unit(w, units)))
        .unwrap_or_default();
    let rir = l
        .rir
        .map(|r| format!(", {r} in reserve"))
        .unwrap_or_default();
    format!(
        "last: {} reps{w}{rir} on {}",
        l.reps,
        l.date.format("%-d %b")
    )
}

fn run_text(r: &RunPlan, settings: &Settings) -> String {
    match (r.minutes, r.distance_m) {
        (_, Some(m)) => format!(
            "{} run, {}",
            r.kind,
            crate::domain::wording::distance(m, settings.distance_unit)
        ),
        (Some([lo, hi]), None) => format!("{} run, {lo}-{hi} min", r.kind),
        (None, None) => format!("{} run", r.kind),
    }
}

/// The suggestion in a few words: "intervals run, 40-45 min", "a strength session", "rest".
pub fn what(t: &Today, settings: &Settings) -> String {
    let lift = if t.also.is_some() {
        " + an upper lift"
    } else {
        ""
    };
    match (t.suggestion, &t.run) {
        (Suggestion::Rest, _) => "rest".to_string(),
        (Suggestion::Strength, _) => "a strength session".to_string(),
        (_, Some(r)) => format!("{}{lift}", run_text(r, settings)),
        (s, None) => s.key().to_string(),
    }
}

/// One exercise: "back squat  3 × 5 @ 105 kg".
pub fn exercise_line(e: &Prescription, units: Units) -> String {
    let w = e
        .weight_kg
        .map(|kg| format!(" @ {}", crate::format::weight_with_unit(kg, units)))
        .unwrap_or_default();
    format!("{} × {}{w}", e.sets, e.reps)
}

fn exercises(s: &mut String, list: &[Prescription], settings: &Settings, p: Paint) {
    let width = list
        .iter()
        .map(|e| e.exercise.chars().count())
        .max()
        .unwrap_or(0);
    for e in list {
        let why = e
            .why
            .as_ref()
            .map(|w| format!("   {}", p.dim(w)))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "  • {:<width$}  {}{why}",
            e.exercise,
            exercise_line(e, settings.weight_unit)
        );
        if let Some(l) = &e.last {
            let _ = writeln!(
                s,
                "    {:<width$}  {}",
                "",
                p.dim(&last_text(l, settings.weight_unit))
            );
        }
    }
}

/// The suggestion as a paragraph a person reads in five seconds.
pub fn render(t: &Today, settings: &Settings, p: Paint) -> String {
    let when = if t.target == t.date {
        "Today"
    } else {
        "Tomorrow"
    };
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} ({}): {}   {}",
        p.bold(when),
        t.target.format("%a %-d %b"),
        p.bold(&what(t, settings)),
        p.dim(t.phase.label())
    );
    if let Some(st) = t.run.as_ref().and_then(|r| r.structure.as_ref()) {
        let _ = writeln!(s, "  {st}");
    }
    let _ = writeln!(s, "{}", t.reason);
    exercises(&mut s, &t.exercises, settings, p);
    if let Some(a) = &t.also {
        let _ = writeln!(s, "Plus an upper lift:");
        exercises(&mut s, &a.exercises, settings, p);
    }
    let w = &t.week;
    let _ = writeln!(
        s,
        "{}",
        p.dim(&format!(
            "This week: runs {}/{} (long {}/{}, quality {}/{}, easy {}/{}) · lifts {}/{} · \
             {} of {} running minutes · {} rest day{}",
            w.runs[0],
            w.runs[1],
            w.long[0],
            w.long[1],
            w.quality[0],
            w.quality[1],
            w.easy[0],
            w.easy[1],
            w.lifts[0],
            w.lifts[1],
            w.run_minutes[0],
            w.run_minutes[1],
            w.rest_days,
            if w.rest_days == 1 { "" } else { "s" }
        ))
    );
    let _ = writeln!(
        s,
        "{}",
        p.dim(&format!(
            "Protein: {}-{} g a day ({} g is where extra protein stops adding muscle; {} g is \
             the popular one gram per pound).",
            t.protein_g.low, t.protein_g.high, t.protein_g.low, t.protein_g.high
        ))
    );
    s
}

/// One day of a plan: "Tue 8 Dec  intervals 40-45 min · 5-6 × 3 min hard ...".
pub fn plan_line(t: &Today, settings: &Settings) -> String {
    let lifts = |list: &[Prescription]| {
        list.iter()
            .map(|e| format!("{} {}", e.exercise, exercise_line(e, settings.weight_unit)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let run = |r: &RunPlan| {
        let head = match (r.minutes, r.distance_m) {
            (_, Some(m)) => format!(
                "{} {}",
                r.kind,
                crate::domain::wording::distance(m, settings.distance_unit)
            ),
            (Some([lo, hi]), None) => format!("{} {lo}-{hi} min", r.kind),
            (None, None) => r.kind.to_string(),
        };
        match &r.structure {
            Some(st) => format!("{head} · {st}"),
            None => head,
        }
    };
    let body = match (t.suggestion, &t.run) {
        (Suggestion::Rest, _) => "rest".to_string(),
        (Suggestion::Strength, _) => format!("strength: {}", lifts(&t.exercises)),
        (Suggestion::Recover, Some(r)) => format!("recover: {}", run(r)),
        (_, Some(r)) => match &t.also {
            Some(a) => format!("{} + upper lift: {}", run(r), lifts(&a.exercises)),
            None => run(r),
        },
        (s, None) => s.key().to_string(),
    };
    format!("{:<10}  {body}", t.target.format("%a %-d %b"))
}

/// The plan, one line a day.
pub fn render_plan(plan: &[Today], settings: &Settings, p: Paint) -> String {
    let mut s = String::new();
    let mut phase = None;
    for t in plan {
        let line = plan_line(t, settings);
        if phase != Some(t.phase) {
            let _ = writeln!(s, "{line}   {}", p.dim(t.phase.label()));
            phase = Some(t.phase);
        } else {
            let _ = writeln!(s, "{line}");
        }
    }
    let _ = writeln!(
        s,
        "{}",
        p.dim("A plan, not a log: it changes as soon as what you do differs.")
    );
    s
}
