//! Run kinds (`docs/model.md` §2, §2.1, §3.2).

use serde::{Deserialize, Serialize};

/// The kind of a run; decides its default RPE (§2) and its weight row (§3.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunKind {
    Easy,
    Long,
    Recovery,
    Tempo,
    Intervals,
    Hills,
    Trail,
    Treadmill,
    Race,
}

impl RunKind {
    pub const ALL: [RunKind; 9] = [
        RunKind::Easy,
        RunKind::Long,
        RunKind::Recovery,
        RunKind::Tempo,
        RunKind::Intervals,
        RunKind::Hills,
        RunKind::Trail,
        RunKind::Treadmill,
        RunKind::Race,
    ];

    pub fn key(self) -> &'static str {
        match self {
            RunKind::Easy => "easy",
            RunKind::Long => "long",
            RunKind::Recovery => "recovery",
            RunKind::Tempo => "tempo",
            RunKind::Intervals => "intervals",
            RunKind::Hills => "hills",
            RunKind::Trail => "trail",
            RunKind::Treadmill => "treadmill",
            RunKind::Race => "race",
        }
    }

    pub fn from_key(s: &str) -> Option<RunKind> {
        let s = s.trim().to_ascii_lowercase();
        RunKind::ALL.into_iter().find(|k| k.key() == s)
    }

    /// The kind of an imported run (§2.1): the file's kind when it names one, else `long` from
    /// 90 minutes, else `easy`.
    pub fn for_imported(minutes: f64, file_kind: Option<RunKind>) -> RunKind {
        file_kind.unwrap_or(if super::threshold::ge(minutes, 90.0) {
            RunKind::Long
        } else {
            RunKind::Easy
        })
    }

    /// Whether the elevation adjustment of §3.2 applies to this kind.
    pub fn elevation_adjusted(self) -> bool {
        matches!(
            self,
            RunKind::Easy
                | RunKind::Long
                | RunKind::Recovery
                | RunKind::Tempo
                | RunKind::Race
                | RunKind::Intervals
        )
    }
}

impl std::fmt::Display for RunKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}
