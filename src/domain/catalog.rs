//! The exercise catalog (`docs/model.md` §3.1): `f(exercise, group)`, aliases, user
//! exercises and import mappings.

use super::muscle::{Muscle, PerMuscle};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

const BUILTIN_TOML: &str = include_str!("../../assets/catalog.toml");

/// One exercise and its `f` per group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exercise {
    pub name: String,
    pub aliases: Vec<String>,
    /// `f(exercise, group)`: 1 primary, 0.5 secondary, 0.25 minor, 0 otherwise.
    pub weights: PerMuscle,
    /// Added by the user (stored in the database) rather than shipped.
    pub user: bool,
}

impl Exercise {
    /// The groups for which this exercise is primary (`f = 1`).
    pub fn primary(&self) -> impl Iterator<Item = Muscle> + '_ {
        Muscle::ALL.into_iter().filter(|&m| self.weights[m] >= 1.0)
    }
}

#[derive(Deserialize)]
struct CatalogFile {
    exercise: Vec<ExerciseRow>,
}

#[derive(Deserialize)]
struct ExerciseRow {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    quads: f64,
    #[serde(default)]
    glutes: f64,
    #[serde(default)]
    hamstrings: f64,
    #[serde(default)]
    calves: f64,
    #[serde(default)]
    tibialis: f64,
    #[serde(default)]
    hip_flexors: f64,
    #[serde(default)]
    arms: f64,
}

/// Lower-case, punctuation and repeated spaces removed: `"Squat (Barbell)"` -> `"squat barbell"`.
pub fn normalize_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else {
            space = true;
        }
    }
    out
}

/// The catalog: shipped exercises, user exercises, and mappings of foreign names.
#[derive(Debug, Clone)]
pub struct Catalog {
    exercises: Vec<Exercise>,
    /// normalized name or alias -> index in `exercises`
    index: HashMap<String, usize>,
    /// user mappings of foreign names (normalized) -> canonical name, as recorded
    mappings: Vec<(String, String)>,
}

impl Catalog {
    /// The catalog shipped in `assets/catalog.toml`.
    pub fn builtin() -> Catalog {
        let file: CatalogFile =
            toml::from_str(BUILTIN_TOML).expect("assets/catalog.toml is valid (checked by tests)");
        let mut c = Catalog {
            exercises: Vec::new(),
            index: HashMap::new(),
            mappings: Vec::new(),
        };
        for r in file.exercise {
            c.insert(Exercise {
                name: r.name,
                aliases: r.aliases,
                weights: PerMuscle([
                    r.quads,
                    r.glutes,
                    r.hamstrings,
                    r.calves,
                    r.tibialis,
                    r.hip_flexors,
                    r.arms,
                ]),
                user: false,
            });
        }
        c
    }

    fn insert(&mut self, e: Exercise) {
        let i = self.exercises.len();
        self.index.insert(normalize_name(&e.name), i);
        for a in &e.aliases {
            self.index.entry(normalize_name(a)).or_insert(i);
        }
        self.exercises.push(e);
    }

    /// Adds a user exercise; its name takes precedence over an alias of the same spelling.
    pub fn add_user(&mut self, mut e: Exercise) {
        e.user = true;
        let key = normalize_name(&e.name);
        if let Some(&i) = self.index.get(&key)
            && normalize_name(&self.exercises[i].name) == key
        {
            // Same name as an existing exercise: the user's mapping replaces it.
            self.exercises[i].weights = e.weights;
            self.exercises[i].user = true;
            return;
        }
        let i = self.exercises.len();
        self.index.insert(key, i);
        for a in &e.aliases {
            self.index.entry(normalize_name(a)).or_insert(i);
        }
        self.exercises.push(e);
    }

    /// Records that `from` (a foreign name, e.g. from a Strong export) means exercise `to`.
    /// Returns false when `to` is not in the catalog.
    pub fn add_mapping(&mut self, from: &str, to: &str) -> bool {
        let Some(&i) = self.index.get(&normalize_name(to)) else {
            return false;
        };
        self.index.insert(normalize_name(from), i);
        self.mappings
            .push((from.to_string(), self.exercises[i].name.clone()));
        true
    }

    /// The mappings recorded with [`Catalog::add_mapping`].
    pub fn mappings(&self) -> &[(String, String)] {
        &self.mappings
    }

    /// Every exercise, shipped first, in catalog order.
    pub fn exercises(&self) -> &[Exercise] {
        &self.exercises
    }

    /// The exercise a name or alias stands for (case- and punctuation-insensitive).
    pub fn resolve(&self, name: &str) -> Option<&Exercise> {
        self.index
            .get(&normalize_name(name))
            .map(|&i| &self.exercises[i])
    }

    /// `f(exercise, group)` for every group; zero for a name the catalog does not know.
    pub fn weights(&self, name: &str) -> PerMuscle {
        self.resolve(name).map_or(PerMuscle::ZERO, |e| e.weights)
    }

