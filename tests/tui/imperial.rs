//! Units everywhere: with miles and pounds the forms' placeholders, examples, help and messages,
//! and History's details speak that unit, never km, kg or metres.

use crate::common::*;
use legday::domain::{Run, RunKind, Session, Settings, Units};
use legday::tui::action::Action;
use legday::tui::app::App;
use legday::tui::data::Data;
use legday::tui::tab::Tab;
use legday::tui::theme::Theme;

fn imperial_app() -> App {
    imperial_app_with(None)
}

fn imperial_app_with(shoes: Option<&str>) -> App {
    let mut settings = Settings::default();
    settings.set_units(Units::Imperial);
    let mut r = Run::new(RunKind::Hills, 8046.72, 2700.0);
    r.elevation_m = Some(213.0);
    r.vest_kg = Some(4.535_923_7);
    r.shoes = shoes.map(str::to_string);
    let mut s = Session::new_run(day(), r);
    s.id = 1;
    let data = Data::from_sessions(
        settings,
        legday::domain::Catalog::builtin(),
        quiet_report(day()),
        vec![s],
        day(),
    );
    let mut a = App::new(day(), Theme::colored());
    a.data = Some(data);
    a
}

fn no_metric(t: &str) {
    for metric in ["km", "kg", " m ", "800m"] {
        assert!(
            !t.contains(metric),
            "{metric:?} shown to an imperial user:\n{t}"
        );
    }
}

#[test]
fn the_run_form_speaks_miles_feet_and_pounds() {
    let mut a = imperial_app();
    a.update(Action::GoTab(Tab::Run));
    let t = text(&render(&a, 80, 24));
    insta::assert_snapshot!(t);
    no_metric(&t);
    assert!(t.contains("e.g. 400ft"), "{t}");
    assert!(t.contains("e.g. 10lb"), "{t}");
    // a save tried with nothing typed asks for miles
    a.update(Action::Submit);
    let t = text(&render(&a, 80, 24));
    assert!(t.contains("e.g. 3mi"), "{t}");
    no_metric(&t);
}

#[test]
fn the_strength_form_speaks_pounds() {
    let mut a = imperial_app();
    a.update(Action::GoTab(Tab::Strength));
    let t = text(&render(&a, 80, 24));
    insta::assert_snapshot!(t);
    no_metric(&t);
    assert!(t.contains("3x8@60lb"), "{t}");
}

#[test]
fn history_shows_the_climb_in_feet() {
    let mut a = imperial_app();
    a.update(Action::GoTab(Tab::History));
    let t = text(&render(&a, 100, 30));
    assert!(t.contains("+699 ft"), "{t}");
    assert!(t.contains("vest 10 lb"), "{t}");
    no_metric(&t);
}

#[test]
fn the_progress_tab_gives_shoes_and_distances_in_miles() {
    let mut a = imperial_app_with(Some("Pegasus"));
    a.update(Action::GoTab(Tab::Progress));
    for (w, h) in [(140, 45), (100, 30)] {
        let t = text(&render(&a, w, h));
        assert!(!t.contains("km"), "km shown to a miles user:\n{t}");
        if w == 140 {
            // 700 km / 1.609344 = 434.96 mi; the run of 8046.72 m is 5 mi
            assert!(t.contains("worn at 435 mi"), "{t}");
            let row = t.lines().find(|l| l.contains("Pegasus")).unwrap();
            assert!(row.contains("    1     5"), "{row}");
        }
    }
}
