//! Drawing the workout screen: the exercises and their rows of sets on the left, the rest
//! timer in big digits and the plate line on the right; the chooser, picker and questions as
//! popups.

use super::digits::{self, HEIGHT};
use super::{Stage, WorkoutScreen};
use crate::domain::Units;
use crate::domain::plates::{is_barbell, plate_line};
use crate::domain::workout::{Numbers, Workout};
use crate::format;
use crate::tui::data::Data;
use crate::tui::form::strength::sets_text;
use crate::tui::popup::centered;
use crate::tui::widgets::form::BAR;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

/// Width of the rest and plates panel.
const PANEL: u16 = 32;

/// `5 × 100 kg r2`, `12` without a weight.
fn set_text(n: &Numbers, u: Units) -> String {
    let mut t = n.reps.to_string();
    if let Some(w) = n.weight_kg {
        t = format!("{t} × {}", format::weight_with_unit(w, u));
    }
    if let Some(r) = n.rir {
        t.push_str(&format!(" r{r}"));
    }
    t
}

/// `HH:MM`.
fn hm(t: chrono::NaiveDateTime) -> String {
    t.format("%H:%M").to_string()
}

impl WorkoutScreen {
    /// Draws the screen into `area` (the body between the tab bar and the footer).
    pub fn draw(&self, data: &Data, area: Rect, buf: &mut Buffer) {
        if let Some(w) = self.workout.as_ref().filter(|_| !self.over_tabs()) {
            self.live(data, w, area, buf);
        }
        match &self.stage {
            Stage::Choose => self.chooser(data, area, buf),
            Stage::Templates(i) => self.templates(data, *i, area, buf),
            Stage::Resume => self.resume_question(area, buf),
            Stage::Picker(q, i) => self.picker(data, q, *i, area, buf),
            Stage::Rpe(t) => {
                let d = data.settings.default_rpe.strength;
                let text = if t.is_empty() {
                    format!("Session RPE: ▏{d} (default; Enter keeps it, or type 1-10)")
                } else {
                    format!(
                        "Session RPE: {}",
                        cursor_in(t, self.caret.at(super::RPE, t))
                    )
                };
                self.question(
                    " Finish the workout ",
                    &[text, "Enter saves · Esc back".into()],
                    area,
                    buf,
                )
            }
            Stage::ConfirmDiscard => self.question(
                " Discard the workout? ",
                &[
                    "Every ticked set is dropped.".into(),
                    "y discards · n keeps lifting".into(),
                ],
                area,
                buf,
            ),
            Stage::Help => {
                let lines: Vec<String> = super::help()
                    .into_iter()
                    .map(|(k, w)| format!("{k:<18} {w}"))
                    .collect();
                self.question(" Live workout keys · Esc closes ", &lines, area, buf)
            }
            Stage::Live => {}
        }
    }

    fn live(&self, data: &Data, w: &Workout, area: Rect, buf: &mut Buffer) {
        let th = &self.theme;
        let title = match w.started {
            Some(s) => format!(
                " Live workout · started {} · {} ",
                hm(s),
                digits::clock((self.now - s).num_seconds())
            ),
            None => " Live workout · the first tick starts the clock ".into(),
        };
        let block = Block::bordered().title(Span::styled(title, th.title()));
        let inner = block.inner(area);
        block.render(area, buf);
        let wide = inner.width >= 70;
        // narrow: the panel takes the last four rows under the list
        let list = if wide {
            Rect {
                width: inner.width - PANEL - 1,
                ..inner
            }
        } else {
            Rect {
                height: inner.height.saturating_sub(4),
                ..inner
            }
        };
        self.rows(data, w, list, buf);
        let panel = if wide {
            Rect {
                x: inner.right() - PANEL,
                width: PANEL,
                ..inner
            }
        } else {
            Rect {
                y: inner.bottom().saturating_sub(4),
                height: 4.min(inner.height),
                ..inner
            }
        };
        self.panel(data, w, panel, buf, wide);
    }

