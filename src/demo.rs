//! A seeded generator of realistic hybrid training: the `--demo` database, benchmarks and
//! round-trip tests. Deterministic for a given seed and end day; never reads the clock.

use crate::domain::{Run, RunKind, Session, SetEntry, Strength};
use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// A plan of lifts: (exercise, sets, reps, base weight kg).
const LOWER_A: &[(&str, u32, u32, f64)] = &[
    ("back squat", 4, 6, 80.0),
    ("romanian deadlift", 3, 8, 60.0),
    ("walking lunge", 3, 10, 20.0),
    ("standing calf raise", 3, 15, 40.0),
];
const LOWER_B: &[(&str, u32, u32, f64)] = &[
    ("bulgarian split squat", 3, 8, 16.0),
    ("leg press", 3, 10, 120.0),
    ("single-leg calf raise", 3, 12, 10.0),
    ("push-up", 3, 15, 0.0),
];
const ACCESSORY: &[(&str, u32, u32, f64)] = &[
    ("nordic curl", 2, 5, 0.0),
    ("tibialis raise", 2, 20, 0.0),
    ("hip flexor march", 2, 12, 0.0),
    ("glute bridge", 3, 12, 40.0),
    ("row", 3, 10, 40.0),
    ("biceps curl", 2, 12, 12.0),
];

/// The share of a maximum heart rate a run of this kind averages, roughly.
fn kind_hr_share(kind: RunKind) -> f64 {
    match kind {
        RunKind::Recovery => 0.64,
        RunKind::Easy | RunKind::Long | RunKind::Treadmill => 0.68,
        RunKind::Trail => 0.73,
        RunKind::Tempo => 0.82,
        RunKind::Hills | RunKind::Intervals => 0.83,
        RunKind::Race => 0.88,
    }
}

fn run(rng: &mut ChaCha8Rng, date: NaiveDate, kind: RunKind, km: f64, pace_s: f64) -> Session {
    let km = (km * rng.random_range(0.9..1.1) * 10.0).round() / 10.0;
    let pace = pace_s * rng.random_range(0.96..1.04);
    let mut r = Run::new(kind, km * 1000.0, (km * pace).round());
    if matches!(kind, RunKind::Trail | RunKind::Long) || rng.random_bool(0.3) {
        r.elevation_m = Some((km * rng.random_range(3.0..18.0)).round());
    }
    if rng.random_bool(0.4) {
        // Average heart rate by kind for a maximum near 190, so the RPEs that heart rate gives
        // (model §2.1) match the kinds: easy runs about 70 %, tempo about 84 %.
        let spread = f64::from(rng.random_range(0u16..30)) / 3.0;
        let avg = (kind_hr_share(kind) * 190.0 + spread).round() as u16;
        r.avg_hr = Some(avg);
        r.max_hr = Some(avg + rng.random_range(10..25));
    }
    r.shoes = Some(
        if kind == RunKind::Trail {
            "Speedgoat 5"
        } else {
            "Pegasus 40"
        }
        .to_string(),
    );
    let mut s = Session::new_run(date, r);
    s.uuid = uuid_from(rng);
    s.time = NaiveTime::from_hms_opt(
        rng.random_range(6..8),
        [0, 15, 30, 45][rng.random_range(0..4)],
        0,
    );
    if rng.random_bool(0.5) {
        let d = match kind {
            RunKind::Recovery => 2.0,
            RunKind::Easy | RunKind::Treadmill => 3.0,
            RunKind::Long => 4.5,
            RunKind::Trail => 5.0,
            RunKind::Tempo => 6.0,
            RunKind::Hills => 7.0,
            RunKind::Intervals => 8.0,
            RunKind::Race => 9.0,
        };
        s.rpe = Some(d + [-0.5, 0.0, 0.5, 1.0][rng.random_range(0..4)]);
    }
    s
}

fn lift(
    rng: &mut ChaCha8Rng,
    date: NaiveDate,
    plan: &[(&str, u32, u32, f64)],
    accessory: bool,
    progress: f64,
) -> Session {
    let mut sets = Vec::new();
    for &(name, n, reps, w) in plan {
        if w > 0.0 {
            sets.push(SetEntry {
                warmup: true,
                ..SetEntry::new(name, reps, Some((w * 0.5).round()))
            });
        }
        for _ in 0..n {
            let weight = (w > 0.0).then(|| (w * progress / 2.5).round() * 2.5);
            let mut e = SetEntry::new(name, reps, weight);
            e.rir = [None, Some(1), Some(2), Some(3), Some(4)][rng.random_range(0..5)];
            sets.push(e);
        }
    }
    if accessory {
        let &(name, n, reps, w) = &ACCESSORY[rng.random_range(0..ACCESSORY.len())];
        for _ in 0..n {
            sets.push(SetEntry::new(name, reps, (w > 0.0).then_some(w)));
        }
    }
    let mut s = Session::new_strength(
        date,
        Strength {
            minutes: Some(rng.random_range(35..70) as f64),
            sets,
        },
    );
    s.uuid = uuid_from(rng);
    s.time = NaiveTime::from_hms_opt(18, 0, 0);
    if rng.random_bool(0.7) {
        s.rpe = Some([6.0, 6.5, 7.0, 7.5][rng.random_range(0..4)]);
    }
    s
}

fn uuid_from(rng: &mut ChaCha8Rng) -> String {
    uuid::Builder::from_random_bytes(rng.random())
        .into_uuid()
        .to_string()
}

