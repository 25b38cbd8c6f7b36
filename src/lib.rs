//! legday: a terminal workout logger for people who run and lift.
//!
//! Data flows one way: input -> [`parse`] -> [`domain`] types -> [`store`] (SQLite), and
//! store -> window queries -> [`domain::Report::build`] -> view (TUI, text or JSON).

pub mod domain;
pub mod error;

pub use error::{Error, Result};
pub mod cli;
pub mod clock;
pub mod demo;
pub mod export;
pub mod format;
pub mod import;
pub mod parse;
pub mod store;
pub mod text;
pub mod tui;
