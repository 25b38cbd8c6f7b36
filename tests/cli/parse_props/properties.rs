//! Properties over any input: every refusal is one line naming the field, accepted values are
//! in range, formatted numbers have their shape and parse back.

use super::*;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

fn catalog_names() -> Vec<String> {
    Catalog::builtin()
        .exercises()
        .iter()
        .map(|e| e.name.clone())
        .collect()
}

/// A parser's answer to any input is a value, or one line naming `fields[0]` (or another of
/// `fields`) and saying what is accepted.
fn named_refusal<T>(
    fields: &[&str],
    input: &str,
    r: Result<T, Error>,
) -> Result<(), TestCaseError> {
    if let Err(e) = r {
        let text = e.to_string();
        let Error::Input { field, message } = e else {
            return Err(TestCaseError::fail(format!(
                "{input:?}: not a bad-input error: {text}"
            )));
        };
        prop_assert!(
            fields.contains(&field.as_str()),
            "{:?}: names {:?}, not one of {:?}",
            input,
            field,
            fields
        );
        prop_assert!(!message.trim().is_empty(), "{:?}: an empty message", input);
        prop_assert!(
            !text.contains('\n'),
            "{:?}: more than one line: {}",
            input,
            text
        );
    }
    Ok(())
}

/// `M:SS` or `H:MM:SS`: digits, then one or two `:NN` groups.
fn clock_shape(s: &str) -> bool {
    let mut parts = s.split(':');
    let first = parts
        .next()
        .is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let rest: Vec<&str> = parts.collect();
    first
        && (1..=2).contains(&rest.len())
        && rest
            .iter()
            .all(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
}

proptest! {
    #[test]
    fn parsers_refuse_with_one_line_naming_the_field(
        s in "\\PC{0,24}",
        t in "[0-9hmsx:.@ kglbrimwaup×-]{0,16}",
    ) {
        let c = Catalog::builtin();
        let set_fields = ["set", "sets", "reps", "exercise", "weight", "rir"];
        for s in [s.as_str(), t.as_str()] {
            named_refusal(&["date"], s, parse::date("date", s, today()))?;
            if let Ok(d) = parse::date("date", s, today()) {
                prop_assert!(d <= today(), "{:?} gave {} after today", s, d);
            }
            named_refusal(&["time"], s, parse::time("time", s))?;
            named_refusal(&["duration"], s, parse::duration("duration", s))?;
            if let Ok(d) = parse::duration("duration", s) {
                prop_assert!(d.is_finite() && d > 0.0, "{:?} gave {}", s, d);
            }
            named_refusal(&["minutes"], s, parse::minutes("minutes", s))?;
            for u in [Units::Metric, Units::Imperial] {
                named_refusal(&["distance"], s, parse::distance("distance", s, u))?;
                if let Ok(d) = parse::distance("distance", s, u) {
                    prop_assert!(d.is_finite() && d >= 0.0, "{:?} gave {}", s, d);
                }
                named_refusal(&["elevation"], s, parse::elevation("elevation", s, u))?;
                named_refusal(&["weight"], s, parse::weight("weight", s, u))?;
                named_refusal(&set_fields, s, parse::set_spec(s, &c, u))?;
                let spec = format!("back squat {s}");
                named_refusal(&set_fields, &spec, parse::set_spec(&spec, &c, u))?;
            }
            named_refusal(&["rpe"], s, parse::rpe("rpe", s))?;
            if let Ok(r) = parse::rpe("rpe", s) {
                prop_assert!((1.0..=10.0).contains(&r), "{:?} gave RPE {}", s, r);
            }
            named_refusal(&["hr"], s, parse::heart_rate("hr", s))?;
            named_refusal(&["kind"], s, parse::kind("kind", s))?;
        }
    }

    #[test]
    fn numeric_helpers_answer_in_shape(a in any::<f64>(), b in any::<f64>()) {
        let input = format!("{a}, {b}");
        named_refusal(&["distance", "duration"], &input, parse::check_run(a, b))?;
        let d = format::duration_clock(a);
        prop_assert!(clock_shape(&d), "{} -> {:?}", a, d);
        let p = format::pace_clock(a);
        prop_assert!(p == "-:--" || clock_shape(&p), "{} -> {:?}", a, p);
        let shown = format::distance_2dp(a, Units::Imperial);
        prop_assert!(shown.ends_with(" mi"), "{} -> {:?}", a, shown);
        prop_assert!(format::distance_typed_km(a).ends_with("km"));
        prop_assert!(format::weight_typed(a, Units::Imperial).ends_with("lb"));
    }

    #[test]
    fn duration_round_trips(secs in 1u32..=172_800) {
        let text = format::duration_clock(f64::from(secs));
        prop_assert_eq!(parse::duration("duration", &text).unwrap(), f64::from(secs));
    }

    #[test]
    fn distance_round_trips(m in 1.0f64..1_000_000.0) {
        let typed = format::distance_typed_km(m);
        let exact = parse::distance("distance", &typed, Units::Imperial).unwrap();
        prop_assert!((exact - m).abs() <= 0.5 + 1e-6, "{} -> {}", m, exact);
        for u in [Units::Metric, Units::Imperial] {
            let shown = format::distance_2dp(m, u);
            if let Ok(back) = parse::distance("distance", &shown, u) {
                prop_assert!((back - m).abs() <= 8.1, "{} -> {} -> {}", m, shown, back);
            }
        }
    }

    #[test]
    fn set_spec_round_trips(
        ex in prop::sample::select(catalog_names()),
        n in 1u32..=50,
        r in 1u32..=100,
        w in prop::option::of(1u32..=4000),
        rir in prop::option::of(0u8..=10),
        warmup: bool,
    ) {
        let mut spec = format!("{ex} {n}x{r}");
        if let Some(w) = w {
            spec += &format!("@{}kg", f64::from(w) / 4.0);
        }
        if let Some(k) = rir {
            spec += &format!(" rir{k}");
        }
        if warmup {
            spec += " warmup";
        }
        let sets = parse::set_spec(&spec, &Catalog::builtin(), Units::Imperial).unwrap();
        prop_assert_eq!(sets.len(), n as usize);
        for e in sets {
            prop_assert_eq!(&e.exercise, &ex);
            prop_assert_eq!(e.reps, r);
            prop_assert_eq!(e.weight_kg, w.map(|w| f64::from(w) / 4.0));
            prop_assert_eq!(e.rir, rir);
            prop_assert_eq!(e.warmup, warmup);
        }
    }
}
