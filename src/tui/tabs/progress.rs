//! Progress tab: months of training as charts (weekly volume per group against its bands,
//! distance per week, load with fitness/fatigue/form, ACWR), the records and the shoes. All of it
//! fits at 120×40 and larger; smaller terminals page through the panels.

mod charts;
mod tables;

use super::Spec;
use crate::domain::Muscle;
use crate::domain::progress::Progress;
use crate::tui::action::Action;
use crate::tui::ctx::Ctx;
use crate::tui::data::progress::RANGES;
use crate::tui::data::{Data, Lazy};
use crate::tui::effect::Effect;
use crate::tui::form::cycle;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Widget, Wrap};

pub const SPEC: Spec = Spec {
    title: "Progress",
    form: false,
    hint: "[/] range  ↑/↓ group  PgUp/PgDn panels  ? keys  q quit",
    typing_hint: "",
    keys: &[],
    section: Some("Progress"),
    more_help: &[
        ("[ ] / ← →", "range: 12, 26 or 52 weeks"),
        ("↑ ↓ / j k", "the group whose weekly volume is charted"),
        ("PgUp PgDn, wheel", "more panels when they do not all fit"),
    ],
};

/// The year of series and records, asked of the store once after each reload.
pub fn wants(d: &mut Data) -> Option<Effect> {
    matches!(d.progress, Lazy::NotLoaded).then(|| {
        d.progress = Lazy::Asked;
        Effect::LoadProgress
    })
}

/// The tab's own state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProgressState {
    /// Index into `RANGES`.
    pub range: usize,
    /// The charted group (index into `Muscle::ALL`).
    pub group: usize,
    /// The first panel shown when they do not all fit.
    pub scroll: usize,
}

impl ProgressState {
    pub fn weeks(&self) -> usize {
        RANGES[self.range.min(RANGES.len() - 1)]
    }

    pub fn muscle(&self) -> Muscle {
        Muscle::ALL[self.group % Muscle::ALL.len()]
    }
}

/// The panels, in the order they are paged through on a small terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Panel {
    Volume,
    Distance,
    Load,
    Acwr,
    Lifts,
    Runs,
    Shoes,
}

const PANELS: [Panel; 7] = [
    Panel::Volume,
    Panel::Distance,
    Panel::Load,
    Panel::Acwr,
    Panel::Lifts,
    Panel::Runs,
    Panel::Shoes,
];

/// Body size from which every panel shows at once.
const FULL_WIDTH: u16 = 120;
const FULL_HEIGHT: u16 = 37;

pub fn update(st: &mut ProgressState, action: Action) -> Vec<Effect> {
    let last = RANGES.len() - 1;
    match action {
        Action::Left => st.range = st.range.saturating_sub(1),
        Action::Right => st.range = (st.range + 1).min(last),
        Action::Up | Action::Down => {
            let m = cycle(&Muscle::ALL, st.muscle(), matches!(action, Action::Down));
            st.group = m.index();
        }
        Action::PageUp | Action::ScrollUp => st.scroll = st.scroll.saturating_sub(1),
        Action::PageDown | Action::ScrollDown => st.scroll = (st.scroll + 1).min(PANELS.len() - 1),
        Action::Home => st.scroll = 0,
        Action::End => st.scroll = PANELS.len() - 1,
        _ => {}
    }
    Vec::new()
}

pub fn render(st: &ProgressState, cx: &Ctx, area: Rect, buf: &mut Buffer) {
    let (th, data) = (cx.theme, cx.data);
    if area.height < 2 {
        return;
    }
    let Some(p) = data.progress.get() else {
        Paragraph::new(" loading the year…").render(area, buf);
        return;
    };
    if p.is_empty() {
        Paragraph::new(crate::tui::text::PROGRESS_EMPTY)
            .style(th.dim())
            .block(
                ratatui::widgets::Block::bordered()
                    .title(ratatui::text::Span::styled(" Progress ", th.title())),
            )
            .wrap(Wrap { trim: true })
            .render(area, buf);
        return;
    }
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let st = *st;
    let full = body.width >= FULL_WIDTH && body.height >= FULL_HEIGHT;
    let line = if full {
        format!(
            " {} weeks to {} ([ ] range) · charted group: {} (↑/↓)",
            st.weeks(),
            crate::format::day(p.day),
            st.muscle().label()
        )
    } else {
        let shown = pager(&st, body).len();
        let first = st.scroll.min(PANELS.len() - 1) + 1;
        format!(
            " {} weeks ([ ]) · {} (↑/↓) · panels {first}-{} of {} (PgDn)",
            st.weeks(),
            st.muscle().label(),
            first + shown - 1,
            PANELS.len()
        )
    };
    buf.set_stringn(head.x, head.y, line, head.width as usize, th.dim());
    if full {
        grid(&View { th, st, data, p }, body, buf);
    } else {
        for (panel, r) in pager(&st, body) {
            draw(panel, &View { th, st, data, p }, r, buf);
        }
    }
}

