//! One file per tab; each draws from `&App` and the loaded `Data`.

pub mod dashboard;
pub mod history;
pub mod run;
pub mod strength;
