use super::*;

#[test]
fn units_are_converted_for_display() {
    assert_eq!(distance_1dp(5200.0, Units::Metric), "5.2 km");
    assert_eq!(distance_1dp(M_PER_MI * 3.1, Units::Imperial), "3.1 mi");
    assert_eq!(weight_with_unit(60.0, Units::Metric), "60 kg");
    assert_eq!(
        weight_with_unit(100.0 * KG_PER_LB, Units::Imperial),
        "100 lb"
    );
    assert_eq!(distance_number(5000.0, Units::Metric), "5");
    assert_eq!(minutes(65.0), "1 h 05 min");
    assert_eq!(minutes(28.4), "28 min");
    assert_eq!(distance_2dp(5200.0, Units::Metric), "5.20 km");
    assert_eq!(distance_2dp(M_PER_MI * 3.1, Units::Imperial), "3.10 mi");
    assert_eq!(weight_typed(60.0, Units::Metric), "60kg");
    assert_eq!(weight_typed(60.0, Units::Imperial), "132.3lb");
    assert_eq!(pace_with_unit(5000.0, 1500.0, Units::Metric), "5:00 /km");
    assert_eq!(pace_with_unit(M_PER_MI, 480.0, Units::Imperial), "8:00 /mi");
    assert_eq!(pace_with_unit(0.0, 1500.0, Units::Metric), "-");
    assert_eq!(rpe(7.0), "7");
    assert_eq!(rpe(6.5), "6.5");
}

// Never "-0": a figure that rounds to zero from below is shown as 0.
#[test]
fn whole_figures_never_show_minus_zero() {
    assert_eq!(whole(-0.3), "0");
    assert_eq!(whole(-0.0), "0");
    assert_eq!(whole(2126.4), "2126");
    assert_eq!(whole(-162.2), "-162");
    assert_eq!(signed_whole(-0.3), "+0");
    assert_eq!(signed_whole(-0.0), "+0");
    assert_eq!(signed_whole(12.0), "+12");
    assert_eq!(signed_whole(-5.2), "-5");
}

// The display rule: a weekly volume is truncated to one decimal, so the number shown is on
// the same side of every band edge (0.5, 4, 10 and 20 sets for the big groups; 0.5, 2, 4 and 8
// for the small ones) as the volume itself.
#[test]
fn volumes_are_truncated_never_rounded_across_a_band_edge() {
    assert_eq!(volume(1.96), "1.9"); // low: rounding would show 2.0
    assert_eq!(volume(1.99999), "1.9");
    assert_eq!(volume(2.0), "2.0"); // maintain from 2
    assert_eq!(volume(3.96), "3.9");
    assert_eq!(volume(4.0), "4.0");
    assert_eq!(volume(7.99), "7.9");
    assert_eq!(volume(11.95), "11.9");
    assert_eq!(volume(12.0), "12.0");
    assert_eq!(volume(0.04), "0.0");
    assert_eq!(volume(0.0), "0.0");
    assert_eq!(volume(-0.0), "0.0");
    // 0.1 + 0.2 = 0.30000000000000004 and 0.7 - 0.4 = 0.29999999999999993: both are 0.3,
    // as a threshold comparison within 1e-9 relative treats them.
    assert_eq!(volume(0.1 + 0.2), "0.3");
    assert_eq!(volume(0.7 - 0.4), "0.3");
    assert_eq!(volume(2.0 - 1e-12), "2.0");
    assert_eq!(volume(f64::NAN), "0.0");
}

// `high` starts above its edge (grow is 10 to 20 inclusive for a big group): a high volume
// that truncates onto the edge shows the first tenth above it, never the top of `grow`.
#[test]
fn a_high_volume_never_shows_as_the_top_of_grow() {
    let big = crate::domain::Settings::default().bands_big;
    let small = crate::domain::Settings::default().bands_small;
    assert_eq!(band_volume(20.064, Band::High, &big), "20.1");
    assert_eq!(band_volume(20.0, Band::Grow, &big), "20.0");
    assert_eq!(band_volume(20.19, Band::High, &big), "20.1");
    assert_eq!(band_volume(25.37, Band::High, &big), "25.3");
    assert_eq!(band_volume(8.01, Band::High, &small), "8.1");
    assert_eq!(band_volume(1.96, Band::Low, &small), "1.9");
    assert_eq!(band_volume(19.99, Band::Grow, &big), "19.9");
}

// 0..7 of 7 in eighths; a flat profile is all the lowest block; empty is empty
#[test]
fn a_sparkline_spans_the_lowest_to_the_highest_block() {
    assert_eq!(
        sparkline(&[10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0]),
        "▁▂▃▄▅▆▇█"
    );
    assert_eq!(sparkline(&[5.0, 5.0, 5.0]), "▁▁▁");
    assert_eq!(sparkline(&[]), "");
    // 100 -> 0 of 7, 150 -> 3.5 rounds to 4 (▅), 200 -> 7
    assert_eq!(sparkline(&[100.0, 150.0, 200.0]), "▁▅█");
}

#[test]
fn cut_with_ellipsis_keeps_what_fits_and_marks_a_cut() {
    assert_eq!(cut_with_ellipsis("deadlift", 8), "deadlift");
    assert_eq!(
        cut_with_ellipsis("bulgarian split squat", 16),
        "bulgarian split…"
    );
    assert_eq!(cut_with_ellipsis("squat", 0), "");
}
