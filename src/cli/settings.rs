//! `legday settings [KEY [VALUE]]`.

use super::emit;
use crate::error::{Error, Result};
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
            let mut pairs = store.setting_pairs()?;
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
            let pairs = store.setting_pairs()?;
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
