//! A new exercise from the Strength form's picker (`add «name»`): its name and how a set
//! counts for each group, in §3.1's tiers (primary 1, secondary 0.5, minor 0.25), with the
//! closest catalog names beside it. Checked as `legday exercises add` checks
//! (`Store::user_exercise`) and stored with the same `Store::add_exercise`.

use crate::domain::{Catalog, Exercise, Muscle, PerMuscle};
use crate::format;
use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::form::import::wrap;
use crate::tui::form::{Caret, Key, edit, message, pasted};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

/// A group's tiers in the order `→` walks them (`←` the other way).
const TIERS: [f64; 4] = [0.0, 1.0, 0.5, 0.25];

/// How many close catalog names are shown.
const CLOSE: usize = 3;

#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseForm {
    /// As typed (the picker's text at first).
    pub name: String,
    /// Each group's weight, in `Muscle::ALL` order.
    pub weights: PerMuscle,
    /// 0: the name; 1 to 7: a group (`Muscle::ALL[focus - 1]`).
    pub focus: usize,
    /// The closest catalog names with their weights, when the form opened.
    pub close: Vec<(String, PerMuscle)>,
    /// The refusal of the last `Enter`, naming its field.
    pub error: Option<String>,
    /// The cursor in the name.
    pub caret: Caret,
}

impl ExerciseForm {
    /// The form for `name`, with the focus on the first group.
    pub fn new(name: &str, catalog: &Catalog) -> ExerciseForm {
        let close = catalog
            .suggest(name, CLOSE)
            .into_iter()
            .map(|n| (n.to_string(), catalog.weights(n)))
            .collect();
        ExerciseForm {
            name: name.trim().to_string(),
            weights: PerMuscle::ZERO,
            focus: 1,
            close,
            error: None,
            caret: Caret::default(),
        }
    }

    /// The focused group, if a group row has focus.
    pub fn group(&self) -> Option<Muscle> {
        self.focus
            .checked_sub(1)
            .and_then(|i| Muscle::ALL.get(i).copied())
    }

    /// A key while the form is open; on `Enter`/`Ctrl-S`, the exercise to store (or the
    /// refusal, also kept in `error`). `Esc` is the app's: back to the picker, text kept.
    pub fn update(
        &mut self,
        action: &Action,
        catalog: &Catalog,
    ) -> Option<Result<Exercise, String>> {
        let rows = Muscle::ALL.len() + 1;
        // the name edits like any text field: at its cursor
        if self.focus == 0
            && let Some(k) = Key::of(action)
        {
            self.edit(k);
            return None;
        }
        match action {
            Action::Up | Action::PrevField => {
                self.focus = (self.focus + rows - 1) % rows;
                self.caret.reset();
            }
            Action::Down | Action::NextField => {
                self.focus = (self.focus + 1) % rows;
                self.caret.reset();
            }
            Action::Left => self.step(false),
            Action::Right => self.step(true),
            Action::Input(c) if self.focus > 0 => self.tier_key(*c),
            Action::Input(c) => self.edit(Key::Char(*c)),
            Action::Paste(t) if self.focus == 0 => pasted(t).for_each(|c| self.edit(Key::Char(c))),
            Action::Backspace => self.edit(Key::Backspace),
            Action::ClearField => self.edit(Key::Clear),
            Action::Submit | Action::Save => return Some(self.save(catalog)),
            _ => {}
        }
        None
    }

    fn edit(&mut self, key: Key) {
        if self.focus == 0 {
            edit(&mut self.name, &mut self.caret, 0, key);
            if key.changes_text() {
                self.error = None;
            }
        }
    }

    /// `←`/`→` (and `Space`) on a group: its next tier.
    fn step(&mut self, forward: bool) {
        if let Some(m) = self.group() {
            let i = TIERS
                .iter()
                .position(|&t| t == self.weights[m])
                .unwrap_or(0);
            let n = TIERS.len();
            self.weights[m] = TIERS[if forward {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            }];
            self.error = None;
        }
    }

