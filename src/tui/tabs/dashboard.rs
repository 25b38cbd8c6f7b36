//! Dashboard: rest banner, the week's muscle bars, alerts, eight-week sparklines, load figures
//! with their trend, week totals and a calendar heatmap. A welcome on an empty database.

mod alerts;
mod explain;
mod race;
mod today;

pub use today::what as today_what;

use super::Spec;
use crate::domain::today::Suggestion;
use crate::domain::{Muscle, RestPrompt};
use crate::format;
use crate::tui::action::Action;
use crate::tui::binding::Binding;
use crate::tui::ctx::Ctx;
use crate::tui::data::Data;
use crate::tui::effect::Effect;
use crate::tui::popup::Popup;
use crate::tui::text;
use crate::tui::theme::Theme;
use crate::tui::widgets::{heatmap, muscle_bars, spark, spark_signed};
use chrono::Duration;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

pub const SPEC: Spec = Spec {
    title: "Dashboard",
    form: false,
    hint: "g start next   Enter explain   ←/→ day   t today   3 lift   ? keys   q quit",
    typing_hint: "",
    keys: &[
        Binding {
            keys: &[KeyCode::Char('t')],
            shown: "t",
            action: Action::Today,
            help: "back to today",
        },
        Binding {
            keys: &[KeyCode::Char('i')],
            shown: "i",
            action: Action::LoadHelp,
            help: "what the load figures mean",
        },
        Binding {
            keys: &[KeyCode::Enter],
            shown: "Enter",
            action: Action::Submit,
            help: "where the selected group's sets came from",
        },
        Binding {
            keys: &[KeyCode::Char('g')],
            shown: "g",
            action: Action::StartToday,
            help: "start the Today suggestion (a prefilled form; Ctrl-S saves)",
        },
        Binding {
            keys: &[KeyCode::Char('n')],
            shown: "n",
            action: Action::ShowNext,
            help: "the whole suggestion: reason, exercises, last sets, protein",
        },
    ],
    section: Some("Dashboard"),
    more_help: &[
        ("← → / h l", "move the day back / forward"),
        ("↑ ↓ / k j", "select a muscle group"),
        ("PgUp PgDn, wheel", "scroll the alerts"),
    ],
};

/// The dashboard's own state: the selected muscle row and the alerts' scroll.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DashboardState {
    /// The selected row of the muscle bars (0 is Quads, the first group).
    pub selected: usize,
    /// The first line of the alert list shown.
    pub alerts_top: usize,
}

/// Lines `PgUp`/`PgDn` move the alerts.
const ALERT_PAGE: usize = 4;

/// `←`/`→` move the day D (never past today); `↑`/`↓` select a group; `PgUp`/`PgDn` and the
/// wheel scroll the alerts; `i` explains the load figures.
pub fn update(st: &mut DashboardState, cx: &Ctx, action: Action) -> Vec<Effect> {
    let n = Muscle::ALL.len();
    let alert_lines = alerts::lines(&cx.data.report.alerts, cx.theme, 30).len();
    let scroll = |top: usize, down: bool, by: usize| {
        if down {
            (top + by).min(alert_lines)
        } else {
            top.saturating_sub(by)
        }
    };
    match action {
        Action::Left => return vec![Effect::SetDay(cx.day - Duration::days(1))],
        Action::Right if cx.day < cx.today => {
            return vec![Effect::SetDay(cx.day + Duration::days(1))];
        }
        Action::Up => st.selected = (st.selected + n - 1) % n,
        Action::Down => st.selected = (st.selected + 1) % n,
        Action::PageDown => st.alerts_top = scroll(st.alerts_top, true, ALERT_PAGE),
        Action::PageUp => st.alerts_top = scroll(st.alerts_top, false, ALERT_PAGE),
        Action::ScrollDown => st.alerts_top = scroll(st.alerts_top, true, 1),
        Action::ScrollUp => st.alerts_top = scroll(st.alerts_top, false, 1),
        Action::LoadHelp => return vec![Effect::Open(Box::new(Popup::LoadHelp))],
        Action::Submit => return explain::group(st.selected, cx),
        Action::ShowNext => return explain::next(cx),
        Action::StartToday => return vec![Effect::StartToday],
        _ => {}
    }
    Vec::new()
}

