//! The session JSON of `legday history --json` (the README's command-line section), shared by
//! `run --json`.

use crate::domain::{Activity, Session, SetEntry, Settings};
use serde_json::{Value, json};

/// One session in the documented history shape.
pub fn session_json(s: &Session, settings: &Settings) -> Value {
    let mut v = json!({
        "id": s.id,
        "uuid": s.uuid,
        "type": s.type_key(),
        "date": s.date.format("%Y-%m-%d").to_string(),
        "time": s.time.map(|t| t.format("%H:%M").to_string()),
        "minutes": s.minutes(),
        "rpe": s.effective_rpe(settings),
        "rpe_default": s.rpe_default(settings),
        "rpe_source": s.rpe_source(settings).key(),
        "load": s.load(settings),
        "note": s.note,
        "source": s.source,
    });
    match &s.activity {
        Activity::Run(r) => {
            v["run"] = json!({
                "kind": r.kind.key(),
                "distance_m": r.distance_m,
                "duration_s": r.duration_s,
                "elevation_m": r.elevation_m,
                "vest_kg": r.vest_kg,
                "avg_hr": r.avg_hr.map(bpm),
                "max_hr": r.max_hr.map(bpm),
                "shoes": r.shoes,
                "gap_s_per_km": r.gap_s_per_km,
                "elapsed_s": r.elapsed_s,
            });
        }
        Activity::Strength(st) => {
            v["minutes_logged"] = json!(st.minutes.is_some());
            v["sets"] = Value::Array(st.sets.iter().map(set_json).collect());
        }
    }
    v
}

/// A heart rate as stored: a whole number as an integer (`152`), else with its decimals
/// (`145.5`).
fn bpm(h: f64) -> Value {
    if h.fract() == 0.0 && h.abs() < 1e9 {
        json!(h as i64)
    } else {
        json!(h)
    }
}

/// One set as JSON, as in a session's and a template's `sets`.
pub fn set_json(e: &SetEntry) -> Value {
    json!({
        "exercise": e.exercise,
        "reps": e.reps,
        "weight_kg": e.weight_kg,
        "rir": e.rir,
        "warmup": e.warmup,
    })
}
