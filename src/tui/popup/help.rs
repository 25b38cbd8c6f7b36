//! `?`: every key, from `tabs::help` (the bindings of every tab and their words), scrollable when the
//! terminal is shorter than the list.

use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// A help section: its title and (keys, what they do).
pub type Section = (&'static str, Vec<(String, String)>);

/// The help popup's scroll.
pub type HelpView = super::scroll::Scroll;

/// The key list, descriptions wrapped to `width` columns under their own column.
fn lines(th: &Theme, sections: &[Section], width: u16) -> Vec<Line<'static>> {
    let room = (width as usize).saturating_sub(KEY_COLUMN).max(20);
    let mut lines: Vec<Line> = Vec::new();
    for (section, keys) in sections {
        lines.push(Line::styled(*section, th.title()));
        for (k, what) in keys {
            for (i, part) in wrap(what, room).into_iter().enumerate() {
                let key = if i == 0 { k.as_str() } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(format!("  {key:<22}"), th.focus()),
                    Span::styled(part, th.text()),
                ]));
            }
        }
    }
    lines
}

/// Columns before a key's description.
const KEY_COLUMN: usize = 24;

/// Words into lines of at most `width` characters (a longer word is a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push(line);
    out
}

pub fn render(th: &Theme, sections: &[Section], v: &HelpView, area: Rect, buf: &mut Buffer) {
    let width = area.width.min(120);
    let lines = lines(th, sections, width.saturating_sub(2));
    let n = lines.len() as u16;
    let r = super::centered(area, width, n.saturating_add(2));
    let shown = r.height.saturating_sub(2);
    let (top, max_top) = v.fit(n, shown);
    let below = n.saturating_sub(top + shown);
    let mut block = Block::bordered().title(Span::styled(" Keys (Esc closes) ", th.title()));
    if max_top > 0 {
        block = block.title(Span::styled(" ↑/↓ PgUp/PgDn scroll ", th.dim()));
        if top > 0 {
            block = block.title_bottom(Span::styled(format!(" {top} above "), th.dim()));
        }
        if below > 0 {
            let more = format!(" +{below} more (↓) ");
            block = block.title_bottom(Line::styled(more, th.focus()).right_aligned());
        }
    }
    Clear.render(r, buf);
    Paragraph::new(lines)
        .scroll((top, 0))
        .block(block)
        .render(r, buf);
}
