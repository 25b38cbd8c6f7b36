//! Strength tab: session fields, the catalog picker, the rows of sets, a live preview of
//! effective sets per group.

use super::Spec;
use super::forms::{FORM_HINT, FORM_KEYS, cleared, outside_fields, refuse, store};
use super::run::volume_rows;
use crate::domain::Session;
use crate::format;
use crate::tui::action::Action;
use crate::tui::ctx::Ctx;
use crate::tui::data::Data;
use crate::tui::effect::Effect;
use crate::tui::form::Answer;
use crate::tui::form::strength::{PickRow, StrengthField, StrengthForm};
use crate::tui::popup::Popup;
use crate::tui::popup::exercise::ExerciseForm;
use crate::tui::text;
use crate::tui::theme::Theme;
use crate::tui::widgets::form::{self, FieldView};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

pub const SPEC: Spec = Spec {
    title: "Strength",
    form: true,
    hint: FORM_HINT,
    typing_hint: "↑↓ pick  Enter add  Ctrl-R repeat  Ctrl-T templates  Ctrl-S save  Alt-1..5 tabs",
    keys: FORM_KEYS,
    // its keys are in the Run tab's section, "Run and Strength forms"
    section: None,
    more_help: &[],
};

pub fn update(f: &mut StrengthForm, cx: &Ctx, action: Action) -> Vec<Effect> {
    if matches!(action, Action::ClearForm) {
        *f = match f.editing.take() {
            Some(s) => StrengthForm::from_session(&s, &cx.data.settings),
            None => StrengthForm::default(),
        };
        return cleared(f.editing.is_some());
    }
    let save = match outside_fields(cx, &action) {
        Some((save, fx)) if !save => return fx,
        Some(_) => true,
        None => {
            let d = cx.data;
            match f.update(&action, &d.catalog, &d.settings, &d.sessions) {
                Answer::Save => true,
                Answer::NewExercise => {
                    let name = f.value(StrengthField::Exercise);
                    let form = ExerciseForm::new(name, &d.catalog);
                    return vec![Effect::Open(Box::new(Popup::NewExercise(form)))];
                }
                Answer::Handled => false,
            }
        }
    };
    if save {
        save_strength(f, cx)
    } else {
        Vec::new()
    }
}

/// History `e` on a strength session: the session in this form (only its changed fields are
/// saved).
pub fn open_edit(f: &mut StrengthForm, s: &Session, settings: &crate::domain::Settings) {
    *f = StrengthForm::from_session(s, settings);
}

/// Saves the strength form, or marks its errors.
pub fn save_strength(f: &mut StrengthForm, cx: &Ctx) -> Vec<Effect> {
    match f.check(cx.today) {
        Ok(s) => match implausible(f, cx) {
            Some(msg) => {
                // the whole reason under the fields (the status line cuts it at 80 columns)
                f.confirm = Some(f.sets.clone());
                f.focus = StrengthField::Rows;
                f.errors[StrengthField::Rows as usize] = Some(msg);
                refuse(Some(text::LIFT_TYPO.into()))
            }
            None => store(s),
        },
        Err(errors) => {
            let first = errors.iter().position(Option::is_some);
            if let Some(i) = first {
                f.focus = refused_focus(f, StrengthField::ALL[i]);
            }
            let msg = first.and_then(|i| errors[i].clone());
            f.errors = *errors;
            refuse(msg)
        }
    }
}

/// Why the form's sets look like a typo (one far beyond the exercise's best, or beyond any lift
/// on record), unless this same save was already refused for it: the second save stores them.
fn implausible(f: &StrengthForm, cx: &Ctx) -> Option<String> {
    if f.confirm.as_ref() == Some(&f.sets) {
        return None;
    }
    let d = cx.data;
    // read once the tab shows (`Effect::LoadE1rmBests`); until then, the bounds without history
    let none = std::collections::HashMap::new();
    crate::parse::check_lifts(
        "sets",
        &f.sets,
        d.e1rm_bests.get().unwrap_or(&none),
        d.settings.weight_unit,
        "Ctrl-S again to save it as typed",
    )
    .err()
    .map(|e| crate::tui::form::message(&e))
}

/// Where a refused save puts the focus: on the field with the first error, except that "no sets
/// yet" (an error of the empty rows, where typing does nothing) names the fields that add sets:
/// the exercise, or its sets once one is chosen.
fn refused_focus(f: &StrengthForm, first: StrengthField) -> StrengthField {
    if first != StrengthField::Rows || !f.sets.is_empty() {
        return first;
    }
    if f.value(StrengthField::Exercise).trim().is_empty() {
        StrengthField::Exercise
    } else {
        StrengthField::Sets
    }
}

