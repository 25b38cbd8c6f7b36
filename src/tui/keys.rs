//! Keys and mouse events become `Action`s; what a key means depends on the mode (a form field
//! takes `1` and `q` as text, the tab view switches tabs and quits with them) and, outside a
//! form's fields, on the tab: its own bindings first, then `binding::NORMAL`.

use super::action::Action;
use super::binding::NORMAL;
use super::tab::Tab;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

/// How keys are read right now (see `keys::map`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Typing,
    Help,
    Settings,
    Confirm,
    /// Typing a path to import.
    Import,
    /// Reading an import summary.
    ImportSummary,
    /// The templates popup: a name to type, templates to pick.
    Templates,
    /// "terminal too small" is shown: only quitting (and resizing) does anything.
    TooSmall,
    /// The live workout screen (or its chooser) takes the keys.
    Workout,
}

/// The action for a terminal event in a mode on a tab, if any.
pub fn event(ev: &Event, mode: Mode, tab: Tab) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => key(*k, mode, tab),
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

impl Mode {
    /// A text field has focus: the keys of `field_key` edit it.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Mode::Typing | Mode::Settings | Mode::Import | Mode::Templates
        )
    }
}

/// The cursor keys of a text field (`form::Key` says what each does), in the modes that take
/// text and on the workout screen (its set, exercise and RPE as typed): read before the keys of
/// every mode, so `Alt-←` is a word, not `←`.
fn field_key(code: KeyCode, ctrl: bool, alt: bool) -> Option<Action> {
    Some(match code {
        KeyCode::Left | KeyCode::Char('b') if alt => Action::WordLeft,
        KeyCode::Right | KeyCode::Char('f') if alt => Action::WordRight,
        KeyCode::Char('a') if ctrl => Action::Home,
        KeyCode::Char('e') if ctrl => Action::End,
        KeyCode::Char('w') if ctrl => Action::DeleteWord,
        KeyCode::Home => Action::Home,
        KeyCode::End => Action::End,
        KeyCode::Delete => Action::DeleteNext,
        _ => return None,
    })
}

