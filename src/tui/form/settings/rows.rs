//! The settings popup's rows: their order, labels, which take text and what they accept.

/// The rows, in focus order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsField {
    Level,
    Body,
    Units,
    HrMax,
    WeekStart,
    RunDays,
    LiftDays,
    LongRunDay,
    PlateStep,
    RaceDate,
    RaceDistance,
    RaceName,
}

impl SettingsField {
    pub const ALL: [SettingsField; 12] = [
        SettingsField::Level,
        SettingsField::Body,
        SettingsField::Units,
        SettingsField::HrMax,
        SettingsField::WeekStart,
        SettingsField::RunDays,
        SettingsField::LiftDays,
        SettingsField::LongRunDay,
        SettingsField::PlateStep,
        SettingsField::RaceDate,
        SettingsField::RaceDistance,
        SettingsField::RaceName,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SettingsField::Level => "Level",
            SettingsField::Body => "Body weight",
            SettingsField::Units => "Units",
            SettingsField::HrMax => "Max heart rate",
            SettingsField::WeekStart => "Week starts",
            SettingsField::RunDays => "Run days",
            SettingsField::LiftDays => "Lift days",
            SettingsField::LongRunDay => "Long run day",
            SettingsField::PlateStep => "Plate step",
            SettingsField::RaceDate => "Race date",
            SettingsField::RaceDistance => "Distance",
            SettingsField::RaceName => "Name",
        }
    }

    /// A field that takes typed text (the others are choices, `←`/`→`).
    pub fn is_text(self) -> bool {
        matches!(
            self,
            SettingsField::Body
                | SettingsField::HrMax
                | SettingsField::PlateStep
                | SettingsField::RaceDate
                | SettingsField::RaceDistance
                | SettingsField::RaceName
        )
    }

    /// One of the "add a race" rows.
    pub fn is_race(self) -> bool {
        matches!(
            self,
            SettingsField::RaceDate | SettingsField::RaceDistance | SettingsField::RaceName
        )
    }

    /// What a row accepts, shown dim while it is empty.
    pub fn placeholder(self) -> &'static str {
        match self {
            SettingsField::HrMax => "optional, 120-230 bpm",
            SettingsField::RaceDate => "YYYY-MM-DD, sat, +30",
            SettingsField::RaceDistance => "5k, 10k, half, marathon, 30km",
            SettingsField::RaceName => "optional",
            _ => "",
        }
    }
}
