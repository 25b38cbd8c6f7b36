//! A year of progress at one day: weekly series (volume per group, km, the daily load figures),
//! each exercise's e1RM over time with its PRs, and the records (`docs/model.md` §9). Pure:
//! `Progress::build` takes what the store read (the year's sessions, the records aggregated in
//! SQL, the e1RM bests before the year); `Progress::from_sessions` computes all of it from
//! sessions in memory, by the same rules (`tests/tui/progress.rs` checks both agree).

use super::catalog::Catalog;
use super::history::DaySummary;
use super::load::{self, LoadPoint};
use super::muscle::PerMuscle;
use super::records::{self, LiftRecord, LiftSet, Predictions, RunEntry, RunRecords, Shoe};
use super::session::{Session, SetEntry};
use super::settings::Settings;
use super::volume::window_volume;
use chrono::{Days, NaiveDate};
use std::collections::BTreeMap;

/// Weeks loaded: the longest range.
pub const WEEKS: usize = 52;

/// An exercise's estimated one-rep max over time.
#[derive(Debug, Clone, PartialEq)]
pub struct LiftTrend {
    pub exercise: String,
    /// The best e1RM up to the day, and when.
    pub best: f64,
    pub best_date: NaiveDate,
    /// The best e1RM of each week, oldest first (`None`: no such set that week).
    pub weekly: Vec<Option<f64>>,
    /// The sets of the loaded weeks that were PRs when logged: (date, e1RM).
    pub prs: Vec<(NaiveDate, f64)>,
}

/// The run records of the whole history up to the day (`domain::records`' types).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProgressRecords {
    /// Best times, longest run, biggest week.
    pub runs: RunRecords,
    /// From the race of the last year with the highest VDOT.
    pub predictions: Option<Predictions>,
    /// The most recently used first.
    pub shoes: Vec<Shoe>,
    /// Exercises done without weight: the most reps (§9), in catalog order.
    pub reps: Vec<LiftRecord>,
}

/// The Progress tab's data at one day.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub day: NaiveDate,
    /// The last day of each of the `WEEKS` 7-day windows, oldest first (the last is `day`).
    pub week_ends: Vec<NaiveDate>,
    /// Strength sets and run set-equivalents per group, per week.
    pub lift: Vec<PerMuscle>,
    pub run: Vec<PerMuscle>,
    /// Run distance per week, km.
    pub km: Vec<f64>,
    /// The daily load figures of the `7 × WEEKS` days ending at `day`.
    pub load: Vec<LoadPoint>,
    /// The first day of the load series.
    pub start: Option<NaiveDate>,
    /// Every *start* (§1) up to `day`: ACWR is shown from 27 days after the one in force
    /// (`load::acwr_shown`, as on the dashboard).
    pub starts: Vec<NaiveDate>,
    pub lifts: Vec<LiftTrend>,
    pub records: ProgressRecords,
}

/// A working set's estimated one-rep max (§9, `records::e1rm`); warm-ups have none.
pub fn e1rm(set: &SetEntry) -> Option<f64> {
    if set.warmup {
        return None;
    }
    records::e1rm(set.reps, set.weight_kg, set.rir)
}

impl Progress {
    /// The same from every session in memory (tests, demo data without a store).
    pub fn from_sessions(
        sessions: &[Session],
        days: &[DaySummary],
        settings: &Settings,
        catalog: &Catalog,
        day: NaiveDate,
    ) -> Progress {
        let mut all: Vec<&Session> = sessions.iter().filter(|s| s.date <= day).collect();
        all.sort_by_key(|s| (s.date, s.time, s.id));
        let from = first_day(day);
        let window: Vec<Session> = all
            .iter()
            .filter(|s| s.date >= from)
            .map(|&s| s.clone())
            .collect();
        let mut records = memory::records(&all, settings, day);
        records.reps = best_reps(&memory::lift_sets(&all), catalog, day);
        let before = memory::e1rm_before(&all, from);
        Progress::build(&window, days, before, records, settings, catalog, day)
    }

