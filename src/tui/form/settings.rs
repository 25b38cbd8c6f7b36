//! The settings popup: level, body weight, units, week start.

use super::{Key, edit, message};
use crate::domain::{Level, Settings, Units, WeekStart};
use crate::parse;
use crate::tui::fmt;

#[derive(Debug, Clone, PartialEq)]
pub struct SettingsForm {
    pub level: Level,
    pub body: String,
    pub units: Units,
    pub week_start: WeekStart,
    pub focus: usize,
    pub error: Option<String>,
    original: Settings,
}

pub const LABELS: [&str; 4] = ["Level", "Body weight", "Units", "Week starts"];

impl SettingsForm {
    pub fn new(s: &Settings) -> SettingsForm {
        SettingsForm {
            level: s.level,
            body: fmt::weight_value(s.body_kg, s.weight_unit),
            units: s.weight_unit,
            week_start: s.week_start,
            focus: 0,
            error: None,
            original: s.clone(),
        }
    }

    pub fn next(&mut self) {
        self.focus = (self.focus + 1) % 4;
    }

    pub fn prev(&mut self) {
        self.focus = (self.focus + 3) % 4;
    }

    /// `←`/`→` on a choice.
    pub fn cycle(&mut self, forward: bool) {
        match self.focus {
            0 => {
                let i = Level::ALL
                    .iter()
                    .position(|&l| l == self.level)
                    .unwrap_or(1);
                let j = if forward { (i + 1) % 3 } else { (i + 2) % 3 };
                self.level = Level::ALL[j];
            }
            2 => {
                // the body weight follows the unit so it keeps meaning the same mass
                let kg = parse::weight("body weight", &self.body, self.units).ok();
                self.units = match self.units {
                    Units::Metric => Units::Imperial,
                    Units::Imperial => Units::Metric,
                };
                if let Some(kg) = kg {
                    self.body = fmt::weight_value(kg, self.units);
                }
            }
            3 => {
                self.week_start = match self.week_start {
                    WeekStart::Monday => WeekStart::Sunday,
                    WeekStart::Sunday => WeekStart::Monday,
                }
            }
            _ => {}
        }
    }

    pub fn edit(&mut self, key: Key) {
        if self.focus == 1 {
            edit(&mut self.body, key);
            self.error = None;
        }
    }

    /// The values shown for each row.
    pub fn value(&self, i: usize) -> String {
        match i {
            0 => self.level.key().to_string(),
            1 => format!("{} {}", self.body, fmt::weight_unit(self.units)),
            2 => match self.units {
                Units::Metric => "metric (km, kg)".into(),
                Units::Imperial => "imperial (mi, lb)".into(),
            },
            _ => self.week_start.key().to_string(),
        }
    }

    /// The changed settings as `(key, value)` for `Store::set_setting`, or the error to show.
    pub fn changes(&mut self) -> Result<Vec<(String, String)>, String> {
        let kg = parse::weight("body weight", &self.body, self.units).map_err(|e| {
            let m = message(&e);
            self.error = Some(m.clone());
            m
        })?;
        let o = &self.original;
        let mut out = Vec::new();
        if self.level != o.level {
            out.push(("level".into(), self.level.key().into()));
        }
        // 0.1 lb of display rounding is 0.045 kg: not a change
        if (kg - o.body_kg).abs() > 0.05 {
            out.push(("body_kg".into(), format!("{:.2}", kg)));
        }
        if Some(self.units) != o.units() {
            out.push(("units".into(), self.units.key().into()));
        }
        if self.week_start != o.week_start {
            out.push(("week_start".into(), self.week_start.key().into()));
        }
        Ok(out)
    }
}