pub fn render(f: &StrengthForm, cx: &Ctx, area: Rect, buf: &mut Buffer) {
    let (th, data) = (cx.theme, cx.data);
    let title = match &f.editing {
        Some(s) => format!(" Edit strength session #{} ", s.id),
        None => " Log a strength session ".to_string(),
    };
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(area);
    let b = Block::bordered().title(Span::styled(title, th.title()));
    let inner = b.inner(left);
    b.render(left, buf);
    let help = Rect {
        height: 2.min(inner.height),
        ..inner
    };
    Paragraph::new(text::strength_help(format::weight_unit(
        data.settings.weight_unit,
    )))
    .style(th.dim())
    .wrap(Wrap { trim: true })
    .render(help, buf);
    let fields: Vec<FieldView> = StrengthField::ALL[..6]
        .iter()
        .enumerate()
        .map(|(i, &fld)| FieldView {
            label: fld.label(),
            value: &f.values[i],
            placeholder: f.placeholder(fld, cx.today, &data.settings),
            error: f.errors[i].as_deref(),
            focused: f.focus == fld,
            cursor: f.cursor(fld),
        })
        .collect();
    let rows = Rect {
        y: inner.y + 3,
        height: inner.height.saturating_sub(3).min(6),
        ..inner
    };
    form::render(&fields, cx.typing, th, rows, buf);
    let below = Rect {
        y: rows.bottom() + 1,
        height: inner.bottom().saturating_sub(rows.bottom() + 1),
        ..inner
    };
    let below = notice(f, th, data.settings.weight_unit, below, buf);
    if f.focused() == StrengthField::Exercise && !f.pick_rows(&data.catalog).is_empty() {
        picker(f, th, data, below, buf);
    } else {
        set_rows(th, f, data, below, buf);
    }
    let preview = f.check(cx.today).ok();
    preview_panel(th, data, f, preview.as_ref(), right, buf);
}

/// The focused field's error (a "did you mean" among it), or the last sets `Enter` adds, in
/// full and wrapped above the rows: beside the field they are cut at 80 columns. The area left
/// below it.
fn notice(
    f: &StrengthForm,
    th: &Theme,
    u: crate::domain::Units,
    area: Rect,
    buf: &mut Buffer,
) -> Rect {
    let focus = f.focused();
    let (msg, st) = match (&f.errors[focus as usize], &f.offer) {
        (Some(e), _) => (format!("✗ {e}"), th.error()),
        (None, Some(o)) if focus == StrengthField::Sets && f.value(focus).is_empty() => {
            (format!("Enter adds the {}", o.label(u)), th.dim())
        }
        _ => return area,
    };
    let h = wrapped_lines(&msg, area.width.saturating_sub(2) as usize).min(5);
    let p = Paragraph::new(msg).style(st).wrap(Wrap { trim: true });
    if area.height < h + 3 {
        return area;
    }
    p.render(
        Rect {
            x: area.x + 2,
            width: area.width.saturating_sub(2),
            height: h,
            ..area
        },
        buf,
    );
    Rect {
        y: area.y + h + 1,
        height: area.height - h - 1,
        ..area
    }
}

/// The lines `text` takes wrapped at word boundaries in `width` columns (as `Wrap` does).
fn wrapped_lines(text: &str, width: usize) -> u16 {
    if width == 0 {
        return 0;
    }
    let (mut lines, mut used) = (1u16, 0usize);
    for word in text.split_whitespace() {
        let w = word.chars().count();
        let need = if used == 0 { w } else { used + 1 + w };
        if need <= width {
            used = need;
        } else {
            lines += 1;
            used = w.min(width);
            lines += (w.saturating_sub(1) / width) as u16;
        }
    }
    lines
}

