//! Refusals of values that parse but cannot be right: a vest as heavy as the runner, a lift far
//! beyond the athlete's best or any lift on record. The CLI and the forms share the words.

use crate::domain::SetEntry;
use crate::domain::Units;
use crate::domain::records::{Bound, first_implausible};
use crate::error::{Error, Result};
use crate::format;
use std::collections::HashMap;

/// A vest must weigh less than the runner (`body_kg`).
pub fn check_vest(field: &str, vest_kg: f64, body_kg: f64, u: Units) -> Result<()> {
    if vest_kg < body_kg {
        return Ok(());
    }
    Err(Error::input(
        field,
        format!(
            "{} is not less than your body weight ({}, setting body_kg)",
            format::weight_with_unit(vest_kg, u),
            format::weight_with_unit(body_kg, u)
        ),
    ))
}

/// The first set whose e1RM is more than twice the exercise's best so far (`bests`, kg), or,
/// without history, above the exercise's cap: refused under `field`, naming the set, its
/// estimate and the bound, and ending with `accept` (how to log it anyway).
pub fn check_lifts(
    field: &str,
    sets: &[SetEntry],
    bests: &HashMap<String, f64>,
    u: Units,
    accept: &str,
) -> Result<()> {
    let Some(bad) = first_implausible(sets, bests) else {
        return Ok(());
    };
    let w = |kg: f64| format::weight_with_unit(kg, u);
    let s = &bad.set;
    let set = format!(
        "set {} ({} {} × {})",
        bad.index + 1,
        s.exercise,
        s.reps,
        w(s.weight_kg.unwrap_or(0.0))
    );
    let why = match bad.bound {
        Bound::TwiceBest(best) => format!(
            "is more than twice your best {} ({} e1RM)",
            s.exercise,
            w(best)
        ),
        Bound::Cap(cap) => format!(
            "is above {}, more than any {} on record (no history to compare with)",
            w(cap),
            s.exercise
        ),
    };
    Err(Error::input(
        field,
        format!(
            "{set}: an e1RM of {} {why}; check the weight and unit, or {accept}",
            w(bad.e1rm_kg)
        ),
    ))
}
