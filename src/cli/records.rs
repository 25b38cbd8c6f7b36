//! `legday records` (`docs/model.md` §9) as text or JSON, and the PR line `legday lift`
//! and `legday run` print when a save sets a record.

use super::{emit, emit_json};
use crate::domain::records::{DISTANCES, RunRecords};
use crate::domain::{Records, Session, Settings, Units};
use crate::error::Result;
use crate::format::{distance_2dp, duration_clock, weight_with_unit};
use crate::store::Store;
use crate::text::paint::Paint;
use chrono::NaiveDate;
use std::fmt::Write as _;
use std::io::Write;

pub fn records(store: &Store, json: bool, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let r = store.records(today)?;
    if json {
        return emit_json(out, &r, "writing the records as JSON");
    }
    emit(out, &render(&r, &store.settings()?, Paint::detect()))
}

fn date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// The records as text: lifts, runs, predictions, shoes.
pub fn render(r: &Records, settings: &Settings, p: Paint) -> String {
    let mut s = String::new();
    lifts(&mut s, r, settings.weight_unit, p);
    runs(&mut s, &r.runs, settings.distance_unit, p);
    predictions(&mut s, r, p);
    shoes(&mut s, r, settings.distance_unit, p);
    s
}

fn lifts(s: &mut String, r: &Records, wu: Units, p: Paint) {
    let _ = writeln!(
        s,
        "{}",
        p.bold("Lifts (best estimated 1RM, Epley with RIR)")
    );
    if r.lifts.is_empty() {
        let _ = writeln!(s, "  none yet");
    }
    let width = r.lifts.iter().map(|l| l.exercise.chars().count()).max();
    for l in &r.lifts {
        let best = match (l.e1rm_kg, l.set.weight_kg) {
            (Some(e), Some(w)) => format!(
                "e1RM {}  ({} × {}{})",
                weight_with_unit(e, wu),
                l.set.reps,
                weight_with_unit(w, wu),
                l.set.rir.map(|r| format!(" rir {r}")).unwrap_or_default()
            ),
            // a weighted set beyond the e1RM range: its weight and reps (§9, v3)
            (None, Some(w)) if l.best_reps.is_none() => {
                format!("best set {} × {}", weight_with_unit(w, wu), l.set.reps)
            }
            _ => {
                let n = l.best_reps.unwrap_or(l.set.reps);
                format!("{n} rep{}", if n == 1 { "" } else { "s" })
            }
        };
        let _ = writeln!(
            s,
            "  {:<w$}  {best}  {} · {} PR{}",
            l.exercise,
            date(l.date),
            l.prs,
            if l.prs == 1 { "" } else { "s" },
            w = width.unwrap_or(0)
        );
    }
}

fn runs(s: &mut String, runs: &RunRecords, u: Units, p: Paint) {
    let _ = writeln!(s, "\n{}", p.bold("Runs"));
    for ((name, _), b) in DISTANCES.iter().zip(runs.bests()) {
        let v = b.as_ref().map_or("–".to_string(), |b| match b.start_m {
            // a best effort (§9 v3): which run, and where in it
            Some(m) => format!(
                "{}  ({}, inside run {} from {})",
                duration_clock(b.seconds),
                date(b.date),
                b.id,
                distance_2dp(m, u)
            ),
            None => format!("{}  ({})", duration_clock(b.seconds), date(b.date)),
        });
        let _ = writeln!(s, "  {name:<13} {v}");
    }
    if let Some(l) = &runs.longest {
        let _ = writeln!(
            s,
            "  {:<13} {}  ({})",
            "longest",
            distance_2dp(l.distance_m, u),
            date(l.date)
        );
    }
    if let Some(w) = &runs.biggest_week {
        let _ = writeln!(
            s,
            "  {:<13} {}  (week of {})",
            "biggest week",
            distance_2dp(w.km * 1000.0, u),
            date(w.from)
        );
    }
}

fn predictions(s: &mut String, r: &Records, p: Paint) {
    let _ = match &r.predictions {
        Some(pr) => writeln!(
            s,
            "\n{}  from the race of {} (VDOT {:.1}): 5k {} · 10k {} · half {} · marathon {}",
            p.bold("Predictions"),
            date(pr.from.date),
            pr.from.vdot,
            duration_clock(pr.k5),
            duration_clock(pr.k10),
            duration_clock(pr.half),
            duration_clock(pr.marathon)
        ),
        None => writeln!(
            s,
            "\n{}  none: no race in the last 365 days (log one with --kind race)",
            p.bold("Predictions")
        ),
    };
}

fn shoes(s: &mut String, r: &Records, u: Units, p: Paint) {
    if r.shoes.is_empty() {
        return;
    }
    let _ = writeln!(s, "\n{}", p.bold("Shoes"));
    let width = r.shoes.iter().map(|x| x.name.chars().count()).max();
    for sh in &r.shoes {
        let _ = writeln!(
            s,
            "  {:<w$}  {} run{} · {} · {} – {}{}",
            sh.name,
            sh.runs,
            if sh.runs == 1 { "" } else { "s" },
            distance_2dp(sh.km * 1000.0, u),
            date(sh.first),
            date(sh.last),
            if sh.worn {
                "  worn: time for a new pair"
            } else {
                ""
            },
            w = width.unwrap_or(0)
        );
    }
}

/// The PR lines of a saved session (`PR: best 5K 21:30 (was 22:05)`).
pub fn pr_lines(store: &Store, saved: &Session, settings: &Settings) -> Result<Vec<String>> {
    store.pr_lines(saved, settings)
}