pub fn render(st: &DashboardState, cx: &Ctx, area: Rect, buf: &mut Buffer) {
    let (th, data) = (cx.theme, cx.data);
    if data.is_empty() {
        return welcome(th, area, buf);
    }
    let r = &data.report;
    let banner = match r.rest.prompt {
        // the message wraps: up to three lines of it
        Some(p) => {
            rest_text(p, r.rest.message.as_deref(), area.width.saturating_sub(2)).len() as u16 + 2
        }
        None => 0,
    };
    let left_w = if area.width >= 110 {
        64
    } else {
        area.width * 11 / 20
    };
    // the alerts get the rows the bottom panels can spare (they need 9)
    let spare = area.height.saturating_sub(banner + 9);
    let right_w = area.width.saturating_sub(left_w);
    let u = data.settings.weight_unit;
    let next_today = data.today.as_ref().map(|t| {
        let mut t = t.clone();
        // a rest the banner above explains is not explained twice
        if t.suggestion == Suggestion::Rest && r.rest.prompt.is_some() {
            t.reason.clear();
        }
        t
    });
    let next_h = next_today
        .as_ref()
        .map_or(0, |t| today::height(t, u, th, right_w));
    let top = (alerts::height(data, th, right_w) + next_h).clamp(9, spare.max(9));
    let [rest, top_row, bottom] = Layout::vertical([
        Constraint::Length(banner),
        Constraint::Length(top),
        Constraint::Min(0),
    ])
    .areas(area);
    if let Some(p) = r.rest.prompt {
        rest_banner(th, p, r.rest.message.as_deref(), rest, buf);
    }
    let [bars, alerts] =
        Layout::horizontal([Constraint::Length(left_w), Constraint::Min(0)]).areas(top_row);
    muscles(st, th, data, bars, buf);
    // the Today panel first (the alerts keep at least three rows: "+N more" and a line)
    let next_h = next_h.min(alerts.height.saturating_sub(3));
    let [next, alerts] =
        Layout::vertical([Constraint::Length(next_h), Constraint::Min(0)]).areas(alerts);
    if let Some(t) = &next_today {
        today::render(th, t, u, next, buf);
    }
    alerts::render(th, data, st.alerts_top, alerts, buf);
    if let Some(r) = crate::domain::Race::next(&data.races, data.day) {
        // on the Next panel's bottom border, else the alerts'
        let on = if next.height >= 2 { next } else { alerts };
        let phase = data.today.as_ref().map(|t| t.phase);
        race::render(th, r, data.day, data.settings.distance_unit, phase, on, buf);
    }
    let [sparks, load, week] = Layout::horizontal([
        Constraint::Length(if area.width >= 110 { 34 } else { 27 }),
        Constraint::Fill(1),
        Constraint::Fill(1),
    ])
    .areas(bottom);
    sparklines(th, data, sparks, buf);
    load_panel(th, data, load, buf);
    week_panel(th, data, week, buf);
}

fn block(title: String, th: &Theme) -> Block<'static> {
    Block::bordered().title(Span::styled(title, th.title()))
}

fn welcome(th: &Theme, area: Rect, buf: &mut Buffer) {
    let lines: Vec<Line> = text::WELCOME
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let st = if i == 0 { th.title() } else { th.text() };
            Line::styled(*l, st)
        })
        .collect();
    let h = (lines.len() as u16 + 4).min(area.height);
    let w = area.width.min(76);
    let r = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 3,
        width: w,
        height: h,
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(block(" Welcome ".into(), th))
        .render(r, buf);
}

/// The rest message wrapped to `width`, at most three lines (the last ends with `…` if cut).
fn rest_text(p: RestPrompt, msg: Option<&str>, width: u16) -> Vec<String> {
    let fallback = match p {
        RestPrompt::RestToday => "make today a rest day or an easy walk",
        RestPrompt::RestTomorrow => "make tomorrow a rest day or an easy walk",
    };
    let mut lines = alerts::wrap(msg.unwrap_or(fallback), width as usize);
    if lines.len() > 3 {
        lines.truncate(3);
        lines[2].push('…');
    }
    lines
}

fn rest_banner(th: &Theme, p: RestPrompt, msg: Option<&str>, area: Rect, buf: &mut Buffer) {
    let title = match p {
        RestPrompt::RestToday => " Rest today ",
        RestPrompt::RestTomorrow => " Rest tomorrow ",
    };
    let lines: Vec<Line> = rest_text(p, msg, area.width.saturating_sub(2))
        .into_iter()
        .map(|l| Line::styled(l, th.rest()))
        .collect();
    Paragraph::new(lines)
        .block(
            Block::bordered()
                .border_style(th.rest())
                .title(Span::styled(title, th.rest())),
        )
        .render(area, buf);
}

fn muscles(st: &DashboardState, th: &Theme, data: &Data, area: Rect, buf: &mut Buffer) {
    let w = data.report.window;
    let from = if w.from.format("%b").to_string() == w.to.format("%b").to_string() {
        w.from.format("%-d").to_string()
    } else {
        w.from.format("%-d %b").to_string()
    };
    let title = format!(" Last 7 days · {from}-{} ", w.to.format("%-d %b"));
    let b = block(title, th)
        .title_top(
            Line::from(vec![
                Span::styled(" run ▒", th.run()),
                Span::styled(" lift █ ", th.lift()),
            ])
            .right_aligned(),
        )
        // the legend sits in the bottom border: always visible, whatever the height
        .title_bottom(Line::styled(
            if area.width as usize >= text::BARS_LEGEND.chars().count() + 2 {
                text::BARS_LEGEND
            } else {
                text::BARS_LEGEND_SHORT
            },
            th.dim(),
        ));
    let inner = b.inner(area);
    b.render(area, buf);
    muscle_bars::render(&data.report.muscles, &data.settings, th, inner, buf);
    let sel = st.selected.min(Muscle::ALL.len() - 1) as u16;
    if sel < inner.height {
        let row = Rect {
            y: inner.y + sel,
            height: 1,
            width: 11.min(inner.width),
            ..inner
        };
        buf.set_style(row, th.selected());
    }
}

