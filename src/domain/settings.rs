//! Every *setting* of `docs/model.md`, with its default. Passed in, never global.

use super::muscle::Muscle;
use super::run_kind::RunKind;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The user's level (§5): sets the streak caps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Beginner,
    #[default]
    Intermediate,
    Experienced,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Beginner, Level::Intermediate, Level::Experienced];

    pub fn key(self) -> &'static str {
        match self {
            Level::Beginner => "beginner",
            Level::Intermediate => "intermediate",
            Level::Experienced => "experienced",
        }
    }

    pub fn from_key(s: &str) -> Option<Level> {
        let s = s.trim().to_ascii_lowercase();
        Level::ALL.into_iter().find(|l| l.key() == s)
    }

    /// Hard days in a row before a rest prompt (§5).
    pub fn hard_cap(self) -> u32 {
        match self {
            Level::Beginner | Level::Intermediate => 2,
            Level::Experienced => 3,
        }
    }

    /// Run days in a row before a rest prompt; beginners only (§5).
    pub fn run_cap(self) -> Option<u32> {
        match self {
            Level::Beginner => Some(2),
            _ => None,
        }
    }
}

pub use super::units::Units;

/// The first day of a calendar week (only changes how calendars are drawn, §1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum WeekStart {
    #[default]
    Monday,
    Sunday,
}

impl WeekStart {
    /// The first day of `d`'s calendar week: the one place a week's start is computed.
    pub fn first_day(self, d: NaiveDate) -> NaiveDate {
        let back = match self {
            WeekStart::Monday => d.weekday().num_days_from_monday(),
            WeekStart::Sunday => d.weekday().num_days_from_sunday(),
        };
        d - chrono::Days::new(u64::from(back))
    }
}

impl WeekStart {
    pub fn key(self) -> &'static str {
        match self {
            WeekStart::Monday => "monday",
            WeekStart::Sunday => "sunday",
        }
    }

    pub fn from_key(s: &str) -> Option<WeekStart> {
        match s.trim().to_ascii_lowercase().as_str() {
            "monday" | "mon" => Some(WeekStart::Monday),
            "sunday" | "sun" => Some(WeekStart::Sunday),
            _ => None,
        }
    }
}

/// Lower edges of the bands of §3.3 for one size of group: `low`, `maintain`, `grow`, and the
/// top of `grow` (above it is `high`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BandEdges {
    pub low: f64,
    pub maintain: f64,
    pub grow: f64,
    pub high: f64,
}

/// The default RPE of each run kind and of a strength session (§2).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct DefaultRpe {
    pub recovery: f64,
    pub easy: f64,
    pub treadmill: f64,
    pub long: f64,
    pub trail: f64,
    pub tempo: f64,
    pub hills: f64,
    pub intervals: f64,
    pub race: f64,
    pub strength: f64,
}

impl DefaultRpe {
    pub fn run(&self, kind: RunKind) -> f64 {
        match kind {
            RunKind::Recovery => self.recovery,
            RunKind::Easy => self.easy,
            RunKind::Treadmill => self.treadmill,
            RunKind::Long => self.long,
            RunKind::Trail => self.trail,
            RunKind::Tempo => self.tempo,
            RunKind::Hills => self.hills,
            RunKind::Intervals => self.intervals,
            RunKind::Race => self.race,
        }
    }

    pub fn run_mut(&mut self, kind: RunKind) -> &mut f64 {
        match kind {
            RunKind::Recovery => &mut self.recovery,
            RunKind::Easy => &mut self.easy,
            RunKind::Treadmill => &mut self.treadmill,
            RunKind::Long => &mut self.long,
            RunKind::Trail => &mut self.trail,
            RunKind::Tempo => &mut self.tempo,
            RunKind::Hills => &mut self.hills,
            RunKind::Intervals => &mut self.intervals,
            RunKind::Race => &mut self.race,
        }
    }
}

impl Default for DefaultRpe {
    fn default() -> Self {
        DefaultRpe {
            recovery: 2.0,
            easy: 3.0,
            treadmill: 3.0,
            long: 4.0,
            trail: 5.0,
            tempo: 6.0,
            hills: 7.0,
            intervals: 8.0,
            race: 9.0,
            strength: 6.0,
        }
    }
}

