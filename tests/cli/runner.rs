//! A runner's depth, end to end (`docs/model.md` §9 v3 and §2): best efforts and splits at
//! import, kept through the JSON export and re-import, counted in `records`; moving time beside
//! the elapsed time; `legday show`. Expected values are worked out by hand in each test.

pub mod common;
mod efforts;
mod moving;
mod show;
