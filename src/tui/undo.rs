//! What History's `u` puts back: a deleted session, or a session as it was before an edit.

use crate::domain::Session;

/// A change `u` undoes, most recent last in `App::undo`.
#[derive(Debug, Clone, PartialEq)]
pub enum Undo {
    /// A deleted session: restored with its id.
    Deleted(Session),
    /// An edited session as it was stored before the edit: written back over the edit.
    Edited(Session),
}

impl Undo {
    /// The session it puts back.
    pub fn session(&self) -> &Session {
        match self {
            Undo::Deleted(s) | Undo::Edited(s) => s,
        }
    }
}
