//! §9 "A lift's sanity check": e1RM against twice the best so far, or the cap of its class
//! without history. Values by hand.

use crate::domain::records::{Bound, cap_kg, e1rm_bests, first_implausible};
use crate::domain::{Session, SetEntry, Strength};
use chrono::NaiveDate;
use std::collections::HashMap;

fn set(ex: &str, reps: u32, kg: f64) -> SetEntry {
    SetEntry::new(ex, reps, Some(kg))
}

#[test]
fn section_9_sanity_twice_the_best_e1rm() {
    // best 120 kg e1RM: 280 × (1 + 1/30) = 289.3 > 240; 200 × (1 + 5/30) = 233.3 <= 240
    let bests = HashMap::from([("deadlift".to_string(), 120.0)]);
    assert_eq!(
        first_implausible(&[set("deadlift", 5, 200.0)], &bests),
        None
    );
    let bad = first_implausible(
        &[set("deadlift", 5, 200.0), set("deadlift", 1, 280.0)],
        &bests,
    )
    .unwrap();
    assert_eq!(bad.index, 1);
    assert_eq!(bad.bound, Bound::TwiceBest(120.0));
    assert!((bad.e1rm_kg - 280.0 * 31.0 / 30.0).abs() < 1e-9);
    // exactly twice (float noise aside) is not above: 240 × 1 rep = 248, 240 / (31/30) × 31/30
    let w = 240.0 / (1.0 + 1.0 / 30.0);
    assert_eq!(first_implausible(&[set("deadlift", 1, w)], &bests), None);
}

#[test]
fn section_9_sanity_cap_without_history_by_class() {
    let none = HashMap::new();
    assert_eq!(cap_kg("back squat"), 600.0);
    assert_eq!(cap_kg("leg press"), 1200.0);
    // 580 × (1 + 1/30) = 599.3: under; 581 × 31/30 = 600.4: over
    assert_eq!(
        first_implausible(&[set("back squat", 1, 580.0)], &none),
        None
    );
    let bad = first_implausible(&[set("back squat", 1, 581.0)], &none).unwrap();
    assert_eq!(bad.bound, Bound::Cap(600.0));
    // the leg press's cap: 900 × (1 + 10/30) = 1200 is not above it, 901 is
    assert_eq!(
        first_implausible(&[set("leg press", 10, 900.0)], &none),
        None
    );
    assert!(first_implausible(&[set("leg press", 10, 901.0)], &none).is_some());
    // another exercise's best does not count for this one
    let other = HashMap::from([("deadlift".to_string(), 1000.0)]);
    assert!(first_implausible(&[set("back squat", 1, 700.0)], &other).is_some());
}

#[test]
fn section_9_sanity_sets_without_e1rm_and_unweighted() {
    let bests = HashMap::from([("biceps curl".to_string(), 20.0)]);
    // 20 reps have no e1RM: the weight itself (45 kg) counts, above 2 × 20
    let bad = first_implausible(&[set("biceps curl", 20, 45.0)], &bests).unwrap();
    assert_eq!(bad.e1rm_kg, 45.0);
    // a body-weight set is never implausible; a warm-up typo is still one
    assert_eq!(
        first_implausible(&[SetEntry::new("pull-up", 50, None)], &bests),
        None
    );
    let mut warm = set("biceps curl", 5, 100.0);
    warm.warmup = true;
    assert!(first_implausible(&[warm], &bests).is_some());
}

#[test]
fn section_9_sanity_bests_from_sessions() {
    let mut warm = set("back squat", 1, 300.0);
    warm.warmup = true;
    let sets = vec![
        set("back squat", 5, 90.0),  // 105
        set("back squat", 3, 100.0), // 110
        set("back squat", 15, 60.0), // no e1RM: 60
        warm,                        // warm-ups do not count
        set("leg curl", 20, 40.0),   // no e1RM: 40
    ];
    let day = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    let s = Session::new_strength(
        day,
        Strength {
            minutes: None,
            sets,
        },
    );
    let b = e1rm_bests(&[s]);
    assert!((b["back squat"] - 110.0).abs() < 1e-9);
    assert_eq!(b["leg curl"], 40.0);
    assert_eq!(b.len(), 2);
}
