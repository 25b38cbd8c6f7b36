//! The domain core of `TRAINING_MODEL.md`: pure, clock-free, free of UI and SQL.

pub mod alerts;
pub mod catalog;
pub mod load;
pub mod metrics;
pub mod muscle;
pub mod report;
pub mod rest;
pub mod session;
pub mod settings;
pub mod units;
pub mod volume;
pub mod wording;

#[cfg(test)]
mod tests;

pub use catalog::{Catalog, Exercise};
pub use load::LoadPoint;
pub use muscle::{Muscle, PerMuscle};
pub use report::{
    Alert, Band, DaySummary, History, LoadFigures, MuscleReport, Report, Rest, RestPrompt, Rule,
    Severity, Totals, Window,
};
pub use session::{Activity, Run, RunKind, Session, SetEntry, Strength};
pub use settings::{BandEdges, DefaultRpe, Level, Settings, Units, WeekStart};
pub use volume::weekly_volume;
