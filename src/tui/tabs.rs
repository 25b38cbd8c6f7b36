//! The tab registry: everything about a tab that is not its state (title, footer hints, the keys
//! it binds and the help it adds) is its `Spec`, in the tab's own file. Each tab's state type
//! updates itself from an action (`update(&mut state, &Ctx, Action) -> Vec<Effect>`) and draws
//! itself (`render(&state, &Ctx, area, buf)`); it never sees the app. Adding a tab is a variant
//! of `Tab` (`tab.rs`), one arm in `Tab::spec`, its file, and its state in `App` with one arm
//! in `App::tab_update` and `ui::render`.

pub mod dashboard;
pub mod forms;
pub mod history;
pub mod progress;
pub mod run;
pub mod strength;

use super::binding::{Binding, CLICK_HELP, NORMAL};
use super::tab::Tab;

/// What a tab is, apart from its state.
pub struct Spec {
    pub title: &'static str,
    /// The tab holds a form: going to it puts the cursor in the form's fields.
    pub form: bool,
    /// The footer's hint on the tab.
    pub hint: &'static str,
    /// The footer's hint while typing in the tab's form.
    pub typing_hint: &'static str,
    /// The keys the tab binds outside a form's fields, read before `binding::NORMAL`.
    pub keys: &'static [Binding],
    /// The title of the tab's help section; `None`: its keys are another tab's section (the
    /// Strength form shares the Run form's).
    pub section: Option<&'static str>,
    /// Help lines beyond its bindings: what the shared keys (arrows, pages) do on this tab and
    /// the keys of its form's fields.
    pub more_help: &'static [(&'static str, &'static str)],
}

impl Tab {
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

    /// Whether the tab holds a form that takes typed text.
    pub fn has_form(self) -> bool {
        self.spec().form
    }
}

/// The digit and F-key of every tab, from the registry: `("1 2 3 4 5, F1-F5", "Dashboard, Run,
/// ...")`.
pub fn tab_keys() -> (String, String) {
    let n = Tab::ALL.len();
    let digits: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
    let titles: Vec<&str> = Tab::ALL.iter().map(|t| t.title()).collect();
    (
        format!("{}, F1-F{n}", digits.join(" ")),
        format!(
            "{} (while typing in a field: Alt-1..{n}, or Esc first)",
            titles.join(", ")
        ),
    )
}

fn listed(keys: &[Binding]) -> impl Iterator<Item = (String, String)> + '_ {
    keys.iter()
        .filter(|b| !b.help.is_empty())
        .map(|b| (b.shown.to_string(), b.help.to_string()))
}

/// The whole `?` help, by section, built from the bindings: "Everywhere" (`binding::NORMAL`,
/// the tab keys second, a click), then each tab's section in the order of the tab bar (its
/// bindings, then its other lines).
pub fn help() -> Vec<(&'static str, Vec<(String, String)>)> {
    let mut everywhere: Vec<(String, String)> = listed(NORMAL).collect();
    everywhere.insert(1.min(everywhere.len()), tab_keys());
    everywhere.insert(
        2.min(everywhere.len()),
        (CLICK_HELP.0.into(), CLICK_HELP.1.into()),
    );
    let mut out = vec![("Everywhere", everywhere)];
    for t in Tab::ALL {
        let spec = t.spec();
        if let Some(title) = spec.section {
            let mut keys: Vec<(String, String)> = listed(spec.keys).collect();
            keys.extend(
                spec.more_help
                    .iter()
                    .map(|(k, w)| (k.to_string(), w.to_string())),
            );
            if !keys.is_empty() {
                out.push((title, keys));
            }
        }
    }
    out
}