fn sparklines(th: &Theme, data: &Data, area: Rect, buf: &mut Buffer) {
    let b = block(format!(" {} weeks · sets/wk ", data.weekly.len()), th);
    let inner = b.inner(area);
    b.render(area, buf);
    for (i, m) in Muscle::ALL.iter().enumerate().take(inner.height as usize) {
        let vals: Vec<f64> = data.weekly.iter().map(|w| w[*m]).collect();
        let edge = data.settings.bands(*m).maintain;
        let max = vals.iter().copied().fold(edge, f64::max);
        let y = inner.y + i as u16;
        buf.set_stringn(inner.x, y, m.label(), 11, th.text());
        let x = inner.x + 12;
        let last = vals.last().copied().unwrap_or(0.0);
        let band = data.report.muscles.get(i).map(|r| r.status);
        let st = band.map(|b| th.band(b)).unwrap_or_default();
        let room = inner.right().saturating_sub(x) as usize;
        let (x2, _) = buf.set_stringn(x, y, spark(&vals, max), room, st);
        let room = inner.right().saturating_sub(x2 + 1) as usize;
        buf.set_stringn(
            x2 + 1,
            y,
            format!("{:>4}", format::volume(last)),
            room,
            th.dim(),
        );
    }
}

fn load_panel(th: &Theme, data: &Data, area: Rect, buf: &mut Buffer) {
    let l = &data.report.load;
    let b = block(" Load · AU · i explains ".into(), th);
    let inner = b.inner(area);
    b.render(area, buf);
    let acwr = match l.acwr {
        Some(a) if inner.width >= 34 => format!("ACWR {a:.2}: last 7 d vs your average"),
        Some(a) => format!("ACWR {a:.2} (7 d : 28 d)"),
        None => format!("ACWR – ({})", text::ACWR_NEEDS),
    };
    let tw = inner.width.saturating_sub(13) as usize;
    let tail = |f: fn(&crate::domain::LoadPoint) -> f64| -> Vec<f64> {
        let v: Vec<f64> = data.trend.iter().map(f).collect();
        v[v.len().saturating_sub(tw)..].to_vec()
    };
    let fit = tail(|p| p.fitness);
    let fat = tail(|p| p.fatigue);
    let top = fit.iter().chain(&fat).copied().fold(0.0, f64::max);
    let rows = [
        (acwr, String::new(), th.text()),
        (
            format!("fitness {:>4} ", format::whole(l.fitness)),
            spark(&fit, top),
            th.ok(),
        ),
        (
            format!("fatigue {:>4} ", format::whole(l.fatigue)),
            spark(&fat, top),
            th.error(),
        ),
        (
            format!("form    {:>4} ", format::whole(l.form)),
            spark_signed(&tail(|p| p.form)),
            th.run(),
        ),
        (
            match (l.monotony, l.strain) {
                (Some(m), Some(s)) if inner.width >= 28 => {
                    format!("monotony {m:.1} · strain {}", format::whole(s))
                }
                (Some(m), _) => format!("monotony {m:.1}"),
                _ => "monotony –".into(),
            },
            String::new(),
            th.text(),
        ),
        (
            format!("week load {} AU", format::whole(l.week)),
            String::new(),
            th.text(),
        ),
    ];
    for (i, (label, sp, st)) in rows.iter().enumerate().take(inner.height as usize) {
        let y = inner.y + i as u16;
        let (x, _) = buf.set_stringn(inner.x, y, label, inner.width as usize, th.text());
        let room = inner.right().saturating_sub(x) as usize;
        buf.set_stringn(x, y, sp, room, *st);
    }
}

fn week_panel(th: &Theme, data: &Data, area: Rect, buf: &mut Buffer) {
    let t = &data.report.totals;
    let u = data.settings.distance_unit;
    let km = t.run_km * 1000.0;
    let b = block(" Last 7 days ".into(), th)
        .title_bottom(Line::styled(heatmap::LEGEND, th.dim()).right_aligned());
    let inner = b.inner(area);
    b.render(area, buf);
    let lines = [
        format!(
            "{} · {} · {}",
            plural(t.runs, "run", "runs"),
            format::distance_1dp(km, u),
            format::hm(t.run_minutes)
        ),
        format!(
            "{} · {} sets",
            plural(t.strength_sessions, "lift", "lifts"),
            t.sets
        ),
    ];
    for (i, l) in lines.iter().enumerate().take(inner.height as usize) {
        buf.set_stringn(
            inner.x,
            inner.y + i as u16,
            l,
            inner.width as usize,
            th.text(),
        );
    }
    if inner.height > 3 {
        let hm = Rect {
            y: inner.y + 2,
            height: inner.height - 2,
            ..inner
        };
        heatmap::render(data, th, hm, buf);
    }
}

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
