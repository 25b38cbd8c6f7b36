//! `s`: level, body weight, units, maximum heart rate, week start, the coach's settings and a
//! race to add, saved through `Store::set_settings` (all in one transaction) and
//! `Store::add_race`.

use crate::tui::form::import::wrap;
use crate::tui::form::settings::{SettingsField, SettingsForm};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

/// The width of the label column.
const LABEL: usize = 14;

pub fn render(th: &Theme, f: &SettingsForm, area: Rect, buf: &mut Buffer) {
    let r = super::centered(area, 72, 20);
    Clear.render(r, buf);
    let b = Block::bordered().title(Span::styled(" Settings ", th.title()));
    let inner = b.inner(r);
    b.render(r, buf);
    let width = inner.width as usize;
    let mut y = inner.y;
    for &fld in &SettingsField::ALL {
        if fld == SettingsField::RaceDate {
            // the race rows under their own heading
            if y < inner.bottom() {
                let head = "Add a race (Enter adds it with the settings)";
                buf.set_stringn(inner.x, y, head, width, th.dim());
            }
            y += 1;
        }
        if y >= inner.bottom() {
            break;
        }
        let focused = f.focus == fld;
        let st = if focused { th.focus() } else { th.text() };
        let mark = if focused { "›" } else { " " };
        let value = f.value(fld);
        let mut spans = vec![Span::styled(
            format!("{mark} {:<LABEL$} {value}", fld.label()),
            st,
        )];
        if focused && !fld.is_text() {
            spans.push(Span::styled("  ←/→", st));
        }
        if value.is_empty() && !fld.placeholder().is_empty() {
            spans.push(Span::styled(fld.placeholder(), th.dim()));
        }
        if let Some(e) = f.error_at(fld) {
            spans.push(Span::styled(format!("  ✗ {e}"), th.error()));
        }
        buf.set_line(inner.x, y, &Line::from(spans), inner.width);
        if focused && let Some(at) = f.cursor() {
            // a block cursor on the character it stands before (at the end: the cell after)
            let x = inner.x + (LABEL + 3 + at) as u16;
            if x < inner.right() {
                buf[(x, y)].set_style(th.cursor());
            }
        }
        y += 1;
    }
    // the whole refusal under the rows (beside its field it may be cut)
    if let Some(e) = &f.error {
        let lines = wrap(&format!("✗ {e}"), width.max(1));
        for (i, l) in lines.iter().take(2).enumerate() {
            let ly = y + 1 + i as u16;
            if ly + 1 < inner.bottom() {
                buf.set_stringn(inner.x, ly, l, width, th.error());
            }
        }
    }
    if inner.height > 14 {
        let hint = "Tab/↑↓ field · ←/→ choose or move · Enter save · Esc cancel";
        buf.set_stringn(inner.x, inner.bottom() - 1, hint, width, th.dim());
    }
}
