//! `legday show ID [--json]`: one session's summary. A run: distance, moving and elapsed time,
//! pace and grade-adjusted pace, its splits with the fastest and slowest marked, the time in
//! each heart-rate zone, its best efforts and PRs (`docs/model.md` §9 v3); a strength session:
//! its sets and PRs. Both: the load, where its volume went by group (§3) and the coach's
//! suggestion for the next day (§8). The same summary follows `legday run` and an import of
//! one run.

use super::{emit, emit_json, json::session_json};
use crate::domain::track::{EFFORT_DISTANCES, Split, zones};
use crate::domain::{Muscle, Session, Settings, Units, volume};
use crate::error::{Error, Result};
use crate::format;
use crate::store::Store;
use crate::text::paint::Paint;
use chrono::{Days, NaiveDate};
use serde_json::{Value, json};
use std::fmt::Write as _;
use std::io::Write;

pub fn show(store: &Store, id: &str, json: bool, out: &mut dyn Write) -> Result<()> {
    let id: i64 = id
        .trim()
        .parse()
        .ok()
        .filter(|&n: &i64| n > 0)
        .ok_or_else(|| Error::input("ID", format!("\"{id}\" is not a session id; use a number")))?;
    let s = store.get(id)?.ok_or(Error::NotFound(id))?;
    let v = summary(store, &s)?;
    if json {
        return emit_json(out, &v, "writing the summary as JSON");
    }
    emit(out, &render(&s, &v, &store.settings()?, Paint::detect()))
}

/// The summary of a stored session (read again with its track), as text, for `run` and
/// `import` to print after saving; without the PR lines when the caller printed them.
pub fn summary_text(store: &Store, id: i64, prs: bool) -> Result<String> {
    let s = store.get(id)?.ok_or(Error::NotFound(id))?;
    let mut v = summary(store, &s)?;
    if !prs {
        v["prs"] = json!([]);
    }
    Ok(render(&s, &v, &store.settings()?, Paint::detect()))
}

/// The splits in the user's unit (per km, or per mile for miles users), each marked
/// `fastest` or `slowest` among the whole ones (a shorter last split is never marked).
fn split_rows(splits: &[Split], unit_m: f64) -> Vec<Value> {
    // compared to the whole second (float noise must not pick a "slowest" among equal splits);
    // ties go to the earliest; nothing is marked when all whole splits took the same time
    let whole: Vec<(usize, f64)> = splits
        .iter()
        .enumerate()
        .filter(|(_, x)| (x.distance_m - unit_m).abs() < 1e-3)
        .map(|(i, x)| (i, x.seconds.round()))
        .collect();
    let mut fastest: Option<(usize, f64)> = None;
    let mut slowest: Option<(usize, f64)> = None;
    for &(i, t) in &whole {
        if fastest.is_none_or(|f| t < f.1) {
            fastest = Some((i, t));
        }
        if slowest.is_none_or(|f| t > f.1) {
            slowest = Some((i, t));
        }
    }
    let marked = matches!((fastest, slowest), (Some(f), Some(s)) if s.1 > f.1);
    let fastest = fastest.filter(|_| marked).map(|f| f.0);
    let slowest = slowest.filter(|_| marked).map(|f| f.0);
    splits
        .iter()
        .enumerate()
        .map(|(i, x)| {
            json!({
                "distance_m": x.distance_m,
                "seconds": x.seconds,
                "gain_m": x.gain_m,
                "loss_m": x.loss_m,
                "avg_hr": x.avg_hr,
                "fastest": fastest == Some(i),
                "slowest": slowest == Some(i),
            })
        })
        .collect()
}

