//! Numbers as the user reads them, in the user's units (km/mi, kg/lb) everywhere.

use crate::domain::{Session, Settings, Units};
use crate::parse;
use chrono::NaiveDate;

pub const M_PER_MI: f64 = 1609.344;
pub const KG_PER_LB: f64 = 0.453_592_37;

pub fn dist_unit(u: Units) -> &'static str {
    match u {
        Units::Metric => "km",
        Units::Imperial => "mi",
    }
}

pub fn weight_unit(u: Units) -> &'static str {
    match u {
        Units::Metric => "kg",
        Units::Imperial => "lb",
    }
}

/// `5200` -> `"5.2 km"` (or miles).
pub fn distance(m: f64, u: Units) -> String {
    let v = match u {
        Units::Metric => m / 1000.0,
        Units::Imperial => m / M_PER_MI,
    };
    format!("{v:.1} {}", dist_unit(u))
}

/// A bare number in the user's unit, for prefilling a form field.
pub fn distance_value(m: f64, u: Units) -> String {
    let v = match u {
        Units::Metric => m / 1000.0,
        Units::Imperial => m / M_PER_MI,
    };
    trim(format!("{v:.3}"))
}

pub fn weight(kg: f64, u: Units) -> String {
    format!("{} {}", weight_value(kg, u), weight_unit(u))
}

pub fn weight_value(kg: f64, u: Units) -> String {
    let v = match u {
        Units::Metric => kg,
        Units::Imperial => kg / KG_PER_LB,
    };
    trim(format!("{v:.1}"))
}

/// An elevation gain for a form field, as typed: `"214.2m"`, `"702.8ft"` (one decimal at most).
pub fn elevation_value(m: f64, u: Units) -> String {
    match u {
        Units::Metric => format!("{}m", trim(format!("{m:.1}"))),
        Units::Imperial => format!("{}ft", trim(format!("{:.1}", m / 0.3048))),
    }
}

/// A plain number for a form field, one decimal at most: `6.5`, `45`, never float noise.
pub fn decimal(v: f64) -> String {
    trim(format!("{v:.1}"))
}

/// `"5.00"` -> `"5"`, `"5.20"` -> `"5.2"`.
fn trim(s: String) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Pace per km or per mile, `"5:29 /km"`.
pub fn pace(distance_m: f64, duration_s: f64, u: Units) -> String {
    if distance_m <= 0.0 {
        return "-".into();
    }
    let per = match u {
        Units::Metric => duration_s / (distance_m / 1000.0),
        Units::Imperial => duration_s / (distance_m / M_PER_MI),
    };
    format!("{} /{}", parse::format_pace(per), dist_unit(u))
}

/// `"28.5 min"` or `"1 h 05 min"`.
pub fn minutes(min: f64) -> String {
    let m = min.round() as i64;
    if m >= 60 {
        format!("{} h {:02} min", m / 60, m % 60)
    } else {
        format!("{m} min")
    }
}

/// `"3h31"` or `"45m"`: minutes in a tight space.
pub fn hm(min: f64) -> String {
    let m = min.round() as i64;
    if m >= 60 {
        format!("{}h{:02}", m / 60, m % 60)
    } else {
        format!("{m}m")
    }
}

/// `"Mon 23 Nov"`.
pub fn day(d: NaiveDate) -> String {
    d.format("%a %-d %b").to_string()
}

/// One line describing a session: `"5.2 km easy · 28:30 · 5:29 /km"` or `"lift · 12 sets"`.
pub fn session_summary(s: &Session, settings: &Settings) -> String {
    match (s.run(), s.strength()) {
        (Some(r), _) => format!(
            "{} {} · {} · {}",
            distance(r.distance_m, settings.units),
            r.kind,
            parse::format_duration(r.duration_s),
            pace(r.distance_m, r.duration_s, settings.units)
        ),
        (_, Some(st)) => {
            let mut names: Vec<&str> = Vec::new();
            for e in &st.sets {
                if !names.contains(&e.exercise.as_str()) {
                    names.push(&e.exercise);
                }
            }
            format!("{} sets · {}", st.sets.len(), names.join(", "))
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_are_converted_for_display() {
        assert_eq!(distance(5200.0, Units::Metric), "5.2 km");
        assert_eq!(distance(M_PER_MI * 3.1, Units::Imperial), "3.1 mi");
        assert_eq!(weight(60.0, Units::Metric), "60 kg");
        assert_eq!(weight(100.0 * KG_PER_LB, Units::Imperial), "100 lb");
        assert_eq!(distance_value(5000.0, Units::Metric), "5");
        assert_eq!(minutes(65.0), "1 h 05 min");
        assert_eq!(minutes(28.4), "28 min");
    }
}
