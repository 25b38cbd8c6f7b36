//! Popups over the tabs: help, settings, the first start's questions, a new exercise's mapping, the quit question, the import path and summary, a
//! run's summary.

pub mod exercise;
pub mod explain;
pub mod first_start;
pub mod help;
pub mod import;
pub mod scroll;
pub mod settings;
pub mod summary;
pub mod templates;

use super::form::import::{ImportPrompt, ImportReport};
use super::form::settings::SettingsForm;
use super::form::templates::TemplatePicker;
use super::text;
use super::theme::Theme;
use crate::domain::Session;
use exercise::ExerciseForm;
use explain::ExplainView;
use first_start::FirstStartForm;
use help::HelpView;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};
use summary::SummaryView;

/// A popup over the tabs.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // one popup at a time
pub enum Popup {
    /// `?`: every key, scrollable.
    Help(HelpView),
    Settings(SettingsForm),
    ConfirmQuit,
    /// Dashboard `i`: what ACWR, fitness/fatigue/form and monotony mean.
    LoadHelp,
    /// Dashboard `Enter`: where the selected group's volume came from (§10), scrollable.
    Explain(ExplainView),
    /// `Ctrl-T`: templates to pick, or a name to save one.
    Templates(TemplatePicker),
    /// Unsaved input in a form would be lost: asks before doing it.
    ConfirmDiscard(Discard),
    /// History `i`: the path to import.
    ImportPath(ImportPrompt),
    /// What the import did, scrollable.
    ImportReport(ImportReport),
    /// A run's summary: after a new run is saved, and History `v`; scrollable.
    Summary(SummaryView),
    /// The first start on a new database: the few settings the numbers depend on.
    FirstStart(FirstStartForm),
    /// The Strength picker's `add «name»`: a new exercise's mapping.
    NewExercise(ExerciseForm),
}

/// What would drop a form's unsaved input, done once the user says yes.
#[derive(Debug, Clone, PartialEq)]
pub enum Discard {
    /// `Esc` on a changed edit: drop the changes, back to History.
    LeaveEdit,
    /// History `e` while the session's form holds other unsaved input: open the session anyway.
    OpenEdit(Box<Session>),
}

/// A centred rectangle of at most `w`×`h` inside `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Dashboard `Enter`: the selected group's volume, session by session (§10); `n`: the whole
/// next-session suggestion (§8).
pub fn explain(th: &Theme, v: &ExplainView, area: Rect, buf: &mut Buffer) {
    let r = centered(
        area,
        area.width.saturating_sub(4).min(110),
        area.height.saturating_sub(2),
    );
    Clear.render(r, buf);
    let title = format!(" {} · ↑/↓ scroll · Esc closes ", v.title);
    Paragraph::new(v.text.as_str())
        .wrap(Wrap { trim: false })
        .scroll((v.top, 0))
        .style(th.text())
        .block(Block::bordered().title(Span::styled(title, th.title())))
        .render(r, buf);
}

/// Dashboard `i`: two lines on each load figure.
pub fn load_help(th: &Theme, area: Rect, buf: &mut Buffer) {
    let r = centered(area, 76, 2 + 2 * text::LOAD_HELP.len() as u16);
    Clear.render(r, buf);
    let lines: Vec<ratatui::text::Line> = text::LOAD_HELP
        .iter()
        .map(|(name, what)| {
            ratatui::text::Line::from(vec![
                Span::styled(format!("{name}: "), th.focus()),
                Span::styled(*what, th.text()),
            ])
        })
        .collect();
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(Block::bordered().title(Span::styled(" Load, explained · Esc closes ", th.title())))
        .render(r, buf);
}

/// "Discard the changes?" before an edit is cancelled or another session opened over input.
pub fn confirm_discard(th: &Theme, area: Rect, buf: &mut Buffer) {
    let r = centered(area, 52, 5);
    Clear.render(r, buf);
    Paragraph::new(text::CONFIRM_DISCARD)
        .wrap(Wrap { trim: true })
        .style(th.focus())
        .block(Block::bordered().title(Span::styled(" Discard changes? ", th.title())))
        .render(r, buf);
}

pub fn confirm_quit(th: &Theme, area: Rect, buf: &mut Buffer) {
    let r = centered(area, 52, 5);
    Clear.render(r, buf);
    Paragraph::new(text::CONFIRM_QUIT)
        .wrap(Wrap { trim: true })
        .style(th.focus())
        .block(Block::bordered().title(Span::styled(" Quit? ", th.title())))
        .render(r, buf);
}
