//! Sessions: runs and strength sessions (`docs/model.md` §1, §2).

use super::settings::Settings;
use super::threshold::{self, ge};
use super::track::TrackSummary;
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

pub use super::run_kind::RunKind;

/// A run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Run {
    pub kind: RunKind,
    pub distance_m: f64,
    pub duration_s: f64,
    /// Elevation gain in metres.
    pub elevation_m: Option<f64>,
    pub vest_kg: Option<f64>,
    /// Average heart rate in beats per minute, as logged or imported (decimals kept).
    #[serde(serialize_with = "bpm")]
    pub avg_hr: Option<f64>,
    /// Maximum heart rate in beats per minute.
    #[serde(serialize_with = "bpm")]
    pub max_hr: Option<f64>,
    pub shoes: Option<String>,
    /// Grade-adjusted pace (§7), seconds per km, for runs imported with an elevation profile.
    pub gap_s_per_km: Option<f64>,
    /// Elapsed time, start to end with the pauses, seconds (`duration_s` is the moving time);
    /// `None` when not known (logged by hand, imported before moving time was kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elapsed_s: Option<f64>,
    /// Best efforts, splits and time by heart rate from the track (§9). `None` without a
    /// track, and in sessions read for reports: the store loads it only where it is shown
    /// (`Store::get`, the export), and keeps what it stored when a session is saved without it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub track: Option<Box<TrackSummary>>,
}

/// A heart rate written as a whole number when it is one (`152`, as exports always had it),
/// else with its decimals (`145.5`).
fn bpm<S: serde::Serializer>(h: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match *h {
        Some(v) if v.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&v) => {
            s.serialize_some(&(v as u32))
        }
        other => other.serialize(s),
    }
}

impl Run {
    /// A run with only kind, distance and duration set.
    pub fn new(kind: RunKind, distance_m: f64, duration_s: f64) -> Run {
        Run {
            kind,
            distance_m,
            duration_s,
            elevation_m: None,
            vest_kg: None,
            avg_hr: None,
            max_hr: None,
            shoes: None,
            gap_s_per_km: None,
            elapsed_s: None,
            track: None,
        }
    }
}

/// One logged set. `3x8` is three of these.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetEntry {
    /// The catalog name (or a user exercise, or an unmapped imported name).
    pub exercise: String,
    pub reps: u32,
    pub weight_kg: Option<f64>,
    /// Reps in reserve.
    pub rir: Option<u8>,
    pub warmup: bool,
}

impl SetEntry {
    pub fn new(exercise: impl Into<String>, reps: u32, weight_kg: Option<f64>) -> SetEntry {
        SetEntry {
            exercise: exercise.into(),
            reps,
            weight_kg,
            rir: None,
            warmup: false,
        }
    }
}

/// A strength session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Strength {
    /// The logged duration; `None` means `2.5 × sets` (§2).
    pub minutes: Option<f64>,
    pub sets: Vec<SetEntry>,
}

/// What a session is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Activity {
    Run(Run),
    Strength(Strength),
}

/// One run or one strength session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Row id in the store; 0 for a session not stored yet.
    pub id: i64,
    /// Stable identity across devices and exports.
    pub uuid: String,
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    /// The logged RPE; `None` means the default of §2 applies.
    pub rpe: Option<f64>,
    pub note: Option<String>,
    /// Where an imported session came from (`gpx`, `fit`, `strong`...); `None` when logged by hand.
    pub source: Option<String>,
    /// A stable key per imported activity, for idempotent import.
    pub source_key: Option<String>,
    /// The file an imported session came from, as the import was given it: the path inside the
    /// folder or archive imported (`export_1.zip/activities/12.fit.gz`), or the file's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_file: Option<String>,
    pub activity: Activity,
}

impl Session {
    /// A new hand-logged run (id 0, fresh UUID).
    pub fn new_run(date: NaiveDate, run: Run) -> Session {
        Session::new(date, Activity::Run(run))
    }

