//! Balance alerts (`docs/model.md` §4): the ten rules plus `no_training`, with their
//! suppressions, severities and order. Wording lives in [`super::wording`].

use super::catalog::Catalog;
use super::history::History;
use super::load;
use super::muscle::Muscle;
use super::settings::{Level, Settings, Units};
use super::threshold::{above, eq, ge, gt, lt};
use super::wording;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

mod input;
pub use input::{AlertInput, RunOfWeek};

/// Alert severity, ordered `info < caution < warning` (§4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Caution,
    Warning,
}

/// The rule ids of §4, in rule order (`no_training` takes the place of `untouched`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    RunningOnly,
    Untouched,
    NoTraining,
    Neglected,
    HamstringQuad,
    CalfTibialis,
    OverVolume,
    RunSpike,
    DistanceJump,
    LoadJump,
    Monotony,
}

/// One balance alert (§4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alert {
    pub rule: Rule,
    pub severity: Severity,
    pub muscles: Vec<Muscle>,
    /// The fact, in one sentence.
    pub message: String,
    /// What to do about it (concrete exercises where it applies).
    pub suggestion: String,
    /// For `run_spike`: the date of the run (orders several spikes).
    #[serde(skip)]
    pub run_date: Option<NaiveDate>,
}

/// Up to two exercises whose primary group is `m`, those that train `m` alone first.
pub fn examples(catalog: &Catalog, m: Muscle) -> Vec<&str> {
    let mut ex: Vec<(usize, &str)> = catalog
        .primary_examples(m)
        .into_iter()
        .map(|name| {
            (
                catalog
                    .weights(name)
                    .0
                    .iter()
                    .filter(|&&f| f >= 1.0)
                    .count(),
                name,
            )
        })
        .collect();
    ex.sort_by_key(|&(n, _)| n);
    ex.into_iter().take(2).map(|(_, n)| n).collect()
}

fn alert(rule: Rule, severity: Severity, muscles: Vec<Muscle>, text: (String, String)) -> Alert {
    Alert {
        rule,
        severity,
        muscles,
        message: text.0,
        suggestion: text.1,
        run_date: None,
    }
}

/// The alerts at D (§4), sorted: most severe first, then rule order, then group order or run date.
pub fn evaluate(input: &AlertInput, settings: &Settings, catalog: &Catalog) -> Vec<Alert> {
    let mut out = Vec::new();
    let running_only = running_only(input, catalog);
    // §4.3 is computed before §4.2, which it suppresses.
    let neglected = neglected_groups(input, settings);
    out.extend(running_only.clone());
    out.extend(untouched(
        input,
        settings,
        catalog,
        running_only.is_some(),
        &neglected,
    ));
    out.extend(neglected_alerts(input, settings, catalog, &neglected));
    out.extend(hamstring_quad(input, catalog));
    out.extend(calf_tibialis(input, catalog));
    out.extend(over_volume(input, settings));
    out.extend(run_spike(input, settings.distance_unit));
    out.extend(distance_jump(input, settings.distance_unit));
    out.extend(load_jump(input));
    out.extend(monotony(input));
    sort(&mut out);
    out
}

/// §4.1 `running_only`: at least one run and no strength session in the week.
fn running_only(input: &AlertInput, catalog: &Catalog) -> Option<Alert> {
    if input.week_runs == 0 || input.week_strength_sessions > 0 {
        return None;
    }
    let w = &input.week;
    // The lowest leg groups (arms are left out: the rule is about the legs).
    let mut legs: Vec<Muscle> = Muscle::ALL
        .into_iter()
        .filter(|&m| m != Muscle::Arms)
        .collect();
    legs.sort_by(|a, b| w[*a].total_cmp(&w[*b]));
    let groups: Vec<(Muscle, Vec<&str>)> = legs
        .into_iter()
        .take(2)
        .map(|m| (m, examples(catalog, m)))
        .collect();
    let text = wording::running_only(&groups);
    Some(alert(Rule::RunningOnly, Severity::Caution, vec![], text))
}

