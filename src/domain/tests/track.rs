//! §9 best efforts and splits, §2 moving time: synthetic tracks worked out by hand.

use crate::domain::track::{BestEffort, Sample, analyse, zones};

const MILE: f64 = 1609.344;

fn s(t: f64, d: f64) -> Sample {
    Sample {
        t,
        d,
        ..Sample::default()
    }
}

/// Samples every km at the given seconds per km for each km.
fn by_km(paces: &[f64]) -> Vec<Sample> {
    let mut out = vec![s(0.0, 0.0)];
    let mut t = 0.0;
    for (k, p) in paces.iter().enumerate() {
        t += p;
        out.push(s(t, 1000.0 * (k + 1) as f64));
    }
    out
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-6, "{a} != {b}");
}

fn effort(efforts: &[BestEffort], d: f64) -> Option<(f64, f64)> {
    efforts
        .iter()
        .find(|e| (e.distance_m - d).abs() < 1e-9)
        .map(|e| (e.seconds, e.start_m))
}

#[test]
fn section_9_constant_pace_12k() {
    // 12 km at 5:00/km: every stretch of d metres takes 0.3 d seconds
    let a = analyse(&by_km(&[300.0; 12])).unwrap();
    close(a.moving_s, 3600.0);
    close(a.elapsed_s, 3600.0);
    let e = &a.summary.best_efforts;
    assert_eq!(e.len(), 4, "1k, mile, 5k, 10k; no half in 12 km: {e:?}");
    assert_eq!(effort(e, 1000.0), Some((300.0, 0.0)));
    let (t, start) = effort(e, MILE).unwrap();
    close(t, 0.3 * MILE); // 482.8032
    close(start, 0.0);
    assert_eq!(effort(e, 5000.0), Some((1500.0, 0.0)));
    assert_eq!(effort(e, 10000.0), Some((3000.0, 0.0)));
    assert_eq!(effort(e, 21097.5), None);
    // 12 splits of 300 s; miles: 7 of 482.8032 s and 12000 - 7 × 1609.344 = 734.592 m
    let km = &a.summary.splits_km;
    assert_eq!(km.len(), 12);
    assert!(km.iter().all(|x| (x.seconds - 300.0).abs() < 1e-9));
    let mi = &a.summary.splits_mi;
    assert_eq!(mi.len(), 8);
    close(mi[0].seconds, 482.8032);
    close(mi[7].distance_m, 734.592);
    close(mi[7].seconds, 220.3776);
    // splits sum to the run
    close(km.iter().map(|x| x.seconds).sum(), 3600.0);
    close(mi.iter().map(|x| x.seconds).sum(), 3600.0);
    close(mi.iter().map(|x| x.distance_m).sum(), 12000.0);
}

#[test]
fn section_9_a_fast_middle_5k() {
    // km 1-4 at 5:00, km 5-9 at 4:00, km 10-12 at 5:00
    let mut paces = vec![300.0; 4];
    paces.extend([240.0; 5]);
    paces.extend([300.0; 3]);
    let a = analyse(&by_km(&paces)).unwrap();
    let e = &a.summary.best_efforts;
    // the 5 fast km: 5 × 240 = 1200 s from 4000 m
    assert_eq!(effort(e, 5000.0), Some((1200.0, 4000.0)));
    assert_eq!(effort(e, 1000.0), Some((240.0, 4000.0)));
    let (t, start) = effort(e, MILE).unwrap();
    close(t, 0.24 * MILE); // 386.24256
    close(start, 4000.0);
    // any 10 km holding the fast 5: 1200 + 5 × 300 = 2700 s; the earliest starts at 0
    assert_eq!(effort(e, 10000.0), Some((2700.0, 0.0)));
    close(a.summary.splits_km.iter().map(|x| x.seconds).sum(), 3300.0);
    close(a.moving_s, 3300.0);
}

#[test]
fn section_9_a_gps_jump_makes_no_record() {
    // 3 km at 5:00/km, then 2000 m in 10 s (200 m/s: a jump), then 3 km at 5:00/km
    let mut t = vec![
        s(0.0, 0.0),
        s(300.0, 1000.0),
        s(600.0, 2000.0),
        s(900.0, 3000.0),
    ];
    t.push(s(910.0, 5000.0));
    t.extend((1..=3).map(|k| s(910.0 + 300.0 * k as f64, 5000.0 + 1000.0 * k as f64)));
    let a = analyse(&t).unwrap();
    let e = &a.summary.best_efforts;
    // without the rule 0-5000 m would be a 5k in 910 s; no stretch without the jump has 5 km
    assert_eq!(effort(e, 5000.0), None);
    assert_eq!(effort(e, 1000.0), Some((300.0, 0.0)));
    let (m, _) = effort(e, MILE).unwrap();
    close(m, 0.3 * MILE);
    // the jump still counts in the distance and its 10 s in the moving time
    close(a.distance_m, 8000.0);
    close(a.moving_s, 1810.0);
}

