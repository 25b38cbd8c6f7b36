//! A stored run in the run form and back: the text an edit opens with, and the session a save
//! gives (the edited one keeps what the form has no field for).

use super::RunForm;
use crate::domain::{Run, Session, Settings};
use crate::format;
use chrono::NaiveDate;

impl RunForm {
    /// A form holding a stored run, for editing. Every number is shown as a person would type
    /// it (no float noise); a field left as shown keeps the stored value exactly.
    pub fn from_session(s: &Session, settings: &Settings) -> RunForm {
        let mut f = RunForm {
            editing: Some(s.clone()),
            ..RunForm::default()
        };
        let Some(r) = s.run() else { return f };
        let (u, wu) = (settings.distance_unit, settings.weight_unit);
        let v = &mut f.values;
        v[0] = format!(
            "{}{}",
            format::distance_number(r.distance_m, u),
            format::dist_unit(u)
        );
        v[1] = format::duration_clock(r.duration_s);
        v[2] = s.date.to_string();
        v[3] = r.kind.key().to_string();
        v[4] = s.rpe.map(format::decimal).unwrap_or_default();
        v[5] = r
            .elevation_m
            .map(|x| format::elevation_typed(x, u))
            .unwrap_or_default();
        v[6] = r
            .vest_kg
            .map(|x| {
                format!(
                    "{}{}",
                    format::weight_number(x, wu),
                    format::weight_unit(wu)
                )
            })
            .unwrap_or_default();
        v[7] = r.avg_hr.map(format::decimal).unwrap_or_default();
        v[8] = r.shoes.clone().unwrap_or_default();
        v[9] = s.note.clone().unwrap_or_default();
        f.original = f.values.clone();
        f
    }

    /// The session to save: the edited one with the form's run and date, or a new one.
    pub(super) fn session(&self, date: NaiveDate, mut run: Run) -> Session {
        match &self.editing {
            Some(old) => {
                let mut s = old.clone();
                // keep what an import gave that has no field here: max_hr, gap, the elapsed
                // time, and the track's splits and efforts (while distance and time are as
                // stored, so they still describe the run)
                if let Some(o) = old.run() {
                    run.max_hr = o.max_hr;
                    run.gap_s_per_km = o.gap_s_per_km;
                    run.elapsed_s = o.elapsed_s;
                    if run.distance_m == o.distance_m && run.duration_s == o.duration_s {
                        run.track.clone_from(&o.track);
                    }
                }
                s.activity = crate::domain::Activity::Run(run);
                s.date = date;
                s
            }
            None => Session::new_run(date, run),
        }
    }
}
