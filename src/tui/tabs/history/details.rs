//! The History tab's detail pane: everything about the selected session; for a run, its
//! summary (`popup::summary`, what `legday show` prints) with the elevation profile.

use crate::domain::metrics::{race_predictions, vdot};
use crate::domain::run_summary::{RunSummary, SplitRow, Summary};
use crate::domain::{Muscle, Session};
use crate::domain::{Run, RunKind, Units};
use crate::format;
use crate::store::progress::Pr;
use crate::tui::data::Data;
use crate::tui::popup::summary;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

pub fn render(
    th: &Theme,
    data: &Data,
    s: Option<&Session>,
    prs: &[Pr],
    sum: Option<&Summary>,
    area: Rect,
    buf: &mut Buffer,
) {
    let b = Block::bordered().title(Span::styled(" Details ", th.title()));
    let inner = b.inner(area);
    b.render(area, buf);
    let Some(s) = s else { return };
    if let (Some(sum), Some(r)) = (sum, s.run()) {
        return run_summary(th, data, s, r, sum, inner, buf);
    }
    let st = &data.settings;
    let (u, wu) = (st.distance_unit, st.weight_unit);
    let mut lines: Vec<String> = Vec::new();
    let when = match s.time {
        Some(t) => format!("{} {}", format::day_year(s.date), t.format("%H:%M")),
        None => format::day_year(s.date),
    };
    lines.push(format!("#{} · {when}", s.id));
    let dflt = match s.rpe_source(st) {
        crate::domain::RpeSource::Logged => "",
        crate::domain::RpeSource::HeartRate => " (heart rate)",
        crate::domain::RpeSource::Default => " (default)",
    };
    lines.push(format!(
        "RPE {}{dflt} · {:.0} min · load {:.0} AU",
        s.effective_rpe(st),
        s.minutes(),
        s.load(st)
    ));
    if let Some(r) = s.run() {
        lines.extend(run_lines(r, u, wu));
    }
    if !prs.is_empty() {
        lines.push(super::pr_line(prs, wu));
    }
    if let Some(stg) = s.strength() {
        for g in group_sets(stg, wu) {
            lines.push(g);
        }
    }
    let (lift, run) = crate::domain::volume::session_volume(s, st, &data.catalog);
    let vol = lift + run;
    let top: Vec<String> = Muscle::ALL
        .iter()
        .filter(|m| vol[**m] >= 0.05)
        .map(|m| format!("{} {:.1}", m.label(), vol[*m]))
        .collect();
    if !top.is_empty() {
        lines.push(format!("sets: {}", top.join(", ")));
    }
    if let Some(n) = &s.note {
        lines.push(format!("note: {n}"));
    }
    match (&s.source, &s.source_file) {
        (Some(src), Some(file)) => lines.push(format!("imported from {src}: {file}")),
        (Some(src), None) => lines.push(format!("imported from {src}")),
        _ => {}
    }
    lines.push("e edit · d delete · u undo".into());
    let lines: Vec<Line> = lines.into_iter().map(Line::from).collect();
    Paragraph::new(lines)
        .style(th.text())
        .wrap(Wrap { trim: false })
        .render(inner, buf);
}

/// A run's summary without its blank lines, with what it does not show (elevation gain,
/// vest, shoes, the note, the source) after its time and a race's VDOT at the end; then the
/// keys, and the profile at the foot when there is room.
fn run_summary(
    th: &Theme,
    data: &Data,
    s: &Session,
    r: &Run,
    sum: &Summary,
    inner: Rect,
    buf: &mut Buffer,
) {
    let st = &data.settings;
    let (u, wu) = (st.distance_unit, st.weight_unit);
    let mut lines = summary::text_lines(sum, st);
    lines.retain(|l| !l.trim().is_empty());
    // a pane too short or too narrow for the splits' table has their fastest and slowest in
    // a line (the table's rows are the lines indented by two)
    let room = inner.height.saturating_sub(1) as usize;
    let narrow = lines
        .iter()
        .any(|l| l.starts_with("  ") && l.chars().count() > inner.width as usize);
    if (lines.len() > room || narrow)
        && let Some(run) = &sum.run
    {
        lines = compact_splits(lines, run, u);
    }
    // what the session is about goes first: the pane is short at 80 columns
    let mut about = Vec::new();
    let extra = extras(r, u, wu);
    if !extra.is_empty() {
        about.push(extra.join(" · "));
    }
    if let Some(n) = &s.note {
        about.push(format!("note: {n}"));
    }
    if let Some(src) = &s.source {
        about.push(format!("imported from {src}"));
    }
    let at = 2.min(lines.len());
    lines.splice(at..at, about);
    lines.extend(
        run_metrics(r, u)
            .into_iter()
            .filter(|l| l.starts_with("race")),
    );
    let foot = if inner.height >= 8 {
        summary::profile_rows(sum, 1)
    } else {
        0
    };
    let text = Rect {
        height: inner.height.saturating_sub(foot + 1),
        ..inner
    };
    let lines: Vec<Line> = summary::fit(lines, inner.width as usize)
        .into_iter()
        .map(Line::from)
        .collect();
    Paragraph::new(lines).style(th.text()).render(text, buf);
    let keys = "v whole summary · e edit · d delete · u undo";
    let y = text.bottom();
    if y < inner.bottom() {
        buf.set_stringn(inner.x, y, keys, inner.width as usize, th.dim());
    }
    if let Some(run) = &sum.run
        && foot > 0
    {
        let at = Rect {
            y: y + 1,
            height: foot,
            ..inner
        };
        summary::profile(th, run, u, at, buf);
    }
}

