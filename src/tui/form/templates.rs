//! `Ctrl-T`: the templates popup. Pick a saved template to fill the Strength form, or type a
//! name to save the form's sets (or the History session's) as a template.

use super::{Caret, Key, edit, pasted};
use crate::domain::SetEntry;
use crate::store::templates::Template;
use crate::tui::action::Action;

/// The popup's state.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplatePicker {
    /// The name to save under (empty: `Enter` picks the highlighted template).
    pub name: String,
    /// The highlighted template.
    pub selected: usize,
    /// What saving would store, and where it comes from ("the form", "session #12").
    pub sets: Vec<SetEntry>,
    pub source: String,
    pub error: Option<String>,
    /// The cursor in the name.
    pub caret: Caret,
}

/// What the popup asks of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum TemplateAnswer {
    /// Fill the Strength form with these sets.
    Pick(Vec<SetEntry>),
    /// Save `sets` under this name.
    Save(String, Vec<SetEntry>),
}

impl TemplatePicker {
    pub fn new(sets: Vec<SetEntry>, source: impl Into<String>) -> TemplatePicker {
        TemplatePicker {
            name: String::new(),
            selected: 0,
            sets,
            source: source.into(),
            error: None,
            caret: Caret::default(),
        }
    }

    /// A key while the popup is open.
    pub fn update(&mut self, action: &Action, templates: &[Template]) -> Option<TemplateAnswer> {
        let n = templates.len();
        match action {
            Action::Up if n > 0 => self.selected = (self.selected + n - 1) % n,
            Action::Down if n > 0 => self.selected = (self.selected + 1) % n,
            Action::Paste(t) => {
                pasted(t).for_each(|c| edit(&mut self.name, &mut self.caret, 0, Key::Char(c)))
            }
            Action::Submit | Action::Save => return self.submit(templates),
            other => {
                if let Some(k) = Key::of(other) {
                    edit(&mut self.name, &mut self.caret, 0, k);
                }
            }
        }
        self.error = None;
        None
    }

    /// The characters before the cursor in the name.
    pub fn cursor(&self) -> usize {
        self.caret.at(0, &self.name)
    }

    fn submit(&mut self, templates: &[Template]) -> Option<TemplateAnswer> {
        let name = self.name.trim();
        if !name.is_empty() {
            if self.sets.is_empty() {
                self.error = Some(format!("{} has no sets to save", self.source));
                return None;
            }
            return match crate::store::templates::template_name(name) {
                Ok(n) => Some(TemplateAnswer::Save(n, self.sets.clone())),
                Err(e) => {
                    self.error = Some(super::message(&e));
                    None
                }
            };
        }
        match templates.get(self.selected.min(templates.len().saturating_sub(1))) {
            Some(t) => Some(TemplateAnswer::Pick(t.sets.clone())),
            None => {
                self.error = Some("no templates yet: type a name to save one".into());
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_picks_or_saves_by_whether_a_name_is_typed() {
        let t = |n: &str, reps| Template {
            name: n.into(),
            sets: vec![SetEntry::new("back squat", reps, None)],
        };
        let all = [t("a", 5), t("b", 3)];
        let mut p = TemplatePicker::new(vec![SetEntry::new("plank", 1, None)], "the form");
        p.update(&Action::Up, &all);
        assert_eq!(
            p.update(&Action::Submit, &all),
            Some(TemplateAnswer::Pick(all[1].sets.clone()))
        );
        for c in "legs".chars() {
            p.update(&Action::Input(c), &all);
        }
        assert_eq!(
            p.update(&Action::Submit, &all),
            Some(TemplateAnswer::Save("legs".into(), p.sets.clone()))
        );
        let mut empty = TemplatePicker::new(Vec::new(), "the form");
        assert_eq!(empty.update(&Action::Submit, &[]), None);
        assert!(empty.error.is_some());
        empty.update(&Action::Input('x'), &[]);
        assert_eq!(empty.update(&Action::Submit, &[]), None);
        assert!(empty.error.as_deref().unwrap().contains("no sets"));
    }
}
