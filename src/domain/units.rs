//! Unit conversions: the one definition of each factor, used by the model, the parsers, the
//! importers and the display.

use serde::{Deserialize, Serialize};

/// Units for display and for bare numbers typed by the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Units {
    #[default]
    Metric,
    Imperial,
}

impl Units {
    pub fn key(self) -> &'static str {
        match self {
            Units::Metric => "metric",
            Units::Imperial => "imperial",
        }
    }

    pub fn from_key(s: &str) -> Option<Units> {
        match s.trim().to_ascii_lowercase().as_str() {
            "metric" | "km" | "kg" => Some(Units::Metric),
            "imperial" | "mi" | "lb" => Some(Units::Imperial),
            _ => None,
        }
    }
}

/// Metres in a kilometre.
pub const M_PER_KM: f64 = 1000.0;
/// Metres in an international mile.
pub const M_PER_MI: f64 = 1609.344;
/// Metres in a foot.
pub const M_PER_FT: f64 = 0.3048;
/// Kilograms in an avoirdupois pound.
pub const KG_PER_LB: f64 = 0.453_592_37;

/// Metres in one distance unit of `units` (a km, or a mile).
pub fn distance_unit_m(units: Units) -> f64 {
    match units {
        Units::Metric => M_PER_KM,
        Units::Imperial => M_PER_MI,
    }
}

/// Kilograms in one weight unit of `units` (a kg, or a pound).
pub fn weight_unit_kg(units: Units) -> f64 {
    match units {
        Units::Metric => 1.0,
        Units::Imperial => KG_PER_LB,
    }
}