    /// A new hand-logged strength session (id 0, fresh UUID).
    pub fn new_strength(date: NaiveDate, strength: Strength) -> Session {
        Session::new(date, Activity::Strength(strength))
    }

    fn new(date: NaiveDate, activity: Activity) -> Session {
        Session {
            id: 0,
            uuid: uuid::Uuid::new_v4().to_string(),
            date,
            time: None,
            rpe: None,
            note: None,
            source: None,
            source_key: None,
            source_file: None,
            activity,
        }
    }

    pub fn run(&self) -> Option<&Run> {
        match &self.activity {
            Activity::Run(r) => Some(r),
            Activity::Strength(_) => None,
        }
    }

    pub fn strength(&self) -> Option<&Strength> {
        match &self.activity {
            Activity::Strength(s) => Some(s),
            Activity::Run(_) => None,
        }
    }

    pub fn is_run(&self) -> bool {
        matches!(self.activity, Activity::Run(_))
    }

    /// `"run"` or `"strength"`.
    pub fn type_key(&self) -> &'static str {
        if self.is_run() { "run" } else { "strength" }
    }
}

/// Where a session's RPE came from (§2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RpeSource {
    /// Typed by the user, or an effort field read from an imported file.
    Logged,
    /// From the run's average heart rate and the known maximum (§2.1).
    HeartRate,
    /// The default of the run kind or of a strength session (§2).
    Default,
}

impl RpeSource {
    pub fn key(self) -> &'static str {
        match self {
            RpeSource::Logged => "logged",
            RpeSource::HeartRate => "heart_rate",
            RpeSource::Default => "default",
        }
    }

    pub fn from_key(s: &str) -> Option<RpeSource> {
        [RpeSource::Logged, RpeSource::HeartRate, RpeSource::Default]
            .into_iter()
            .find(|k| k.key() == s)
    }
}

/// `round_half(x) = floor(2x + 0.5) / 2` (§2.1), the floor taken within the §1 tolerance.
pub fn round_half(x: f64) -> f64 {
    threshold::floor(2.0 * x + 0.5) / 2.0
}

/// The RPE of a run from its average heart rate (§2.1):
/// `clamp(1, 10, round_half(3 + 20 × (avg_hr / hr_max - 0.70)))`.
pub fn rpe_from_heart_rate(avg_hr: f64, hr_max: f64) -> f64 {
    let p = avg_hr / hr_max;
    round_half(3.0 + 20.0 * (p - 0.70)).clamp(1.0, 10.0)
}

impl Session {
    /// Where the RPE the model uses comes from (§2.1): a logged RPE wins; else a run with an
    /// average heart rate takes it from the heart rate when a maximum is known; else the default.
    pub fn rpe_source(&self, settings: &Settings) -> RpeSource {
        if self.rpe.is_some() {
            RpeSource::Logged
        } else if self.heart_rate_rpe(settings).is_some() {
            RpeSource::HeartRate
        } else {
            RpeSource::Default
        }
    }

    /// The RPE from heart rate (§2.1), for a run with an average heart rate when a maximum is
    /// known; whether or not an RPE was logged.
    pub fn heart_rate_rpe(&self, settings: &Settings) -> Option<f64> {
        let avg = self.run()?.avg_hr.filter(|&h| h > 0.0)?;
        let max = settings.known_hr_max()?;
        Some(rpe_from_heart_rate(avg, max))
    }

    /// The RPE the model uses: the logged one, else from heart rate, else the default (§2, §2.1).
    pub fn effective_rpe(&self, settings: &Settings) -> f64 {
        if let Some(r) = self.rpe {
            return r;
        }
        if let Some(r) = self.heart_rate_rpe(settings) {
            return r;
        }
        match &self.activity {
            Activity::Run(r) => settings.default_rpe.run(r.kind),
            Activity::Strength(_) => settings.default_rpe.strength,
        }
    }

