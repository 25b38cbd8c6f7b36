//! The Progress tab's records (`docs/model.md` §9): e1RM per exercise with its weekly trend
//! and PRs, best run times with predictions, and the shoes.

use crate::domain::Units;
use crate::domain::metrics::RACES;
use crate::domain::progress::{LiftTrend, Progress};
use crate::domain::records::Predictions;
use crate::domain::units::distance_unit_m;
use crate::format;
use crate::format::duration_clock;
use crate::tui::theme::Theme;
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Cell, LineGauge, Row, Sparkline, SparklineBar, Table, Widget};

fn block<'a>(title: &'a str, th: &Theme) -> Block<'a> {
    Block::bordered().title(Span::styled(title, th.title()))
}

fn short(d: NaiveDate) -> String {
    d.format("%-d %b %y").to_string()
}

/// Rows the records panels would like (the tallest of the three), borders included.
pub fn height(p: &Progress) -> u16 {
    let lifts = p.lifts.len() + p.records.reps.len() + 3;
    let runs = RACES.len()
        + 4
        + p.records
            .predictions
            .as_ref()
            .map_or(1, |_| RACES.len() + 1);
    let shoes = p.records.shoes.len() + 3;
    lifts.max(runs).max(shoes).min(u16::MAX as usize) as u16
}

/// e1RM per exercise: the best with its date, the weekly best over the range (PR weeks
/// highlighted) and the PRs of the range.
pub fn lifts(th: &Theme, p: &Progress, u: Units, weeks: usize, area: Rect, buf: &mut Buffer) {
    let b = block(" Lifts · estimated 1RM (Epley) · PR weeks lit ", th);
    let inner = b.inner(area);
    b.render(area, buf);
    if inner.height == 0 {
        return;
    }
    if p.lifts.is_empty() && p.records.reps.is_empty() {
        let msg = "no weighted sets yet: e1RM and PRs appear once you log lifts";
        buf.set_stringn(inner.x, inner.y, msg, inner.width as usize, th.dim());
        return;
    }
    // the date of the best only when there is room for it beside a useful trend
    let dated = inner.width >= 64;
    // names whole where the trend keeps 6 weeks (and its PR count), else cut with "…"
    let longest = p
        .lifts
        .iter()
        .map(|l| l.exercise.chars().count())
        .chain(p.records.reps.iter().map(|r| r.exercise.chars().count()))
        .fold(8, usize::max);
    let fixed = 10 + if dated { 10 } else { 0 };
    let room = (inner.width as usize).saturating_sub(fixed + 1 + 6 + 5);
    let name_w = longest.min(room.max(16));
    let row_text = |name: &str, best: &str, on: &str| {
        let name = format::cut_with_ellipsis(name, name_w);
        let mut t = format!("{name:<name_w$} {best:>9}");
        if dated {
            t.push_str(&format!(" {on:<9}"));
        }
        t
    };
    let head = row_text("exercise", "best e1RM", "on");
    let spark_x = inner.x + head.chars().count() as u16 + 1;
    let spark_w = inner.right().saturating_sub(spark_x + 5);
    buf.set_stringn(inner.x, inner.y, &head, inner.width as usize, th.dim());
    if spark_w > 2 {
        let full = format!("e1RM, {weeks} weeks");
        let t = if full.chars().count() <= spark_w as usize {
            full
        } else {
            "e1RM".into()
        };
        buf.set_stringn(spark_x, inner.y, t, spark_w as usize, th.dim());
        buf.set_stringn(spark_x + spark_w + 1, inner.y, "PRs", 4, th.dim());
    }
    let first = p.week_ends.len().saturating_sub(weeks);
    // exercises done without weight: their most reps (§9), below the e1RM rows
    for (i, r) in p.records.reps.iter().enumerate() {
        let y = inner.y + 1 + (p.lifts.len() + i) as u16;
        if y >= inner.bottom() {
            break;
        }
        let n = r.best_reps.unwrap_or(0);
        let best = format!("{n} {}", if n == 1 { "rep" } else { "reps" });
        let text = row_text(&r.exercise, &best, &short(r.date));
        buf.set_stringn(inner.x, y, text, inner.width as usize, th.text());
    }
    for (i, l) in p.lifts.iter().enumerate() {
        let y = inner.y + 1 + i as u16;
        if y >= inner.bottom() {
            break;
        }
        let text = row_text(
            &l.exercise,
            &format::weight_with_unit(l.best, u),
            &short(l.best_date),
        );
        buf.set_stringn(inner.x, y, text, inner.width as usize, th.text());
        if spark_w <= 2 {
            continue;
        }
        lift_trend(
            th,
            l,
            &p.week_ends[first..],
            Rect::new(spark_x, y, spark_w, 1),
            buf,
        );
    }
}

/// One lift's weekly best e1RM over `range` (the weeks' last days) as a sparkline in `area`,
/// PR weeks lit, then its PR count for the range (`★ 2`, or `·`) after it.
fn lift_trend(th: &Theme, l: &LiftTrend, range: &[NaiveDate], area: Rect, buf: &mut Buffer) {
    let is_pr = |end: NaiveDate| {
        let start = end - chrono::Days::new(6);
        l.prs.iter().any(|(d, _)| *d >= start && *d <= end)
    };
    let shown = range.len().min(area.width as usize);
    let bars: Vec<SparklineBar> = l.weekly[l.weekly.len() - shown..]
        .iter()
        .zip(&range[range.len() - shown..])
        .map(|(v, &end)| {
            let bar = SparklineBar::from(v.map(|x| (x * 10.0).round() as u64));
            if is_pr(end) {
                bar.style(Some(th.ok()))
            } else {
                bar
            }
        })
        .collect();
    Sparkline::default()
        .data(bars)
        .style(th.lift())
        .render(area, buf);
    let prs = l
        .prs
        .iter()
        .filter(|(d, _)| *d >= range[0] - chrono::Days::new(6))
        .count();
    let mark = if prs > 0 {
        format!("★ {prs}")
    } else {
        "·".into()
    };
    buf.set_stringn(area.right() + 1, area.y, mark, 4, th.ok());
}

