//! Editing a single-line text field: the text stays a `String` (what the parsers read), the
//! cursor is a `Caret`, and every edit is done by `tui-input` (`Input::handle`), so the keys
//! behave as in any text field (←/→, Home/End, Ctrl-A/Ctrl-E, Alt-←/→ by word, Delete,
//! Backspace, Ctrl-W, Ctrl-U).

use crate::tui::action::Action;
use tui_input::{Input, InputRequest};

/// An edit to the focused field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A character inserted at the cursor.
    Char(char),
    /// The character before the cursor.
    Backspace,
    /// The character under the cursor (`Delete`).
    Delete,
    /// Empties the field (`Ctrl-U`).
    Clear,
    /// The word before the cursor (`Ctrl-W`).
    DeleteWord,
    Left,
    Right,
    /// To the start (`Home`, `Ctrl-A`).
    Home,
    /// To the end (`End`, `Ctrl-E`).
    End,
    /// A word left or right (`Alt-←`, `Alt-→`).
    WordLeft,
    WordRight,
}

impl Key {
    /// The edit an action is in a text field, if any (`←`/`→` included: a choice field reads
    /// them first).
    pub fn of(action: &Action) -> Option<Key> {
        Some(match action {
            Action::Input(c) => Key::Char(*c),
            Action::Backspace => Key::Backspace,
            Action::DeleteNext => Key::Delete,
            Action::ClearField => Key::Clear,
            Action::DeleteWord => Key::DeleteWord,
            Action::Left => Key::Left,
            Action::Right => Key::Right,
            Action::Home => Key::Home,
            Action::End => Key::End,
            Action::WordLeft => Key::WordLeft,
            Action::WordRight => Key::WordRight,
            _ => return None,
        })
    }

    fn request(self) -> InputRequest {
        match self {
            Key::Char(c) => InputRequest::InsertChar(c),
            Key::Backspace => InputRequest::DeletePrevChar,
            Key::Delete => InputRequest::DeleteNextChar,
            Key::Clear => InputRequest::DeleteLine,
            Key::DeleteWord => InputRequest::DeletePrevWord,
            Key::Left => InputRequest::GoToPrevChar,
            Key::Right => InputRequest::GoToNextChar,
            Key::Home => InputRequest::GoToStart,
            Key::End => InputRequest::GoToEnd,
            Key::WordLeft => InputRequest::GoToPrevWord,
            Key::WordRight => InputRequest::GoToNextWord,
        }
    }

    /// Whether the key changes the text (a move does not).
    pub fn changes_text(self) -> bool {
        !matches!(
            self,
            Key::Left | Key::Right | Key::Home | Key::End | Key::WordLeft | Key::WordRight
        )
    }
}

/// Where the cursor is in a form: the field it was moved in and the characters before it. A
/// cursor that was never moved, or that belongs to another field, is at the end of the text, so
/// a field focused or filled by the form (a refused save, an exercise chosen) has its cursor
/// after its text; moving the focus with Tab or ↑/↓ resets it, so a field is always entered at
/// its end.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Caret(Option<(usize, usize)>);

impl Caret {
    /// The characters before the cursor in field `field` holding `value`.
    pub fn at(self, field: usize, value: &str) -> usize {
        let n = value.chars().count();
        match self.0 {
            Some((f, c)) if f == field => c.min(n),
            _ => n,
        }
    }

    /// The cursor back at the end of whatever field has focus.
    pub fn reset(&mut self) {
        self.0 = None;
    }
}

