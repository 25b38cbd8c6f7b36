//! What is typed on a set before ticking it: `8` (reps), `@105` (weight, in the user's unit or
//! with `kg`/`lb`), `r2` (reps in reserve), in any order and together (`8@105 r2`).

use crate::domain::Units;
use crate::domain::workout::Numbers;

/// Whether `c` goes into the typed text: a digit, `@` or `r` starts it; then also `.`, a
/// space and the letters of `rir`, `kg` and `lb`.
pub fn takes(typed: &str, c: char) -> bool {
    if typed.is_empty() {
        c.is_ascii_digit() || c == '@' || c == 'r'
    } else {
        c.is_ascii_digit() || matches!(c, '@' | 'r' | 'i' | '.' | ' ' | 'k' | 'g' | 'l' | 'b')
    }
}

const SHAPE: &str = "type 8 (reps), @105 (weight), r2 (RIR), e.g. 8@105 r2, then Enter";

/// `plan` with what `typed` changes, or why it cannot be read.
pub fn apply(typed: &str, plan: Numbers, u: Units) -> Result<Numbers, String> {
    let t = typed
        .to_ascii_lowercase()
        .replace("rir", "r")
        .replace(' ', "");
    let bad = || format!("\"{}\" is not a set; {SHAPE}", typed.trim());
    let mut out = plan;
    let mut parts: Vec<String> = Vec::new();
    for c in t.chars() {
        if c == '@' || c == 'r' || parts.is_empty() {
            parts.push(String::new());
        }
        if let Some(p) = parts.last_mut() {
            p.push(c);
        }
    }
    for p in parts {
        if let Some(w) = p.strip_prefix('@') {
            out.weight_kg = Some(crate::parse::weight("weight", w, u).map_err(|e| e.to_string())?);
        } else if let Some(r) = p.strip_prefix('r') {
            out.rir = Some(
                r.parse::<u8>()
                    .ok()
                    .filter(|r| *r <= 10)
                    .ok_or_else(|| format!("RIR \"{r}\" is not accepted; use 0 to 10, e.g. r2"))?,
            );
        } else {
            out.reps = p
                .parse::<u32>()
                .ok()
                .filter(|r| (1..=1000).contains(r))
                .ok_or_else(bad)?;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reps_weight_and_rir_in_any_order() {
        let plan = Numbers {
            reps: 5,
            weight_kg: Some(100.0),
            rir: None,
        };
        let n = |reps, kg: f64, rir| Numbers {
            reps,
            weight_kg: Some(kg),
            rir,
        };
        assert_eq!(apply("8", plan, Units::Metric), Ok(n(8, 100.0, None)));
        assert_eq!(apply("@105", plan, Units::Metric), Ok(n(5, 105.0, None)));
        assert_eq!(apply("r2", plan, Units::Metric), Ok(n(5, 100.0, Some(2))));
        assert_eq!(
            apply("8@102.5 rir 1", plan, Units::Metric),
            Ok(n(8, 102.5, Some(1)))
        );
        let lb = apply("@225", plan, Units::Imperial).unwrap();
        assert!((lb.weight_kg.unwrap() - 102.058_283_25).abs() < 1e-6);
        assert!(
            apply("8x", plan, Units::Metric)
                .unwrap_err()
                .contains("8@105 r2")
        );
        assert!(
            apply("r11", plan, Units::Metric)
                .unwrap_err()
                .starts_with("RIR")
        );
        assert!(apply("0", plan, Units::Metric).is_err());
    }
}
