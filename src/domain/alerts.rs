//! Balance alerts (`TRAINING_MODEL.md` §4): the ten rules plus `no_training`, with their
//! suppressions, severities and order. Wording lives in [`super::wording`].

use super::catalog::Catalog;
use super::load;
use super::muscle::{Muscle, PerMuscle};
use super::report::{Alert, History, Rule, Severity};
use super::rest::{DayIndex, above};
use super::session::Session;
use super::settings::{Level, Settings};
use super::volume::window_volume;
use super::wording;
use chrono::{Days, NaiveDate};

/// A run of the week and the longest run of the 30 days before it (§4.7).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RunOfWeek {
    pub date: NaiveDate,
    pub distance_m: f64,
    /// `None` without an earlier run in `[date-30, date-1]`.
    pub longest_before_m: Option<f64>,
}

/// Everything the rules read, gathered at D.
#[derive(Debug, Clone, PartialEq)]
pub struct AlertInput {
    pub level: Level,
    /// Total volume (strength + run) of the week `[D-6, D]`.
    pub week: PerMuscle,
    /// Total volume of the previous week `[D-13, D-7]`.
    pub prev_week: PerMuscle,
    /// Effective strength sets (`f × h`) of the fortnight `[D-13, D]`.
    pub fortnight_strength: PerMuscle,
    pub week_sessions: u32,
    pub week_runs: u32,
    pub week_strength_sessions: u32,
    pub week_run_m: f64,
    pub prev_run_m: f64,
    /// The date of the first session (on or before D).
    pub first: Option<NaiveDate>,
    pub runs: Vec<RunOfWeek>,
    pub acwr: Option<f64>,
    pub week_loads: [f64; 7],
    pub day: NaiveDate,
}

fn in_window(s: &Session, from: NaiveDate, to: NaiveDate) -> bool {
    s.date >= from && s.date <= to
}

impl AlertInput {
    /// Gathers the inputs at `day` from the history; `acwr` comes from §6.
    pub fn gather(
        history: &History,
        settings: &Settings,
        catalog: &Catalog,
        day: NaiveDate,
        acwr: Option<f64>,
    ) -> AlertInput {
        let wk_from = day - Days::new(6);
        let pw_to = day - Days::new(7);
        let pw_from = day - Days::new(13);
        let sessions = &history.sessions;
        let (ws, wr) = window_volume(sessions, wk_from, day, settings, catalog);
        let (ps, pr) = window_volume(sessions, pw_from, pw_to, settings, catalog);
        let week: Vec<&Session> = sessions
            .iter()
            .filter(|s| in_window(s, wk_from, day))
            .collect();
        let run_m = |from, to| -> f64 {
            sessions
                .iter()
                .filter(|s| in_window(s, from, to))
                .filter_map(|s| s.run().map(|r| r.distance_m))
                .sum()
        };
        let idx = DayIndex::new(history, day);
        let mut runs: Vec<RunOfWeek> = week
            .iter()
            .filter_map(|s| {
                s.run().map(|r| RunOfWeek {
                    date: s.date,
                    distance_m: r.distance_m,
                    longest_before_m: idx.longest_before(s.date),
                })
            })
            .collect();
        runs.sort_by_key(|r| r.date);
        AlertInput {
            level: settings.level,
            week: ws + wr,
            prev_week: ps + pr,
            fortnight_strength: ws + ps,
            week_sessions: week.len() as u32,
            week_runs: week.iter().filter(|s| s.is_run()).count() as u32,
            week_strength_sessions: week.iter().filter(|s| !s.is_run()).count() as u32,
            week_run_m: run_m(wk_from, day),
            prev_run_m: run_m(pw_from, pw_to),
            first: load::first_date(history, day),
            runs,
            acwr,
            week_loads: load::week_loads(history, day),
            day,
        }
    }
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
    let w = &input.week;
    let p = &input.prev_week;

    // 1. running_only
    let running_only = input.week_runs > 0 && input.week_strength_sessions == 0;
    if running_only {
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
        out.push(alert(Rule::RunningOnly, Severity::Caution, vec![], text));
    }

