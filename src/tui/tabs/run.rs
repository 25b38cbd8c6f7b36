//! Run tab: the form on the left, a live preview (pace, load, volume per group) on the right.

use super::Spec;
use super::forms::{FORM_HINT, FORM_KEYS, cleared, outside_fields, refuse, store};
use crate::domain::{Muscle, PerMuscle, Session};
use crate::tui::action::Action;
use crate::tui::ctx::Ctx;
use crate::tui::data::Data;
use crate::tui::effect::Effect;
use crate::tui::form::Answer;
use crate::tui::form::run::{NO_SHOES, RunField, RunForm, recent_shoes};

/// How many recent shoes the Shoes field offers.
const RECENT_SHOES: usize = 4;
use crate::format;
use crate::tui::text;
use crate::tui::theme::Theme;
use crate::tui::widgets::form::{self, FieldView};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

pub const SPEC: Spec = Spec {
    title: "Run",
    form: true,
    hint: FORM_HINT,
    typing_hint: "Tab next field  Enter save  ←/→ kind, date, cursor  Alt-1..5 tabs  Esc leave",
    keys: FORM_KEYS,
    section: Some("Run and Strength forms"),
    more_help: &[
        ("Tab, ↑ ↓", "next / previous field"),
        (
            "Enter",
            "save the run (strength: pick exercise, add sets, save)",
        ),
        ("Ctrl-S", "save from any field"),
        ("← →", "run kind, date and recent shoes: previous / next"),
        (
            "Shoes left empty",
            "a new run is saved in the last pair used; none: without shoes",
        ),
        (
            "← → Home End",
            "the cursor in a text field; Ctrl-A / Ctrl-E start / end, Alt-← / Alt-→ by word",
        ),
        (
            "Backspace Delete",
            "delete before / under the cursor; Ctrl-W the word before, Ctrl-U the whole field",
        ),
        (
            "Alt-1..5",
            "another tab while typing (digits and letters are text); or Esc, then 1..5 or Tab",
        ),
        ("Backspace on a row", "remove that row of sets"),
        (
            "Enter on a row",
            "change that row of sets (it goes back in place)",
        ),
        (
            "Enter on empty Sets",
            "take the exercise's last sets, shown in grey",
        ),
        (
            "Ctrl-R",
            "strength: the last strength session's sets again, dated today",
        ),
        (
            "Ctrl-T",
            "templates: pick one for the form; type a name to save the form (History: the session)",
        ),
    ],
};

pub fn update(f: &mut RunForm, cx: &Ctx, action: Action) -> Vec<Effect> {
    if matches!(action, Action::ClearForm) {
        *f = match f.editing.take() {
            Some(s) => RunForm::from_session(&s, &cx.data.settings),
            None => RunForm::default(),
        };
        return cleared(f.editing.is_some());
    }
    let save = match outside_fields(cx, &action) {
        Some((save, fx)) if !save => return fx,
        Some(_) => true,
        None => {
            let shoes = recent_shoes(&cx.data.sessions, RECENT_SHOES);
            f.update(&action, cx.today, &shoes) == Answer::Save
        }
    };
    if save { save_run(f, cx) } else { Vec::new() }
}

/// History `e` on a run: the run in this form (only its changed fields are saved).
pub fn open_edit(f: &mut RunForm, s: &Session, settings: &crate::domain::Settings) {
    *f = RunForm::from_session(s, settings);
}

/// Saves the run form, or marks its errors (keeping every character typed): back into the
/// fields, the first error in the status line.
pub fn save_run(f: &mut RunForm, cx: &Ctx) -> Vec<Effect> {
    f.tried = true;
    let c = f.check(cx.today, &cx.data.settings);
    match (c.is_ok(), c.session) {
        (true, Some(mut s)) => {
            let shoes = recent_shoes(&cx.data.sessions, 1);
            f.with_last_shoes(&mut s, &shoes);
            store(s)
        }
        _ => {
            let first = c.errors.iter().position(Option::is_some);
            if let Some(i) = first {
                f.focus = RunField::ALL[i];
            }
            refuse(first.and_then(|i| c.errors[i].clone()))
        }
    }
}

