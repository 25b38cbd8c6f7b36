//! The domain core of `docs/model.md`: pure, clock-free, free of UI and SQL.

pub mod alerts;
pub mod catalog;
pub mod coach;
pub mod explain;
pub mod history;
pub mod load;
pub mod metrics;
pub mod muscle;
pub mod plates;
pub mod progress;
pub mod race;
pub mod records;
pub mod report;
pub mod rest;
pub mod run_kind;
pub mod run_summary;
pub mod same_activity;
pub mod session;
pub mod settings;
pub mod threshold;
pub mod today;
pub mod track;
pub mod units;
pub mod volume;
pub mod wording;
pub mod workout;

#[cfg(test)]
mod tests;

pub use alerts::{Alert, Rule, Severity};
pub use catalog::{Catalog, Exercise};
pub use explain::Explain;
pub use history::{DayIndex, DaySummary, History};
pub use load::LoadFigures;
pub use load::LoadPoint;
pub use muscle::{Muscle, PerMuscle};
pub use race::Race;
pub use records::Records;
pub use report::{MuscleReport, Report, Totals, Window};
pub use rest::{Rest, RestPrompt};
pub use run_kind::RunKind;
pub use session::{Activity, RpeSource, Run, Session, SetEntry, Strength};
pub use settings::{BandEdges, DefaultRpe, Level, Settings, Units, WeekStart};
pub use today::Today;
pub use volume::Band;
pub use volume::weekly_volume;