#[test]
fn section_2_pauses_do_not_count() {
    let mut t = vec![s(0.0, 0.0), s(300.0, 1000.0)];
    // standing 60 s (no movement over 10 s): a pause
    t.push(s(360.0, 1000.0));
    t.push(s(660.0, 2000.0));
    // an 8 s stop is not a pause
    t.push(s(668.0, 2000.0));
    t.push(s(968.0, 3000.0));
    // a segment break (the watch was stopped 100 s), 5 m further: a pause, not a break
    let mut resumed = s(1068.0, 3005.0);
    resumed.resumed = true;
    t.push(resumed);
    t.push(s(1368.0, 4005.0));
    let a = analyse(&t).unwrap();
    close(a.elapsed_s, 1368.0);
    // 1368 - 60 - 100 = 1208
    close(a.moving_s, 1208.0);
    let km = &a.summary.splits_km;
    close(km[0].seconds, 300.0);
    close(km[1].seconds, 300.0);
    close(km[2].seconds, 308.0);
    // km 4 runs from 3000 m: the pause step (3000 → 3005 m) takes no time, then 995 m of the
    // last km at 0.3 s/m = 298.5 s; the last split is 5 m in 1.5 s
    close(km[3].seconds, 298.5);
    close(km[4].distance_m, 5.0);
    close(km[4].seconds, 1.5);
    close(km.iter().map(|x| x.seconds).sum(), 1208.0);
    // the fastest 1k spans the segment break (5 m moved while stopped, under 10 m, come free):
    // 995 m run in 298.5 s; the earliest such 1k runs 2005 → 3005 m (from 2005 m at 0.3 s/m:
    // 908 - (608 + 1.5) = 298.5 s). The 1k spanning the standing pause takes 300 s like any other
    assert_eq!(
        effort(&a.summary.best_efforts, 1000.0),
        Some((298.5, 2005.0))
    );
}

#[test]
fn section_9_a_pause_that_moved_breaks_the_track() {
    // the watch stopped at 1000 m and resumed 500 m further: no effort spans that gap
    let mut resumed = s(900.0, 1500.0);
    resumed.resumed = true;
    let t = vec![s(0.0, 0.0), s(300.0, 1000.0), resumed, s(1200.0, 2500.0)];
    let a = analyse(&t).unwrap();
    // 300 s to 1000 m; resumed 500 m further; 300 s to 2500 m
    close(a.moving_s, 600.0);
    assert_eq!(effort(&a.summary.best_efforts, 1000.0), Some((300.0, 0.0)));
    assert_eq!(effort(&a.summary.best_efforts, MILE), None);
}

#[test]
fn section_9_ends_interpolated_between_samples() {
    // 800 m in 200 s (4 m/s), then 1000 m in 300 s
    let mut t = vec![s(0.0, 0.0), s(200.0, 800.0), s(500.0, 1800.0)];
    for (x, (e, h)) in t
        .iter_mut()
        .zip([(100.0, 140.0), (110.0, 150.0), (104.0, 160.0)])
    {
        x.ele = Some(e);
        x.hr = Some(h);
    }
    let a = analyse(&t).unwrap();
    // from 0: the 1000 m mark is 200 m into the second step: 200 + 300 × 200/1000 = 260 s
    // (ending on 1800 m instead: 500 - 200 = 300 s)
    assert_eq!(effort(&a.summary.best_efforts, 1000.0), Some((260.0, 0.0)));
    let km = &a.summary.splits_km;
    assert_eq!(km.len(), 2);
    close(km[0].seconds, 260.0);
    close(km[1].seconds, 240.0);
    close(km[1].distance_m, 800.0);
    // elevation, 3 m dead band: 100 → 110 is +10 in km 1; at 1000 m it is 108.8 (-1.2, under
    // the band); 110 → 104 is -6 in km 2
    assert_eq!((km[0].gain_m, km[0].loss_m), (Some(10.0), Some(0.0)));
    assert_eq!((km[1].gain_m, km[1].loss_m), (Some(0.0), Some(6.0)));
    // heart rate: the samples inside each split
    assert_eq!((km[0].avg_hr, km[1].avg_hr), (Some(150.0), Some(160.0)));
    // moving seconds by heart rate: 200 s at 150, 300 s at 160
    assert_eq!(a.summary.hr_seconds, vec![(150, 200.0), (160, 300.0)]);
    // zones of a 200 bpm maximum: 75% is zone 3, 80% zone 4
    assert_eq!(
        zones(&a.summary.hr_seconds, 200.0),
        [0.0, 0.0, 200.0, 300.0, 0.0]
    );
}

#[test]
fn no_track_no_analysis() {
    assert!(analyse(&[]).is_none());
    assert!(analyse(&[s(0.0, 0.0)]).is_none());
    assert!(analyse(&[s(0.0, 0.0), s(10.0, 0.0)]).is_none());
}
