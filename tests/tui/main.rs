//! The terminal UI: `App::update` and the forms driven by actions and key events, insta
//! snapshots of every screen at fixed sizes, every size from 1×1 up, and (the `tmux_*` modules)
//! the real binary in a real terminal through the one tmux harness, `tmux`.
//!
//! `common` holds the shared fixtures: a fixed day, hand-built reports, rendering to text.

mod app;
mod common;
mod daily;
mod dashboard;
mod data;
mod edges;
mod edit;
mod fields;
mod form_edit;
mod forms;
mod imperial;
mod keystrokes;
mod onboard;
mod progress;
mod races;
mod render;
mod rough_edges;
mod sizes;
mod summary;
mod tmux;
mod tmux_daily;
mod tmux_fields;
mod tmux_log_a_run;
mod tmux_onboard;
mod tmux_progress;
mod tmux_restore;
mod tmux_summary;
mod tmux_workout;
mod today;
mod workout;
