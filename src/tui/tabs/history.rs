//! History tab: sessions newest first (filtered by kind), the selected one in a detail pane.

mod details;

use super::Spec;
use crate::domain::Session;
use crate::store::progress::Pr;
use crate::tui::action::{Action, Effect};
use crate::tui::app::{App, Popup};
use crate::tui::data::Data;
use crate::tui::fmt;
use crate::tui::form::import::ImportPrompt;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Widget};

pub const SPEC: Spec = Spec {
    title: "History",
    form: false,
    hint: "↑/↓ select  e edit  d delete  u undo  f filter  i import  ? keys  q quit",
    typing_hint: "",
    help: Some((
        "History",
        &[
            ("↑ ↓ / j k, PgUp PgDn", "select a session"),
            ("e, Enter", "edit it in its form"),
            ("d", "delete it"),
            ("u", "undo the last delete"),
            ("f", "filter: all, runs, strength"),
            (
                "i",
                crate::const_concat!(
                    "import a file or folder (",
                    crate::import::formats::FORMATS_SHORT,
                    ")"
                ),
            ),
            ("↑ ↓, PgUp PgDn", "scroll the import summary; Esc closes it"),
        ],
    )),
    render,
    update,
    wants,
};

/// The PRs of the selected strength session, asked of the store once per selection and reload.
fn wants(app: &mut App) -> Option<Effect> {
    let id = app.selected_session().filter(|s| !s.is_run())?.id;
    (app.history.asked != Some(id)).then(|| {
        app.history.asked = Some(id);
        Effect::FindPrs(id)
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
    /// The session whose PRs were last asked for (since the last reload).
    pub asked: Option<i64>,
    /// A session just saved: its PRs go to the status line too.
    pub announce: Option<i64>,
    /// A session just edited: selected once the data is reloaded (its row may have moved).
    pub reselect: Option<i64>,
}

impl HistoryState {
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
                fmt::weight(p.e1rm, u),
                fmt::weight(p.was, u)
            )
        })
        .collect();
    format!("PR: {}", each.join(", "))
}

/// Rows a page key moves the selection.
const PAGE: usize = 10;

fn update(app: &mut App, action: Action) -> Vec<Effect> {
    match action {
        Action::StartInput => app.popup = Some(Popup::ImportPath(ImportPrompt::default())),
        Action::Edit | Action::Submit => app.edit_selected(),
        Action::Delete => {
            if let Some(s) = app.selected_session() {
                return vec![Effect::Delete(s.id)];
            }
        }
        other => {
            let n = app.history_rows().len();
            app.history.update(&other, n);
        }
    }
    Vec::new()
}

fn render(app: &App, data: &Data, area: Rect, buf: &mut Buffer) {
    let th = &app.theme;
    let rows = app.history_rows();
    let wide = area.width >= 100;
    let [list, detail] = if wide {
        Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(area)
    } else {
        Layout::vertical([Constraint::Fill(1), Constraint::Length(9)]).areas(area)
    };
    let newest = if app
        .data
        .as_ref()
        .is_some_and(|d| d.sessions.len() >= crate::tui::data::HISTORY_ROWS)
    {
        "newest "
    } else {
        ""
    };
    let title = format!(
        " Sessions: {newest}{} ({}, f to change) ",
        rows.len(),
        app.history.filter.label()
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
    let sel = app.history.selected;
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
            fmt::session_summary(s, &data.settings)
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
    let s = app.selected_session();
    let prs = match (&app.history.prs, s) {
        (Some((id, p)), Some(s)) if *id == s.id => p.as_slice(),
        _ => &[],
    };
    details::render(th, data, s, prs, detail, buf);
}
