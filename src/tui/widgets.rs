//! Small drawing pieces shared by the tabs.

pub mod form;
pub mod heatmap;
pub mod muscle_bars;

/// The eight block heights of a sparkline.
const TICKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// `values` as a one-line sparkline scaled to `max` (values ≤ 0 draw the lowest tick).
pub fn spark(values: &[f64], max: f64) -> String {
    values
        .iter()
        .map(|&v| {
            if max <= 0.0 || v <= 0.0 {
                TICKS[0]
            } else {
                let i = ((v / max) * 7.0).round().clamp(0.0, 7.0) as usize;
                TICKS[i]
            }
        })
        .collect()
}

/// A spark of values that may be negative (form): scaled between their min and max.
pub fn spark_signed(values: &[f64]) -> String {
    let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !lo.is_finite() || hi - lo < 1e-9 {
        return TICKS[3].to_string().repeat(values.len());
    }
    values
        .iter()
        .map(|&v| TICKS[(((v - lo) / (hi - lo)) * 7.0).round().clamp(0.0, 7.0) as usize])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spark_scales_to_max() {
        assert_eq!(spark(&[0.0, 5.0, 10.0], 10.0), "▁▅█");
        assert_eq!(spark(&[3.0], 0.0), "▁");
        assert_eq!(spark_signed(&[-10.0, 0.0, 10.0]), "▁▅█");
        assert_eq!(spark_signed(&[2.0, 2.0]), "▄▄");
    }
}