    /// A letter on a group: `p` primary, `s` secondary, `m` minor, `n`, `-` or `0` none,
    /// `Space` the next tier.
    fn tier_key(&mut self, c: char) {
        let Some(m) = self.group() else { return };
        let w = match c.to_ascii_lowercase() {
            ' ' => return self.step(true),
            'p' | '1' => 1.0,
            's' => 0.5,
            'm' => 0.25,
            'n' | '-' | '0' => 0.0,
            _ => return,
        };
        self.weights[m] = w;
        self.error = None;
    }

    /// The exercise to store, or the first refusal naming its field (nothing is dropped).
    pub fn save(&mut self, catalog: &Catalog) -> Result<Exercise, String> {
        self.error = None;
        let out = self.check(catalog);
        out.map_err(|(focus, m)| {
            self.focus = focus;
            self.error = Some(m.clone());
            m
        })
    }

    fn check(&self, catalog: &Catalog) -> Result<Exercise, (usize, String)> {
        let e = Store::user_exercise("name", &self.name, self.weights)
            .map_err(|e| (0, format!("Name: {}", message(&e))))?;
        if let Some(known) = catalog.resolve(&e.name) {
            return Err((
                0,
                format!(
                    "Name: \"{}\" is already in the catalog as {}; Esc and pick it, or give \
                     another name",
                    e.name, known.name
                ),
            ));
        }
        if !self.weights.iter().any(|(_, v)| v >= 1.0) {
            return Err((
                1,
                "Groups: choose at least one primary group (p, or ←/→ on its row): a set \
                 counts 1 for it"
                    .into(),
            ));
        }
        Ok(e)
    }
}

/// A tier in words.
fn tier(w: f64) -> &'static str {
    match w {
        w if w >= 1.0 => "primary (1)",
        w if w >= 0.5 => "secondary (0.5)",
        w if w > 0.0 => "minor (0.25)",
        _ => "–",
    }
}

/// The width of the label column.
const LABEL: usize = 12;

pub fn render(th: &Theme, f: &ExerciseForm, area: Rect, buf: &mut Buffer) {
    let r = super::centered(area, 76, 20);
    Clear.render(r, buf);
    let b = Block::bordered().title(Span::styled(" New exercise ", th.title()));
    let inner = b.inner(r);
    b.render(r, buf);
    let width = inner.width as usize;
    let mut y = inner.y;
    let mut put = |y: &mut u16, line: Line| {
        if *y < inner.bottom() {
            buf.set_line(inner.x, *y, &line, inner.width);
        }
        *y += 1;
    };
    let intro = "How a set counts for each group: primary 1, secondary 0.5, minor 0.25.";
    put(&mut y, Line::styled(intro, th.dim()));
    for i in 0..=Muscle::ALL.len() {
        let focused = f.focus == i;
        let st = if focused { th.focus() } else { th.text() };
        let mark = if focused { "›" } else { " " };
        let (label, value, keys) = match i.checked_sub(1).map(|g| Muscle::ALL[g]) {
            None if focused => {
                let at = f.caret.at(0, &f.name);
                let (a, b): (String, String) = (
                    f.name.chars().take(at).collect(),
                    f.name.chars().skip(at).collect(),
                );
                ("Name", format!("{a}▏{b}"), "")
            }
            None => ("Name", f.name.clone(), ""),
            Some(m) => (m.label(), tier(f.weights[m]).to_string(), "  ←/→ p s m n"),
        };
        let mut spans = vec![Span::styled(format!("{mark} {label:<LABEL$} {value}"), st)];
        if focused {
            spans.push(Span::styled(keys, st));
        }
        put(&mut y, Line::from(spans));
    }
    y += 1;
    put(
        &mut y,
        Line::styled("Closest in the catalog (Esc, then pick one):", th.dim()),
    );
    for (name, w) in &f.close {
        let text = format!("  {name:<24} {}", format::muscle_weights(w));
        put(&mut y, Line::styled(text, th.text()));
    }
    y += 1;
    if let Some(e) = &f.error {
        for l in wrap(&format!("✗ {e}"), width.max(1)).iter().take(2) {
            if y + 1 < inner.bottom() {
                buf.set_stringn(inner.x, y, l, width, th.error());
            }
            y += 1;
        }
    }
    if inner.height > 12 {
        let hint = "Tab/↑↓ row · ←/→ tier · Enter add it · Esc back to the picker";
        buf.set_stringn(inner.x, inner.bottom() - 1, hint, width, th.dim());
    }
}
