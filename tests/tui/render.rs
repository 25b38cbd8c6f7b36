//! Rendering from hand-built reports: snapshots of the dashboard (rest prompt, alerts), the
//! welcome, style asserts where colour carries meaning, NO_COLOR, and tiny terminals.

use crate::common::*;
use legday::domain::{Band, Severity};
use legday::tui::theme::Theme;
use ratatui::style::Color;

#[test]
fn dashboard_with_rest_prompt_and_alerts_80x24() {
    let a = app_with(busy_report(day()), sessions(day()));
    insta::assert_snapshot!(text(&render(&a, 80, 24)));
}

#[test]
fn dashboard_with_rest_prompt_and_alerts_120x40() {
    let a = app_with(busy_report(day()), sessions(day()));
    insta::assert_snapshot!(text(&render(&a, 120, 40)));
}

#[test]
fn empty_database_welcomes_and_explains_the_first_run() {
    let a = app_with(quiet_report(day()), vec![]);
    let t = text(&render(&a, 80, 24));
    assert!(t.contains("press 2"), "{t}");
    assert!(t.contains("legday run --distance 5km --duration 30:00"));
    assert!(t.contains("legday --demo"));
    insta::assert_snapshot!(t);
}

#[test]
fn alerts_are_drawn_in_their_severity_colour() {
    let a = app_with(busy_report(day()), sessions(day()));
    let buf = render(&a, 120, 40);
    let (x, y) = find(&buf, "Calves 9 sets").expect("warning drawn");
    assert_eq!(buf[(x, y)].fg, Theme::severity_color(Severity::Warning));
    assert_eq!(buf[(x, y)].fg, Color::Red);
    let (x, y) = find(&buf, "Sat's 16 km").expect("caution drawn");
    assert_eq!(buf[(x, y)].fg, Theme::severity_color(Severity::Caution));
    let (x, y) = find(&buf, "Arms untouched").expect("info drawn");
    assert_eq!(buf[(x, y)].fg, Theme::severity_color(Severity::Info));
}

#[test]
fn warnings_come_before_cautions_before_info() {
    let a = app_with(busy_report(day()), sessions(day()));
    let buf = render(&a, 120, 40);
    let w = find(&buf, "Calves 9 sets").unwrap().1;
    let c = find(&buf, "Sat's 16 km").unwrap().1;
    let i = find(&buf, "Arms untouched").unwrap().1;
    assert!(w < c && c < i);
}

#[test]
fn bars_are_drawn_in_their_band_colour_run_then_lift() {
    let a = app_with(busy_report(day()), sessions(day()));
    let buf = render(&a, 120, 40);
    for (label, band) in [
        ("Quads ", Band::Grow),
        ("Glutes", Band::Maintain),
        ("Hamstrings", Band::Low),
    ] {
        let (x, y) = find(&buf, label).unwrap();
        // bars start 12 columns after the label
        let cell = &buf[(x + 12, y)];
        assert_eq!(cell.symbol(), "▒", "{label}: runs come first");
        assert_eq!(cell.fg, Theme::band_color(band), "{label}");
    }
    let (x, y) = find(&buf, "Quads ").unwrap();
    let row: String = (x + 12..x + 40)
        .map(|c| buf[(c, y)].symbol().to_string())
        .collect();
    assert!(row.contains("▒█"), "lift follows run: {row}");
}

#[test]
fn rest_banner_is_at_the_top() {
    let a = app_with(busy_report(day()), sessions(day()));
    let buf = render(&a, 80, 24);
    assert_eq!(find(&buf, "Rest today").map(|p| p.1), Some(1));
    let q = app_with(quiet_report(day()), sessions(day()));
    assert!(find(&render(&q, 80, 24), "Rest today").is_none());
}

#[test]
fn no_color_means_no_colour_at_all() {
    let mut a = app_with(busy_report(day()), sessions(day()));
    a.theme = Theme::plain();
    let buf = render(&a, 120, 40);
    for cell in buf.content() {
        assert_eq!(cell.fg, Color::Reset, "{:?}", cell);
        assert_eq!(cell.bg, Color::Reset, "{:?}", cell);
    }
}

