//! The History tab's detail pane: everything about the selected session.

use crate::domain::{Muscle, Session};
use crate::tui::data::Data;
use crate::tui::theme::Theme;
use crate::tui::{fmt, model};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

pub fn render(th: &Theme, data: &Data, s: Option<&Session>, area: Rect, buf: &mut Buffer) {
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
            extra.push(format!("HR {h}"));
        }
        if let Some(sh) = &r.shoes {
            extra.push(format!("shoes {sh}"));
        }
        if !extra.is_empty() {
            lines.push(extra.join(" · "));
        }
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
    if let Some(src) = &s.source {
        lines.push(format!("imported from {src}"));
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
