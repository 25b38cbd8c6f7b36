//! `?`: every key, from `tabs::help` (the bindings of every tab and their words), scrollable when the
//! terminal is shorter than the list.

use crate::tui::action::Action;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};
use std::cell::Cell;

/// A help section: its title and (keys, what they do).
pub type Section = (&'static str, Vec<(String, String)>);

/// The help popup's scroll.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpView {
    /// The first line shown.
    pub top: u16,
    /// The last useful `top` at the last draw (the list's end at the bottom edge).
    max_top: Cell<u16>,
}

impl Default for HelpView {
    fn default() -> HelpView {
        HelpView {
            top: 0,
            max_top: Cell::new(u16::MAX),
        }
    }
}

impl HelpView {
    /// `↑`/`↓`, `PgUp`/`PgDn`, `Home`/`End`, the wheel: scrolls, never past the list's end.
    pub fn scroll(&mut self, action: &Action) {
        let max = self.max_top.get();
        self.top = match action {
            Action::Up | Action::ScrollUp => self.top.saturating_sub(1),
            Action::Down | Action::ScrollDown => self.top.saturating_add(1),
            Action::PageUp => self.top.saturating_sub(10),
            Action::PageDown => self.top.saturating_add(10),
            Action::Home => 0,
            Action::End => max,
            _ => self.top,
        }
        .min(max);
    }
}

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
    let max_top = n.saturating_sub(shown);
    v.max_top.set(max_top);
    let top = v.top.min(max_top);
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
