//! The domain core of `TRAINING_MODEL.md`: pure, clock-free, free of UI and SQL.

pub mod catalog;
pub mod muscle;
pub mod report;
pub mod session;
pub mod settings;

pub use catalog::{Catalog, Exercise};
pub use muscle::{Muscle, PerMuscle};
pub use report::{
    Alert, Band, DaySummary, History, LoadFigures, MuscleReport, Report, Rest, RestPrompt, Rule,
    Severity, Totals, Window,
};
pub use session::{Activity, Run, RunKind, Session, SetEntry, Strength};
pub use settings::{BandEdges, DefaultRpe, Level, Settings, Units, WeekStart};
