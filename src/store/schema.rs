//! The schema as a numbered list of migrations. Migration `i` (0-based) takes a database at
//! `PRAGMA user_version = i` to `i + 1`; the pending ones run in one transaction, each with its
//! version bump, after the version was read again under the write lock.

use crate::error::{Result, SqlContext};
use rusqlite::{Connection, Transaction, TransactionBehavior};

pub type Migration = fn(&Transaction) -> rusqlite::Result<()>;

/// Every migration, oldest first. Never edit a released one; append.
pub const MIGRATIONS: &[Migration] = &[
    v1_tables,
    v2_daily_index,
    v3_daily_table,
    v4_rpe_source_and_max_hr,
    v5_sets_exercise_index,
    v6_templates,
    v7_imported_files,
    v8_races,
    v9_run_tracks,
    v10_elevation_profiles,
    v11_workout_draft,
    v12_source_file,
];

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

/// The per-day series kept as a table, one row per day with sessions, maintained by triggers in
/// the same transaction as every write: a report reads one row per day instead of aggregating
/// every session ever logged (100,000 sessions: ~35 ms of CPU down to ~1 ms).
fn v3_daily_table(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE TABLE daily (
            date TEXT PRIMARY KEY,
            load REAL NOT NULL,
            sessions INTEGER NOT NULL,
            runs INTEGER NOT NULL,
            hard INTEGER NOT NULL,
            longest_run_m REAL NOT NULL
        ) WITHOUT ROWID;
        INSERT INTO daily SELECT date, SUM(load), COUNT(*), SUM(type = 'run'), MAX(hard),
            COALESCE(MAX(distance_m), 0) FROM sessions GROUP BY date;
        CREATE TRIGGER daily_after_insert AFTER INSERT ON sessions BEGIN
            DELETE FROM daily WHERE date = NEW.date;
            INSERT INTO daily SELECT date, SUM(load), COUNT(*), SUM(type = 'run'), MAX(hard),
                COALESCE(MAX(distance_m), 0) FROM sessions WHERE date = NEW.date GROUP BY date;
        END;
        CREATE TRIGGER daily_after_delete AFTER DELETE ON sessions BEGIN
            DELETE FROM daily WHERE date = OLD.date;
            INSERT INTO daily SELECT date, SUM(load), COUNT(*), SUM(type = 'run'), MAX(hard),
                COALESCE(MAX(distance_m), 0) FROM sessions WHERE date = OLD.date GROUP BY date;
        END;
        CREATE TRIGGER daily_after_update AFTER UPDATE OF date, load, type, hard, distance_m
        ON sessions BEGIN
            DELETE FROM daily WHERE date IN (OLD.date, NEW.date);
            INSERT INTO daily SELECT date, SUM(load), COUNT(*), SUM(type = 'run'), MAX(hard),
                COALESCE(MAX(distance_m), 0) FROM sessions WHERE date IN (OLD.date, NEW.date)
                GROUP BY date;
        END;",
    )
}

/// Where each session's RPE came from (`logged`, `heart_rate`, `default`), cached with its
/// load, and an index for the observed maximum heart rate; then the runs with an average heart
/// rate and no logged RPE are recomputed, since a stored `max_hr` may now give them their RPE.
fn v4_rpe_source_and_max_hr(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "ALTER TABLE sessions ADD COLUMN rpe_source TEXT NOT NULL DEFAULT 'default';
        UPDATE sessions SET rpe_source = 'logged' WHERE rpe IS NOT NULL;
        CREATE INDEX sessions_max_hr ON sessions(max_hr);",
    )?;
    super::derived::recompute_heart_rate_runs_v4(tx).map_err(|e| match e {
        crate::error::Error::Sql { source, .. } => source,
        other => rusqlite::Error::ToSqlConversionFailure(Box::new(other)),
    })
}

/// The sets of one exercise by name, so `today` finds the user's last set of an exercise not
/// done lately without reading every set ever logged.
fn v5_sets_exercise_index(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch("CREATE INDEX sets_exercise ON sets(exercise);")
}

/// Named strength sessions to repeat (`legday template`): a name (unique, case-insensitive) and
/// its sets in order.
fn v6_templates(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE TABLE templates (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE TABLE template_sets (
            template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            exercise TEXT NOT NULL,
            reps INTEGER NOT NULL,
            weight_kg REAL,
            rir INTEGER,
            warmup INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (template_id, idx)
        ) WITHOUT ROWID;",
    )
}

