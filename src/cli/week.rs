//! `legday week`: the dashboard as text (bars by band, alerts, rest prompt, load, totals) or JSON.

use super::{emit, emit_json};
use crate::domain::{BandEdges, Report, Settings, Severity};
use crate::error::Result;
use crate::format;
use crate::parse;
use crate::store::Store;
use crate::text::paint::Paint;
use chrono::NaiveDate;
use std::fmt::Write as _;
use std::io::Write;

const BAR: usize = 30;

pub fn week(
    store: &Store,
    date: Option<&str>,
    json: bool,
    today: NaiveDate,
    out: &mut dyn Write,
) -> Result<()> {
    let day = date.map_or(Ok(today), |d| parse::date("date", d, today))?;
    let report = store.report(day)?;
    if json {
        return emit_json(out, &report, "writing the week as JSON");
    }
    let settings = store.settings()?;
    emit(out, &render(&report, &settings, Paint::detect()))
}

/// The readable week report.
pub fn render(r: &Report, settings: &Settings, p: Paint) -> String {
    let mut s = String::new();
    header(&mut s, r, p);
    volumes(&mut s, r, settings, p);
    alerts(&mut s, r, p);
    load_and_totals(&mut s, r, settings, p);
    s
}

/// The title line and the rest prompt.
fn header(s: &mut String, r: &Report, p: Paint) {
    let _ = writeln!(
        s,
        "{}  {} – {}  ·  level {}",
        p.bold("legday week"),
        format::day(r.window.from),
        format::day_year(r.window.to),
        r.level.key()
    );
    if let Some(msg) = &r.rest.message {
        let _ = writeln!(s, "\n{} {}", p.rest("REST"), msg);
    }
}

/// One bar per muscle group (run, then lift, then the band edges), and the band legend.
/// Volumes are truncated to one decimal (see [`format::volume`]).
fn volumes(s: &mut String, r: &Report, settings: &Settings, p: Paint) {
    let _ = writeln!(
        s,
        "\n{:<12} {:<width$}  {:>6}  {:<9} run + lift",
        "",
        "run ▒ lift █   | band edges",
        "sets",
        "band",
        width = BAR
    );
    for m in &r.muscles {
        let bar = bar(m.run_sets, m.sets, settings.bands(m.muscle));
        let recovering = m
            .recovering_until
            .map(|d| format!("  recovering until {}", d.format("%a")))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "{:<12} {}  {:>6}  {}  {} + {}{}",
            m.muscle.label(),
            p.band(m.status, &bar),
            format::band_volume(m.sets, m.status, settings.bands(m.muscle)),
            p.band(m.status, &format!("{:<9}", m.status.key())),
            format::volume(m.run_sets),
            format::volume(m.strength_sets),
            p.dim(&recovering)
        );
    }
    let (big, small, arms) = (
        &settings.bands_big,
        &settings.bands_small,
        &settings.bands_arms,
    );
    let _ = writeln!(
        s,
        "{}",
        p.dim(&format!(
            "{:<12} bands for legs: low {} · maintain {} · grow {}-{}; arms: {} · {} · {}-{}; tibialis, hip flexors: {} · {} · {}-{}",
            "",
            big.low,
            big.maintain,
            big.grow,
            big.high,
            arms.low,
            arms.maintain,
            arms.grow,
            arms.high,
            small.low,
            small.maintain,
            small.grow,
            small.high
        ))
    );
}

/// A bar of [`BAR`] cells: run volume `▒`, lift volume `█`, band edges `|` on the rest.
fn bar(run_sets: f64, sets: f64, edges: &BandEdges) -> String {
    let scale = edges.high * 1.25;
    let cells = |v: f64| ((v / scale) * BAR as f64).round().clamp(0.0, BAR as f64) as usize;
    let run_c = cells(run_sets);
    let lift_c = cells(sets).saturating_sub(run_c);
    let marks = [cells(edges.maintain), cells(edges.grow), cells(edges.high)];
    (0..BAR)
        .map(|i| {
            if i < run_c {
                '▒'
            } else if i < run_c + lift_c {
                '█'
            } else if marks.contains(&i) {
                '|'
            } else {
                '·'
            }
        })
        .collect()
}

/// The alerts, most severe first, each with its suggestion.
fn alerts(s: &mut String, r: &Report, p: Paint) {
    if r.alerts.is_empty() {
        let _ = writeln!(s, "\nNo alerts: a balanced week.");
        return;
    }
    let _ = writeln!(s, "\n{}", p.bold("Alerts"));
    for a in &r.alerts {
        let mark = match a.severity {
            Severity::Warning => "▲ warning",
            Severity::Caution => "● caution",
            Severity::Info => "· info   ",
        };
        let _ = writeln!(s, "  {} {}", p.severity(a.severity, mark), a.message);
        if !a.suggestion.is_empty() {
            let _ = writeln!(s, "              → {}", a.suggestion);
        }
    }
}

/// The load figures, the week's totals and the streaks.
fn load_and_totals(s: &mut String, r: &Report, settings: &Settings, p: Paint) {
    let l = &r.load;
    let opt = |v: Option<f64>, prec: usize| v.map_or("–".to_string(), |v| format!("{v:.prec$}"));
    let _ = writeln!(
        s,
        "\n{}  week {} AU · ACWR {} · fitness {} · fatigue {} · form {} · monotony {} · strain {}",
        p.bold("Load"),
        format::whole(l.week),
        opt(l.acwr, 2),
        format::whole(l.fitness),
        format::whole(l.fatigue),
        format::signed_whole(l.form),
        opt(l.monotony, 2),
        l.strain.map_or("–".to_string(), format::whole)
    );
    let t = &r.totals;
    let plural = |n: u32| if n == 1 { "" } else { "s" };
    let _ = writeln!(
        s,
        "{}  {} run{} · {} · {} · {} strength session{} · {} sets",
        p.bold("Week"),
        t.runs,
        plural(t.runs),
        format::distance_2dp(t.run_km * format::M_PER_KM, settings.distance_unit),
        format::minutes(t.run_minutes),
        t.strength_sessions,
        plural(t.strength_sessions),
        t.sets
    );
    let _ = writeln!(
        s,
        "{}",
        p.dim(&format!(
            "Streaks: {} hard day(s), {} run day(s) in a row",
            r.rest.hard_streak, r.rest.run_streak
        ))
    );
}
