//! Issue 16's fields that edit like text, through `App::update` and drawn: the cursor is the
//! reversed cell under it (`▏` after the text at its end), a long text scrolls to keep it in
//! view, and every text field in a popup draws it the same way. The keys in a real terminal are
//! `tmux_fields.rs`.

use crate::common::*;
use legday::tui::action::Action;
use legday::tui::tab::Tab;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

fn typed(a: &mut legday::tui::app::App, s: &str) {
    for c in s.chars() {
        a.update(Action::Input(c));
    }
}

/// The cells of the row holding `label` that are drawn reversed, as text.
fn reversed(buf: &Buffer, label: &str) -> String {
    let (_, y) = find(buf, label).unwrap_or_else(|| panic!("{label}\n{}", text(buf)));
    (0..buf.area.width)
        .filter(|&x| buf[(x, y)].modifier.contains(Modifier::REVERSED))
        .map(|x| buf[(x, y)].symbol().to_string())
        .collect()
}

fn row(buf: &Buffer, label: &str) -> String {
    let (_, y) = find(buf, label).unwrap();
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn the_cursor_is_the_reversed_cell_under_it_and_a_bar_at_the_end() {
    let mut a = app_with(quiet_report(day()), sessions(day()));
    a.update(Action::GoTab(Tab::Run));
    typed(&mut a, "10.5");
    let b = render(&a, 100, 30);
    assert!(row(&b, "Distance").contains("10.5▏"));
    assert_eq!(reversed(&b, "Distance"), "");
    a.update(Action::Left);
    a.update(Action::Left);
    let b = render(&a, 100, 30);
    assert!(row(&b, "Distance").contains("10.5 "), "no bar mid-text");
    assert_eq!(reversed(&b, "Distance"), ".", "the cursor stands on the .");
    a.update(Action::Home);
    assert_eq!(reversed(&render(&a, 100, 30), "Distance"), "1");
    // out of the fields (Esc) no cursor is drawn
    a.update(Action::Back);
    let b = render(&a, 100, 30);
    assert_eq!(reversed(&b, "Distance"), "");
    assert!(!row(&b, "Distance").contains('▏'));
}

#[test]
fn a_long_note_scrolls_to_keep_the_cursor_in_view() {
    let mut a = app_with(quiet_report(day()), sessions(day()));
    a.update(Action::GoTab(Tab::Run));
    for _ in 0..9 {
        a.update(Action::NextField);
    }
    let note = format!("start {} end", "x".repeat(80));
    typed(&mut a, &note);
    let b = render(&a, 100, 30);
    let r = row(&b, "Note");
    assert!(r.contains("…") && r.contains("x end▏"), "{r}");
    // at the start the beginning shows, cut at the right
    a.update(Action::Home);
    let b = render(&a, 100, 30);
    let r = row(&b, "Note");
    assert!(
        r.contains("Note        start xxx") && !r.contains("end"),
        "{r}"
    );
    assert_eq!(reversed(&b, "Note"), "s");
    // a word right: on the first x
    a.update(Action::WordRight);
    assert_eq!(reversed(&render(&a, 100, 30), "Note"), "x");
}

#[test]
fn popup_fields_draw_the_same_cursor() {
    let mut a = app_with(quiet_report(day()), sessions(day()));
    // the settings popup's body weight: a block cursor on the character it stands before
    a.update(Action::OpenSettings);
    a.update(Action::Down);
    a.update(Action::Home);
    let b = render(&a, 100, 30);
    let body = reversed(&b, "Body weight");
    assert_eq!(body.len(), 1, "{}", text(&b));
    assert!(body.chars().all(|c| c.is_ascii_digit()), "{body}");
    a.update(Action::Back);
    // the import path
    a.update(Action::GoTab(Tab::History));
    a.update(Action::StartInput);
    typed(&mut a, "~/run.gpx");
    // a word left (tui-input's words: "run.gpx" is one, "~/" ends the one before)
    a.update(Action::WordLeft);
    let b = render(&a, 100, 30);
    assert!(row(&b, "Path").contains("~/run.gpx"), "{}", text(&b));
    assert_eq!(reversed(&b, "Path"), "r");
}
