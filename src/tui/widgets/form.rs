//! Form fields drawn one per row: label, the text as typed (or a grey default), the error beside;
//! and a text with its cursor (`input`), which the popups' fields draw too.

use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// One field as drawn.
pub struct FieldView<'a> {
    pub label: &'a str,
    pub value: &'a str,
    pub placeholder: String,
    pub error: Option<&'a str>,
    pub focused: bool,
    /// The characters before the cursor (drawn while the field is focused and typed in).
    pub cursor: usize,
}

const LABEL_W: u16 = 13;
/// Width of the value column before an error.
const VALUE_W: u16 = 28;

/// The end-of-text cursor (a thin bar after the last character).
pub const BAR: &str = "▏";

/// Draws `fields` one per row from `area.y`; `typing` shows the cursor on the focused field.
pub fn render(fields: &[FieldView], typing: bool, th: &Theme, area: Rect, buf: &mut Buffer) {
    for (i, f) in fields.iter().enumerate().take(area.height as usize) {
        let y = area.y + i as u16;
        let mark = if f.focused && typing { "›" } else { " " };
        let lst = if f.focused { th.focus() } else { th.text() };
        buf.set_stringn(area.x, y, mark, 1, th.focus());
        buf.set_stringn(area.x + 1, y, f.label, LABEL_W as usize - 2, lst);
        let vx = area.x + LABEL_W;
        let room = area.right().saturating_sub(vx) as usize;
        let mut used = 0;
        if f.value.is_empty() {
            if f.focused && typing {
                buf.set_stringn(vx, y, BAR, room, th.focus());
                used = 1;
            }
            let (x, r) = (vx + used as u16, room.saturating_sub(used));
            buf.set_stringn(x, y, &f.placeholder, r, th.dim());
            used += f.placeholder.chars().count();
        } else if f.focused && typing {
            used = input(f.value, f.cursor, (vx, y, room), th.text(), th, buf);
        } else {
            let (x, _) = buf.set_stringn(vx, y, f.value, room, th.text());
            used = (x - vx) as usize;
        }
        if let Some(e) = f.error {
            let ex = vx + (used as u16 + 2).max(VALUE_W.min(room as u16 / 2));
            if ex < area.right() {
                let r = (area.right() - ex) as usize;
                buf.set_stringn(ex, y, format!("✗ {e}"), r, th.error());
            }
        }
    }
}

/// Draws `value` from `(x, y)` in at most `room` cells with the cursor before character `at`:
/// the character under it reversed, or `▏` after the text when the cursor is at its end. Text
/// longer than the room scrolls to keep the cursor in view, `…` marking what is cut at the
/// start. Returns the cells used.
pub fn input(
    value: &str,
    at: usize,
    (x, y, room): (u16, u16, usize),
    style: Style,
    th: &Theme,
    buf: &mut Buffer,
) -> usize {
    if room == 0 {
        return 0;
    }
    let chars: Vec<char> = value.chars().collect();
    let n = chars.len();
    let at = at.min(n);
    // the cells the text and its cursor need: the bar takes one more at the end
    let need = n + usize::from(at == n);
    let start = if need <= room || room <= 1 {
        0
    } else {
        (need - (room - 1)).min(at)
    };
    let mut cx = x;
    let mut left = room;
    if start > 0 {
        buf.set_stringn(cx, y, "…", 1, th.dim());
        cx += 1;
        left -= 1;
    }
    let shown: String = chars[start..].iter().collect();
    let (end, _) = buf.set_stringn(cx, y, &shown, left, style);
    let drawn = (end - cx) as usize;
    if at < n {
        let col = cx + (at - start) as u16;
        if (at - start) < drawn {
            buf[(col, y)].set_style(th.cursor());
        }
    } else if drawn < left {
        buf.set_stringn(end, y, BAR, 1, th.focus());
        return (end + 1 - x) as usize;
    }
    (end - x) as usize
}