/// Everything at once: charts in two rows, records and shoes below.
fn grid(v: &View, area: Rect, buf: &mut Buffer) {
    let [top, mid, bottom] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Fill(1),
        Constraint::Length(tables::height(v.p).clamp(12, area.height / 2)),
    ])
    .areas(area);
    let halves = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]);
    let [a, b] = halves.areas(top);
    draw(Panel::Volume, v, a, buf);
    draw(Panel::Distance, v, b, buf);
    let [a, b] = halves.areas(mid);
    draw(Panel::Load, v, a, buf);
    draw(Panel::Acwr, v, b, buf);
    let [a, b, c] = Layout::horizontal([
        Constraint::Percentage(38),
        Constraint::Percentage(34),
        Constraint::Percentage(28),
    ])
    .areas(bottom);
    draw(Panel::Lifts, v, a, buf);
    draw(Panel::Runs, v, b, buf);
    draw(Panel::Shoes, v, c, buf);
}

/// A small terminal: the panels from `scroll` on, one under another, as many as fit at their
/// usual height or at least `MIN_PANEL` rows (the first always); the last takes what is left.
fn pager(st: &ProgressState, area: Rect) -> Vec<(Panel, Rect)> {
    let mut out: Vec<(Panel, Rect)> = Vec::new();
    let mut y = area.y;
    for &panel in PANELS.iter().skip(st.scroll.min(PANELS.len() - 1)) {
        let left = area.bottom().saturating_sub(y);
        if left == 0 || (!out.is_empty() && left < MIN_PANEL) {
            break;
        }
        let h = preferred_height(panel).min(left);
        out.push((
            panel,
            Rect {
                y,
                height: h,
                ..area
            },
        ));
        y += h;
    }
    if let Some((_, last)) = out.last_mut() {
        last.height = area.bottom().saturating_sub(last.y);
    }
    out
}

/// The fewest rows a panel is shown in, below the first.
const MIN_PANEL: u16 = 7;

fn preferred_height(panel: Panel) -> u16 {
    match panel {
        Panel::Volume | Panel::Load => 11,
        Panel::Distance | Panel::Acwr => 10,
        Panel::Lifts | Panel::Runs => 12,
        Panel::Shoes => 7,
    }
}

/// What the panels draw from.
struct View<'a> {
    th: &'a Theme,
    st: ProgressState,
    data: &'a Data,
    p: &'a Progress,
}

fn draw(panel: Panel, v: &View, area: Rect, buf: &mut Buffer) {
    let (th, p, data): (&Theme, &Progress, &Data) = (v.th, v.p, v.data);
    let st = &v.st;
    match panel {
        Panel::Volume => charts::volume(th, p, &data.settings, st, area, buf),
        Panel::Distance => {
            charts::distance(th, p, data.settings.distance_unit, st.weeks(), area, buf)
        }
        Panel::Load => charts::load(th, p, st.weeks(), area, buf),
        Panel::Acwr => charts::acwr(th, p, st.weeks(), area, buf),
        Panel::Lifts => tables::lifts(th, p, data.settings.weight_unit, st.weeks(), area, buf),
        Panel::Runs => tables::runs(th, p, data.settings.distance_unit, area, buf),
        Panel::Shoes => {
            let st = &data.settings;
            tables::shoes(th, p, (st.shoes_retire_km, st.distance_unit), area, buf)
        }
    }
}
