//! The tabs. `Tab::ALL` is the registry: it gives the order of the tab bar and each tab's digit
//! and F-key (its place in the list); everything else about a tab (title, footer hint, help
//! section, drawing, keys) is its `Spec`, in the tab's own file. Adding a tab is a variant, its
//! place in `ALL`, one arm in `Tab::spec`, and the file.

pub mod dashboard;
pub mod history;
pub mod progress;
pub mod run;
pub mod strength;

use super::action::{Action, Effect};
use super::app::App;
use super::data::Data;
use super::form::cycle;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The tabs, in the order of the tab bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Dashboard,
    Run,
    Strength,
    History,
    Progress,
}

/// A section of the `?` help: its title and (keys, what they do).
pub type HelpSection = (&'static str, &'static [(&'static str, &'static str)]);

/// What a tab is: its title, its keys and how it draws and updates.
pub struct Spec {
    pub title: &'static str,
    /// The tab holds a form: going to it puts the cursor in the form's fields.
    pub form: bool,
    /// The footer's hint on the tab.
    pub hint: &'static str,
    /// The footer's hint while typing in the tab's form.
    pub typing_hint: &'static str,
    /// The tab's section of the `?` help, when it has keys of its own.
    pub help: Option<HelpSection>,
    /// Draws the tab's body from the app and its loaded data.
    pub render: fn(&App, &Data, Rect, &mut Buffer),
    /// A key or click while the tab shows and no popup is open: what it changes, what the store
    /// must do.
    pub update: fn(&mut App, Action) -> Vec<Effect>,
    /// After every update while the tab shows: data the tab needs that is not loaded yet.
    pub wants: fn(&mut App) -> Option<Effect>,
}

/// `Spec::wants` of a tab that needs nothing beyond `Data`.
pub fn nothing(_: &mut App) -> Option<Effect> {
    None
}

impl Tab {
    /// The registry: every tab, in the order of the tab bar (`1`/`F1` is the first).
    pub const ALL: [Tab; 5] = [
        Tab::Dashboard,
        Tab::Run,
        Tab::Strength,
        Tab::History,
        Tab::Progress,
    ];

    pub fn spec(self) -> &'static Spec {
        match self {
            Tab::Dashboard => &dashboard::SPEC,
            Tab::Run => &run::SPEC,
            Tab::Strength => &strength::SPEC,
            Tab::History => &history::SPEC,
            Tab::Progress => &progress::SPEC,
        }
    }

    pub fn title(self) -> &'static str {
        self.spec().title
    }

    /// The tab at place `i` (0-based) of the tab bar.
    pub fn nth(i: usize) -> Option<Tab> {
        Tab::ALL.get(i).copied()
    }

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|&t| t == self).unwrap_or(0)
    }

    pub fn next(self) -> Tab {
        cycle(&Tab::ALL, self, true)
    }

    pub fn prev(self) -> Tab {
        cycle(&Tab::ALL, self, false)
    }

    /// Whether the tab holds a form that takes typed text.
    pub fn has_form(self) -> bool {
        self.spec().form
    }
}

/// Draws the app's current tab.
pub fn render(app: &App, data: &Data, area: Rect, buf: &mut Buffer) {
    (app.tab.spec().render)(app, data, area, buf)
}

/// What the app's current tab still needs loaded.
pub fn wants(app: &mut App) -> Option<Effect> {
    (app.tab.spec().wants)(app)
}

/// Hands an action to the app's current tab.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    (app.tab.spec().update)(app, action)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_and_prev_walk_every_tab_and_wrap() {
        let mut t = Tab::ALL[0];
        for i in 1..=Tab::ALL.len() {
            t = t.next();
            assert_eq!(t, Tab::ALL[i % Tab::ALL.len()]);
            assert_eq!(t.prev(), Tab::ALL[i - 1]);
        }
        assert_eq!(Tab::nth(Tab::ALL.len()), None);
        for (i, t) in Tab::ALL.iter().enumerate() {
            assert_eq!(t.index(), i);
            assert_eq!(Tab::nth(i), Some(*t));
        }
    }
}
