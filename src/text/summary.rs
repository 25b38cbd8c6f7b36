//! The summary as text: `legday show`, after `run` and an import of one run, and (without the
//! profile line, drawn there as a sparkline) the UI's popup and History's details.

use super::paint::Paint;
use crate::domain::run_summary::{HrZones, RunSummary, Summary};
use crate::domain::{Muscle, RpeSource, Settings, Units};
use crate::format;
use std::fmt::Write as _;

/// The summary as text; `profile`: with the elevation profile as a line of unicode blocks.
pub fn render(sum: &Summary, settings: &Settings, p: Paint, profile: bool) -> String {
    let s = &sum.session;
    let mut out = String::new();
    let time = s
        .time
        .map(|t| format!(" {}", t.format("%H:%M")))
        .unwrap_or_default();
    let what = match s.run() {
        Some(r) => format!("Run · {}", r.kind.key()),
        None => "Strength".to_string(),
    };
    let date = format::day_year(s.date);
    let _ = writeln!(
        out,
        "{}",
        p.bold(&format!("{what} #{} · {date}{time}", s.id))
    );
    if let Some(r) = &sum.run {
        run_lines(&mut out, sum, r, settings, p, profile);
    } else if let Some(st) = s.strength() {
        let n = st.sets.len();
        let _ = writeln!(out, "{n} set{}", if n == 1 { "" } else { "s" });
        for spec in format::set_specs_typed(&st.sets, settings.weight_unit) {
            let _ = writeln!(out, "  {spec}");
        }
    }
    let source = match s.rpe_source(settings) {
        RpeSource::HeartRate => " (from heart rate)",
        RpeSource::Default => " (default)",
        RpeSource::Logged => "",
    };
    let _ = writeln!(
        out,
        "load {} AU · RPE {}{source}",
        format::whole(sum.load),
        format::rpe(s.effective_rpe(settings)),
    );
    for pr in &sum.prs {
        let _ = writeln!(out, "{pr}");
    }
    let vol: Vec<String> = Muscle::ALL
        .iter()
        .filter_map(|&m| {
            let x = sum.volume[m];
            let shown = format::volume(x);
            (shown != "0.0" && x > 0.0).then(|| format!("{} {shown}", m.label().to_lowercase()))
        })
        .collect();
    if !vol.is_empty() {
        let _ = writeln!(out, "volume (sets): {}", vol.join(" · "));
    }
    let _ = writeln!(
        out,
        "{} {}",
        p.bold(&format!("Next ({}):", format::day(sum.next.date))),
        super::today::what(&sum.next, settings)
    );
    out
}

/// The elevation profile's range in the user's unit: `"12-45 m"`, `"39-148 ft"`.
pub fn elevation_range(r: &RunSummary, u: Units) -> Option<String> {
    if r.elevation.is_empty() {
        return None;
    }
    let lo = r
        .elevation
        .iter()
        .map(|x| x.1)
        .fold(f64::INFINITY, f64::min);
    let hi = r
        .elevation
        .iter()
        .map(|x| x.1)
        .fold(f64::NEG_INFINITY, f64::max);
    Some(match u {
        Units::Metric => format!("{lo:.0}-{hi:.0} m"),
        Units::Imperial => {
            let ft = crate::domain::units::M_PER_FT;
            format!("{:.0}-{:.0} ft", lo / ft, hi / ft)
        }
    })
}

