//! The week's plan (§8.5): the days `[T, M+6]` laid out from what was done in `[M, T-1]`.
//! [`plan_week`] is the whole placement, in its order, in one place.

use super::calendar::{Calendar, Phase};
use super::habits::{Habits, Targets};
use super::{Athlete, QUALITY_KINDS, RunClass, round5};
use crate::domain::run_kind::RunKind;
use crate::domain::settings::Level;
use chrono::{Datelike, Days, NaiveDate};
use std::collections::BTreeMap;

/// What a planned run is for (§8.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunRole {
    Race,
    /// an easy 15-20 minute shake-out.
    ShakeOut,
    Long,
    Quality(RunKind),
    Easy,
    /// An easy run on the day after a hard day.
    Recovery,
}

impl RunRole {
    /// The run kind to log.
    pub fn kind(self) -> RunKind {
        match self {
            RunRole::Race => RunKind::Race,
            RunRole::ShakeOut | RunRole::Easy => RunKind::Easy,
            RunRole::Long => RunKind::Long,
            RunRole::Quality(k) => k,
            RunRole::Recovery => RunKind::Recovery,
        }
    }

    /// A quality run, a long run or the race make their day hard (§8.1).
    pub fn is_hard(self) -> bool {
        matches!(self, RunRole::Race | RunRole::Long | RunRole::Quality(_))
    }
}

/// A planned run: minutes `[lo, hi]` (none for the race), the race's distance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlannedRun {
    pub role: RunRole,
    pub minutes: Option<[u32; 2]>,
    pub distance_m: Option<f64>,
}

/// A planned strength session (§8.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiftKind {
    Lower,
    Upper,
}

/// One day of the plan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DayPlan {
    pub date: NaiveDate,
    pub run: Option<PlannedRun>,
    pub lift: Option<LiftKind>,
    /// Fixed by the calendar (race, shake-out, or a rest day around a race).
    pub fixed: bool,
}

impl DayPlan {
    pub fn is_rest(&self) -> bool {
        self.run.is_none() && self.lift.is_none()
    }
    fn is_free(&self) -> bool {
        !self.fixed && self.is_rest()
    }
}

/// What was done in `[M, T-1]`.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Done {
    pub runs: u32,
    pub long: u32,
    pub quality: u32,
    pub easy: u32,
    pub lifts: u32,
    pub lower: u32,
    pub run_minutes: f64,
    pub rest_days: u32,
}

/// The week's minutes, decided at M (§8.5).
#[derive(Debug, Clone, PartialEq)]
pub struct Minutes {
    /// `B` (§8.4).
    pub b: f64,
    /// The long run's range, `None` when `Lf` does not fit in B (or no long run is wanted).
    pub long: Option<[u32; 2]>,
    /// One range per quality run that fits.
    pub quality: Vec<[u32; 2]>,
}

impl Minutes {
    pub fn new(habits: &Habits, targets: &Targets, b: f64) -> Minutes {
        let e = habits.easy_min;
        let lf = round5(1.1 * e) + 10.0;
        let long = (targets.long_target > 0 && lf <= b + 1e-9).then(|| {
            let lm = (1.1 * habits.longest).min(180.0).min(0.4 * b).max(lf);
            [round5(0.9 * lm) as u32, round5(lm) as u32]
        });
        let mut left = b - long.map_or(0.0, |l| f64::from(l[1]));
        let mut quality = Vec::new();
        for _ in 0..targets.quality_target {
            let lo = round5(0.9 * e).max(20.0);
            let hi = round5(1.1 * e).min(left.floor());
            if hi < 20.0 {
                break;
            }
            quality.push([lo.min(hi) as u32, hi as u32]);
            left -= hi;
        }
        Minutes { b, long, quality }
    }
}

/// The whole week: the days `[T, M+6]`, what was done before T, and the targets.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekPlan {
    pub days: Vec<DayPlan>,
    pub done: Done,
    pub minutes: Minutes,
}

/// What the placement reads.
pub struct WeekInputs<'a, 'b> {
    pub t: NaiveDate,
    pub m: NaiveDate,
    pub ath: &'b Athlete<'a>,
    pub cal: &'b Calendar<'a>,
    pub habits: Habits,
    pub targets: Targets,
    pub minutes: Minutes,
    /// Latest date of each quality kind (§8.5 rotation).
    pub latest_quality: BTreeMap<RunKind, NaiveDate>,
    /// Days where a lift found no exercise (§8.7): no lift is placed there.
    pub no_lift: Vec<NaiveDate>,
}