    /// The progress at `day` from the year's sessions (`window`), the day series, the e1RM bests
    /// before the year and the records.
    pub fn build(
        window: &[Session],
        days: &[DaySummary],
        before: Vec<(String, f64, NaiveDate)>,
        records: ProgressRecords,
        settings: &Settings,
        catalog: &Catalog,
        day: NaiveDate,
    ) -> Progress {
        let week_ends: Vec<NaiveDate> = (0..WEEKS)
            .rev()
            .map(|back| day - Days::new(7 * back as u64))
            .collect();
        let (mut lift, mut run, mut km) = (Vec::new(), Vec::new(), Vec::new());
        for &end in &week_ends {
            let from = end - Days::new(6);
            let (st, rn) = window_volume(window, from, end, settings, catalog);
            lift.push(st);
            run.push(rn);
            let m: f64 = window
                .iter()
                .filter(|s| s.date >= from && s.date <= end)
                .filter_map(|s| s.run().map(|r| r.distance_m))
                .sum();
            km.push(m / 1000.0);
        }
        let past: Vec<DaySummary> = days.iter().filter(|d| d.date <= day).cloned().collect();
        let lifts = lift_trends(window, before, &week_ends, catalog);
        let mut records = records;
        // a name without an e1RM whose exercise has one under another name is weighted (§9)
        let name = |x: &str| {
            catalog
                .resolve(x)
                .map_or_else(|| x.trim().to_string(), |e| e.name.clone())
        };
        let weighted: Vec<String> = lifts.iter().map(|l| name(&l.exercise)).collect();
        records.reps.retain(|r| !weighted.contains(&r.exercise));
        Progress {
            day,
            lifts,
            load: load::series_of_days(&past, day, 7 * WEEKS),
            start: past.iter().map(|d| d.date).min(),
            starts: load::starts_of_days(&past),
            week_ends,
            lift,
            run,
            km,
            records,
        }
    }

    /// Nothing logged up to the day.
    pub fn is_empty(&self) -> bool {
        self.start.is_none()
    }
}

/// The records of the exercises done without weight (best reps, §9).
pub fn best_reps(sets: &[LiftSet], catalog: &Catalog, day: NaiveDate) -> Vec<LiftRecord> {
    records::lift_records(sets, catalog, day)
        .into_iter()
        .filter(|r| r.best_reps.is_some())
        .collect()
}

/// The first day of the loaded weeks.
pub fn first_day(day: NaiveDate) -> NaiveDate {
    day - Days::new(7 * WEEKS as u64 - 1)
}

/// Per exercise with an e1RM: the best, the weekly bests and the PRs of the window (sessions in
/// date, time, id order), exercises in catalog order and then by name.
fn lift_trends(
    window: &[Session],
    before: Vec<(String, f64, NaiveDate)>,
    week_ends: &[NaiveDate],
    catalog: &Catalog,
) -> Vec<LiftTrend> {
    let mut out: BTreeMap<String, LiftTrend> = BTreeMap::new();
    let mut prior: BTreeMap<String, f64> = BTreeMap::new();
    for (ex, best, date) in before {
        prior.insert(ex.clone(), best);
        out.insert(ex.clone(), trend(ex, best, date, week_ends.len()));
    }
    let first = week_ends.first().map(|&d| d - Days::new(6));
    for s in window {
        let Some(st) = s.strength() else { continue };
        let week = first.map_or(0, |f| ((s.date - f).num_days() / 7) as usize);
        for set in &st.sets {
            let Some(e) = e1rm(set) else { continue };
            let t = out
                .entry(set.exercise.clone())
                .or_insert_with(|| trend(set.exercise.clone(), e, s.date, week_ends.len()));
            if let Some(w) = t.weekly.get_mut(week) {
                *w = Some(w.map_or(e, |x| x.max(e)));
            }
            match prior.get(&set.exercise) {
                Some(&p) if records::is_pr(e, p) => t.prs.push((s.date, e)),
                _ => {}
            }
            if prior
                .get(&set.exercise)
                .is_none_or(|&p| records::is_pr(e, p))
            {
                prior.insert(set.exercise.clone(), e);
                t.best = e;
                t.best_date = s.date;
            }
        }
    }
    let order = |name: &str| {
        catalog
            .exercises()
            .iter()
            .position(|x| x.name == name)
            .unwrap_or(usize::MAX)
    };
    let mut v: Vec<LiftTrend> = out.into_values().collect();
    v.sort_by(|a, b| (order(&a.exercise), &a.exercise).cmp(&(order(&b.exercise), &b.exercise)));
    v
}

