//! What a reader of one format is and gives (the `Importer` trait, atuin's `Importer`): its
//! name, extensions, detection and reader, what it finds in a file, and what it is told
//! besides the file. Each reader file implements it; `formats.rs` lists them (`FORMATS`).
//! Readers depend on this module, never on the registry.

pub use super::context::{Context, Format};
use super::error::ReadError;
use super::strava::ActivityList;
use super::{LegdayExtras, Unmatched, Zone};
use crate::domain::{Catalog, Session, Settings};
use std::borrow::Cow;
use std::fs::File;
use std::io::{BufRead, BufReader};

/// What a file's first bytes look like: detection picks among the formats of its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Binary,
    Xml,
    Json,
    /// Text in rows (CSV).
    Table,
}

/// What detection sees of a file: its first 4 KiB.
pub struct Head<'a> {
    pub bytes: &'a [u8],
    pub shape: Shape,
    /// The text, after a byte-order mark and leading white space (empty for binary data).
    pub text: Cow<'a, str>,
    /// The first line, lowercase (a table's header).
    pub header: String,
}

/// What a reader found in one file.
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub sessions: Vec<Session>,
    /// One line per activity in the file that is not imported and why (a bike ride...).
    pub skipped: Vec<String>,
    pub unmatched: Vec<Unmatched>,
    /// Only for a legday export.
    pub extras: Option<LegdayExtras>,
}

impl Found {
    pub fn activities((sessions, skipped): (Vec<Session>, Vec<String>)) -> Found {
        Found {
            sessions,
            skipped,
            ..Found::default()
        }
    }
}

/// How a format is read.
#[derive(Clone, Copy)]
pub enum Reader {
    /// Recorded activities from the file's bytes (FIT): hashed, recognised when met again,
    /// joined to their row of a Strava export.
    Bytes(fn(&[u8], &Context) -> Result<Found, ReadError>),
    /// Recorded activities streamed (GPX, TCX): a big file is never held whole. The reader is
    /// given twice, for bytes in memory and for a file, each its own compiled copy (a reader
    /// behind `dyn BufRead` costs a virtual call at every XML event).
    Stream {
        bytes: fn(&[u8], &Context) -> Result<Found, ReadError>,
        file: fn(BufReader<File>, &Context) -> Result<Found, ReadError>,
    },
    /// An export's index of its activities (Strava's `activities.csv`, Runkeeper's
    /// `cardioActivities.csv`): joined to the files around it by name; read alone, its rows are
    /// sessions of their own.
    /// Streamed: Apple Health's `export.xml` can be far larger than the cap on a file read
    /// whole.
    Index(fn(&mut dyn BufRead) -> Result<ActivityList, ReadError>),
    /// Workout logs and exports, read against the catalog and settings as they are now (and
    /// the zone, for logs that write UTC times).
    Log(fn(&[u8], &Catalog, &Settings, Zone) -> Result<Found, ReadError>),
}

/// One format legday imports (atuin's `Importer`): a reader file implements it and
/// [`FORMATS`] lists it.
pub trait Importer {
    /// Its name in help, messages and the summary (`GPX`, `Strong CSV`).
    const NAME: &'static str;
    /// Its name in the short lists of the UI (formats may share one: `CSV`).
    const SHORT: &'static str;
    /// What a file that is not this format is told it is not (`a Strong export`).
    const WHAT: &'static str;
    /// The extensions its files come with, lowercase: what a folder walk picks up.
    const EXTENSIONS: &'static [&'static str];
    const SHAPE: Shape;
    /// The name an export's index file has (`activities.csv`): read first in its folder or
    /// archive, to join the files around it.
    const INDEX_NAME: Option<&'static str> = None;
    /// Whether a file of [`Self::SHAPE`] is of this format.
    fn detect(head: &Head) -> bool;
    const READER: Reader;
}

impl Format {
    /// The format an [`Importer`] reads.
    pub const fn of<I: Importer>() -> Format {
        Format::named(I::NAME)
    }
}
