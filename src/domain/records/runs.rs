//! Run records (`docs/model.md` §9): best times over the standard distances, the longest
//! run, the biggest calendar week, Riegel predictions from the best recent race, and shoes.

use super::{DISTANCE_SLACK, DISTANCES, RACE_DAYS, RunEntry};
use crate::domain::metrics::{riegel, vdot};
use crate::domain::run_kind::RunKind;
use crate::domain::settings::WeekStart;
use crate::domain::threshold::above;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A best time over a standard distance (§9).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BestTime {
    pub seconds: f64,
    pub date: NaiveDate,
    /// The run it came from.
    pub id: i64,
    /// For a best effort inside a longer run (§9 v3): where in that run it started, metres
    /// from its start. Left out for a whole run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_m: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Longest {
    pub distance_m: f64,
    pub date: NaiveDate,
    pub id: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BiggestWeek {
    /// The first day of the calendar week (`week_start`).
    pub from: NaiveDate,
    pub km: f64,
}

/// Best run times, longest run and biggest week (§9).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RunRecords {
    #[serde(rename = "5k")]
    pub k5: Option<BestTime>,
    #[serde(rename = "10k")]
    pub k10: Option<BestTime>,
    pub half: Option<BestTime>,
    pub marathon: Option<BestTime>,
    pub longest: Option<Longest>,
    pub biggest_week: Option<BiggestWeek>,
}

impl RunRecords {
    /// The best times in the order of [`DISTANCES`].
    pub fn bests(&self) -> [&Option<BestTime>; 4] {
        [&self.k5, &self.k10, &self.half, &self.marathon]
    }
}

/// The race predictions come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RaceRef {
    pub id: i64,
    pub date: NaiveDate,
    pub vdot: f64,
}

/// Riegel predictions in seconds (§9).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Predictions {
    pub from: RaceRef,
    #[serde(rename = "5k")]
    pub k5: f64,
    #[serde(rename = "10k")]
    pub k10: f64,
    pub half: f64,
    pub marathon: f64,
}

/// One pair of shoes (§9).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shoe {
    /// As first written (trimmed).
    pub name: String,
    pub runs: u32,
    pub km: f64,
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// The total passed `shoes_retire_km`.
    pub worn: bool,
}

/// `duration × d / distance` for a run within `[d, 1.05 d]` (§9).
pub fn scaled_time(r: &RunEntry, d: f64) -> Option<f64> {
    let within = !above(d, r.distance_m) && !above(r.distance_m, DISTANCE_SLACK * d);
    (within && r.distance_m > 0.0 && r.duration_s > 0.0).then(|| r.duration_s * d / r.distance_m)
}

/// Best times, longest run and biggest calendar week of runs in date order.
pub fn run_records(runs: &[&RunEntry], week_start: WeekStart) -> RunRecords {
    let best = |d: f64| {
        let mut b: Option<BestTime> = None;
        for r in runs {
            // the whole run's time scaled to d, and its best effort over d (§9 v3)
            let whole = scaled_time(r, d).map(|t| (t, None));
            let effort = r
                .efforts
                .iter()
                .find(|e| (e.distance_m - d).abs() < 1e-6 && e.seconds > 0.0)
                .map(|e| (e.seconds, Some(e.start_m)));
            for (t, start_m) in whole.into_iter().chain(effort) {
                if b.as_ref().is_none_or(|x| above(x.seconds, t)) {
                    b = Some(BestTime {
                        seconds: t,
                        date: r.date,
                        id: r.id,
                        start_m,
                    });
                }
            }
        }
        b
    };
    let mut longest: Option<Longest> = None;
    let mut weeks: Vec<(NaiveDate, f64)> = Vec::new();
    for r in runs {
        if longest
            .as_ref()
            .is_none_or(|l| above(r.distance_m, l.distance_m))
        {
            longest = Some(Longest {
                distance_m: r.distance_m,
                date: r.date,
                id: r.id,
            });
        }
        let from = week_start.first_day(r.date);
        match weeks.last_mut() {
            Some((f, km)) if *f == from => *km += r.distance_m / 1000.0,
            _ => weeks.push((from, r.distance_m / 1000.0)),
        }
    }
    let mut biggest: Option<BiggestWeek> = None;
    for (from, km) in weeks {
        if biggest.as_ref().is_none_or(|b| above(km, b.km)) {
            biggest = Some(BiggestWeek { from, km });
        }
    }
    RunRecords {
        k5: best(DISTANCES[0].1),
        k10: best(DISTANCES[1].1),
        half: best(DISTANCES[2].1),
        marathon: best(DISTANCES[3].1),
        longest,
        biggest_week: biggest,
    }
}

/// Riegel predictions from the race of `[day-364, day]` with the highest VDOT (§9).
pub fn predictions(runs: &[&RunEntry], day: NaiveDate) -> Option<Predictions> {
    let from = day - Days::new(RACE_DAYS - 1);
    let mut best: Option<(f64, &RunEntry)> = None;
    for r in runs
        .iter()
        .filter(|r| r.kind == RunKind::Race && r.date >= from && r.date <= day)
    {
        if let Some(v) = vdot(r.distance_m, r.duration_s)
            && best.is_none_or(|(b, _)| above(v, b))
        {
            best = Some((v, r));
        }
    }
    let (v, r) = best?;
    let p = |d: f64| riegel(r.duration_s, r.distance_m, d);
    Some(Predictions {
        from: RaceRef {
            id: r.id,
            date: r.date,
            vdot: v,
        },
        k5: p(DISTANCES[0].1),
        k10: p(DISTANCES[1].1),
        half: p(DISTANCES[2].1),
        marathon: p(DISTANCES[3].1),
    })
}

/// Shoes by trimmed, case-insensitive name, shown as first written (§9).
pub fn shoes(runs: &[&RunEntry], retire_km: f64) -> Vec<Shoe> {
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut out: Vec<Shoe> = Vec::new();
    for r in runs {
        let Some(name) = r.shoes.as_deref().map(str::trim).filter(|n| !n.is_empty()) else {
            continue;
        };
        let km = r.distance_m / 1000.0;
        match by_key.get(&name.to_lowercase()) {
            Some(&i) => {
                let s = &mut out[i];
                s.runs += 1;
                s.km += km;
                s.last = r.date;
            }
            None => {
                by_key.insert(name.to_lowercase(), out.len());
                out.push(Shoe {
                    name: name.to_string(),
                    runs: 1,
                    km,
                    first: r.date,
                    last: r.date,
                    worn: false,
                });
            }
        }
    }
    for s in &mut out {
        s.worn = above(s.km, retire_km);
    }
    out.sort_by(|a, b| b.last.cmp(&a.last).then(a.first.cmp(&b.first)));
    out
}
