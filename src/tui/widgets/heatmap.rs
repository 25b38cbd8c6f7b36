//! A calendar heatmap of daily load: one row per week (starting on the user's week start),
//! one column per weekday, the glyph's density (and colour) giving the load.

use crate::domain::WeekStart;
use crate::tui::data::Data;
use crate::tui::theme::Theme;
use chrono::Duration;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// Cells by intensity 0 (no load) to 4: heights, so none is taken for the bars' run ▒ or
/// lift █.
pub const CELLS: [&str; 5] = ["·", "▂", "▄", "▆", "▇"];

/// The heatmap's legend (the dashboard draws it in the panel's border).
pub const LEGEND: &str = " day load ·▂▄▆▇ ";

/// Intensity of a day's load against the average loaded day shown.
pub fn level(load: f64, avg: f64) -> usize {
    if load <= 0.0 {
        0
    } else if avg <= 0.0 || load < 0.5 * avg {
        1
    } else if load < avg {
        2
    } else if load < 1.5 * avg {
        3
    } else {
        4
    }
}

/// Draws a header and as many weeks as fit, ending with the week of `data.day`.
pub fn render(data: &Data, th: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height < 2 || area.width < 20 {
        return;
    }
    let ws = data.settings.week_start;
    let weeks = (area.height - 1).min(26) as i64;
    let last = ws.first_day(data.day);
    let first = last - Duration::weeks(weeks - 1);
    let header = match ws {
        WeekStart::Monday => "       M T W T F S S",
        WeekStart::Sunday => "       S M T W T F S",
    };
    buf.set_string(area.x, area.y, header, th.dim());
    let loads: Vec<f64> = (0..weeks * 7)
        .map(|i| first + Duration::days(i))
        .filter(|d| *d <= data.day)
        .map(|d| data.load_on(d))
        .collect();
    let loaded: Vec<f64> = loads.iter().copied().filter(|l| *l > 0.0).collect();
    let avg = loaded.iter().sum::<f64>() / loaded.len().max(1) as f64;
    for w in 0..weeks {
        let start = first + Duration::weeks(w);
        let y = area.y + 1 + w as u16;
        buf.set_string(area.x, y, start.format("%e %b").to_string(), th.dim());
        for i in 0..7 {
            let d = start + Duration::days(i);
            if d > data.day {
                break;
            }
            let lv = level(data.load_on(d), avg);
            let x = area.x + 7 + 2 * i as u16;
            let st = if d == data.day {
                th.focus()
            } else {
                th.heat(lv)
            };
            buf.set_string(x, y, CELLS[lv], st);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_grows_with_load() {
        assert_eq!(level(0.0, 100.0), 0);
        assert_eq!(level(40.0, 100.0), 1);
        assert_eq!(level(80.0, 100.0), 2);
        assert_eq!(level(120.0, 100.0), 3);
        assert_eq!(level(200.0, 100.0), 4);
    }
}