/// §4.2 `untouched` per group, or `no_training` for a week without a session. Not shown when
/// `running_only` fires, nor for a group that `neglected` names.
fn untouched(
    input: &AlertInput,
    settings: &Settings,
    catalog: &Catalog,
    running_only: bool,
    neglected: &[Muscle],
) -> Vec<Alert> {
    if input.week_sessions == 0 {
        let text = wording::no_training();
        return vec![alert(Rule::NoTraining, Severity::Info, vec![], text)];
    }
    if running_only {
        return Vec::new();
    }
    let w = &input.week;
    Muscle::ALL
        .into_iter()
        .filter(|&m| lt(w[m], settings.bands(m).low) && !neglected.contains(&m))
        .map(|m| {
            let text = wording::untouched(m, w[m], &examples(catalog, m));
            alert(Rule::Untouched, Severity::Info, vec![m], text)
        })
        .collect()
}

/// §4.3: the groups below `maintain` in both weeks, once the current stretch of training
/// (*start*, §1) began on or before `D-13`.
fn neglected_groups(input: &AlertInput, settings: &Settings) -> Vec<Muscle> {
    let start_ok = input.start.is_some_and(|f| f <= input.day - Days::new(13));
    if input.week_sessions == 0 || !start_ok {
        return Vec::new();
    }
    let (w, p) = (&input.week, &input.prev_week);
    Muscle::ALL
        .into_iter()
        .filter(|&m| {
            let t = settings.bands(m).maintain;
            lt(w[m], t) && lt(p[m], t)
        })
        .collect()
}

/// §4.3 `neglected`, one alert per group of `neglected_groups`.
fn neglected_alerts(
    input: &AlertInput,
    settings: &Settings,
    catalog: &Catalog,
    groups: &[Muscle],
) -> Vec<Alert> {
    let (w, p) = (&input.week, &input.prev_week);
    groups
        .iter()
        .map(|&m| {
            let t = settings.bands(m).maintain;
            let text = wording::neglected(m, w[m], p[m], t, &examples(catalog, m));
            // v3: arms are `info`; legday is about the legs (§4.3).
            let severity = if m == Muscle::Arms {
                Severity::Info
            } else {
                Severity::Warning
            };
            alert(Rule::Neglected, severity, vec![m], text)
        })
        .collect()
}

/// §4.4 `hamstring_quad`: strength sets over the fortnight, quads `Q ≥ 6`, `r = H / Q`.
fn hamstring_quad(input: &AlertInput, catalog: &Catalog) -> Option<Alert> {
    let fs = &input.fortnight_strength;
    let q = fs[Muscle::Quads];
    if lt(q, 6.0) {
        return None;
    }
    let h = fs[Muscle::Hamstrings];
    let r = h / q;
    let severity = if lt(r, 0.5) {
        Severity::Warning
    } else if lt(r, 0.6) {
        Severity::Info
    } else {
        return None;
    };
    let text = wording::hamstring_quad(q, h, r, &examples(catalog, Muscle::Hamstrings));
    let groups = vec![Muscle::Quads, Muscle::Hamstrings];
    Some(alert(Rule::HamstringQuad, severity, groups, text))
}

/// §4.5 `calf_tibialis`: strength sets over the fortnight, `C ≥ 4` and `T < C / 3`.
fn calf_tibialis(input: &AlertInput, catalog: &Catalog) -> Option<Alert> {
    let fs = &input.fortnight_strength;
    let (c, t) = (fs[Muscle::Calves], fs[Muscle::Tibialis]);
    if !(ge(c, 4.0) && lt(t, c / 3.0)) {
        return None;
    }
    let text = wording::calf_tibialis(c, t, &examples(catalog, Muscle::Tibialis));
    let groups = vec![Muscle::Calves, Muscle::Tibialis];
    Some(alert(Rule::CalfTibialis, Severity::Warning, groups, text))
}

