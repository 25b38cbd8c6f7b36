//! The History tab's import: the path prompt, the summary it leads to, and the pure text work
//! (`~` expansion, the summary's lines wrapped to the popup).

use super::{Caret, Key, edit};
use crate::import::{ImportSummary, Outcome};
use std::path::{Path, PathBuf};

/// Columns of summary text per line: the popup is this plus a border and a space each side, so
/// it fits the smallest terminal the tabs are drawn at (60 columns).
pub const WRAP: usize = 56;

/// `i` on History: a path to import, typed; kept whatever goes wrong.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportPrompt {
    pub path: String,
    pub error: Option<String>,
    /// The cursor in the path.
    pub caret: Caret,
}

impl ImportPrompt {
    pub fn edit(&mut self, key: Key) {
        edit(&mut self.path, &mut self.caret, 0, key);
        if key.changes_text() {
            self.error = None;
        }
    }

    /// The characters before the cursor.
    pub fn cursor(&self) -> usize {
        self.caret.at(0, &self.path)
    }
}

/// The import's outcome as lines of at most `WRAP` columns, scrolled by `scroll` (the top line).
#[derive(Debug, Clone, PartialEq)]
pub struct ImportReport {
    /// Sessions new + updated + unchanged, files imported, skipped, failed (for the title).
    pub counts: ReportCounts,
    pub lines: Vec<String>,
    pub scroll: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReportCounts {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub skipped: usize,
    pub failed: usize,
}

impl ImportReport {
    pub fn new(sum: &ImportSummary) -> ImportReport {
        let skipped = sum
            .files
            .iter()
            .map(|f| match &f.outcome {
                Outcome::Skipped(_) => 1,
                Outcome::Imported { skipped, .. } => skipped.len(),
                Outcome::Failed(_) => 0,
            })
            .sum();
        let counts = ReportCounts {
            added: sum.totals.added,
            updated: sum.totals.updated,
            unchanged: sum.totals.unchanged,
            skipped,
            failed: sum.failed(),
        };
        let text = sum.to_string();
        let lines = text.lines().flat_map(|l| wrap(l, WRAP)).collect();
        ImportReport {
            counts,
            lines,
            scroll: 0,
        }
    }

    /// Lines said after the summary, wrapped like it.
    pub fn add(&mut self, notes: &[String]) {
        self.lines.extend(notes.iter().flat_map(|l| wrap(l, WRAP)));
    }

    /// Moves the top line by `by` (negative: up), staying on a line of text.
    pub fn scroll_by(&mut self, by: isize) {
        let last = self.lines.len().saturating_sub(1);
        self.scroll = self.scroll.saturating_add_signed(by).min(last);
    }

    pub fn scroll_to(&mut self, line: usize) {
        self.scroll = line.min(self.lines.len().saturating_sub(1));
    }
}

/// Why an import of one path is an error to show in the prompt rather than a summary: nothing
/// was found to import, or the one file there was failed.
pub fn prompt_error(sum: &ImportSummary) -> Option<String> {
    match sum.files.as_slice() {
        [] => Some(crate::import::formats::NOTHING_FOUND.into()),
        [one] => match &one.outcome {
            Outcome::Failed(why) => Some(why.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `~` or `~/…` at the start becomes `home` (when known); anything else is taken as typed.
pub fn expand_tilde(text: &str, home: Option<&Path>) -> PathBuf {
    let t = text.trim();
    match (t.strip_prefix('~'), home) {
        (Some(""), Some(h)) => h.to_path_buf(),
        (Some(rest), Some(h)) if rest.starts_with('/') => h.join(rest.trim_start_matches('/')),
        _ => PathBuf::from(t),
    }
}

/// Breaks `line` into pieces of at most `width` columns, at spaces where it can and inside a
/// word (a long path) where it must; continuation lines keep the indent plus two spaces.
pub fn wrap(line: &str, width: usize) -> Vec<String> {
    let width = width.max(8);
    let indent = line.chars().take_while(|c| *c == ' ').count();
    let cont = " ".repeat((indent + 2).min(width / 2));
    let mut out: Vec<String> = Vec::new();
    let mut cur = " ".repeat(indent);
    let mut len = indent;
    let mut empty = true;
    for word in line.split(' ').filter(|w| !w.is_empty()) {
        if !empty {
            if len + 1 + word.chars().count() <= width {
                cur.push(' ');
                len += 1;
            } else {
                out.push(std::mem::replace(&mut cur, cont.clone()));
                len = cont.len();
            }
        }
        for ch in word.chars() {
            if len >= width {
                out.push(std::mem::replace(&mut cur, cont.clone()));
                len = cont.len();
            }
            cur.push(ch);
            len += 1;
        }
        empty = false;
    }
    out.push(cur);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tilde_expands_to_home_only_at_the_start() {
        let h = Path::new("/home/ann");
        assert_eq!(expand_tilde("~", Some(h)), PathBuf::from("/home/ann"));
        assert_eq!(
            expand_tilde(" ~/runs/a.gpx ", Some(h)),
            PathBuf::from("/home/ann/runs/a.gpx")
        );
        assert_eq!(expand_tilde("~bob/x", Some(h)), PathBuf::from("~bob/x"));
        assert_eq!(expand_tilde("a/~/b", Some(h)), PathBuf::from("a/~/b"));
        assert_eq!(expand_tilde("~/x", None), PathBuf::from("~/x"));
    }

    #[test]
    fn wrap_breaks_at_spaces_and_cuts_long_words() {
        assert_eq!(wrap("short line", 20), vec!["short line"]);
        assert_eq!(
            wrap("aaaa bbbb cccc", 9),
            vec!["aaaa bbbb", "  cccc"],
            "continuations are indented"
        );
        assert_eq!(
            wrap("  /a/very/long/path.gpx: bad", 12),
            vec!["  /a/very/lo", "    ng/path.", "    gpx: bad"]
        );
        assert_eq!(wrap("", 10), vec![""]);
        for l in wrap("x".repeat(100).as_str(), 56) {
            assert!(l.chars().count() <= 56);
        }
    }
}
