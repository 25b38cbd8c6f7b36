//! History tab: sessions newest first (filtered by kind), the selected one in a detail pane.

mod details;

use super::Spec;
use crate::domain::Session;
use crate::domain::run_summary::Summary;
use crate::format;
use crate::store::progress::Pr;
use crate::tui::action::Action;
use crate::tui::binding::Binding;
use crate::tui::ctx::Ctx;
use crate::tui::data::Data;
use crate::tui::effect::Effect;
use crate::tui::form::import::ImportPrompt;
use crate::tui::popup::Popup;
use crate::tui::popup::summary::SummaryView;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Widget};

pub const SPEC: Spec = Spec {
    title: "History",
    form: false,
    hint: "↑/↓ select  e edit  d delete  u undo  f filter  i import  ? keys  q quit",
    typing_hint: "",
    keys: &[
        Binding {
            keys: &[KeyCode::Char('e'), KeyCode::Enter],
            shown: "e, Enter",
            action: Action::Edit,
            help: "edit it in its form",
        },
        Binding {
            keys: &[KeyCode::Char('v')],
            shown: "v",
            action: Action::ViewSummary,
            help: "a run's whole summary: splits, zones, elevation, best efforts, next",
        },
        Binding {
            keys: &[KeyCode::Char('d'), KeyCode::Delete],
            shown: "d, Delete",
            action: Action::Delete,
            help: "delete it",
        },
        Binding {
            keys: &[KeyCode::Char('u')],
            shown: "u",
            action: Action::Undo,
            help: "undo the last delete or edit",
        },
        Binding {
            keys: &[KeyCode::Char('f')],
            shown: "f",
            action: Action::CycleFilter,
            help: "filter: all, runs, strength",
        },
        Binding {
            keys: &[KeyCode::Char('i')],
            shown: "i",
            action: Action::StartInput,
            help: crate::const_concat!(
                "import a file or folder (",
                crate::import::formats::FORMATS_SHORT,
                ")"
            ),
        },
    ],
    section: Some("History"),
    more_help: &[
        ("↑ ↓ / j k, PgUp PgDn", "select a session"),
        ("↑ ↓, PgUp PgDn", "scroll the import summary; Esc closes it"),
    ],
};

/// The PRs of the selected strength session, or the summary of the selected run, asked of the
/// store once per selection and reload.
pub fn wants(st: &mut HistoryState, cx: &Ctx) -> Option<Effect> {
    let s = st.selected_session(cx.data)?;
    let (id, run) = (s.id, s.is_run());
    (st.asked != Some(id)).then(|| {
        st.asked = Some(id);
        if run {
            Effect::LoadSummary(id, false)
        } else {
            Effect::FindPrs(id)
        }
    })
}

/// Which sessions the History tab lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KindFilter {
    #[default]
    All,
    Run,
    Strength,
}

impl KindFilter {
    pub fn label(self) -> &'static str {
        match self {
            KindFilter::All => "all",
            KindFilter::Run => "runs",
            KindFilter::Strength => "strength",
        }
    }

    pub fn accepts(self, s: &Session) -> bool {
        match self {
            KindFilter::All => true,
            KindFilter::Run => s.is_run(),
            KindFilter::Strength => !s.is_run(),
        }
    }

    /// `f`: all, runs, strength, all...
    pub fn next(self) -> KindFilter {
        match self {
            KindFilter::All => KindFilter::Run,
            KindFilter::Run => KindFilter::Strength,
            KindFilter::Strength => KindFilter::All,
        }
    }
}

/// The History tab's own state: the selected row and the filter, and the PRs of the selected
/// session once the store has found them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HistoryState {
    pub selected: usize,
    pub filter: KindFilter,
    /// The PRs of the session with this id.
    pub prs: Option<(i64, Vec<Pr>)>,
    /// The session whose PRs or summary were last asked for (since the last reload).
    pub asked: Option<i64>,
    /// The summary of the selected run, once the store has built it.
    pub summary: Option<Box<Summary>>,
    /// A session just saved: its PRs go to the status line too.
    pub announce: Option<i64>,
    /// A session just edited: selected once the data is reloaded (its row may have moved).
    pub reselect: Option<i64>,
}

impl HistoryState {
    /// The store built a run's summary: kept for the details, and shown in a popup when asked
    /// (over no other popup).
    pub fn summary_loaded(
        &mut self,
        sum: Option<Box<Summary>>,
        popup: bool,
        open: &mut Option<Popup>,
    ) {
        let Some(sum) = sum else { return };
        if popup && open.is_none() {
            *open = Some(Popup::Summary(SummaryView::new(sum.clone())));
        }
        self.summary = Some(sum);
    }

    /// The summary of the run `id`, if it is the one kept.
    pub fn summary_of(&self, id: i64) -> Option<&Summary> {
        self.summary.as_deref().filter(|s| s.session.id == id)
    }