/// The splits' table (`Splits (km)`, its header and rows) as one line: `13 splits (km):
/// fastest #1 6:32 /km · slowest #6 8:17 /km · v shows all`.
fn compact_splits(mut lines: Vec<String>, run: &RunSummary, u: Units) -> Vec<String> {
    let Some(at) = lines.iter().position(|l| l.starts_with("Splits (")) else {
        return lines;
    };
    let unit = match run.split_unit {
        Units::Metric => "km",
        Units::Imperial => "mi",
    };
    let mark = |what: &str, pick: fn(&SplitRow) -> bool| {
        let (i, x) = run.splits.iter().enumerate().find(|(_, x)| pick(x))?;
        let p = format::pace_with_unit(x.split.distance_m, x.split.seconds, u);
        Some(format!("{what} #{} {p}", i + 1))
    };
    let mut parts: Vec<String> = [
        mark("fastest", |x| x.fastest),
        mark("slowest", |x| x.slowest),
    ]
    .into_iter()
    .flatten()
    .collect();
    parts.push("v shows all".into());
    let line = format!(
        "{} splits ({unit}): {}",
        run.splits.len(),
        parts.join(" · ")
    );
    let end = (at + 2 + run.splits.len()).min(lines.len());
    lines.splice(at..end, [line]);
    lines
}

/// `"back squat 3×5 @ 80 kg"` lines, consecutive identical sets grouped.
fn group_sets(st: &crate::domain::Strength, u: crate::domain::Units) -> Vec<String> {
    let mut out: Vec<(usize, &crate::domain::SetEntry)> = Vec::new();
    for e in &st.sets {
        match out.last_mut() {
            Some((n, last)) if *last == e => *n += 1,
            _ => out.push((1, e)),
        }
    }
    out.iter()
        .map(|(n, e)| {
            let w = e
                .weight_kg
                .map(|w| format!(" @ {}", format::weight_with_unit(w, u)))
                .unwrap_or_default();
            let rir = e.rir.map(|r| format!(" RIR {r}")).unwrap_or_default();
            let warm = if e.warmup { " warm-up" } else { "" };
            format!("{} {n}×{}{w}{rir}{warm}", e.exercise, e.reps)
        })
        .collect()
}

/// Moving and elapsed time when they differ, grade-adjusted pace when the run has one (§7),
/// and for a race its VDOT and the times it predicts (Riegel).
fn run_metrics(r: &Run, u: Units) -> Vec<String> {
    let mut out = Vec::new();
    // the elapsed time when pauses were left out of the duration (§9: moving time)
    if let Some(e) = r.elapsed_s.filter(|e| e - r.duration_s >= 1.0) {
        out.push(format!(
            "moving {} · elapsed {} (pauses left out)",
            crate::format::duration_clock(r.duration_s),
            crate::format::duration_clock(e)
        ));
    }
    if let Some(g) = r.gap_s_per_km {
        out.push(format!(
            "grade-adjusted pace {}",
            format::pace_with_unit(1000.0, g, u)
        ));
    }
    if r.kind == RunKind::Race {
        let times: Vec<String> = race_predictions(r.distance_m, r.duration_s)
            .iter()
            .map(|(name, _, t)| format!("{name} {}", crate::format::duration_clock(*t)))
            .collect();
        if let Some(v) = vdot(r.distance_m, r.duration_s) {
            out.push(format!("race: VDOT {v:.1}; predicts {}", times.join(" · ")));
        }
    }
    out
}

/// A run's distance, kind, time and pace, what else was logged, and `run_metrics`.
fn run_lines(r: &Run, u: Units, wu: Units) -> Vec<String> {
    let mut lines = Vec::new();
    lines.push(format!(
        "{} {} in {} · {}",
        format::distance_1dp(r.distance_m, u),
        r.kind,
        crate::format::duration_clock(r.duration_s),
        format::pace_with_unit(r.distance_m, r.duration_s, u)
    ));
    let mut extra = extras(r, u, wu);
    if let Some(h) = r.avg_hr {
        extra.insert(
            extra.len() - usize::from(r.shoes.is_some()),
            format!("HR {h:.0}"),
        );
    }
    if !extra.is_empty() {
        lines.push(extra.join(" · "));
    }
    lines.extend(run_metrics(r, u));
    lines
}

/// What a run logged beyond distance and time: elevation gain, vest, shoes.
fn extras(r: &Run, u: Units, wu: Units) -> Vec<String> {
    let mut extra = Vec::new();
    if let Some(e) = r.elevation_m {
        // in feet for an imperial user, like every other distance
        let (v, unit) = match u {
            crate::domain::Units::Metric => (e, "m"),
            crate::domain::Units::Imperial => (e / format::M_PER_FT, "ft"),
        };
        extra.push(format!("+{v:.0} {unit}"));
    }
    if let Some(v) = r.vest_kg {
        extra.push(format!("vest {}", format::weight_with_unit(v, wu)));
    }
    if let Some(sh) = &r.shoes {
        extra.push(format!("shoes {sh}"));
    }
    extra
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_and_elapsed_when_pauses_were_left_out() {
        // §9: 1505 s moving of 1685 s elapsed
        let mut r = Run::new(RunKind::Easy, 6000.0, 1505.0);
        assert!(run_metrics(&r, Units::Metric).is_empty());
        r.elapsed_s = Some(1505.4);
        assert!(run_metrics(&r, Units::Metric).is_empty());
        r.elapsed_s = Some(1685.0);
        assert_eq!(
            run_metrics(&r, Units::Metric),
            ["moving 25:05 · elapsed 28:05 (pauses left out)"]
        );
    }
}
