//! The run form: distance and duration first, everything else with a visible default.

use super::{Answer, Key, cycle, edit, message, optional};
use crate::domain::{Run, RunKind, Session, Settings};
use crate::parse;
use crate::tui::action::Action;
use crate::tui::fmt;
use chrono::NaiveDate;

/// The fields, in focus order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RunField {
    #[default]
    Distance,
    Duration,
    Date,
    Kind,
    Rpe,
    Elevation,
    Vest,
    Hr,
    Shoes,
    Note,
}

impl RunField {
    pub const ALL: [RunField; 10] = [
        RunField::Distance,
        RunField::Duration,
        RunField::Date,
        RunField::Kind,
        RunField::Rpe,
        RunField::Elevation,
        RunField::Vest,
        RunField::Hr,
        RunField::Shoes,
        RunField::Note,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RunField::Distance => "Distance",
            RunField::Duration => "Duration",
            RunField::Date => "Date",
            RunField::Kind => "Kind",
            RunField::Rpe => "RPE",
            RunField::Elevation => "Elevation",
            RunField::Vest => "Vest",
            RunField::Hr => "Heart rate",
            RunField::Shoes => "Shoes",
            RunField::Note => "Note",
        }
    }

    /// The name `parse` gives the field (as on the command line).
    fn key(self) -> &'static str {
        match self {
            RunField::Distance => "distance",
            RunField::Duration => "duration",
            RunField::Date => "date",
            RunField::Kind => "kind",
            RunField::Rpe => "rpe",
            RunField::Elevation => "elevation",
            RunField::Vest => "vest",
            RunField::Hr => "hr",
            RunField::Shoes => "shoes",
            RunField::Note => "note",
        }
    }
}

/// The run form's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunForm {
    /// The text of each field, by `RunField as usize`.
    pub values: [String; RunField::ALL.len()],
    pub focus: RunField,
    /// A save was tried: required fields left empty now show their error.
    pub tried: bool,
    /// The stored session being edited (History `e`), else a new run.
    pub editing: Option<Session>,
}

/// An error per field, by `RunField as usize`.
type Errors = [Option<String>; RunField::ALL.len()];

/// The form read through the parsers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunCheck {
    pub errors: Errors,
    /// The session as it would be saved, when distance and duration parse.
    pub session: Option<Session>,
}

impl RunCheck {
    pub fn is_ok(&self) -> bool {
        self.errors.iter().all(Option::is_none) && self.session.is_some()
    }
}

impl RunForm {
    pub fn value(&self, f: RunField) -> &str {
        &self.values[f as usize]
    }

    pub fn focused(&self) -> RunField {
        self.focus
    }

    pub fn is_dirty(&self) -> bool {
        self.values.iter().any(|v| !v.trim().is_empty())
    }

    pub fn next(&mut self) {
        self.focus = cycle(&RunField::ALL, self.focus, true);
    }

    pub fn prev(&mut self) {
        self.focus = cycle(&RunField::ALL, self.focus, false);
    }

    pub fn edit(&mut self, key: Key) {
        edit(&mut self.values[self.focus as usize], key);
    }

    /// A key while the form's fields have focus.
    pub fn update(&mut self, action: &Action, today: NaiveDate) -> Answer {
        match action {
            Action::NextField | Action::Down => self.next(),
            Action::PrevField | Action::Up => self.prev(),
            Action::Left | Action::Right => {
                let fwd = matches!(action, Action::Right);
                match self.focus {
                    RunField::Kind => self.cycle_kind(fwd),
                    RunField::Date => self.shift_date(today, if fwd { 1 } else { -1 }),
                    _ => {}
                }
            }
            Action::Input(c) => self.edit(Key::Char(*c)),
            Action::Backspace => self.edit(Key::Backspace),
            Action::ClearField => self.edit(Key::Clear),
            Action::Submit | Action::Save => return Answer::Save,
            _ => {}
        }
        Answer::Handled
    }

