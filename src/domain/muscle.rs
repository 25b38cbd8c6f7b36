//! The seven muscle groups (`docs/model.md` §1) and a per-group value array.

use serde::{Deserialize, Serialize};
use std::ops::{Add, AddAssign, Index, IndexMut, Mul};

/// A muscle group, in the fixed order of §1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Muscle {
    Quads,
    Glutes,
    Hamstrings,
    Calves,
    Tibialis,
    HipFlexors,
    Arms,
}

impl Muscle {
    /// Every group in the order of §1.
    pub const ALL: [Muscle; 7] = [
        Muscle::Quads,
        Muscle::Glutes,
        Muscle::Hamstrings,
        Muscle::Calves,
        Muscle::Tibialis,
        Muscle::HipFlexors,
        Muscle::Arms,
    ];

    /// The JSON key (`hip_flexors`).
    pub fn key(self) -> &'static str {
        match self {
            Muscle::Quads => "quads",
            Muscle::Glutes => "glutes",
            Muscle::Hamstrings => "hamstrings",
            Muscle::Calves => "calves",
            Muscle::Tibialis => "tibialis",
            Muscle::HipFlexors => "hip_flexors",
            Muscle::Arms => "arms",
        }
    }

    /// The name people read (`Hip flexors`).
    pub fn label(self) -> &'static str {
        match self {
            Muscle::Quads => "Quads",
            Muscle::Glutes => "Glutes",
            Muscle::Hamstrings => "Hamstrings",
            Muscle::Calves => "Calves",
            Muscle::Tibialis => "Tibialis",
            Muscle::HipFlexors => "Hip flexors",
            Muscle::Arms => "Arms",
        }
    }

    /// Small groups (tibialis, hip flexors) have their own band thresholds (§3.3).
    pub fn is_small(self) -> bool {
        matches!(self, Muscle::Tibialis | Muscle::HipFlexors)
    }

    /// Position in [`Muscle::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Accepts the JSON key, the label, and a few common spellings.
    pub fn from_key(s: &str) -> Option<Muscle> {
        let k: String = s
            .trim()
            .to_ascii_lowercase()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        Some(match k.as_str() {
            "quads" | "quad" | "quadriceps" => Muscle::Quads,
            "glutes" | "glute" | "gluteus" => Muscle::Glutes,
            "hamstrings" | "hamstring" | "hams" => Muscle::Hamstrings,
            "calves" | "calf" => Muscle::Calves,
            "tibialis" | "tibs" | "shins" | "tibialisanterior" => Muscle::Tibialis,
            "hipflexors" | "hipflexor" => Muscle::HipFlexors,
            "arms" | "arm" => Muscle::Arms,
            _ => return None,
        })
    }
}

impl std::fmt::Display for Muscle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// One `f64` per muscle group, indexed by [`Muscle`].
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct PerMuscle(pub [f64; 7]);

impl PerMuscle {
    pub const ZERO: PerMuscle = PerMuscle([0.0; 7]);

    pub fn sum(&self) -> f64 {
        self.0.iter().sum()
    }

    pub fn iter(&self) -> impl Iterator<Item = (Muscle, f64)> + '_ {
        Muscle::ALL.iter().map(move |&m| (m, self[m]))
    }

    /// The same values divided by their sum (unchanged when the sum is 0).
    pub fn normalized(&self) -> PerMuscle {
        let s = self.sum();
        if s == 0.0 { *self } else { *self * (1.0 / s) }
    }
}

impl Index<Muscle> for PerMuscle {
    type Output = f64;
    fn index(&self, m: Muscle) -> &f64 {
        &self.0[m.index()]
    }
}

impl IndexMut<Muscle> for PerMuscle {
    fn index_mut(&mut self, m: Muscle) -> &mut f64 {
        &mut self.0[m.index()]
    }
}

impl Add for PerMuscle {
    type Output = PerMuscle;
    fn add(mut self, rhs: PerMuscle) -> PerMuscle {
        self += rhs;
        self
    }
}

impl AddAssign for PerMuscle {
    fn add_assign(&mut self, rhs: PerMuscle) {
        for i in 0..7 {
            self.0[i] += rhs.0[i];
        }
    }
}

impl Mul<f64> for PerMuscle {
    type Output = PerMuscle;
    fn mul(mut self, k: f64) -> PerMuscle {
        for v in &mut self.0 {
            *v *= k;
        }
        self
    }
}
