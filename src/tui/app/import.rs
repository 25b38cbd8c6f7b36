//! `App::update` for the History tab's import: typing the path, asking the driver to import it,
//! and showing the summary it sends back.

use super::App;
use crate::import::ImportSummary;
use crate::tui::action::Action;
use crate::tui::effect::Effect;
use crate::tui::form::Key;
use crate::tui::form::import::{ImportReport, prompt_error};
use crate::tui::popup::Popup;

/// Lines a page key moves the summary.
const PAGE: isize = 10;

impl App {
    /// Keys while the path prompt or the summary is open (`Esc` is `Back`, handled with every
    /// popup).
    pub(crate) fn import_key(&mut self, action: Action) -> Vec<Effect> {
        match &mut self.popup {
            Some(Popup::ImportPath(p)) => match action {
                Action::Paste(t) => crate::tui::form::pasted(&t).for_each(|c| p.edit(Key::Char(c))),
                Action::Submit | Action::Save => {
                    if p.path.trim().is_empty() {
                        p.error = Some("type the path of a file or a folder".into());
                    } else {
                        p.error = None;
                        return vec![Effect::Import(p.path.trim().to_string())];
                    }
                }
                other => {
                    if let Some(k) = Key::of(&other) {
                        p.edit(k);
                    }
                }
            },
            Some(Popup::ImportReport(r)) => match action {
                Action::Up | Action::ScrollUp => r.scroll_by(-1),
                Action::Down | Action::ScrollDown => r.scroll_by(1),
                Action::PageUp => r.scroll_by(-PAGE),
                Action::PageDown => r.scroll_by(PAGE),
                Action::Home => r.scroll_to(0),
                Action::End => r.scroll_to(usize::MAX),
                Action::Submit => self.popup = None,
                _ => {}
            },
            _ => {}
        }
        Vec::new()
    }

    /// The driver's answer to `Effect::Import`: a path that led nowhere stays in the prompt with
    /// the reason; anything else becomes the summary. The caller reloads the data either way.
    pub(super) fn imported(&mut self, sum: &ImportSummary, notes: &[String]) {
        if let (Some(why), Some(Popup::ImportPath(p))) = (prompt_error(sum), &mut self.popup) {
            p.error = Some(why.clone());
            self.error(format!("not imported: {why}"));
            return;
        }
        let mut report = ImportReport::new(sum);
        report.add(notes);
        let c = report.counts;
        let text = format!(
            "import: {} new, {} updated, {} unchanged, {} skipped, {} failed",
            c.added, c.updated, c.unchanged, c.skipped, c.failed
        );
        if c.failed > 0 {
            self.error(text);
        } else {
            self.info(text);
        }
        self.popup = Some(Popup::ImportReport(report));
    }
}
