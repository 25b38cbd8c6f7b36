//! History tab: sessions newest first (filtered by kind), the selected one in a detail pane.

use crate::domain::Muscle;
use crate::domain::Session;
use crate::tui::app::App;
use crate::tui::data::Data;
use crate::tui::theme::Theme;
use crate::tui::{fmt, model};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

pub fn render(app: &App, data: &Data, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    let rows = app.history_rows();
    let wide = area.width >= 100;
    let [list, detail] = if wide {
        Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(area)
    } else {
        Layout::vertical([Constraint::Fill(1), Constraint::Length(9)]).areas(area)
    };
    let newest = if app
        .data
        .as_ref()
        .is_some_and(|d| d.sessions.len() >= crate::tui::data::HISTORY_ROWS)
    {
        "newest "
    } else {
        ""
    };
    let title = format!(
        " Sessions: {newest}{} ({}, f to change) ",
        rows.len(),
        app.history.filter.label()
    );
    let b = Block::bordered().title(Span::styled(title, th.title()));
    let inner = b.inner(list);
    b.render(list, buf);
    if inner.height < 2 {
        return;
    }
    let head = format!("{:<10} {:<5} {:>5}  {}", "date", "type", "load", "session");
    buf.set_stringn(inner.x, inner.y, head, inner.width as usize, th.dim());
    let visible = (inner.height - 1) as usize;
    let sel = app.history.selected;
    // the selection stays on screen: scroll just enough to keep it at the bottom edge
    let offset = sel.saturating_sub(visible.saturating_sub(1));
    if rows.is_empty() {
        let msg = "nothing logged yet: 2 logs a run, 3 a lift, i imports files";
        buf.set_stringn(inner.x, inner.y + 1, msg, inner.width as usize, th.dim());
    }
    for (i, s) in rows.iter().enumerate().skip(offset).take(visible) {
        let y = inner.y + 1 + (i - offset) as u16;
        let kind = match s.run() {
            Some(r) => r.kind.key().to_string(),
            None => "lift".into(),
        };
        let line = format!(
            "{:<10} {:<5.5} {:>5.0}  {}",
            s.date,
            kind,
            s.load(&data.settings),
            fmt::session_summary(s, &data.settings)
        );
        let st = if i == sel { th.selected() } else { th.text() };
        if i == sel {
            buf.set_style(
                Rect {
                    y,
                    height: 1,
                    ..inner
                },
                st,
            );
        }
        buf.set_stringn(inner.x, y, line, inner.width as usize, st);
    }
    details(th, data, app.selected_session(), detail, buf);
}

fn details(th: &Theme, data: &Data, s: Option<&Session>, area: Rect, buf: &mut Buffer) {
    let b = Block::bordered().title(Span::styled(" Details ", th.title()));
    let inner = b.inner(area);
    b.render(area, buf);
    let Some(s) = s else { return };
    let st = &data.settings;
    let (u, wu) = (st.distance_unit, st.weight_unit);
    let mut lines: Vec<String> = Vec::new();
    let when = match s.time {
        Some(t) => format!("{} {}", s.date.format("%a %-d %b %Y"), t.format("%H:%M")),
        None => s.date.format("%a %-d %b %Y").to_string(),
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
            extra.push(format!("+{e:.0} m"));
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
