//! What was lifted before: the newest strength session (`Ctrl-R` repeats it) and an exercise's
//! last sets (picking the exercise offers them again).

use crate::domain::{Session, SetEntry, Units};
use crate::format;
use chrono::NaiveDate;

/// An exercise's sets from the newest session that has it.
#[derive(Debug, Clone, PartialEq)]
pub struct LastSets {
    pub date: NaiveDate,
    pub sets: Vec<SetEntry>,
}

impl LastSets {
    /// `"last: 3×5 @ 100 kg, 26 Nov"`.
    pub fn label(&self, u: Units) -> String {
        format!(
            "last: {}, {}",
            sets_text(&self.sets, u),
            self.date.format("%-d %b")
        )
    }
}

/// The newest strength session among `sessions` (newest first, as the History tab holds them).
pub fn last_strength(sessions: &[Session]) -> Option<&Session> {
    sessions
        .iter()
        .filter(|s| s.strength().is_some_and(|st| !st.sets.is_empty()))
        .max_by_key(|s| (s.date, s.time, s.id))
}

/// The sets of `exercise` (its catalog name) in the newest session that has it.
pub fn last_sets(sessions: &[Session], exercise: &str) -> Option<LastSets> {
    sessions
        .iter()
        .filter_map(|s| {
            let sets: Vec<SetEntry> = s
                .strength()?
                .sets
                .iter()
                .filter(|e| e.exercise == exercise)
                .cloned()
                .collect();
            (!sets.is_empty()).then_some((s.date, s.time, s.id, sets))
        })
        .max_by_key(|(d, t, id, _)| (*d, *t, *id))
        .map(|(date, _, _, sets)| LastSets { date, sets })
}

/// Sets as a person reads them, consecutive identical ones counted:
/// `"3×5 @ 100 kg + 1×3 @ 110 kg rir1"`.
pub fn sets_text(sets: &[SetEntry], u: Units) -> String {
    let mut groups: Vec<(usize, &SetEntry)> = Vec::new();
    for e in sets {
        match groups.last_mut() {
            Some((n, last)) if *last == e => *n += 1,
            _ => groups.push((1, e)),
        }
    }
    groups
        .iter()
        .map(|(n, e)| {
            let mut t = format!("{n}×{}", e.reps);
            if let Some(w) = e.weight_kg {
                t.push_str(&format!(" @ {}", format::weight_with_unit(w, u)));
            }
            if let Some(r) = e.rir {
                t.push_str(&format!(" rir{r}"));
            }
            if e.warmup {
                t.push_str(" warm-up");
            }
            t
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Strength;

    fn lift(day: u32, id: i64, sets: Vec<SetEntry>) -> Session {
        let mut s = Session::new_strength(
            NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
            Strength {
                minutes: None,
                sets,
            },
        );
        s.id = id;
        s
    }

    #[test]
    fn the_newest_sets_of_an_exercise_and_the_newest_session() {
        let squat = |kg| SetEntry::new("back squat", 5, Some(kg));
        let tib = SetEntry::new("tibialis raise", 20, None);
        let sessions = vec![
            lift(26, 3, vec![tib.clone(), tib.clone()]),
            lift(24, 2, vec![squat(100.0), squat(100.0), squat(100.0)]),
            lift(20, 1, vec![squat(90.0)]),
        ];
        let l = last_sets(&sessions, "back squat").unwrap();
        assert_eq!(l.sets.len(), 3);
        assert_eq!(l.label(Units::Metric), "last: 3×5 @ 100 kg, 24 Nov");
        assert_eq!(last_strength(&sessions).unwrap().id, 3);
        assert!(last_sets(&sessions, "deadlift").is_none());
        let mixed = [squat(100.0), squat(110.0), tib];
        assert_eq!(
            sets_text(&mixed, Units::Imperial),
            "1×5 @ 220.5 lb + 1×5 @ 242.5 lb + 1×20"
        );
    }
}
