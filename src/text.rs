//! Text both views show: the coach's suggestion and plan, where a group's volume came from, and
//! colour for a terminal. The CLI prints it; the UI draws it plain inside its popups. Pure: no
//! store, no terminal.

pub mod explain;
pub mod paint;
pub mod summary;
pub mod today;
