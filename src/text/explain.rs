//! Where a group's weekly volume came from (`week --explain`, the dashboard's `e`), as text:
//! one block per session, the parts summing to the total.

use super::paint::Paint;
use crate::domain::Units;
use crate::domain::explain::{Explain, SessionPart};
use crate::format::volume;
use std::fmt::Write as _;

/// `1` for 1.0, `0.5`, `0.25`.
fn factor(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A run weight after the elevation adjustment, to three decimals so `load / A × w` checks
/// against the sets shown: `0.116`, and `0.12` for an unadjusted row weight.
fn fine(x: f64) -> String {
    let s = format!("{x:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn session_lines(s: &SessionPart, units: Units) -> Vec<String> {
    if let Some(r) = &s.run {
        let adj = match r.grade {
            Some(g) => format!(
                ", adjusted for elevation (grade {:.1}%: row {} → {})",
                g * 100.0,
                factor(r.row_weight),
                fine(r.weight)
            ),
            None => String::new(),
        };
        return vec![format!(
            "{} run, {}: {:.0} AU / {} × w {} ({} row{adj})",
            r.kind,
            crate::format::distance_2dp(r.distance_m, units),
            r.load,
            factor(r.run_set_au),
            fine(r.weight),
            r.row
        )];
    }
    s.exercises
        .iter()
        .map(|e| {
            let counts: Vec<String> = e
                .sets
                .iter()
                .map(|c| format!("{} × h {}", c.count, factor(c.h)))
                .collect();
            format!(
                "{}: f {} × ({}) = {:.2}",
                e.exercise,
                factor(e.f),
                counts.join(" + "),
                e.effective_sets
            )
        })
        .collect()
}

/// The breakdown as text: one block per session, the parts summing to the total.
pub fn render(e: &Explain, units: Units, p: Paint) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}  {} – {}: {} sets ({}) = {} from lifts + {} from runs",
        p.bold(e.muscle.label()),
        e.window.from.format("%a %-d %b"),
        e.window.to.format("%a %-d %b %Y"),
        p.band(e.status, &volume(e.sets)),
        e.status.key(),
        volume(e.strength_sets),
        volume(e.run_sets)
    );
    if e.sessions.is_empty() {
        let _ = writeln!(
            s,
            "No session in these 7 days gave {} anything.",
            e.muscle.label().to_lowercase()
        );
        return s;
    }
    for part in &e.sessions {
        let lines = session_lines(part, units);
        let head = format!(
            "{:<10} #{:<5} {:>6.2}",
            part.date.format("%a %-d %b"),
            part.id,
            part.sets
        );
        for (i, l) in lines.iter().enumerate() {
            let lead = if i == 0 { head.clone() } else { " ".repeat(24) };
            let _ = writeln!(s, "  {lead}  {l}");
        }
    }
    let _ = writeln!(
        s,
        "{}",
        p.dim(
            "Sets per week: strength sets count f (1 primary, 0.5 secondary, 0.25 minor) × h \
               (1 for RIR 0-3, 0.5 for RIR 4-5, 0 for RIR 6+ or a warm-up); runs count \
               load / run_set_au × the run's weight for the group."
        )
    );
    s
}
