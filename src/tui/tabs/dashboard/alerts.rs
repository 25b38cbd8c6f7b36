//! The alert list: wrapped to its width, scrolled by the mouse wheel or `PgUp`/`PgDn`, and ending
//! with "+N more" when some do not fit, so none is cut off unseen.

use crate::domain::{Alert, Severity};
use crate::tui::data::Data;
use crate::tui::text;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Widget};

/// `text` broken at spaces into lines of at most `width` characters (a longer word is cut).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: String = word.to_string();
        loop {
            let need = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
            if need <= width {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&word);
                break;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
                continue;
            }
            let head: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            out.push(head);
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

fn mark(s: Severity) -> &'static str {
    match s {
        Severity::Warning => "▲ ",
        Severity::Caution => "● ",
        Severity::Info => "· ",
    }
}

/// Every alert as lines of `width`: (the alert's index, text, style).
pub fn lines(alerts: &[Alert], th: &Theme, width: usize) -> Vec<(usize, String, Style)> {
    let mut out = Vec::new();
    for (i, a) in alerts.iter().enumerate() {
        let st = th.severity(a.severity);
        for (j, l) in wrap(&a.message, width.saturating_sub(2))
            .into_iter()
            .enumerate()
        {
            let lead = if j == 0 { mark(a.severity) } else { "  " };
            out.push((i, format!("{lead}{l}"), st));
        }
        if !a.suggestion.is_empty() {
            let text = format!("→ {}", a.suggestion);
            for l in wrap(&text, width.saturating_sub(2)) {
                out.push((i, format!("  {l}"), th.dim()));
            }
        }
    }
    out
}

/// Rows the list needs at `width` (borders included).
pub fn height(data: &Data, th: &Theme, width: u16) -> u16 {
    let n = lines(&data.report.alerts, th, width.saturating_sub(2) as usize).len();
    n.max(1) as u16 + 2
}

/// Draws the list from line `top`; returns the first line shown (clamped to the list).
pub fn render(th: &Theme, data: &Data, top: usize, area: Rect, buf: &mut Buffer) -> usize {
    let alerts = &data.report.alerts;
    let b = Block::bordered().title(ratatui::text::Span::styled(
        format!(" Alerts ({}) ", alerts.len()),
        th.title(),
    ));
    let inner = b.inner(area);
    b.render(area, buf);
    let (w, h) = (inner.width as usize, inner.height as usize);
    if h == 0 || w == 0 {
        return 0;
    }
    if alerts.is_empty() {
        buf.set_stringn(inner.x, inner.y, text::NO_ALERTS, w, th.ok());
        return 0;
    }
    let all = lines(alerts, th, w);
    let top = top.min(all.len().saturating_sub(h));
    let more_below = all.len() > top + h;
    let room = if more_below { h - 1 } else { h };
    for (k, (_, l, st)) in all.iter().skip(top).take(room).enumerate() {
        buf.set_stringn(inner.x, inner.y + k as u16, l, w, *st);
    }
    if more_below {
        // alerts whose first line is not shown
        let shown_to = top + room;
        let first_hidden = all[shown_to].0 + usize::from(all[shown_to - 1].0 == all[shown_to].0);
        let hidden = alerts.len().saturating_sub(first_hidden);
        let msg = if hidden > 0 {
            format!("+{hidden} more (PgDn)")
        } else {
            "… more (PgDn)".to_string()
        };
        buf.set_stringn(inner.x, inner.y + room as u16, msg, w, th.focus());
    }
    top
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_at_spaces_and_cuts_only_long_words() {
        assert_eq!(
            wrap("add tibialis raises 2×20", 12),
            ["add tibialis", "raises 2×20"]
        );
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert!(wrap("", 5).is_empty());
    }
}
