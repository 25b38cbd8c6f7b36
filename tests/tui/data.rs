//! The UI on a real (in-memory or temporary) store filled with the demo data at a fixed day:
//! snapshots of every tab at 80×24 and 120×40, and the flows that write (save, validate, edit,
//! delete and undo, settings, another process writing).

use crate::common::{day, render, text};
use legday::domain::Units;
use legday::store::{Filter, Store};
use legday::tui::Driver;
use legday::tui::action::Action;
use legday::tui::form::import::ImportReport;
use legday::tui::form::run::RunField;
use legday::tui::popup::Popup;
use legday::tui::tab::Tab;
use legday::tui::theme::Theme;

fn demo_store() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    s.import(&legday::demo::generate(42, day(), 56)).unwrap();
    s
}

fn driver() -> Driver {
    Driver::new(demo_store(), day(), Theme::colored()).unwrap()
}

fn typing(d: &mut Driver, s: &str) {
    for c in s.chars() {
        d.dispatch(Action::Input(c));
    }
}

fn count(d: &Driver) -> usize {
    d.store.list(&Filter::default()).unwrap().len()
}

#[test]
fn every_tab_snapshots_at_80x24_and_120x40() {
    let mut d = driver();
    for tab in Tab::ALL {
        d.dispatch(Action::GoTab(tab));
        if tab == Tab::Run {
            typing(&mut d, "10km");
            d.dispatch(Action::NextField);
            typing(&mut d, "55:00");
        }
        if tab == Tab::Strength {
            typing(&mut d, "squat");
        }
        for (w, h) in [(80, 24), (120, 40)] {
            let name = format!("demo_{}_{w}x{h}", tab.title().to_lowercase());
            insta::assert_snapshot!(name, text(&render(&d.app, w, h)));
        }
    }
}

#[test]
fn a_run_is_logged_with_a_handful_of_keys_and_the_dashboard_shows_it() {
    let mut d = driver();
    let before = count(&d);
    let runs_before = d.app.data.as_ref().unwrap().report.totals.runs;
    d.dispatch(Action::GoTab(Tab::Run));
    typing(&mut d, "5");
    d.dispatch(Action::NextField);
    typing(&mut d, "30:00");
    d.dispatch(Action::Submit);
    assert_eq!(count(&d), before + 1);
    assert_eq!(d.app.tab, Tab::Dashboard);
    assert!(!d.app.is_dirty(), "the form is cleared after saving");
    let data = d.app.data.as_ref().unwrap();
    assert_eq!(data.report.totals.runs, runs_before + 1);
    let s = &data.sessions[0];
    assert_eq!(s.date, day());
    assert_eq!(s.run().unwrap().distance_m, 5000.0);
    assert!(d.app.status.as_ref().unwrap().text.starts_with("saved"));
}

#[test]
fn bad_input_is_marked_beside_the_field_and_never_discarded() {
    let mut d = driver();
    let before = count(&d);
    d.dispatch(Action::GoTab(Tab::Run));
    typing(&mut d, "5 parsecs");
    d.dispatch(Action::NextField);
    d.dispatch(Action::Submit);
    assert_eq!(count(&d), before, "nothing written");
    assert_eq!(d.app.tab, Tab::Run);
    assert_eq!(d.app.run.value(RunField::Distance), "5 parsecs");
    assert_eq!(
        d.app.run.focused(),
        RunField::Distance,
        "focus goes to the first error"
    );
    let status = d.app.status.clone().unwrap();
    assert!(status.error);
    let shown = text(&render(&d.app, 120, 40));
    assert!(shown.contains("✗"), "{shown}");
    // the missing duration is marked too once a save was tried
    let check = d.app.run.check(day(), &Default::default());
    assert!(check.errors[RunField::Duration as usize].is_some());
}