/// All settings, with the model's defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub level: Level,
    pub body_kg: f64,
    pub week_start: WeekStart,
    /// AU of running that count as one whole-body set (§3.2).
    pub run_set_au: f64,
    /// The user's maximum heart rate in beats per minute (§2.1); `None` when unset.
    pub hr_max: Option<u16>,
    /// The highest plausible `max_hr` (120-220) stored in any session (§2.1). Not a setting:
    /// the store fills it in from the data.
    pub observed_hr_max: Option<f64>,
    /// A pair of shoes is worn past this many kilometres (§9).
    pub shoes_retire_km: f64,
    /// Units of distances (and elevation): metric km and m, imperial mi and ft.
    pub distance_unit: Units,
    /// Units of weights: metric kg, imperial lb.
    pub weight_unit: Units,
    pub default_rpe: DefaultRpe,
    pub bands_big: BandEdges,
    pub bands_small: BandEdges,
    /// Arms (§3.3, v3): biceps and triceps, each with its own band, so the edges are doubled.
    pub bands_arms: BandEdges,
    /// Run days a week (§8.3), 0-7; `None` is `auto`: from the athlete's habits.
    pub run_days: Option<u8>,
    /// Strength sessions a week (§8.3), 0-6; `None` is `auto`.
    pub lift_days: Option<u8>,
    /// The long run's weekday (§8.3); `None` is `auto`.
    pub long_run_day: Option<chrono::Weekday>,
    /// The smallest weight step in kg (§8.1 `plate_step`); `None` is `auto`: 2.5 kg, or 5 lb
    /// when weights are shown in pounds.
    pub plate_step_kg: Option<f64>,
    /// The barbell of the plate calculator, kg; `None` is `auto`: 20 kg, or 45 lb for pounds users.
    pub bar_kg: Option<f64>,
    /// The plates of the plate calculator, kg, heaviest first; `None` is `auto`: 25, 20, 15,
    /// 10, 5, 2.5 and 1.25 kg, or 45, 35, 25, 10, 5 and 2.5 lb for pounds users.
    pub plates_kg: Option<Vec<f64>>,
    /// The live workout's rest timer rings the terminal bell at zero.
    pub rest_bell: bool,
    /// The UI's first-start form was answered or skipped (`first_start = done`): it is not
    /// asked again. Not part of the model.
    #[serde(default)]
    pub first_start_done: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            level: Level::Intermediate,
            body_kg: 70.0,
            week_start: WeekStart::Monday,
            run_set_au: 40.0,
            hr_max: None,
            observed_hr_max: None,
            shoes_retire_km: 700.0,
            distance_unit: Units::Metric,
            weight_unit: Units::Metric,
            default_rpe: DefaultRpe::default(),
            bands_big: BandEdges {
                low: 0.5,
                maintain: 4.0,
                grow: 10.0,
                high: 20.0,
            },
            bands_small: BandEdges {
                low: 0.5,
                maintain: 2.0,
                grow: 4.0,
                high: 8.0,
            },
            bands_arms: BandEdges {
                low: 0.5,
                maintain: 8.0,
                grow: 20.0,
                high: 40.0,
            },
            run_days: None,
            lift_days: None,
            long_run_day: None,
            plate_step_kg: None,
            bar_kg: None,
            plates_kg: None,
            rest_bell: true,
            first_start_done: false,
        }
    }
}

/// The range of plausible `max_hr` values that count for the observed maximum (§2.1).
pub const OBSERVED_HR_RANGE: (u16, u16) = (120, 220);

impl Settings {
    /// The maximum heart rate the model uses (§2.1): the `hr_max` setting, else the observed one.
    pub fn known_hr_max(&self) -> Option<f64> {
        self.hr_max.map(f64::from).or(self.observed_hr_max)
    }

    /// `metric` or `imperial` when distances and weights agree, `None` when they are mixed.
    pub fn units(&self) -> Option<Units> {
        (self.distance_unit == self.weight_unit).then_some(self.distance_unit)
    }

    /// Sets both the distance and the weight unit.
    pub fn set_units(&mut self, u: Units) {
        self.distance_unit = u;
        self.weight_unit = u;
    }

    /// The band edges that apply to a group.
    pub fn bands(&self, m: Muscle) -> &BandEdges {
        if m.is_small() {
            &self.bands_small
        } else if m == Muscle::Arms {
            &self.bands_arms
        } else {
            &self.bands_big
        }
    }

    /// `step` of §8.1: the `plate_step` setting, else 2.5 kg (5 lb for pound users).
    pub fn plate_step(&self) -> f64 {
        self.plate_step_kg.unwrap_or(match self.weight_unit {
            Units::Metric => 2.5,
            Units::Imperial => 5.0 * super::units::KG_PER_LB,
        })
    }
}
