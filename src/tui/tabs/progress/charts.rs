//! The Progress tab's charts: weekly volume of one group against its bands, distance per week,
//! fitness/fatigue/form and ACWR with its 0.8-1.3 band.

use super::ProgressState;
use crate::domain::Settings;
use crate::domain::Units;
use crate::domain::load::acwr_shown;
use crate::domain::metrics::MILE_M;
use crate::domain::progress::Progress;
use crate::format;
use crate::tui::text;
use crate::tui::theme::Theme;
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Bar, BarChart, Block, Chart, Dataset, GraphType, Widget};

/// ACWR's usual range (§6, display only).
const ACWR_BAND: (f64, f64) = (0.8, 1.3);

fn block<'a>(title: String, th: &Theme) -> Block<'a> {
    Block::bordered().title(Span::styled(title, th.title()))
}

/// A title that names each series with its marker in its colour (the legend, kept out of the
/// plot).
fn titled<'a>(head: String, keys: &[(&str, Style)], tail: String, th: &Theme) -> Block<'a> {
    let mut spans = vec![Span::styled(head, th.title())];
    for (k, st) in keys {
        spans.push(Span::styled(format!("{k} "), *st));
    }
    spans.push(Span::styled(tail, th.title()));
    Block::bordered().title(Line::from(spans))
}

fn short(d: NaiveDate) -> String {
    d.format("%-d %b %y").to_string()
}

/// Three date labels (first, middle, last) for an axis over `dates`.
fn date_labels(dates: &[NaiveDate]) -> Vec<Line<'static>> {
    match (dates.first(), dates.last()) {
        (Some(&a), Some(&b)) => {
            let mid = dates[dates.len() / 2];
            vec![short(a).into(), short(mid).into(), short(b).into()]
        }
        _ => Vec::new(),
    }
}

/// Three value labels evenly over `[lo, hi]` (where ratatui puts them).
fn value_labels(lo: f64, hi: f64, unit: &str) -> Vec<Line<'static>> {
    let mid = (lo + hi) / 2.0;
    vec![
        format!("{lo:.0}").into(),
        format!("{mid:.0}").into(),
        format!("{hi:.0} {unit}").into(),
    ]
}

/// A flat line across the chart at `y`.
fn level(n: usize, y: f64) -> Vec<(f64, f64)> {
    vec![(0.0, y), (n.saturating_sub(1) as f64, y)]
}

fn line<'a>(data: &'a [(f64, f64)], style: Style, marker: Marker) -> Dataset<'a> {
    Dataset::default()
        .marker(marker)
        .graph_type(GraphType::Line)
        .style(style)
        .data(data)
}

fn dots<'a>(data: &'a [(f64, f64)], style: Style, marker: Marker) -> Dataset<'a> {
    Dataset::default()
        .marker(marker)
        .graph_type(GraphType::Scatter)
        .style(style)
        .data(data)
}

/// Weekly volume of the chosen group: lift and run apart, the total, and the band edges.
pub fn volume(
    th: &Theme,
    p: &Progress,
    settings: &Settings,
    st: &ProgressState,
    area: Rect,
    buf: &mut Buffer,
) {
    let n = st.weeks().min(p.week_ends.len());
    let skip = p.week_ends.len() - n;
    let m = st.muscle();
    let pts = |f: &dyn Fn(usize) -> f64| -> Vec<(f64, f64)> {
        (0..n).map(|i| (i as f64, f(skip + i))).collect()
    };
    let lift = pts(&|i| p.lift[i][m]);
    let run = pts(&|i| p.run[i][m]);
    let total = pts(&|i| p.lift[i][m] + p.run[i][m]);
    let e = settings.bands(m);
    let top = total.iter().map(|x| x.1).fold(e.high, f64::max) * 1.1;
    let edges = [level(n, e.maintain), level(n, e.grow), level(n, e.high)];
    let title = titled(
        format!(" {} sets/7 d: ", m.label()),
        &[
            ("⣀ total", th.text()),
            ("• lift", th.lift()),
            ("▄ run", th.run()),
        ],
        format!("· bands ⠤ {} {} {} ", e.maintain, e.grow, e.high),
        th,
    );
    let mut sets: Vec<Dataset> = edges
        .iter()
        .map(|edge| line(edge, th.dim(), Marker::Braille))
        .collect();
    sets.push(dots(&run, th.run(), Marker::Bar));
    sets.push(dots(&lift, th.lift(), Marker::Dot));
    sets.push(line(&total, th.text(), Marker::Braille));
    Chart::new(sets)
        .block(title)
        .x_axis(axis(
            th,
            [0.0, (n.max(2) - 1) as f64],
            date_labels(&p.week_ends[skip..]),
        ))
        .y_axis(axis(th, [0.0, top], value_labels(0.0, top, "sets")))
        .render(area, buf);
}

fn axis<'a>(th: &Theme, bounds: [f64; 2], labels: Vec<Line<'a>>) -> Axis<'a> {
    Axis::default()
        .style(th.dim())
        .bounds(bounds)
        .labels(labels)
}

