//! The five heart-rate zones of a maximum (§9), from the moving seconds at each heart rate.

/// The five heart-rate zones as shares of the maximum: 50-60%, 60-70%, 70-80%, 80-90%, 90% and
/// above. Time below 50% is in none.
pub const ZONES: [f64; 5] = [0.5, 0.6, 0.7, 0.8, 0.9];

/// Seconds in each of the five zones of `hr_max` (§2.1's maximum).
pub fn zones(hr_seconds: &[(u16, f64)], hr_max: f64) -> [f64; 5] {
    let mut out = [0.0; 5];
    for &(h, s) in hr_seconds {
        let p = f64::from(h) / hr_max;
        if let Some(z) = ZONES.iter().rposition(|&lo| p >= lo - 1e-9) {
            out[z] += s;
        }
    }
    out
}