    fn rows(&self, data: &Data, w: &Workout, area: Rect, buf: &mut Buffer) {
        let th = &self.theme;
        let u = data.settings.weight_unit;
        let mut lines: Vec<(String, Style)> = Vec::new();
        let mut focus_line = 0;
        for (e, x) in w.exercises.iter().enumerate() {
            lines.push((
                format!("{} · rest {}", x.name, digits::clock(i64::from(x.rest_s))),
                th.lift(),
            ));
            let mut n = 0;
            for (s, r) in x.sets.iter().enumerate() {
                let here = self.focus.exercise == e && self.focus.set == s;
                let label = if r.warmup {
                    "W".to_string()
                } else {
                    n += 1;
                    n.to_string()
                };
                let mark = match (r.done.is_some(), r.skipped) {
                    (true, _) => "[x]",
                    (_, true) => "[-]",
                    _ => "[ ]",
                };
                let prev = r
                    .previous
                    .map(|p| set_text(&p, u))
                    .unwrap_or_else(|| "-".into());
                let mut t = format!(
                    "{}{mark} {label:>2}  {:<16} {:<16}",
                    if here { "> " } else { "  " },
                    set_text(&r.plan, u),
                    prev
                );
                if let Some(d) = r.done.filter(|d| *d != r.plan) {
                    t.push_str(&format!(" did {}", set_text(&d, u)));
                }
                if r.skipped {
                    t.push_str(" skipped");
                }
                if here {
                    focus_line = lines.len();
                }
                let st = match (here, r.done.is_some() || r.skipped) {
                    (true, _) => th.selected(),
                    (false, true) => th.dim(),
                    _ => th.text(),
                };
                lines.push((t, st));
            }
        }
        if lines.is_empty() {
            lines.push(("No exercises yet: a adds one.".into(), th.dim()));
        }
        let header = format!("{:10}{:<16} {:<16}", "", "to lift", "last time");
        buf.set_stringn(area.x, area.y, header, area.width as usize, th.dim());
        let room = area.height.saturating_sub(1) as usize;
        let top = focus_line.saturating_sub(room.saturating_sub(2));
        for (i, (t, st)) in lines.iter().skip(top).take(room).enumerate() {
            buf.set_stringn(area.x, area.y + 1 + i as u16, t, area.width as usize, *st);
        }
    }

    fn panel(&self, data: &Data, w: &Workout, area: Rect, buf: &mut Buffer, wide: bool) {
        let th = &self.theme;
        let width = area.width as usize;
        let mut y = area.y;
        let left = w.rest.map(|t| (t.left(self.now), t.seconds));
        let clock = left.map_or_else(|| "-:--".to_string(), |(l, _)| digits::clock(l));
        let over = left.is_some_and(|(l, _)| l <= 0);
        let label = match left {
            Some((_, of)) if over => format!("Rest over ({}) · go", digits::clock(i64::from(of))),
            Some((_, of)) => format!(
                "Rest {clock} of {} · [ ] ±15 s",
                digits::clock(i64::from(of))
            ),
            None => "Rest: a tick starts it".into(),
        };
        buf.set_stringn(area.x, y, label, width, th.title());
        y += 1;
        if wide && area.height > HEIGHT + 8 {
            let st = if over { th.ok() } else { th.rest() };
            for row in digits::big(&clock) {
                buf.set_stringn(area.x + 1, y, row, width, st);
                y += 1;
            }
            y += 1;
        }
        let focused = w.exercises.get(self.focus.exercise);
        let row = w.row(self.focus);
        if let (Some(x), Some(r)) = (focused, row) {
            // the weight being typed, else the set's
            let base = r.done.unwrap_or(r.plan);
            let weight = super::typed::apply(&self.typed, base, data.settings.weight_unit)
                .unwrap_or(base)
                .weight_kg;
            if let (true, Some(kg)) = (is_barbell(&x.name), weight) {
                let text = format!("Plates: {}", plate_line(kg, &data.settings));
                let h = if wide { 3 } else { 1 };
                let r = Rect::new(
                    area.x,
                    y,
                    area.width,
                    h.min(area.bottom().saturating_sub(y)),
                );
                Paragraph::new(text)
                    .wrap(Wrap { trim: true })
                    .style(th.text())
                    .render(r, buf);
                y += h;
            }
        }
        if y >= area.bottom() {
            return;
        }
        let typed = if self.typed.is_empty() {
            "type 8 @105 r2 to change a set".to_string()
        } else {
            let at = self.caret.at(super::TYPED, &self.typed);
            format!("set: {} Enter ticks", cursor_in(&self.typed, at))
        };
        let st = if self.typed.is_empty() {
            th.dim()
        } else {
            th.focus()
        };
        buf.set_stringn(area.x, y, typed, width, st);
        if let Some(e) = &self.error {
            let r = Rect::new(
                area.x,
                y + 1,
                area.width,
                area.bottom().saturating_sub(y + 1),
            );
            Paragraph::new(format!("✗ {e}"))
                .wrap(Wrap { trim: true })
                .style(th.error())
                .render(r, buf);
        }
    }

