//! The frame's geometry, read by the drawing (`ui.rs`) and by the app (a click on the tab bar,
//! a terminal too small): the smallest size drawn, and where each tab's label sits.

use super::tab::Tab;

/// The smallest size the tabs are drawn at.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

pub const BRAND: &str = " legday ";

/// Each tab's label and its columns `[x0, x1)` in the tab bar.
pub fn tab_spans() -> Vec<(Tab, String, u16, u16)> {
    let mut x = BRAND.chars().count() as u16 + 1;
    Tab::ALL
        .iter()
        .enumerate()
        .map(|(i, &t)| {
            let label = format!(" {} {} ", i + 1, t.title());
            let w = label.chars().count() as u16;
            let out = (t, label, x, x + w);
            x += w + 1;
            out
        })
        .collect()
}

/// The tab under column `x` of the tab bar (for a mouse click).
pub fn tab_at(x: u16) -> Option<Tab> {
    tab_spans()
        .into_iter()
        .find(|(_, _, a, b)| (*a..*b).contains(&x))
        .map(|(t, ..)| t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_at_finds_every_label() {
        for (t, _, a, b) in tab_spans() {
            assert_eq!(tab_at(a), Some(t));
            assert_eq!(tab_at(b - 1), Some(t));
        }
        assert_eq!(tab_at(0), None);
    }
}
