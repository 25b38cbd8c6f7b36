//! Popups over the tabs: help, settings, the quit question, the import path and summary, a
//! run's summary.

pub mod help;
pub mod import;
pub mod settings;
pub mod summary;
pub mod templates;

use super::app::App;
use super::text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

/// A centred rectangle of at most `w`×`h` inside `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Dashboard `Enter`: the selected group's volume, session by session (§10); `n`: the whole
/// next-session suggestion (§8).
pub fn explain(app: &App, v: &crate::tui::app::ExplainView, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    let r = centered(
        area,
        area.width.saturating_sub(4).min(110),
        area.height.saturating_sub(2),
    );
    Clear.render(r, buf);
    let title = format!(" {} · ↑/↓ scroll · Esc closes ", v.title);
    Paragraph::new(v.text.as_str())
        .wrap(Wrap { trim: false })
        .scroll((v.top, 0))
        .style(th.text())
        .block(Block::bordered().title(Span::styled(title, th.title())))
        .render(r, buf);
}

/// Dashboard `i`: two lines on each load figure.
pub fn load_help(app: &App, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    let r = centered(area, 76, 2 + 2 * text::LOAD_HELP.len() as u16);
    Clear.render(r, buf);
    let lines: Vec<ratatui::text::Line> = text::LOAD_HELP
        .iter()
        .map(|(name, what)| {
            ratatui::text::Line::from(vec![
                Span::styled(format!("{name}: "), th.focus()),
                Span::styled(*what, th.text()),
            ])
        })
        .collect();
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(Block::bordered().title(Span::styled(" Load, explained · Esc closes ", th.title())))
        .render(r, buf);
}

/// "Discard the changes?" before an edit is cancelled or another session opened over input.
pub fn confirm_discard(app: &App, area: Rect, buf: &mut Buffer) {
    let r = centered(area, 52, 5);
    Clear.render(r, buf);
    Paragraph::new(text::CONFIRM_DISCARD)
        .wrap(Wrap { trim: true })
        .style(app.theme.focus())
        .block(Block::bordered().title(Span::styled(" Discard changes? ", app.theme.title())))
        .render(r, buf);
}

pub fn confirm_quit(app: &App, area: Rect, buf: &mut Buffer) {
    let r = centered(area, 52, 5);
    Clear.render(r, buf);
    Paragraph::new(text::CONFIRM_QUIT)
        .wrap(Wrap { trim: true })
        .style(app.theme.focus())
        .block(Block::bordered().title(Span::styled(" Quit? ", app.theme.title())))
        .render(r, buf);
}
