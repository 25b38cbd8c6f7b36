//! ANSI colour for terminal output; none when `NO_COLOR` is set or stdout is not a terminal.

use crate::domain::{Band, Severity};
use std::io::IsTerminal;

#[derive(Debug, Clone, Copy)]
pub struct Paint {
    on: bool,
}

impl Paint {
    /// Colour only on a terminal without `NO_COLOR` (any non-empty value).
    pub fn detect() -> Paint {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Paint {
            on: !no_color && std::io::stdout().is_terminal(),
        }
    }

    /// No colour at all (text drawn by the UI, which styles it itself).
    pub fn plain() -> Paint {
        Paint { on: false }
    }

    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    pub fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }

    pub fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }

    /// The colour of a band: grey none, yellow low, green maintain, cyan grow, magenta high.
    pub fn band(&self, b: Band, s: &str) -> String {
        let code = match b {
            Band::None => "90",
            Band::Low => "33",
            Band::Maintain => "32",
            Band::Grow => "36",
            Band::High => "35",
        };
        self.wrap(code, s)
    }

    pub fn severity(&self, sev: Severity, s: &str) -> String {
        let code = match sev {
            Severity::Info => "34",
            Severity::Caution => "33",
            Severity::Warning => "1;31",
        };
        self.wrap(code, s)
    }

    pub fn rest(&self, s: &str) -> String {
        self.wrap("1;35", s)
    }
}