/// Applies `key` to `value`, field `field` of a form whose cursor is `caret`.
pub fn edit(value: &mut String, caret: &mut Caret, field: usize, key: Key) {
    let at = caret.at(field, value);
    let mut input = Input::new(std::mem::take(value)).with_cursor(at);
    input.handle(key.request());
    let end = input.value().chars().count();
    let cursor = input.cursor();
    *value = input.value().to_string();
    // at the end is the default: a form whose cursor is there equals one never moved
    *caret = Caret((cursor < end).then_some((field, cursor)));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `keys` applied to `start` (cursor at its end): the text and the cursor.
    fn typed(start: &str, keys: &[Key]) -> (String, usize) {
        let (mut v, mut c) = (start.to_string(), Caret::default());
        for &k in keys {
            edit(&mut v, &mut c, 0, k);
        }
        let at = c.at(0, &v);
        (v, at)
    }

    fn chars(s: &str) -> Vec<Key> {
        s.chars().map(Key::Char).collect()
    }

    #[test]
    fn a_distance_edited_in_the_middle() {
        // 10.5, ← ←: the cursor stands before "." (the character under it), Delete removes
        // it and 2 goes in its place: 1025, not 12.5 (that is ← ← Backspace 2)
        let mut keys = chars("10.5");
        keys.extend([Key::Left, Key::Left, Key::Delete, Key::Char('2')]);
        assert_eq!(typed("", &keys), ("1025".into(), 3));
        let (v, at) = typed(
            "10.5",
            &[Key::Left, Key::Left, Key::Backspace, Key::Char('2')],
        );
        assert_eq!((v.as_str(), at), ("12.5", 2));
    }

    #[test]
    fn home_end_and_the_ends_of_the_text() {
        assert_eq!(
            typed("38:40", &[Key::Home, Key::Char('1')]),
            ("138:40".into(), 1)
        );
        assert_eq!(
            typed("38:40", &[Key::Home, Key::End, Key::Char('0')]),
            ("38:400".into(), 6)
        );
        // nothing before the start, nothing after the end
        assert_eq!(typed("ab", &[Key::Home, Key::Backspace]), ("ab".into(), 0));
        assert_eq!(typed("ab", &[Key::Delete]), ("ab".into(), 2));
        assert_eq!(typed("ab", &[Key::Right, Key::Right]), ("ab".into(), 2));
        assert_eq!(
            typed("ab", &[Key::Left, Key::Left, Key::Left]),
            ("ab".into(), 0)
        );
    }

    #[test]
    fn words_move_and_go_back_by_word() {
        let note = "easy run with Sam";
        assert_eq!(
            typed(note, &[Key::DeleteWord]),
            ("easy run with ".into(), 14)
        );
        assert_eq!(typed(note, &[Key::WordLeft]), (note.into(), 14));
        assert_eq!(
            typed(note, &[Key::WordLeft, Key::WordLeft, Key::DeleteWord]),
            ("easy with Sam".into(), 5)
        );
        assert_eq!(
            typed(note, &[Key::Home, Key::WordRight, Key::Char('!')]),
            ("easy !run with Sam".into(), 6)
        );
        assert_eq!(typed(note, &[Key::Home, Key::Clear]), ("".into(), 0));
    }

    #[test]
    fn characters_not_bytes() {
        // a multi-byte name (the picker takes any letters)
        assert_eq!(
            typed("Kniebeuge", &[Key::Home, Key::Delete, Key::Char('k')]),
            ("kniebeuge".into(), 1)
        );
        assert_eq!(
            typed("Übung", &[Key::Left, Key::Left, Key::Char('ü')]),
            ("Übuüng".into(), 4)
        );
    }

    #[test]
    fn a_cursor_belongs_to_its_field() {
        let (mut a, mut c) = ("5.2".to_string(), Caret::default());
        edit(&mut a, &mut c, 0, Key::Home);
        assert_eq!(c.at(0, &a), 0);
        // another field (or this one refilled longer) starts at its end
        assert_eq!(c.at(1, "38:40"), 5);
        edit(&mut a, &mut c, 0, Key::End);
        assert_eq!(c, Caret::default());
        // a cursor past a shortened text stands at its end
        edit(&mut a, &mut c, 0, Key::Left);
        assert_eq!(c.at(0, "5"), 1);
    }
}
