//! Every tab renders at any size from 1×1 to 300×100 without panicking.

mod tui_common;

use legday::tui::action::{Action, Tab};
use legday::tui::app::Popup;
use legday::tui::form::import::{ImportPrompt, ImportReport};
use proptest::prelude::*;
use tui_common::*;

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
                }));
            }
            4 => {
                let mut r = ImportReport::new(&import_summary());
                r.scroll_to(3);
                a.popup = Some(Popup::ImportReport(r));
            }
            _ => {}
        }
        render(&a, w, h);
    }
}