    /// The kind typed so far, `easy` when empty or not (yet) a kind.
    pub fn kind(&self) -> RunKind {
        RunKind::from_key(self.value(RunField::Kind)).unwrap_or(RunKind::Easy)
    }

    /// `←`/`→` on the kind field: the previous or next kind.
    pub fn cycle_kind(&mut self, forward: bool) {
        let k = cycle(&RunKind::ALL, self.kind(), forward);
        self.values[RunField::Kind as usize] = k.key().to_string();
    }

    /// `←`/`→` on the date field: a day earlier or later (never after today).
    pub fn shift_date(&mut self, today: NaiveDate, days: i64) {
        let cur = parse::date("date", self.value(RunField::Date), today).unwrap_or(today);
        let d = (cur + chrono::Duration::days(days)).min(today);
        self.values[RunField::Date as usize] = if d == today {
            String::new()
        } else {
            d.to_string()
        };
    }

    /// A form holding a stored run, for editing.
    pub fn from_session(s: &Session, settings: &Settings) -> RunForm {
        let mut f = RunForm {
            editing: Some(s.clone()),
            ..RunForm::default()
        };
        let Some(r) = s.run() else { return f };
        let (u, wu) = (settings.distance_unit, settings.weight_unit);
        let v = &mut f.values;
        v[0] = format!(
            "{}{}",
            fmt::distance_value(r.distance_m, u),
            fmt::dist_unit(u)
        );
        v[1] = parse::format_duration(r.duration_s);
        v[2] = s.date.to_string();
        v[3] = r.kind.key().to_string();
        v[4] = s.rpe.map(|x| x.to_string()).unwrap_or_default();
        v[5] = r.elevation_m.map(|x| format!("{x}m")).unwrap_or_default();
        v[6] = r
            .vest_kg
            .map(|x| format!("{}{}", fmt::weight_value(x, wu), fmt::weight_unit(wu)))
            .unwrap_or_default();
        v[7] = r.avg_hr.map(|x| x.to_string()).unwrap_or_default();
        v[8] = r.shoes.clone().unwrap_or_default();
        v[9] = s.note.clone().unwrap_or_default();
        f
    }

    /// Parses every field (same parsers and messages as the CLI).
    pub fn check(&self, today: NaiveDate, settings: &Settings) -> RunCheck {
        let mut c = RunCheck::default();
        let e = &mut c.errors;
        let (u, wu) = (settings.distance_unit, settings.weight_unit);
        let key = |f: RunField| f.key();
        let dist = self.required(RunField::Distance, e, |t| {
            parse::distance(key(RunField::Distance), t, u)
        });
        let dur = self.required(RunField::Duration, e, |t| {
            parse::duration(key(RunField::Duration), t)
        });
        if let (Some(d), Some(t)) = (dist, dur) {
            if let Err(x) = parse::check_run(d, t) {
                e[RunField::Duration as usize] = Some(message(&x));
            }
        }
        let date = self
            .parsed(RunField::Date, e, |t| {
                parse::date(key(RunField::Date), t, today)
            })
            .unwrap_or(today);
        let kind = self
            .parsed(RunField::Kind, e, |t| parse::kind(key(RunField::Kind), t))
            .unwrap_or(RunKind::Easy);
        let rpe = self.parsed(RunField::Rpe, e, |t| parse::rpe(key(RunField::Rpe), t));
        let elevation = self.parsed(RunField::Elevation, e, |t| {
            parse::elevation(key(RunField::Elevation), t, u)
        });
        let vest = self.parsed(RunField::Vest, e, |t| {
            parse::weight(key(RunField::Vest), t, wu)
        });
        let hr = self.parsed(RunField::Hr, e, |t| parse::heart_rate(key(RunField::Hr), t));
        let (Some(d), Some(t)) = (dist, dur) else {
            return c;
        };
        let mut run = Run::new(kind, d, t);
        run.elevation_m = elevation;
        run.vest_kg = vest;
        run.avg_hr = hr;
        run.shoes = text(self.value(RunField::Shoes));
        c.session = Some(self.session(date, rpe, run));
        c
    }

