//! `today` and `plan` (`docs/model.md` §8.6, §8.8): the plan week's entry for the target day,
//! with the rest and recovery overrides, and the next days as if each suggestion were done.
//! The plan itself is [`super::coach`]; the words are [`text`].

pub mod text;

pub use super::coach::lift::{LastSet, Prescription};

use super::coach::calendar::Calendar;
use super::coach::habits::{AutoTargets, Habits, Targets};
use super::coach::lift::{self, LiftInputs};
use super::coach::week::{self, Minutes, WeekInputs, WeekPlan};
use super::coach::{
    Athlete, Earlier, Inputs, LiftKind, Phase, QUALITY_KINDS, RunClass, RunRole, median,
    week_monday,
};
use super::history::History;
use super::load;
use super::muscle::Muscle;
use super::rest::{self, RestPrompt};
use super::run_kind::RunKind;
use super::session::{Run, Session, SetEntry, Strength};
use super::settings::Settings;
use super::threshold::{above, ge};
use super::volume::{self, Band};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Protein per kg of body weight: where gains plateau, and one gram per pound (§8.7).
pub const PROTEIN_G_PER_KG: (f64, f64) = (1.6, 2.2);
/// Days a plan lists at most (§8.8).
pub const MAX_PLAN_DAYS: usize = 28;
/// The pace assumed when no easy run gives one (§8.8): 6:00 per km, in seconds per metre.
pub(crate) const DEFAULT_PACE_S_PER_M: f64 = 0.36;

/// What to do (§8.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Suggestion {
    Race,
    Rest,
    Recover,
    Strength,
    Run,
}

impl Suggestion {
    pub fn key(self) -> &'static str {
        match self {
            Suggestion::Race => "race",
            Suggestion::Rest => "rest",
            Suggestion::Recover => "recover",
            Suggestion::Strength => "strength",
            Suggestion::Run => "run",
        }
    }
}

/// The run of a `race`, `recover` or `run` suggestion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunPlan {
    pub kind: RunKind,
    /// `[lo, hi]` minutes; `None` for the race.
    pub minutes: Option<[u32; 2]>,
    pub structure: Option<String>,
    /// The race's distance.
    pub distance_m: Option<f64>,
}

/// `[done this calendar week before T, target]` pairs (§8.5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeekCounts {
    pub runs: [u32; 2],
    pub long: [u32; 2],
    pub quality: [u32; 2],
    pub easy: [u32; 2],
    pub lifts: [u32; 2],
    /// Run minutes done, and the week's minutes B, whole minutes.
    pub run_minutes: [u32; 2],
    pub rest_days: u32,
}

/// The upper lift that comes with the run of a double day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Also {
    pub suggestion: Suggestion,
    pub exercises: Vec<Prescription>,
}

/// The day's protein range in grams (§8.7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Protein {
    pub low: u32,
    pub high: u32,
}

/// One planned day as the week strip draws it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StripDay {
    pub date: NaiveDate,
    /// `race`, `long`, `intervals`, `easy`, `lift`, `rest`... (the run's kind first).
    pub run: Option<RunKind>,
    pub lift: bool,
}

/// The suggestion for the target day (§8.6): what `legday today --json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Today {
    /// D, the day asked about.
    pub date: NaiveDate,
    /// T: D when D has no session yet, else D+1.
    #[serde(rename = "for")]
    pub target: NaiveDate,
    pub suggestion: Suggestion,
    pub phase: Phase,
    pub reason: String,
    pub week: WeekCounts,
    pub also: Option<Also>,
    /// The open groups at T (status none or low, not recovering), in the order served.
    pub open: Vec<Muscle>,
    /// The groups recovering at T, in §1 order.
    pub recovering: Vec<Muscle>,
    pub run: Option<RunPlan>,
    /// Empty unless the suggestion is `strength`.
    pub exercises: Vec<Prescription>,
    pub protein_g: Protein,
    /// The days of the plan week: done ones from history, coming ones from the plan (not part
    /// of the JSON contract).
    #[serde(skip)]
    pub strip: Vec<StripDay>,
    /// What `auto` gives for run days, lift days and the long run's day this week (§8.3).
    #[serde(skip)]
    pub auto: Option<AutoTargets>,
}

