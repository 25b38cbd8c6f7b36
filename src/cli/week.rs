//! `legday week`: the dashboard as text (bars by band, alerts, rest prompt, load, totals) or JSON.

use super::emit;
use super::log::fmt_distance;
use super::paint::Paint;
use crate::domain::{Report, Settings, Severity};
use crate::error::{Error, Result};
use crate::parse;
use crate::store::Store;
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
        let text =
            serde_json::to_string_pretty(&report).map_err(|e| Error::Other(e.to_string()))?;
        return emit(out, &format!("{text}\n"));
    }
    let settings = store.settings()?;
    emit(out, &render(&report, &settings, Paint::detect()))
}

/// The readable week report.
pub fn render(r: &Report, settings: &Settings, p: Paint) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}  {} – {}  ·  level {}",
        p.bold("legday week"),
        r.window.from.format("%a %-d %b"),
        r.window.to.format("%a %-d %b %Y"),
        r.level.key()
    );
    if let Some(msg) = &r.rest.message {
        let _ = writeln!(s, "\n{} {}", p.rest("REST"), msg);
    }
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
        let edges = settings.bands(m.muscle);
        let scale = edges.high * 1.25;
        let cells = |v: f64| ((v / scale) * BAR as f64).round().clamp(0.0, BAR as f64) as usize;
        let run_c = cells(m.run_sets);
        let lift_c = cells(m.sets).saturating_sub(run_c);
        let marks = [cells(edges.maintain), cells(edges.grow), cells(edges.high)];
        let mut bar = String::new();
        for i in 0..BAR {
            let ch = if i < run_c {
                '▒'
            } else if i < run_c + lift_c {
                '█'
            } else if marks.contains(&i) {
                '|'
            } else {
                '·'
            };
            bar.push(ch);
        }
        let recovering = m
            .recovering_until
            .map(|d| format!("  recovering until {}", d.format("%a")))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "{:<12} {}  {:>6.1}  {}  {:.1} + {:.1}{}",
            m.muscle.label(),
            p.band(m.status, &bar),
            m.sets,
            p.band(m.status, &format!("{:<9}", m.status.key())),
            m.run_sets,
            m.strength_sets,
            p.dim(&recovering)
        );
    }
    let _ = writeln!(
        s,
        "{}",
        p.dim(&format!(
            "{:<12} bands for big groups: low {} · maintain {} · grow {}-{}; tibialis, hip flexors: {} · {} · {}-{}",
            "",
            settings.bands_big.low,
            settings.bands_big.maintain,
            settings.bands_big.grow,
            settings.bands_big.high,
            settings.bands_small.low,
            settings.bands_small.maintain,
            settings.bands_small.grow,
            settings.bands_small.high
        ))
    );
    if r.alerts.is_empty() {
        let _ = writeln!(s, "\nNo alerts: a balanced week.");
    } else {
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
    let l = &r.load;
    let opt = |v: Option<f64>, prec: usize| v.map_or("–".to_string(), |v| format!("{v:.prec$}"));
    let _ = writeln!(
        s,
        "\n{}  week {:.0} AU · ACWR {} · fitness {:.0} · fatigue {:.0} · form {:+.0} · monotony {} · strain {}",
        p.bold("Load"),
        l.week,
        opt(l.acwr, 2),
        l.fitness,
        l.fatigue,
        // -0.4 rounds to -0: shown as +0 (§1, never a negative zero)
        crate::domain::threshold::no_neg_zero(l.form.round()),
        opt(l.monotony, 2),
        opt(l.strain, 0)
    );
    let t = &r.totals;
    let _ = writeln!(
        s,
        "{}  {} run{} · {} · {} · {} strength session{} · {} sets",
        p.bold("Week"),
        t.runs,
        if t.runs == 1 { "" } else { "s" },
        fmt_distance(t.run_km * 1000.0, settings.distance_unit),
        fmt_minutes(t.run_minutes),
        t.strength_sessions,
        if t.strength_sessions == 1 { "" } else { "s" },
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
    s
}

/// `118.5` -> `1 h 58 min`.
pub fn fmt_minutes(m: f64) -> String {
    let total = m.round() as i64;
    if total >= 60 {
        format!("{} h {:02} min", total / 60, total % 60)
    } else {
        format!("{total} min")
    }
}