    /// An optional field through its parser: `None` when empty or wrong (the error goes into
    /// `errors`).
    fn parsed<T>(
        &self,
        f: RunField,
        errors: &mut Errors,
        p: impl FnOnce(&str) -> crate::Result<T>,
    ) -> Option<T> {
        optional(self.value(f), p).unwrap_or_else(|e| {
            errors[f as usize] = Some(e);
            None
        })
    }

    /// Distance and duration: like `parsed`, and needed once a save was tried.
    fn required(
        &self,
        f: RunField,
        errors: &mut Errors,
        p: impl FnOnce(&str) -> crate::Result<f64>,
    ) -> Option<f64> {
        if self.value(f).trim().is_empty() && self.tried {
            errors[f as usize] = Some(format!("needed, e.g. {}", example(f)));
            return None;
        }
        self.parsed(f, errors, p)
    }

    /// The session to save: the edited one with the form's values, or a new one.
    fn session(&self, date: NaiveDate, rpe: Option<f64>, mut run: Run) -> Session {
        let mut s = match &self.editing {
            Some(old) => {
                let mut s = old.clone();
                // keep max_hr and gap from an import, they have no field here
                if let Some(o) = old.run() {
                    run.max_hr = o.max_hr;
                    run.gap_s_per_km = o.gap_s_per_km;
                }
                s.activity = crate::domain::Activity::Run(run);
                s.date = date;
                s
            }
            None => Session::new_run(date, run),
        };
        s.rpe = rpe;
        s.note = text(self.value(RunField::Note));
        s
    }

    /// The grey text shown in an empty field: its default or an example.
    pub fn placeholder(&self, f: RunField, today: NaiveDate, settings: &Settings) -> String {
        match f {
            RunField::Date => format!("today, {}", fmt::day(today)),
            RunField::Kind => "easy  (←/→ to change)".into(),
            RunField::Rpe => format!(
                "{} ({} default, 1-10)",
                settings.default_rpe.run(self.kind()),
                self.kind()
            ),
            RunField::Distance => match settings.distance_unit {
                crate::domain::Units::Metric => "e.g. 5.2km, 800m, 5".into(),
                crate::domain::Units::Imperial => "e.g. 3.1mi, 800m, 3".into(),
            },
            other => format!("e.g. {}", example(other)),
        }
    }
}

fn example(f: RunField) -> &'static str {
    match f {
        RunField::Distance => "5km",
        RunField::Duration => "28:30, 45m, 1:02:05",
        RunField::Date => "2026-11-20, yesterday",
        RunField::Kind => "easy",
        RunField::Rpe => "4",
        RunField::Elevation => "120m",
        RunField::Vest => "5kg",
        RunField::Hr => "150",
        RunField::Shoes => "Pegasus 41",
        RunField::Note => "felt good",
    }
}

fn text(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_cycles_both_ways_and_wraps() {
        let mut f = RunForm::default();
        assert_eq!(f.kind(), RunKind::Easy);
        f.cycle_kind(true);
        assert_eq!(f.kind(), RunKind::Long);
        f.cycle_kind(false);
        f.cycle_kind(false);
        assert_eq!(f.kind(), RunKind::Race);
    }

    #[test]
    fn focus_wraps_and_dirty_tracks_text() {
        let mut f = RunForm::default();
        f.prev();
        assert_eq!(f.focused(), RunField::Note);
        f.next();
        assert_eq!(f.focused(), RunField::Distance);
        assert!(!f.is_dirty());
        f.edit(Key::Char('5'));
        assert!(f.is_dirty());
        f.edit(Key::Backspace);
        assert!(!f.is_dirty());
    }
}
