//! Why a reader could not read a file, or skipped a part of it.

use std::io::ErrorKind;

/// A reader's verdict on a file or on one activity in it. Whether it fails the whole file or
/// skips one activity is [`ReadError::fails_file`]; its text is what the summary says.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// Not this format, or broken inside (a bad number, a truncated document...).
    #[error("{0}")]
    Invalid(String),
    /// The bytes could not be read.
    #[error("cannot read: {0}")]
    Io(ErrorKind),
    /// A CSV file without the columns its format needs.
    #[error("missing column(s): {}", .0.join(", "))]
    MissingColumns(Vec<String>),
    /// An activity that is not a run (a ride, a swim...), named by its label.
    #[error("{what} ({label}), not a run")]
    NotARun { what: &'static str, label: String },
    /// An activity under 500 m or 3 minutes (its distance and time).
    #[error("too short to be a run ({0}; legday imports from 500 m and 3 min)")]
    TooShort(String),
    /// Impossible values (faster than the world record...) or a hostile document: the file is
    /// refused whole.
    #[error("refused: {0}")]
    Refused(String),
    /// Points without timestamps: a planned route, not a recording.
    #[error("no timestamps: looks like a planned route, not a recorded activity")]
    NoTimestamps,
    /// An activity with nothing to import as a run (no distance, no duration, no points).
    #[error("{0}")]
    Nothing(&'static str),
    /// A part of the file (`track 2`, `session 1`, `data row 7`) and what was wrong with it.
    #[error("{part}: {source}")]
    In {
        part: String,
        source: Box<ReadError>,
    },
    /// An export's index (Strava's `activities.csv`...) says the activity joined to this file
    /// is not a run.
    #[error("{source} (per {index})")]
    PerIndex {
        index: &'static str,
        source: Box<ReadError>,
    },
}

impl ReadError {
    /// Whether the whole file fails (rather than one activity in it being skipped).
    pub fn fails_file(&self) -> bool {
        match self {
            ReadError::Refused(_) | ReadError::NoTimestamps => true,
            ReadError::In { source, .. } | ReadError::PerIndex { source, .. } => {
                source.fails_file()
            }
            _ => false,
        }
    }

    /// This error inside `part` of the file.
    pub fn at(self, part: impl Into<String>) -> ReadError {
        ReadError::In {
            part: part.into(),
            source: Box::new(self),
        }
    }

    /// This error inside `part` when the file has several (`track 2`), else as it is.
    pub fn at_if(self, many: bool, part: impl FnOnce() -> String) -> ReadError {
        if many { self.at(part()) } else { self }
    }
}

impl From<String> for ReadError {
    fn from(s: String) -> Self {
        ReadError::Invalid(s)
    }
}

impl From<&str> for ReadError {
    fn from(s: &str) -> Self {
        ReadError::Invalid(s.to_string())
    }
}

impl From<std::io::Error> for ReadError {
    fn from(e: std::io::Error) -> Self {
        ReadError::Io(e.kind())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_fail_the_file_and_other_reasons_skip_an_activity() {
        let refused = ReadError::Refused("faster than the world record".into()).at("track 2");
        assert!(refused.fails_file());
        assert_eq!(
            refused.to_string(),
            "track 2: refused: faster than the world record"
        );
        let ride = ReadError::NotARun {
            what: "a bike ride",
            label: "cycling".into(),
        };
        assert!(!ride.fails_file());
        let per = ReadError::PerIndex {
            index: "activities.csv",
            source: Box::new(ride),
        };
        assert_eq!(
            per.to_string(),
            "a bike ride (cycling), not a run (per activities.csv)"
        );
        assert!(
            ReadError::NoTimestamps
                .at_if(false, String::new)
                .fails_file()
        );
        assert_eq!(
            ReadError::MissingColumns(vec!["Date".into(), "Reps".into()]).to_string(),
            "missing column(s): Date, Reps"
        );
    }
}
