//! The plate calculator of the live workout: the plates per side of a barbell for a weight,
//! from the bar and the plate set of the settings (`bar_kg`, `plates`). Worked out in the
//! user's weight unit (hundredths), so pounds users get pound plates without float noise.

use super::settings::{Settings, Units};
use super::units::KG_PER_LB;

/// The bar when the `bar_kg` setting is `auto`: 20 kg, or 45 lb for pounds users.
pub fn default_bar(u: Units) -> f64 {
    match u {
        Units::Metric => 20.0,
        Units::Imperial => 45.0 * KG_PER_LB,
    }
}

/// The plate set when the `plates` setting is `auto`, heaviest first, in the unit's own numbers.
pub fn default_plates(u: Units) -> &'static [f64] {
    match u {
        Units::Metric => &[25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25],
        Units::Imperial => &[45.0, 35.0, 25.0, 10.0, 5.0, 2.5],
    }
}

/// The plate set the settings give, in kg, heaviest first.
pub fn plates_kg(s: &Settings) -> Vec<f64> {
    match &s.plates_kg {
        Some(p) => p.clone(),
        None => {
            let f = unit_kg(s.weight_unit);
            default_plates(s.weight_unit)
                .iter()
                .map(|p| p * f)
                .collect()
        }
    }
}

/// The bar the settings give, in kg.
pub fn bar_kg(s: &Settings) -> f64 {
    s.bar_kg.unwrap_or_else(|| default_bar(s.weight_unit))
}

fn unit_kg(u: Units) -> f64 {
    match u {
        Units::Metric => 1.0,
        Units::Imperial => KG_PER_LB,
    }
}

/// The heaviest weight worked out, in the user's unit: beyond it a loading is not searched.
const MAX_LOAD: f64 = 1000.0;

/// How a weight goes on the bar (numbers in the user's unit).
#[derive(Debug, Clone, PartialEq)]
pub enum Loading {
    /// These plates on each side, heaviest first.
    Plates(Vec<f64>),
    /// The weight is the bar's.
    BarOnly,
    /// Lighter than the bar.
    BelowBar,
    /// No set of the plates gives it; the nearest loadable weights below and above.
    Unreachable { below: f64, above: Option<f64> },
}

/// In hundredths of the unit.
fn cents(v: f64) -> i64 {
    (v * 100.0).round() as i64
}

/// The plates per side for `weight` on `bar` with `plates` (any number of each), all in one
/// unit: the heaviest plate that fits first, as loaded in a gym (`41.25 = 25 + 15 + 1.25`);
/// when that leaves a remainder, the fewest plates that make it exactly.
pub fn load(weight: f64, bar: f64, plates: &[f64]) -> Loading {
    let (w, b) = (cents(weight), cents(bar));
    if w < b {
        return Loading::BelowBar;
    }
    if w == b {
        return Loading::BarOnly;
    }
    let mut sizes: Vec<i64> = plates
        .iter()
        .map(|&p| cents(p))
        .filter(|&p| p > 0)
        .collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    sizes.dedup();
    let limit = cents(MAX_LOAD).max(w + 1);
    let side_max = ((limit - b) / 2) as usize;
    // best[x]: the fewest plates making x hundredths a side, and the plate last added
    let mut best: Vec<Option<(u32, i64)>> = vec![None; side_max + 1];
    best[0] = Some((0, 0));
    for x in 1..=side_max {
        best[x] = sizes
            .iter()
            .filter(|&&p| p as usize <= x)
            .filter_map(|&p| best[x - p as usize].map(|(n, _)| (n + 1, p)))
            .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    }
    let reachable = |total: i64| -> bool {
        total >= b
            && (total - b) % 2 == 0
            && best
                .get(((total - b) / 2) as usize)
                .is_some_and(Option::is_some)
    };
    if (w - b) % 2 == 0 && reachable(w) {
        if let Some(g) = greedy((w - b) / 2, &sizes) {
            return Loading::Plates(g);
        }
        let mut x = ((w - b) / 2) as usize;
        let mut out = Vec::new();
        while x > 0 {
            let Some((_, p)) = best[x] else { break };
            out.push(p as f64 / 100.0);
            x -= p as usize;
        }
        out.sort_by(|a, b| b.total_cmp(a));
        return Loading::Plates(out);
    }
    let below = (b..w).rev().find(|&t| reachable(t)).unwrap_or(b);
    let above = (w + 1..=b + 2 * side_max as i64).find(|&t| reachable(t));
    Loading::Unreachable {
        below: below as f64 / 100.0,
        above: above.map(|a| a as f64 / 100.0),
    }
}

/// Heaviest first while it fits; `None` when that leaves a remainder.
fn greedy(mut side: i64, sizes: &[i64]) -> Option<Vec<f64>> {
    let mut out = Vec::new();
    for &p in sizes {
        while side >= p {
            side -= p;
            out.push(p as f64 / 100.0);
        }
    }
    (side == 0).then_some(out)
}

/// A number as written on a plate: `2.5`, `1.25`, `20`.
fn num(v: f64) -> String {
    let s = format!("{:.2}", (v * 100.0).round() / 100.0);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// The plate line for `weight_kg` with the settings' bar and plates, in the user's weight
/// unit: `102.5 kg = 20 + 25 + 15 + 1.25 a side` (the bar first), or why it cannot be.
pub fn plate_line(weight_kg: f64, s: &Settings) -> String {
    let u = s.weight_unit;
    let f = unit_kg(u);
    let unit = match u {
        Units::Metric => "kg",
        Units::Imperial => "lb",
    };
    let (w, bar) = (weight_kg / f, bar_kg(s) / f);
    let plates: Vec<f64> = plates_kg(s).iter().map(|p| p / f).collect();
    let (tw, tb) = (num(w), num(bar));
    match load(w, bar, &plates) {
        Loading::Plates(p) => {
            let each: Vec<String> = p.iter().map(|&x| num(x)).collect();
            format!("{tw} {unit} = {tb} + {} a side", each.join(" + "))
        }
        Loading::BarOnly => format!("{tw} {unit} = the {tb} {unit} bar alone"),
        Loading::BelowBar => format!("{tw} {unit} is below the {tb} {unit} bar"),
        Loading::Unreachable { below, above } => {
            let near = match above {
                Some(a) => format!("{} or {} {unit}", num(below), num(a)),
                None => format!("{} {unit}", num(below)),
            };
            format!("{tw} {unit} cannot be loaded with these plates; nearest {near}")
        }
    }
}

/// The catalog's exercises done with a barbell (the catalog has no equipment field): these,
/// and any name with "barbell" in it.
pub const BARBELL: &[&str] = &[
    "back squat",
    "front squat",
    "deadlift",
    "romanian deadlift",
    "hip thrust",
    "bench press",
    "overhead press",
    "row",
];

/// Whether the plate line is shown for `exercise`.
pub fn is_barbell(exercise: &str) -> bool {
    BARBELL.contains(&exercise) || exercise.to_lowercase().contains("barbell")
}
