//! A scrolled text's first line, kept within the text: the keys move it, and each draw says
//! how far it may go (the text's end at the bottom edge), since only the draw knows the size.

use crate::tui::action::Action;
use std::cell::Cell;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scroll {
    /// The first line shown.
    pub top: u16,
    /// The last useful `top` at the last draw.
    max_top: Cell<u16>,
}

impl Default for Scroll {
    fn default() -> Scroll {
        Scroll {
            top: 0,
            max_top: Cell::new(u16::MAX),
        }
    }
}

impl Scroll {
    /// `↑`/`↓`, `PgUp`/`PgDn`, `Home`/`End`, the wheel: scrolls, never past the end.
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

    /// At a draw of `n` lines of which `shown` fit: the first line to show and the last useful
    /// one (remembered for the keys).
    pub fn fit(&self, n: u16, shown: u16) -> (u16, u16) {
        let max_top = n.saturating_sub(shown);
        self.max_top.set(max_top);
        (self.top.min(max_top), max_top)
    }
}