#[test]
fn delete_and_undo_round_trip_through_the_store() {
    let mut d = driver();
    let before = count(&d);
    d.dispatch(Action::GoTab(Tab::History));
    d.dispatch(Action::Down);
    let victim = d.app.selected_session().unwrap().clone();
    d.dispatch(Action::Delete);
    assert_eq!(count(&d), before - 1);
    assert!(d.store.get(victim.id).unwrap().is_none());
    d.dispatch(Action::Undo);
    assert_eq!(count(&d), before);
    assert_eq!(d.store.get(victim.id).unwrap().unwrap().uuid, victim.uuid);
}

#[test]
fn edit_saves_with_update_keeping_id_and_uuid() {
    let mut d = driver();
    d.dispatch(Action::GoTab(Tab::History));
    d.dispatch(Action::CycleFilter); // runs only
    let s = d.app.selected_session().unwrap().clone();
    d.dispatch(Action::Edit);
    assert_eq!(d.app.tab, Tab::Run);
    let longer = s.run().unwrap().duration_s.round() + 60.0;
    d.dispatch(Action::NextField); // duration
    d.dispatch(Action::ClearField);
    typing(&mut d, &legday::format::duration_clock(longer));
    d.dispatch(Action::Submit);
    assert!(
        d.app.status.as_ref().is_some_and(|s| !s.error),
        "{:?}",
        d.app.status
    );
    let stored = d.store.get(s.id).unwrap().unwrap();
    assert_eq!(stored.uuid, s.uuid);
    assert_eq!(stored.run().unwrap().duration_s, longer);
    assert_eq!(count(&d), d.app.data.as_ref().unwrap().sessions.len());
}

#[test]
fn a_strength_session_is_picked_filled_and_saved() {
    let mut d = driver();
    let before = count(&d);
    d.dispatch(Action::GoTab(Tab::Strength));
    typing(&mut d, "tibialis");
    d.dispatch(Action::Submit); // pick
    typing(&mut d, "2x20");
    d.dispatch(Action::Submit); // add
    assert_eq!(d.app.strength.sets.len(), 2);
    d.dispatch(Action::Save);
    assert_eq!(count(&d), before + 1);
    let s = &d.app.data.as_ref().unwrap().sessions[0];
    assert_eq!(s.strength().unwrap().sets[0].exercise, "tibialis raise");
}

#[test]
fn settings_popup_saves_units_and_the_views_follow() {
    let mut d = driver();
    d.dispatch(Action::OpenSettings);
    d.dispatch(Action::NextField);
    d.dispatch(Action::NextField);
    d.dispatch(Action::Right);
    d.dispatch(Action::Submit);
    assert!(d.app.popup.is_none());
    assert_eq!(d.store.settings().unwrap().units(), Some(Units::Imperial));
    let t = text(&render(&d.app, 120, 40));
    assert!(t.contains(" mi"), "{t}");
}

#[test]
fn another_process_writing_shows_on_the_next_tick() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite3");
    let store = legday::tui::demo_store(&path, day()).unwrap();
    let mut d = Driver::new(store, day(), Theme::colored()).unwrap();
    let n = d.app.data.as_ref().unwrap().sessions.len();
    let mut other = Store::open(&path).unwrap();
    let run = legday::domain::Session::new_run(
        day(),
        legday::domain::Run::new(legday::domain::RunKind::Easy, 3000.0, 1200.0),
    );
    other.insert(&run).unwrap();
    d.tick(day());
    assert_eq!(d.app.data.as_ref().unwrap().sessions.len(), n + 1);
}

fn import_path(d: &mut Driver, path: &str) {
    d.dispatch(Action::GoTab(Tab::History));
    d.dispatch(Action::StartInput); // `i`
    typing(d, path);
    d.dispatch(Action::Submit);
}

fn report(d: &Driver) -> &ImportReport {
    match &d.app.popup {
        Some(Popup::ImportReport(r)) => r,
        other => panic!("no summary: {other:?}"),
    }
}

