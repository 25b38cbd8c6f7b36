//! The dashboard: nothing cut off unseen (alerts end with "+N more" and scroll, the rest banner
//! wraps, the bars' legend is always drawn), a selected muscle row, `i` on the load figures.

use crate::common::*;
use legday::domain::{Alert, Rule, Severity};
use legday::tui::action::Action;
use legday::tui::app::App;
use legday::tui::popup::Popup;

/// The busy report with eight alerts: more than fit at 80×24.
fn crowded() -> App {
    let mut r = busy_report(day());
    for i in 0..5 {
        r.alerts.push(Alert {
            rule: Rule::Untouched,
            severity: Severity::Info,
            muscles: vec![],
            message: format!("Extra alert number {i} with a message long enough to wrap twice"),
            suggestion: String::new(),
            run_date: None,
        });
    }
    r.rest.message = Some(
        "3 hard days in a row (Fri-Sun): make today a rest day or an easy walk; a long message \
         like this one wraps onto a second line instead of being cut off at the edge"
            .into(),
    );
    app_with(r, sessions(day()))
}

#[test]
fn more_alerts_than_fit_end_with_plus_n_more_at_80x24() {
    let a = crowded();
    let t = text(&render(&a, 80, 24));
    insta::assert_snapshot!(t);
    let more = t
        .lines()
        .find_map(|l| l.split("│+").nth(1).and_then(|r| r.split(' ').next()))
        .expect("a +N more line");
    let n: usize = more.parse().unwrap();
    assert!(n >= 5, "{t}");
    // the wrapped rest banner shows the end of its message
    assert!(t.contains("│edge "), "{t}");
    // the legend is in the bars' border
    assert!(t.contains("sets/wk"), "{t}");
}

#[test]
fn page_down_and_the_wheel_scroll_the_alerts_to_the_last() {
    let mut a = crowded();
    let before = text(&render(&a, 80, 24));
    assert!(!before.contains("Extra alert number 4"), "{before}");
    for _ in 0..10 {
        a.update(Action::PageDown);
    }
    let after = text(&render(&a, 80, 24));
    assert!(after.contains("Extra alert number 4"), "{after}");
    assert!(!after.contains("more (PgDn)"), "{after}");
    for _ in 0..40 {
        a.update(Action::ScrollUp);
    }
    assert_eq!(a.dashboard.alerts_top, 0);
    a.update(Action::ScrollDown);
    assert_eq!(a.dashboard.alerts_top, 1);
}

#[test]
fn the_first_muscle_row_is_selected_and_arrows_move_it() {
    let mut a = crowded();
    assert_eq!(a.dashboard.selected, 0, "Quads first");
    let buf = render(&a, 100, 30);
    let (x, y) = find(&buf, "Quads").unwrap();
    let st = a.theme.selected();
    assert_eq!(buf[(x, y)].bg, st.bg.unwrap_or_default());
    a.update(Action::Up);
    assert_eq!(a.dashboard.selected, 6, "wraps to Arms");
    a.update(Action::Down);
    a.update(Action::Down);
    assert_eq!(a.dashboard.selected, 1);
}

#[test]
fn i_explains_the_load_figures() {
    let mut a = crowded();
    a.update(Action::LoadHelp);
    assert_eq!(a.popup, Some(Popup::LoadHelp));
    let t = text(&render(&a, 80, 24));
    insta::assert_snapshot!(t);
    for w in ["ACWR", "Fitness", "Monotony", "AU"] {
        assert!(t.contains(w), "{w}: {t}");
    }
    a.update(Action::Back);
    assert_eq!(a.popup, None);
}

/// The day shown is always in the tab bar, also at 80 columns with five tabs and the day moved
/// back (the "(t)" hint goes first, then the weekday and year, never the day itself).
#[test]
fn the_day_stays_in_the_tab_bar_at_80_columns_when_moved() {
    let mut a = crowded();
    let top = |a: &App| text(&render(a, 80, 24)).lines().next().unwrap().to_string();
    let shown = |d: chrono::NaiveDate| d.format("%-d %b").to_string();
    assert!(top(&a).trim_end().ends_with(&shown(day())), "{}", top(&a));
    a.update(Action::Left);
    let moved = day() - chrono::Days::new(1);
    assert!(top(&a).trim_end().ends_with(&shown(moved)), "{}", top(&a));
    // wide enough: the whole date and the way back
    let wide = text(&render(&a, 120, 40))
        .lines()
        .next()
        .unwrap()
        .to_string();
    assert!(wide.contains("(t: today)"), "{wide}");
}
