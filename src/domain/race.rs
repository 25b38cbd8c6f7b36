//! Races ahead (`docs/model.md` §8.4): stored apart from sessions. A race's result is its run
//! of kind `race`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The standard race distances in metres, by the names `legday race add` accepts.
pub const NAMED_DISTANCES: [(&str, f64); 4] = [
    ("5k", 5000.0),
    ("10k", 10000.0),
    ("half", 21097.5),
    ("marathon", 42195.0),
];

/// One entered race.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Race {
    /// The store's id (0 for a race not stored yet).
    pub id: i64,
    pub date: NaiveDate,
    pub distance_m: f64,
    pub name: Option<String>,
}

impl Race {
    /// The race's distance in km, as §8.4's rules read it.
    pub fn km(&self) -> f64 {
        self.distance_m / 1000.0
    }
}

impl Race {
    /// The name of a standard distance this race is (`"5k"`, `"10k"`, `"half"`, `"marathon"`),
    /// within a metre.
    pub fn distance_name(&self) -> Option<&'static str> {
        NAMED_DISTANCES
            .iter()
            .find(|(_, m)| (m - self.distance_m).abs() < 1.0)
            .map(|&(n, _)| n)
    }

    /// What the race is called: its name, else its standard distance (`"half marathon"`), else
    /// `"race"`.
    pub fn label(&self) -> String {
        match (&self.name, self.distance_name()) {
            (Some(n), _) => n.clone(),
            (None, Some("half")) => "half marathon".into(),
            (None, Some(d)) => d.into(),
            (None, None) => "race".into(),
        }
    }

    /// Days from `today` to the race (negative once it is past).
    pub fn days_from(&self, today: NaiveDate) -> i64 {
        (self.date - today).num_days()
    }

    /// The next race on or after `day` (the earliest; §8.4's R), if any.
    pub fn next(races: &[Race], day: NaiveDate) -> Option<&Race> {
        races
            .iter()
            .filter(|r| r.date >= day)
            .min_by_key(|r| (r.date, r.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn race(date: &str, m: f64, name: Option<&str>) -> Race {
        Race {
            id: 0,
            date: date.parse().unwrap(),
            distance_m: m,
            name: name.map(String::from),
        }
    }

    #[test]
    fn labels_and_the_next_race() {
        assert_eq!(race("2027-04-11", 42195.0, None).label(), "marathon");
        assert_eq!(race("2027-04-11", 21097.5, None).label(), "half marathon");
        assert_eq!(race("2027-04-11", 30000.0, None).label(), "race");
        assert_eq!(
            race("2027-04-11", 5000.0, Some("parkrun")).label(),
            "parkrun"
        );
        let all = [
            race("2027-01-10", 5000.0, None),
            race("2026-12-01", 10000.0, None),
            race("2027-04-11", 42195.0, None),
        ];
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(
            Race::next(&all, d("2026-12-02")).unwrap().distance_m,
            5000.0
        );
        assert_eq!(
            Race::next(&all, d("2027-01-10")).unwrap().distance_m,
            5000.0
        );
        assert!(Race::next(&all, d("2027-04-12")).is_none());
        assert_eq!(all[2].days_from(d("2027-04-01")), 10);
    }
}
