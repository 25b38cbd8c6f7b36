//! The run form: distance and duration first, everything else with a visible default.

use super::{Key, edit, message, optional};
use crate::domain::{Run, RunKind, Session, Settings, Units};
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
    /// The text each field was opened with (all empty for a new run).
    pub original: [String; 10],
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

    /// Whether the form holds input that would be lost: any text in a new run, any change to
    /// an edited one.
    pub fn is_dirty(&self) -> bool {
        match self.editing {
            Some(_) => self.values != self.original,
            None => self.values.iter().any(|v| !v.trim().is_empty()),
        }
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
        parse::kind("kind", self.value(RunField::Kind)).unwrap_or(RunKind::Easy)
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

    /// A form holding a stored run, for editing. Every number is shown as a person would type
    /// it (no float noise); a field left as shown keeps the stored value exactly.
    pub fn from_session(s: &Session, settings: &Settings) -> RunForm {
        let mut f = RunForm {
            editing: Some(s.clone()),
            ..RunForm::default()
        };
        let Some(r) = s.run() else { return f };
        let u = settings.units;
        let v = &mut f.values;
        v[0] = format!(
            "{}{}",
            fmt::distance_value(r.distance_m, u),
            fmt::dist_unit(u)
        );
        v[1] = parse::format_duration(r.duration_s);
        v[2] = s.date.to_string();
        v[3] = r.kind.key().to_string();
        v[4] = s.rpe.map(fmt::decimal).unwrap_or_default();
        v[5] = r
            .elevation_m
            .map(|x| fmt::elevation_value(x, u))
            .unwrap_or_default();
        v[6] = r
            .vest_kg
            .map(|x| format!("{}{}", fmt::weight_value(x, u), fmt::weight_unit(u)))
            .unwrap_or_default();
        v[7] = r.avg_hr.map(|x| x.to_string()).unwrap_or_default();
        v[8] = r.shoes.clone().unwrap_or_default();
        v[9] = s.note.clone().unwrap_or_default();
        f.original = f.values.clone();
        f
    }

    /// Whether an edit still shows field `f` as it was opened (its stored value is kept).
    fn kept(&self, f: RunField) -> bool {
        self.editing.is_some() && self.values[f as usize] == self.original[f as usize]
    }

    /// Field `f` read with `p`: the stored `old` value when an edit left the field as shown,
    /// `None` when empty, the parse error recorded in `errors` otherwise.
    fn read<T>(
        &self,
        f: RunField,
        old: Option<T>,
        errors: &mut [Option<String>; 10],
        p: impl FnOnce(&str) -> crate::Result<T>,
    ) -> Option<T> {
        if self.kept(f) {
            return old;
        }
        optional(self.value(f), p).unwrap_or_else(|e| {
            errors[f as usize] = Some(e);
            None
        })
    }

    /// Parses every field (same parsers and messages as the CLI). Editing a stored run changes
    /// only the fields whose text changed.
    pub fn check(&self, today: NaiveDate, settings: &Settings) -> RunCheck {
        let mut c = RunCheck::default();
        let u = settings.units;
        let e = &mut c.errors;
        let (old_s, old) = match &self.editing {
            Some(s) => (Some(s), s.run()),
            None => (None, None),
        };
        for f in [RunField::Distance, RunField::Duration] {
            if self.tried && !self.kept(f) && self.value(f).trim().is_empty() {
                e[f as usize] = Some(format!("needed, e.g. {}", example(f, u)));
            }
        }
        let dist = self.read(RunField::Distance, old.map(|r| r.distance_m), e, |t| {
            parse::distance("distance", t, u)
        });
        let dur = self.read(RunField::Duration, old.map(|r| r.duration_s), e, |t| {
            parse::duration("duration", t)
        });
        if let (Some(d), Some(t)) = (dist, dur)
            && let Err(err) = parse::check_run(d, t)
        {
            e[RunField::Duration as usize] = Some(message(&err));
        }
        let date = self
            .read(RunField::Date, old_s.map(|s| s.date), e, |t| {
                parse::date("date", t, today)
            })
            .unwrap_or(today);
        let kind = self
            .read(RunField::Kind, old.map(|r| r.kind), e, |t| {
                parse::kind("kind", t)
            })
            .unwrap_or(RunKind::Easy);
        let rpe = self.read(RunField::Rpe, old_s.and_then(|s| s.rpe), e, |t| {
            parse::rpe("rpe", t)
        });
        let elevation = self.read(
            RunField::Elevation,
            old.and_then(|r| r.elevation_m),
            e,
            |t| parse::elevation("elevation", t, u),
        );
        let vest = self.read(RunField::Vest, old.and_then(|r| r.vest_kg), e, |t| {
            parse::weight("vest", t, u)
        });
        let hr = self.read(RunField::Hr, old.and_then(|r| r.avg_hr), e, |t| {
            parse::heart_rate("hr", t)
        });
        let shoes = self.read(RunField::Shoes, old.and_then(|r| r.shoes.clone()), e, |t| {
            Ok(t.to_string())
        });
        let note = self.read(RunField::Note, old_s.and_then(|s| s.note.clone()), e, |t| {
            Ok(t.to_string())
        });
        let (Some(d), Some(t)) = (dist, dur) else {
            return c;
        };
        let mut run = Run::new(kind, d, t);
        run.elevation_m = elevation;
        run.vest_kg = vest;
        run.avg_hr = hr;
        run.shoes = shoes;
        let mut s = match (old_s, old) {
            (Some(os), Some(o)) => {
                // max_hr and GAP (from an import) have no field here: kept as stored
                run.max_hr = o.max_hr;
                run.gap_s_per_km = o.gap_s_per_km;
                let mut s = os.clone();
                s.activity = crate::domain::Activity::Run(run);
                s.date = date;
                s
            }
            _ => Session::new_run(date, run),
        };
        s.rpe = rpe;
        s.note = note;
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
            RunField::Distance => match settings.units {
                crate::domain::Units::Metric => "e.g. 5.2km, 800m, 5".into(),
                crate::domain::Units::Imperial => "e.g. 3.1mi, 800m, 3".into(),
            },
            other => format!("e.g. {}", example(other, settings.units)),
        }
    }
}

/// An example value for a field, in the user's units.
fn example(f: RunField, u: Units) -> &'static str {
    let metric = u == Units::Metric;
    match f {
        RunField::Distance if metric => "5km",
        RunField::Distance => "3mi",
        RunField::Duration => "28:30, 45m, 1:02:05",
        RunField::Date => "2026-11-20, yesterday, sat, -2",
        RunField::Kind => "easy",
        RunField::Rpe => "4",
        RunField::Elevation if metric => "120m",
        RunField::Elevation => "400ft",
        RunField::Vest if metric => "5kg",
        RunField::Vest => "10lb",
        RunField::Hr => "150",
        RunField::Shoes => "Pegasus 41",
        RunField::Note => "felt good",
    }
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
