//! A Garmin strength-training FIT session (sub-sport `strength_training`) as a strength session:
//! its active `set` messages, the exercise category mapped to the catalog where it matches
//! (an unknown one kept by its name and counted), reps and weight.

use super::Unmatched;
use super::activity::{Zone, source_key};
use super::error::ReadError;
use super::fit_decode::{field, float, instant, label};
use crate::domain::{Session, SetEntry, Strength};
use chrono::{DateTime, Timelike, Utc};
use fitparser::profile::MesgNum;
use fitparser::{FitDataRecord, Value};
use std::collections::BTreeMap;

/// FIT exercise categories and the built-in catalog exercise each is.
const CATALOG: &[(&str, &str)] = &[
    ("bench_press", "bench press"),
    ("calf_raise", "standing calf raise"),
    ("curl", "biceps curl"),
    ("deadlift", "deadlift"),
    ("hip_raise", "glute bridge"),
    ("leg_curl", "leg curl"),
    ("lunge", "forward lunge"),
    ("plank", "plank"),
    ("pull_up", "pull-up"),
    ("push_up", "push-up"),
    ("row", "row"),
    ("shoulder_press", "overhead press"),
    ("squat", "back squat"),
    ("triceps_extension", "triceps extension"),
];

/// The FIT profile's exercise categories by number, for a category written as a number.
const BY_NUMBER: &[&str] = &[
    "bench_press",
    "calf_raise",
    "cardio",
    "carry",
    "chop",
    "core",
    "crunch",
    "curl",
    "deadlift",
    "flye",
    "hip_raise",
    "hip_stability",
    "hip_swing",
    "hyperextension",
    "lateral_raise",
    "leg_curl",
    "leg_raise",
    "lunge",
    "olympic_lift",
    "plank",
    "plyo",
    "pull_up",
    "push_up",
    "row",
    "shoulder_press",
    "shoulder_stability",
    "shrug",
    "sit_up",
    "squat",
    "total_body",
    "triceps_extension",
    "warm_up",
    "run",
];

/// Whether a FIT session message is strength training.
pub fn is_strength(s: &FitDataRecord) -> bool {
    label(s, "sub_sport").as_deref() == Some("strength_training")
}

/// Exercise names of a file that the catalog does not know, with their set counts.
#[derive(Default)]
pub struct Unknown(BTreeMap<String, usize>);

impl Unknown {
    pub fn into_unmatched(self) -> Vec<Unmatched> {
        self.0
            .into_iter()
            .map(|(name, sets)| Unmatched {
                name,
                sets,
                suggestions: Vec::new(),
            })
            .collect()
    }
}

/// The strength session of a FIT session message: the active sets inside its time span (all of
/// them when the file has one session), its minutes on the timer.
pub fn session(
    s: &FitDataRecord,
    records: &[FitDataRecord],
    many: bool,
    zone: Zone,
    unknown: &mut Unknown,
) -> Result<Session, ReadError> {
    let start = instant(s, "start_time").ok_or(ReadError::NoTimestamps)?;
    let end = instant(s, "timestamp");
    let inside = |t: Option<DateTime<Utc>>| match (t, end) {
        (Some(t), Some(e)) if many => start <= t && t <= e,
        _ => true,
    };
    let sets: Vec<SetEntry> = records
        .iter()
        .filter(|r| r.kind() == MesgNum::Set)
        .filter(|r| label(r, "set_type").as_deref() == Some("active"))
        .filter(|r| inside(instant(r, "start_time").or_else(|| instant(r, "timestamp"))))
        .filter_map(|r| set(r, unknown))
        .collect();
    if sets.is_empty() {
        return Err(ReadError::Nothing(
            "a strength-training session without sets: nothing to import",
        ));
    }
    let minutes = float(s, "total_timer_time")
        .or_else(|| float(s, "total_elapsed_time"))
        .map(|t| t / 60.0)
        .filter(|&m| m > 0.0);
    let local = zone.local(start);
    let mut out = Session::new_strength(local.date(), Strength { minutes, sets });
    out.time = local
        .time()
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0));
    out.source = Some("fit".into());
    out.source_key = Some(source_key("fit", start));
    Ok(out)
}

/// One active set: its exercise by category (the catalog's name, else the category's own),
/// reps and weight; `None` without reps.
fn set(r: &FitDataRecord, unknown: &mut Unknown) -> Option<SetEntry> {
    let reps = float(r, "repetitions").filter(|&n| n > 0.0 && n < 10_000.0)?;
    let category = match field(r, "category") {
        Some(Value::String(c)) => c.clone(),
        Some(Value::Array(v)) => v.first().and_then(number_name)?,
        Some(v) => number_name(v)?,
        None => "unknown exercise".to_string(),
    };
    let exercise = match CATALOG.iter().find(|(c, _)| *c == category) {
        Some((_, name)) => name.to_string(),
        None => {
            let name = category.replace('_', " ");
            *unknown.0.entry(name.clone()).or_default() += 1;
            name
        }
    };
    let weight = float(r, "weight").filter(|&w| w > 0.0 && w < 1000.0);
    Some(SetEntry::new(exercise, reps.round() as u32, weight))
}

fn number_name(v: &Value) -> Option<String> {
    let n: i64 = v.clone().try_into().ok()?;
    Some(
        match usize::try_from(n).ok().and_then(|i| BY_NUMBER.get(i)) {
            Some(name) => name.to_string(),
            None => format!("exercise category {n}"),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Catalog;

    /// Every catalog name a category maps to is a built-in exercise.
    #[test]
    fn categories_map_to_built_in_exercises() {
        let catalog = Catalog::builtin();
        for (category, name) in CATALOG {
            assert!(catalog.resolve(name).is_some(), "{category} -> {name}");
            assert!(BY_NUMBER.contains(category), "{category}");
        }
        assert_eq!(BY_NUMBER[28], "squat");
        assert_eq!(BY_NUMBER[8], "deadlift");
    }
}
