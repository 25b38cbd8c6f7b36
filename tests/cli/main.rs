//! The command line end to end, through the real binary on a temporary database (assert_cmd +
//! tempfile), and the parsers behind it. One test binary; each file is a module:
//!
//! - `week`: a realistic month logged, then `week` field by field against values computed by
//!   hand from `docs/model.md`; `bad_input`: every bad input refused with exit code 2, one line
//!   naming the field, and nothing written; `history`, `settings`, `races`: those commands.
//! - `daily`: the daily-loop commands (dates as typed, templates, `lift --like`).
//! - `today_explain`: `today` and `week --explain`; `records`: `records` and the PR line;
//!   `model_settings`: the model's settings and effort from heart rate; `coach_follow`: eight
//!   weeks of doing what `today` says.
//! - `parse_dates`, `parse_props`: the parsers on tables and on any input.
//!
//! `common` runs the binary at [`TODAY`] (or another day, `*_on`).

mod bad_input;
mod coach_follow;
mod common;
mod daily;
mod history;
mod lift_sanity;
mod man;
mod model_settings;
mod parse_dates;
mod parse_props;
mod races;
mod records;
mod rough_edges;
mod runner;
mod settings;
mod today_explain;
mod week;

use common::*;
use serde_json::Value;
use std::path::Path;

/// The day the command-line tests run at (a Monday), unless a module names its own.
const TODAY: &str = "2026-11-23";
