//! The summary of a saved session (`docs/model.md` §9 v3), gathered for
//! [`Summary::build`]: the session with its track, the fastest stored best efforts, the
//! records it set, and the coach's suggestion for the next day. The CLI (`legday show`, after
//! `run` and an import of one run) and the UI (the popup after a run is saved, History's
//! details) both read it here.

use super::Store;
use crate::domain::records::{DISTANCES, RunRecords, lift_records, run_records};
use crate::domain::run_summary::{Inputs, Summary};
use crate::domain::{Session, Settings, Units};
use crate::error::Result;
use crate::format::{distance_2dp, duration_clock, weight_number, weight_with_unit};
use chrono::{Days, NaiveDate};

impl Store {
    /// Runs an import changed to their moving time, as (id, the duration now, the one they
    /// had); a run deleted since keeps the one it had.
    pub fn retimed_now(&self, retimed: &[(i64, f64)]) -> Vec<(i64, f64, f64)> {
        retimed
            .iter()
            .map(|&(id, was)| {
                let now = self
                    .get(id)
                    .ok()
                    .flatten()
                    .and_then(|s| s.run().map(|r| r.duration_s))
                    .unwrap_or(was);
                (id, now, was)
            })
            .collect()
    }

    /// The summary of the session `id`, `None` when there is none. `retimed_from_s`: the
    /// duration the run had before the import that just changed it to its moving time.
    pub fn summary(&self, id: i64, retimed_from_s: Option<f64>) -> Result<Option<Summary>> {
        let Some(s) = self.get(id)? else {
            return Ok(None);
        };
        let settings = self.settings()?;
        let catalog = self.catalog()?;
        let mut fastest: Vec<(f64, f64)> = Vec::new();
        if s.run().is_some_and(|r| r.track.is_some()) {
            for e in self.best_efforts(NaiveDate::MAX)?.into_values().flatten() {
                match fastest
                    .iter_mut()
                    .find(|(d, _)| (*d - e.distance_m).abs() < 1e-6)
                {
                    Some(f) => f.1 = f.1.min(e.seconds),
                    None => fastest.push((e.distance_m, e.seconds)),
                }
            }
        }
        let prs = self.pr_lines(&s, &settings)?;
        let next = self.today(s.date + Days::new(1))?;
        Ok(Some(Summary::build(Inputs {
            session: &s,
            settings: &settings,
            catalog: &catalog,
            fastest: &fastest,
            prs,
            next,
            retimed_from_s,
        })))
    }

    /// The PR lines of a just-saved session (§9): a lift set above every earlier set of its
    /// exercise, or a run that beat a best time or the longest run. The first record of a kind is
    /// not a PR. Empty when nothing was beaten.
    pub fn pr_lines(&self, saved: &Session, settings: &Settings) -> Result<Vec<String>> {
        let (u, wu) = (settings.distance_unit, settings.weight_unit);
        let mut out = Vec::new();
        if saved.is_run() {
            let runs = self.run_entries(saved.date)?;
            let mut with: Vec<_> = runs.iter().collect();
            with.sort_by_key(|r| (r.date, r.time, r.id));
            let without: Vec<_> = with.iter().copied().filter(|r| r.id != saved.id).collect();
            let (a, b) = (
                run_records(&without, settings.week_start),
                run_records(&with, settings.week_start),
            );
            run_pr_lines(&a, &b, saved.id, u, &mut out);
            return Ok(out);
        }
        let sets = self.lift_sets(saved.date)?;
        for rec in lift_records(&sets, &self.catalog()?, saved.date) {
            let mine: Vec<_> = rec
                .events
                .iter()
                .filter(|e| e.session_id == saved.id)
                .collect();
            let (Some(first), Some(best)) = (
                mine.first(),
                mine.iter().max_by(|a, b| a.value.total_cmp(&b.value)),
            ) else {
                continue;
            };
            out.push(match rec.e1rm_kg {
                Some(_) => format!(
                    "PR: {} e1RM {} (was {})",
                    rec.exercise,
                    weight_with_unit(best.value, wu),
                    weight_number(first.was, wu)
                ),
                None => format!(
                    "PR: {} {} reps in a set (was {})",
                    rec.exercise, best.value, first.was
                ),
            });
        }
        Ok(out)
    }
}

fn run_pr_lines(before: &RunRecords, after: &RunRecords, id: i64, u: Units, out: &mut Vec<String>) {
    for ((name, _), (a, b)) in DISTANCES
        .iter()
        .zip(before.bests().into_iter().zip(after.bests()))
    {
        if let (Some(a), Some(b)) = (a, b)
            && b.id == id
        {
            out.push(format!(
                "PR: best {name} {} (was {})",
                duration_clock(b.seconds),
                duration_clock(a.seconds)
            ));
        }
    }
    if let (Some(a), Some(b)) = (&before.longest, &after.longest)
        && b.id == id
    {
        out.push(format!(
            "PR: longest run {} (was {})",
            distance_2dp(b.distance_m, u),
            distance_2dp(a.distance_m, u)
        ));
    }
}