/// Best times, longest run, biggest week and the predictions with the race they come from.
pub fn runs(th: &Theme, p: &Progress, u: Units, area: Rect, buf: &mut Buffer) {
    let r = &p.records;
    let mut rows: Vec<Row> = RACES
        .iter()
        .zip(r.runs.bests())
        .map(|(&(name, d), best)| match best {
            Some(b) => Row::new(vec![
                Cell::from(name),
                Cell::from(duration_clock(b.seconds)),
                Cell::from(format::pace_with_unit(d, b.seconds, u)),
                // a best effort inside a longer run is starred (§9 v3)
                Cell::from(match b.start_m {
                    Some(_) => format!("{}*", short(b.date)),
                    None => short(b.date),
                }),
            ]),
            None => Row::new(vec![Cell::from(name), Cell::from("-")]).style(th.dim()),
        })
        .collect();
    if let Some(l) = &r.runs.longest {
        rows.push(Row::new(vec![
            Cell::from("longest run"),
            Cell::from(format::distance_1dp(l.distance_m, u)),
            Cell::from(""),
            Cell::from(short(l.date)),
        ]));
    }
    if let Some(w) = &r.runs.biggest_week {
        rows.push(Row::new(vec![
            Cell::from("calendar week"),
            Cell::from(format::distance_1dp(w.km * 1000.0, u)),
            Cell::from(""),
            Cell::from(short(w.from)),
        ]));
    }
    match &r.predictions {
        Some(pr) => rows.extend(prediction_rows(th, pr, u)),
        None => rows.push(Row::new(vec!["predictions", "-", "", "no race"]).style(th.dim())),
    }
    // the pace column only where the dates still fit beside it
    let pace = if area.width >= 48 { 9 } else { 0 };
    let widths = [
        Constraint::Length(14),
        Constraint::Length(8),
        Constraint::Length(pace),
        Constraint::Fill(1),
    ];
    Table::new(rows, widths)
        .header(Row::new(vec!["best", "time", "pace", "on"]).style(th.dim()))
        .style(th.text())
        .block(block(" Runs · best times (* inside a run) ", th))
        .render(area, buf);
}

/// The race predictions come from (its date and VDOT), then a row per distance.
fn prediction_rows<'a>(th: &Theme, pr: &Predictions, u: Units) -> Vec<Row<'a>> {
    let mut rows = vec![
        Row::new(vec![
            Cell::from("predicted from"),
            Cell::from(format!("VDOT {:.1}", pr.from.vdot)),
            Cell::from(""),
            Cell::from(format!("race {}", short(pr.from.date))),
        ])
        .style(th.dim()),
    ];
    let times = [pr.k5, pr.k10, pr.half, pr.marathon];
    for (&(name, d), t) in RACES.iter().zip(times) {
        rows.push(Row::new(vec![
            Cell::from(format!("→ {name}")),
            Cell::from(duration_clock(t)),
            Cell::from(format::pace_with_unit(d, t, u)),
        ]));
    }
    rows
}

/// Each pair of shoes: runs, distance, a bar against the retire distance, worn pairs marked.
pub fn shoes(th: &Theme, p: &Progress, (retire_km, u): (f64, Units), area: Rect, buf: &mut Buffer) {
    // distances in the user's unit: 700 km is "435 mi" for a miles user
    let per = 1000.0 / distance_unit_m(u);
    let unit = format::dist_unit(u);
    let title = format!(" Shoes · worn at {:.0} {unit} ", retire_km * per);
    let b = Block::bordered().title(Span::styled(title, th.title()));
    let inner = b.inner(area);
    b.render(area, buf);
    if inner.height == 0 {
        return;
    }
    let list = &p.records.shoes;
    if list.is_empty() {
        let msg = "no shoes yet: name them on a run (Shoes field, --shoes)";
        buf.set_stringn(inner.x, inner.y, msg, inner.width as usize, th.dim());
        return;
    }
    let w = inner.width as usize;
    buf.set_stringn(
        inner.x,
        inner.y,
        format!("{:<12} {:>4} {:>5}", "pair", "runs", unit),
        w,
        th.dim(),
    );
    for (i, s) in list.iter().enumerate() {
        let y = inner.y + 1 + i as u16;
        if y >= inner.bottom() {
            break;
        }
        let worn = s.worn;
        let st = if worn { th.error() } else { th.text() };
        let text = format!("{:<12.12} {:>4} {:>5.0}", s.name, s.runs, s.km * per);
        buf.set_stringn(inner.x, y, &text, w, st);
        let x = inner.x + text.chars().count() as u16 + 1;
        let gw = inner.right().saturating_sub(x);
        if gw >= 4 {
            let label = if worn { "worn" } else { "" };
            LineGauge::default()
                .ratio((s.km / retire_km.max(1.0)).clamp(0.0, 1.0))
                .label(label)
                .filled_symbol("━")
                .unfilled_symbol("─")
                .filled_style(if worn { th.error() } else { th.run() })
                .unfilled_style(th.dim())
                .render(Rect::new(x, y, gw, 1), buf);
        }
    }
}
