//! The schema as a numbered list of migrations. Migration `i` (0-based) takes a database at
//! `PRAGMA user_version = i` to `i + 1`; each runs in its own transaction with its version bump.

use crate::error::Result;
use rusqlite::{Connection, Transaction, TransactionBehavior};

pub type Migration = fn(&Transaction) -> rusqlite::Result<()>;

/// Every migration, oldest first. Never edit a released one; append.
pub const MIGRATIONS: &[Migration] = &[v1_tables, v2_daily_index];

/// The schema version this legday writes and reads.
pub const SUPPORTED: i64 = MIGRATIONS.len() as i64;

fn v1_tables(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            uuid TEXT UNIQUE NOT NULL,
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            time TEXT,
            type TEXT NOT NULL CHECK (type IN ('run', 'strength')),
            rpe REAL,
            minutes REAL,
            note TEXT,
            source TEXT,
            source_key TEXT UNIQUE,
            kind TEXT,
            distance_m REAL,
            duration_s REAL,
            elevation_m REAL,
            vest_kg REAL,
            avg_hr INTEGER,
            max_hr INTEGER,
            shoes TEXT,
            gap_s_per_km REAL,
            load REAL NOT NULL,
            hard INTEGER NOT NULL,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE INDEX sessions_date ON sessions(date);
        CREATE TABLE sets (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            exercise TEXT NOT NULL,
            reps INTEGER NOT NULL,
            weight_kg REAL,
            rir INTEGER,
            warmup INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE exercises (
            key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]',
            quads REAL NOT NULL,
            glutes REAL NOT NULL,
            hamstrings REAL NOT NULL,
            calves REAL NOT NULL,
            tibialis REAL NOT NULL,
            hip_flexors REAL NOT NULL,
            arms REAL NOT NULL
        );
        CREATE TABLE mappings (from_name TEXT PRIMARY KEY, to_name TEXT NOT NULL);",
    )
}

/// The daily series of `Store::history` reads only this index, never the table.
fn v2_daily_index(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "DROP INDEX sessions_date;
        CREATE INDEX sessions_daily ON sessions(date, load, type, hard, distance_m);",
    )
}

pub fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
}

/// Runs the migrations from the current version up to `target` (tests craft old files with a
/// `target` below [`SUPPORTED`]).
pub fn migrate_to(conn: &mut Connection, target: i64) -> Result<()> {
    let from = user_version(conn)?;
    for (i, m) in MIGRATIONS.iter().enumerate().take(target.max(0) as usize) {
        let version = i as i64 + 1;
        if version <= from {
            continue;
        }
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        m(&tx)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}
