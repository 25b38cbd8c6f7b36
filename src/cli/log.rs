//! `legday run` and `legday lift`: parse everything first, then write once.

use super::args::{LiftArgs, RunArgs};
use super::{emit, json::session_json};
use crate::domain::{RpeSource, Run, RunKind, Session, Settings, Strength};
use crate::error::{Error, Result};
use crate::format;
use crate::parse;
use crate::store::{Filter, Store};
use chrono::NaiveDate;
use std::io::Write;

fn rpe_text(s: &Session, settings: &Settings) -> String {
    let r = format::rpe(s.effective_rpe(settings));
    match s.rpe_source(settings) {
        RpeSource::Logged => format!("RPE {r}"),
        RpeSource::HeartRate => format!("RPE {r} (from heart rate)"),
        RpeSource::Default => format!("RPE {r} (default)"),
    }
}

pub fn run(store: &mut Store, a: &RunArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let settings = store.settings()?;
    let u = settings.distance_unit;
    // Every field is parsed before anything is written.
    let distance_m = parse::distance("distance", &a.distance, u)?;
    let duration_s = parse::duration("duration", &a.duration)?;
    parse::check_run(distance_m, duration_s)?;
    let (date, time) = when(a.date.as_deref(), a.time.as_deref(), today)?;
    let kind = a
        .kind
        .as_deref()
        .map_or(Ok(RunKind::Easy), |k| parse::kind("kind", k))?;
    let rpe = a.rpe.as_deref().map(|r| parse::rpe("rpe", r)).transpose()?;
    let elevation_m = a
        .elevation
        .as_deref()
        .map(|e| parse::elevation("elevation", e, u))
        .transpose()?;
    let vest_kg = a
        .vest
        .as_deref()
        .map(|v| parse::weight("vest", v, settings.weight_unit))
        .transpose()?;
    if let Some(v) = vest_kg {
        parse::check_vest("vest", v, settings.body_kg, settings.weight_unit)?;
    }
    let (avg_hr, max_hr) = heart_rates(a)?;
    let shoes = non_empty("shoes", a.shoes.as_deref())?;
    let note = non_empty("note", a.note.as_deref())?;

    let mut r = Run::new(kind, distance_m, duration_s);
    r.elevation_m = elevation_m;
    r.vest_kg = vest_kg;
    r.avg_hr = avg_hr;
    r.max_hr = max_hr;
    r.shoes = shoes;
    let mut s = Session::new_run(date, r);
    s.time = time;
    s.rpe = rpe;
    s.note = note;
    let s = store.insert(&s)?;
    warn_twin(store, &s);
    // The run's own max_hr may have raised the observed maximum (§2.1).
    let settings = store.settings()?;
    if a.json {
        return emit(out, &format!("{}\n", session_json(&s, &settings)));
    }
    let prs = super::records::pr_lines(store, &s, &settings)?;
    emit(
        out,
        &(format!(
            "Logged run #{} on {}: {} in {} · {} · {} · {} · load {:.1} AU\n{}",
            s.id,
            format::day_year(s.date),
            format::distance_2dp(distance_m, u),
            format::duration_clock(duration_s),
            format::pace_with_unit(distance_m, duration_s, u),
            kind,
            rpe_text(&s, &settings),
            s.load(&settings),
            lines(&prs)
        ) + "\n"
            + &super::show::summary_text(store, s.id, false, None)?),
    )
}

/// Lines of text, each ending with a newline.
fn lines(v: &[String]) -> String {
    v.iter().map(|l| format!("{l}\n")).collect()
}

