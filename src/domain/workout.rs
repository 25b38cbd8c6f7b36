//! A live workout (issue 16): exercises with rows of sets to tick off, a rest timer, and the
//! strength session it becomes when finished. Pure: every instant (`now`) is passed in by the
//! UI, which reads the clock.

use super::catalog::Catalog;
use super::coach::is_lower_body;
use super::muscle::Muscle;
use super::session::{Session, SetEntry, Strength};
use chrono::{NaiveDate, NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};

/// Rest after a set of a lower-body compound lift, seconds.
pub const REST_COMPOUND_S: u32 = 120;
/// Rest after any other set, seconds.
pub const REST_OTHER_S: u32 = 90;
/// What `[` and `]` take off or add to the rest, seconds.
pub const REST_STEP_S: u32 = 15;
/// A draft older than this asks whether to save or drop it, hours.
pub const STALE_HOURS: i64 = 12;

/// The numbers of a set as lifted (or as last time).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Numbers {
    pub reps: u32,
    pub weight_kg: Option<f64>,
    pub rir: Option<u8>,
}

/// One row of an exercise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetRow {
    /// What to lift: prescribed reps and weight (RIR when the plan gave one).
    pub plan: Numbers,
    /// Last time's set in the same place, if any (the "previous" column).
    pub previous: Option<Numbers>,
    /// A warm-up: stored marked as one, counted for no group (§3.1).
    pub warmup: bool,
    /// Ticked, with what was actually lifted.
    pub done: Option<Numbers>,
    /// Skipped: not lifted, not saved.
    pub skipped: bool,
}

impl SetRow {
    pub fn new(plan: Numbers, previous: Option<Numbers>) -> SetRow {
        SetRow {
            plan,
            previous,
            warmup: false,
            done: None,
            skipped: false,
        }
    }

    /// Neither done nor skipped.
    pub fn open(&self) -> bool {
        self.done.is_none() && !self.skipped
    }
}

/// One exercise of the workout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkoutExercise {
    /// The catalog name.
    pub name: String,
    pub sets: Vec<SetRow>,
    /// The rest after each of its sets, seconds.
    pub rest_s: u32,
}

/// The countdown after a tick.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RestTimer {
    pub started: NaiveDateTime,
    pub seconds: u32,
    /// The bell was rung at zero.
    pub rung: bool,
}

impl RestTimer {
    /// Seconds left at `now` (negative once over).
    pub fn left(&self, now: NaiveDateTime) -> i64 {
        i64::from(self.seconds) - (now - self.started).num_seconds()
    }
}

/// A set picked by exercise and row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct At {
    pub exercise: usize,
    pub set: usize,
}

/// A workout in progress: what the draft in the store holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workout {
    /// The day it is logged on.
    pub date: NaiveDate,
    /// When it was opened.
    pub created: NaiveDateTime,
    /// The first tick: the session's start.
    pub started: Option<NaiveDateTime>,
    pub exercises: Vec<WorkoutExercise>,
    pub rest: Option<RestTimer>,
}

/// The rest after a set of `exercise`: 2:00 for a lower-body compound lift (lower-body, §8.1,
/// and working more than one group), 1:30 otherwise.
pub fn rest_for(catalog: &Catalog, exercise: &str) -> u32 {
    let groups = Muscle::ALL
        .into_iter()
        .filter(|&m| catalog.weights(exercise)[m] > 0.0)
        .count();
    if is_lower_body(catalog, exercise) && groups >= 2 {
        REST_COMPOUND_S
    } else {
        REST_OTHER_S
    }
}

impl Workout {
    pub fn new(date: NaiveDate, created: NaiveDateTime) -> Workout {
        Workout {
            date,
            created,
            started: None,
            exercises: Vec::new(),
            rest: None,
        }
    }

    /// When it began: the first tick, else when it was opened.
    pub fn began(&self) -> NaiveDateTime {
        self.started.unwrap_or(self.created)
    }

    /// Begun more than [`STALE_HOURS`] before `now`.
    pub fn is_stale(&self, now: NaiveDateTime) -> bool {
        (now - self.began()).num_hours() >= STALE_HOURS
    }

    pub fn row(&self, at: At) -> Option<&SetRow> {
        self.exercises.get(at.exercise)?.sets.get(at.set)
    }

    fn row_mut(&mut self, at: At) -> Option<&mut SetRow> {
        self.exercises.get_mut(at.exercise)?.sets.get_mut(at.set)
    }

    /// Every row in order.
    pub fn rows(&self) -> Vec<At> {
        let mut out = Vec::new();
        for (e, x) in self.exercises.iter().enumerate() {
            out.extend((0..x.sets.len()).map(|s| At {
                exercise: e,
                set: s,
            }));
        }
        out
    }

    /// The first open row after `at` (wrapping), else `at`.
    pub fn next_open(&self, at: At) -> At {
        let rows = self.rows();
        let i = rows.iter().position(|&r| r == at).unwrap_or(0);
        (1..=rows.len())
            .map(|k| rows[(i + k) % rows.len()])
            .find(|&r| self.row(r).is_some_and(SetRow::open))
            .unwrap_or(at)
    }

