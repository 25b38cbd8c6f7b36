//! `legday show ID [--json]`: one session's summary (`Store::summary`, built by
//! `domain::run_summary`) as text or JSON. A run: distance, moving and elapsed time, pace and
//! grade-adjusted pace, its splits with the fastest and slowest marked, the time in each
//! heart-rate zone, its elevation profile, its best efforts and PRs (`docs/model.md` §9 v3); a
//! strength session: its sets and PRs. Both: the load, where its volume went by group (§3) and
//! the coach's suggestion for the next day (§8). The same summary follows `legday run` and an
//! import of one run; its text is `text::summary`, which the UI draws too.

use super::{emit, emit_json, json::session_json};
use crate::domain::run_summary::{HrZones, RunSummary, Summary};
use crate::domain::{Muscle, Settings};
use crate::error::{Error, Result};
use crate::store::Store;
use crate::text::paint::Paint;
use crate::text::summary::render;
use serde_json::{Value, json};
use std::io::Write;

pub fn show(store: &Store, id: &str, json: bool, out: &mut dyn Write) -> Result<()> {
    let id: i64 = id
        .trim()
        .parse()
        .ok()
        .filter(|&n: &i64| n > 0)
        .ok_or_else(|| Error::input("ID", format!("\"{id}\" is not a session id; use a number")))?;
    let sum = store.summary(id, None)?.ok_or(Error::NotFound(id))?;
    let settings = store.settings()?;
    if json {
        return emit_json(
            out,
            &to_json(&sum, &settings),
            "writing the summary as JSON",
        );
    }
    emit(out, &render(&sum, &settings, Paint::detect(), true))
}

/// The summary of a stored session as text, for `run` and `import` to print after saving;
/// without the PR lines when the caller printed them; `retimed_from_s`: the duration the run
/// had before the import that just changed it to its moving time.
pub fn summary_text(
    store: &Store,
    id: i64,
    prs: bool,
    retimed_from_s: Option<f64>,
) -> Result<String> {
    let mut sum = store
        .summary(id, retimed_from_s)?
        .ok_or(Error::NotFound(id))?;
    if !prs {
        sum.prs.clear();
    }
    Ok(render(&sum, &store.settings()?, Paint::detect(), true))
}

/// The summary as JSON (the contract of `show --json`).
pub fn to_json(sum: &Summary, settings: &Settings) -> Value {
    let mut v = json!({ "session": session_json(&sum.session, settings) });
    if let Some(r) = &sum.run {
        run_json(&mut v, r);
    }
    if let Some(was) = sum.retimed_from_s {
        v["retimed_from_s"] = json!(was);
    }
    v["prs"] = json!(sum.prs);
    v["load"] = json!(sum.load);
    let mut groups = serde_json::Map::new();
    for m in Muscle::ALL {
        groups.insert(m.key().to_string(), json!(sum.volume[m]));
    }
    v["volume"] = Value::Object(groups);
    v["next"] = json!({
        "date": sum.next.date,
        "what": crate::text::today::what(&sum.next, settings),
        "reason": sum.next.reason,
    });
    v
}

fn run_json(v: &mut Value, r: &RunSummary) {
    v["distance_m"] = json!(r.distance_m);
    v["moving_s"] = json!(r.moving_s);
    v["elapsed_s"] = json!(r.elapsed_s);
    v["pace_s_per_km"] = json!(r.pace_s_per_km);
    v["gap_s_per_km"] = json!(r.gap_s_per_km);
    let rows: Vec<Value> = r
        .splits
        .iter()
        .map(|x| {
            json!({
                "distance_m": x.split.distance_m,
                "seconds": x.split.seconds,
                "gain_m": x.split.gain_m,
                "loss_m": x.split.loss_m,
                "avg_hr": x.split.avg_hr,
                "fastest": x.fastest,
                "slowest": x.slowest,
            })
        })
        .collect();
    v["splits"] = json!({ "unit": crate::format::dist_unit(r.split_unit), "rows": rows });
    v["hr_zones"] = match r.zones {
        HrZones::Known { hr_max, seconds } => json!({ "hr_max": hr_max, "seconds": seconds }),
        _ => Value::Null,
    };
    v["hr_zones_note"] = json!(r.zones.note());
    v["elevation_profile"] = json!(r.elevation);
    v["best_efforts"] = r
        .best_efforts
        .iter()
        .map(|e| {
            json!({
                "name": e.name,
                "distance_m": e.effort.distance_m,
                "seconds": e.effort.seconds,
                "start_m": e.effort.start_m,
                "best_ever": e.best_ever,
            })
        })
        .collect();
}
