//! Every tab renders at any size from 1×1 to 300×100 without panicking, and shows what that
//! size allows: below the minimum the "terminal too small" notice, from it the tab bar with
//! the current tab and the footer.

use crate::common::*;
use legday::tui::action::Action;
use legday::tui::bar::{MIN_HEIGHT, MIN_WIDTH};
use legday::tui::form::import::{ImportPrompt, ImportReport};
use legday::tui::popup::Popup;
use legday::tui::tab::Tab;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn every_tab_renders_at_any_size(w in 1u16..=300, h in 1u16..=100, tab in 0usize..Tab::ALL.len(), popup in 0u8..5) {
        let mut a = app_with(busy_report(day()), sessions(day()));
        a.update(Action::GoTab(Tab::ALL[tab]));
        match popup {
            1 => { a.update(Action::ToggleHelp); }
            2 => { a.update(Action::OpenSettings); }
            3 => {
                a.popup = Some(Popup::ImportPath(ImportPrompt {
                    path: "~/".to_string() + &"very-long-folder/".repeat(12),
                    error: Some("no such file or folder: ".repeat(6)),
                    ..ImportPrompt::default()
                }));
            }
            4 => {
                let mut r = ImportReport::new(&import_summary());
                r.scroll_to(3);
                a.popup = Some(Popup::ImportReport(r));
            }
            _ => {}
        }
        let screen = text(&render(&a, w, h));
        let rows: Vec<&str> = screen.lines().collect();
        prop_assert_eq!(rows.len(), usize::from(h));
        if w < MIN_WIDTH || h < MIN_HEIGHT {
            prop_assert!(rows[0].starts_with('t'), "no too-small notice at {}×{}:\n{}", w, h, screen);
            if w >= 40 {
                prop_assert!(screen.contains("too small"), "{}×{}:\n{}", w, h, screen);
            }
        } else if popup == 0 {
            // (a popup may cover the bar and the footer on a small screen)
            prop_assert!(rows[0].starts_with(" legday "), "no tab bar at {}×{}:\n{}", w, h, screen);
            let tab = Tab::ALL[tab];
            // The tab bar needs about 65 columns for every label; the current one is on it.
            if w >= 100 {
                prop_assert!(rows[0].contains(tab.title()), "{:?} missing from the bar:\n{}", tab, rows[0]);
            }
            prop_assert!(!rows[rows.len() - 1].trim().is_empty(), "no footer at {}×{}:\n{}", w, h, screen);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]
    /// The daily loop's popups and panels (templates, the explain and load popups, the discard
    /// question) over the dashboard with its Today panel draw at any size without panicking.
    #[test]
    fn daily_popups_render_at_any_size(w in 1u16..=300, h in 1u16..=100, popup in 0u8..5) {
        use legday::tui::popup::Discard;
use legday::tui::popup::explain::ExplainView;
        use legday::tui::form::templates::TemplatePicker;
        use legday::domain::today::{Protein, Suggestion, Today};
        let mut a = app_with(busy_report(day()), sessions(day()));
        a.data.as_mut().unwrap().today = Some(Today {
            date: day(),
            target: day(),
            suggestion: Suggestion::Rest,
            phase: legday::domain::coach::Phase::Build,
            week: legday::domain::today::WeekCounts {
                runs: [1, 3],
                long: [0, 1],
                quality: [0, 1],
                easy: [1, 1],
                lifts: [1, 2],
                run_minutes: [40, 132],
                rest_days: 0,
            },
            also: None,
            strip: vec![],
        auto: None,
            reason: "a reason long enough to wrap over several lines ".repeat(4),
            open: vec![],
            recovering: vec![],
            run: None,
            exercises: vec![],
            protein_g: Protein { low: 112, high: 154 },
        });
        match popup {
            0 => {
                a.popup = Some(Popup::Templates(TemplatePicker::new(Vec::new(), "the form")));
            }
            1 => { a.update(Action::Submit); } // explain the selected group
            2 => { a.update(Action::StartInput); } // load help
            3 => a.popup = Some(Popup::ConfirmDiscard(Discard::LeaveEdit)),
            _ => {
                a.popup = Some(Popup::Explain(ExplainView {
                    title: "Quads".into(),
                    text: "a line\n".repeat(200),
                    top: 150,
                }));
            }
        }
        let screen = text(&render(&a, w, h));
        prop_assert_eq!(screen.lines().count(), usize::from(h));
    }
}