/// The day's protein range (§8.7): `1.6 × body_kg` to `2.2 × body_kg`, whole grams.
pub fn protein(body_kg: f64) -> Protein {
    let g = |k: f64| (k * body_kg).round().max(0.0) as u32;
    Protein {
        low: g(PROTEIN_G_PER_KG.0),
        high: g(PROTEIN_G_PER_KG.1),
    }
}

/// The open groups at T (§8.7): status none or low and not recovering, by
/// `volume / maintain threshold` ascending (ties in §1 order), arms last.
pub fn open_groups(volume: &[f64; 7], recovering: &[Muscle], settings: &Settings) -> Vec<Muscle> {
    let mut open: Vec<(Muscle, f64)> = Muscle::ALL
        .into_iter()
        .filter(|&m| {
            matches!(
                volume::band(m, volume[m.index()], settings),
                Band::None | Band::Low
            ) && !recovering.contains(&m)
        })
        .map(|m| (m, volume[m.index()] / settings.bands(m).maintain))
        .collect();
    open.sort_by(|a, b| {
        (a.0 == Muscle::Arms)
            .cmp(&(b.0 == Muscle::Arms))
            .then(a.1.total_cmp(&b.1))
    });
    open.into_iter().map(|(m, _)| m).collect()
}

/// The sessions (and days) dated on or before `day`.
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

/// The latest date of each quality kind, from the sessions and the earlier facts.
fn latest_quality(ath: &Athlete, earlier: &Earlier) -> BTreeMap<RunKind, NaiveDate> {
    let mut out: BTreeMap<RunKind, NaiveDate> = BTreeMap::new();
    let mut note = |k: RunKind, d: NaiveDate| {
        if QUALITY_KINDS.contains(&k) && d <= ath.cut {
            let e = out.entry(k).or_insert(d);
            *e = (*e).max(d);
        }
    };
    for &(k, d) in &earlier.latest_quality {
        note(k, d);
    }
    for s in &ath.sessions {
        if let Some(r) = s.run() {
            note(r.kind, s.date);
        }
    }
    out
}

impl Today {
    /// The suggestion at day `day` (§8.6). `inputs.history` holds at least the sessions of
    /// [`super::coach::window_start`] to D and the day series; later sessions are ignored.
    /// `last` looks up an exercise's last set older than those sessions.
    pub fn build(
        inputs: &Inputs,
        day: NaiveDate,
        last: &mut dyn FnMut(&str) -> Option<LastSet>,
    ) -> Today {
        let history = up_to(inputs.history, day);
        let inputs = Inputs {
            history: &history,
            ..*inputs
        };
        build_at(&inputs, day, last, &mut PlanCache::default())
    }

    /// The next `n` days (§8.8, at most [`MAX_PLAN_DAYS`]): the suggestion at T, then at each
    /// next day as if every suggestion before it were done. Nothing is stored.
    pub fn plan(
        inputs: &Inputs,
        day: NaiveDate,
        n: usize,
        last: &mut dyn FnMut(&str) -> Option<LastSet>,
    ) -> Vec<Today> {
        let mut history = up_to(inputs.history, day);
        let mut out: Vec<Today> = Vec::new();
        let mut d = day;
        // the week's facts are measured at M from the sessions before it: once a week
        let mut cache = PlanCache::default();
        for _ in 0..n.clamp(1, MAX_PLAN_DAYS) {
            let t = build_at(
                &Inputs {
                    history: &history,
                    ..*inputs
                },
                d,
                last,
                &mut cache,
            );
            let pace = cache.facts.map_or(DEFAULT_PACE_S_PER_M, |f| f.pace);
            for s in assumed(&t, pace) {
                history.add(s, inputs.settings);
            }
            d = t.target + Days::new(1);
            out.push(t);
        }
        out
    }
}

