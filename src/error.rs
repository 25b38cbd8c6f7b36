//! The library's one error type.

use std::path::PathBuf;

/// What an SQL error says it was doing when none was given.
const NO_CONTEXT: &str = "database";

/// Everything that can go wrong in legday, with enough context for one line to the user.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
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

    /// The database (or the folder its write-ahead log goes in) cannot be written.
    #[error("{path}: {reason}; legday needs to write there (the file was left untouched)")]
    ReadOnly { path: PathBuf, reason: String },

    /// A `-wal` beside the database that is not its own: SQLite would replay a stranger's pages
    /// into it (or overwrite the log). Nothing is opened.
    #[error(
        "{path}: its write-ahead log {wal} does not belong to it ({reason}); both files were left untouched. To open the database without it, move the log aside: mv '{wal}' '{wal}.stale'"
    )]
    ForeignWal {
        path: PathBuf,
        wal: PathBuf,
        reason: String,
    },

    /// The disk (or quota) is full: nothing of the write was stored.
    #[error(
        "{path}: disk full while {context}; nothing of it was stored (free some space and try again)"
    )]
    DiskFull { path: PathBuf, context: String },

    /// Another program held the database for longer than the busy timeout.
    #[error(
        "{path}: locked by another program: {context} waited {waited_s} s for it and gave up; nothing was written (close the other program or try again)"
    )]
    Locked {
        path: PathBuf,
        context: String,
        waited_s: u64,
    },

    /// SQLite found the file damaged; no more writes are accepted into it.
    #[error(
        "{path}: the database is damaged ({detail}, while {context}); legday accepts no more writes into it. {restore}"
    )]
    Corrupt {
        path: PathBuf,
        context: String,
        detail: String,
        /// How to get back: the latest backup and the command that restores it, or what to do
        /// without one.
        restore: String,
    },

    /// `legday check` found problems (printed above).
    #[error("{path}: the check found problems (see above)")]
    CheckFailed { path: PathBuf },

    /// No home directory to keep the default database in (give a path with `--db`).
    #[error("no home directory to keep the database in")]
    NoHome,

    #[error("no session with id {0}")]
    NotFound(i64),

    /// Undo of a session that has no id: it was never stored.
    #[error("cannot restore a session that was never stored")]
    NeverStored,

    /// A stored value that does not read back (the file was changed outside legday).
    #[error("bad {what} {value:?} in the database")]
    BadStoredValue { what: &'static str, value: String },

    #[error("{path}: {reason}")]
    Import { path: PathBuf, reason: String },

    /// An import that read some files and failed on others (each reported on its own line).
    #[error("{failed} file(s) failed to import")]
    ImportFailed { failed: usize },

    /// An SQL error and what was being read or written (`reading sessions: database is locked`).
    #[error("{context}: {source}")]
    Sql {
        context: String,
        #[source]
        source: rusqlite::Error,
    },

    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },

    /// Writing JSON (an export, `--json` output) failed.
    #[error("{context}: {source}")]
    Json {
        context: &'static str,
        #[source]
        source: serde_json::Error,
    },

    /// Writing CSV (an export, `--csv` output) failed.
    #[error("{context}: {source}")]
    Csv {
        context: &'static str,
        #[source]
        source: csv::Error,
    },
}

impl From<rusqlite::Error> for Error {
    fn from(source: rusqlite::Error) -> Error {
        Error::Sql {
            context: NO_CONTEXT.to_string(),
            source,
        }
    }
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

    /// A JSON serialisation error with what was being written.
    pub fn json(context: &'static str) -> impl Fn(serde_json::Error) -> Error + Copy {
        move |source| Error::Json { context, source }
    }

    /// A CSV error with what was being written.
    pub fn csv(context: &'static str) -> impl Fn(csv::Error) -> Error + Copy {
        move |source| Error::Csv { context, source }
    }

    /// The process exit code for this error: 2 for bad input, 1 otherwise.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Input { .. } | Error::NotFound(_) => 2,
            _ => 1,
        }
    }
}

/// Says what was being read or written when an SQL error happened.
pub trait SqlContext<T> {
    /// Attaches `what` (`"reading sessions"`) to an SQL error; an SQL error that already says
    /// what it was doing keeps its own, more precise, context.
    fn context(self, what: &str) -> Result<T>;
}

impl<T> SqlContext<T> for std::result::Result<T, rusqlite::Error> {
    fn context(self, what: &str) -> Result<T> {
        self.map_err(|source| Error::Sql {
            context: what.to_string(),
            source,
        })
    }
}

impl<T> SqlContext<T> for Result<T> {
    fn context(self, what: &str) -> Result<T> {
        self.map_err(|e| match e {
            Error::Sql { context, source } if context == NO_CONTEXT => Error::Sql {
                context: what.to_string(),
                source,
            },
            e => e,
        })
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sql_errors_say_what_was_being_done() {
        let bare = Error::from(rusqlite::Error::InvalidQuery);
        assert!(bare.to_string().starts_with("database: "), "{bare}");
        let e = Err::<(), _>(rusqlite::Error::InvalidQuery)
            .context("reading sessions")
            .unwrap_err();
        assert!(e.to_string().starts_with("reading sessions: "), "{e}");
        // The innermost context wins: it is the more precise one.
        let e = Err::<(), _>(e).context("building the report").unwrap_err();
        assert!(e.to_string().starts_with("reading sessions: "), "{e}");
        let e = Err::<(), _>(Error::from(rusqlite::Error::InvalidQuery))
            .context("counting sessions")
            .unwrap_err();
        assert!(e.to_string().starts_with("counting sessions: "), "{e}");
    }
}