#[test]
fn history_imports_a_strong_csv_and_a_gpx_and_shows_the_summary() {
    let store = Store::open_in_memory().unwrap();
    let mut d = Driver::new(store, day(), Theme::colored()).unwrap();
    assert!(d.app.history_rows().is_empty());

    import_path(&mut d, "tests/fixtures/strong.csv");
    let c = report(&d).counts;
    assert_eq!((c.added, c.updated, c.unchanged, c.failed), (2, 0, 0, 0));
    assert_eq!(c.skipped, 1, "the indoor ride in the CSV");
    let all = report(&d).lines.join("\n");
    assert!(all.contains("\"Hack Squat (Machine)\""), "{all}");
    assert!(all.contains("legday exercises map"), "{all}");
    insta::assert_snapshot!("import_summary_80x24", text(&render(&d.app, 80, 24)));
    // reloaded: the history lists what the store holds
    assert_eq!(count(&d), 2);
    assert_eq!(d.app.history_rows().len(), 2);
    assert!(
        d.app
            .history_rows()
            .iter()
            .all(|s| s.source.as_deref() == Some("strong"))
    );

    d.dispatch(Action::Back);
    assert!(d.app.popup.is_none());
    import_path(&mut d, "tests/fixtures/garmin-activity.gpx");
    let c = report(&d).counts;
    assert_eq!((c.added, c.unchanged, c.skipped, c.failed), (1, 0, 0, 0));
    assert_eq!(d.app.history_rows().len(), 3);
    let gpx: Vec<_> = d
        .app
        .history_rows()
        .into_iter()
        .filter(|s| s.source.as_deref() == Some("gpx"))
        .collect();
    assert_eq!(gpx.len(), 1);
    assert!((gpx[0].run().unwrap().distance_m - 12_800.0).abs() < 500.0);

    // the same file again adds nothing
    d.dispatch(Action::Back);
    import_path(&mut d, "tests/fixtures/strong.csv");
    let c = report(&d).counts;
    assert_eq!((c.added, c.unchanged), (0, 2));
    assert_eq!(count(&d), 3);
}

#[test]
fn a_path_that_is_not_there_stays_typed_with_the_reason() {
    let mut d = driver();
    let before = count(&d);
    import_path(&mut d, "tests/fixtures/no-such-file.gpx");
    let Some(Popup::ImportPath(p)) = &d.app.popup else {
        panic!("{:?}", d.app.popup)
    };
    assert_eq!(p.path, "tests/fixtures/no-such-file.gpx");
    assert!(
        p.error
            .as_deref()
            .unwrap()
            .contains("no such file or folder"),
        "{p:?}"
    );
    // a file that fails to parse: same, and nothing is written
    d.dispatch(Action::ClearField);
    typing(&mut d, "tests/fixtures/bad-truncated.gpx");
    d.dispatch(Action::Submit);
    let Some(Popup::ImportPath(p)) = &d.app.popup else {
        panic!("{:?}", d.app.popup)
    };
    assert_eq!(p.path, "tests/fixtures/bad-truncated.gpx");
    assert!(p.error.as_deref().unwrap().contains("truncated"), "{p:?}");
    assert_eq!(count(&d), before);
    let shown = text(&render(&d.app, 80, 24));
    assert!(shown.contains("✗ GPX: truncated"), "{shown}");
}

#[test]
fn a_folder_imports_every_file_and_names_them_from_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["strong.csv", "garmin-activity.gpx", "ride.tcx"] {
        std::fs::copy(format!("tests/fixtures/{f}"), dir.path().join(f)).unwrap();
    }
    let mut d = Driver::new(Store::open_in_memory().unwrap(), day(), Theme::colored()).unwrap();
    import_path(&mut d, dir.path().to_str().unwrap());
    let r = report(&d);
    assert_eq!(
        (r.counts.added, r.counts.skipped, r.counts.failed),
        (3, 2, 0)
    );
    let all = r.lines.join("\n");
    assert!(all.contains("  ride.tcx: a bike ride"), "{all}");
    assert!(!all.contains(&dir.path().display().to_string()), "{all}");
    assert_eq!(d.app.history_rows().len(), 3);
}
