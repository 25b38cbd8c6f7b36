//! History `i`: the path prompt, then the import's summary (scrollable).

use crate::tui::form::import::{ImportPrompt, ImportReport, WRAP, wrap};
use crate::tui::theme::Theme;
use crate::tui::widgets::form::input;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Widget};

/// Popup width: the wrapped text, a space each side, the border.
const WIDTH: u16 = WRAP as u16 + 4;

const FORMATS: &str =
    crate::const_concat!("", crate::import::formats::FORMATS_SHORT, ", or a folder");

pub fn prompt(th: &Theme, p: &ImportPrompt, area: Rect, buf: &mut Buffer) {
    let errors: Vec<String> = p
        .error
        .as_deref()
        .map(|e| wrap(&format!("✗ {e}"), WRAP))
        .unwrap_or_default();
    let h = 7 + errors.len() as u16;
    let r = super::centered(area, WIDTH, h);
    Clear.render(r, buf);
    let b = Block::bordered().title(Span::styled(" Import ", th.title()));
    let inner = b.inner(r);
    b.render(r, buf);
    let inner = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let w = inner.width as usize;
    let mut y = inner.y;
    // a long path scrolls to keep the cursor in view
    let label = "Path  ";
    if y < inner.bottom() {
        buf.set_stringn(inner.x, y, label, w, th.focus());
        let (x, room) = (inner.x + label.len() as u16, w.saturating_sub(label.len()));
        input(&p.path, p.cursor(), (x, y, room), th.focus(), th, buf);
    }
    y += 1;
    let mut put = |text: &str, st, buf: &mut Buffer| {
        if y < inner.bottom() {
            buf.set_stringn(inner.x, y, text, w, st);
        }
        y += 1;
    };
    put("", th.text(), buf);
    for e in &errors {
        put(e, th.error(), buf);
    }
    put(FORMATS, th.dim(), buf);
    put("~ is your home folder", th.dim(), buf);
    put(
        "Enter import · ← → Home End · Ctrl-U clear · Esc cancel",
        th.dim(),
        buf,
    );
}

pub fn report(th: &Theme, r: &ImportReport, area: Rect, buf: &mut Buffer) {
    let total = r.lines.len();
    let h = (total as u16 + 4).min(area.height.saturating_sub(2));
    let rect = super::centered(area, WIDTH, h);
    Clear.render(rect, buf);
    let c = r.counts;
    let title = format!(
        " Import: {} new, {} updated, {} unchanged ",
        c.added, c.updated, c.unchanged
    );
    let b = Block::bordered().title(Span::styled(title, th.title()));
    let inner = b.inner(rect);
    b.render(rect, buf);
    if inner.height < 2 || inner.width < 3 {
        return;
    }
    let x = inner.x + 1;
    let w = (inner.width - 2) as usize;
    // the last inner row is the hint; a blank row above it when there is room
    let rows = (inner.height - 1) as usize;
    let visible = if rows > 2 && total < rows {
        rows - 1
    } else {
        rows
    };
    for (i, line) in r.lines.iter().skip(r.scroll).take(visible).enumerate() {
        let st = if i + r.scroll == 0 {
            th.ok()
        } else if line.starts_with("failed") {
            th.error()
        } else if line.starts_with(' ') {
            th.text()
        } else {
            th.focus()
        };
        buf.set_stringn(x, inner.y + i as u16, line, w, st);
    }
    let mut hint = String::from("Esc close");
    if total > visible {
        let last = (r.scroll + visible).min(total);
        hint = format!(
            "↑↓ PgUp PgDn scroll · {}-{last} of {total} · Esc close",
            r.scroll + 1
        );
    }
    buf.set_stringn(x, inner.bottom() - 1, hint, w, th.dim());
}