/// The action for a key in a mode on a tab, if any.
pub fn key(k: KeyEvent, mode: Mode, tab: Tab) -> Option<Action> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    let alt = k.modifiers.contains(KeyModifiers::ALT);
    if alt && let KeyCode::Char(c @ '1'..='9') = k.code {
        // a tab by Alt-digit, also while typing (where the digit is text); not over a popup,
        // whose input it would drop
        return match mode {
            Mode::Normal | Mode::Typing => Tab::nth(c as usize - '1' as usize).map(Action::GoTab),
            _ => None,
        };
    }
    if (mode.takes_text() || mode == Mode::Workout)
        && let Some(a) = field_key(k.code, ctrl, alt)
    {
        return Some(a);
    }
    // everywhere
    match k.code {
        KeyCode::Char('c') | KeyCode::Char('q') if ctrl => return Some(Action::Quit),
        KeyCode::Char('s') if ctrl => return Some(Action::Save),
        KeyCode::Char('u') if ctrl => return Some(Action::ClearField),
        KeyCode::Char('l') if ctrl => return Some(Action::ClearForm),
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
            KeyCode::Backspace => Some(Action::Backspace),
            KeyCode::Char(c) if !ctrl && !alt => Some(Action::Input(c)),
            _ => None,
        },
        Mode::Typing | Mode::Settings | Mode::Import | Mode::Templates => match k.code {
            KeyCode::Esc => Some(Action::Back),
            KeyCode::Tab => Some(Action::NextField),
            KeyCode::BackTab => Some(Action::PrevField),
            KeyCode::Enter => Some(Action::Submit),
            KeyCode::Backspace => Some(Action::Backspace),
            KeyCode::Char(c) if !ctrl && !alt => Some(Action::Input(c)),
            _ => None,
        },
        Mode::Normal => match k.code {
            KeyCode::Char(c @ '1'..='9') => Tab::nth(c as usize - '1' as usize).map(Action::GoTab),
            code => tab
                .spec()
                .keys
                .iter()
                .chain(NORMAL)
                .find(|b| b.matches(code))
                .map(|b| b.action.clone()),
        },
    }
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
            key(one, Mode::Normal, Tab::Dashboard),
            Some(Action::GoTab(Tab::Run))
        ));
        assert!(matches!(
            key(one, Mode::Typing, Tab::Run),
            Some(Action::Input('2'))
        ));
    }

    #[test]
    fn q_is_text_in_a_field_and_ctrl_c_always_quits() {
        assert!(matches!(
            key(k(KeyCode::Char('q')), Mode::Typing, Tab::Run),
            Some(Action::Input('q'))
        ));
        assert!(matches!(
            key(k(KeyCode::Char('q')), Mode::Normal, Tab::Dashboard),
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
            assert!(matches!(key(cc, m, Tab::Dashboard), Some(Action::Quit)));
        }
    }

    #[test]
    fn tab_moves_fields_in_forms_and_tabs_elsewhere() {
        assert!(matches!(
            key(k(KeyCode::Tab), Mode::Typing, Tab::Run),
            Some(Action::NextField)
        ));
        assert!(matches!(
            key(k(KeyCode::Tab), Mode::Normal, Tab::Dashboard),
            Some(Action::NextTab)
        ));
        assert!(matches!(
            key(k(KeyCode::BackTab), Mode::Normal, Tab::Dashboard),
            Some(Action::PrevTab)
        ));
    }

    #[test]
    fn the_import_path_takes_text_and_the_summary_scrolls_and_closes() {
        for c in ['q', 'i', '4', '~', '/'] {
            assert!(matches!(
                key(k(KeyCode::Char(c)), Mode::Import, Tab::History),
                Some(Action::Input(x)) if x == c
            ));
        }
        assert!(matches!(
            key(k(KeyCode::Enter), Mode::Import, Tab::History),
            Some(Action::Submit)
        ));
        assert!(matches!(
            key(k(KeyCode::Char('i')), Mode::Normal, Tab::History),
            Some(Action::StartInput)
        ));
        for c in [KeyCode::Esc, KeyCode::Char('q'), KeyCode::Enter] {
            assert!(matches!(
                key(k(c), Mode::ImportSummary, Tab::History),
                Some(Action::Back)
            ));
        }
        assert!(matches!(
            key(k(KeyCode::Char('j')), Mode::ImportSummary, Tab::History),
            Some(Action::Down)
        ));
        assert!(matches!(
            key(k(KeyCode::Char('G')), Mode::ImportSummary, Tab::History),
            Some(Action::End)
        ));
    }

    #[test]
    fn every_tab_has_its_digit_and_f_key_and_none_beyond() {
        let n = Tab::ALL.len();
        for (i, &t) in Tab::ALL.iter().enumerate() {
            let digit = char::from_digit(i as u32 + 1, 10).unwrap();
            assert!(
                matches!(key(k(KeyCode::Char(digit)), Mode::Normal, Tab::Dashboard), Some(Action::GoTab(x)) if x == t)
            );
            assert!(
                matches!(key(k(KeyCode::F(i as u8 + 1)), Mode::Typing, Tab::Run), Some(Action::GoTab(x)) if x == t)
            );
        }
        let past = char::from_digit(n as u32 + 1, 10).unwrap();
        assert!(key(k(KeyCode::Char(past)), Mode::Normal, Tab::Dashboard).is_none());
        assert!(key(k(KeyCode::F(n as u8 + 1)), Mode::Normal, Tab::Dashboard).is_none());
    }

    #[test]
    fn a_key_one_tab_uses_is_bound_only_there() {
        // `d` deletes on History and does nothing on the Dashboard; `g` starts the suggestion on
        // the Dashboard and goes to the top elsewhere
        let d = k(KeyCode::Char('d'));
        assert!(matches!(
            key(d, Mode::Normal, Tab::History),
            Some(Action::Delete)
        ));
        assert!(key(d, Mode::Normal, Tab::Dashboard).is_none());
        let g = k(KeyCode::Char('g'));
        assert!(matches!(
            key(g, Mode::Normal, Tab::Dashboard),
            Some(Action::StartToday)
        ));
        assert!(matches!(
            key(g, Mode::Normal, Tab::History),
            Some(Action::Home)
        ));
    }

    #[test]
    fn every_binding_of_a_tab_is_what_its_key_gives() {
        for t in Tab::ALL {
            for b in t.spec().keys {
                for &c in b.keys {
                    let got = key(k(c), Mode::Normal, t);
                    assert_eq!(
                        format!("{got:?}"),
                        format!("{:?}", Some(b.action.clone())),
                        "{c:?} on {t:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn alt_digits_switch_tabs_while_typing_and_cursor_keys_edit_fields() {
        let alt = |c| KeyEvent::new(c, KeyModifiers::ALT);
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        for (i, &t) in Tab::ALL.iter().enumerate() {
            let d = KeyCode::Char(char::from_digit(i as u32 + 1, 10).unwrap());
            for m in [Mode::Typing, Mode::Normal] {
                assert!(matches!(key(alt(d), m, Tab::Run), Some(Action::GoTab(x)) if x == t));
            }
            // over a popup's field it would drop what is typed: nothing, and not the digit
            assert!(key(alt(d), Mode::Settings, Tab::Run).is_none());
        }
        for m in [Mode::Typing, Mode::Settings, Mode::Import, Mode::Templates] {
            let got = |e| format!("{:?}", key(e, m, Tab::Run));
            assert_eq!(got(alt(KeyCode::Left)), "Some(WordLeft)");
            assert_eq!(got(alt(KeyCode::Right)), "Some(WordRight)");
            assert_eq!(got(alt(KeyCode::Char('b'))), "Some(WordLeft)");
            assert_eq!(got(ctrl('a')), "Some(Home)");
            assert_eq!(got(ctrl('e')), "Some(End)");
            assert_eq!(got(ctrl('w')), "Some(DeleteWord)");
            assert_eq!(got(ctrl('u')), "Some(ClearField)");
            assert_eq!(got(k(KeyCode::Delete)), "Some(DeleteNext)");
            assert_eq!(got(k(KeyCode::Backspace)), "Some(Backspace)");
            assert_eq!(got(k(KeyCode::Home)), "Some(Home)");
            assert_eq!(got(k(KeyCode::End)), "Some(End)");
            assert_eq!(got(k(KeyCode::Left)), "Some(Left)");
        }
        // outside a field Delete is History's delete, and Alt-← the plain arrow
        assert!(matches!(
            key(k(KeyCode::Delete), Mode::Normal, Tab::History),
            Some(Action::Delete)
        ));
        assert!(matches!(
            key(alt(KeyCode::Left), Mode::Normal, Tab::Dashboard),
            Some(Action::Left)
        ));
    }

    #[test]
    fn confirm_takes_y_and_n() {
        assert!(matches!(
            key(k(KeyCode::Char('y')), Mode::Confirm, Tab::Dashboard),
            Some(Action::ConfirmQuit(true))
        ));
        assert!(matches!(
            key(k(KeyCode::Esc), Mode::Confirm, Tab::Dashboard),
            Some(Action::ConfirmQuit(false))
        ));
    }
}
