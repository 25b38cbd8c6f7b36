//! Comparisons of computed numbers with thresholds (`TRAINING_MODEL.md` §1).

/// `x` is above the threshold `t`, ignoring float noise: 11 km after a longest of 10 km is
/// `x = 0.1` exactly for the model, though `11000.0 / 10000.0 - 1.0` is a hair above 0.1.
pub fn above(x: f64, t: f64) -> bool {
    x > t + 1e-9
}
