//! What the two form tabs (Run, Strength) share: the keys outside their fields, what a save
//! asks of the store, and a refused save.

use crate::domain::Session;
use crate::tui::action::Action;
use crate::tui::binding::Binding;
use crate::tui::ctx::Ctx;
use crate::tui::effect::Effect;
use ratatui::crossterm::event::KeyCode;

/// The keys of a form tab outside its fields (the Run and Strength tabs).
pub const FORM_KEYS: &[Binding] = &[
    Binding {
        keys: &[KeyCode::Enter, KeyCode::Char('i')],
        shown: "Enter, i",
        action: Action::StartInput,
        help: "back into the fields after Esc",
    },
    Binding {
        keys: &[KeyCode::Char('x')],
        shown: "x, Ctrl-L",
        action: Action::ClearForm,
        help: "clear the form (an edit: back to the stored values); Ctrl-L in the fields",
    },
];

/// What `x` / `Ctrl-L` says once the form is cleared.
pub fn cleared(edit: bool) -> Vec<Effect> {
    let msg = if edit {
        "form back to the stored values"
    } else {
        "form cleared"
    };
    vec![Effect::Info(msg.into())]
}

/// The footer's hint on a form tab whose fields are not focused.
pub const FORM_HINT: &str = "Enter edit the form   Tab next tab   ? keys   q quit";

/// A key on a form tab whose fields are not focused: `Enter`, `i` and the arrows go back into
/// them (`FORM_KEYS`), `Ctrl-S` saves (`Some(true)`); `None` while the fields have focus.
pub fn outside_fields(cx: &Ctx, action: &Action) -> Option<(bool, Vec<Effect>)> {
    if cx.typing {
        return None;
    }
    Some(match action {
        Action::Save => (true, Vec::new()),
        Action::StartInput | Action::Submit | Action::Up | Action::Down => {
            (false, vec![Effect::Typing(true)])
        }
        _ => (false, Vec::new()),
    })
}

/// A form that did not save: back into its fields, the first error in the status line.
pub fn refuse(msg: Option<String>) -> Vec<Effect> {
    let msg = msg.unwrap_or_else(|| "fix the marked field".into());
    vec![
        Effect::Typing(true),
        Effect::Error(format!("not saved: {msg}")),
    ]
}

/// A new session is inserted, a stored one updated.
pub fn store(session: Session) -> Vec<Effect> {
    if session.id != 0 {
        vec![Effect::Update(session)]
    } else {
        vec![Effect::Insert(session)]
    }
}
