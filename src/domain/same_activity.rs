//! One activity, one session: a run that starts within 2 minutes of another and is within 3% of
//! its distance is the same run (the same activity from a watch file and a Strava export), and
//! what each knows is merged into one session. The store asks this when importing.

use super::run_kind::RunKind;
use super::session::{Activity, Session};
use chrono::NaiveDateTime;

/// Two starts at most this far apart may be the same activity.
pub const SAME_START_S: i64 = 120;
/// Two distances at most this far apart (relative to the longer) may be the same activity.
pub const SAME_DISTANCE: f64 = 0.03;

fn start(s: &Session) -> Option<NaiveDateTime> {
    s.time.map(|t| s.date.and_time(t))
}

/// The UTC instant an imported session's key names (`fit:2024-03-28T00:39:00Z`).
fn instant(s: &Session) -> Option<NaiveDateTime> {
    let key = s.source_key.as_deref()?;
    let (_, t) = key.split_once(':')?;
    chrono::DateTime::parse_from_rfc3339(t)
        .ok()
        .map(|t| t.naive_utc())
}

/// Whether two runs are one activity (§ "one activity, one session").
pub fn same_activity(a: &Session, b: &Session) -> bool {
    let (Some(ra), Some(rb)) = (a.run(), b.run()) else {
        return false;
    };
    // the instants when both files gave one: two files of one run may be dated in different
    // zones (one with the place's offset, one in the zone of the import)
    let starts = match (instant(a), instant(b)) {
        (Some(x), Some(y)) => (Some(x), Some(y)),
        _ => (start(a), start(b)),
    };
    let (Some(sa), Some(sb)) = starts else {
        return false;
    };
    let longer = ra.distance_m.max(rb.distance_m);
    (sa - sb).num_seconds().abs() <= SAME_START_S
        && (ra.distance_m - rb.distance_m).abs() <= SAME_DISTANCE * longer
}

/// `old` completed with what `new` knows and `old` does not; what `old` has is kept. A kind the
/// file names (trail, treadmill...) replaces one that was only inferred (easy, long).
pub fn merge(old: &Session, new: &Session) -> Session {
    let mut m = old.clone();
    m.time = m.time.or(new.time);
    if m.source_file.is_none() {
        m.source_file.clone_from(&new.source_file);
    }
    m.rpe = m.rpe.or(new.rpe);
    if m.note.is_none() {
        m.note.clone_from(&new.note);
    }
    if let (Activity::Run(r), Activity::Run(n)) = (&mut m.activity, &new.activity) {
        if matches!(r.kind, RunKind::Easy | RunKind::Long)
            && !matches!(n.kind, RunKind::Easy | RunKind::Long)
        {
            r.kind = n.kind;
        }
        r.elevation_m = r.elevation_m.or(n.elevation_m);
        r.vest_kg = r.vest_kg.or(n.vest_kg);
        r.avg_hr = r.avg_hr.or(n.avg_hr);
        r.max_hr = r.max_hr.or(n.max_hr);
        r.gap_s_per_km = r.gap_s_per_km.or(n.gap_s_per_km);
        r.elapsed_s = r.elapsed_s.or(n.elapsed_s);
        if r.track.is_none() {
            r.track.clone_from(&n.track);
        }
        if r.shoes.is_none() {
            r.shoes.clone_from(&n.shoes);
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Run;
    use chrono::{NaiveDate, NaiveTime};

    fn run(hm: (u32, u32), metres: f64) -> Session {
        let day = NaiveDate::from_ymd_opt(2024, 5, 1).unwrap();
        let mut s = Session::new_run(day, Run::new(RunKind::Easy, metres, 1800.0));
        s.time = NaiveTime::from_hms_opt(hm.0, hm.1, 0);
        s
    }

    #[test]
    fn same_activity_within_2_minutes_and_3_percent() {
        let a = run((7, 0), 10_000.0);
        assert!(same_activity(&a, &run((7, 2), 10_000.0)));
        assert!(!same_activity(&a, &run((7, 3), 10_000.0)));
        // 3% of the longer: 10 000 vs 9 700 is exactly 3%
        assert!(same_activity(&a, &run((7, 0), 9_700.0)));
        assert!(!same_activity(&a, &run((7, 0), 9_690.0)));
        let mut untimed = run((7, 0), 10_000.0);
        untimed.time = None;
        assert!(!same_activity(&a, &untimed));
    }

    #[test]
    fn merge_keeps_what_is_stored_and_adds_what_is_new() {
        let mut old = run((7, 0), 10_000.0);
        old.note = Some("mine".into());
        let mut new = run((7, 1), 10_100.0);
        new.note = Some("theirs".into());
        new.rpe = Some(6.0);
        if let Activity::Run(r) = &mut new.activity {
            r.kind = RunKind::Trail;
            r.avg_hr = Some(150.5);
            r.distance_m = 10_100.0;
        }
        let m = merge(&old, &new);
        let r = m.run().unwrap();
        assert_eq!((m.note.as_deref(), m.rpe), (Some("mine"), Some(6.0)));
        assert_eq!(
            (r.kind, r.avg_hr, r.distance_m),
            (RunKind::Trail, Some(150.5), 10_000.0)
        );
        assert_eq!(m.time, old.time);
    }
}
