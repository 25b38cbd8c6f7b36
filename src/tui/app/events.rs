//! What the store answered (`StoreEvent`): the data loaded, a session saved, deleted or put
//! back, settings and races stored, an import's summary, PRs, a summary, what a live workout's
//! draft did.

use super::App;
use crate::format;
use crate::tui::action::StoreEvent;
use crate::tui::data::Lazy;
use crate::tui::effect::Effect;
use crate::tui::popup::Popup;
use crate::tui::tabs;
use crate::tui::undo::Undo;

impl App {
    pub(super) fn done(&mut self, o: StoreEvent) -> Vec<Effect> {
        let settings = self
            .data
            .as_ref()
            .map(|d| d.settings.clone())
            .unwrap_or_default();
        match o {
            StoreEvent::Loaded(data) => {
                // the selection is a session, not a row: another process's write moves rows
                let was = self.selected_session().map(|s| s.id);
                self.data = Some(*data);
                self.history.asked = None;
                let edited = self.history.reselect.take().or(was);
                let rows = self.history_rows();
                let n = rows.len();
                let at = edited.and_then(|id| rows.iter().position(|x| x.id == id));
                self.history.selected =
                    at.unwrap_or(self.history.selected.min(n.saturating_sub(1)));
                return Vec::new();
            }
            StoreEvent::Inserted(s) | StoreEvent::Updated(s) => return self.saved(s, &settings),
            StoreEvent::Deleted(s) => {
                self.info(format!(
                    "deleted {} {} (u to undo)",
                    s.date,
                    format::session_summary(&s, &settings)
                ));
                self.undo.push(Undo::Deleted(s));
            }
            StoreEvent::Restored(s) => self.info(format!("restored {} {}", s.date, s.type_key())),
            StoreEvent::SettingsSaved(_) if matches!(self.popup, Some(Popup::FirstStart(_))) => {
                self.first_start_saved()
            }
            StoreEvent::ExerciseAdded(e) => self.exercise_added(&e),
            StoreEvent::FirstStart => {
                self.open_first_start();
                return Vec::new();
            }
            StoreEvent::Reverted(s) => self.info(format!(
                "undid the edit: {} {} is as it was",
                s.date,
                format::session_summary(&s, &settings)
            )),
            StoreEvent::SettingsSaved(_) => {
                self.popup = None;
                let race = self
                    .status
                    .take()
                    .filter(|s| !s.error && s.text.starts_with("added"));
                match race {
                    Some(r) => self.info(format!("{} · settings saved", r.text)),
                    None => self.info("settings saved"),
                }
            }
            StoreEvent::RaceAdded(r) => return self.race_added(&r, &settings),
            StoreEvent::Imported(sum, notes) => self.imported(&sum, &notes),
            StoreEvent::TemplateSaved(name, replaced) => {
                self.popup = None;
                let verb = if replaced { "replaced" } else { "saved" };
                self.info(format!("template \"{name}\" {verb} (Ctrl-T to use it)"));
            }
            StoreEvent::Prs(id, prs) => {
                // only while the save's message is still shown (it goes with a tab switch)
                let shown = self.status.as_ref().is_some_and(|s| !s.error);
                if self.history.announce.take() == Some(id) && !prs.is_empty() && shown {
                    let said = self.status.take().map(|s| s.text).unwrap_or_default();
                    self.info(format!(
                        "{said} · {}",
                        tabs::history::pr_line(&prs, settings.weight_unit)
                    ));
                }
                self.history.prs = Some((id, prs));
                return Vec::new();
            }
            StoreEvent::Summary(id, sum, popup) => {
                self.history.summary_loaded(
                    sum.filter(|s| s.session.id == id),
                    popup,
                    &mut self.popup,
                );
                return Vec::new();
            }
            StoreEvent::DraftFound(_)
            | StoreEvent::DraftSaved
            | StoreEvent::DraftDropped
            | StoreEvent::WorkoutFinished(_)
            | StoreEvent::Rang => return self.workout_done(o, &settings),
            StoreEvent::E1rmBests(b) => {
                if let Some(d) = self.data.as_mut() {
                    d.e1rm_bests = Lazy::Loaded(b);
                }
                return Vec::new();
            }
            StoreEvent::ProgressLoaded(p) => {
                if let Some(d) = self.data.as_mut().filter(|d| d.day == p.day) {
                    d.progress = Lazy::Loaded(p);
                }
                return Vec::new();
            }
        }
        vec![Effect::Reload]
    }

    /// A race from the settings popup is stored: said in the status line; the popup's settings
    /// changes are saved next, else it closes.
    fn race_added(
        &mut self,
        r: &crate::domain::Race,
        settings: &crate::domain::Settings,
    ) -> Vec<Effect> {
        self.info(format!(
            "added race {}: {}, {}",
            r.id,
            format::race_line(r, settings.distance_unit),
            format::days_to_go(r.days_from(self.today))
        ));
        if let Some(Popup::Settings(f)) = &mut self.popup {
            f.race_added(r);
            match f.save() {
                Ok(c) if !c.settings.is_empty() => {
                    return vec![Effect::SetSettings(c.settings), Effect::Reload];
                }
                Ok(_) => self.popup = None,
                Err(_) => {}
            }
        }
        vec![Effect::Reload]
    }
}