/// The plan of the week (§8.5).
pub fn plan_week(w: &WeekInputs) -> WeekPlan {
    let (t, m, ath, cal) = (w.t, w.m, w.ath, w.cal);
    let level = ath.settings.level;
    let end = m + Days::new(6);
    let median = ath.median_run_minutes(m);
    let monday_of = |x: NaiveDate| super::week_monday(x, ath.settings);
    let phase = |x: NaiveDate| cal.phase(x, monday_of(x));

    // What was done in [M, T-1].
    let mut done = Done::default();
    for d in days(m, t - Days::new(1)) {
        let sessions: Vec<_> = ath.between(d, d).collect();
        if sessions.is_empty() {
            done.rest_days += 1;
        }
        for s in sessions {
            match ath.class(s, median) {
                Some(c) => {
                    done.runs += 1;
                    done.run_minutes += s.minutes();
                    match c {
                        RunClass::Long => done.long += 1,
                        RunClass::Quality => done.quality += 1,
                        RunClass::Easy => done.easy += 1,
                    }
                }
                None => {
                    done.lifts += 1;
                    done.lower += u32::from(ath.is_lower_lift(s));
                }
            }
        }
    }

    // Fixed by the calendar: the race, the shake-out on R-1, rest on R-2, P+1 and P+2.
    let mut plan: Vec<DayPlan> = days(t, end)
        .map(|date| DayPlan {
            date,
            run: None,
            lift: None,
            fixed: false,
        })
        .collect();
    let mut calendar_rest = 0;
    let mut calendar_runs = 0;
    for p in plan.iter_mut() {
        let x = p.date;
        if let Some(metres) = w
            .cal
            .next_race(x)
            .filter(|r| r.date == x)
            .map(|r| r.distance_m)
        {
            p.run = Some(PlannedRun {
                role: RunRole::Race,
                minutes: None,
                distance_m: Some(metres),
            });
            calendar_runs += 1;
        } else if cal.next_race(x).is_some_and(|r| r.date == x + Days::new(1)) {
            p.run = Some(PlannedRun {
                role: RunRole::ShakeOut,
                minutes: Some([15, 20]),
                distance_m: None,
            });
            calendar_runs += 1;
        } else if cal.next_race(x).is_some_and(|r| r.date == x + Days::new(2))
            || cal.race_on(x - Days::new(1)).is_some()
            || cal
                .race_on(x - Days::new(2))
                .is_some_and(|metres| metres >= 15_000.0 - 1e-6)
        {
            calendar_rest += 1;
        } else {
            continue;
        }
        p.fixed = true;
    }

    // What is still needed.
    let tg = &w.targets;
    let rest_needed = tg
        .rest_target
        .saturating_sub(done.rest_days)
        .saturating_sub(calendar_rest);
    let free = plan.iter().filter(|p| !p.fixed).count() as u32;
    let mut slots = free.saturating_sub(rest_needed);
    let beginner = level == Level::Beginner;

    // Lookups over done days (before T) and planned ones.
    let at = |plan: &[DayPlan], x: NaiveDate| plan.iter().find(|p| p.date == x).copied();
    let hard = |plan: &[DayPlan], x: NaiveDate| -> bool {
        if x < t {
            ath.done_hard(x, median)
        } else {
            at(plan, x).is_some_and(|p| p.run.is_some_and(|r| r.role.is_hard()))
        }
    };
    let run_day = |plan: &[DayPlan], x: NaiveDate| -> bool {
        if x < t {
            ath.idx.is_run_day(x)
        } else {
            at(plan, x).is_some_and(|p| p.run.is_some())
        }
    };
    let lift_on = |plan: &[DayPlan], x: NaiveDate, kind: LiftKind| -> bool {
        if x < t {
            ath.between(x, x)
                .filter(|s| !s.is_run())
                .any(|s| ath.is_lower_lift(s) == (kind == LiftKind::Lower))
        } else {
            at(plan, x).is_some_and(|p| p.lift == Some(kind))
        }
    };
    let before = |x: NaiveDate| x - Days::new(1);
    let after = |x: NaiveDate| x + Days::new(1);
    let next_race_in = |x: NaiveDate, lo: i64, hi: i64| {
        cal.next_race(x)
            .is_some_and(|r| (lo..=hi).contains(&(r.date - x).num_days()))
    };
    let in_taper_after = |x: NaiveDate, days_before: i64| {
        phase(x) == Phase::Taper
            && cal
                .next_race(x)
                .is_some_and(|r| (r.date - x).num_days() < days_before)
    };
    let early_return = |x: NaiveDate| {
        phase(x) == Phase::Return && cal.gap(x).is_some_and(|g| (x - g.g).num_days() < 14)
    };
    let blocked_by_calendar =
        |x: NaiveDate| matches!(phase(x), Phase::PreRace | Phase::RaceDay | Phase::PostRace);
    let place =
        |plan: &mut Vec<DayPlan>, slots: &mut u32, ok: &dyn Fn(&[DayPlan], NaiveDate) -> bool| {
            if *slots == 0 {
                return None;
            }
            let i = (0..plan.len()).find(|&i| plan[i].is_free() && ok(plan, plan[i].date))?;
            *slots -= 1;
            Some(i)
        };

    // 1. The long run, on L only.
    let mut long_placed = 0;
    if tg.long_target > done.long
        && let Some(range) = w.minutes.long
    {
        let long_ok = |plan: &[DayPlan], x: NaiveDate| {
            x.weekday() == tg.long_day
                && !blocked_by_calendar(x)
                && !in_taper_after(x, 7)
                && !early_return(x)
                && !hard(plan, before(x))
        };
        if let Some(i) = place(&mut plan, &mut slots, &long_ok) {
            plan[i].run = Some(PlannedRun {
                role: RunRole::Long,
                minutes: Some(range),
                distance_m: None,
            });
            long_placed += 1;
        }
    }

    // 2. The quality runs.
    let mut quality_placed = 0;
    for range in w.minutes.quality.iter().skip(done.quality as usize) {
        let quality_ok = |plan: &[DayPlan], x: NaiveDate| {
            !beginner
                && !blocked_by_calendar(x)
                && !in_taper_after(x, 4)
                && !early_return(x)
                && !hard(plan, before(x))
                && !hard(plan, after(x))
                && !(before(x) < t && ath.leg_sets(before(x)) >= 6.0 - 1e-9)
        };
        let Some(i) = place(&mut plan, &mut slots, &quality_ok) else {
            break;
        };
        plan[i].run = Some(PlannedRun {
            role: RunRole::Quality(RunKind::Tempo),
            minutes: Some(*range),
            distance_m: None,
        });
        quality_placed += 1;
    }
    assign_quality_kinds(&mut plan, w, t, &phase);

    // 3. The lifts: lower ones first (within the cap), then upper ones.
    let lifts_needed = tg.lift_days.saturating_sub(done.lifts);
    let lower_needed = lifts_needed.min(tg.lower_cap.saturating_sub(done.lower));
    let no_lift = |x: NaiveDate| {
        w.no_lift.contains(&x) || matches!(phase(x), Phase::RaceDay | Phase::PreRace)
    };
    let mut upper_needed = lifts_needed - lower_needed;
    for _ in 0..lower_needed {
        let lower_ok = |plan: &[DayPlan], x: NaiveDate| {
            !no_lift(x)
                && !hard(plan, after(x))
                && !next_race_in(x, 1, 4)
                && !cal
                    .last_race(x)
                    .is_some_and(|(p, _)| (1..=7).contains(&(x - p).num_days()))
                && !lift_on(plan, before(x), LiftKind::Lower)
        };
        match place(&mut plan, &mut slots, &lower_ok) {
            Some(i) => plan[i].lift = Some(LiftKind::Lower),
            None => upper_needed += 1,
        }
    }
    for _ in 0..upper_needed {
        let upper_ok = |plan: &[DayPlan], x: NaiveDate| {
            !no_lift(x) && !lift_on(plan, before(x), LiftKind::Upper)
        };
        if let Some(i) = place(&mut plan, &mut slots, &upper_ok) {
            plan[i].lift = Some(LiftKind::Upper);
        }
    }

    // 4. The easy runs; on a double day when no slot is left.
    let easy_needed = tg
        .run_days
        .saturating_sub(done.runs + calendar_runs + long_placed + quality_placed);
    let third_in_a_row = |plan: &[DayPlan], x: NaiveDate| {
        beginner && run_day(plan, before(x)) && run_day(plan, before(before(x)))
    };
    for _ in 0..easy_needed {
        let easy_ok = |plan: &[DayPlan], x: NaiveDate| !third_in_a_row(plan, x);
        let i = place(&mut plan, &mut slots, &easy_ok).or_else(|| {
            (0..plan.len()).find(|&i| {
                slots == 0
                    && plan[i].lift == Some(LiftKind::Upper)
                    && plan[i].run.is_none()
                    && !third_in_a_row(&plan, plan[i].date)
            })
        });
        let Some(i) = i else { break };
        let role = if hard(&plan, before(plan[i].date)) {
            RunRole::Recovery
        } else {
            RunRole::Easy
        };
        plan[i].run = Some(PlannedRun {
            role,
            minutes: Some([20, 30]),
            distance_m: None,
        });
    }
    easy_minutes(&mut plan, &w.minutes, &done, w.habits.easy_min);

    // 5. Whatever stays free is rest.
    WeekPlan {
        days: plan,
        done,
        minutes: w.minutes.clone(),
    }
}

