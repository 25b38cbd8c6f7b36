//! The reasons of the `today` suggestion (`TRAINING_MODEL.md` §8), in one place so the wording
//! can be reviewed. Each names the numbers the rule used.

use super::muscle::Muscle;
use super::session::{Activity, Session};
use super::settings::Settings;
use super::today::{Context, HardCause, RECOVER_ACWR, STRENGTH_PER_WEEK};
use chrono::NaiveDate;

/// A weekly volume as shown: truncated to one decimal, so it never shows on the other side of
/// a band edge (1.96 shows `1.9`), and never `-0.0`.
pub fn volume(x: f64) -> String {
    format!("{:.1}", super::threshold::truncate_tenth(x))
}

/// `a`, `a and b`, `a, b and c`.
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [a] => a.clone(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

fn weekday(d: NaiveDate) -> String {
    d.format("%a").to_string()
}

fn rpe(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}

/// "intervals run of 8.0 km at RPE 8" / "strength session of 45 min at RPE 7".
fn describe(s: &Session, settings: &Settings) -> String {
    let r = rpe(s.effective_rpe(settings));
    match &s.activity {
        Activity::Run(run) => format!(
            "{} run of {:.1} km ({:.0} min) at RPE {r}",
            run.kind,
            run.distance_m / 1000.0,
            s.minutes()
        ),
        Activity::Strength(_) => {
            format!("strength session of {:.0} min at RPE {r}", s.minutes())
        }
    }
}

/// Rule 2, `recover`: names the hard day's cause, or the ACWR.
pub fn recover(
    hard: Option<&HardCause>,
    acwr: Option<f64>,
    y: NaiveDate,
    t: NaiveDate,
    settings: &Settings,
) -> String {
    let mut why = Vec::new();
    match hard {
        Some(HardCause::Session(s)) => why.push(format!(
            "{}'s {} made it a hard day",
            weekday(y),
            describe(s, settings)
        )),
        Some(HardCause::Load { load, median }) => why.push(format!(
            "{} was a hard day: {load:.0} AU of load, at least 1.5× your recent median of {median:.0} AU",
            weekday(y)
        )),
        Some(HardCause::Spike { distance_m, x }) => why.push(format!(
            "{} was a hard day: a {:.1} km run, {:.0}% over your longest of the 30 days before",
            weekday(y),
            distance_m / 1000.0,
            x * 100.0
        )),
        Some(HardCause::Day) => why.push(format!("{} was a hard day", weekday(y))),
        None => {}
    }
    if let Some(a) = acwr {
        why.push(format!(
            "on {} your last 7 days were {a:.2}× your recent average (ACWR above {RECOVER_ACWR})",
            weekday(y)
        ));
    }
    let mut why = and_list(&why);
    capitalize(&mut why);
    format!(
        "{why}. Keep {} easy: a 20-30 minute recovery run, a walk, or mobility work.",
        weekday(t)
    )
}

fn capitalize(s: &mut String) {
    if let Some(c) = s.chars().next() {
        let up: String = c.to_uppercase().collect();
        s.replace_range(..c.len_utf8(), &up);
    }
}

fn group_volumes(ctx: &Context, groups: &[Muscle]) -> Vec<String> {
    groups
        .iter()
        .map(|&g| {
            let sets = ctx.report.muscles[g.index()].sets;
            format!("{} {}", g.label().to_lowercase(), volume(sets))
        })
        .collect()
}

fn recovering_list(ctx: &Context) -> Vec<String> {
    ctx.recovering
        .iter()
        .map(|&g| {
            let until = ctx.report.muscles[g.index()]
                .recovering_until
                .map(weekday)
                .unwrap_or_default();
            format!("{} recovering until {until}", g.label().to_lowercase())
        })
        .collect()
}

/// Rule 3, `strength`: the open groups with their volumes, and the recovering groups left out.
pub fn strength(ctx: &Context, blocked: &[Muscle], lifts: usize) -> String {
    let mut s = format!(
        "{} sets this week, below maintenance; {}.",
        and_list(&group_volumes(ctx, &ctx.open)),
        match lifts {
            0 => "no strength session in the last 6 days".to_string(),
            n => format!("{n} strength session in the last 6 days, none yesterday"),
        }
    );
    capitalize(&mut s);
    let rec = recovering_list(ctx);
    if !rec.is_empty() {
        s.push_str(&format!(" Left out: {}.", and_list(&rec)));
    }
    if !blocked.is_empty() {
        let names: Vec<String> = blocked.iter().map(|m| m.label().to_lowercase()).collect();
        s.push_str(&format!(
            " No exercise for {}: each one works a recovering group.",
            and_list(&names)
        ));
    }
    s
}

/// Why rule 3 did not apply, for the reason of `run`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NoStrength {
    NothingOpen,
    LiftedYesterday,
    TwiceThisWeek(usize),
    Blocked,
}

/// Rule 4, `run`: why not strength, and why hills or easy.
pub fn run(
    ctx: &Context,
    why_not: NoStrength,
    hard_day: Option<NaiveDate>,
    second_run_day: bool,
) -> String {
    let first = match why_not {
        NoStrength::NothingOpen => "Every group is at maintenance or above this week".to_string(),
        NoStrength::LiftedYesterday => "You lifted yesterday".to_string(),
        NoStrength::TwiceThisWeek(n) => format!(
            "{n} strength sessions in the last 6 days already make the {STRENGTH_PER_WEEK} a week"
        ),
        NoStrength::Blocked => format!(
            "The low groups ({}) are blocked by recovering ones ({})",
            and_list(&group_volumes(ctx, &ctx.open)),
            and_list(&recovering_list(ctx))
        ),
    };
    let second = if ctx.settings.level == super::settings::Level::Beginner {
        "as a beginner, run easy: 30-45 minutes at a pace you can talk at".to_string()
    } else if let Some(d) = hard_day {
        format!(
            "{} was hard, so run easy: 30-45 minutes at a pace you can talk at",
            weekday(d)
        )
    } else {
        "no hard day in the last 3 days, so run hills: 6-8 × 60 s uphill at a hard effort, \
         35-45 minutes in all (hills and speed build more leg muscle)"
            .to_string()
    };
    let mut s = format!("{first}; {second}.");
    if second_run_day {
        s.push_str(
            " You ran yesterday: a second run day in a row is the most a beginner should do.",
        );
    }
    s
}