    /// A small box of lines in the middle of `area`.
    fn question(&self, title: &str, lines: &[String], area: Rect, buf: &mut Buffer) {
        let th = &self.theme;
        let mut lines = lines.to_vec();
        if let Some(e) = &self.error {
            lines.push(format!("✗ {e}"));
        }
        let w = lines.iter().map(|l| l.chars().count()).max().unwrap_or(20) as u16 + 4;
        let r = centered(
            area,
            w.max(title.chars().count() as u16 + 4),
            lines.len() as u16 + 2,
        );
        Clear.render(r, buf);
        Paragraph::new(lines.join("\n"))
            .wrap(Wrap { trim: false })
            .style(th.focus())
            .block(Block::bordered().title(Span::styled(title.to_string(), th.title())))
            .render(r, buf);
    }

    fn chooser(&self, data: &Data, area: Rect, buf: &mut Buffer) {
        let suggested = data.today.as_ref().and_then(|t| {
            let e = match t.suggestion {
                crate::domain::today::Suggestion::Strength => &t.exercises,
                _ => &t.also.as_ref()?.exercises,
            };
            (!e.is_empty()).then(|| {
                let sets: u32 = e.iter().map(|p| p.sets).sum();
                format!("{} exercises, {sets} sets", e.len())
            })
        });
        let lines = [
            format!(
                "Enter  today's suggestion ({})",
                suggested.unwrap_or_else(|| "not a lift today".into())
            ),
            "l      the last strength session".into(),
            "t      a template".into(),
            "e      empty: add exercises as you go".into(),
            "Esc    close".into(),
        ];
        self.question(" Start a workout ", &lines, area, buf);
    }

    fn templates(&self, data: &Data, i: usize, area: Rect, buf: &mut Buffer) {
        let u = data.settings.weight_unit;
        let mut lines: Vec<String> = data
            .templates
            .iter()
            .enumerate()
            .map(|(k, t)| {
                let mark = if k == i { ">" } else { " " };
                let text = format!("{mark} {:<16} {}", t.name, sets_text(&t.sets, u));
                text.chars().take(70).collect()
            })
            .collect();
        lines.push("↑/↓ pick · Enter start · Esc back".into());
        self.question(" Start from a template ", &lines, area, buf);
    }

    fn resume_question(&self, area: Rect, buf: &mut Buffer) {
        let Some(w) = &self.workout else { return };
        let done = w.done_sets().len();
        let lines = if w.is_stale(self.now) {
            vec![
                format!(
                    "A workout started {} was left open ({done} sets ticked).",
                    w.began().format("%a %-d %b %H:%M")
                ),
                "s saves it (the ticked sets) · d drops it".into(),
            ]
        } else {
            vec![
                format!(
                    "Resume the workout started {}? ({done} sets ticked)",
                    hm(w.began())
                ),
                "Enter resumes · d drops it".into(),
            ]
        };
        self.question(" Workout in progress ", &lines, area, buf);
    }

    fn picker(&self, data: &Data, q: &str, i: usize, area: Rect, buf: &mut Buffer) {
        let at = self.caret.at(super::QUERY, q);
        let mut lines = vec![format!("Exercise: {}", cursor_in(q, at))];
        let m = WorkoutScreen::matches(data, q);
        if m.is_empty() {
            lines.push("type a few letters: squat, calf, tib...".into());
        }
        for (k, name) in m.iter().enumerate() {
            lines.push(format!("{} {name}", if k == i { ">" } else { " " }));
        }
        lines.push("↑/↓ pick · Enter add · Esc back".into());
        self.question(" Add an exercise ", &lines, area, buf);
    }
}

/// `text` with the cursor drawn as a bar before character `at` (these lines are drawn as text in
/// a box, so the bar goes between the characters rather than on a reversed cell).
fn cursor_in(text: &str, at: usize) -> String {
    let mut out: String = text.chars().take(at).collect();
    out.push_str(BAR);
    out.extend(text.chars().skip(at));
    out
}
