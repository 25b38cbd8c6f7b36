//! `first_start`: whether the UI's first-start form was answered or skipped.

use crate::error::{Error, Result};

/// `ask` (the UI asks the first-start questions when it next opens a database without sessions
/// or changed settings) or `done` (answered or skipped): `true` when done.
pub(super) fn first_start_in(key: &str, value: &str) -> Result<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "ask" => Ok(false),
        "done" => Ok(true),
        _ => Err(Error::input(
            key,
            format!("{value:?} is not accepted; use ask (the UI asks again) or done"),
        )),
    }
}
