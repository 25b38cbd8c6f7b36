//! Form fields drawn one per row: label, the text as typed (or a grey default), the error beside.

use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// One field as drawn.
pub struct FieldView<'a> {
    pub label: &'a str,
    pub value: &'a str,
    pub placeholder: String,
    pub error: Option<&'a str>,
    pub focused: bool,
}

const LABEL_W: u16 = 13;
/// Width of the value column before an error.
const VALUE_W: u16 = 28;

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
                buf.set_stringn(vx, y, "▏", room, th.focus());
                used = 1;
            }
            let (x, r) = (vx + used as u16, room.saturating_sub(used));
            buf.set_stringn(x, y, &f.placeholder, r, th.dim());
            used += f.placeholder.chars().count();
        } else {
            // Text longer than the field scrolls: the focused field shows its end (where the
            // cursor is), marked with `…` at the start.
            let cursor = usize::from(f.focused && typing);
            let n = f.value.chars().count();
            let shown: String = if f.focused && n + cursor > room && room > 1 {
                let keep = room - 1 - cursor;
                let tail: String = f.value.chars().skip(n - keep.min(n)).collect();
                format!("…{tail}")
            } else {
                f.value.to_string()
            };
            let (x, _) = buf.set_stringn(vx, y, &shown, room, th.text());
            used = (x - vx) as usize;
            if f.focused && typing && used < room {
                buf.set_stringn(x, y, "▏", 1, th.focus());
                used += 1;
            }
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
