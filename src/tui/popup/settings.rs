//! `s`: level, body weight, units and week start, saved through `Store::set_setting`.

use crate::tui::app::App;
use crate::tui::form::settings::{SettingsField, SettingsForm};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Widget};

pub fn render(app: &App, f: &SettingsForm, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    let r = super::centered(area, 58, 10);
    Clear.render(r, buf);
    let b = Block::bordered().title(Span::styled(" Settings ", th.title()));
    let inner = b.inner(r);
    b.render(r, buf);
    for (i, &fld) in SettingsField::ALL.iter().enumerate() {
        let label = fld.label();
        let y = inner.y + i as u16;
        if y >= inner.bottom() {
            return;
        }
        let focused = f.focus == fld;
        let st = if focused { th.focus() } else { th.text() };
        let mark = if focused { "›" } else { " " };
        let arrows = if focused && fld != SettingsField::Body {
            "  ←/→"
        } else {
            ""
        };
        let line = format!("{mark} {label:<12} {}{arrows}", f.value(fld));
        buf.set_stringn(inner.x, y, line, inner.width as usize, st);
    }
    let y = inner.y + 5;
    if let Some(e) = &f.error {
        buf.set_stringn(
            inner.x,
            y.min(inner.bottom().saturating_sub(2)),
            format!("✗ {e}"),
            inner.width as usize,
            th.error(),
        );
    }
    if inner.height > 7 {
        let hint = "Tab/↑↓ field · Enter save · Esc cancel";
        buf.set_stringn(
            inner.x,
            inner.bottom() - 1,
            hint,
            inner.width as usize,
            th.dim(),
        );
    }
}
