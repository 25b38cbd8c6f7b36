//! One horizontal bar per group: run volume (▒) then lift volume (█), coloured by band, with
//! the group's band edges (maintain, grow, high) marked `│`.

use crate::domain::{MuscleReport, Settings};
use crate::format;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

pub const RUN_CELL: &str = "▒";
pub const LIFT_CELL: &str = "█";
const LABEL_W: u16 = 12;
const TAIL_W: u16 = 16;

/// Where a bar starts in its row (tests find cells through it).
pub fn bar_x(area: Rect) -> u16 {
    area.x + LABEL_W
}

/// Draws the rows, one per group, from `area.y`.
pub fn render(
    rows: &[MuscleReport],
    settings: &Settings,
    th: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let width = area.width.saturating_sub(LABEL_W + TAIL_W);
    for (i, m) in rows.iter().enumerate().take(area.height as usize) {
        let y = area.y + i as u16;
        buf.set_stringn(area.x, y, m.muscle.label(), LABEL_W as usize - 1, th.text());
        let edges = settings.bands(m.muscle);
        let full = edges.high * 1.25;
        let cells = |v: f64| ((v / full) * width as f64).round().clamp(0.0, width as f64) as u16;
        let total = cells(m.sets);
        let run = cells(m.run_sets).min(total);
        let style = th.band(m.status);
        let x0 = bar_x(area);
        for c in 0..width {
            let sym = if c < run {
                RUN_CELL
            } else if c < total {
                LIFT_CELL
            } else {
                " "
            };
            buf.set_string(x0 + c, y, sym, style);
        }
        if width > 0 {
            for edge in [edges.maintain, edges.grow, edges.high] {
                let c = cells(edge).min(width - 1);
                if c >= total {
                    buf.set_string(x0 + c, y, "│", th.dim());
                }
            }
            if m.sets > full {
                buf.set_string(x0 + width - 1, y, "▸", style);
            }
        }
        // `maintain` is the longest band: the marker still fits after it (5+1+8+1 = 15)
        let mark = if m.recovering_until.is_some() {
            "↻"
        } else {
            ""
        };
        let tail = format!(
            "{:>5} {:<8}{mark}",
            format::band_volume(m.sets, m.status, edges),
            m.status.key()
        );
        buf.set_stringn(x0 + width + 1, y, tail, TAIL_W as usize - 1, style);
    }
}
