//! The outcome of an import run, per file and in total, and its end-of-run text.

use super::{FileResult, Format, Unmatched};
use crate::store::ImportCounts;
use std::collections::BTreeMap;
use std::fmt;
use std::io::IsTerminal;
use std::path::PathBuf;

/// What happened to one file.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Written (in one transaction); `skipped` lists activities in it that were not runs;
    /// `merged` counts sessions that were the same activity as one already stored (from
    /// another file or source), completed rather than duplicated.
    Imported {
        counts: ImportCounts,
        skipped: Vec<String>,
        merged: usize,
    },
    /// Nothing to import (a bike ride, a settings file...), with why.
    Skipped(String),
    /// Refused or failed; nothing from this file was written.
    Failed(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct FileOutcome {
    pub path: PathBuf,
    pub format: Option<Format>,
    pub outcome: Outcome,
    pub unmatched: Vec<Unmatched>,
}

impl FileOutcome {
    pub(crate) fn failed(path: PathBuf, format: Option<Format>, why: String) -> FileOutcome {
        FileOutcome {
            path,
            format,
            outcome: Outcome::Failed(why),
            unmatched: Vec::new(),
        }
    }

    pub(crate) fn skipped(path: PathBuf, format: Option<Format>, why: String) -> FileOutcome {
        FileOutcome {
            path,
            format,
            outcome: Outcome::Skipped(why),
            unmatched: Vec::new(),
        }
    }

    pub(crate) fn imported(
        path: PathBuf,
        r: FileResult,
        counts: ImportCounts,
        merged: usize,
    ) -> FileOutcome {
        FileOutcome {
            path,
            format: Some(r.format),
            outcome: Outcome::Imported {
                counts,
                skipped: r.skipped,
                merged,
            },
            unmatched: r.unmatched,
        }
    }

    pub(crate) fn with(path: PathBuf, format: Option<Format>, outcome: Outcome) -> FileOutcome {
        FileOutcome {
            path,
            format,
            outcome,
            unmatched: Vec::new(),
        }
    }
}

/// Every file's outcome, the totals, and the exercise names no catalog entry matched.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportSummary {
    pub files: Vec<FileOutcome>,
    /// Sessions added, updated and unchanged over all files.
    pub totals: ImportCounts,
    /// Unmatched names over all files (sets summed), sorted by name.
    pub unmatched: Vec<Unmatched>,
    /// Sessions that were the same activity as a stored one, over all files.
    pub merged: usize,
    /// Files found in folders and archives of kinds legday never reads (photos, profile
    /// data...), counted by kind rather than listed.
    pub not_read: BTreeMap<String, usize>,
}

impl ImportSummary {
    pub(crate) fn push(&mut self, f: FileOutcome) {
        if let Outcome::Imported { counts, merged, .. } = &f.outcome {
            self.merged += merged;
            self.totals.added += counts.added;
            self.totals.updated += counts.updated;
            self.totals.unchanged += counts.unchanged;
        }
        let mut all: BTreeMap<String, Unmatched> = self
            .unmatched
            .drain(..)
            .map(|u| (u.name.clone(), u))
            .collect();
        for u in &f.unmatched {
            all.entry(u.name.clone())
                .and_modify(|e| e.sets += u.sets)
                .or_insert_with(|| u.clone());
        }
        self.unmatched = all.into_values().collect();
        self.files.push(f);
    }

    /// The files from `from` on whose writes were lost (their transaction failed to commit):
    /// each that claimed a session added, updated or merged becomes failed with `why`, and
    /// leaves the totals.
    pub(crate) fn unstore(&mut self, from: usize, why: &str) {
        for f in self.files.iter_mut().skip(from) {
            if let Outcome::Imported { counts, merged, .. } = &f.outcome
                && (counts.added + counts.updated + merged > 0)
            {
                self.merged -= merged;
                self.totals.added -= counts.added;
                self.totals.updated -= counts.updated;
                self.totals.unchanged -= counts.unchanged;
                f.outcome = Outcome::Failed(why.to_string());
            }
        }
    }

    pub(crate) fn count_unread(&mut self, kind: &str) {
        *self.not_read.entry(kind.to_string()).or_default() += 1;
    }

