//! The domain core of `TRAINING_MODEL.md`: pure, clock-free, free of UI and SQL.

pub mod alerts;
pub mod catalog;
pub mod explain;
pub mod load;
pub mod metrics;
pub mod muscle;
pub mod records;
pub mod report;
pub mod rest;
pub mod session;
pub mod settings;
pub mod today;
pub mod today_text;
pub mod volume;
pub mod wording;

#[cfg(test)]
mod tests;

pub use catalog::{Catalog, Exercise};
pub use explain::Explain;
pub use load::LoadPoint;
pub use muscle::{Muscle, PerMuscle};
pub use records::Records;
pub use report::{
    Alert, Band, DaySummary, History, LoadFigures, MuscleReport, Report, Rest, RestPrompt, Rule,
    Severity, Totals, Window,
};
pub use session::{Activity, Run, RunKind, Session, SetEntry, Strength};
pub use settings::{BandEdges, DefaultRpe, Level, Settings, Units, WeekStart};
pub use today::Today;
pub use volume::weekly_volume;
