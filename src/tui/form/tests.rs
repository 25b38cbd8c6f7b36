//! The popups' text fields (settings, import path, template name) edit at their cursor; the
//! run and strength forms' own are in their modules' tests, the editing itself in `field.rs`.

use super::import::ImportPrompt;
use super::settings::{SettingsField, SettingsForm};
use super::templates::TemplatePicker;
use super::{Key, pasted};
use crate::domain::{Level, Settings};
use crate::tui::action::Action;

#[test]
fn a_settings_text_row_has_a_cursor_and_a_choice_row_picks() {
    let mut f = SettingsForm::new(&Settings::default());
    assert_eq!(f.focus, SettingsField::Level);
    assert_eq!(f.cursor(), None, "a choice row has no cursor");
    let level = f.level;
    f.update(&Action::Right);
    assert_ne!(f.level, level, "→ picks on a choice row");
    f.update(&Action::Down);
    assert_eq!(f.focus, SettingsField::Body);
    f.update(&Action::ClearField);
    for c in "82.5".chars() {
        f.update(&Action::Input(c));
    }
    // Home, Delete, 7: 82.5 becomes 72.5; ← on a text row moves, never picks
    f.update(&Action::Home);
    assert_eq!(f.cursor(), Some(0));
    f.update(&Action::DeleteNext);
    f.update(&Action::Input('7'));
    assert_eq!(f.body, "72.5");
    assert_eq!(f.cursor(), Some(1));
    f.update(&Action::Right);
    f.update(&Action::Right);
    f.update(&Action::WordRight);
    assert_eq!(f.cursor(), Some(4));
    assert_eq!(f.units, Settings::default().weight_unit);
    // back on Level, ← picks the level before again
    f.update(&Action::Up);
    f.update(&Action::Left);
    assert_eq!(f.level, level);
    assert!(Level::ALL.contains(&f.level));
}

#[test]
fn the_import_path_and_a_template_name_edit_at_the_cursor() {
    let mut p = ImportPrompt::default();
    for c in pasted("Downloads/run.gpx") {
        p.edit(Key::Char(c));
    }
    p.edit(Key::Home);
    p.edit(Key::Char('~'));
    p.edit(Key::Char('/'));
    assert_eq!(p.path, "~/Downloads/run.gpx");
    assert_eq!(p.cursor(), 2);
    p.edit(Key::End);
    p.edit(Key::DeleteWord);
    assert_eq!(p.cursor(), p.path.chars().count());
    let mut t = TemplatePicker::new(Vec::new(), "the form");
    for c in "leg day".chars() {
        t.update(&Action::Input(c), &[]);
    }
    t.update(&Action::WordLeft, &[]);
    t.update(&Action::Input('A'), &[]);
    t.update(&Action::Input(' '), &[]);
    assert_eq!(t.name, "leg A day");
    assert_eq!(t.cursor(), 6);
}
