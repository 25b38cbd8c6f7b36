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

/// Numbers the commit in the header's application id before it is made: the high half counts
/// legday's commits (wrapping at 65,536), the low half is a random number. Page 1 then changes
/// in every legday commit, later commits have later numbers, and two copies of a file that made
/// as many commits differ: a `-wal` older than its file, or a sibling copy's, is recognised
/// before SQLite replays it (see `wal.rs`). legday has no other use for the application id.
/// Read inside the write transaction, the number is never an older one.
pub(super) fn mark_commit(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    let id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let seq = ((id as u32) >> 16).wrapping_add(1) & 0xFFFF;
    let next = (seq << 16) | (rand::random::<u32>() & 0xFFFF);
    conn.pragma_update(None, "application_id", next as i32)
}
