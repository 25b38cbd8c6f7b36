mod tui_common;
use legday::tui::action::{Action, Tab};
use tui_common::*;
#[test]
#[ignore]
fn look() {
    let mut a = app_with(busy_report(day()), sessions(day()));
    a.update(Action::GoTab(Tab::Run));
    for c in "10km".chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::NextField);
    for c in "55:00".chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::NextField);
    for c in "xyz".chars() {
        a.update(Action::Input(c));
    }
    println!("{}", text(&render(&a, 80, 24)));
    a.update(Action::GoTab(Tab::Strength));
    for c in "squat".chars() {
        a.update(Action::Input(c));
    }
    println!("{}", text(&render(&a, 80, 24)));
    a.update(Action::Submit);
    for c in "3x5@80kg".chars() {
        a.update(Action::Input(c));
    }
    a.update(Action::Submit);
    println!("{}", text(&render(&a, 80, 24)));
    a.update(Action::GoTab(Tab::History));
    println!("{}", text(&render(&a, 80, 24)));
    println!("{}", text(&render(&a, 120, 30)));
    a.update(Action::OpenSettings);
    println!("{}", text(&render(&a, 80, 24)));
}
