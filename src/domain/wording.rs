//! Every sentence the domain core shows the user (alerts of §4, rest prompts of §5), in one
//! place so the wording can be reviewed and changed. `message` states one fact; `suggestion`
//! says what to do. No risk percentages, no "safe zones", no injury promises.

use super::muscle::Muscle;
use super::settings::Units;
use chrono::NaiveDate;

/// `a`, `a or b`, `a, b or c`.
fn or_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [a] => (*a).to_string(),
        [init @ .., last] => format!("{} or {}", init.join(", "), last),
    }
}

/// A volume in sets, truncated to one decimal like every volume shown.
fn sets(x: f64) -> String {
    format!("{:.1}", super::threshold::truncate_tenth(x))
}

/// §4.1 `running_only`: `groups` are the lowest groups with up to two exercises each.
pub fn running_only(groups: &[(Muscle, Vec<&str>)]) -> (String, String) {
    let parts: Vec<String> = groups
        .iter()
        .filter(|(_, ex)| !ex.is_empty())
        .map(|(m, ex)| format!("{} for {}", or_list(ex), m.label().to_lowercase()))
        .collect();
    (
        "Runs but no strength session in the last 7 days: your legs get running volume but no \
         resistance work."
            .to_string(),
        format!(
            "Add two short strength sessions a week{}; strength work cut running injuries to \
             about a third in a meta-analysis.",
            if parts.is_empty() {
                String::new()
            } else {
                format!(", e.g. {}", parts.join(", "))
            }
        ),
    )
}

/// §4.2 `untouched`.
pub fn untouched(m: Muscle, volume: f64, examples: &[&str]) -> (String, String) {
    (
        if volume == 0.0 {
            format!("{}: no sets in the last 7 days.", m.label())
        } else {
            format!(
                "{}: only {} sets in the last 7 days.",
                m.label(),
                sets(volume)
            )
        },
        format!("Add a few sets of {}.", or_list(examples)),
    )
}

/// §4.2 `no_training`.
pub fn no_training() -> (String, String) {
    (
        "No sessions in the last 7 days.".to_string(),
        "Log a run or a lift to see where your volume goes.".to_string(),
    )
}

/// §4.3 `neglected`.
pub fn neglected(
    m: Muscle,
    week: f64,
    prev: f64,
    maintain: f64,
    examples: &[&str],
) -> (String, String) {
    (
        format!(
            "{}: below maintenance ({maintain} sets) two weeks running, {} sets this week and {} \
             the week before.",
            m.label(),
            sets(week),
            sets(prev)
        ),
        format!("Add 2-3 sets of {}, twice a week.", or_list(examples)),
    )
}

/// §4.4 `hamstring_quad`.
pub fn hamstring_quad(q: f64, h: f64, r: f64, examples: &[&str]) -> (String, String) {
    (
        format!(
            "Over 14 days your hamstrings got {} strength sets to {} for your quads (ratio {r:.2}; \
             about 0.6 is usual).",
            sets(h),
            sets(q)
        ),
        format!("Add hamstring work such as {}.", or_list(examples)),
    )
}

/// §4.5 `calf_tibialis`: "balance your lower legs", not injury prevention.
pub fn calf_tibialis(c: f64, t: f64, examples: &[&str]) -> (String, String) {
    (
        format!(
            "Over 14 days your calves got {} strength sets and your tibialis {}.",
            sets(c),
            sets(t)
        ),
        format!(
            "Balance your lower legs: add {} (2×20), twice a week.",
            or_list(examples)
        ),
    )
}

/// §4.6 `over_volume`.
pub fn over_volume(m: Muscle, week: f64, prev: f64, top: f64) -> (String, String) {
    (
        format!(
            "{}: {} sets this week and {} the week before, above {top} both weeks.",
            m.label(),
            sets(week),
            sets(prev)
        ),
        "That is more than most people recover from: drop a few sets unless you recover well."
            .to_string(),
    )
}

/// A distance in the user's unit, one decimal: "16.0 km", "9.9 mi".
pub fn distance(m: f64, units: Units) -> String {
    let label = match units {
        Units::Metric => "km",
        Units::Imperial => "mi",
    };
    format!("{:.1} {label}", m / super::units::distance_unit_m(units))
}

/// §4.7 `run_spike`.
pub fn run_spike(
    date: NaiveDate,
    distance_m: f64,
    longest_m: f64,
    x: f64,
    units: Units,
) -> (String, String) {
    (
        format!(
            "{}'s {} run was {:.0}% longer than your longest run in the 30 days before it \
             ({}).",
            date.format("%a %-d %b"),
            distance(distance_m, units),
            x * 100.0,
            distance(longest_m, units)
        ),
        "A single run much longer than your recent longest is the best-supported warning sign \
         for running injuries: keep the next runs easy and add distance gradually."
            .to_string(),
    )
}

/// §4.8 `distance_jump`.
pub fn distance_jump(week_m: f64, prev_m: f64, units: Units) -> (String, String) {
    (
        format!(
            "You ran {} in the last 7 days, {:.1}× the {} of the week before.",
            distance(week_m, units),
            week_m / prev_m,
            distance(prev_m, units)
        ),
        "As a beginner, hold this distance for a week or two before adding more.".to_string(),
    )
}

/// §4.9 `load_jump`: a fact, never a risk percentage or a "safe zone".
pub fn load_jump(acwr: f64) -> (String, String) {
    (
        format!(
            "The last 7 days were {acwr:.1}× your recent average; big jumps are one factor linked \
             to niggles."
        ),
        "Go by how you feel: an easier day or two lets your body catch up.".to_string(),
    )
}

/// §4.10 `monotony`: `None` when the standard deviation is 0 (the same load every day).
pub fn monotony(value: Option<f64>) -> (String, String) {
    let message = match value {
        Some(m) => format!("Your load was much the same every day this week (monotony {m:.1})."),
        None => "Your load was the same every day this week.".to_string(),
    };
    (
        message,
        "Mix harder and easier days, and take a rest day.".to_string(),
    )
}

/// Which streak a rest message is about (§5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreakKind {
    Hard,
    Run,
}

/// "Mon-Wed" for a streak within a week; dates for a longer one.
fn span(start: NaiveDate, end: NaiveDate) -> String {
    let days = (end - start).num_days();
    if days == 0 {
        start.format("%a").to_string()
    } else if days < 7 {
        format!("{}-{}", start.format("%a"), end.format("%a"))
    } else {
        format!("{}-{}", start.format("%-d %b"), end.format("%-d %b"))
    }
}

/// The `rest_today` message of the target day, read the day before (§8 rule 1 when the user
/// already trained today): "make tomorrow a rest day", not "today".
pub fn rest_from_the_day_before(message: &str) -> String {
    message.replacen("make today a rest day", "make tomorrow a rest day", 1)
}

/// The rest message of §5: "3 hard days in a row (Mon-Wed): make today a rest day or an easy
/// walk." A beginner's message adds the run-days advice.
pub fn rest_message(
    today: bool,
    kind: StreakKind,
    n: u32,
    start: NaiveDate,
    end: NaiveDate,
    beginner: bool,
) -> String {
    let what = match kind {
        StreakKind::Hard => "hard days",
        StreakKind::Run => "run days",
    };
    let when = if today { "today" } else { "tomorrow" };
    let mut s = format!(
        "{n} {what} in a row ({}): make {when} a rest day or an easy walk.",
        span(start, end)
    );
    if beginner {
        s.push_str(" As a beginner, don't run more than one or two days in a row.");
    }
    s
}
