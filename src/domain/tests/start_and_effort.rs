//! A return after a break (*start*, §1, §4.3, §6), thresholds at their edges (§1), effort from
//! heart rate (§2.1), imported run kinds (§2.1) and the hard day at 1.5 × the median (§5).

use super::*;
use crate::domain::load::{figures, start_date};
use chrono::NaiveDate;

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A run dated `date` (not relative to D): 30 min easy at RPE 4 = 120 AU.
fn run_on(date: NaiveDate) -> Session {
    let mut s = Session::new_run(date, Run::new(RunKind::Easy, 5000.0, 1800.0));
    s.rpe = Some(4.0);
    s
}

/// One run on 1 May 2024, then a run every day from R = 1 Oct 2026 to `end`.
fn return_history(end: NaiveDate) -> History {
    let mut s = vec![run_on(ymd(2024, 5, 1))];
    let mut d = ymd(2026, 10, 1);
    while d <= end {
        s.push(run_on(d));
        d = d.succ_opt().unwrap();
    }
    hist(s)
}

#[test]
fn section_1_start_after_a_28_day_gap() {
    // dates 1 Oct, 29 Oct (27 empty days between: no new start), 27 Nov (28 empty days: start)
    let h = hist(vec![
        run_on(ymd(2026, 10, 1)),
        run_on(ymd(2026, 10, 29)),
        run_on(ymd(2026, 11, 27)),
    ]);
    assert_eq!(start_date(&h, ymd(2026, 11, 26)), Some(ymd(2026, 10, 1)));
    assert_eq!(start_date(&h, ymd(2026, 11, 27)), Some(ymd(2026, 11, 27)));
    // sessions after D are ignored
    assert_eq!(start_date(&h, ymd(2026, 9, 30)), None);
}

#[test]
fn section_6_a_2024_run_then_a_2026_return() {
    let r = ymd(2026, 10, 1);
    // Start is the return, not 2024 (§1).
    let h = return_history(r + chrono::Days::new(40));
    assert_eq!(start_date(&h, r + chrono::Days::new(40)), Some(r));
    // ACWR is null for the first 27 days of the return (D - start < 27) ...
    for n in 0..27 {
        let d = r + chrono::Days::new(n);
        assert_eq!(figures(&h, d).acwr, None, "day {n} of the return");
    }
    // ... and reported from D - start = 27: 28 days of 120 AU from 0 the day before start:
    // acute = 120 × (1 - 0.75^28), chronic = 120 × (1 - (27/29)^28).
    let d = r + chrono::Days::new(27);
    let f = figures(&h, d);
    let acute = 120.0 * (1.0 - 0.75f64.powi(28));
    let chronic = 120.0 * (1.0 - (27.0f64 / 29.0).powi(28));
    close(f.acute, acute);
    close(f.chronic, chronic);
    close(f.acwr.unwrap(), acute / chronic); // ≈ 1.156: no load_jump
    // fitness and fatigue count from start too: on the first day, 120/42 and 120/7, form 0
    let f0 = figures(&h, r);
    close(f0.fitness, 120.0 / 42.0);
    close(f0.fatigue, 120.0 / 7.0);
    assert!(f0.form == 0.0 && f0.form.is_sign_positive());
    let rep = Report::build(&h, &Settings::default(), &Catalog::builtin(), d);
    assert!(rep.alerts.iter().all(|a| a.rule != Rule::LoadJump));
}

#[test]
fn section_4_3_neglected_counts_from_start() {
    // 2024 run, then a return on D-5: start D-5 is after D-13, so no neglected (v1 fired it)
    let mut s = vec![run_on(ymd(2024, 5, 1))];
    s.extend((0..=5).map(|i| run(-i, RunKind::Easy, 5.0, 30.0)));
    let a = Report::build(
        &hist(s.clone()),
        &Settings::default(),
        &Catalog::builtin(),
        today(),
    );
    assert!(a.alerts.iter().all(|x| x.rule != Rule::Neglected));
    // with the first of those runs on D-13 instead, start is D-13 and arms are neglected
    s.push(run(-13, RunKind::Easy, 5.0, 30.0));
    let a = Report::build(&hist(s), &Settings::default(), &Catalog::builtin(), today());
    assert!(
        a.alerts
            .iter()
            .any(|x| x.rule == Rule::Neglected && x.muscles == [Muscle::Arms])
    );
}

