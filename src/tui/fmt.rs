//! Numbers as the user reads them: the UI uses the crate's one formatting module.

pub use crate::format::*;
