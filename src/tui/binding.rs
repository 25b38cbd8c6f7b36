//! Key bindings declared once: the key, the action it gives and the words of the `?` help. The
//! key map (`keys::key`) and the help (`tabs::help`) both read these lists, so a key and its help
//! cannot drift apart. `NORMAL` holds the keys of every tab outside a form's fields; each tab
//! declares its own in its `Spec` (`tabs/<name>.rs`), read first, and a key only one tab uses is
//! bound only there.

use super::action::Action;
use ratatui::crossterm::event::KeyCode;

/// A section of the `?` help: its title and (keys, what they do).
pub type HelpSection = (&'static str, &'static [(&'static str, &'static str)]);

/// Keys that give one action.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: &'static [KeyCode],
    /// The keys as the help shows them ("e, Enter").
    pub shown: &'static str,
    pub action: Action,
    /// What the help says they do; empty: not listed (a key another line already names).
    pub help: &'static str,
}

impl Binding {
    pub fn matches(&self, code: KeyCode) -> bool {
        self.keys.contains(&code)
    }
}

const fn bind(
    keys: &'static [KeyCode],
    shown: &'static str,
    action: Action,
    help: &'static str,
) -> Binding {
    Binding {
        keys,
        shown,
        action,
        help,
    }
}

use KeyCode::{BackTab, Char, End, Enter, Esc, Home, Tab};

/// Every tab's keys outside a form's fields (the tab digits are added from the tab registry).
pub const NORMAL: &[Binding] = &[
    bind(
        &[Tab],
        "Tab / Shift-Tab",
        Action::NextTab,
        "next / previous tab (next / previous field in a form)",
    ),
    bind(&[BackTab], "Shift-Tab", Action::PrevTab, ""),
    bind(&[Char('?')], "?", Action::ToggleHelp, "this help"),
    bind(
        &[Char('s')],
        "s",
        Action::OpenSettings,
        "settings: level, body weight, units, week start, coach, add a race",
    ),
    bind(
        &[Char('w')],
        "w",
        Action::OpenWorkout,
        "a live workout: tick sets off as you lift (keys below)",
    ),
    bind(
        &[Esc],
        "Esc",
        Action::Back,
        "close a popup; leave a form's fields",
    ),
    bind(
        &[Char('q')],
        "q, Ctrl-C",
        Action::Quit,
        "quit (asks first when a form holds unsaved input)",
    ),
    bind(&[Char('h'), Char('[')], "h, [", Action::Left, ""),
    bind(&[Char('l'), Char(']')], "l, ]", Action::Right, ""),
    bind(&[Char('k')], "k", Action::Up, ""),
    bind(&[Char('j')], "j", Action::Down, ""),
    bind(&[Home, Char('g')], "Home, g", Action::Home, ""),
    bind(&[End, Char('G')], "End, G", Action::End, ""),
    bind(&[Enter], "Enter", Action::Submit, ""),
];

/// What the "Everywhere" section adds that is not a key binding.
pub const CLICK_HELP: (&str, &str) = ("click", "a tab in the tab bar");