/// The summary as JSON (the text is drawn from it).
pub fn summary(store: &Store, s: &Session) -> Result<Value> {
    let settings = store.settings()?;
    let catalog = store.catalog()?;
    let mut v = json!({ "session": session_json(s, &settings) });
    if let Some(r) = s.run() {
        v["distance_m"] = json!(r.distance_m);
        v["moving_s"] = json!(r.duration_s);
        v["elapsed_s"] = json!(r.elapsed_s);
        v["pace_s_per_km"] = json!(r.duration_s / r.distance_m * 1000.0);
        v["gap_s_per_km"] = json!(r.gap_s_per_km);
        let (unit, unit_m) = match settings.distance_unit {
            Units::Metric => ("km", 1000.0),
            Units::Imperial => ("mi", crate::domain::units::M_PER_MI),
        };
        let track = r.track.as_deref();
        let splits = track.map(|t| match settings.distance_unit {
            Units::Metric => &t.splits_km,
            Units::Imperial => &t.splits_mi,
        });
        v["splits"] = json!({
            "unit": unit,
            "rows": splits.map(|x| split_rows(x, unit_m)).unwrap_or_default(),
        });
        let hr = track.map(|t| t.hr_seconds.as_slice()).unwrap_or_default();
        v["hr_zones"] = match (settings.known_hr_max(), hr.is_empty()) {
            (Some(max), false) => json!({ "hr_max": max, "seconds": zones(hr, max) }),
            _ => Value::Null,
        };
        v["hr_zones_note"] = json!(match (settings.known_hr_max(), hr.is_empty()) {
            (Some(_), false) => None,
            (_, true) => Some("no heart-rate samples stored for this run"),
            (None, false) => Some("no maximum heart rate known: set hr_max"),
        });
        let bests = store.best_efforts(NaiveDate::MAX)?;
        let efforts: Vec<Value> = track
            .map(|t| t.best_efforts.as_slice())
            .unwrap_or_default()
            .iter()
            .map(|e| {
                let name = EFFORT_DISTANCES
                    .iter()
                    .find(|(_, d)| (d - e.distance_m).abs() < 1e-6)
                    .map_or("", |x| x.0);
                // the fastest stored effort over this distance, in any run
                let best = bests
                    .values()
                    .flatten()
                    .filter(|x| (x.distance_m - e.distance_m).abs() < 1e-6)
                    .map(|x| x.seconds)
                    .fold(f64::INFINITY, f64::min);
                json!({
                    "name": name,
                    "distance_m": e.distance_m,
                    "seconds": e.seconds,
                    "start_m": e.start_m,
                    "best_ever": e.seconds <= best + 1e-9,
                })
            })
            .collect();
        v["best_efforts"] = Value::Array(efforts);
    }
    v["prs"] = json!(super::records::pr_lines(store, s, &settings)?);
    v["load"] = json!(s.load(&settings));
    let (st, rn) = volume::session_volume(s, &settings, &catalog);
    let mut groups = serde_json::Map::new();
    for m in Muscle::ALL {
        groups.insert(m.key().to_string(), json!(st[m] + rn[m]));
    }
    v["volume"] = Value::Object(groups);
    let next = s.date + Days::new(1);
    let t = store.today(next)?;
    v["next"] = json!({
        "date": next,
        "what": crate::text::today::what(&t, &settings),
        "reason": t.reason,
    });
    Ok(v)
}

fn num(v: &Value) -> Option<f64> {
    v.as_f64()
}

/// The summary as text.
pub fn render(session: &Session, v: &Value, settings: &Settings, p: Paint) -> String {
    let u = settings.distance_unit;
    let s = &v["session"];
    let mut out = String::new();
    let date = s["date"]
        .as_str()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(format::day_year)
        .unwrap_or_default();
    let time = s["time"]
        .as_str()
        .map(|t| format!(" {t}"))
        .unwrap_or_default();
    let is_run = s["type"] == "run";
    let what = if is_run {
        format!("Run · {}", s["run"]["kind"].as_str().unwrap_or(""))
    } else {
        "Strength".to_string()
    };
    let _ = writeln!(
        out,
        "{}",
        p.bold(&format!("{what} #{} · {date}{time}", s["id"]))
    );
    if is_run {
        run_lines(&mut out, v, u, p);
    } else if let Some(st) = session.strength() {
        let n = st.sets.len();
        let _ = writeln!(out, "{n} set{}", if n == 1 { "" } else { "s" });
        for spec in format::set_specs_typed(&st.sets, settings.weight_unit) {
            let _ = writeln!(out, "  {spec}");
        }
    }
    let source = match s["rpe_source"].as_str() {
        Some("heart_rate") => " (from heart rate)",
        Some("default") => " (default)",
        _ => "",
    };
    let _ = writeln!(
        out,
        "load {} AU · RPE {}{source}",
        format::whole(num(&v["load"]).unwrap_or(0.0)),
        format::rpe(num(&s["rpe"]).unwrap_or(0.0)),
    );
    let prs: Vec<&str> = v["prs"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for pr in prs {
        let _ = writeln!(out, "{pr}");
    }
    let vol: Vec<String> = Muscle::ALL
        .iter()
        .filter_map(|m| {
            let x = num(&v["volume"][m.key()])?;
            let shown = format::volume(x);
            (shown != "0.0" && x > 0.0).then(|| format!("{} {shown}", m.label().to_lowercase()))
        })
        .collect();
    if !vol.is_empty() {
        let _ = writeln!(out, "volume (sets): {}", vol.join(" · "));
    }
    let next = &v["next"];
    let day = next["date"]
        .as_str()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(format::day)
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{} {}",
        p.bold(&format!("Next ({day}):")),
        next["what"].as_str().unwrap_or("")
    );
    out
}