/// §4.6 `over_volume`: above the top of `grow` in both weeks, one alert per group.
fn over_volume(input: &AlertInput, settings: &Settings) -> Vec<Alert> {
    let (w, p) = (&input.week, &input.prev_week);
    Muscle::ALL
        .into_iter()
        .filter_map(|m| {
            let top = settings.bands(m).high;
            (gt(w[m], top) && gt(p[m], top)).then(|| {
                let text = wording::over_volume(m, w[m], p[m], top);
                alert(Rule::OverVolume, Severity::Caution, vec![m], text)
            })
        })
        .collect()
}

/// §4.7 `run_spike`, one per run of the week with at least three earlier runs in the 30 days
/// before it (`longest_before_m` is `None` otherwise).
fn run_spike(input: &AlertInput, units: Units) -> Vec<Alert> {
    let mut out = Vec::new();
    for r in &input.runs {
        let Some(longest) = r.longest_before_m.filter(|&l| l > 0.0) else {
            continue;
        };
        let x = r.distance_m / longest - 1.0;
        let severity = if above(x, 1.0) {
            Severity::Warning
        } else if above(x, 0.3) {
            Severity::Caution
        } else if above(x, 0.1) {
            Severity::Info
        } else {
            continue;
        };
        let text = wording::run_spike(r.date, r.distance_m, longest, x, units);
        let mut a = alert(Rule::RunSpike, severity, vec![], text);
        a.run_date = Some(r.date);
        out.push(a);
    }
    out
}

/// §4.8 `distance_jump`, beginners only: the week's distance above 1.3 × the previous week's.
fn distance_jump(input: &AlertInput, units: Units) -> Option<Alert> {
    if input.level != Level::Beginner
        || !gt(input.prev_run_m, 0.0)
        || !gt(input.week_run_m, 1.3 * input.prev_run_m)
    {
        return None;
    }
    let text = wording::distance_jump(input.week_run_m, input.prev_run_m, units);
    Some(alert(Rule::DistanceJump, Severity::Caution, vec![], text))
}

/// §4.9 `load_jump`: the ACWR of §6 above 1.5.
fn load_jump(input: &AlertInput) -> Option<Alert> {
    let a = input.acwr.filter(|&a| gt(a, 1.5))?;
    Some(alert(
        Rule::LoadJump,
        Severity::Info,
        vec![],
        wording::load_jump(a),
    ))
}

/// §4.10 `monotony`: at least 4 days with load and monotony above 2.0, or an sd of 0 with a
/// mean above 0.
fn monotony(input: &AlertInput) -> Option<Alert> {
    let loads = &input.week_loads;
    let (mean, sd) = load::mean_sd(loads);
    let days_with_load = loads.iter().filter(|&&l| gt(l, 0.0)).count();
    let m = load::monotony(loads);
    let fires = m.is_some_and(|m| gt(m, 2.0)) || (eq(sd, 0.0) && gt(mean, 0.0));
    (days_with_load >= 4 && fires)
        .then(|| alert(Rule::Monotony, Severity::Info, vec![], wording::monotony(m)))
}

/// §4 order: most severe first, then rule order, then group order or run date.
pub fn sort(alerts: &mut [Alert]) {
    alerts.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.rule.cmp(&b.rule))
            .then(a.muscles.cmp(&b.muscles))
            .then(a.run_date.cmp(&b.run_date))
    });
}

/// The alerts at `day` straight from the history (computes the ACWR of §6 itself).
pub fn alerts(
    history: &History,
    settings: &Settings,
    catalog: &Catalog,
    day: NaiveDate,
) -> Vec<Alert> {
    let acwr = load::figures(history, day).acwr;
    let input = AlertInput::gather(history, settings, catalog, day, acwr);
    evaluate(&input, settings, catalog)
}
