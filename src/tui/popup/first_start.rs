//! The first start: on a new database (`Store::is_first_start`) the UI asks the few things the
//! numbers depend on (units, body weight, level, maximum heart rate, run and lift days) in one
//! small form. `Enter` saves them all in one transaction with `first_start = done`; `Esc` skips
//! (`first_start = done` alone), so it is asked once. The settings popup (`s`) holds the same.

use crate::domain::{Level, Settings, Units};
use crate::format;
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::form::import::wrap;
use crate::tui::form::{Caret, Key, cycle, edit, message, pasted};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

/// The rows, in focus order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstField {
    Units,
    Body,
    Level,
    HrMax,
    RunDays,
    LiftDays,
}

impl FirstField {
    pub const ALL: [FirstField; 6] = [
        FirstField::Units,
        FirstField::Body,
        FirstField::Level,
        FirstField::HrMax,
        FirstField::RunDays,
        FirstField::LiftDays,
    ];

    pub fn label(self) -> &'static str {
        match self {
            FirstField::Units => "Units",
            FirstField::Body => "Body weight",
            FirstField::Level => "Level",
            FirstField::HrMax => "Max heart rate",
            FirstField::RunDays => "Run days",
            FirstField::LiftDays => "Lift days",
        }
    }

    /// A field that takes typed text (the others are choices: `←`/`→`, `Space`, or the
    /// choice's first letter).
    pub fn is_text(self) -> bool {
        !matches!(self, FirstField::Units | FirstField::Level)
    }

    /// What the focused row is for, under the rows.
    fn hint(self, u: Units) -> String {
        match self {
            FirstField::Units => "km and kg, or miles and pounds (m / i)".into(),
            FirstField::Body => format!(
                "in {} (or with its unit: 72kg, 160lb); for a vest's load and energy",
                format::weight_unit(u)
            ),
            FirstField::Level => {
                "beginner: closer limits on hard days and weekly distance jumps (b / i / e)".into()
            }
            FirstField::HrMax => {
                "120-230 bpm; empty: the highest your runs' heart rate shows".into()
            }
            FirstField::RunDays => "runs a week the coach plans, 0-7, or auto (your habits)".into(),
            FirstField::LiftDays => "strength sessions a week, 0-6, or auto (your habits)".into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct FirstStartForm {
    pub units: Units,
    /// As typed, in `units`' weight unit.
    pub body: String,
    pub level: Level,
    /// As typed; empty: unset.
    pub hr_max: String,
    /// As typed: a number or `auto`.
    pub run_days: String,
    pub lift_days: String,
    pub focus: FirstField,
    /// The refusal of the last `Enter`, naming its field.
    pub error: Option<String>,
    /// `Esc` was pressed: only `first_start = done` is being saved.
    pub skipped: bool,
    /// The cursor in the focused text field.
    pub caret: Caret,
}

impl FirstStartForm {
    /// The form holding `s` (the defaults, on a new database).
    pub fn new(s: &Settings) -> FirstStartForm {
        let days = |d: Option<u8>| d.map_or_else(|| "auto".into(), |n| n.to_string());
        FirstStartForm {
            units: s.weight_unit,
            body: format::weight_number(s.body_kg, s.weight_unit),
            level: s.level,
            hr_max: s.hr_max.map(|h| h.to_string()).unwrap_or_default(),
            run_days: days(s.run_days),
            lift_days: days(s.lift_days),
            focus: FirstField::Units,
            error: None,
            skipped: false,
            caret: Caret::default(),
        }
    }

    /// A key while the form is open; on `Enter`/`Ctrl-S`, the settings to save (or the refusal,
    /// also kept in `error`, with the focus on its field). `Esc` is the app's: it skips.
    pub fn update(&mut self, action: &Action) -> Option<Result<Vec<(String, String)>, String>> {
        // a skip that failed (a read-only file) is over once the form is used again
        self.skipped = false;
        // a text field edits like any other: at its cursor
        if self.focus.is_text()
            && let Some(k) = Key::of(action)
        {
            self.edit(k);
            return None;
        }
        match action {
            Action::Up | Action::PrevField => {
                self.focus = cycle(&FirstField::ALL, self.focus, false);
                self.caret.reset();
            }
            Action::Down | Action::NextField => {
                self.focus = cycle(&FirstField::ALL, self.focus, true);
                self.caret.reset();
            }
            Action::Left => self.choose(false),
            Action::Right => self.choose(true),
            Action::Input(c) if !self.focus.is_text() => self.pick(*c),
            Action::Input(c) => self.edit(Key::Char(*c)),
            Action::Paste(t) => pasted(t).for_each(|c| self.edit(Key::Char(c))),
            Action::Backspace => self.edit(Key::Backspace),
            Action::ClearField => self.edit(Key::Clear),
            Action::Submit | Action::Save => return Some(self.save()),
            _ => {}
        }
        None
    }

    fn edit(&mut self, key: Key) {
        let value = match self.focus {
            FirstField::Body => &mut self.body,
            FirstField::HrMax => &mut self.hr_max,
            FirstField::RunDays => &mut self.run_days,
            FirstField::LiftDays => &mut self.lift_days,
            FirstField::Units | FirstField::Level => return,
        };
        edit(value, &mut self.caret, self.focus as usize, key);
        if key.changes_text() {
            self.error = None;
        }
    }

    /// `←`/`→` on a choice.
    fn choose(&mut self, forward: bool) {
        match self.focus {
            FirstField::Units => {
                let other = match self.units {
                    Units::Metric => Units::Imperial,
                    Units::Imperial => Units::Metric,
                };
                self.set_units(other);
            }
            FirstField::Level => self.level = cycle(&Level::ALL, self.level, forward),
            _ => {}
        }
    }

    /// A letter on a choice: `Space` moves on, else the choice starting with it.
    fn pick(&mut self, c: char) {
        let c = c.to_ascii_lowercase();
        match (self.focus, c) {
            (_, ' ') => self.choose(true),
            (FirstField::Units, 'm') => self.set_units(Units::Metric),
            (FirstField::Units, 'i') => self.set_units(Units::Imperial),
            (FirstField::Level, _) => {
                if let Some(l) = Level::ALL.into_iter().find(|l| l.key().starts_with(c)) {
                    self.level = l;
                }
            }
            _ => {}
        }
    }

    /// The body weight follows the unit, so it keeps meaning the same mass.
    fn set_units(&mut self, u: Units) {
        if u == self.units {
            return;
        }
        if let Ok(kg) = crate::parse::weight("body weight", &self.body, self.units) {
            self.body = format::weight_number(kg, u);
        }
        self.units = u;
        self.error = None;
    }

    /// Every answer as `(key, value)` for `Store::set_settings`, with `first_start = done`, or
    /// the first refusal naming its field (nothing typed is dropped).
    pub fn save(&mut self) -> Result<Vec<(String, String)>, String> {
        self.error = None;
        self.pairs().map_err(|(f, m)| {
            let m = format!("{}: {m}", f.label());
            self.focus = f;
            self.error = Some(m.clone());
            m
        })
    }

    fn pairs(&self) -> Result<Vec<(String, String)>, (FirstField, String)> {
        let kg = Store::body_weight("body weight", &self.body, self.units)
            .map_err(|e| (FirstField::Body, message(&e)))?;
        let hr = match self.hr_max.trim() {
            "" => "unset".to_string(),
            t => t.to_string(),
        };
        let mut out = vec![
            ("units".to_string(), self.units.key().to_string()),
            ("body_kg".into(), format!("{kg:.2}")),
            ("level".into(), self.level.key().into()),
            ("hr_max".into(), hr),
            ("run_days".into(), self.run_days.trim().to_string()),
            ("lift_days".into(), self.lift_days.trim().to_string()),
        ];
        // each checked as the store will, so a refusal names the row before anything is sent
        let mut check = Settings::default();
        for (f, (k, v)) in [FirstField::HrMax, FirstField::RunDays, FirstField::LiftDays]
            .into_iter()
            .zip(&out[3..])
        {
            Store::check_setting(&mut check, k, v).map_err(|e| (f, message(&e)))?;
        }
        out.push(("first_start".into(), "done".into()));
        Ok(out)
    }

    /// What row `f` shows.
    pub fn value(&self, f: FirstField) -> String {
        match f {
            FirstField::Units => match self.units {
                Units::Metric => "metric (km, kg)".into(),
                Units::Imperial => "imperial (mi, lb)".into(),
            },
            FirstField::Body => format!("{} {}", self.body, format::weight_unit(self.units)),
            FirstField::Level => self.level.key().into(),
            FirstField::HrMax => self.hr_max.clone(),
            FirstField::RunDays => self.run_days.clone(),
            FirstField::LiftDays => self.lift_days.clone(),
        }
    }
}

/// The width of the label column.
const LABEL: usize = 14;

/// A text field's value with the cursor drawn where it is (`▏`).
fn at_cursor(f: &FirstStartForm, fld: FirstField) -> String {
    let v = f.value(fld);
    let at = f.caret.at(fld as usize, &v);
    let (a, b): (String, String) = (v.chars().take(at).collect(), v.chars().skip(at).collect());
    format!("{a}▏{b}")
}

pub fn render(th: &Theme, f: &FirstStartForm, area: Rect, buf: &mut Buffer) {
    let r = super::centered(area, 76, 15);
    Clear.render(r, buf);
    let title = " Welcome to legday: a few questions first ";
    let b = Block::bordered().title(Span::styled(title, th.title()));
    let inner = b.inner(r);
    b.render(r, buf);
    let width = inner.width as usize;
    let mut lines: Vec<(String, ratatui::style::Style)> = vec![(
        "The numbers depend on these. s (settings) changes them later.".into(),
        th.dim(),
    )];
    lines.push((String::new(), th.text()));
    let mut y = inner.y;
    for (text, st) in lines.drain(..) {
        if y < inner.bottom() {
            buf.set_stringn(inner.x, y, text, width, st);
        }
        y += 1;
    }
    for &fld in &FirstField::ALL {
        if y >= inner.bottom() {
            break;
        }
        let focused = f.focus == fld;
        let st = if focused { th.focus() } else { th.text() };
        let mark = if focused { "›" } else { " " };
        let value = match fld {
            // the cursor after the number, before its unit
            FirstField::Body if focused => {
                format!("{} {}", at_cursor(f, fld), format::weight_unit(f.units))
            }
            _ if focused && fld.is_text() => at_cursor(f, fld),
            _ => f.value(fld),
        };
        let mut spans = vec![Span::styled(
            format!("{mark} {:<LABEL$} {value}", fld.label()),
            st,
        )];
        if focused && !fld.is_text() {
            spans.push(Span::styled("  ←/→", st));
        }
        if fld == FirstField::HrMax && f.hr_max.is_empty() {
            spans.push(Span::styled("optional", th.dim()));
        }
        buf.set_line(inner.x, y, &Line::from(spans), inner.width);
        y += 1;
    }
    y += 1;
    let below = match &f.error {
        Some(e) => (format!("✗ {e}"), th.error()),
        None => (f.focus.hint(f.units), th.dim()),
    };
    for l in wrap(&below.0, width.max(1)).iter().take(3) {
        if y + 1 < inner.bottom() {
            buf.set_stringn(inner.x, y, l, width, below.1);
        }
        y += 1;
    }
    if inner.height > 10 {
        let hint = "Tab/↑↓ field · ←/→ choose · Enter save · Esc skip (not asked again)";
        buf.set_stringn(inner.x, inner.bottom() - 1, hint, width, th.dim());
    }
}