#[test]
fn too_small_says_so_and_tiny_sizes_do_not_panic() {
    let a = app_with(busy_report(day()), sessions(day()));
    let t = text(&render(&a, 59, 20));
    assert!(t.contains("terminal too small"), "{t}");
    for (w, h) in [(1, 1), (2, 1), (1, 5), (10, 3), (60, 16), (61, 17)] {
        render(&a, w, h);
    }
}

#[test]
fn help_lists_every_key() {
    let mut a = app_with(quiet_report(day()), sessions(day()));
    a.update(legday::tui::action::Action::ToggleHelp);
    let t = text(&render(&a, 120, 40));
    // every key everywhere, and every key the Dashboard binds (the help is built from them)
    for b in legday::tui::binding::NORMAL
        .iter()
        .filter(|b| !b.help.is_empty())
    {
        assert!(t.contains(b.shown), "help lacks {}\n{t}", b.shown);
    }
    for b in legday::tui::tab::Tab::Dashboard.spec().keys {
        assert!(t.contains(b.help), "help lacks {}\n{t}", b.help);
    }
}

#[test]
fn help_at_100x30_says_what_is_cut_and_scrolls_to_the_last_key() {
    use legday::tui::action::Action;
    let mut a = app_with(quiet_report(day()), sessions(day()));
    a.update(Action::ToggleHelp);
    let t = text(&render(&a, 100, 30));
    assert!(t.contains(" more (↓)"), "no hint of the cut keys:\n{t}");
    // the last key's description (its first words: a long one wraps)
    let last = legday::tui::tabs::help()
        .last()
        .and_then(|(_, keys)| {
            keys.last()
                .map(|(_, w)| w.chars().take(30).collect::<String>())
        })
        .unwrap();
    assert!(!t.contains(&last), "{last:?} fits without scrolling?\n{t}");
    for _ in 0..3 {
        a.update(Action::PageDown);
        render(&a, 100, 30);
    }
    let t = text(&render(&a, 100, 30));
    assert!(t.contains(&last), "{last:?} not reached:\n{t}");
    assert!(!t.contains(" more (↓)") && t.contains(" above "), "{t}");
    // at the end one ↑ moves back up at once (no scrolling past the end)
    a.update(Action::Up);
    let t = text(&render(&a, 100, 30));
    assert!(!t.contains(&last), "{t}");
    a.update(Action::Back);
    assert!(a.popup.is_none());
}

#[test]
fn the_import_prompt_keeps_the_end_of_a_long_path_in_view_and_shows_the_error() {
    use legday::tui::action::Action;
    use legday::tui::tab::Tab;
    let mut a = app_with(quiet_report(day()), sessions(day()));
    a.update(Action::GoTab(Tab::History));
    a.update(Action::StartInput);
    let long = format!("~/{}end.gpx", "deep/".repeat(20));
    for c in long.chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::Failed("path: no such file or folder".into()));
    let t = text(&render(&a, 80, 24));
    assert!(t.contains("deep/end.gpx▏"), "{t}");
    assert!(t.contains("Path  …"), "the start of the path cut: {t}");
    assert!(t.contains("✗ path: no such file or folder"), "{t}");
    assert!(t.contains("~ is your home folder"), "{t}");
    assert!(t.contains("Enter import"), "{t}");
}

#[test]
fn a_long_import_summary_says_where_it_is_and_scrolls() {
    use legday::tui::action::{Action, StoreEvent};
    use legday::tui::tab::Tab;
    let mut a = app_with(quiet_report(day()), sessions(day()));
    a.update(Action::GoTab(Tab::History));
    a.update(Action::StartInput);
    a.update(Action::Done(StoreEvent::Imported(
        import_summary(),
        Vec::new(),
    )));
    // 60×16: 14 rows for the popup, 11 of them text (16 lines in all)
    let t = text(&render(&a, 60, 16));
    assert!(t.contains("1-11 of 16"), "{t}");
    assert!(t.contains("imported 3 sessions"), "{t}");
    a.update(Action::End);
    let t = text(&render(&a, 60, 16));
    assert!(t.contains("16-16 of 16"), "{t}");
    assert!(t.contains("legday exercises map"), "{t}");
    assert!(!t.contains("imported 3 sessions"), "{t}");
}