pub fn render(f: &RunForm, cx: &Ctx, area: Rect, buf: &mut Buffer) {
    let (th, data) = (cx.theme, cx.data);
    let check = f.check(cx.today, &data.settings);
    let title = match &f.editing {
        Some(s) => format!(" Edit run #{} ", s.id),
        None => " Log a run ".to_string(),
    };
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)]).areas(area);
    let b = Block::bordered().title(Span::styled(title, th.title()));
    let inner = b.inner(left);
    b.render(left, buf);
    let help = Rect {
        height: 2.min(inner.height),
        ..inner
    };
    Paragraph::new(text::RUN_HELP)
        .style(th.dim())
        .wrap(Wrap { trim: true })
        .render(help, buf);
    let shoes = recent_shoes(&data.sessions, RECENT_SHOES);
    let fields: Vec<FieldView> = RunField::ALL
        .iter()
        .enumerate()
        .map(|(i, &fld)| FieldView {
            label: fld.label(),
            value: &f.values[i],
            placeholder: match fld {
                RunField::Shoes if !shoes.is_empty() && f.editing.is_none() => shoe_default(&shoes),
                RunField::Shoes if !shoes.is_empty() => format!("←/→: {}", shoes.join(" · ")),
                _ => f.placeholder(fld, cx.today, &data.settings),
            },
            error: check.errors[i].as_deref(),
            focused: f.focus == fld,
            cursor: f.cursor(fld),
        })
        .collect();
    let rows = Rect {
        y: inner.y + 3,
        height: inner.height.saturating_sub(3),
        ..inner
    };
    form::render(&fields, cx.typing, th, rows, buf);
    if rows.height > 11 {
        // the focused field's error in full (beside the field it may be cut short)
        let err = check.errors[f.focus as usize].as_deref();
        let (msg, st) = match err {
            Some(e) => (format!("✗ {}: {e}", f.focused().label()), th.error()),
            None if cx.typing => ("Enter save · Esc leave the form".into(), th.dim()),
            None => ("Enter or i to type · Ctrl-S save".into(), th.dim()),
        };
        let r = Rect {
            x: rows.x + 1,
            y: rows.y + 11,
            width: rows.width.saturating_sub(1),
            height: rows.height - 11,
        };
        Paragraph::new(msg)
            .style(st)
            .wrap(Wrap { trim: true })
            .render(r, buf);
    }
    // nothing computed from input the form would refuse
    let s = check.session.as_ref().filter(|_| check.is_ok());
    preview(th, data, (s, f.editing.as_ref()), right, buf);
}

/// The form's run (`None` while incomplete) and the stored run it replaces when editing.
fn preview(
    th: &Theme,
    data: &Data,
    (s, replaces): (Option<&Session>, Option<&Session>),
    area: Rect,
    buf: &mut Buffer,
) {
    let b = Block::bordered().title(Span::styled(" Preview ", th.title()));
    let inner = b.inner(area);
    b.render(area, buf);
    let Some(s) = s else {
        Paragraph::new(text::RUN_PREVIEW_EMPTY)
            .style(th.dim())
            .wrap(Wrap { trim: true })
            .render(inner, buf);
        return;
    };
    let Some(r) = s.run() else { return };
    let st = &data.settings;
    let (_, vol) = crate::domain::volume::session_volume(s, st, &data.catalog);
    let rpe_note = if s.rpe_default(st) { " default" } else { "" };
    let lines = [
        format!(
            "Pace    {}",
            format::pace_with_unit(r.distance_m, r.duration_s, st.distance_unit)
        ),
        format!("Load    {:.0} AU", s.load(st)),
        format!(
            "        RPE {}{rpe_note} × {:.0} min",
            s.effective_rpe(st),
            s.minutes()
        ),
        format!("Volume  {:.1} set-equivalents", vol.sum()),
    ];
    let mut y = inner.y;
    for l in lines.iter() {
        if y >= inner.bottom() {
            return;
        }
        buf.set_stringn(inner.x, y, l, inner.width as usize, th.text());
        y += 1;
    }
    y += 1;
    volume_rows(
        th,
        data,
        (s.date, replaces),
        &vol,
        Rect {
            y,
            height: inner.bottom().saturating_sub(y),
            ..inner
        },
        buf,
    );
}

/// Per group: the session's sets and what this week's volume becomes with it. When the form
/// edits a stored session (`replaces`), the week counts the form's version instead of it.
pub fn volume_rows(
    th: &Theme,
    data: &Data,
    (date, replaces): (chrono::NaiveDate, Option<&Session>),
    vol: &PerMuscle,
    area: Rect,
    buf: &mut Buffer,
) {
    let w = data.report.window;
    let in_week = |d: chrono::NaiveDate| d >= w.from && d <= w.to;
    let old = match replaces {
        Some(old) if in_week(old.date) => {
            let (strength, run) =
                crate::domain::volume::session_volume(old, &data.settings, &data.catalog);
            strength + run
        }
        _ => PerMuscle::ZERO,
    };
    let in_week = in_week(date);
    let header = if in_week {
        "group        +sets   week"
    } else {
        "group        +sets"
    };
    if area.height == 0 {
        return;
    }
    buf.set_stringn(area.x, area.y, header, area.width as usize, th.dim());
    for (i, m) in Muscle::ALL.iter().enumerate() {
        let y = area.y + 1 + i as u16;
        if y >= area.bottom() {
            break;
        }
        let mut line = format!("{:<12} {:>5.1}", m.label(), vol[*m]);
        if in_week {
            let before = data.report.muscles.get(i).map(|r| r.sets).unwrap_or(0.0);
            let week = (before - old[*m] + vol[*m]).max(0.0);
            line.push_str(&format!("  {:>5}", format::volume(week)));
        }
        let style = if vol[*m] > 0.0 { th.text() } else { th.dim() };
        buf.set_stringn(area.x, y, line, area.width as usize, style);
    }
}

/// The Shoes placeholder of a new run: the last pair, which it is saved with unless changed.
fn shoe_default(shoes: &[String]) -> String {
    match shoes {
        [last] => format!("{last} (last pair; {NO_SHOES}: without)"),
        [last, ..] => format!("{last} (last pair; ←/→: {})", shoes[1..].join(" · ")),
        [] => String::new(),
    }
}