/// The content hash of every imported activity file, with the uuids of the sessions it gave (or
/// why it gave none), so a re-import recognises an unchanged file without parsing it; and its
/// stamp (path, size and modification time, or an archive member's CRC), so an untouched file
/// is recognised without being read at all.
fn v7_imported_files(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE TABLE imported_files (
            hash TEXT PRIMARY KEY,
            stamp TEXT,
            sessions TEXT NOT NULL DEFAULT '[]',
            note TEXT,
            imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        ) WITHOUT ROWID;
        CREATE INDEX imported_files_stamp ON imported_files(stamp);",
    )
}

/// Races ahead (`legday race`, §8.4): a date, a distance in metres and an optional name; one
/// race per date and distance.
fn v8_races(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE TABLE races (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            distance_m REAL NOT NULL CHECK (distance_m > 0),
            name TEXT,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            UNIQUE (date, distance_m)
        );",
    )
}

/// What a run's track gives (`docs/model.md` §9 v3, §2): the elapsed time beside the moving
/// time (`duration_s`), the best efforts over the standard distances, the splits per km and
/// per mile, and the moving seconds at each heart rate (a JSON list of `[bpm, seconds]`), all
/// deleted with their run. Imported files are forgotten, so that importing them again reads
/// them again and gives their runs moving time, best efforts and splits; until then stored
/// runs keep their values.
fn v9_run_tracks(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "ALTER TABLE sessions ADD COLUMN elapsed_s REAL;
        CREATE TABLE best_efforts (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            distance_m REAL NOT NULL CHECK (distance_m > 0),
            seconds REAL NOT NULL CHECK (seconds > 0),
            start_m REAL NOT NULL,
            PRIMARY KEY (session_id, distance_m)
        ) WITHOUT ROWID;
        CREATE INDEX best_efforts_distance ON best_efforts(distance_m, seconds);
        CREATE TABLE splits (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            unit TEXT NOT NULL CHECK (unit IN ('km', 'mi')),
            idx INTEGER NOT NULL,
            distance_m REAL NOT NULL,
            seconds REAL NOT NULL,
            gain_m REAL,
            loss_m REAL,
            avg_hr REAL,
            PRIMARY KEY (session_id, unit, idx)
        ) WITHOUT ROWID;
        CREATE TABLE heart_rate_time (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            seconds TEXT NOT NULL
        );
        DELETE FROM imported_files;",
    )
}

/// A run's elevation profile (§9): up to 60 points `[metres from the start, altitude]` as a
/// JSON list, deleted with its run. Imported files are forgotten again, so that importing them
/// again gives their runs a profile; until then stored runs show none.
fn v10_elevation_profiles(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE TABLE elevation_profiles (
            session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            points TEXT NOT NULL
        );
        DELETE FROM imported_files;",
    )
}

/// The live workout in progress (issue 16), at most one: the draft as JSON, when its first set
/// was ticked and when it last changed. Not a session: it counts nowhere until finished.
fn v11_workout_draft(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE TABLE workout_draft (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            draft TEXT NOT NULL,
            started_at TEXT,
            updated_at TEXT NOT NULL
        );",
    )
}

/// `sessions.source_file`: the file an imported session came from (nullable; sessions imported
/// before keep none until their file is imported again).
fn v12_source_file(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch("ALTER TABLE sessions ADD COLUMN source_file TEXT;")
}

pub fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
}

/// Runs the migrations from the current version up to `target` (tests craft old files with a
/// `target` below [`SUPPORTED`]).
pub fn migrate_to(conn: &mut Connection, target: i64) -> Result<()> {
    migrate_with(conn, target, |_, _| Ok(()))
}

/// [`migrate_to`], calling `before(tx, from)` first when there is work to do (the store makes
/// its backup there). The pending migrations run in one immediate transaction, and the version
/// is read again once it holds the write lock: a second process opening the same file waits
/// for the first (the busy timeout) and then finds the work done, instead of running a
/// migration twice.
pub fn migrate_with(
    conn: &mut Connection,
    target: i64,
    before: impl FnOnce(&Transaction, i64) -> Result<()>,
) -> Result<()> {
    if user_version(conn).context("reading the schema version")? >= target {
        return Ok(());
    }
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .context("upgrading the database")?;
    let from = user_version(&tx).context("reading the schema version")?;
    if from >= target {
        return Ok(());
    }
    before(&tx, from)?;
    for (i, m) in MIGRATIONS.iter().enumerate().take(target.max(0) as usize) {
        let version = i as i64 + 1;
        if version <= from {
            continue;
        }
        let what = format!("upgrading the database to version {version}");
        m(&tx).context(&what)?;
        tx.pragma_update(None, "user_version", version)
            .context(&what)?;
    }
    tx.commit().context("upgrading the database")?;
    Ok(())
}
