//! Dashboard `Enter`: where the selected group's weekly volume came from (§10), the text of
//! `legday week --explain GROUP` in a scrollable popup; `n`: the whole next-session suggestion
//! (§8), the text of `legday today`, in the same popup.

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
    let text = crate::text::explain::render(
        &e,
        d.settings.distance_unit,
        crate::text::paint::Paint::plain(),
    );
    app.popup = Some(crate::tui::app::Popup::Explain(ExplainView {
        title: format!("{} · where the sets came from", m.label()),
        text,
        top: 0,
    }));
}

/// `n`: the whole next-session suggestion (§8), as `legday today` prints it, for when the
/// Next panel has no room for all of its reason and exercises.
pub fn open_next(app: &mut App) {
    let Some(d) = app.data.as_ref() else {
        return;
    };
    let Some(t) = d.today.as_ref() else {
        return;
    };
    let paint = crate::text::paint::Paint::plain();
    let mut text = crate::text::today::render(t, &d.settings, paint);
    if d.plan.len() > 1 {
        text.push_str("\nThe next days (legday plan):\n");
        text.push_str(&crate::text::today::render_plan(
            &d.plan,
            &d.settings,
            paint,
        ));
    }
    app.popup = Some(crate::tui::app::Popup::Explain(ExplainView {
        title: format!("Next · {}", t.target.format("%a %-d %b")),
        text,
        top: 0,
    }));
}
