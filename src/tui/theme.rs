//! Colours where they carry meaning (bands, severities), and none at all under `NO_COLOR`.

use crate::domain::{Band, Severity};
use ratatui::style::{Color, Modifier, Style};

/// The styles the views use. `Theme::plain()` has no colour at all, only bold/reverse/dim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    pub fn colored() -> Theme {
        Theme { color: true }
    }

    pub fn plain() -> Theme {
        Theme { color: false }
    }

    /// `NO_COLOR` set to anything non-empty turns colour off (<https://no-color.org>).
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Theme::plain(),
            _ => Theme::colored(),
        }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    pub fn band_color(band: Band) -> Color {
        match band {
            Band::None => Color::DarkGray,
            Band::Low => Color::Yellow,
            Band::Maintain => Color::Green,
            Band::Grow => Color::Cyan,
            Band::High => Color::Magenta,
        }
    }

    pub fn severity_color(s: Severity) -> Color {
        match s {
            Severity::Warning => Color::Red,
            Severity::Caution => Color::Yellow,
            Severity::Info => Color::Blue,
        }
    }

    pub fn band(&self, band: Band) -> Style {
        self.fg(Theme::band_color(band))
    }

    pub fn severity(&self, s: Severity) -> Style {
        let st = self.fg(Theme::severity_color(s));
        if s == Severity::Warning {
            st.add_modifier(Modifier::BOLD)
        } else {
            st
        }
    }

    pub fn text(&self) -> Style {
        Style::new()
    }

    pub fn dim(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn tab_active(&self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn focus(&self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// The cell under a text field's cursor (reversed, with or without colour).
    pub fn cursor(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn selected(&self) -> Style {
        if self.color {
            Style::new()
                .bg(Color::DarkGray)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    pub fn error(&self) -> Style {
        self.fg(Color::Red)
    }

    pub fn ok(&self) -> Style {
        self.fg(Color::Green)
    }

    pub fn rest(&self) -> Style {
        self.fg(Color::LightRed).add_modifier(Modifier::BOLD)
    }

    pub fn run(&self) -> Style {
        self.fg(Color::LightBlue)
    }

    pub fn lift(&self) -> Style {
        self.fg(Color::LightMagenta)
    }

    /// A heatmap cell at intensity 0..=4.
    pub fn heat(&self, level: usize) -> Style {
        if !self.color {
            return Style::new();
        }
        let c = match level {
            0 => Color::DarkGray,
            1 => Color::Green,
            2 => Color::LightGreen,
            3 => Color::Yellow,
            _ => Color::LightRed,
        };
        Style::new().fg(c)
    }
}
