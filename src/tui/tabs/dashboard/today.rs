//! The Today panel: what to do next (§8) with its reason and the day's protein range, the same
//! suggestion as `legday today`; `g` starts it.

use super::alerts::wrap;
use crate::domain::Units;
use crate::domain::today::{Suggestion, Today};
use crate::format;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Widget};

/// The most lines the reason takes (when cut it ends with [`MORE`]).
const REASON_LINES: usize = 4;

/// The end of a cut reason: `n` shows the whole suggestion.
const MORE: &str = "… n: all";

/// `"easy run, 30-40 min"`, `"a strength session"`, `"rest"`.
pub fn what(t: &Today) -> String {
    match (t.suggestion, &t.run) {
        (Suggestion::Rest, _) => "rest".into(),
        (Suggestion::Strength, _) => "a strength session".into(),
        (_, Some(r)) => {
            let also = if t.also.is_some() {
                " + upper lift"
            } else {
                ""
            };
            match (r.minutes, r.distance_m) {
                (Some([lo, hi]), _) => format!("{} run, {lo}-{hi} min{also}", r.kind),
                (None, Some(m)) => format!("{} {:.1} km", r.kind, m / 1000.0),
                (None, None) => format!("{} run{also}", r.kind),
            }
        }
        (s, None) => s.key().into(),
    }
}

/// The panel's lines at `width`, at most `max` of them: the suggestion, the exercises, the
/// reason (cut first when room is short; left out for a rest the banner above already explains)
/// and the protein range (always kept).
pub fn lines(t: &Today, u: Units, th: &Theme, width: usize, max: usize) -> Vec<(String, Style)> {
    let when = if t.target == t.date {
        "Today"
    } else {
        "Tomorrow"
    };
    let head = format!("{when}: {}", what(t));
    let mut out: Vec<(String, Style)> = wrap(&head, width)
        .into_iter()
        .map(|l| (l, th.focus()))
        .collect();
    let exercises: Vec<String> = t
        .exercises
        .iter()
        .chain(t.also.iter().flat_map(|a| a.exercises.iter()))
        .map(|e| {
            let w = e
                .weight_kg
                .map(|kg| format!(" @ {}", format::weight_with_unit(kg, u)))
                .unwrap_or_default();
            format!("{} {}×{}{w}", e.exercise, e.sets, e.reps)
        })
        .collect();
    let ex_lines = wrap(&exercises.join(" · "), width);
    let day = if t.target == t.date {
        "today"
    } else {
        "tomorrow"
    };
    let protein = format!("protein {}-{} g {day}", t.protein_g.low, t.protein_g.high);
    let room = max.saturating_sub(out.len() + 1);
    let ex_shown = ex_lines.len().min(room);
    out.extend(ex_lines.into_iter().take(ex_shown).map(|l| (l, th.text())));
    let room = room - ex_shown;
    let mut reason = if t.reason.is_empty() {
        Vec::new()
    } else {
        wrap(&t.reason, width)
    };
    let keep = room.min(REASON_LINES).min(reason.len());
    if reason.len() > keep && keep > 0 {
        reason.truncate(keep);
        let last = &mut reason[keep - 1];
        // how to read the rest: `n` shows the whole suggestion
        while last.chars().count() + MORE.chars().count() > width && last.pop().is_some() {}
        last.push_str(MORE);
    }
    out.extend(reason.into_iter().take(keep).map(|l| (l, th.dim())));
    // the week as a strip, when a line is left for it
    let strip = wrap(&strip(t), width);
    if !strip.is_empty() && out.len() + strip.len() < max {
        out.extend(strip.into_iter().map(|l| (l, th.text())));
    }
    out.push((protein, th.dim()));
    out.truncate(max.max(1));
    out
}

/// One short word a day of the plan week: done days from history, coming days from the plan;
/// `+` joins a double day's run and lift, the target day is in brackets.
pub fn strip(t: &Today) -> String {
    t.strip
        .iter()
        .map(|d| {
            let run = d.run.map(|k| match k {
                crate::domain::RunKind::Race => "RACE",
                crate::domain::RunKind::Long => "long",
                crate::domain::RunKind::Intervals => "int",
                crate::domain::RunKind::Tempo => "tempo",
                crate::domain::RunKind::Hills => "hills",
                crate::domain::RunKind::Recovery => "rec",
                _ => "easy",
            });
            let word = match (run, d.lift) {
                (Some(r), true) => format!("{r}+lift"),
                (Some(r), false) => r.to_string(),
                (None, true) => "lift".into(),
                (None, false) => "·".into(),
            };
            let day: String = d.date.format("%a").to_string().chars().take(2).collect();
            if d.date == t.target {
                format!("[{day} {word}]")
            } else {
                format!("{day} {word}")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Rows the panel wants at `width` (borders included).
pub fn height(t: &Today, u: Units, th: &Theme, width: u16) -> u16 {
    lines(t, u, th, width.saturating_sub(2) as usize, 12).len() as u16 + 2
}

pub fn render(th: &Theme, t: &Today, u: Units, area: Rect, buf: &mut Buffer) {
    let start = if t.suggestion == Suggestion::Rest {
        ""
    } else {
        "· g starts it "
    };
    let title = format!(" Next · {} {start}", t.target.format("%a %-d %b"));
    let b = Block::bordered().title(Span::styled(title, th.title()));
    let inner = b.inner(area);
    b.render(area, buf);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let rows = lines(t, u, th, inner.width as usize, inner.height as usize);
    for (i, (l, st)) in rows.iter().enumerate() {
        buf.set_stringn(inner.x, inner.y + i as u16, l, inner.width as usize, *st);
    }
}
