//! The History tab's detail pane: everything about the selected session.

use crate::domain::metrics::{race_predictions, vdot};
use crate::domain::{Muscle, Session};
use crate::domain::{Run, RunKind, Units};
use crate::store::progress::Pr;
use crate::tui::data::Data;
use crate::tui::theme::Theme;
use crate::tui::{fmt, model};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

pub fn render(
    th: &Theme,
    data: &Data,
    s: Option<&Session>,
    prs: &[Pr],
    area: Rect,
    buf: &mut Buffer,
) {
    let b = Block::bordered().title(Span::styled(" Details ", th.title()));
    let inner = b.inner(area);
    b.render(area, buf);
    let Some(s) = s else { return };
    let st = &data.settings;
    let (u, wu) = (st.distance_unit, st.weight_unit);
    let mut lines: Vec<String> = Vec::new();
    let when = match s.time {
        Some(t) => format!("{} {}", fmt::day_year(s.date), t.format("%H:%M")),
        None => fmt::day_year(s.date),
    };
    lines.push(format!("#{} · {when}", s.id));
    let dflt = match s.rpe_source(st) {
        crate::domain::RpeSource::Logged => "",
        crate::domain::RpeSource::HeartRate => " (heart rate)",
        crate::domain::RpeSource::Default => " (default)",
    };
    lines.push(format!(
        "RPE {}{dflt} · {:.0} min · load {:.0} AU",
        s.effective_rpe(st),
        s.minutes(),
        s.load(st)
    ));
    if let Some(r) = s.run() {
        lines.extend(run_lines(r, u, wu));
    }
    if !prs.is_empty() {
        lines.push(super::pr_line(prs, wu));
    }
    if let Some(stg) = s.strength() {
        for g in group_sets(stg, wu) {
            lines.push(g);
        }
    }
    let (lift, run) = model::session_volume(s, st, &data.catalog);
    let vol = lift + run;
    let top: Vec<String> = Muscle::ALL
        .iter()
        .filter(|m| vol[**m] >= 0.05)
        .map(|m| format!("{} {:.1}", m.label(), vol[*m]))
        .collect();
    if !top.is_empty() {
        lines.push(format!("sets: {}", top.join(", ")));
    }
    if let Some(n) = &s.note {
        lines.push(format!("note: {n}"));
    }
    match (&s.source, &s.source_file) {
        (Some(src), Some(file)) => lines.push(format!("imported from {src}: {file}")),
        (Some(src), None) => lines.push(format!("imported from {src}")),
        _ => {}
    }
    lines.push("e edit · d delete · u undo".into());
    let lines: Vec<Line> = lines.into_iter().map(Line::from).collect();
    Paragraph::new(lines)
        .style(th.text())
        .wrap(Wrap { trim: false })
        .render(inner, buf);
}

/// `"back squat 3×5 @ 80 kg"` lines, consecutive identical sets grouped.
fn group_sets(st: &crate::domain::Strength, u: crate::domain::Units) -> Vec<String> {
    let mut out: Vec<(usize, &crate::domain::SetEntry)> = Vec::new();
    for e in &st.sets {
        match out.last_mut() {
            Some((n, last)) if *last == e => *n += 1,
            _ => out.push((1, e)),
        }
    }
    out.iter()
        .map(|(n, e)| {
            let w = e
                .weight_kg
                .map(|w| format!(" @ {}", fmt::weight(w, u)))
                .unwrap_or_default();
            let rir = e.rir.map(|r| format!(" RIR {r}")).unwrap_or_default();
            let warm = if e.warmup { " warm-up" } else { "" };
            format!("{} {n}×{}{w}{rir}{warm}", e.exercise, e.reps)
        })
        .collect()
}

/// Moving and elapsed time when they differ, grade-adjusted pace when the run has one (§7),
/// and for a race its VDOT and the times it predicts (Riegel).
fn run_metrics(r: &Run, u: Units) -> Vec<String> {
    let mut out = Vec::new();
    // the elapsed time when pauses were left out of the duration (§9: moving time)
    if let Some(e) = r.elapsed_s.filter(|e| e - r.duration_s >= 1.0) {
        out.push(format!(
            "moving {} · elapsed {} (pauses left out)",
            crate::parse::format_duration(r.duration_s),
            crate::parse::format_duration(e)
        ));
    }
    if let Some(g) = r.gap_s_per_km {
        out.push(format!("grade-adjusted pace {}", fmt::pace(1000.0, g, u)));
    }
    if r.kind == RunKind::Race {
        let times: Vec<String> = race_predictions(r.distance_m, r.duration_s)
            .iter()
            .map(|(name, _, t)| format!("{name} {}", crate::parse::format_duration(*t)))
            .collect();
        if let Some(v) = vdot(r.distance_m, r.duration_s) {
            out.push(format!("race: VDOT {v:.1}; predicts {}", times.join(" · ")));
        }
    }
    out
}

/// A run's distance, kind, time and pace, what else was logged, and `run_metrics`.
fn run_lines(r: &Run, u: Units, wu: Units) -> Vec<String> {
    let mut lines = Vec::new();
    lines.push(format!(
        "{} {} in {} · {}",
        fmt::distance(r.distance_m, u),
        r.kind,
        crate::parse::format_duration(r.duration_s),
        fmt::pace(r.distance_m, r.duration_s, u)
    ));
    let mut extra = Vec::new();
    if let Some(e) = r.elevation_m {
        // in feet for an imperial user, like every other distance
        let (v, unit) = match u {
            crate::domain::Units::Metric => (e, "m"),
            crate::domain::Units::Imperial => (e / fmt::M_PER_FT, "ft"),
        };
        extra.push(format!("+{v:.0} {unit}"));
    }
    if let Some(v) = r.vest_kg {
        extra.push(format!("vest {}", fmt::weight(v, wu)));
    }
    if let Some(h) = r.avg_hr {
        extra.push(format!("HR {h:.0}"));
    }
    if let Some(sh) = &r.shoes {
        extra.push(format!("shoes {sh}"));
    }
    if !extra.is_empty() {
        lines.push(extra.join(" · "));
    }
    lines.extend(run_metrics(r, u));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_and_elapsed_when_pauses_were_left_out() {
        // §9: 1505 s moving of 1685 s elapsed
        let mut r = Run::new(RunKind::Easy, 6000.0, 1505.0);
        assert!(run_metrics(&r, Units::Metric).is_empty());
        r.elapsed_s = Some(1505.4);
        assert!(run_metrics(&r, Units::Metric).is_empty());
        r.elapsed_s = Some(1685.0);
        assert_eq!(
            run_metrics(&r, Units::Metric),
            ["moving 25:05 · elapsed 28:05 (pauses left out)"]
        );
    }
}