/// The sessions a suggestion is assumed to be done as (§8.8).
pub(crate) fn assumed(t: &Today, pace: f64) -> Vec<Session> {
    let mut out = Vec::new();
    if let Some(r) = &t.run {
        let (duration_s, distance_m) = match (r.minutes, r.distance_m) {
            (_, Some(m)) => (m * pace, m),
            (Some([lo, hi]), None) => {
                let min = super::coach::round_half_up(f64::from(lo + hi) / 2.0);
                (min * 60.0, min * 60.0 / pace)
            }
            (None, None) => (0.0, 0.0),
        };
        if duration_s > 0.0 {
            out.push(Session::new_run(
                t.target,
                Run::new(r.kind, distance_m, duration_s),
            ));
        }
    }
    let lifts = std::iter::once(&t.exercises).chain(t.also.as_ref().map(|a| &a.exercises));
    for exercises in lifts.filter(|e| !e.is_empty()) {
        let sets: Vec<SetEntry> = exercises
            .iter()
            .flat_map(|p| {
                (0..p.sets).map(|_| SetEntry {
                    rir: Some(2),
                    ..SetEntry::new(p.exercise.clone(), p.reps, p.weight_kg)
                })
            })
            .collect();
        out.push(Session::new_strength(
            t.target,
            Strength {
                minutes: None,
                sets,
            },
        ));
    }
    out
}

/// The median pace of the easy runs in `[max(M-28, start), M-1]` of the plan week starting
/// `m`, in seconds per metre (§8.8); 6:00 per km without one.
fn easy_pace(inputs: &Inputs, m: NaiveDate) -> f64 {
    let y = m - Days::new(1);
    let ath = Athlete::new(inputs, y);
    let start = Calendar::new(inputs, y).start(y).unwrap_or(m);
    let med = ath.median_run_minutes(m);
    median(
        ath.between(start.max(m - Days::new(28)), y)
            .filter(|s| ath.class(s, med) == Some(RunClass::Easy))
            .filter_map(|s| s.run())
            .filter(|r| r.distance_m > 0.0)
            .map(|r| r.duration_s / r.distance_m)
            .collect(),
    )
    .unwrap_or(DEFAULT_PACE_S_PER_M)
}

/// The week's plan at T, with the lift at T re-planned away when it finds no exercise (§8.7).
/// What a plan carries from one day to the next: the week's facts, and fitness and fatigue
/// (start, day, fitness, fatigue) so that each day adds one step instead of years of them.
#[derive(Default)]
struct PlanCache {
    facts: Option<WeekFacts>,
    fit: Option<(NaiveDate, NaiveDate, f64, f64)>,
}

/// What is measured once per plan week, at M, from the sessions before it (§8.2-§8.4, §8.8):
/// the same for every day of the week, so a plan computes it once a week.
#[derive(Debug, Clone, Copy)]
struct WeekFacts {
    m: NaiveDate,
    habits: Habits,
    targets: Targets,
    auto: AutoTargets,
    /// B (§8.4).
    b: f64,
    /// The easy pace the plan assumes (§8.8), seconds per metre.
    pace: f64,
}

impl WeekFacts {
    fn at(inputs: &Inputs, m: NaiveDate) -> WeekFacts {
        let habits = Habits::measure(inputs, m);
        WeekFacts {
            m,
            habits,
            targets: Targets::new(inputs, &habits, m),
            auto: AutoTargets::at(inputs, &habits, m),
            b: Calendar::new(inputs, m - Days::new(1)).week_minutes(m, habits.base),
            pace: easy_pace(inputs, m),
        }
    }

    /// The facts of `m`'s week, from `cache` when it holds them.
    fn cached(inputs: &Inputs, m: NaiveDate, cache: &mut Option<WeekFacts>) -> WeekFacts {
        match cache {
            Some(f) if f.m == m => *f,
            _ => *cache.insert(WeekFacts::at(inputs, m)),
        }
    }
}