/// Distance per week as bars, the newest on the right.
pub fn distance(th: &Theme, p: &Progress, u: Units, weeks: usize, area: Rect, buf: &mut Buffer) {
    let per = match u {
        Units::Metric => 1.0,
        Units::Imperial => 1000.0 / MILE_M,
    };
    let unit = format::dist_unit(u);
    let b = Block::bordered();
    let inner = b.inner(area);
    let n = weeks.min(p.km.len()).min(inner.width.max(1) as usize);
    let skip = p.km.len() - n;
    let vals: Vec<f64> = p.km[skip..].iter().map(|k| k * per).collect();
    let max = vals.iter().copied().fold(0.0, f64::max);
    let total: f64 = vals.iter().sum();
    let title = format!(" Distance per 7 days ({unit}) · max {max:.1} · total {total:.0} ");
    let gap = u16::from(n * 2 <= inner.width as usize);
    let width = ((inner.width as usize + gap as usize) / n.max(1)).saturating_sub(gap as usize);
    // bars as wide as the panel allows, so they span the date axis
    let width = width.clamp(1, u16::MAX as usize) as u16;
    let used = (n as u16 * (width + gap))
        .saturating_sub(gap)
        .min(inner.width);
    let bars: Vec<Bar> = vals
        .iter()
        .map(|&v| {
            let text = if width >= 3 {
                format!("{v:.0}")
            } else {
                String::new()
            };
            Bar::default()
                .value((v * 10.0).round() as u64)
                .text_value(text)
                .style(th.run())
        })
        .collect();
    BarChart::default()
        .block(b.title(Span::styled(title, th.title())))
        .data(ratatui::widgets::BarGroup::default().bars(&bars))
        .bar_width(width)
        .bar_gap(gap)
        .value_style(th.text())
        .render(area, buf);
    // the dates of the first and last bar on the bottom border, inside the box
    if area.height >= 3 && n > 0 {
        let y = area.bottom() - 1;
        let first = short(p.week_ends[skip]);
        let last = short(p.day);
        buf.set_stringn(
            area.x + 1,
            y,
            format!("7 days to {first}"),
            inner.width as usize,
            th.dim(),
        );
        // the newest date ends under the newest bar
        let w = last.chars().count() as u16;
        if used > w + 20 {
            buf.set_string(inner.x + used - w, y, last, th.dim());
        }
    }
}

/// The days of the range and their index in `p.load`.
fn days(p: &Progress, weeks: usize) -> (usize, Vec<NaiveDate>) {
    let n = (weeks * 7).min(p.load.len());
    let skip = p.load.len() - n;
    (skip, p.load[skip..].iter().map(|l| l.date).collect())
}

/// Fitness, fatigue and form (§6) per day over the range.
pub fn load(th: &Theme, p: &Progress, weeks: usize, area: Rect, buf: &mut Buffer) {
    let (skip, dates) = days(p, weeks);
    let pts = |f: &dyn Fn(&crate::domain::LoadPoint) -> f64| -> Vec<(f64, f64)> {
        p.load[skip..]
            .iter()
            .enumerate()
            .map(|(i, l)| (i as f64, f(l)))
            .collect()
    };
    let fit = pts(&|l| l.fitness);
    let fat = pts(&|l| l.fatigue);
    let form = pts(&|l| l.form);
    let all = fit.iter().chain(&fat).chain(&form).map(|x| x.1);
    let lo = all.clone().fold(0.0, f64::min).floor();
    let hi = all.fold(1.0, f64::max).ceil();
    let now = p.load.last();
    let (a, b, c) = now.map_or((0.0, 0.0, 0.0), |l| (l.fitness, l.fatigue, l.form));
    let keys = [
        (format!("fitness {a:.0}"), th.ok()),
        (format!("fatigue {b:.0}"), th.error()),
        (format!("form {c:.0}"), th.focus()),
    ];
    let keys: Vec<(&str, Style)> = keys.iter().map(|(k, s)| (k.as_str(), *s)).collect();
    let title = titled(" Load per day, AU: ".into(), &keys, String::new(), th);
    Chart::new(vec![
        line(&fit, th.ok(), Marker::Braille),
        line(&fat, th.error(), Marker::Braille),
        line(&form, th.focus(), Marker::Braille),
    ])
    .block(title)
    .x_axis(axis(
        th,
        [0.0, (dates.len().max(2) - 1) as f64],
        date_labels(&dates),
    ))
    .y_axis(axis(th, [lo, hi], value_labels(lo, hi, "AU")))
    .render(area, buf);
}

/// ACWR per day where it is defined (27 days after the start, chronic > 0), and its band.
pub fn acwr(th: &Theme, p: &Progress, weeks: usize, area: Rect, buf: &mut Buffer) {
    let (skip, dates) = days(p, weeks);
    let pts: Vec<(f64, f64)> = p.load[skip..]
        .iter()
        .enumerate()
        .filter(|(_, l)| acwr_shown(l.date, &p.starts, l.chronic))
        .map(|(i, l)| (i as f64, l.acute / l.chronic))
        .collect();
    let n = dates.len();
    let top = pts.iter().map(|x| x.1).fold(2.0, f64::max).ceil();
    let (lo_edge, hi_edge) = (level(n, ACWR_BAND.0), level(n, ACWR_BAND.1));
    // the newest day's value, by the dashboard's rule (a break restarts the four weeks)
    let now = p
        .load
        .last()
        .filter(|l| acwr_shown(l.date, &p.starts, l.chronic))
        .map(|l| l.acute / l.chronic);
    let title = match now {
        Some(v) => format!(" ACWR, acute:chronic load · now {v:.2} · band ⠤ 0.8-1.3 "),
        None => format!(" ACWR – ({}) · band ⠤ 0.8-1.3 ", text::ACWR_NEEDS),
    };
    Chart::new(vec![
        line(&lo_edge, th.ok(), Marker::Braille),
        line(&hi_edge, th.ok(), Marker::Braille),
        line(&pts, th.text(), Marker::Braille),
    ])
    .block(block(title, th))
    .x_axis(axis(th, [0.0, (n.max(2) - 1) as f64], date_labels(&dates)))
    .y_axis(
        Axis::default()
            .style(th.dim())
            .bounds([0.0, top])
            .labels(vec![
                Line::from("0"),
                format!("{:.1}", top / 2.0).into(),
                format!("{top:.1}").into(),
            ]),
    )
    .render(area, buf);
}
