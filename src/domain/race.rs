//! Races ahead (`docs/model.md` §8.4): stored apart from sessions. A race's result is its run
//! of kind `race`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The standard race distances in metres, by the names `legday race add` accepts.
pub const NAMED_DISTANCES: [(&str, f64); 4] = [
    ("5k", 5000.0),
    ("10k", 10000.0),
    ("half", 21097.5),
    ("marathon", 42195.0),
];

/// One entered race.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Race {
    /// The store's id (0 for a race not stored yet).
    pub id: i64,
    pub date: NaiveDate,
    pub distance_m: f64,
    pub name: Option<String>,
}

impl Race {
    /// The race's distance in km, as §8.4's rules read it.
    pub fn km(&self) -> f64 {
        self.distance_m / 1000.0
    }
}