fn trend(exercise: String, best: f64, date: NaiveDate, weeks: usize) -> LiftTrend {
    LiftTrend {
        exercise,
        best,
        best_date: date,
        weekly: vec![None; weeks],
        prs: Vec::new(),
    }
}

/// The records computed over sessions in memory, as the store's queries do.
pub mod memory {
    use super::*;

    /// The run records by `domain::records` over the runs among `all` (in date order).
    pub fn records(all: &[&Session], settings: &Settings, day: NaiveDate) -> ProgressRecords {
        let runs: Vec<RunEntry> = all
            .iter()
            .filter_map(|s| {
                s.run().map(|r| RunEntry {
                    id: s.id,
                    date: s.date,
                    time: s.time,
                    kind: r.kind,
                    distance_m: r.distance_m,
                    duration_s: r.duration_s,
                    shoes: r.shoes.clone(),
                    efforts: r
                        .track
                        .as_ref()
                        .map(|t| t.best_efforts.clone())
                        .unwrap_or_default(),
                })
            })
            .collect();
        let refs: Vec<&RunEntry> = runs.iter().collect();
        ProgressRecords {
            runs: records::run_records(&refs, settings.week_start),
            predictions: records::predictions(&refs, day),
            shoes: records::shoes(&refs, settings.shoes_retire_km),
            reps: Vec::new(),
        }
    }

    /// The working sets among `all`, as the store's `lift_sets` reads them.
    pub fn lift_sets(all: &[&Session]) -> Vec<LiftSet> {
        let mut out = Vec::new();
        for s in all {
            let sets = s.strength().map(|st| st.sets.as_slice()).unwrap_or(&[]);
            for (i, set) in sets.iter().enumerate().filter(|(_, x)| !x.warmup) {
                out.push(LiftSet {
                    session_id: s.id,
                    date: s.date,
                    time: s.time,
                    idx: i as u32,
                    exercise: set.exercise.as_str().into(),
                    reps: set.reps,
                    weight_kg: set.weight_kg,
                    rir: set.rir,
                });
            }
        }
        out
    }

    pub fn e1rm_before(all: &[&Session], from: NaiveDate) -> Vec<(String, f64, NaiveDate)> {
        let mut best: BTreeMap<String, (f64, NaiveDate)> = BTreeMap::new();
        for s in all.iter().filter(|s| s.date < from) {
            for set in s.strength().map(|st| st.sets.as_slice()).unwrap_or(&[]) {
                if let Some(e) = e1rm(set) {
                    let b = best.entry(set.exercise.clone()).or_insert((e, s.date));
                    if e > b.0 {
                        *b = (e, s.date);
                    }
                }
            }
        }
        best.into_iter().map(|(k, (e, d))| (k, e, d)).collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::DaySummary;
    use crate::domain::load::series_of_days as load_series;
    use crate::domain::volume::session_volume;
    use crate::domain::{Catalog, Muscle, PerMuscle, Run, RunKind, Session, Settings};
    use chrono::NaiveDate;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn section_3_2_easy_run_set_equivalents() {
        // 30 min easy at default RPE 3 = 90 AU = 90 / 40 = 2.25 sets (§3.2, A = 40);
        // calves 0.32 × 2.25 = 0.72
        let s = Settings::default();
        let run = Session::new_run(day(20), Run::new(RunKind::Easy, 5000.0, 1800.0));
        let (lift, runv) = session_volume(&run, &s, &Catalog::builtin());
        assert_eq!(lift, PerMuscle::ZERO);
        assert!((runv[Muscle::Calves] - 0.72).abs() < 1e-9);
        assert!((runv.sum() - 2.25).abs() < 1e-9);
    }

    #[test]
    fn section_6_fitness_and_fatigue_from_one_day() {
        let days = [DaySummary {
            date: day(20),
            load: 420.0,
            sessions: 1,
            runs: 0,
            hard_session: true,
            longest_run_m: 0.0,
        }];
        let s = load_series(&days, day(21), 2);
        assert_eq!(s.len(), 2);
        assert!((s[0].fitness - 10.0).abs() < 1e-9); // 420/42
        assert!((s[0].fatigue - 60.0).abs() < 1e-9); // 420/7
        assert!((s[1].form - (10.0 - 60.0)).abs() < 1e-9); // yesterday's balance
    }
}
