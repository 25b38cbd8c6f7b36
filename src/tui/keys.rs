//! Keys and mouse events become `Action`s; what a key means depends on the mode (a form field
//! takes `1` and `q` as text, the tab view switches tabs and quits with them).

use super::action::{Action, Tab};
use super::app::Mode;
use super::tabs::HelpSection;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

/// The action for a terminal event in a mode, if any.
pub fn event(ev: &Event, mode: Mode) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => key(*k, mode),
        Event::Paste(text) => match mode {
            Mode::Typing | Mode::Settings | Mode::Import | Mode::Templates | Mode::Workout => {
                Some(Action::Paste(text.clone()))
            }
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            _ => None,
        },
        _ => None,
    }
}

/// The action for a key in a mode, if any.
pub fn key(k: KeyEvent, mode: Mode) -> Option<Action> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    // everywhere
    match k.code {
        KeyCode::Char('c') | KeyCode::Char('q') if ctrl => return Some(Action::Quit),
        KeyCode::Char('s') if ctrl => return Some(Action::Save),
        KeyCode::Char('u') if ctrl => return Some(Action::ClearField),
        KeyCode::Char('r') if ctrl => return Some(Action::Repeat),
        KeyCode::Char('t') if ctrl => return Some(Action::Templates),
        KeyCode::F(n) if n >= 1 => return Tab::nth(n as usize - 1).map(Action::GoTab),
        KeyCode::Up => return Some(Action::Up),
        KeyCode::Down => return Some(Action::Down),
        KeyCode::Left => return Some(Action::Left),
        KeyCode::Right => return Some(Action::Right),
        KeyCode::PageUp => return Some(Action::PageUp),
        KeyCode::PageDown => return Some(Action::PageDown),
        _ => {}
    }
    match mode {
        Mode::TooSmall => match k.code {
            KeyCode::Char('q') => Some(Action::Quit),
            _ => None,
        },
        Mode::Confirm => match k.code {
            KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(Action::ConfirmQuit(true)),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Action::ConfirmQuit(false)),
            _ => None,
        },
        Mode::Help => match k.code {
            KeyCode::Esc | KeyCode::Char('?' | 'q') | KeyCode::Enter => Some(Action::Back),
            KeyCode::Char('k') => Some(Action::Up),
            KeyCode::Char('j') => Some(Action::Down),
            _ => None,
        },
        Mode::ImportSummary => match k.code {
            KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q') => Some(Action::Back),
            KeyCode::Char('k') => Some(Action::Up),
            KeyCode::Char('j') => Some(Action::Down),
            KeyCode::Home | KeyCode::Char('g') => Some(Action::Home),
            KeyCode::End | KeyCode::Char('G') => Some(Action::End),
            _ => None,
        },
        // the workout screen reads its own keys (`tui::workout::KEYS`)
        Mode::Workout => match k.code {
            KeyCode::Esc => Some(Action::Back),
            KeyCode::Enter => Some(Action::Submit),
            KeyCode::Backspace | KeyCode::Delete => Some(Action::Backspace),
            KeyCode::Char(c) if !ctrl => Some(Action::Input(c)),
            _ => None,
        },
        Mode::Typing | Mode::Settings | Mode::Import | Mode::Templates => match k.code {
            KeyCode::Esc => Some(Action::Back),
            KeyCode::Tab => Some(Action::NextField),
            KeyCode::BackTab => Some(Action::PrevField),
            KeyCode::Enter => Some(Action::Submit),
            KeyCode::Backspace | KeyCode::Delete => Some(Action::Backspace),
            KeyCode::Char(c) if !ctrl => Some(Action::Input(c)),
            _ => None,
        },
        Mode::Normal => match k.code {
            KeyCode::Char('q') => Some(Action::Quit),
            KeyCode::Esc => Some(Action::Back),
            KeyCode::Tab => Some(Action::NextTab),
            KeyCode::BackTab => Some(Action::PrevTab),
            KeyCode::Char(c @ '1'..='9') => Tab::nth(c as usize - '1' as usize).map(Action::GoTab),
            KeyCode::Char('?') => Some(Action::ToggleHelp),
            KeyCode::Char('s') => Some(Action::OpenSettings),
            KeyCode::Char('h' | '[') => Some(Action::Left),
            KeyCode::Char('l' | ']') => Some(Action::Right),
            KeyCode::Char('k') => Some(Action::Up),
            KeyCode::Char('j') => Some(Action::Down),
            KeyCode::Home | KeyCode::Char('g') => Some(Action::Home),
            KeyCode::End | KeyCode::Char('G') => Some(Action::End),
            KeyCode::Char('t') => Some(Action::Today),
            KeyCode::Char('e') => Some(Action::Edit),
            KeyCode::Char('d') | KeyCode::Delete => Some(Action::Delete),
            KeyCode::Char('u') => Some(Action::Undo),
            KeyCode::Char('f') => Some(Action::CycleFilter),
            KeyCode::Char('i') => Some(Action::StartInput),
            KeyCode::Char('n') => Some(Action::ShowNext),
            KeyCode::Char('w') => Some(Action::OpenWorkout),
            KeyCode::Enter => Some(Action::Submit),
            _ => None,
        },
    }
}

/// The keys that work on every tab (the `?` help adds the tab keys and each tab's own section,
/// see `help`).
pub const HELP: &[HelpSection] = &[(
    "Everywhere",
    &[
        (
            "Tab / Shift-Tab",
            "next / previous tab (next / previous field in a form)",
        ),
        ("click", "a tab in the tab bar"),
        ("?", "this help"),
        (
            "s",
            "settings: level, body weight, units, week start, coach, add a race",
        ),
        (
            "w",
            "a live workout: tick sets off as you lift (keys below)",
        ),
        ("Esc", "close a popup; leave a form's fields"),
        (
            "q, Ctrl-C",
            "quit (asks first when a form holds unsaved input)",
        ),
    ],
)];

