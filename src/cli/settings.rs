//! `legday settings [KEY [VALUE]]`.

use super::emit;
use crate::domain::Units;
use crate::error::{Error, Result};
use crate::format as fmt;
use crate::store::Store;
use std::io::Write;

pub fn settings(
    store: &mut Store,
    key: Option<&str>,
    value: Option<&str>,
    today: chrono::NaiveDate,
    out: &mut dyn Write,
) -> Result<()> {
    match (key, value) {
        (None, _) => {
            let mut pairs = shown_pairs(store)?;
            // what `auto` gives this week (§8.3), from the habits
            if let Some(a) = store.today(today)?.auto {
                for (k, v) in pairs.iter_mut().filter(|(_, v)| v == "auto") {
                    let now = match k.as_str() {
                        "run_days" => a.run_days.to_string(),
                        "lift_days" => a.lift_days.to_string(),
                        "long_run_day" => a.long_run_day.to_string().to_lowercase(),
                        _ => continue,
                    };
                    *v = format!("auto (now {now})");
                }
            }
            let w = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
            let text: String = pairs
                .iter()
                .map(|(k, v)| format!("{k:<w$}  {v}\n"))
                .collect();
            emit(out, &text)
        }
        (Some(k), None) => {
            let pairs = shown_pairs(store)?;
            match pairs.iter().find(|(key, _)| key == k.trim()) {
                Some((_, v)) => emit(out, &format!("{v}\n")),
                None => Err(Error::input(
                    "setting",
                    format!(
                        "unknown setting \"{k}\"; use one of {}",
                        pairs
                            .iter()
                            .map(|(k, _)| k.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )),
            }
        }
        (Some(k), Some(v)) if k.trim() == BODY => {
            let u = store.settings()?.weight_unit;
            let kg = Store::body_weight(BODY, v, u)?;
            store.set_setting(BODY, &kg.to_string())?;
            let shown = body_text(kg, u);
            if shown == v.trim() || fmt::weight_number(kg, u) == v.trim() {
                emit(out, &format!("{BODY} = {shown}\n"))
            } else {
                emit(out, &format!("{BODY} = {shown} (from {})\n", v.trim()))
            }
        }
        (Some(k), Some(v)) => {
            store.set_setting(k.trim(), v)?;
            let pairs = store.setting_pairs()?;
            let shown = pairs
                .iter()
                .find(|(key, _)| key == k.trim())
                .map_or(v, |(_, v)| v.as_str());
            if shown == v.trim() {
                emit(out, &format!("{} = {}\n", k.trim(), shown))
            } else {
                emit(
                    out,
                    &format!("{} = {} (from {})\n", k.trim(), shown, v.trim()),
                )
            }
        }
    }
}

/// The body weight's key; its value is typed and shown in the user's weight unit.
const BODY: &str = "body_kg";

/// The body weight as shown: as stored for a metric user (kg, the key's own unit: `68.0388555`)
/// or `160 lb` for an imperial one, never the stored float (`72.57477920000001`).
fn body_text(kg: f64, u: Units) -> String {
    match u {
        Units::Metric => kg.to_string(),
        Units::Imperial => fmt::weight_with_unit(kg, u),
    }
}

/// The settings as `legday settings` lists them: the body weight in the user's unit.
fn shown_pairs(store: &Store) -> Result<Vec<(String, String)>> {
    let s = store.settings()?;
    let mut pairs = store.setting_pairs()?;
    for (_, v) in pairs.iter_mut().filter(|(k, _)| k == BODY) {
        *v = body_text(s.body_kg, s.weight_unit);
    }
    Ok(pairs)
}
