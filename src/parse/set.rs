//! One SET argument of `legday lift`: `"EXERCISE NxR[@W(kg|lb)][ rirK][ warmup]"`.

use super::{bad, weight};
use crate::domain::{Catalog, Exercise, SetEntry, Units};
use crate::error::{Error, Result};

/// The shape of a SET, as help and errors show it (a macro, so help text can `concat!` it).
macro_rules! set_shape {
    () => {
        "EXERCISE NxR[@W(kg|lb)][ rirK][ warmup]"
    };
}
pub(crate) use set_shape;

const SET_FORMAT: &str = concat!("use \"", set_shape!(), "\", e.g. \"back squat 3x8@60kg\"");

/// One SET argument: `"EXERCISE NxR[@W(kg|lb)][ rirK][ warmup]"`, e.g. `"back squat 3x8@60kg"`.
/// The exercise is resolved through the catalog (stored under its catalog name); an unknown
/// name is an error listing the closest catalog names. `3x8` gives three entries.
pub fn set_spec(s: &str, catalog: &Catalog, units: Units) -> Result<Vec<SetEntry>> {
    let malformed = || Error::input("set", format!("{s:?} is not a set; {SET_FORMAT}"));
    let norm = s.replace('×', "x").replace(" @ ", "@").replace(" @", "@");
    let mut tokens: Vec<&str> = norm.split_whitespace().collect();
    let (mut rir, mut warmup) = (None, false);
    loop {
        let Some(last) = tokens.last().map(|t| t.to_lowercase()) else {
            return Err(malformed());
        };
        if last == "warmup" || last == "warm-up" {
            warmup = true;
            tokens.pop();
        } else if let Some(k) = last.strip_prefix("rir").filter(|k| !k.is_empty()) {
            rir = Some(rir_value(k)?);
            tokens.pop();
        } else if tokens.len() >= 2 && tokens[tokens.len() - 2].eq_ignore_ascii_case("rir") {
            rir = Some(rir_value(&last)?);
            tokens.truncate(tokens.len() - 2);
        } else {
            break;
        }
    }
    let spec = tokens.pop().ok_or_else(malformed)?.to_lowercase();
    let (sxr, w) = match spec.split_once('@') {
        Some((a, w)) => (a, Some(weight("weight", w, units)?)),
        None => (spec.as_str(), None),
    };
    let (n, r) = sxr.split_once('x').ok_or_else(malformed)?;
    let int = |p: &str| {
        (!p.is_empty() && p.len() <= 9 && p.bytes().all(|c| c.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let (n, r) = (int(n).ok_or_else(malformed)?, int(r).ok_or_else(malformed)?);
    if !(1..=50).contains(&n) {
        return Err(Error::input(
            "sets",
            format!("{n} sets is out of range; use 1 to 50"),
        ));
    }
    if !(1..=100).contains(&r) {
        return Err(Error::input(
            "reps",
            format!("{r} reps in one set is more than anyone logs; use 1 to 100"),
        ));
    }
    let name = tokens.join(" ");
    if name.trim().is_empty() {
        return Err(Error::input(
            "exercise",
            format!("{s:?} names no exercise; {SET_FORMAT}"),
        ));
    }
    let ex = exercise("exercise", &name, catalog)?;
    let entry = SetEntry {
        exercise: ex.name.clone(),
        reps: r,
        weight_kg: w,
        rir,
        warmup,
    };
    Ok(vec![entry; n as usize])
}

/// The catalog exercise a name or alias stands for (case and punctuation ignored), the one
/// resolver of the command line and the UI; an unknown name is refused with the closest catalog
/// names, never guessed.
pub fn exercise<'c>(field: &str, name: &str, catalog: &'c Catalog) -> Result<&'c Exercise> {
    catalog.resolve(name).ok_or_else(|| {
        let close = catalog.suggest(name, 3).join(", ");
        Error::input(
            field,
            format!("unknown exercise {:?}; did you mean {close}?", name.trim()),
        )
    })
}

fn rir_value(s: &str) -> Result<u8> {
    match s.parse::<u8>() {
        Ok(v) if v <= 10 && s.bytes().all(|c| c.is_ascii_digit()) => Ok(v),
        _ => Err(bad(
            "rir",
            s,
            "reps in reserve",
            "rir0 to rir10 (or \"rir 2\")",
        )),
    }
}
