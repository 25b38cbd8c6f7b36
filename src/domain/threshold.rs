//! Comparisons of computed numbers with thresholds (`TRAINING_MODEL.md` §1).

/// `x` is above the threshold `t`, ignoring float noise: 11 km after a longest of 10 km is
/// `x = 0.1` exactly for the model, though `11000.0 / 10000.0 - 1.0` is a hair above 0.1.
pub fn above(x: f64, t: f64) -> bool {
    x > t + 1e-9
}

/// `x` truncated toward zero to a tenth, for showing a volume next to its band: `1.96` gives
/// `1.9`, never `2.0`, so the number shown is on the same side of every band edge as `x`
/// (PRODUCT display rule). A value within 1e-9 relative of the next tenth reaches it, as the
/// comparisons here treat it; never `-0.0`, and `0.0` for a value that is not finite.
pub fn truncate_tenth(x: f64) -> f64 {
    if !x.is_finite() {
        return 0.0;
    }
    let tenths = (x * 10.0 * (1.0 + 1e-9 * x.signum())).trunc();
    if tenths == 0.0 { 0.0 } else { tenths / 10.0 }
}