/// The picker: matching names, `add «name»` for a name the catalog does not know, and the
/// closest names when nothing matches.
fn picker(f: &StrengthForm, th: &Theme, data: &Data, area: Rect, buf: &mut Buffer) {
    let groups = |name: &str| -> String {
        let g: Vec<&str> = data
            .catalog
            .resolve(name)
            .map(|e| e.primary().map(|m| m.label()).collect())
            .unwrap_or_default();
        g.join(", ")
    };
    let mut first_close = true;
    for (i, row) in f.pick_rows(&data.catalog).iter().enumerate() {
        let y = area.y + i as u16;
        if y >= area.bottom() {
            break;
        }
        let st = if i == f.pick {
            th.selected()
        } else {
            th.text()
        };
        let line = match row {
            PickRow::Match(name) => format!("  {name:<24} {}", groups(name)),
            PickRow::Add(q) => format!("  + add «{q}»: a new exercise, its groups next"),
            PickRow::Close(name) => {
                let ask = if first_close { "  (did you mean?)" } else { "" };
                first_close = false;
                format!("  {name:<24} {}{ask}", groups(name))
            }
        };
        buf.set_stringn(area.x, y, line, area.width as usize, st);
    }
}

fn set_rows(th: &Theme, f: &StrengthForm, data: &Data, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let focused = f.focused() == StrengthField::Rows;
    let head_st = if focused { th.focus() } else { th.dim() };
    let u = data.settings.weight_unit;
    // the names whole (at least 22 columns, as many as the numbers leave), cut with "…" past it
    let longest = f.sets.iter().map(|e| e.exercise.chars().count()).max();
    let room = (area.width as usize).saturating_sub(2 + 24);
    let nw = longest.unwrap_or(0).clamp(22, room.max(22));
    let head = format!(
        "  {:<nw$} {:>4} {:>4} {:>8} {:>4}",
        "exercise",
        "sets",
        "reps",
        format::weight_unit(u),
        "RIR"
    );
    buf.set_stringn(area.x, area.y, head, area.width as usize, head_st);
    let groups = f.groups();
    if groups.is_empty() {
        let msg = f.errors[StrengthField::Rows as usize]
            .as_deref()
            .unwrap_or("no sets yet");
        let st = if f.errors[6].is_some() {
            th.error()
        } else {
            th.dim()
        };
        buf.set_stringn(area.x + 2, area.y + 1, msg, area.width as usize - 2, st);
        return;
    }
    for (i, g) in groups.iter().enumerate() {
        let y = area.y + 1 + i as u16;
        if y >= area.bottom() {
            break;
        }
        let e = &g.entry;
        let weight = e
            .weight_kg
            .map(|kg| format::weight_number(kg, u))
            .unwrap_or_else(|| "-".into());
        let rir = e.rir.map(|r| r.to_string()).unwrap_or_else(|| "-".into());
        let warm = if e.warmup { " warm-up" } else { "" };
        let line = format!(
            "  {:<nw$} {:>4} {:>4} {:>8} {:>4}{warm}",
            format::cut_with_ellipsis(&e.exercise, nw),
            g.count,
            e.reps,
            weight,
            rir
        );
        let st = if focused && i == f.row {
            th.selected()
        } else {
            th.text()
        };
        buf.set_stringn(area.x, y, line, area.width as usize, st);
    }
}

fn preview_panel(
    th: &Theme,
    data: &Data,
    f: &StrengthForm,
    s: Option<&Session>,
    area: Rect,
    buf: &mut Buffer,
) {
    let b = Block::bordered().title(Span::styled(" Effective sets ", th.title()));
    let inner = b.inner(area);
    b.render(area, buf);
    let st = &data.settings;
    let mut lines = vec![format!("{} sets logged", f.sets.len())];
    let vol = match s {
        Some(s) => {
            lines.push(format!("Load {:.0} AU", s.load(st)));
            lines.push(format!(
                "RPE {} × {} min",
                s.effective_rpe(st),
                minutes(s.minutes())
            ));
            crate::domain::volume::session_volume(s, st, &data.catalog).0
        }
        None => crate::domain::PerMuscle::ZERO,
    };
    for (i, l) in lines.iter().enumerate().take(inner.height as usize) {
        buf.set_stringn(
            inner.x,
            inner.y + i as u16,
            l,
            inner.width as usize,
            th.text(),
        );
    }
    let y = inner.y + lines.len() as u16 + 1;
    let date = s.map(|s| s.date).unwrap_or(data.day);
    let rest = Rect {
        y,
        height: inner.bottom().saturating_sub(y),
        ..inner
    };
    if y < inner.bottom() {
        volume_rows(th, data, (date, f.editing.as_ref()), &vol, rest, buf);
    }
}

/// Minutes as the Minutes field shows them (`37.5`, `40`), not rounded to a whole minute.
fn minutes(m: f64) -> String {
    let t = format!("{m:.2}");
    t.trim_end_matches('0').trim_end_matches('.').to_string()
}