pub fn lift(store: &mut Store, a: &LiftArgs, today: NaiveDate, out: &mut dyn Write) -> Result<()> {
    let settings = store.settings()?;
    let catalog = store.catalog()?;
    let (date, time) = when(a.date.as_deref(), a.time.as_deref(), today)?;
    let minutes = a
        .minutes
        .as_deref()
        .map(|m| parse::minutes("minutes", m))
        .transpose()?;
    let rpe = a.rpe.as_deref().map(|r| parse::rpe("rpe", r)).transpose()?;
    let note = non_empty("note", a.note.as_deref())?;
    let mut sets = super::template::base_sets(store, a.like.as_deref(), a.template.as_deref())?;
    for spec in &a.sets {
        sets.extend(parse::set_spec(spec, &catalog, settings.weight_unit)?);
    }
    if sets.len() > 200 {
        return Err(Error::input(
            "SET",
            format!(
                "{} sets in one session; at most 200 are accepted",
                sets.len()
            ),
        ));
    }
    if !a.force {
        parse::check_lifts(
            "SET",
            &sets,
            &store.e1rm_bests()?,
            settings.weight_unit,
            "add --force to log it as typed",
        )?;
    }
    let mut s = Session::new_strength(date, Strength { minutes, sets });
    s.time = time;
    s.rpe = rpe;
    s.note = note;
    let s = store.insert(&s)?;
    warn_twin(store, &s);
    if a.json {
        return emit(out, &format!("{}\n", session_json(&s, &settings)));
    }
    let st = s.strength().expect("a strength session");
    let prs = super::records::pr_lines(store, &s, &settings)?;
    emit(
        out,
        &format!(
            "Logged strength session #{} on {}: {} sets ({}) · {:.0} min · {} · load {:.1} AU\n{}",
            s.id,
            format::day_year(s.date),
            st.sets.len(),
            format::exercise_names(&st.sets).join(", "),
            s.minutes(),
            rpe_text(&s, &settings),
            s.load(&settings),
            lines(&prs)
        ),
    )
}

/// `--hr` (the average) and `--max-hr`, each a heart rate; the average not above the maximum.
fn heart_rates(a: &RunArgs) -> Result<(Option<f64>, Option<f64>)> {
    let avg =
        a.hr.as_deref()
            .map(|h| parse::heart_rate("hr", h))
            .transpose()?;
    let max = a
        .max_hr
        .as_deref()
        .map(|h| parse::heart_rate("max-hr", h))
        .transpose()?;
    if let (Some(avg), Some(max)) = (avg, max)
        && avg > max
    {
        return Err(Error::input(
            "hr",
            format!("{avg} is above --max-hr {max}; use an average at or below the maximum"),
        ));
    }
    Ok((avg, max))
}

/// The session's date (default today) and optional start time.
fn when(
    date: Option<&str>,
    time: Option<&str>,
    today: NaiveDate,
) -> Result<(NaiveDate, Option<chrono::NaiveTime>)> {
    let date = date.map_or(Ok(today), |d| parse::date("date", d, today))?;
    let time = time.map(|t| parse::time("time", t)).transpose()?;
    Ok((date, time))
}

/// Free text: trimmed, `None` when empty, refused when longer than 500 characters.
fn non_empty(field: &str, s: Option<&str>) -> Result<Option<String>> {
    match s.map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) if t.chars().count() > 500 => Err(Error::input(
            field,
            "longer than 500 characters; keep it short",
        )),
        Some(t) if t.chars().any(char::is_control) => Err(Error::input(
            field,
            "contains control characters; use plain text",
        )),
        Some(t) => Ok(Some(t.to_string())),
    }
}

/// A session stored before `s` on the same day that `s` repeats: a run of the same kind,
/// distance and duration, or a lift of the same sets (and the same start time when both have
/// one).
fn same_day_twin(store: &Store, s: &Session) -> Result<Option<i64>> {
    let filter = Filter {
        from: Some(s.date),
        to: Some(s.date),
        kind: Some(if s.is_run() { "run" } else { "strength" }.into()),
        limit: None,
    };
    Ok(store
        .list(&filter)?
        .iter()
        .filter(|o| o.id != s.id)
        .find(|o| repeats(o, s))
        .map(|o| o.id))
}

fn repeats(a: &Session, b: &Session) -> bool {
    if let (Some(x), Some(y)) = (a.time, b.time)
        && x != y
    {
        return false;
    }
    match (a.run(), b.run()) {
        (Some(x), Some(y)) => {
            x.kind == y.kind
                && (x.distance_m - y.distance_m).abs() < 0.5
                && (x.duration_s - y.duration_s).abs() < 0.5
        }
        (None, None) => a.strength().map(|st| &st.sets) == b.strength().map(|st| &st.sets),
        _ => false,
    }
}

/// A warning, not a refusal, once `s` is stored: two identical sessions in a day may be real
/// (two easy runs of the same loop) but are more often one logged twice. Best effort: a failed
/// look-up says nothing (the session is stored either way).
fn warn_twin(store: &Store, s: &Session) {
    if let Ok(Some(old)) = same_day_twin(store, s) {
        let what = if s.is_run() {
            "run"
        } else {
            "strength session"
        };
        eprintln!(
            "warning: this {what} is identical to #{old}, already logged on {}; both are stored \
             (legday delete {} removes this one)",
            format::day_year(s.date),
            s.id
        );
    }
}
