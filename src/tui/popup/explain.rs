//! A long text in a scrollable popup: where a group's volume came from (dashboard `Enter`), the
//! whole next-session suggestion (dashboard `n`).

use crate::tui::action::Action;

/// The explain popup's text and scroll.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExplainView {
    pub title: String,
    pub text: String,
    /// The first line shown.
    pub top: u16,
}

impl ExplainView {
    /// `↑`/`↓`, `PgUp`/`PgDn`, the wheel: scrolls (never past the last line).
    pub fn scroll(&mut self, action: &Action) {
        let last = self.text.lines().count().saturating_sub(1) as u16;
        self.top = match action {
            Action::Up | Action::ScrollUp => self.top.saturating_sub(1),
            Action::Down | Action::ScrollDown => (self.top + 1).min(last),
            Action::PageUp => self.top.saturating_sub(10),
            Action::PageDown => (self.top + 10).min(last),
            _ => self.top,
        };
    }
}
