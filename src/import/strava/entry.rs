//! Strava's `activities.csv` as a registry entry (`formats::FORMATS`): apart from the index
//! itself, which the readers' `Reader::Index` names.

use super::ActivityList;
use crate::import::decode::read_text;
use crate::import::importer::{Format, Head, Importer, Reader, Shape};

/// Strava's `activities.csv` in the registry ([`crate::import::formats::FORMATS`]). Read alone, its
/// rows are sessions of their own; in an export, the import joins it to the files around it.
pub struct StravaCsv;

impl Importer for StravaCsv {
    const NAME: &'static str = "Strava activities.csv";
    const SHORT: &'static str = "CSV";
    const WHAT: &'static str = "a Strava activities.csv";
    const EXTENSIONS: &'static [&'static str] = &["csv"];
    const SHAPE: Shape = Shape::Table;
    fn detect(head: &Head) -> bool {
        super::lang::is_header(&head.header)
    }
    const INDEX_NAME: Option<&'static str> = Some("activities.csv");
    const READER: Reader = Reader::Index(|input| ActivityList::parse(&read_text(input)?));
}

#[allow(non_upper_case_globals)]
impl Format {
    pub const StravaCsv: Format = Format::of::<StravaCsv>();
}