    /// The sessions listed, newest first.
    pub fn rows<'a>(&self, data: &'a Data) -> Vec<&'a Session> {
        let f = self.filter;
        data.sessions.iter().filter(|s| f.accepts(s)).collect()
    }

    pub fn selected_session<'a>(&self, data: &'a Data) -> Option<&'a Session> {
        self.rows(data).get(self.selected).copied()
    }

    /// Moves the selection among `n` rows; the other keys are not the list's.
    pub fn update(&mut self, action: &Action, n: usize) {
        let last = n.saturating_sub(1);
        let s = &mut self.selected;
        match action {
            Action::Up | Action::ScrollUp => *s = s.saturating_sub(1),
            Action::Down | Action::ScrollDown => *s = (*s + 1).min(last),
            Action::PageUp => *s = s.saturating_sub(PAGE),
            Action::PageDown => *s = (*s + PAGE).min(last),
            Action::Home => *s = 0,
            Action::End => *s = last,
            Action::CycleFilter => {
                self.filter = self.filter.next();
                *s = 0;
            }
            _ => {}
        }
    }
}

/// `PR: back squat e1RM 128.3 kg (was 116.7 kg)`, one per exercise.
pub fn pr_line(prs: &[Pr], u: crate::domain::Units) -> String {
    let each: Vec<String> = prs
        .iter()
        .map(|p| {
            format!(
                "{} e1RM {} (was {})",
                p.exercise,
                format::weight_with_unit(p.e1rm, u),
                format::weight_with_unit(p.was, u)
            )
        })
        .collect();
    format!("PR: {}", each.join(", "))
}

/// Rows a page key moves the selection.
const PAGE: usize = 10;

pub fn update(st: &mut HistoryState, cx: &Ctx, action: Action) -> Vec<Effect> {
    match action {
        Action::StartInput => {
            return vec![Effect::Open(Box::new(Popup::ImportPath(
                ImportPrompt::default(),
            )))];
        }
        Action::Edit | Action::Submit => {
            if let Some(s) = st.selected_session(cx.data) {
                return vec![Effect::Edit(Box::new(s.clone()))];
            }
        }
        Action::ViewSummary => {
            let Some(id) = st
                .selected_session(cx.data)
                .filter(|s| s.is_run())
                .map(|s| s.id)
            else {
                return Vec::new();
            };
            return match st.summary_of(id) {
                Some(sum) => {
                    let view = SummaryView::new(Box::new(sum.clone()));
                    vec![Effect::Open(Box::new(Popup::Summary(view)))]
                }
                None => vec![Effect::LoadSummary(id, true)],
            };
        }
        Action::Delete => {
            if let Some(s) = st.selected_session(cx.data) {
                return vec![Effect::Delete(s.id)];
            }
        }
        other => {
            let n = st.rows(cx.data).len();
            st.update(&other, n);
        }
    }
    Vec::new()
}

pub fn render(st: &HistoryState, cx: &Ctx, area: Rect, buf: &mut Buffer) {
    let (th, data) = (cx.theme, cx.data);
    let rows = st.rows(data);
    let wide = area.width >= 100;
    let [list, detail] = if wide {
        Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(area)
    } else {
        Layout::vertical([Constraint::Fill(1), Constraint::Length(9)]).areas(area)
    };
    let newest = if data.sessions.len() >= crate::tui::data::HISTORY_ROWS {
        "newest "
    } else {
        ""
    };
    let title = format!(
        " Sessions: {newest}{} ({}, f to change) ",
        rows.len(),
        st.filter.label()
    );
    let b = Block::bordered().title(Span::styled(title, th.title()));
    let inner = b.inner(list);
    b.render(list, buf);
    if inner.height < 2 {
        return;
    }
    let head = format!("{:<10} {:<5} {:>5}  {}", "date", "type", "load", "session");
    buf.set_stringn(inner.x, inner.y, head, inner.width as usize, th.dim());
    let visible = (inner.height - 1) as usize;
    let sel = st.selected;
    // the selection stays on screen: scroll just enough to keep it at the bottom edge
    let offset = sel.saturating_sub(visible.saturating_sub(1));
    if rows.is_empty() {
        let msg = "nothing logged yet: 2 logs a run, 3 a lift, i imports files";
        buf.set_stringn(inner.x, inner.y + 1, msg, inner.width as usize, th.dim());
    }
    for (i, s) in rows.iter().enumerate().skip(offset).take(visible) {
        let y = inner.y + 1 + (i - offset) as u16;
        let kind = match s.run() {
            Some(r) => r.kind.key().to_string(),
            None => "lift".into(),
        };
        let line = format!(
            "{:<10} {:<5.5} {:>5.0}  {}",
            s.date,
            kind,
            s.load(&data.settings),
            format::session_summary(s, &data.settings)
        );
        let st = if i == sel { th.selected() } else { th.text() };
        if i == sel {
            buf.set_style(
                Rect {
                    y,
                    height: 1,
                    ..inner
                },
                st,
            );
        }
        buf.set_stringn(inner.x, y, line, inner.width as usize, st);
    }
    let s = st.selected_session(data);
    let prs = match (&st.prs, s) {
        (Some((id, p)), Some(s)) if *id == s.id => p.as_slice(),
        _ => &[],
    };
    let sum = s.and_then(|s| st.summary_of(s.id));
    details::render(th, data, s, prs, sum, detail, buf);
}
