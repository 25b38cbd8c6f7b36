//! `legday export`: everything as JSON (imports back to an identical database), or one CSV row
//! per set or run for spreadsheets.
//!
//! JSON: `{"legday_export": 1, "settings": {key: value} (the ones changed from their defaults),
//! "exercises": [user exercises],
//! "mappings": [{"from", "to"}], "sessions": [...], "templates": [{"name", "sets"}],
//! "races": [{"id", "date", "distance_m", "name"}]}` (templates and races left out when there are
//! none). Sessions have the `history --json` shape of the README's
//! command-line section (newest first) plus `source_key`, `logged_minutes` (a strength session's
//! logged minutes, `null` when they default to 2.5 per set) and the run's `gap_s_per_km`. `time` is
//! `HH:MM`, or `HH:MM:SS` when the seconds are not zero. Derived fields (`minutes`, `load`,
//! `rpe` when `rpe_default`) are for readers; import recomputes them.

use crate::domain::{Activity, Exercise, Run, Session, SetEntry, Settings};
use crate::error::{Error, Result};
use crate::store::{Filter, Store};
use chrono::{NaiveDate, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;

/// The export format version this legday writes and reads.
pub const EXPORT_VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ExportDoc {
    pub legday_export: u32,
    #[serde(default)]
    pub settings: BTreeMap<String, String>,
    #[serde(default)]
    pub exercises: Vec<Exercise>,
    #[serde(default)]
    pub mappings: Vec<Mapping>,
    #[serde(default)]
    pub sessions: Vec<ExportSession>,
    /// Named lists of sets (`legday template`); left out when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub templates: Vec<ExportTemplate>,
    /// Races (`legday race`), by date; left out when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub races: Vec<ExportRace>,
}

/// A race as exported: `{"id", "date", "distance_m", "name"}` (`race list --json`); the id is
/// for readers, import matches on date and distance.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ExportRace {
    #[serde(default)]
    pub id: i64,
    pub date: NaiveDate,
    pub distance_m: f64,
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ExportTemplate {
    pub name: String,
    pub sets: Vec<SetEntry>,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Mapping {
    pub from: String,
    pub to: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct ExportSession {
    #[serde(default)]
    pub id: i64,
    pub uuid: String,
    #[serde(rename = "type")]
    pub type_: String,
    pub date: NaiveDate,
    pub time: Option<String>,
    #[serde(default)]
    pub minutes: f64,
    pub rpe: Option<f64>,
    #[serde(default)]
    pub rpe_default: bool,
    /// `logged`, `heart_rate` or `default` (§2.1); only a `logged` RPE is imported back.
    #[serde(default)]
    pub rpe_source: Option<String>,
    #[serde(default)]
    pub load: f64,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub source_key: Option<String>,
    /// The file an imported session came from; left out when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run: Option<Run>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sets: Option<Vec<SetEntry>>,
    #[serde(default)]
    pub logged_minutes: Option<f64>,
}

/// `HH:MM`, or `HH:MM:SS` when the seconds matter.
pub(crate) fn format_time(t: NaiveTime) -> String {
    if t.second() == 0 {
        t.format("%H:%M").to_string()
    } else {
        t.format("%H:%M:%S").to_string()
    }
}

impl ExportSession {
    pub(crate) fn from_session(s: &Session, settings: &Settings) -> ExportSession {
        let (run, sets, logged_minutes) = match &s.activity {
            Activity::Run(r) => (Some(r.clone()), None, None),
            Activity::Strength(st) => (None, Some(st.sets.clone()), st.minutes),
        };
        ExportSession {
            id: s.id,
            uuid: s.uuid.clone(),
            type_: s.type_key().to_string(),
            date: s.date,
            time: s.time.map(format_time),
            minutes: s.minutes(),
            rpe: Some(s.effective_rpe(settings)),
            rpe_default: s.rpe_default(settings),
            rpe_source: Some(s.rpe_source(settings).key().to_string()),
            load: s.load(settings),
            note: s.note.clone(),
            source: s.source.clone(),
            source_key: s.source_key.clone(),
            source_file: s.source_file.clone(),
            run,
            sets,
            logged_minutes,
        }
    }
}

fn io(e: std::io::Error) -> Error {
    Error::io("writing the export", e)
}

/// Every session (newest first), the settings, user exercises and mappings, as one JSON object.
pub fn export_json(store: &Store, mut w: impl Write) -> Result<()> {
    let settings = store.settings()?;
    let catalog = store.catalog()?;
    let doc = ExportDoc {
        legday_export: EXPORT_VERSION,
        settings: store.changed_setting_pairs()?.into_iter().collect(),
        exercises: catalog
            .exercises()
            .iter()
            .filter(|e| e.user)
            .cloned()
            .collect(),
        mappings: catalog
            .mappings()
            .iter()
            .map(|(from, to)| Mapping {
                from: from.clone(),
                to: to.clone(),
            })
            .collect(),
        sessions: {
            let mut all = store.list(&Filter::default())?;
            store.load_tracks(&mut all)?;
            all
        }
        .iter()
        .map(|s| ExportSession::from_session(s, &settings))
        .collect(),
        templates: store
            .templates()?
            .into_iter()
            .map(|t| ExportTemplate {
                name: t.name,
                sets: t.sets,
            })
            .collect(),
        races: store
            .races()?
            .into_iter()
            .map(|r| ExportRace {
                id: r.id,
                date: r.date,
                distance_m: r.distance_m,
                name: r.name,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut w, &doc).map_err(Error::json("writing the JSON export"))?;
    w.write_all(b"\n").map_err(io)?;
    w.flush().map_err(io)
}

/// The CSV columns, in order: the one CSV of sessions (`export --format csv`, `history --csv`).
pub const CSV_COLUMNS: [&str; 22] = [
    "id",
    "date",
    "time",
    "type",
    "uuid",
    "kind",
    "distance_km",
    "duration",
    "minutes",
    "rpe",
    "rpe_default",
    "load",
    "exercise",
    "reps",
    "weight_kg",
    "rir",
    "warmup",
    "elevation_m",
    "avg_hr",
    "max_hr",
    "note",
    "source",
];

fn hms(seconds: f64) -> String {
    let s = seconds.round() as i64;
    format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

/// Every session as CSV (`write_csv`), newest first.
pub fn export_csv(store: &Store, w: impl Write) -> Result<()> {
    let settings = store.settings()?;
    write_csv(
        &store.list(&Filter::default())?,
        &settings,
        w,
        "writing the CSV export",
    )
}

/// The one CSV writer of sessions: one row per run and per set (a strength session without
/// sets gets one row), in the order given, under [`CSV_COLUMNS`]. `what` names the output in an
/// error ("writing the CSV export").
pub fn write_csv(
    sessions: &[Session],
    settings: &Settings,
    w: impl Write,
    what: &'static str,
) -> Result<()> {
    let mut out = csv::Writer::from_writer(w);
    let csv_err = Error::csv(what);
    out.write_record(CSV_COLUMNS).map_err(csv_err)?;
    for s in sessions {
        let common = [
            s.id.to_string(),
            s.date.to_string(),
            opt(s.time.map(format_time)),
            s.type_key().to_string(),
            s.uuid.clone(),
        ];
        let session = [
            format!("{}", s.minutes()),
            format!("{}", s.effective_rpe(settings)),
            s.rpe_default(settings).to_string(),
            format!("{}", s.load(settings)),
        ];
        let tail = [opt(s.note.clone()), opt(s.source.clone())];
        match &s.activity {
            Activity::Run(r) => {
                let mut row: Vec<String> = common.to_vec();
                row.extend([r.kind.to_string(), format!("{}", r.distance_m / 1000.0)]);
                row.push(hms(r.duration_s));
                row.extend(session.iter().cloned());
                row.extend(std::iter::repeat_n(String::new(), 5));
                row.extend([opt(r.elevation_m), opt(r.avg_hr), opt(r.max_hr)]);
                row.extend(tail.iter().cloned());
                out.write_record(&row).map_err(csv_err)?;
            }
            Activity::Strength(st) => {
                let blank = SetEntry::new("", 0, None);
                let sets: Vec<&SetEntry> = if st.sets.is_empty() {
                    vec![&blank]
                } else {
                    st.sets.iter().collect()
                };
                for set in sets {
                    let mut row: Vec<String> = common.to_vec();
                    row.extend([String::new(), String::new()]);
                    row.push(hms(s.minutes() * 60.0));
                    row.extend(session.iter().cloned());
                    let empty = set.exercise.is_empty();
                    row.extend([
                        set.exercise.clone(),
                        if empty {
                            String::new()
                        } else {
                            set.reps.to_string()
                        },
                        opt(set.weight_kg),
                        opt(set.rir),
                        if empty {
                            String::new()
                        } else {
                            set.warmup.to_string()
                        },
                    ]);
                    row.extend(std::iter::repeat_n(String::new(), 3));
                    row.extend(tail.iter().cloned());
                    out.write_record(&row).map_err(csv_err)?;
                }
            }
        }
    }
    out.flush().map_err(|e| Error::io(what, e))
}