fn hr_run(avg: f64, max: Option<f64>, kind: RunKind) -> Session {
    let mut r = Run::new(kind, 10000.0, 3000.0); // 50 min
    r.avg_hr = Some(avg);
    r.max_hr = max;
    Session::new_run(today(), r)
}

fn with_hr_max(h: u16) -> Settings {
    Settings {
        hr_max: Some(h),
        ..Settings::default()
    }
}

#[test]
fn section_2_1_round_half_at_percentages_of_max() {
    // rpe = round_half(3 + 20 × (p - 0.70)) with hr_max 200
    let st = with_hr_max(200);
    let rpe = |avg| hr_run(avg, None, RunKind::Easy).effective_rpe(&st);
    assert_eq!(rpe(140.0), 3.0); // 70 %
    assert_eq!(rpe(160.0), 5.0); // 80 %
    assert_eq!(rpe(170.0), 6.0); // 85 %
    assert_eq!(rpe(180.0), 7.0); // 90 %
    assert_eq!(rpe(190.0), 8.0); // 95 %
    assert_eq!(rpe(163.0), 5.5); // 81.5 %: 5.3 -> floor(11.1) / 2 = 5.5
    assert_eq!(rpe(161.0), 5.0); // 80.5 %: 5.1 -> floor(10.7) / 2 = 5
    assert_eq!(rpe(100.0), 1.0); // 50 %: -1 clamped to 1
    assert_eq!(rpe(230.0), 10.0); // 115 %: 12 clamped to 10
    assert_eq!(session::round_half(5.25), 5.5);
    assert_eq!(session::round_half(5.2), 5.0);
}

#[test]
fn section_2_1_a_fractional_average_counts_unrounded() {
    // hr_max 190, avg 154.4: p = 0.812632, 3 + 20 × 0.112632 = 5.2526 -> floor(11.005) / 2 = 5.5;
    // the same average rounded to 154 would give p = 0.810526, 5.2105 -> floor(10.92) / 2 = 5
    let st = with_hr_max(190);
    let rpe = |avg| hr_run(avg, None, RunKind::Easy).effective_rpe(&st);
    assert_eq!(rpe(154.4), 5.5);
    assert_eq!(rpe(154.0), 5.0);
    // an observed maximum with decimals is used as it is: 150.8 / 185.5 = 0.812938,
    // 3 + 20 × 0.112938 = 5.2588 -> floor(11.018) / 2 = 5.5; over 186 it would be
    // 0.810753, 5.2151 -> floor(10.93) / 2 = 5
    let obs = |m| Settings {
        observed_hr_max: Some(m),
        ..Settings::default()
    };
    let run = hr_run(150.8, None, RunKind::Easy);
    assert_eq!(run.effective_rpe(&obs(185.5)), 5.5);
    assert_eq!(run.effective_rpe(&obs(186.0)), 5.0);
}

#[test]
fn section_2_1_sources_and_the_observed_maximum() {
    let st = Settings::default();
    // no maximum known: the kind's default
    let s = hr_run(160.0, None, RunKind::Easy);
    assert_eq!(s.rpe_source(&st), RpeSource::Default);
    assert_eq!(s.effective_rpe(&st), 3.0);
    assert!(s.rpe_default(&st));
    // the observed maximum (filled in by the store) gives 160/190 = 84.2 %: 5.84 -> 6
    let obs = Settings {
        observed_hr_max: Some(190.0),
        ..Settings::default()
    };
    assert_eq!(s.rpe_source(&obs), RpeSource::HeartRate);
    assert_eq!(s.effective_rpe(&obs), 6.0);
    assert!(!s.rpe_default(&obs));
    close(s.load(&obs), 300.0); // 6 × 50
    // the setting wins over the observed maximum: 160/200 = 80 % -> 5
    let both = Settings {
        hr_max: Some(200),
        ..obs.clone()
    };
    assert_eq!(s.effective_rpe(&both), 5.0);
    // a logged RPE always wins
    let mut logged = s.clone();
    logged.rpe = Some(4.0);
    assert_eq!(logged.rpe_source(&both), RpeSource::Logged);
    assert_eq!(logged.effective_rpe(&both), 4.0);
    // the vest factor applies to `default` only (§2): 5 × 50 = 250, no × (1 + 7/70)
    let mut vest = s.clone();
    if let Activity::Run(r) = &mut vest.activity {
        r.vest_kg = Some(7.0);
    }
    close(vest.load(&both), 250.0);
    close(vest.load(&st), 3.0 * 50.0 * 1.1); // default RPE: 165
    // a strength session never takes its RPE from heart rate
    let lift = Session::new_strength(
        today(),
        Strength {
            minutes: Some(30.0),
            sets: vec![],
        },
    );
    assert_eq!(lift.rpe_source(&both), RpeSource::Default);
}

