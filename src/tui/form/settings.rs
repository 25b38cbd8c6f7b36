//! The settings popup: level, body weight, units, week start.

use super::{Key, cycle, edit, message};
use crate::domain::{Level, Settings, Units, WeekStart};
use crate::parse;
use crate::tui::action::Action;
use crate::tui::fmt;

/// The rows, in focus order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsField {
    Level,
    Body,
    Units,
    WeekStart,
}

impl SettingsField {
    pub const ALL: [SettingsField; 4] = [
        SettingsField::Level,
        SettingsField::Body,
        SettingsField::Units,
        SettingsField::WeekStart,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SettingsField::Level => "Level",
            SettingsField::Body => "Body weight",
            SettingsField::Units => "Units",
            SettingsField::WeekStart => "Week starts",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SettingsForm {
    pub level: Level,
    pub body: String,
    pub units: Units,
    pub week_start: WeekStart,
    pub focus: SettingsField,
    pub error: Option<String>,
    original: Settings,
}

impl SettingsForm {
    pub fn new(s: &Settings) -> SettingsForm {
        SettingsForm {
            level: s.level,
            body: fmt::weight_value(s.body_kg, s.weight_unit),
            units: s.weight_unit,
            week_start: s.week_start,
            focus: SettingsField::Level,
            error: None,
            original: s.clone(),
        }
    }

    pub fn next(&mut self) {
        self.focus = cycle(&SettingsField::ALL, self.focus, true);
    }

    pub fn prev(&mut self) {
        self.focus = cycle(&SettingsField::ALL, self.focus, false);
    }

    /// `←`/`→` on a choice.
    pub fn cycle(&mut self, forward: bool) {
        match self.focus {
            SettingsField::Level => self.level = cycle(&Level::ALL, self.level, forward),
            SettingsField::Units => {
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
            SettingsField::WeekStart => {
                self.week_start = match self.week_start {
                    WeekStart::Monday => WeekStart::Sunday,
                    WeekStart::Sunday => WeekStart::Monday,
                }
            }
            SettingsField::Body => {}
        }
    }

    pub fn edit(&mut self, key: Key) {
        if self.focus == SettingsField::Body {
            edit(&mut self.body, key);
            self.error = None;
        }
    }

    /// A key while the popup is open; on `Enter`/`Ctrl-S`, the changes to save (or the error,
    /// also kept in `error`).
    pub fn update(&mut self, action: &Action) -> Option<Result<Vec<(String, String)>, String>> {
        match action {
            Action::Up | Action::PrevField => self.prev(),
            Action::Down | Action::NextField => self.next(),
            Action::Left => self.cycle(false),
            Action::Right => self.cycle(true),
            Action::Input(c) => self.edit(Key::Char(*c)),
            Action::Paste(t) => super::pasted(t).for_each(|c| self.edit(Key::Char(c))),
            Action::Backspace => self.edit(Key::Backspace),
            Action::ClearField => self.edit(Key::Clear),
            Action::Submit | Action::Save => return Some(self.changes()),
            _ => {}
        }
        None
    }

    /// The values shown for each row.
    pub fn value(&self, f: SettingsField) -> String {
        match f {
            SettingsField::Level => self.level.key().to_string(),
            SettingsField::Body => format!("{} {}", self.body, fmt::weight_unit(self.units)),
            SettingsField::Units => match self.units {
                Units::Metric => "metric (km, kg)".into(),
                Units::Imperial => "imperial (mi, lb)".into(),
            },
            SettingsField::WeekStart => self.week_start.key().to_string(),
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
