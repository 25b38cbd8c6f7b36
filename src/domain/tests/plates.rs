//! The plate calculator of the live workout (issue 16): plates per side, in kg and in lb, and
//! the weights that cannot be loaded.

use super::*;
use crate::domain::plates::{Loading, load, plate_line};

fn imperial() -> Settings {
    let mut s = Settings::default();
    s.set_units(Units::Imperial);
    s
}

#[test]
fn plates_in_kg_heaviest_first_else_the_fewest_that_fit() {
    // 102.5 - 20 = 82.5, 41.25 a side = 25 + 15 + 1.25 (heaviest first: 25, then 15)
    let s = Settings::default();
    assert_eq!(
        plate_line(102.5, &s),
        "102.5 kg = 20 + 25 + 15 + 1.25 a side"
    );
    // the example is a gym without 15s: 41.25 = 25 + 10 + 5 + 1.25
    let no_15s = Settings {
        plates_kg: Some(vec![25.0, 20.0, 10.0, 5.0, 2.5, 1.25]),
        ..Settings::default()
    };
    assert_eq!(
        plate_line(102.5, &no_15s),
        "102.5 kg = 20 + 25 + 10 + 5 + 1.25 a side"
    );
    // 140 - 20 = 120, 60 a side = 25 + 25 + 10
    assert_eq!(plate_line(140.0, &s), "140 kg = 20 + 25 + 25 + 10 a side");
    // 60 - 20 = 40, 20 a side: one 20 beats 15 + 5
    assert_eq!(
        load(60.0, 20.0, &[25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25]),
        Loading::Plates(vec![20.0])
    );
    // 50 - 20 = 30, 15 a side: one 15
    assert_eq!(plate_line(50.0, &s), "50 kg = 20 + 15 a side");
    // with 10s and 15s only, 20 a side: 15 first leaves 5, so two 10s
    assert_eq!(
        load(60.0, 20.0, &[15.0, 10.0]),
        Loading::Plates(vec![10.0, 10.0])
    );
}

#[test]
fn plates_in_lb_with_the_45_lb_bar() {
    // 225 - 45 = 180, 90 a side = 45 + 45
    let s = imperial();
    let kg = 225.0 * units::KG_PER_LB;
    assert_eq!(plate_line(kg, &s), "225 lb = 45 + 45 + 45 a side");
    // 135 - 45 = 90, 45 a side
    assert_eq!(
        plate_line(135.0 * units::KG_PER_LB, &s),
        "135 lb = 45 + 45 a side"
    );
    // 100 - 45 = 55, 27.5 a side = 25 + 2.5
    assert_eq!(
        plate_line(100.0 * units::KG_PER_LB, &s),
        "100 lb = 45 + 25 + 2.5 a side"
    );
}

#[test]
fn impossible_weights_say_so() {
    let s = Settings::default();
    assert_eq!(plate_line(15.0, &s), "15 kg is below the 20 kg bar");
    assert_eq!(plate_line(20.0, &s), "20 kg = the 20 kg bar alone");
    // 21 - 20 = 1, 0.5 a side: below 1.25; the nearest loadable are 20 and 22.5 kg
    assert_eq!(
        plate_line(21.0, &s),
        "21 kg cannot be loaded with these plates; nearest 20 or 22.5 kg"
    );
    // in lb: 50 - 45 = 5, 2.5 a side; 47 lb is between 45 and 50
    assert_eq!(
        plate_line(47.0 * units::KG_PER_LB, &imperial()),
        "47 lb cannot be loaded with these plates; nearest 45 or 50 lb"
    );
}

#[test]
fn bar_and_plates_come_from_the_settings() {
    // a 15 kg bar and only 10 kg plates: 55 = 15 + 2 × 20 = 15 + (10 + 10) a side
    let s = Settings {
        bar_kg: Some(15.0),
        plates_kg: Some(vec![10.0]),
        ..Settings::default()
    };
    assert_eq!(plate_line(55.0, &s), "55 kg = 15 + 10 + 10 a side");
    // 60 needs 22.5 a side: not with 10s; nearest 55 and 75
    assert_eq!(
        plate_line(60.0, &s),
        "60 kg cannot be loaded with these plates; nearest 55 or 75 kg"
    );
}