    /// Files whose import failed.
    pub fn failures(&self) -> impl Iterator<Item = &FileOutcome> {
        self.files
            .iter()
            .filter(|f| matches!(f.outcome, Outcome::Failed(_)))
    }

    /// How many files failed (the CLI exits non-zero when any did).
    pub fn failed(&self) -> usize {
        self.failures().count()
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl fmt::Display for ImportSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = &self.totals;
        let imported = self
            .files
            .iter()
            .filter(|x| matches!(x.outcome, Outcome::Imported { .. }))
            .count();
        writeln!(
            f,
            "imported {} from {}: {} new, {} updated, {} unchanged",
            plural(t.added + t.updated + t.unchanged, "session", "sessions"),
            plural(imported, "file", "files"),
            t.added,
            t.updated,
            t.unchanged
        )?;
        if self.merged > 0 {
            writeln!(
                f,
                "{} the same activity as a session already there (merged, not duplicated)",
                plural(self.merged, "session was", "sessions were")
            )?;
        }
        if !self.not_read.is_empty() {
            let kinds: Vec<String> = self
                .not_read
                .iter()
                .map(|(k, n)| format!("{k} ({n})"))
                .collect();
            writeln!(
                f,
                "not read (legday has no use for them): {}",
                kinds.join(", ")
            )?;
        }
        self.write_skipped(f)?;
        self.write_failed(f)?;
        self.write_unmatched(f)
    }
}

impl ImportSummary {
    fn write_skipped(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut skipped: Vec<String> = Vec::new();
        for x in &self.files {
            match &x.outcome {
                Outcome::Skipped(why) => skipped.push(format!("{}: {why}", x.path.display())),
                Outcome::Imported { skipped: s, .. } => {
                    skipped.extend(s.iter().map(|w| format!("{}: {w}", x.path.display())))
                }
                Outcome::Failed(_) => {}
            }
        }
        if !skipped.is_empty() {
            writeln!(f, "skipped {}:", skipped.len())?;
            for s in skipped {
                writeln!(f, "  {s}")?;
            }
        }
        Ok(())
    }

    fn write_failed(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let failed: Vec<&FileOutcome> = self.failures().collect();
        if !failed.is_empty() {
            writeln!(f, "failed {} (nothing imported from them):", failed.len())?;
            for x in failed {
                if let Outcome::Failed(why) = &x.outcome {
                    writeln!(f, "  {}: {why}", x.path.display())?;
                }
            }
        }
        Ok(())
    }

    fn write_unmatched(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.unmatched.is_empty() {
            writeln!(
                f,
                "{} not in the catalog (they count for load, not for muscle volume):",
                plural(self.unmatched.len(), "exercise name", "exercise names")
            )?;
            for u in &self.unmatched {
                // the name comes from the file: drop control characters before printing it
                let name: String = u.name.chars().filter(|c| !c.is_control()).collect();
                writeln!(
                    f,
                    "  \"{name}\" ({}): closest {}",
                    plural(u.sets, "set", "sets"),
                    u.suggestions.join(", ")
                )?;
            }
            writeln!(f, "map them with: legday exercises map NAME EXERCISE")?;
        }
        Ok(())
    }
}

/// A progress line on stderr, only when asked and stderr is a terminal: files done, rate, and
/// the file being read (folders and archives are walked as they are read, so there is no total).
pub(crate) fn progress_bar(wanted: bool) -> Option<indicatif::ProgressBar> {
    if !wanted || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "importing {spinner} {pos} files done ({per_sec}) {wide_msg}",
    ) {
        bar.set_style(style);
    }
    Some(bar)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_files_are_printed_without_control_characters() {
        let mut s = ImportSummary::default();
        let mut f = FileOutcome::skipped("a.csv".into(), None, "x".into());
        f.unmatched = vec![Unmatched {
            name: "Evil\u{1b}[2J Squat".into(),
            sets: 2,
            suggestions: vec!["back squat".into()],
        }];
        s.push(f.clone());
        s.push(f);
        let text = s.to_string();
        assert!(!text.contains('\u{1b}'), "{text}");
        assert!(
            text.contains("\"Evil[2J Squat\" (4 sets): closest back squat"),
            "{text}"
        );
    }
}