/// `days` days of hybrid training ending at `end` (inclusive), oldest first. About six
/// sessions a week: easy runs, a long run, intervals or tempo, two lower-body lifts.
/// The last fortnight is shaped to show every part of the dashboard: a long-run spike, a
/// run of hard days ending yesterday, calves trained more than tibialis.
pub fn generate(seed: u64, end: NaiveDate, days: u32) -> Vec<Session> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let start = end - Duration::days(i64::from(days.max(1)) - 1);
    let mut out = Vec::new();
    let mut day = start;
    let mut long_km = 12.0_f64;
    while day <= end {
        let last_week = (end - day).num_days() / 7 == 0;
        let progress = 1.0 + 0.1 * ((day - start).num_days() as f64 / 365.0).min(3.0);
        out.extend(training_day(
            &mut rng,
            day,
            progress,
            last_week,
            &mut long_km,
        ));
        day += Duration::days(1);
    }
    hard_days_before(&mut rng, &mut out, start, end);
    out.retain(|s| s.date != end);
    out.sort_by_key(|s| (s.date, s.time));
    out
}

/// The week's pattern on one day: lifts Monday and Thursday, quality Tuesday, easy runs, the
/// long run on Sunday (growing slowly; the last one jumps well past the recent longest).
fn training_day(
    rng: &mut ChaCha8Rng,
    day: NaiveDate,
    progress: f64,
    last_week: bool,
    long_km: &mut f64,
) -> Option<Session> {
    let easy_pace = 330.0;
    match day.weekday().num_days_from_monday() {
        0 => rng.random_bool(0.9).then(|| {
            let acc = rng.random_bool(0.5);
            lift(rng, day, LOWER_A, acc, progress)
        }),
        1 => {
            let kind = if rng.random_bool(0.5) {
                RunKind::Intervals
            } else {
                RunKind::Tempo
            };
            Some(run(rng, day, kind, 8.0, 290.0))
        }
        2 => rng
            .random_bool(0.8)
            .then(|| run(rng, day, RunKind::Easy, 7.0, easy_pace)),
        3 => rng.random_bool(0.8).then(|| {
            let acc = rng.random_bool(0.3);
            lift(rng, day, LOWER_B, acc, progress)
        }),
        4 => rng
            .random_bool(0.4)
            .then(|| run(rng, day, RunKind::Recovery, 5.0, 360.0)),
        5 => {
            let kind = if rng.random_bool(0.2) {
                RunKind::Trail
            } else {
                RunKind::Easy
            };
            Some(run(rng, day, kind, 6.0, easy_pace))
        }
        _ => {
            *long_km = (*long_km + rng.random_range(-1.0..1.5)).clamp(12.0, 24.0);
            if last_week {
                *long_km *= 1.45;
            }
            let mut s = run(rng, day, RunKind::Long, *long_km, 345.0);
            if last_week {
                s.rpe = Some(7.0);
            }
            Some(s)
        }
    }
}

/// A run of hard days ending the day before `end`, so the demo opens on a rest prompt.
fn hard_days_before(
    rng: &mut ChaCha8Rng,
    out: &mut Vec<Session>,
    start: NaiveDate,
    end: NaiveDate,
) {
    for back in 1..=3 {
        let d = end - Duration::days(back);
        if d < start {
            continue;
        }
        for s in out.iter_mut().filter(|s| s.date == d) {
            s.rpe = Some(s.rpe.unwrap_or(6.0).max(7.0));
            // a hard run is a quality session, not a recovery jog
            if let crate::domain::Activity::Run(r) = &mut s.activity
                && matches!(r.kind, RunKind::Easy | RunKind::Recovery)
            {
                r.kind = RunKind::Tempo;
            }
        }
        if !out.iter().any(|s| s.date == d) {
            let mut s = run(rng, d, RunKind::Tempo, 10.0, 285.0);
            s.rpe = Some(7.5);
            out.push(s);
        }
    }
}

/// `n` sessions ending at `end`, for load tests: the same weekly pattern, several athletes'
/// worth of sessions per day when `n` exceeds what `years` of one athlete would give.
pub fn generate_count(seed: u64, end: NaiveDate, n: usize) -> Vec<Session> {
    let mut out = Vec::with_capacity(n);
    let mut round = 0u64;
    while out.len() < n {
        let days = ((n - out.len()) as f64 / 0.85).ceil().min(3650.0) as u32;
        let mut batch = generate(seed.wrapping_add(round), end, days.max(14));
        batch.truncate(n - out.len());
        out.extend(batch);
        round += 1;
    }
    out.sort_by_key(|s| (s.date, s.time));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Catalog;

    #[test]
    fn deterministic_and_realistic() {
        let end = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let a = generate(7, end, 56);
        let b = generate(7, end, 56);
        assert_eq!(a, b);
        // about six sessions a week over eight weeks
        assert!((35..=60).contains(&a.len()), "{}", a.len());
        assert!(
            a.iter()
                .all(|s| s.date <= end && s.date > end - Duration::days(56))
        );
        let catalog = Catalog::builtin();
        for s in a.iter().filter_map(|s| s.strength()) {
            for set in &s.sets {
                assert!(catalog.resolve(&set.exercise).is_some(), "{}", set.exercise);
            }
        }
    }

    #[test]
    fn count_is_exact() {
        let end = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(generate_count(1, end, 5000).len(), 5000);
    }
}
