//! A run's summary (`domain::run_summary`, the text `legday show` prints) with its elevation
//! profile as a sparkline: the popup after a new run is saved and after History `v`, and
//! History's details of a run.

use super::scroll::Scroll;
use crate::domain::run_summary::{RunSummary, Summary};
use crate::domain::{Settings, Units};
use crate::text::paint::Paint;
use crate::tui::action::Action;
use crate::tui::ctx::Ctx;
use crate::tui::form::import::wrap;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Sparkline, Widget};

/// The summary popup: the summary and the first line shown.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryView {
    pub summary: Box<Summary>,
    pub scroll: Scroll,
}

impl SummaryView {
    pub fn new(summary: Box<Summary>) -> SummaryView {
        SummaryView {
            summary,
            scroll: Scroll::default(),
        }
    }

    /// `↑`/`↓`, `PgUp`/`PgDn`, `Home`/`End`, the wheel: scrolls, never past the end.
    pub fn scroll(&mut self, action: &Action) {
        self.scroll.scroll(action);
    }
}

/// The summary's text, one line each, without the profile line: the sparkline draws it.
pub fn text_lines(sum: &Summary, settings: &Settings) -> Vec<String> {
    let text = crate::text::summary::render(sum, settings, Paint::plain(), false);
    text.trim_end().lines().map(str::to_string).collect()
}

/// Lines wrapped to `width`: a line that fits is kept as it is (its columns aligned); a longer
/// one breaks between its ` · ` parts where it can (a figure stays whole), the next lines
/// indented by two.
pub fn fit(lines: Vec<String>, width: usize) -> Vec<String> {
    let len = |s: &str| s.chars().count();
    let mut out: Vec<String> = Vec::new();
    let push = |s: String, out: &mut Vec<String>| {
        if len(&s) <= width {
            out.push(s);
        } else {
            out.extend(wrap(&s, width));
        }
    };
    for l in lines {
        if len(&l) <= width {
            out.push(l);
            continue;
        }
        let mut parts = l.split(" · ");
        let mut cur = parts.next().unwrap_or_default().to_string();
        for p in parts {
            if len(&cur) + 3 + len(p) <= width {
                cur = format!("{cur} · {p}");
            } else {
                push(std::mem::replace(&mut cur, format!("  {p}")), &mut out);
            }
        }
        push(cur, &mut out);
    }
    out
}

/// Rows the profile takes: its label and a sparkline of `bars` rows, or none without one.
pub fn profile_rows(sum: &Summary, bars: u16) -> u16 {
    match &sum.run {
        Some(r) if !r.elevation.is_empty() => 1 + bars,
        _ => 0,
    }
}

/// The elevation profile in `area`: `Elevation 100-109 m` and a sparkline filling the rest,
/// the profile's points spread over (or sampled down to) the width.
pub fn profile(th: &Theme, r: &RunSummary, u: Units, area: Rect, buf: &mut Buffer) {
    let Some(range) = crate::text::summary::elevation_range(r, u) else {
        return;
    };
    if area.height == 0 || area.width == 0 {
        return;
    }
    let label = Line::from(vec![
        Span::styled("Elevation ", th.title()),
        Span::styled(range, th.dim()),
    ]);
    buf.set_line(area.x, area.y, &label, area.width);
    let bars = Rect {
        y: area.y + 1,
        height: area.height - 1,
        ..area
    };
    let data = profile_bars(&r.elevation, bars.width as usize);
    Sparkline::default()
        .data(&data)
        .max(100)
        .style(th.run())
        .render(bars, buf);
}

/// The altitudes as bars of 1 to 100 (the lowest still shows), one per column of `width`:
/// each column takes the altitude at its place along the profile, interpolated between the
/// points around it as the profile itself is (a narrow area skips points).
pub fn profile_bars(points: &[(f64, f64)], width: usize) -> Vec<u64> {
    let n = points.len();
    if n == 0 || width == 0 {
        return Vec::new();
    }
    let lo = points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let hi = points.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    (0..width)
        .map(|c| {
            let at = if width == 1 {
                0.0
            } else {
                c as f64 * (n - 1) as f64 / (width - 1) as f64
            };
            let (i, f) = (at.floor() as usize, at.fract());
            let e = match points.get(i + 1) {
                Some(next) => points[i].1 + (next.1 - points[i].1) * f,
                None => points[i].1,
            };
            let share = if hi > lo { (e - lo) / (hi - lo) } else { 0.0 };
            1 + (share * 99.0).round() as u64
        })
        .collect()
}

/// The popup: the text scrolled, the profile at its foot.
pub fn render(cx: &Ctx, v: &SummaryView, area: Rect, buf: &mut Buffer) {
    let (th, d) = (cx.theme, cx.data);
    let r = super::centered(
        area,
        area.width.saturating_sub(4).min(90),
        area.height.saturating_sub(2),
    );
    Clear.render(r, buf);
    let b = Block::bordered().title(Span::styled(" Run summary ", th.title()));
    let inner = b.inner(r);
    let inner = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let sum = &v.summary;
    let text = fit(text_lines(sum, &d.settings), inner.width as usize);
    let foot = profile_rows(sum, 2).min(inner.height.saturating_sub(3));
    let shown = inner.height.saturating_sub(foot);
    let n = text.len() as u16;
    let (top, max_top) = v.scroll.fit(n, shown);
    let below = n.saturating_sub(top + shown);
    let mut b = b.title_bottom(Span::styled(" Esc/Enter close ", th.dim()));
    if max_top > 0 {
        b = b.title(Span::styled(" ↑/↓ scroll ", th.dim()));
        if below > 0 {
            let more = format!(" +{below} more (↓) ");
            b = b.title_bottom(Line::styled(more, th.focus()).right_aligned());
        } else if top > 0 {
            let above = format!(" {top} above (↑) ");
            b = b.title_bottom(Line::styled(above, th.dim()).right_aligned());
        }
    }
    b.render(r, buf);
    let body: Vec<Line> = text.into_iter().map(Line::from).collect();
    Paragraph::new(body)
        .style(th.text())
        .scroll((top, 0))
        .render(
            Rect {
                height: shown,
                ..inner
            },
            buf,
        );
    if let Some(run) = &sum.run
        && foot > 0
    {
        let at = Rect {
            y: inner.y + shown,
            height: foot,
            ..inner
        };
        profile(th, run, d.settings.distance_unit, at, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_break_between_their_parts() {
        let l = "5.00 km · moving 25:00 · 5:00 /km · GAP 4:50 /km".to_string();
        assert_eq!(
            fit(vec![l.clone(), "  1  5:00".into()], 40),
            [
                "5.00 km · moving 25:00 · 5:00 /km",
                "  GAP 4:50 /km",
                "  1  5:00"
            ]
        );
        assert_eq!(fit(vec![l.clone()], 60), [l]);
    }

    #[test]
    fn bars_span_1_to_100_and_fit_the_width() {
        let p = [(0.0, 100.0), (500.0, 150.0), (1000.0, 200.0)];
        assert_eq!(profile_bars(&p, 3), [1, 51, 100]);
        // five columns: at 0, 0.5, 1, 1.5 and 2 points along: 100, 125, 150, 175, 200 m, so
        // 1 + 99 × 0, 0.25, 0.5, 0.75, 1 rounded
        assert_eq!(profile_bars(&p, 5), [1, 26, 51, 75, 100]);
        // two columns: the first and the last point
        assert_eq!(profile_bars(&p, 2), [1, 100]);
        let flat = [(0.0, 5.0), (10.0, 5.0)];
        assert_eq!(profile_bars(&flat, 3), [1, 1, 1]);
    }
}
