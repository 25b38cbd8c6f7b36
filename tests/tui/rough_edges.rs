//! The rough edges a newcomer hit (issue 16, part 5), each through `App::update` or the Driver.

use crate::common::day;
use legday::domain::{Run, RunKind, Session};
use legday::store::{Filter, Store};
use legday::tui::Driver;
use legday::tui::action::{Action, Tab};
use legday::tui::theme::Theme;

/// A driver on a temporary file with the demo data, and the file's path for another handle.
fn on_file() -> (tempfile::TempDir, std::path::PathBuf, Driver) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite3");
    let store = legday::tui::demo_store(&path, day()).unwrap();
    let d = Driver::new(store, day(), Theme::colored()).unwrap();
    (dir, path, d)
}

#[test]
fn history_keeps_the_selected_session_by_id_when_another_process_writes() {
    let (_dir, path, mut d) = on_file();
    d.dispatch(Action::GoTab(Tab::History));
    d.dispatch(Action::Down);
    d.dispatch(Action::Down);
    let id = d.app.selected_session().unwrap().id;
    // a newer session from another handle lands above the selection
    let mut other = Store::open(&path).unwrap();
    let run = Session::new_run(day(), Run::new(RunKind::Easy, 3000.0, 1200.0));
    other.insert(&run).unwrap();
    d.tick(day());
    assert_eq!(d.app.selected_session().map(|s| s.id), Some(id));
    d.dispatch(Action::Delete);
    let left: Vec<i64> = d
        .store
        .list(&Filter::default())
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    assert!(!left.contains(&id), "the selected session was not deleted");
    assert_eq!(d.app.undo.last().map(|s| s.id), Some(id));
}
