//! `Ctrl-T`: saved templates to fill the Strength form, and a name to save one.

use crate::tui::ctx::Ctx;
use crate::tui::form::strength::sets_text;
use crate::tui::form::templates::TemplatePicker;
use crate::tui::widgets::form::{BAR, input};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Widget};

pub fn render(cx: &Ctx, p: &TemplatePicker, area: Rect, buf: &mut Buffer) {
    let (th, d) = (cx.theme, cx.data);
    let r = super::centered(area, 72, 14);
    Clear.render(r, buf);
    let b = Block::bordered().title(Span::styled(" Templates ", th.title()));
    let inner = b.inner(r);
    b.render(r, buf);
    let w = inner.width as usize;
    let mut y = inner.y;
    if y < inner.bottom() {
        let prompt = format!("Save {} as: ", p.source);
        let (x, _) = buf.set_stringn(inner.x, y, &prompt, w, th.focus());
        let room = inner.right().saturating_sub(x) as usize;
        if p.name.is_empty() {
            buf.set_stringn(x, y, format!("{BAR}(type a name, Enter)"), room, th.focus());
        } else {
            input(&p.name, p.cursor(), (x, y, room), th.focus(), th, buf);
        }
        y += 1;
    }
    let mut line = |text: String, st, y: &mut u16| {
        if *y < inner.bottom() {
            buf.set_stringn(inner.x, *y, text, w, st);
            *y += 1;
        }
    };
    match &p.error {
        Some(e) => line(format!("✗ {e}"), th.error(), &mut y),
        None => line(String::new(), th.dim(), &mut y),
    }
    if d.templates.is_empty() {
        line("No templates yet.".into(), th.dim(), &mut y);
    }
    let u = d.settings.weight_unit;
    let room = inner.bottom().saturating_sub(y + 1) as usize;
    let first = p.selected.saturating_sub(room.saturating_sub(1));
    for (i, t) in d.templates.iter().enumerate().skip(first).take(room) {
        let st = if i == p.selected && p.name.is_empty() {
            th.selected()
        } else {
            th.text()
        };
        let text = format!("  {:<16} {}", t.name, sets_text(&t.sets, u));
        line(text, st, &mut y);
    }
    if inner.height > 3 {
        let hint = "↑/↓ pick · Enter fill the form · type a name + Enter save · Esc close";
        buf.set_stringn(inner.x, inner.bottom() - 1, hint, w, th.dim());
    }
}