    /// Ticks the set at `at` as done with `numbers` (the plan when `None`), at `now`: the first
    /// tick starts the workout, every tick starts the rest timer. Ticking a done set unticks it.
    /// Returns whether it is now done.
    pub fn tick(&mut self, at: At, numbers: Option<Numbers>, now: NaiveDateTime) -> bool {
        let rest_s = match self.exercises.get(at.exercise) {
            Some(x) => x.rest_s,
            None => return false,
        };
        let Some(row) = self.row_mut(at) else {
            return false;
        };
        if row.done.is_some() && numbers.is_none() {
            row.done = None;
            return false;
        }
        row.done = Some(numbers.unwrap_or(row.plan));
        row.skipped = false;
        self.started.get_or_insert(now);
        self.rest = Some(RestTimer {
            started: now,
            seconds: rest_s,
            rung: false,
        });
        true
    }

    /// Skips the set at `at`, or takes it back when skipped.
    pub fn skip(&mut self, at: At) {
        if let Some(row) = self.row_mut(at) {
            row.skipped = !row.skipped;
            row.done = None;
        }
    }

    /// Marks the set at `at` as a warm-up (§3.1: stored marked, counted for no group), or as
    /// a working set again.
    pub fn toggle_warmup(&mut self, at: At) {
        if let Some(row) = self.row_mut(at) {
            row.warmup = !row.warmup;
        }
    }

    /// Adds a set to the exercise of `at`, like its last one (as lifted, when it was), after
    /// its last row; returns where it went.
    pub fn add_set(&mut self, exercise: usize) -> Option<At> {
        let x = self.exercises.get_mut(exercise)?;
        let row = match x.sets.last() {
            Some(last) => SetRow {
                plan: last.done.unwrap_or(last.plan),
                previous: None,
                warmup: last.warmup,
                done: None,
                skipped: false,
            },
            None => SetRow::new(
                Numbers {
                    reps: 10,
                    weight_kg: None,
                    rir: None,
                },
                None,
            ),
        };
        x.sets.push(row);
        Some(At {
            exercise,
            set: x.sets.len() - 1,
        })
    }

    /// Adds an exercise with `sets` rows of `plan`, `previous` beside them in order.
    pub fn add_exercise(
        &mut self,
        name: &str,
        rest_s: u32,
        sets: u32,
        plan: Numbers,
        previous: &[Numbers],
    ) {
        let rows = (0..sets as usize)
            .map(|i| SetRow::new(plan, previous.get(i).copied()))
            .collect();
        self.exercises.push(WorkoutExercise {
            name: name.to_string(),
            sets: rows,
            rest_s,
        });
    }

    /// `[`/`]`: the rest of the exercise of `at` (and the running timer) changed by `delta`
    /// steps of 15 s, never below 15 s.
    pub fn change_rest(&mut self, exercise: usize, delta: i32) {
        let step = |s: u32| {
            let v = i64::from(s) + i64::from(delta) * i64::from(REST_STEP_S);
            v.clamp(i64::from(REST_STEP_S), 3600) as u32
        };
        if let Some(x) = self.exercises.get_mut(exercise) {
            x.rest_s = step(x.rest_s);
        }
        if let Some(t) = &mut self.rest {
            t.seconds = step(t.seconds);
        }
    }

    /// The timer reached zero at `now` and has not rung yet: marks it rung, returns true once.
    pub fn ring(&mut self, now: NaiveDateTime) -> bool {
        match &mut self.rest {
            Some(t) if !t.rung && t.left(now) <= 0 => {
                t.rung = true;
                true
            }
            _ => false,
        }
    }

    /// The done sets, in order (warm-ups marked as such).
    pub fn done_sets(&self) -> Vec<SetEntry> {
        self.exercises
            .iter()
            .flat_map(|x| {
                x.sets.iter().filter_map(|r| {
                    let d = r.done?;
                    Some(SetEntry {
                        exercise: x.name.clone(),
                        reps: d.reps,
                        weight_kg: d.weight_kg,
                        rir: d.rir,
                        warmup: r.warmup,
                    })
                })
            })
            .collect()
    }

    /// The strength session it gives when finished at `now` with `rpe` (`None`: the default):
    /// the done sets only, dated on the workout's day, starting at the first tick and lasting
    /// from it to `now` (whole minutes, at least one). `None` when no set is done.
    pub fn finish(&self, now: NaiveDateTime, rpe: Option<f64>) -> Option<Session> {
        let sets = self.done_sets();
        let started = self.started?;
        if sets.is_empty() {
            return None;
        }
        let secs = (now - started).num_seconds().max(0);
        let minutes = ((secs as f64 / 60.0).round()).max(1.0);
        let mut s = Session::new_strength(
            self.date,
            Strength {
                minutes: Some(minutes),
                sets,
            },
        );
        s.time = started.time().with_nanosecond(0);
        s.rpe = rpe;
        Some(s)
    }
}