#[test]
fn section_5_heart_rate_rpe_makes_a_hard_day() {
    // 180/200 = 90 % -> RPE 7: hard (§5 counts heart-rate RPEs)
    let st = with_hr_max(200);
    let s = hr_run(180.0, None, RunKind::Easy);
    assert!(s.is_hard(&st));
    assert!(!s.is_hard(&Settings::default())); // easy default 3
}

#[test]
fn section_2_1_imported_kind_long_from_90_minutes() {
    assert_eq!(RunKind::for_imported(89.9, None), RunKind::Easy);
    assert_eq!(RunKind::for_imported(90.0, None), RunKind::Long);
    assert_eq!(RunKind::for_imported(5498.0 / 60.0, None), RunKind::Long);
    // the file's kind wins
    assert_eq!(
        RunKind::for_imported(120.0, Some(RunKind::Trail)),
        RunKind::Trail
    );
    assert_eq!(
        RunKind::for_imported(30.0, Some(RunKind::Treadmill)),
        RunKind::Treadmill
    );
}

#[test]
fn section_5_day_load_exactly_1_5_times_the_median_is_hard() {
    // four days of 60.2 AU (RPE 1 × 60.2 min: never hard by themselves): median 60.2;
    // 1.5 × 60.2 is 90.30000000000001 in floating point, the day's 90.3 is equal by §1
    let mut s: Vec<Session> = (1..=4).map(|i| lift(-i, 60.2, 1.0, vec![])).collect();
    s.push(lift(0, 90.3, 1.0, vec![]));
    let (day_load, median) = std::hint::black_box((90.3, 60.2));
    assert!(
        day_load < 1.5 * median,
        "the float alone would say not hard"
    );
    let idx = DayIndex::new(&hist(s.clone()), today());
    assert_eq!(idx.recent_median(today()), Some(60.2));
    assert!(idx.is_hard(today()));
    // 90.2 is below 1.5 × the median
    s.pop();
    s.push(lift(0, 90.2, 1.0, vec![]));
    assert!(!DayIndex::new(&hist(s), today()).is_hard(today()));
}

#[test]
fn section_1_exactly_1_1_times_the_longest_is_not_a_spike() {
    // three earlier runs, longest 10 km; 11 km: 11000/10000 - 1 is a hair above 0.1 in floating
    // point, exactly 0.1 for the model (§1, §4.7): no alert; 13 km is x = 0.3: info, not caution
    let base = || {
        vec![
            run(-9, RunKind::Easy, 10.0, 60.0),
            run(-6, RunKind::Easy, 8.0, 48.0),
            run(-3, RunKind::Easy, 8.0, 48.0),
        ]
    };
    let spikes = |km: f64| {
        let mut s = base();
        s.push(run(0, RunKind::Easy, km, 66.0));
        Report::build(&hist(s), &Settings::default(), &Catalog::builtin(), today())
            .alerts
            .into_iter()
            .filter(|a| a.rule == Rule::RunSpike)
            .map(|a| a.severity)
            .collect::<Vec<_>>()
    };
    let (km, longest) = std::hint::black_box((11000.0, 10000.0));
    assert!(
        km / longest - 1.0 > 0.1,
        "the float alone would say a spike"
    );
    assert_eq!(spikes(11.0), []);
    assert_eq!(spikes(13.0), [Severity::Info]);
    assert_eq!(spikes(13.01), [Severity::Caution]);
}