/// The easy runs' minutes (§8.5), re-planned daily: `e = 5 × floor(Re / 5k)`, capped at
/// `round5(1.3 × easy_min)`; while `e < 20` the last easy run is dropped.
fn easy_minutes(plan: &mut [DayPlan], minutes: &Minutes, done: &Done, easy_min: f64) {
    let planned_hi = |role: fn(RunRole) -> bool, plan: &[DayPlan]| -> f64 {
        plan.iter()
            .filter_map(|p| p.run)
            .filter(|r| role(r.role))
            .map(|r| f64::from(r.minutes.map_or(0, |m| m[1])))
            .sum()
    };
    let cap = round5(1.3 * easy_min);
    loop {
        let k = plan
            .iter()
            .filter(|p| p.run.is_some_and(|r| r.role == RunRole::Easy))
            .count();
        if k == 0 {
            return;
        }
        let recoveries = plan
            .iter()
            .filter(|p| p.run.is_some_and(|r| r.role == RunRole::Recovery))
            .count();
        let re = minutes.b
            - done.run_minutes
            - planned_hi(|r| matches!(r, RunRole::Long | RunRole::Quality(_)), plan)
            - 25.0 * recoveries as f64;
        let e = (5.0 * (re / (5.0 * k as f64) + 1e-9).floor()).min(cap);
        if e < 20.0 {
            let last = plan
                .iter()
                .rposition(|p| p.run.is_some_and(|r| r.role == RunRole::Easy))
                .expect("k > 0");
            plan[last].run = None;
            continue;
        }
        for p in plan.iter_mut() {
            if let Some(r) = p.run.as_mut().filter(|r| r.role == RunRole::Easy) {
                r.minutes = Some([(e - 5.0).max(20.0) as u32, (e + 5.0) as u32]);
            }
        }
        return;
    }
}

