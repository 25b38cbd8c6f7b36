//! What the Progress tab reads from the store: the year's sessions, one aggregated row per run
//! record and the e1RM bests before the year; `domain::progress` computes the rest.

use crate::domain::progress::{Progress, ProgressRecords, best_reps, first_day};
use crate::domain::records::{self, DISTANCES, RACE_DAYS, RunRecords};
use crate::domain::{Catalog, DaySummary, Settings};
use crate::error::SqlContext;
use crate::store::Store;
use chrono::{Days, NaiveDate};

/// The ranges the tab switches between, in weeks.
pub const RANGES: [usize; 3] = [12, 26, 52];

/// Reads the year's sessions and the records from the store.
pub fn load(
    store: &Store,
    days: &[DaySummary],
    settings: &Settings,
    catalog: &Catalog,
    day: NaiveDate,
) -> crate::Result<Progress> {
    let from = first_day(day);
    let window = store.sessions_between(from, day)?;
    let races = store
        .race_runs(day - Days::new(RACE_DAYS - 1), day)
        .context("reading races")?;
    let best = |i: usize| {
        store
            .best_time(DISTANCES[i].1, day)
            .context("reading best times")
    };
    let records = ProgressRecords {
        runs: RunRecords {
            k5: best(0)?,
            k10: best(1)?,
            half: best(2)?,
            marathon: best(3)?,
            longest: store.longest_run(day).context("reading the longest run")?,
            biggest_week: store
                .biggest_week(settings.week_start, day)
                .context("reading the biggest week")?,
        },
        predictions: records::predictions(&races.iter().collect::<Vec<_>>(), day),
        shoes: store
            .shoes(day, settings.shoes_retire_km)
            .context("reading shoes")?,
        reps: best_reps(&store.unweighted_sets(day)?, catalog, day),
    };
    let before = store.e1rm_before(from).context("reading e1RM records")?;
    Ok(Progress::build(
        &window, days, before, records, settings, catalog, day,
    ))
}
