//! Comparisons of computed numbers with thresholds (`docs/model.md` §1, v2): two numbers
//! within a relative `1e-9` of each other are equal, so `11000.0 / 10000.0 - 1.0` is not above
//! `0.1`, and a day load that is 1.5 × the median by the model is "≥" whatever the floating point
//! says. Every rule compares through these functions.

/// The relative tolerance of §1.
pub const REL_EPS: f64 = 1e-9;

/// `|a - b| ≤ 1e-9 × max(1, |a|, |b|)`.
pub fn eq(a: f64, b: f64) -> bool {
    (a - b).abs() <= REL_EPS * 1f64.max(a.abs()).max(b.abs())
}

/// `a > b`, not within the tolerance.
pub fn gt(a: f64, b: f64) -> bool {
    a > b && !eq(a, b)
}

/// `a ≥ b`, or within the tolerance.
pub fn ge(a: f64, b: f64) -> bool {
    a >= b || eq(a, b)
}

/// `a < b`, not within the tolerance.
pub fn lt(a: f64, b: f64) -> bool {
    a < b && !eq(a, b)
}

/// `a ≤ b`, or within the tolerance.
pub fn le(a: f64, b: f64) -> bool {
    a <= b || eq(a, b)
}

/// `x` is above the threshold `t` (the older name of [`gt`]).
pub fn above(x: f64, t: f64) -> bool {
    gt(x, t)
}

/// `x` with a negative zero made positive (§1: numbers shown or written are never `-0`).
pub fn no_neg_zero(x: f64) -> f64 {
    if x == 0.0 { 0.0 } else { x }
}

/// `floor(x)`, except that a value within the tolerance of the next whole number is that number.
pub fn floor(x: f64) -> f64 {
    let r = x.round();
    if eq(x, r) { r } else { x.floor() }
}

/// `x` truncated toward zero to a tenth, for showing a volume next to its band: `1.96` gives
/// `1.9`, never `2.0`, so the number shown is on the same side of every band edge as `x`
/// (the display rule). A value within the tolerance of the next tenth reaches it, as the
/// comparisons here treat it; never `-0`, and `0` for a value that is not finite.
pub fn truncate_tenth(x: f64) -> f64 {
    if !x.is_finite() {
        return 0.0;
    }
    let tenths = floor(x.abs() * 10.0).copysign(x);
    no_neg_zero(tenths / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_1_thresholds_equal_within_1e9_relative() {
        // 11 km after 10 km: x = 0.1 for the model.
        let x = 11000.0 / 10000.0 - 1.0;
        assert!(x > 0.1, "the float is a hair above 0.1");
        assert!(!gt(x, 0.1));
        assert!(ge(x, 0.1) && le(x, 0.1) && eq(x, 0.1));
        // 1e-9 relative of 1e6 is 1e-3: 1e6 + 5e-4 equals 1e6, 1e6 + 2e-3 does not.
        assert!(eq(1e6 + 5e-4, 1e6));
        assert!(gt(1e6 + 2e-3, 1e6));
        assert!(lt(4.0 - 1e-6, 4.0) && !lt(4.0 - 1e-10, 4.0));
        // Below 1 the tolerance is absolute 1e-9.
        assert!(eq(1e-10, 0.0) && !eq(1e-8, 0.0));
    }

    #[test]
    fn section_1_no_negative_zero() {
        assert!(no_neg_zero(-0.0).is_sign_positive());
        assert_eq!(no_neg_zero(-1.5), -1.5);
        assert_eq!(format!("{}", no_neg_zero(-0.0)), "0");
    }

    #[test]
    fn floor_within_tolerance() {
        assert_eq!(floor(10.999_999_999_999), 11.0);
        assert_eq!(floor(10.9), 10.0);
        assert_eq!(floor(-0.5), -1.0);
    }
}
