//! The library's one error type.

use std::path::PathBuf;

/// Everything that can go wrong in legday, with enough context for one line to the user.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input from the user: names the field and what is accepted. Exit code 2.
    #[error("{field}: {message}")]
    Input { field: String, message: String },

    #[error(
        "{path}: made by a newer legday (schema version {found}; this legday reads up to {supported}); the file was left untouched"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("{path}: not a legday database ({reason}); the file was left untouched")]
    NotADatabase { path: PathBuf, reason: String },

    #[error("no session with id {0}")]
    NotFound(i64),

    #[error("{path}: {reason}")]
    Import { path: PathBuf, reason: String },

    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),

    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },

    #[error("{0}")]
    Other(String),
}

impl Error {
    /// A bad-input error for `field`.
    pub fn input(field: impl Into<String>, message: impl Into<String>) -> Error {
        Error::Input {
            field: field.into(),
            message: message.into(),
        }
    }

    /// An I/O error with what was being done.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Error {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    /// The process exit code for this error: 2 for bad input, 1 otherwise.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Input { .. } | Error::NotFound(_) => 2,
            _ => 1,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