/// The digit and F-key of every tab, from the registry: `("1 2 3 4, F1-F4", "Dashboard, Run,
/// ...")`.
pub fn tab_keys() -> (String, String) {
    let n = Tab::ALL.len();
    let digits: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
    let titles: Vec<&str> = Tab::ALL.iter().map(|t| t.title()).collect();
    (
        format!("{}, F1-F{n}", digits.join(" ")),
        format!("{} (digits: not while typing)", titles.join(", ")),
    )
}

/// The whole `?` help, by section: `HELP` with the tab keys second, then each tab's section in
/// the order of the tab bar.
pub fn help() -> Vec<(&'static str, Vec<(String, String)>)> {
    let own = |keys: &[(&str, &str)]| -> Vec<(String, String)> {
        keys.iter()
            .map(|(k, w)| (k.to_string(), w.to_string()))
            .collect()
    };
    let mut out: Vec<(&'static str, Vec<(String, String)>)> =
        HELP.iter().map(|(t, keys)| (*t, own(keys))).collect();
    if let Some((_, everywhere)) = out.first_mut() {
        everywhere.insert(1.min(everywhere.len()), tab_keys());
    }
    for t in Tab::ALL {
        if let Some((title, keys)) = t.spec().help {
            out.push((title, own(keys)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    #[test]
    fn digits_switch_tabs_only_when_not_typing() {
        let one = k(KeyCode::Char('2'));
        assert!(matches!(
            key(one, Mode::Normal),
            Some(Action::GoTab(Tab::Run))
        ));
        assert!(matches!(key(one, Mode::Typing), Some(Action::Input('2'))));
    }

    #[test]
    fn q_is_text_in_a_field_and_ctrl_c_always_quits() {
        assert!(matches!(
            key(k(KeyCode::Char('q')), Mode::Typing),
            Some(Action::Input('q'))
        ));
        assert!(matches!(
            key(k(KeyCode::Char('q')), Mode::Normal),
            Some(Action::Quit)
        ));
        let cc = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for m in [
            Mode::Typing,
            Mode::Normal,
            Mode::Help,
            Mode::Settings,
            Mode::Confirm,
            Mode::Import,
            Mode::ImportSummary,
        ] {
            assert!(matches!(key(cc, m), Some(Action::Quit)));
        }
    }

    #[test]
    fn tab_moves_fields_in_forms_and_tabs_elsewhere() {
        assert!(matches!(
            key(k(KeyCode::Tab), Mode::Typing),
            Some(Action::NextField)
        ));
        assert!(matches!(
            key(k(KeyCode::Tab), Mode::Normal),
            Some(Action::NextTab)
        ));
        assert!(matches!(
            key(k(KeyCode::BackTab), Mode::Normal),
            Some(Action::PrevTab)
        ));
    }

    #[test]
    fn the_import_path_takes_text_and_the_summary_scrolls_and_closes() {
        for c in ['q', 'i', '4', '~', '/'] {
            assert!(matches!(
                key(k(KeyCode::Char(c)), Mode::Import),
                Some(Action::Input(x)) if x == c
            ));
        }
        assert!(matches!(
            key(k(KeyCode::Enter), Mode::Import),
            Some(Action::Submit)
        ));
        assert!(matches!(
            key(k(KeyCode::Char('i')), Mode::Normal),
            Some(Action::StartInput)
        ));
        for c in [KeyCode::Esc, KeyCode::Char('q'), KeyCode::Enter] {
            assert!(matches!(key(k(c), Mode::ImportSummary), Some(Action::Back)));
        }
        assert!(matches!(
            key(k(KeyCode::Char('j')), Mode::ImportSummary),
            Some(Action::Down)
        ));
        assert!(matches!(
            key(k(KeyCode::Char('G')), Mode::ImportSummary),
            Some(Action::End)
        ));
    }

    #[test]
    fn every_tab_has_its_digit_and_f_key_and_none_beyond() {
        let n = Tab::ALL.len();
        for (i, &t) in Tab::ALL.iter().enumerate() {
            let digit = char::from_digit(i as u32 + 1, 10).unwrap();
            assert!(
                matches!(key(k(KeyCode::Char(digit)), Mode::Normal), Some(Action::GoTab(x)) if x == t)
            );
            assert!(
                matches!(key(k(KeyCode::F(i as u8 + 1)), Mode::Typing), Some(Action::GoTab(x)) if x == t)
            );
        }
        let past = char::from_digit(n as u32 + 1, 10).unwrap();
        assert!(key(k(KeyCode::Char(past)), Mode::Normal).is_none());
        assert!(key(k(KeyCode::F(n as u8 + 1)), Mode::Normal).is_none());
        let (keys, what) = tab_keys();
        assert!(keys.ends_with(&format!("F1-F{n}")), "{keys}");
        assert!(Tab::ALL.iter().all(|t| what.contains(t.title())), "{what}");
    }

    #[test]
    fn confirm_takes_y_and_n() {
        assert!(matches!(
            key(k(KeyCode::Char('y')), Mode::Confirm),
            Some(Action::ConfirmQuit(true))
        ));
        assert!(matches!(
            key(k(KeyCode::Esc), Mode::Confirm),
            Some(Action::ConfirmQuit(false))
        ));
    }
}
