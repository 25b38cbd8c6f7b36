//! `?`: every key, from `keys::help` (the common keys and each tab's own).

use crate::tui::app::App;
use crate::tui::keys;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    let mut lines: Vec<Line> = Vec::new();
    for (section, keys) in keys::help() {
        lines.push(Line::styled(section, th.title()));
        for (k, what) in keys {
            lines.push(Line::from(vec![
                Span::styled(format!("  {k:<22}"), th.focus()),
                Span::styled(what, th.text()),
            ]));
        }
    }
    let h = lines.len() as u16 + 2;
    let r = super::centered(area, 96, h);
    Clear.render(r, buf);
    Paragraph::new(lines)
        .block(Block::bordered().title(Span::styled(" Keys (Esc closes) ", th.title())))
        .render(r, buf);
}