    // 3. neglected (computed before 2, which it suppresses)
    let first_ok = input.first.is_some_and(|f| f <= input.day - Days::new(13));
    let neglected: Vec<Muscle> = Muscle::ALL
        .into_iter()
        .filter(|&m| {
            let t = settings.bands(m).maintain;
            input.week_sessions > 0 && first_ok && w[m] < t && p[m] < t
        })
        .collect();

    // 2. untouched / no_training
    if input.week_sessions == 0 {
        out.push(alert(
            Rule::NoTraining,
            Severity::Info,
            vec![],
            wording::no_training(),
        ));
    } else if !running_only {
        for m in Muscle::ALL {
            if w[m] < settings.bands(m).low && !neglected.contains(&m) {
                let text = wording::untouched(m, w[m], &examples(catalog, m));
                out.push(alert(Rule::Untouched, Severity::Info, vec![m], text));
            }
        }
    }
    for m in neglected {
        let t = settings.bands(m).maintain;
        let text = wording::neglected(m, w[m], p[m], t, &examples(catalog, m));
        out.push(alert(Rule::Neglected, Severity::Warning, vec![m], text));
    }

    // 4. hamstring_quad (strength sets, fortnight)
    let fs = &input.fortnight_strength;
    let q = fs[Muscle::Quads];
    if q >= 6.0 {
        let h = fs[Muscle::Hamstrings];
        let r = h / q;
        let severity = if r < 0.5 {
            Some(Severity::Warning)
        } else if r < 0.6 {
            Some(Severity::Info)
        } else {
            None
        };
        if let Some(sev) = severity {
            let text = wording::hamstring_quad(q, h, r, &examples(catalog, Muscle::Hamstrings));
            out.push(alert(
                Rule::HamstringQuad,
                sev,
                vec![Muscle::Quads, Muscle::Hamstrings],
                text,
            ));
        }
    }

    // 5. calf_tibialis (strength sets, fortnight)
    let (c, t) = (fs[Muscle::Calves], fs[Muscle::Tibialis]);
    if c >= 4.0 && t < c / 3.0 {
        let text = wording::calf_tibialis(c, t, &examples(catalog, Muscle::Tibialis));
        out.push(alert(
            Rule::CalfTibialis,
            Severity::Warning,
            vec![Muscle::Calves, Muscle::Tibialis],
            text,
        ));
    }

    // 6. over_volume
    for m in Muscle::ALL {
        let top = settings.bands(m).high;
        if w[m] > top && p[m] > top {
            let text = wording::over_volume(m, w[m], p[m], top);
            out.push(alert(Rule::OverVolume, Severity::Caution, vec![m], text));
        }
    }

    // 7. run_spike, one per run of the week with an earlier run in the 30 days before it
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
        let mut a = alert(
            Rule::RunSpike,
            severity,
            vec![],
            wording::run_spike(r.date, r.distance_m, longest, x),
        );
        a.run_date = Some(r.date);
        out.push(a);
    }

    // 8. distance_jump, beginners only
    if input.level == Level::Beginner
        && input.prev_run_m > 0.0
        && input.week_run_m > 1.3 * input.prev_run_m
    {
        let text = wording::distance_jump(input.week_run_m / 1000.0, input.prev_run_m / 1000.0);
        out.push(alert(Rule::DistanceJump, Severity::Caution, vec![], text));
    }

    // 9. load_jump
    if let Some(a) = input.acwr.filter(|&a| a > 1.5) {
        out.push(alert(
            Rule::LoadJump,
            Severity::Info,
            vec![],
            wording::load_jump(a),
        ));
    }

    // 10. monotony
    let loads = &input.week_loads;
    let (mean, sd) = load::mean_sd(loads);
    let days_with_load = loads.iter().filter(|&&l| l > 0.0).count();
    let m = load::monotony(loads);
    if days_with_load >= 4 && (m.is_some_and(|m| m > 2.0) || (sd == 0.0 && mean > 0.0)) {
        out.push(alert(
            Rule::Monotony,
            Severity::Info,
            vec![],
            wording::monotony(m),
        ));
    }

    sort(&mut out);
    out
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
