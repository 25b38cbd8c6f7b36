//! The run form: distance and duration first, everything else with a visible default.

use super::{Answer, Caret, Key, cycle, edit, message, optional};
use crate::domain::{Run, RunKind, Session, Settings, Units};
use crate::format;
use crate::parse;
use crate::tui::action::Action;
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

    /// A field whose `←`/`→` pick the previous or next choice (kind, day, recent shoes) instead
    /// of moving the cursor; it still takes typed text.
    pub fn is_choice(self) -> bool {
        matches!(self, RunField::Kind | RunField::Date | RunField::Shoes)
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
    /// The text each field was opened with (all empty for a new run).
    pub original: [String; RunField::ALL.len()],
    /// The cursor in the focused field.
    pub caret: Caret,
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

    /// Whether the form holds input that would be lost: any text in a new run, any change to
    /// an edited one.
    pub fn is_dirty(&self) -> bool {
        match self.editing {
            Some(_) => self.values != self.original,
            None => self.values.iter().any(|v| !v.trim().is_empty()),
        }
    }

    pub fn next(&mut self) {
        self.focus = cycle(&RunField::ALL, self.focus, true);
        self.caret.reset();
    }

    pub fn prev(&mut self) {
        self.focus = cycle(&RunField::ALL, self.focus, false);
        self.caret.reset();
    }

    pub fn edit(&mut self, key: Key) {
        let i = self.focus as usize;
        edit(&mut self.values[i], &mut self.caret, i, key);
    }

    /// The characters before the cursor in field `f`.
    pub fn cursor(&self, f: RunField) -> usize {
        self.caret.at(f as usize, self.value(f))
    }

    /// A key while the form's fields have focus.
    /// `shoes`: the recent shoes, newest first, that `←`/`→` on the Shoes field walk through.
    pub fn update(&mut self, action: &Action, today: NaiveDate, shoes: &[String]) -> Answer {
        match action {
            Action::NextField | Action::Down => self.next(),
            Action::PrevField | Action::Up => self.prev(),
            // the choice fields pick with ←/→; the others move the cursor
            Action::Left | Action::Right if self.focus.is_choice() => {
                let fwd = matches!(action, Action::Right);
                match self.focus {
                    RunField::Kind => self.cycle_kind(fwd),
                    RunField::Date => self.shift_date(today, if fwd { 1 } else { -1 }),
                    _ => self.cycle_shoes(shoes, fwd),
                }
                self.caret.reset();
            }
            Action::Paste(t) => super::pasted(t).for_each(|c| self.edit(Key::Char(c))),
            Action::Submit | Action::Save => return Answer::Save,
            other => {
                if let Some(k) = Key::of(other) {
                    self.edit(k);
                }
            }
        }
        Answer::Handled
    }

    /// The kind typed so far, `easy` when empty or not (yet) a kind.
    pub fn kind(&self) -> RunKind {
        parse::kind("kind", self.value(RunField::Kind)).unwrap_or(RunKind::Easy)
    }

    /// `←`/`→` on the kind field: the previous or next kind.
    pub fn cycle_kind(&mut self, forward: bool) {
        let k = cycle(&RunKind::ALL, self.kind(), forward);
        self.values[RunField::Kind as usize] = k.key().to_string();
    }

    /// A new run whose Shoes field was left empty is run in the last pair used (`shoes`, newest
    /// first), as the field's placeholder says; `none` saves it without. An edit keeps its own.
    pub fn with_last_shoes(&self, s: &mut Session, shoes: &[String]) {
        if self.editing.is_some() || !self.value(RunField::Shoes).trim().is_empty() {
            return;
        }
        if let (crate::domain::Activity::Run(run), Some(last)) = (&mut s.activity, shoes.first()) {
            run.shoes = Some(last.clone());
        }
    }

    /// `←`/`→` on the shoes field: the next or previous of the recent shoes (from empty, the
    /// newest with `→`: on a new run, the default made visible).
    pub fn cycle_shoes(&mut self, shoes: &[String], forward: bool) {
        if shoes.is_empty() {
            return;
        }
        let cur = self.value(RunField::Shoes).trim();
        let n = shoes.len();
        let i = match shoes.iter().position(|s| s == cur) {
            Some(i) if forward => (i + 1) % n,
            Some(i) => (i + n - 1) % n,
            None if forward => 0,
            None => n - 1,
        };
        self.values[RunField::Shoes as usize] = shoes[i].clone();
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

    /// Whether an edit still shows field `f` as it was opened (its stored value is kept).
    fn kept(&self, f: RunField) -> bool {
        self.editing.is_some() && self.values[f as usize] == self.original[f as usize]
    }

    /// Parses every field (same parsers and messages as the CLI). Editing a stored run changes
    /// only the fields whose text changed.
    pub fn check(&self, today: NaiveDate, settings: &Settings) -> RunCheck {
        let mut c = RunCheck::default();
        let e = &mut c.errors;
        let (u, wu) = (settings.distance_unit, settings.weight_unit);
        let key = |f: RunField| f.key();
        let (old_s, old) = match &self.editing {
            Some(s) => (Some(s), s.run()),
            None => (None, None),
        };
        let dist = self.required(RunField::Distance, old.map(|r| r.distance_m), u, e, |t| {
            parse::distance(key(RunField::Distance), t, u)
        });
        let dur = self.required(RunField::Duration, old.map(|r| r.duration_s), u, e, |t| {
            parse::duration(key(RunField::Duration), t)
        });
        if let (Some(d), Some(t)) = (dist, dur)
            && let Err(x) = parse::check_run(d, t)
        {
            e[RunField::Duration as usize] = Some(message(&x));
        }
        let date = self
            .parsed(RunField::Date, old_s.map(|s| s.date), e, |t| {
                parse::date(key(RunField::Date), t, today)
            })
            .unwrap_or(today);
        let kind = self
            .parsed(RunField::Kind, old.map(|r| r.kind), e, |t| {
                parse::kind(key(RunField::Kind), t)
            })
            .unwrap_or(RunKind::Easy);
        let rpe = self.parsed(RunField::Rpe, old_s.and_then(|s| s.rpe), e, |t| {
            parse::rpe(key(RunField::Rpe), t)
        });
        let elevation = self.parsed(
            RunField::Elevation,
            old.and_then(|r| r.elevation_m),
            e,
            |t| parse::elevation(key(RunField::Elevation), t, u),
        );
        let vest = self.parsed(RunField::Vest, old.and_then(|r| r.vest_kg), e, |t| {
            let v = parse::weight(key(RunField::Vest), t, wu)?;
            parse::check_vest(key(RunField::Vest), v, settings.body_kg, wu)?;
            Ok(v)
        });
        let hr = self.parsed(RunField::Hr, old.and_then(|r| r.avg_hr), e, |t| {
            parse::heart_rate(key(RunField::Hr), t)
        });
        // `none`: without shoes (a new run otherwise takes the last pair, see `with_last_shoes`)
        let shoes = self
            .parsed(RunField::Shoes, old.and_then(|r| r.shoes.clone()), e, |t| {
                Ok(t.to_string())
            })
            .filter(|t| !t.eq_ignore_ascii_case(NO_SHOES));
        let note = self.parsed(RunField::Note, old_s.and_then(|s| s.note.clone()), e, |t| {
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
        let mut s = self.session(date, run);
        s.rpe = rpe;
        s.note = note;
        c.session = Some(s);
        c
    }

    /// An optional field through its parser: the stored `old` value when an edit left the field
    /// as shown, `None` when empty or wrong (the error goes into `errors`).
    fn parsed<T>(
        &self,
        f: RunField,
        old: Option<T>,
        errors: &mut Errors,
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

    /// Distance and duration: like `parsed`, and needed once a save was tried.
    fn required(
        &self,
        f: RunField,
        old: Option<f64>,
        u: Units,
        errors: &mut Errors,
        p: impl FnOnce(&str) -> crate::Result<f64>,
    ) -> Option<f64> {
        if self.value(f).trim().is_empty() && self.tried && !self.kept(f) {
            errors[f as usize] = Some(format!("needed, e.g. {}", example(f, u)));
            return None;
        }
        self.parsed(f, old, errors, p)
    }

    /// The average heart rate the form holds (typed, or kept from the stored run).
    fn heart_rate(&self) -> Option<f64> {
        let t = self.value(RunField::Hr);
        if t.trim().is_empty() {
            return None;
        }
        if self.kept(RunField::Hr) {
            return self.editing.as_ref()?.run()?.avg_hr;
        }
        parse::heart_rate(RunField::Hr.key(), t).ok()
    }

    /// The grey text shown in an empty field: its default or an example.
    pub fn placeholder(&self, f: RunField, today: NaiveDate, settings: &Settings) -> String {
        match f {
            RunField::Date => format!("today, {}", format::day(today)),
            RunField::Kind => "easy  (←/→ to change)".into(),
            RunField::Rpe => match self.heart_rate() {
                Some(hr) => hints::rpe_from_hr(hr, settings)
                    .unwrap_or_else(|| hints::rpe_default(self.kind(), settings)),
                None => hints::rpe_default(self.kind(), settings),
            },
            RunField::Distance => match settings.distance_unit {
                crate::domain::Units::Metric => "e.g. 5.2km, 800m, 5".into(),
                crate::domain::Units::Imperial => "e.g. 3.1mi, 0.5mi, 3".into(),
            },
            other => format!("e.g. {}", example(other, settings.distance_unit)),
        }
    }
}

/// What the Shoes field takes for a run without shoes.
pub const NO_SHOES: &str = "none";

mod hints;
mod stored;
#[cfg(test)]
mod tests;

use hints::example;
pub use hints::recent_shoes;
