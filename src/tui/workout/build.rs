//! What a workout starts from (today's suggestion, the last strength session, a template, or
//! nothing) and the exercises added during it, with last time's sets beside each row.

use super::{QUERY, Stage, WorkoutScreen};
use crate::domain::coach::lift::default_prescription;
use crate::domain::workout::{At, Numbers, Workout, rest_for};
use crate::domain::{SetEntry, today::Suggestion};
use crate::tui::action::Action;
use crate::tui::data::Data;
use crate::tui::effect::Effect;
use crate::tui::form::strength::{last_sets, last_strength};
use crate::tui::form::{Key, edit, pasted};

/// The most catalog matches the picker lists.
pub const PICKER_MAX: usize = 8;

fn numbers(s: &SetEntry) -> Numbers {
    Numbers {
        reps: s.reps,
        weight_kg: s.weight_kg,
        rir: s.rir,
    }
}

/// Last time's working sets of `exercise`, in order (the "previous" column).
fn previous(data: &Data, exercise: &str) -> Vec<Numbers> {
    last_sets(&data.sessions, exercise)
        .map(|l| l.sets.iter().filter(|s| !s.warmup).map(numbers).collect())
        .unwrap_or_default()
}

/// A workout of `sets`, grouped by exercise in the order they first appear; warm-ups stay
/// marked.
fn from_sets(data: &Data, w: &mut Workout, sets: &[SetEntry]) {
    let mut names: Vec<&str> = Vec::new();
    for s in sets {
        if !names.contains(&s.exercise.as_str()) {
            names.push(&s.exercise);
        }
    }
    for name in names {
        let prev = previous(data, name);
        w.add_exercise(
            name,
            rest_for(&data.catalog, name),
            0,
            numbers(&sets[0]),
            &[],
        );
        let Some(x) = w.exercises.last_mut() else {
            continue;
        };
        let mut working = 0;
        for s in sets.iter().filter(|s| s.exercise == name) {
            let mut row = crate::domain::workout::SetRow::new(numbers(s), None);
            row.warmup = s.warmup;
            if !s.warmup {
                row.previous = prev.get(working).copied();
                working += 1;
            }
            x.sets.push(row);
        }
    }
}

impl WorkoutScreen {
    fn start(&mut self, w: Workout) -> Vec<Effect> {
        self.focus = w.next_open(w.rows().last().copied().unwrap_or(At {
            exercise: 0,
            set: 0,
        }));
        let empty = w.exercises.is_empty();
        self.workout = Some(w);
        self.error = None;
        self.stage = if empty {
            Stage::Picker(String::new(), 0)
        } else {
            Stage::Live
        };
        self.save()
    }

    /// The chooser's keys (and the template list's).
    pub(super) fn choose_key(&mut self, data: &Data, action: Action) -> Vec<Effect> {
        let mut w = Workout::new(self.today, self.now);
        if let Stage::Templates(i) = self.stage {
            let n = data.templates.len();
            match action {
                Action::Up | Action::Down if n > 0 => {
                    let d = if matches!(action, Action::Down) {
                        1
                    } else {
                        n - 1
                    };
                    self.stage = Stage::Templates((i + d) % n);
                }
                Action::Submit => {
                    if let Some(t) = data.templates.get(i) {
                        from_sets(data, &mut w, &t.sets);
                        return self.start(w);
                    }
                }
                Action::Back => self.stage = Stage::Choose,
                _ => {}
            }
            return Vec::new();
        }
        match action {
            Action::Submit => {
                let t = data.today.as_ref();
                let lift = t.and_then(|t| match t.suggestion {
                    Suggestion::Strength => Some(&t.exercises),
                    _ => t.also.as_ref().map(|a| &a.exercises),
                });
                match lift.filter(|e| !e.is_empty()) {
                    Some(exercises) => {
                        for p in exercises {
                            let plan = Numbers {
                                reps: p.reps,
                                weight_kg: p.weight_kg,
                                rir: None,
                            };
                            let prev = previous(data, &p.exercise);
                            let rest = rest_for(&data.catalog, &p.exercise);
                            w.add_exercise(&p.exercise, rest, p.sets, plan, &prev);
                        }
                        return self.start(w);
                    }
                    None => {
                        self.error = Some(
                            "today's suggestion is not a lift: l last session, t template, e empty"
                                .into(),
                        )
                    }
                }
            }
            Action::Input('l') => match last_strength(&data.sessions) {
                Some(s) => {
                    let sets = s.strength().map(|st| st.sets.clone()).unwrap_or_default();
                    from_sets(data, &mut w, &sets);
                    return self.start(w);
                }
                None => self.error = Some("no strength session yet: t template, e empty".into()),
            },
            Action::Input('t') if data.templates.is_empty() => {
                self.error = Some("no templates yet (Strength tab, Ctrl-T saves one)".into());
            }
            Action::Input('t') => self.stage = Stage::Templates(0),
            Action::Input('e') => return self.start(w),
            Action::Back | Action::Input('q') => self.closed = true,
            _ => {}
        }
        Vec::new()
    }

    /// The catalog names matching `q`, best first.
    pub fn matches<'d>(data: &'d Data, q: &str) -> Vec<&'d str> {
        if q.trim().is_empty() {
            return Vec::new();
        }
        data.catalog
            .ranked(q.trim())
            .into_iter()
            .take(PICKER_MAX)
            .map(|e| e.name.as_str())
            .collect()
    }

    /// `a`: type a few letters, ↑/↓, Enter adds the exercise with its usual sets and reps at
    /// last time's weight.
    pub(super) fn picker_key(
        &mut self,
        data: &Data,
        action: Action,
        q: String,
        i: usize,
    ) -> Vec<Effect> {
        let m = WorkoutScreen::matches(data, &q);
        match action {
            Action::Paste(t) => {
                let mut q = q;
                for c in pasted(&t) {
                    edit(&mut q, &mut self.caret, QUERY, Key::Char(c));
                }
                self.stage = Stage::Picker(q, 0);
            }
            Action::Up | Action::Down if !m.is_empty() => {
                let d = if matches!(action, Action::Down) {
                    1
                } else {
                    m.len() - 1
                };
                self.stage = Stage::Picker(q, (i + d) % m.len());
            }
            Action::Back => self.stage = Stage::Live,
            Action::Submit => match m.get(i) {
                Some(name) => return self.add(data, name),
                None => {
                    self.error = Some(format!(
                        "no exercise matches \"{}\"; type a few letters: squat, calf, tib...",
                        q.trim()
                    ))
                }
            },
            other => {
                if let Some(k) = Key::of(&other) {
                    // a changed query starts at its best match; a cursor move keeps the pick
                    let pick = if k.changes_text() { 0 } else { i };
                    let mut q = q;
                    edit(&mut q, &mut self.caret, QUERY, k);
                    self.stage = Stage::Picker(q, pick);
                }
            }
        }
        Vec::new()
    }

    fn add(&mut self, data: &Data, name: &str) -> Vec<Effect> {
        let Some(w) = self.workout.as_mut() else {
            return Vec::new();
        };
        let prev = previous(data, name);
        let (sets, reps) = default_prescription(name);
        let plan = Numbers {
            reps: prev.first().map_or(reps, |p| p.reps),
            weight_kg: prev.first().and_then(|p| p.weight_kg),
            rir: None,
        };
        w.add_exercise(name, rest_for(&data.catalog, name), sets, plan, &prev);
        self.focus = At {
            exercise: w.exercises.len() - 1,
            set: 0,
        };
        self.stage = Stage::Live;
        self.error = None;
        self.save()
    }
}
