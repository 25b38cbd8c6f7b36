//! The run form: distance and duration first, everything else with a visible default.

use super::{Key, edit, message, optional};
use crate::domain::{Run, RunKind, Session, Settings};
use crate::parse;
use crate::tui::fmt;
use chrono::NaiveDate;

/// The fields, in focus order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunField {
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
    pub values: [String; 10],
    pub focus: usize,
    /// A save was tried: required fields left empty now show their error.
    pub tried: bool,
    /// The stored session being edited (History `e`), else a new run.
    pub editing: Option<Session>,
}

/// The form read through the parsers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunCheck {
    pub errors: [Option<String>; 10],
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
        RunField::ALL[self.focus.min(9)]
    }

    pub fn is_dirty(&self) -> bool {
        self.values.iter().any(|v| !v.trim().is_empty())
    }

    pub fn next(&mut self) {
        self.focus = (self.focus + 1) % 10;
    }

    pub fn prev(&mut self) {
        self.focus = (self.focus + 9) % 10;
    }

    pub fn edit(&mut self, key: Key) {
        let i = self.focus.min(9);
        edit(&mut self.values[i], key);
    }

    /// The kind typed so far, `easy` when empty or not (yet) a kind.
    pub fn kind(&self) -> RunKind {
        RunKind::from_key(self.value(RunField::Kind)).unwrap_or(RunKind::Easy)
    }

    /// `←`/`→` on the kind field: the previous or next kind.
    pub fn cycle_kind(&mut self, forward: bool) {
        let i = RunKind::ALL
            .iter()
            .position(|&k| k == self.kind())
            .unwrap_or(0);
        let n = RunKind::ALL.len();
        let j = if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        };
        self.values[RunField::Kind as usize] = RunKind::ALL[j].key().to_string();
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
        let (u, wu) = (settings.distance_unit, settings.weight_unit);
        let mut err = |f: RunField, e: String| c.errors[f as usize] = Some(e);
        let required = |f: RunField, s: &str| -> Result<Option<f64>, String> {
            if s.trim().is_empty() && self.tried {
                return Err(format!("needed, e.g. {}", example(f)));
            }
            match f {
                RunField::Distance => optional(s, |t| parse::distance(f.key(), t, u)),
                _ => optional(s, |t| parse::duration(f.key(), t)),
            }
        };
        let dist =
            required(RunField::Distance, self.value(RunField::Distance)).unwrap_or_else(|e| {
                err(RunField::Distance, e);
                None
            });
        let dur =
            required(RunField::Duration, self.value(RunField::Duration)).unwrap_or_else(|e| {
                err(RunField::Duration, e);
                None
            });
        if let (Some(d), Some(t)) = (dist, dur) {
            if let Err(e) = parse::check_run(d, t) {
                err(RunField::Duration, message(&e));
            }
        }
        let date = optional(self.value(RunField::Date), |t| {
            parse::date(RunField::Date.key(), t, today)
        })
        .unwrap_or_else(|e| {
            err(RunField::Date, e);
            None
        })
        .unwrap_or(today);
        let kind = optional(self.value(RunField::Kind), |t| {
            parse::kind(RunField::Kind.key(), t)
        })
        .unwrap_or_else(|e| {
            err(RunField::Kind, e);
            None
        })
        .unwrap_or(RunKind::Easy);
        let mut opt_f64 = |f: RunField, p: &dyn Fn(&str) -> crate::Result<f64>| {
            optional(self.value(f), p).unwrap_or_else(|e| {
                err(f, e);
                None
            })
        };
        let rpe = opt_f64(RunField::Rpe, &|t| parse::rpe("rpe", t));
        let elevation = opt_f64(RunField::Elevation, &|t| {
            parse::elevation("elevation", t, u)
        });
        let vest = opt_f64(RunField::Vest, &|t| parse::weight("vest", t, wu));
        let hr = optional(self.value(RunField::Hr), |t| parse::heart_rate("hr", t)).unwrap_or_else(
            |e| {
                err(RunField::Hr, e);
                None
            },
        );
        let (Some(d), Some(t)) = (dist, dur) else {
            return c;
        };
        let mut run = Run::new(kind, d, t);
        run.elevation_m = elevation;
        run.vest_kg = vest;
        run.avg_hr = hr;
        run.shoes = text(self.value(RunField::Shoes));
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
        c.session = Some(s);
        c
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
