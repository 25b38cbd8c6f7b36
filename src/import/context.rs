//! What a reader is told besides the file (`Context`), and a format by its name (`Format`, an
//! entry of the registry in `formats.rs`). Below the readers and the registry: both read it.

use super::Zone;
use super::activity::sport_kind;
use super::error::ReadError;
use crate::domain::RunKind;

/// What an activity reader is told besides the file.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// Where UTC instants become local dates when the file names no place ([`Zone::or_file`]).
    pub zone: Zone,
    /// The sport an export's index gives the file (Strava's `Activity Type`): it wins over the
    /// file's own (a generic watch file on a "Trail Run" row is a trail run).
    pub sport: Option<String>,
    /// Walks and hikes are imported as runs (`legday import --as-run`).
    pub as_run: bool,
}

impl Context {
    pub fn in_zone(zone: Zone) -> Context {
        Context {
            zone,
            ..Context::default()
        }
    }

    /// The run kind of an activity whose file says `file` ([`sport_kind`]): the index's sport
    /// wins over the file's.
    pub fn kind(&self, file: Option<&str>) -> Result<Option<RunKind>, ReadError> {
        sport_kind(self.sport.as_deref().or(file), self.as_run)
    }
}

/// A format of the registry (`formats::FORMATS`), by its name.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Format(&'static str);

impl std::fmt::Debug for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl Format {
    /// The format of a registry entry named `name` (`Format::of` makes these from an
    /// `Importer`).
    pub(crate) const fn named(name: &'static str) -> Format {
        Format(name)
    }

    pub fn label(self) -> &'static str {
        self.0
    }

    /// The name it was made from (the registry's key).
    pub(crate) fn name(self) -> &'static str {
        self.0
    }
}
