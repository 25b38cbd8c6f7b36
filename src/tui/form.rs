//! Form state: the run, strength and settings forms. Text is kept exactly as typed; parsing goes
//! through `legday::parse`, so the messages are the CLI's, and a bad value never erases input.

mod field;
pub mod import;
pub mod run;
pub mod settings;
pub mod strength;
pub mod templates;
#[cfg(test)]
mod tests;

use crate::error::Error;
pub use field::{Caret, Key, edit};

/// What to show beside a field for a parse error: the message without the field name (the
/// label is right there), else the whole error.
pub fn message(e: &Error) -> String {
    match e {
        Error::Input { message, .. } => message.clone(),
        other => other.to_string(),
    }
}

/// Pasted text as typed characters: line breaks and tabs become spaces, other control
/// characters are dropped, so a paste never submits a form.
pub fn pasted(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut prev_space = false;
    text.chars().filter_map(move |c| {
        let c = if c == '\n' || c == '\r' || c == '\t' {
            ' '
        } else {
            c
        };
        if c.is_control() || (c == ' ' && prev_space) {
            return None;
        }
        prev_space = c == ' ';
        Some(c)
    })
}

/// The item after (or before) `cur` in `all`, wrapping around: moves the focus through a form's
/// fields and the tab bar through its tabs.
pub fn cycle<T: Copy + PartialEq>(all: &[T], cur: T, forward: bool) -> T {
    let n = all.len();
    let i = all.iter().position(|&x| x == cur).unwrap_or(0);
    all[if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    }]
}

/// What a form asks of the app after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Nothing more to do.
    Handled,
    /// Save the form.
    Save,
    /// The Strength form's `add «name»`: open the mapping form for a new exercise.
    NewExercise,
}

/// Parses a field when it holds text: `Ok(None)` when empty, the error's message otherwise.
pub fn optional<T>(s: &str, f: impl FnOnce(&str) -> crate::Result<T>) -> Result<Option<T>, String> {
    let t = s.trim();
    if t.is_empty() {
        Ok(None)
    } else {
        f(t).map(Some).map_err(|e| message(&e))
    }
}