fn run_lines(out: &mut String, v: &Value, u: Units, p: Paint) {
    let (d, moving) = (
        num(&v["distance_m"]).unwrap_or(0.0),
        num(&v["moving_s"]).unwrap_or(0.0),
    );
    let elapsed = num(&v["elapsed_s"])
        .map(|e| format!(" · elapsed {}", format::duration_clock(e)))
        .unwrap_or_default();
    let gap = num(&v["gap_s_per_km"])
        .map(|g| format!(" · GAP {}", format::pace_with_unit(1000.0, g, u)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{} · moving {}{elapsed} · {}{gap}",
        format::distance_2dp(d, u),
        format::duration_clock(moving),
        format::pace_with_unit(d, moving, u)
    );
    let r = &v["session"]["run"];
    if let Some(h) = num(&r["avg_hr"]) {
        let max = num(&r["max_hr"])
            .map(|m| format!(", max {m}"))
            .unwrap_or_default();
        let _ = writeln!(out, "heart rate {}{max}", format::decimal(h));
    }
    let rows = v["splits"]["rows"].as_array().cloned().unwrap_or_default();
    if !rows.is_empty() {
        let unit = v["splits"]["unit"].as_str().unwrap_or("km");
        let _ = writeln!(out, "\n{}", p.bold(&format!("Splits ({unit})")));
        let _ = writeln!(
            out,
            "  {:>5}  {:>7}  {:>9}  {:>11}  {:>4}",
            unit, "time", "pace", "elev", "hr"
        );
        for (i, x) in rows.iter().enumerate() {
            let (dm, sec) = (
                num(&x["distance_m"]).unwrap_or(0.0),
                num(&x["seconds"]).unwrap_or(0.0),
            );
            let elev = match (num(&x["gain_m"]), num(&x["loss_m"])) {
                (Some(g), Some(l)) => {
                    let e = |m: f64| format::elevation_whole(m, u);
                    format!("+{}/-{}", e(g), e(l))
                }
                _ => String::new(),
            };
            let hr = num(&x["avg_hr"]).map(format::whole).unwrap_or_default();
            let mark = if x["fastest"] == true {
                "  fastest"
            } else if x["slowest"] == true {
                "  slowest"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "  {:>5}  {:>7}  {:>9}  {:>11}  {:>4}{mark}",
                i + 1,
                format::duration_clock(sec),
                format::pace_with_unit(dm, sec, u),
                elev,
                hr
            );
        }
    }
    match &v["hr_zones"] {
        Value::Null => {
            if let Some(n) = v["hr_zones_note"].as_str() {
                let _ = writeln!(out, "\nheart-rate zones: {n}");
            }
        }
        z => {
            let secs: Vec<String> = z["seconds"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .enumerate()
                        .map(|(i, s)| {
                            format!(
                                "Z{} {}",
                                i + 1,
                                format::duration_clock(num(s).unwrap_or(0.0))
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "\n{} {}",
                p.bold(&format!(
                    "Heart-rate zones (% of max {}):",
                    format::whole(num(&z["hr_max"]).unwrap_or(0.0))
                )),
                secs.join(" · ")
            );
        }
    }
    let efforts = v["best_efforts"].as_array().cloned().unwrap_or_default();
    if !efforts.is_empty() {
        let list: Vec<String> = efforts
            .iter()
            .map(|e| {
                let best = if e["best_ever"] == true {
                    " (best ever)"
                } else {
                    ""
                };
                format!(
                    "{} {}{best}",
                    e["name"].as_str().unwrap_or(""),
                    format::duration_clock(num(&e["seconds"]).unwrap_or(0.0))
                )
            })
            .collect();
        let _ = writeln!(out, "{} {}", p.bold("Best efforts:"), list.join(" · "));
    }
    let _ = writeln!(out);
}
