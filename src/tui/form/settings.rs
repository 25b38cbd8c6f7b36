//! The settings popup: level, body weight, units, maximum heart rate, week start, the coach's
//! settings (run days, lift days, the long run's day, the plate step; `auto` by default) and a
//! race to add.

use super::{Caret, Key, cycle, edit, message};
use crate::domain::{Level, Race, Settings, Units, WeekStart};
use crate::format;
use crate::parse;
use crate::store::Store;
use crate::store::races::race_name;
use crate::tui::action::Action;
use chrono::{NaiveDate, Weekday};

mod rows;
pub use rows::SettingsField;

/// What `Enter` saves: settings by key (for `Store::set_setting`) and a race to add.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SettingsSave {
    pub settings: Vec<(String, String)>,
    pub race: Option<Race>,
}

impl SettingsSave {
    pub fn is_empty(&self) -> bool {
        self.settings.is_empty() && self.race.is_none()
    }
}

const RUN_DAYS: [Option<u8>; 9] = [
    None,
    Some(0),
    Some(1),
    Some(2),
    Some(3),
    Some(4),
    Some(5),
    Some(6),
    Some(7),
];
const WEEKDAYS: [Option<Weekday>; 8] = [
    None,
    Some(Weekday::Mon),
    Some(Weekday::Tue),
    Some(Weekday::Wed),
    Some(Weekday::Thu),
    Some(Weekday::Fri),
    Some(Weekday::Sat),
    Some(Weekday::Sun),
];

#[derive(Debug, Clone, PartialEq)]
pub struct SettingsForm {
    pub level: Level,
    pub body: String,
    pub units: Units,
    /// As typed; empty: unset (the highest of the runs' heart rates counts).
    pub hr_max: String,
    pub week_start: WeekStart,
    pub run_days: Option<u8>,
    pub lift_days: Option<u8>,
    pub long_run_day: Option<Weekday>,
    /// As typed: `auto`, `2.5kg`, `5lb`, or a bare number in the weight unit.
    pub plate_step: String,
    pub race_date: String,
    pub race_distance: String,
    pub race_name: String,
    pub focus: SettingsField,
    pub error: Option<String>,
    /// A refusal of what one row holds, shown beside it.
    pub field_error: Option<(SettingsField, String)>,
    /// The cursor in the focused text row.
    pub caret: Caret,
    original: Settings,
    /// The day a race date counts from (`None`: races cannot be added here).
    today: Option<NaiveDate>,
    /// The races already entered (a duplicate is refused before it reaches the store).
    races: Vec<Race>,
    /// What `auto` currently gives (run days, lift days, the long run's day), from the coach.
    auto: Option<crate::domain::coach::habits::AutoTargets>,
}

impl SettingsForm {
    pub fn new(s: &Settings) -> SettingsForm {
        SettingsForm {
            level: s.level,
            body: format::weight_number(s.body_kg, s.weight_unit),
            units: s.weight_unit,
            hr_max: s.hr_max.map(|h| h.to_string()).unwrap_or_default(),
            week_start: s.week_start,
            run_days: s.run_days,
            lift_days: s.lift_days,
            long_run_day: s.long_run_day,
            plate_step: Store::setting_text(s, "plate_step").unwrap_or_default(),
            race_date: String::new(),
            race_distance: String::new(),
            race_name: String::new(),
            focus: SettingsField::Level,
            error: None,
            field_error: None,
            caret: Caret::default(),
            original: s.clone(),
            today: None,
            races: Vec::new(),
            auto: None,
        }
    }

    /// The form that shows what `auto` gives this week (§8.3).
    pub fn with_auto(mut self, auto: Option<crate::domain::coach::habits::AutoTargets>) -> Self {
        self.auto = auto;
        self
    }

    /// The form that also adds a race, dated from `today`, knowing the races entered.
    pub fn with_races(mut self, today: NaiveDate, races: &[Race]) -> SettingsForm {
        self.today = Some(today);
        self.races = races.to_vec();
        self
    }

    pub fn next(&mut self) {
        self.focus = cycle(&SettingsField::ALL, self.focus, true);
        self.caret.reset();
    }

