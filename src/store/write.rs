//! A write transaction: the store's own, or a savepoint inside one already open.

/// A write: its own immediate transaction, or a savepoint inside [`super::Store::all_or_nothing`].
pub(super) enum WriteTx<'a> {
    Top(rusqlite::Transaction<'a>),
    Nested(rusqlite::Savepoint<'a>),
}

impl std::ops::Deref for WriteTx<'_> {
    type Target = rusqlite::Connection;
    fn deref(&self) -> &rusqlite::Connection {
        match self {
            WriteTx::Top(t) => t,
            WriteTx::Nested(s) => s,
        }
    }
}

impl WriteTx<'_> {
    pub(super) fn commit(self) -> rusqlite::Result<()> {
        match self {
            WriteTx::Top(t) => {
                mark_commit(&t)?;
                t.commit()
            }
            WriteTx::Nested(s) => s.commit(),
        }
    }
}

/// Writes a fresh random number into the header's application id before a commit: page 1 then
/// changes in every legday commit and differs between any two of them. SQLite increments the
/// file change counter in every page-1 image it writes, so the counter numbers legday's
/// commits, and the random number tells apart two copies of a file that made as many commits:
/// a `-wal` older than its file, or a sibling copy's, is recognised before SQLite replays it
/// (see `wal.rs`). legday does not otherwise use the application id.
pub(super) fn mark_commit(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "application_id", rand::random::<i32>())
}