    /// Up to `n` catalog names closest to `name`, best first (for "did you mean").
    pub fn suggest(&self, name: &str, n: usize) -> Vec<&str> {
        let q = normalize_name(name);
        let mut scored: Vec<(f64, usize)> = self
            .index
            .iter()
            .map(|(k, &i)| {
                let mut s = strsim::jaro_winkler(&q, k);
                if !q.is_empty() && (k.contains(&q) || q.contains(k.as_str())) {
                    s += 0.2;
                }
                (s, i)
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut out: Vec<&str> = Vec::new();
        for (_, i) in scored {
            let name = self.exercises[i].name.as_str();
            if !out.contains(&name) {
                out.push(name);
            }
            if out.len() == n {
                break;
            }
        }
        out
    }

    /// Exercises whose name or an alias contains every word of `query` (for the UI picker),
    /// in catalog order; all of them for an empty query.
    pub fn filter(&self, query: &str) -> Vec<&Exercise> {
        let words: Vec<String> = normalize_name(query)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        self.exercises
            .iter()
            .filter(|e| {
                std::iter::once(&e.name).chain(e.aliases.iter()).any(|n| {
                    let n = normalize_name(n);
                    words.iter().all(|w| n.contains(w.as_str()))
                })
            })
            .collect()
    }

    /// The picker's list for what someone typed, best first: the exercise the text names (as
    /// [`Catalog::resolve`] reads it, so `curl` is the same exercise here as on the command
    /// line), then names or aliases starting with it, then the rest of [`Catalog::filter`].
    pub fn ranked(&self, query: &str) -> Vec<&Exercise> {
        let q = normalize_name(query);
        let exact = self.resolve(query);
        let starts = |e: &Exercise| {
            std::iter::once(&e.name)
                .chain(e.aliases.iter())
                .any(|n| normalize_name(n).starts_with(&q))
        };
        let mut out: Vec<&Exercise> = exact.into_iter().collect();
        let rest = self.filter(query);
        for pass in [true, false] {
            for e in &rest {
                if starts(e) == pass && !out.iter().any(|o| o.name == e.name) {
                    out.push(e);
                }
            }
        }
        out
    }

    /// Two exercises whose primary group is `m`, for alert suggestions (§4 rule 2).
    pub fn primary_examples(&self, m: Muscle) -> Vec<&str> {
        self.exercises
            .iter()
            .filter(|e| !e.user && e.weights[m] >= 1.0)
            .map(|e| e.name.as_str())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses_and_has_every_table_row() {
        let c = Catalog::builtin();
        // §3.1 lists 38 exercises.
        assert_eq!(c.exercises().len(), 38);
        for e in c.exercises() {
            for (_, v) in e.weights.iter() {
                assert!([0.0, 0.25, 0.5, 1.0].contains(&v), "{}: {v}", e.name);
            }
        }
    }

    #[test]
    fn section_3_1_mappings() {
        let c = Catalog::builtin();
        let d = c.weights("deadlift");
        assert_eq!(d.0, [0.5, 1.0, 0.5, 0.0, 0.0, 0.0, 0.25]);
        assert_eq!(
            c.weights("hip thrust").0,
            [0.25, 1.0, 0.5, 0.0, 0.0, 0.0, 0.0]
        );
        assert_eq!(c.weights("step-up").0, [1.0, 1.0, 0.0, 0.25, 0.0, 0.0, 0.0]);
        assert_eq!(
            c.weights("leg curl").0,
            [0.0, 0.0, 1.0, 0.25, 0.0, 0.0, 0.0]
        );
        assert_eq!(c.weights("plank"), PerMuscle::ZERO);
        assert_eq!(c.weights("no such thing"), PerMuscle::ZERO);
    }

    #[test]
    fn aliases_are_case_and_punctuation_insensitive() {
        let c = Catalog::builtin();
        assert_eq!(c.resolve("Squat").unwrap().name, "back squat");
        assert_eq!(c.resolve("RDL").unwrap().name, "romanian deadlift");
        assert_eq!(c.resolve("calf raise").unwrap().name, "standing calf raise");
        assert_eq!(c.resolve("Step Up").unwrap().name, "step-up");
        assert_eq!(c.resolve("  push-ups!").unwrap().name, "push-up");
    }

    #[test]
    fn suggestions_name_close_entries() {
        let c = Catalog::builtin();
        let s = c.suggest("tibalis rase", 3);
        assert_eq!(s[0], "tibialis raise");
        assert_eq!(c.suggest("squatt", 3)[0], "back squat");
    }

    #[test]
    fn user_exercises_and_mappings() {
        let mut c = Catalog::builtin();
        c.add_user(Exercise {
            name: "sled push".into(),
            aliases: vec![],
            weights: PerMuscle([1.0, 0.5, 0.0, 0.5, 0.0, 0.0, 0.0]),
            user: false,
        });
        assert_eq!(c.weights("Sled Push")[Muscle::Calves], 0.5);
        assert!(c.resolve("Hack Squat (Machine)").is_none());
        assert!(c.add_mapping("Hack Squat (Machine)", "leg press"));
        assert_eq!(c.resolve("hack squat machine").unwrap().name, "leg press");
        assert!(!c.add_mapping("x", "not an exercise"));
    }

    #[test]
    fn filter_matches_words_in_aliases() {
        let c = Catalog::builtin();
        let names: Vec<_> = c.filter("tib").iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["tibialis raise"]);
        assert!(c.filter("").len() == c.exercises().len());
    }
}