/// The kind of each planned quality run (§8.5): the kind whose latest run is the oldest (never
/// done first; ties intervals, tempo, hills); in taper only kinds run in `[T-56, T-1]` (none:
/// tempo).
fn assign_quality_kinds(
    plan: &mut [DayPlan],
    w: &WeekInputs,
    t: NaiveDate,
    phase: &dyn Fn(NaiveDate) -> Phase,
) {
    let mut latest = w.latest_quality.clone();
    for p in plan.iter_mut() {
        let Some(r) = p
            .run
            .as_mut()
            .filter(|r| matches!(r.role, RunRole::Quality(_)))
        else {
            continue;
        };
        let recent = |k: &RunKind| {
            latest
                .get(k)
                .is_some_and(|&d| d >= t - Days::new(56) && d < t)
        };
        let candidates: Vec<RunKind> = if phase(p.date) == Phase::Taper {
            QUALITY_KINDS.into_iter().filter(recent).collect()
        } else {
            QUALITY_KINDS.to_vec()
        };
        let kind = candidates
            .into_iter()
            .min_by_key(|k| latest.get(k).copied())
            .unwrap_or(RunKind::Tempo);
        r.role = RunRole::Quality(kind);
        latest.insert(kind, p.date);
    }
}

/// The days `[from, to]`.
pub fn days(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    from.iter_days().take_while(move |d| *d <= to)
}
