//! The next race on the dashboard: its name, date and days to go, on the bottom border of the
//! Next panel (one line that takes no room from the panels).

use crate::domain::{Race, Units};
use crate::format;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The line at most `width` columns wide: `" Race: Paris marathon · Sun 11 Apr 2027 · in 139
/// days "`, shorter forms when room is short (the date goes before the name is cut).
#[cfg(test)]
pub fn text(r: &Race, day: chrono::NaiveDate, u: Units, width: usize) -> Option<String> {
    text_in(r, day, u, width, None)
}

/// [`text`] with the coach's phase of the day (§8.4) after the days to go, when it is about
/// this race (taper, pre-race, race day).
pub fn text_in(
    r: &Race,
    day: chrono::NaiveDate,
    u: Units,
    width: usize,
    phase: Option<crate::domain::coach::Phase>,
) -> Option<String> {
    let name = r.label();
    let dist = format::race_distance(r.distance_m, u);
    let named = r.name.is_some();
    // without the "Race:" prefix an unnamed race still says what it is
    let short = if named || name == "race" {
        name.clone()
    } else {
        format!("{name} race")
    };
    let mut to_go = format::days_to_go(r.days_from(day));
    use crate::domain::coach::Phase;
    if let Some(p @ (Phase::Taper | Phase::PreRace | Phase::RaceDay)) = phase {
        to_go = format!("{to_go} · {}", p.label());
    }
    let mut candidates = vec![
        format!(" Race: {name} · {} · {to_go} ", format::day_year(r.date)),
        format!(" Race: {name} · {} · {to_go} ", format::day(r.date)),
        format!(" {short} · {} · {to_go} ", format::day(r.date)),
        format!(" {short} · {to_go} "),
    ];
    if named {
        candidates.insert(
            0,
            format!(
                " Race: {name} ({dist}) · {} · {to_go} ",
                format::day(r.date)
            ),
        );
    }
    if let Some(t) = candidates.into_iter().find(|t| t.chars().count() <= width) {
        return Some(t);
    }
    // the name cut to what is left
    let tail = format!(" · {to_go} ");
    let room = width.checked_sub(tail.chars().count() + 2)?;
    if room < 4 {
        return None;
    }
    let cut: String = name.chars().take(room - 1).collect();
    Some(format!(" {}…{tail}", cut.trim_end()))
}

/// Draws the next race on the bottom border of `area` (a bordered panel at least two rows high).
pub fn render(
    th: &Theme,
    r: &Race,
    day: chrono::NaiveDate,
    u: Units,
    phase: Option<crate::domain::coach::Phase>,
    area: Rect,
    buf: &mut Buffer,
) {
    if area.height < 2 || area.width < 8 {
        return;
    }
    let width = area.width as usize - 2;
    if let Some(t) = text_in(r, day, u, width, phase) {
        buf.set_stringn(area.x + 1, area.bottom() - 1, t, width, th.focus());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_shortens_to_fit() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let r = Race {
            id: 1,
            date: chrono::NaiveDate::from_ymd_opt(2027, 4, 11).unwrap(),
            distance_m: 42195.0,
            name: Some("Paris marathon".into()),
        };
        let at = |w| text(&r, day, Units::Metric, w);
        assert_eq!(
            at(80).unwrap(),
            " Race: Paris marathon (42.195 km) · Sun 11 Apr · in 139 days "
        );
        assert_eq!(
            at(50).unwrap(),
            " Race: Paris marathon · Sun 11 Apr · in 139 days "
        );
        assert_eq!(at(30).unwrap(), " Paris marathon · in 139 days ");
        assert_eq!(at(24).unwrap(), " Paris… · in 139 days ");
        assert_eq!(at(26).unwrap(), " Paris ma… · in 139 days ");
        assert!(at(10).is_none());
        for w in 0..90 {
            assert!(at(w).is_none_or(|t| t.chars().count() <= w), "{w}");
        }
    }
}