fn week_at(
    inputs: &Inputs,
    ath: &Athlete,
    cal: &Calendar,
    t: NaiveDate,
    facts: &WeekFacts,
    lift_at: &dyn Fn(LiftKind) -> bool,
) -> WeekPlan {
    let m = facts.m;
    let (habits, targets, b) = (facts.habits, facts.targets, facts.b);
    let mut w = WeekInputs {
        t,
        m,
        ath,
        cal,
        habits,
        targets,
        minutes: Minutes::new(&habits, &targets, b),
        latest_quality: latest_quality(ath, inputs.earlier),
        no_lift: Vec::new(),
    };
    let mut plan = week::plan_week(&w);
    if let Some(kind) = plan.days.first().and_then(|d| d.lift)
        && !lift_at(kind)
    {
        w.no_lift.push(t);
        plan = week::plan_week(&w);
    }
    plan
}

fn build_at(
    inputs: &Inputs,
    day: NaiveDate,
    last: &mut dyn FnMut(&str) -> Option<LastSet>,
    cache: &mut PlanCache,
) -> Today {
    let settings = inputs.settings;
    let history = inputs.history;
    let trained = history.sessions.iter().any(|s| s.date == day)
        || history.days.iter().any(|d| d.date == day && d.sessions > 0);
    let t = if trained { day + Days::new(1) } else { day };
    let m = week_monday(t, settings);
    let ath = Athlete::new(inputs, day);
    let cal = Calendar::new(inputs, day);
    let phase = cal.phase(t, m);

    // The muscle record at T (§3): volume of [T-6, T] and recovery.
    let (strength, run) = volume::window_volume(
        &history.sessions,
        t - Days::new(6),
        t,
        settings,
        inputs.catalog,
    );
    let volume: [f64; 7] = std::array::from_fn(|i| strength.0[i] + run.0[i]);
    let recovering: Vec<Muscle> =
        volume::recovering_until(&history.sessions, settings, inputs.catalog, t)
            .iter()
            .zip(Muscle::ALL)
            .filter(|(r, _)| r.is_some())
            .map(|(_, m)| m)
            .collect();
    let open = open_groups(&volume, &recovering, settings);
    let lift_inputs = LiftInputs {
        t,
        ath: &ath,
        phase,
        gap: cal.gap(t),
        start: cal.start(t),
        next_race: cal.next_race(t).map(|r| r.date),
        open: open.clone(),
        recovering: recovering.clone(),
    };
    let has_exercises = |k: LiftKind| !lift::choose(&lift_inputs, k).is_empty();
    let facts = WeekFacts::cached(inputs, m, &mut cache.facts);
    let plan = week_at(inputs, &ath, &cal, t, &facts, &has_exercises);
    let (habits, targets, auto) = (facts.habits, facts.targets, facts.auto);
    let entry = plan.days[0];

    // The overrides of §8.6: rest, then recover.
    // §5 reads the days (streaks, the 28-day median, 30-day spikes): the last 200 are enough
    let first = history
        .days
        .partition_point(|d| d.date < t - Days::new(200));
    let recent_days = History {
        sessions: Vec::new(),
        days: history.days.get(first..).unwrap_or_default().to_vec(),
    };
    let rest = rest::rest(&recent_days, settings, t);
    let six_in_a_row =
        week::days(t - Days::new(6), t - Days::new(1)).all(|d| ath.idx.has_session(d));
    let prompt_rest = rest.prompt == Some(RestPrompt::RestToday);
    // fatigue(T-1) > 2 × fitness(T-1) after six weeks (§6), from the start in force at T-1
    let y = t - Days::new(1);
    let (fitness, fatigue) = match cal.start(y) {
        Some(s) if (t - s).num_days() >= 42 => {
            // a plan carries yesterday's values on by a day (the same steps, the same numbers)
            let v = match cache.fit {
                Some((start, d0, ctl, atl)) if start == s && d0 <= y => {
                    load::fitness_fatigue_after(history, (d0, ctl, atl), y)
                }
                _ => load::fitness_fatigue(history, s, y),
            };
            cache.fit = Some((s, y, v.0, v.1));
            v
        }
        _ => (0.0, 0.0),
    };
    let recover =
        cal.start(t).is_some_and(|s| (t - s).num_days() >= 42) && above(fatigue, 2.0 * fitness);

    let mut run = entry.run;
    let mut lift_kind = entry.lift;
    let mut suggestion;
    let why: text::Why;
    if prompt_rest || six_in_a_row {
        run = None;
        lift_kind = None;
        suggestion = Suggestion::Rest;
        why = if prompt_rest {
            text::Why::RestPrompt(rest.message.clone().unwrap_or_default())
        } else {
            text::Why::SixInARow
        };
    } else if recover
        && (run.is_some_and(|r| r.role != RunRole::Race) || lift_kind == Some(LiftKind::Lower))
    {
        run = Some(week::PlannedRun {
            role: RunRole::Recovery,
            minutes: Some([20, 30]),
            distance_m: None,
        });
        if lift_kind == Some(LiftKind::Lower) {
            lift_kind = None;
        }
        suggestion = Suggestion::Recover;
        why = text::Why::Fatigue { fatigue, fitness };
    } else {
        suggestion = match (run, lift_kind) {
            (Some(r), _) if r.role == RunRole::Race => Suggestion::Race,
            (Some(_), _) => Suggestion::Run,
            (None, Some(_)) => Suggestion::Strength,
            (None, None) => Suggestion::Rest,
        };
        why = text::Why::Plan;
    }
    let exercises_of = |k: LiftKind, last: &mut dyn FnMut(&str) -> Option<LastSet>| {
        lift::session(&lift_inputs, k, last)
    };
    let (exercises, also) = match (run.is_some(), lift_kind) {
        (false, Some(k)) => (exercises_of(k, last), None),
        (true, Some(k)) => (
            Vec::new(),
            Some(Also {
                suggestion: Suggestion::Strength,
                exercises: exercises_of(k, last),
            }),
        ),
        _ => (Vec::new(), None),
    };
    if suggestion == Suggestion::Strength && exercises.is_empty() {
        suggestion = Suggestion::Rest;
    }
    let run_plan = run.map(|r| RunPlan {
        kind: r.role.kind(),
        minutes: r.minutes,
        structure: text::structure(r.role).map(str::to_string),
        distance_m: r.distance_m,
    });
    let done = plan.done;
    let week = WeekCounts {
        runs: [done.runs, targets.run_days],
        long: [done.long, targets.long_target],
        quality: [done.quality, targets.quality_target],
        easy: [done.easy, targets.easy_target],
        lifts: [done.lifts, targets.lift_days],
        run_minutes: [
            super::coach::round_half_up(done.run_minutes) as u32,
            super::coach::round_half_up(plan.minutes.b) as u32,
        ],
        rest_days: done.rest_days,
    };
    // done days from history, coming days from the plan
    let strip = week::days(m, t - Days::new(1))
        .map(|date| {
            let s: Vec<_> = ath.between(date, date).collect();
            StripDay {
                date,
                run: s.iter().find_map(|x| x.run()).map(|r| r.kind),
                lift: s.iter().any(|x| !x.is_run()),
            }
        })
        .chain(plan.days.iter().map(|d| {
            // the target day as suggested, after the overrides of §8.6
            let (r, l) = if d.date == t {
                (run, lift_kind)
            } else {
                (d.run, d.lift)
            };
            StripDay {
                date: d.date,
                run: r.map(|r| r.role.kind()),
                lift: l.is_some(),
            }
        }))
        .collect();
    let ctx = text::Context {
        settings,
        t,
        trained,
        phase,
        week: &week,
        plan: &plan,
        habits: &habits,
        targets: &targets,
        next_race: cal.next_race(t),
        exercises: also.as_ref().map_or(&exercises, |a| &a.exercises),
        open: &open,
        lift: lift_kind,
        run: run.as_ref(),
        legs_fresh: !ge(ath.leg_sets(t - Days::new(1)), 6.0),
    };
    let reason = text::reason(&ctx, &why, suggestion);
    Today {
        date: day,
        target: t,
        suggestion,
        phase,
        reason,
        week,
        also,
        open,
        recovering,
        run: run_plan,
        exercises,
        protein_g: protein(settings.body_kg),
        strip,
        auto: Some(auto),
    }
}
