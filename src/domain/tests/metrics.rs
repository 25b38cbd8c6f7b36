use super::*;
use crate::domain::metrics::*;

#[test]
fn section_7_pace_speed_energy() {
    close(pace_s(5000.0, 1500.0, Units::Metric).unwrap(), 300.0); // 25:00 / 5 km = 5:00 /km
    close(pace_s(MILE_M, 480.0, Units::Imperial).unwrap(), 480.0); // 8:00 /mi
    assert_eq!(pace_s(0.0, 1500.0, Units::Metric), None);
    close(speed(10000.0, 3600.0, Units::Metric).unwrap(), 10.0);
    close(speed(2.0 * MILE_M, 1800.0, Units::Imperial).unwrap(), 4.0);
    close(energy_kcal(70.0, 10000.0), 700.0); // 1.0 × 70 kg × 10 km
}

#[test]
fn section_7_minetti_cost() {
    close(minetti_cost(0.0), 3.6);
    // 155.4e-5 - 30.4e-4 - 43.3e-3 + 46.3e-2 + 1.95 + 3.6 = 5.968214
    close(minetti_cost(0.1), 5.968214);
    // 0.377622 - 0.24624 - 1.1691 + 4.167 + 5.85 + 3.6 = 12.579282
    close(minetti_cost(0.3), 12.579282);
}

#[test]
fn section_7_grade_adjusted_pace() {
    // flat: GAP = pace
    close(
        grade_adjusted_pace(&[(0.0, 10.0), (5000.0, 10.0)], 1500.0).unwrap(),
        300.0,
    );
    // 1 km flat then 1 km at +10%, 10:00 total: P = 300 s/km;
    // GAP = (1000×300 + 1000×300×3.6/5.968214) / 2000 = (300 + 180.959)/2 ≈ 240.48
    let p = [(0.0, 0.0), (1000.0, 0.0), (2000.0, 100.0)];
    let gap = grade_adjusted_pace(&p, 600.0).unwrap();
    close(gap, (300.0 + 300.0 * 3.6 / 5.968214) / 2.0);
    // a grade of +50% is capped at +30%; -40% at -30%
    let capped = grade_adjusted_pace(&[(0.0, 0.0), (100.0, 50.0)], 60.0).unwrap();
    close(capped, 600.0 * 3.6 / 12.579282);
    let down = grade_adjusted_pace(&[(0.0, 40.0), (100.0, 0.0)], 60.0).unwrap();
    close(down, 600.0 * 3.6 / minetti_cost(-0.3));
    // zero-length segments are skipped; degenerate input gives None
    let dup = [(0.0, 0.0), (0.0, 5.0), (1000.0, 5.0)];
    close(grade_adjusted_pace(&dup, 300.0).unwrap(), 300.0);
    assert_eq!(grade_adjusted_pace(&[(0.0, 0.0)], 300.0), None);
    assert_eq!(grade_adjusted_pace(&[(0.0, 0.0), (1000.0, 0.0)], 0.0), None);
}

#[test]
fn section_7_vdot_daniels() {
    // 5 km in 20:00: v = 250 m/min, VO2 = -4.6 + 45.5645 + 6.5 = 47.4645;
    // %max = 0.8 + 0.1894393 e^-0.25556 + 0.2989558 e^-3.86521 = 0.952977; VDOT ≈ 49.81
    let v = vdot(5000.0, 1200.0).unwrap();
    assert!((v - 49.807).abs() < 0.01, "{v}");
    assert_eq!(vdot(0.0, 1200.0), None);
}

#[test]
fn section_7_riegel() {
    // 10 km in 40:00 -> half: 2400 × 2.10975^1.06 = 2400 × 2.20641 ≈ 5295.4 s
    let t = riegel(2400.0, 10000.0, 21097.5);
    assert!((t - 5295.4).abs() < 1.0, "{t}");
    close(riegel(2400.0, 10000.0, 10000.0), 2400.0);
    let p = race_predictions(10000.0, 2400.0);
    assert_eq!(p.len(), 4);
    assert_eq!(p[2].0, "half marathon");
    close(p[1].2, 2400.0);
}
