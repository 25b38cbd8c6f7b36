//! Dashboard `Enter`: where the selected group's weekly volume came from (§10), the text of
//! `legday week --explain GROUP` in a scrollable popup.

use crate::domain::Muscle;
use crate::tui::action::Action;
use crate::tui::app::App;

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

/// `Enter`: the selected group's breakdown, as `legday week --explain GROUP` prints it.
pub fn open(app: &mut App) {
    let Some(d) = app.data.as_ref().filter(|d| !d.is_empty()) else {
        return;
    };
    let m = Muscle::ALL[app.dashboard.selected.min(Muscle::ALL.len() - 1)];
    let e = crate::domain::explain::Explain::build(&d.sessions, &d.settings, &d.catalog, d.day, m);
    let text = crate::cli::explain::render(
        &e,
        d.settings.distance_unit,
        crate::cli::paint::Paint::plain(),
    );
    app.popup = Some(crate::tui::app::Popup::Explain(ExplainView {
        title: m.label().to_string(),
        text,
        top: 0,
    }));
}