    pub fn prev(&mut self) {
        self.focus = cycle(&SettingsField::ALL, self.focus, false);
        self.caret.reset();
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
                    self.body = format::weight_number(kg, self.units);
                }
            }
            SettingsField::WeekStart => {
                self.week_start = match self.week_start {
                    WeekStart::Monday => WeekStart::Sunday,
                    WeekStart::Sunday => WeekStart::Monday,
                }
            }
            SettingsField::RunDays => self.run_days = cycle(&RUN_DAYS, self.run_days, forward),
            SettingsField::LiftDays => {
                self.lift_days = cycle(&RUN_DAYS[..8], self.lift_days, forward)
            }
            SettingsField::LongRunDay => {
                self.long_run_day = cycle(&WEEKDAYS, self.long_run_day, forward)
            }
            _ => {}
        }
    }

    /// The characters before the cursor in the focused row, when it takes text.
    pub fn cursor(&self) -> Option<usize> {
        let value = match self.focus {
            SettingsField::Body => &self.body,
            SettingsField::PlateStep => &self.plate_step,
            SettingsField::RaceDate => &self.race_date,
            SettingsField::RaceDistance => &self.race_distance,
            SettingsField::RaceName => &self.race_name,
            _ => return None,
        };
        Some(self.caret.at(self.focus as usize, value))
    }

    pub fn edit(&mut self, key: Key) {
        let f = self.focus;
        let value = match f {
            SettingsField::Body => &mut self.body,
            SettingsField::HrMax => &mut self.hr_max,
            SettingsField::PlateStep => &mut self.plate_step,
            SettingsField::RaceDate => &mut self.race_date,
            SettingsField::RaceDistance => &mut self.race_distance,
            SettingsField::RaceName => &mut self.race_name,
            _ => return,
        };
        edit(value, &mut self.caret, f as usize, key);
        if !key.changes_text() {
            return;
        }
        self.error = None;
        if self.field_error.as_ref().is_some_and(|(e, _)| *e == f) {
            self.field_error = None;
        }
    }

    /// A key while the popup is open; on `Enter`/`Ctrl-S`, what to save (or the error, also
    /// kept in `error` and beside its field).
    pub fn update(&mut self, action: &Action) -> Option<Result<SettingsSave, String>> {
        match action {
            Action::Up | Action::PrevField => self.prev(),
            Action::Down | Action::NextField => self.next(),
            Action::Left if !self.focus.is_text() => self.cycle(false),
            Action::Right if !self.focus.is_text() => self.cycle(true),
            Action::Paste(t) => super::pasted(t).for_each(|c| self.edit(Key::Char(c))),
            Action::Submit | Action::Save => return Some(self.save()),
            other => {
                if let Some(k) = Key::of(other) {
                    self.edit(k);
                }
            }
        }
        None
    }

    /// The values shown for each row.
    pub fn value(&self, f: SettingsField) -> String {
        let days = |d: Option<u8>, auto: Option<u32>| {
            d.map_or_else(
                || auto.map_or_else(|| "auto".to_string(), |a| format!("auto ({a} a week)")),
                |n| format!("{n} a week"),
            )
        };
        match f {
            SettingsField::Level => self.level.key().to_string(),
            SettingsField::Body => format!("{} {}", self.body, format::weight_unit(self.units)),
            SettingsField::Units => match self.units {
                Units::Metric => "metric (km, kg)".into(),
                Units::Imperial => "imperial (mi, lb)".into(),
            },
            SettingsField::HrMax => self.hr_max.clone(),
            SettingsField::WeekStart => self.week_start.key().to_string(),
            SettingsField::RunDays => days(self.run_days, self.auto.map(|a| a.run_days)),
            SettingsField::LiftDays => days(self.lift_days, self.auto.map(|a| a.lift_days)),
            SettingsField::LongRunDay => self.long_run_day.map_or_else(
                || {
                    self.auto.map_or_else(
                        || "auto".into(),
                        |a| format!("auto ({})", weekday_name(a.long_run_day)),
                    )
                },
                |d| weekday_name(d).into(),
            ),
            SettingsField::PlateStep if self.plate_step.trim().eq_ignore_ascii_case("auto") => {
                let step = match self.units {
                    Units::Metric => "2.5 kg",
                    Units::Imperial => "5 lb",
                };
                format!("{} ({step})", self.plate_step)
            }
            SettingsField::PlateStep => self.plate_step.clone(),
            SettingsField::RaceDate => self.race_date.clone(),
            SettingsField::RaceDistance => self.race_distance.clone(),
            SettingsField::RaceName => self.race_name.clone(),
        }
    }

    /// The refusal shown beside `f`, if any.
    pub fn error_at(&self, f: SettingsField) -> Option<&str> {
        self.field_error
            .as_ref()
            .filter(|(e, _)| *e == f)
            .map(|(_, m)| m.as_str())
    }

    /// Clears the race rows once the race is stored.
    pub fn race_added(&mut self, race: &Race) {
        self.races.push(race.clone());
        self.race_date.clear();
        self.race_distance.clear();
        self.race_name.clear();
    }

    /// What to save, or the first refusal (kept beside its field; nothing typed is dropped).
    pub fn save(&mut self) -> Result<SettingsSave, String> {
        self.error = None;
        self.field_error = None;
        let out = self.settings_changes().and_then(|settings| {
            Ok(SettingsSave {
                settings,
                race: self.race()?,
            })
        });
        out.map_err(|(f, m)| {
            self.focus = f;
            self.error = Some(m.clone());
            self.field_error = Some((f, m.clone()));
            m
        })
    }

    /// The changed settings as `(key, value)` for `Store::set_setting`, or the error to show.
    pub fn changes(&mut self) -> Result<Vec<(String, String)>, String> {
        self.save().map(|s| s.settings)
    }

    fn settings_changes(&self) -> Result<Vec<(String, String)>, (SettingsField, String)> {
        let kg = crate::store::Store::body_weight("body weight", &self.body, self.units)
            .map_err(|e| (SettingsField::Body, message(&e)))?;
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
        let hr = match self.hr_max.trim() {
            "" => "unset",
            t => t,
        };
        let mut checked = o.clone();
        Store::check_setting(&mut checked, "hr_max", hr)
            .map_err(|e| (SettingsField::HrMax, message(&e)))?;
        if checked.hr_max != o.hr_max {
            out.push(("hr_max".into(), hr.into()));
        }
        if self.week_start != o.week_start {
            out.push(("week_start".into(), self.week_start.key().into()));
        }
        let auto = |v: Option<String>| v.unwrap_or_else(|| "auto".into());
        if self.run_days != o.run_days {
            out.push((
                "run_days".into(),
                auto(self.run_days.map(|n| n.to_string())),
            ));
        }
        if self.lift_days != o.lift_days {
            out.push((
                "lift_days".into(),
                auto(self.lift_days.map(|n| n.to_string())),
            ));
        }
        if self.long_run_day != o.long_run_day {
            out.push((
                "long_run_day".into(),
                auto(self.long_run_day.map(|d| weekday_name(d).to_string())),
            ));
        }
        // a bare number is in the unit the form shows; sent with it, so the order of the
        // changes does not matter
        let mut step = self.plate_step.trim().to_string();
        if step.parse::<f64>().is_ok() {
            step.push_str(format::weight_unit(self.units));
        }
        let mut checked = o.clone();
        checked.weight_unit = self.units;
        Store::check_setting(&mut checked, "plate_step", &step)
            .map_err(|e| (SettingsField::PlateStep, message(&e)))?;
        let same = match (checked.plate_step_kg, o.plate_step_kg) {
            (Some(a), Some(b)) => (a - b).abs() < 1e-9,
            (a, b) => a == b,
        };
        if !same {
            out.push(("plate_step".into(), step));
        }
        Ok(out)
    }

    /// The race the race rows hold: none when all three are empty.
    fn race(&self) -> Result<Option<Race>, (SettingsField, String)> {
        let (date, dist, name) = (
            self.race_date.trim(),
            self.race_distance.trim(),
            self.race_name.trim(),
        );
        if date.is_empty() && dist.is_empty() && name.is_empty() {
            return Ok(None);
        }
        let needed = |f: SettingsField, what: &str| {
            (
                f,
                format!("empty; a race needs its {what} (or clear the race rows)"),
            )
        };
        let today = self.today.ok_or((
            SettingsField::RaceDate,
            "races are added from the dashboard's settings".to_string(),
        ))?;
        if date.is_empty() {
            return Err(needed(SettingsField::RaceDate, "date"));
        }
        let date = parse::date_ahead("date", date, today)
            .map_err(|e| (SettingsField::RaceDate, message(&e)))?;
        if dist.is_empty() {
            return Err(needed(SettingsField::RaceDistance, "distance"));
        }
        let distance_m = parse::race_distance("distance", dist, self.units)
            .map_err(|e| (SettingsField::RaceDistance, message(&e)))?;
        let name = race_name(name).map_err(|e| (SettingsField::RaceName, message(&e)))?;
        if let Some(r) = self
            .races
            .iter()
            .find(|r| r.date == date && (r.distance_m - distance_m).abs() < 0.5)
        {
            return Err((
                SettingsField::RaceDate,
                format!(
                    "race {} ({}) is already on {date} at this distance",
                    r.id,
                    r.label()
                ),
            ));
        }
        Ok(Some(Race {
            id: 0,
            date,
            distance_m,
            name,
        }))
    }
}

fn weekday_name(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "monday",
        Weekday::Tue => "tuesday",
        Weekday::Wed => "wednesday",
        Weekday::Thu => "thursday",
        Weekday::Fri => "friday",
        Weekday::Sat => "saturday",
        Weekday::Sun => "sunday",
    }
}