    /// Whether the RPE was defaulted (§2, §2.1): only the `default` source counts.
    pub fn rpe_default(&self, settings: &Settings) -> bool {
        self.rpe_source(settings) == RpeSource::Default
    }

    /// Minutes as §2 defines them: a run's duration; a strength session's logged minutes, else
    /// `2.5 ×` its number of sets (every set counts).
    pub fn minutes(&self) -> f64 {
        match &self.activity {
            Activity::Run(r) => r.duration_s / 60.0,
            Activity::Strength(s) => s.minutes.unwrap_or(2.5 * s.sets.len() as f64),
        }
    }

    /// Session load (§2): `rpe × minutes`, times `1 + vest_kg / body_kg` when the RPE was
    /// defaulted (source `default`, §2.1) and a vest was worn.
    pub fn load(&self, settings: &Settings) -> f64 {
        let base = self.effective_rpe(settings) * self.minutes();
        match &self.activity {
            Activity::Run(r) if self.rpe_default(settings) => match r.vest_kg {
                Some(v) if v > 0.0 && settings.body_kg > 0.0 => base * (1.0 + v / settings.body_kg),
                _ => base,
            },
            _ => base,
        }
    }

    /// The session alone makes its day hard (§5): RPE ≥ 7, or RPE ≥ 5 for ≥ 60 minutes.
    pub fn is_hard(&self, settings: &Settings) -> bool {
        let rpe = self.effective_rpe(settings);
        ge(rpe, 7.0) || (ge(rpe, 5.0) && ge(self.minutes(), 60.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn section_2_default_rpe_and_load() {
        let s = Settings::default();
        let run = Session::new_run(day(), Run::new(RunKind::Easy, 5200.0, 1710.0));
        assert_eq!(run.effective_rpe(&s), 3.0);
        assert!(run.rpe_default(&s));
        // 28.5 min × 3 = 85.5 AU
        assert!((run.load(&s) - 85.5).abs() < 1e-9);
    }

    #[test]
    fn section_2_strength_minutes_default_to_2_5_per_set() {
        let s = Settings::default();
        let sets = vec![SetEntry::new("back squat", 8, Some(60.0)); 4];
        let mut st = Session::new_strength(
            day(),
            Strength {
                minutes: None,
                sets,
            },
        );
        assert_eq!(st.minutes(), 10.0);
        assert_eq!(st.load(&s), 60.0); // 6 × 10
        st.rpe = Some(7.0);
        assert_eq!(st.load(&s), 70.0);
    }

    #[test]
    fn section_2_vest_only_when_rpe_defaulted() {
        let s = Settings::default(); // body 70 kg
        let mut r = Run::new(RunKind::Easy, 5000.0, 1800.0);
        r.vest_kg = Some(7.0);
        let mut run = Session::new_run(day(), r);
        // 30 min × 3 × (1 + 7/70) = 99
        assert!((run.load(&s) - 99.0).abs() < 1e-9);
        // a logged RPE equal to the default is a logged RPE: no vest factor
        run.rpe = Some(3.0);
        assert!((run.load(&s) - 90.0).abs() < 1e-9);
    }

    #[test]
    fn section_5_hard_session_boundaries() {
        let s = Settings::default();
        let mut r = Session::new_run(day(), Run::new(RunKind::Easy, 10000.0, 3600.0));
        r.rpe = Some(5.0);
        assert!(r.is_hard(&s)); // RPE 5 for exactly 60 minutes
        r.rpe = Some(4.5);
        assert!(!r.is_hard(&s));
        let mut short = Session::new_run(day(), Run::new(RunKind::Easy, 5000.0, 3599.0));
        short.rpe = Some(6.5);
        assert!(!short.is_hard(&s));
        short.rpe = Some(7.0);
        assert!(short.is_hard(&s));
        // intervals default to RPE 8
        let iv = Session::new_run(day(), Run::new(RunKind::Intervals, 6000.0, 1800.0));
        assert!(iv.is_hard(&s));
    }
}