fn run_lines(
    out: &mut String,
    sum: &Summary,
    r: &RunSummary,
    settings: &Settings,
    p: Paint,
    profile: bool,
) {
    let u = settings.distance_unit;
    let elapsed = r
        .elapsed_s
        .map(|e| format!(" · elapsed {}", format::duration_clock(e)))
        .unwrap_or_default();
    let gap = r
        .gap_s_per_km
        .map(|g| format!(" · GAP {}", format::pace_with_unit(1000.0, g, u)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{} · moving {}{elapsed} · {}{gap}",
        format::distance_2dp(r.distance_m, u),
        format::duration_clock(r.moving_s),
        format::pace_with_unit(r.distance_m, r.moving_s, u)
    );
    if let Some(was) = sum.retimed_from_s {
        let _ = writeln!(
            out,
            "re-imported: moving time now, pauses left out (was {}); pace and load follow",
            format::duration_clock(was)
        );
    }
    if let Some(run) = sum.session.run()
        && let Some(h) = run.avg_hr
    {
        let max = run.max_hr.map(|m| format!(", max {m}")).unwrap_or_default();
        let _ = writeln!(out, "heart rate {}{max}", format::decimal(h));
    }
    if profile && let Some(range) = elevation_range(r, u) {
        let alt: Vec<f64> = r.elevation.iter().map(|x| x.1).collect();
        let _ = writeln!(
            out,
            "{} {range}  {}",
            p.bold("Elevation"),
            format::sparkline(&alt)
        );
    }
    splits(out, r, u, p);
    match r.zones {
        HrZones::Known { hr_max, seconds } => {
            let secs: Vec<String> = seconds
                .iter()
                .enumerate()
                .map(|(i, s)| format!("Z{} {}", i + 1, format::duration_clock(*s)))
                .collect();
            let _ = writeln!(
                out,
                "\n{} {}",
                p.bold(&format!(
                    "Heart-rate zones (% of max {}):",
                    format::whole(hr_max)
                )),
                secs.join(" · ")
            );
        }
        z => {
            if let Some(n) = z.note() {
                let _ = writeln!(out, "\nheart-rate zones: {n}");
            }
        }
    }
    if !r.best_efforts.is_empty() {
        let list: Vec<String> = r
            .best_efforts
            .iter()
            .map(|e| {
                let best = if e.best_ever { " (best ever)" } else { "" };
                let t = format::duration_clock(e.effort.seconds);
                format!("{} {t}{best}", e.name)
            })
            .collect();
        let _ = writeln!(out, "{} {}", p.bold("Best efforts:"), list.join(" · "));
    }
    let _ = writeln!(out);
}

fn splits(out: &mut String, r: &RunSummary, u: Units, p: Paint) {
    if r.splits.is_empty() {
        return;
    }
    let unit = crate::format::dist_unit(r.split_unit);
    let _ = writeln!(out, "\n{}", p.bold(&format!("Splits ({unit})")));
    let _ = writeln!(
        out,
        "  {:>5}  {:>7}  {:>9}  {:>11}  {:>4}",
        unit, "time", "pace", "elev", "hr"
    );
    for (i, x) in r.splits.iter().enumerate() {
        let x_ = &x.split;
        let elev = match (x_.gain_m, x_.loss_m) {
            (Some(g), Some(l)) => {
                let e = |m: f64| format::elevation_whole(m, u);
                format!("+{}/-{}", e(g), e(l))
            }
            _ => String::new(),
        };
        let hr = x_.avg_hr.map(format::whole).unwrap_or_default();
        let mark = if x.fastest {
            "  fastest"
        } else if x.slowest {
            "  slowest"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  {:>5}  {:>7}  {:>9}  {:>11}  {:>4}{mark}",
            i + 1,
            format::duration_clock(x_.seconds),
            format::pace_with_unit(x_.distance_m, x_.seconds, u),
            elev,
            hr
        );
    }
}

/// The line naming the runs an import changed from the elapsed time stored before to their
/// moving time (id, the duration now, the duration they had), at most five of them; `None`
/// without any.
pub fn retimed_line(retimed: &[(i64, f64, f64)]) -> Option<String> {
    if retimed.is_empty() {
        return None;
    }
    let list: Vec<String> = retimed
        .iter()
        .take(5)
        .map(|(id, now, was)| {
            format!(
                "#{id} {} (was {})",
                format::duration_clock(*now),
                format::duration_clock(*was)
            )
        })
        .collect();
    let more = match retimed.len().saturating_sub(5) {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    let who = match retimed.len() {
        1 => "1 run stored before now counts its".to_string(),
        n => format!("{n} runs stored before now count their"),
    };
    Some(format!(
        "{who} moving time, pauses left out (pace and load follow): {}{more}",
        list.join(", ")
    ))
}
