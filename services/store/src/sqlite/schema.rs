//! The SQLite file format: identification (`application_id`), versioned schema
//! (`user_version`), migrations, connection settings and error mapping.

use std::io::Read;
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::error::StoreError;

/// `PRAGMA application_id` of a Samraad event store: "SAMR".
pub(crate) const APPLICATION_ID: i32 = 0x5341_4D52;

/// The schema version this code writes and understands.
pub(crate) const SCHEMA_VERSION: i32 = 4;

const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Schema migrations, applied in order; index + 1 is the resulting `user_version`.
const MIGRATIONS: &[&str] = &[
    // 1: the log.
    "CREATE TABLE events (
        position           INTEGER PRIMARY KEY,
        event_id           BLOB    NOT NULL,
        stream             TEXT    NOT NULL,
        version            INTEGER NOT NULL,
        event_type         TEXT    NOT NULL,
        schema_version     INTEGER NOT NULL,
        occurred_at        INTEGER NOT NULL,
        actor_person       BLOB    NOT NULL,
        actor_organization BLOB    NOT NULL,
        causation_id       BLOB    NOT NULL,
        correlation_id     BLOB    NOT NULL,
        data               TEXT    NOT NULL
    );
    CREATE UNIQUE INDEX events_event_id ON events (event_id);
    CREATE UNIQUE INDEX events_stream_version ON events (stream, version);",
    // 2: entity ids claimed by events, one row per id (see `IdClaim`).
    "CREATE TABLE IF NOT EXISTS entity_ids (
        id     BLOB    PRIMARY KEY,
        kind   TEXT    NOT NULL,
        shared INTEGER NOT NULL,
        stream TEXT    NOT NULL
    ) WITHOUT ROWID;",
    // 3: facts about the store. `id_index` is `pending` when the store already held events
    // before it kept its id index (they are backfilled on the next start), else `complete`.
    "CREATE TABLE IF NOT EXISTS meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO meta (key, value) SELECT 'id_index',
        CASE WHEN EXISTS (SELECT 1 FROM events) THEN 'pending' ELSE 'complete' END;",
    // 4: when an event was written, where that is not when it occurred (imported history).
    "ALTER TABLE events ADD COLUMN recorded_at INTEGER;",
];

/// Columns selected by every read, in the order `reader::row_to_event` expects.
pub(crate) const EVENT_COLUMNS: &str = "position, event_id, stream, version, event_type, \
    schema_version, occurred_at, actor_person, actor_organization, causation_id, \
    correlation_id, data, recorded_at";

/// Maps a SQLite error to the port's error.
pub(crate) fn map_err(e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => StoreError::StorageFull,
        Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => {
            StoreError::NotAnEventStore {
                reason: e.to_string(),
            }
        }
        _ => StoreError::Unavailable(format!("sqlite: {e}")),
    }
}

fn not_ours(reason: impl Into<String>) -> StoreError {
    StoreError::NotAnEventStore {
        reason: reason.into(),
    }
}

/// Refuses a non-empty file that does not start with the SQLite header, before SQLite touches it.
fn check_header(path: &Path) -> Result<(), StoreError> {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StoreError::Unavailable(format!("{}: {e}", path.display()))),
    };
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => return Err(StoreError::Unavailable(format!("{}: {e}", path.display()))),
        }
    }
    if read == 0 {
        return Ok(());
    }
    if read < header.len() || &header != b"SQLite format 3\0" {
        return Err(not_ours(format!(
            "{} is not a SQLite database",
            path.display()
        )));
    }
    Ok(())
}

/// Opens (creating and migrating if needed) the writer's connection, after checking the file is
/// ours. A foreign or corrupt file is refused with `NotAnEventStore` and left untouched.
pub(crate) fn open_writer(path: &Path, max_pages: Option<u64>) -> Result<Connection, StoreError> {
    check_header(path)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(map_err)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(map_err)?;

    // Identify before changing anything (journal mode included).
    let app_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(map_err)?;
    let user_version: i32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(map_err)?;
    let objects: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(map_err)?;
    if app_id == APPLICATION_ID {
        if user_version > SCHEMA_VERSION {
            return Err(not_ours(format!(
                "schema version {user_version} is newer than this program's {SCHEMA_VERSION}"
            )));
        }
    } else if app_id != 0 || objects != 0 {
        return Err(not_ours(format!(
            "{} is a SQLite database of another application (application_id {app_id:#x}, \
             {objects} schema objects)",
            path.display()
        )));
    }

    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .map_err(map_err)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Unavailable(format!(
            "could not switch {} to WAL mode (got {mode})",
            path.display()
        )));
    }
    // FULL: every commit fsyncs the WAL, so an acknowledged append survives power loss.
    // The writer never checkpoints inline; the checkpointer thread does it.
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA wal_autocheckpoint = 0;
         PRAGMA journal_size_limit = 67108864;
         PRAGMA cache_size = -65536;
         PRAGMA temp_store = MEMORY;
         PRAGMA foreign_keys = OFF;",
    )
    .map_err(map_err)?;
    if let Some(pages) = max_pages {
        let _: i64 = conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |r| {
                r.get(0)
            })
            .map_err(map_err)?;
    }
    migrate(&conn)?;
    verify(&conn)?;
    Ok(conn)
}

fn migrate(conn: &Connection) -> Result<(), StoreError> {
    conn.execute_batch("BEGIN IMMEDIATE").map_err(map_err)?;
    let result = (|| {
        let current: i32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(map_err)?;
        for (i, sql) in MIGRATIONS.iter().enumerate() {
            let version = i as i32 + 1;
            if version > current {
                // Inside our lock, a migration fails only on a schema that is not what its
                // version says (a damaged file), or on a full disk.
                conn.execute_batch(sql).map_err(|e| match map_err(e) {
                    StoreError::Unavailable(reason) => {
                        not_ours(format!("migration to schema {version} failed: {reason}"))
                    }
                    other => other,
                })?;
                conn.execute_batch(&format!(
                    "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {version};"
                ))
                .map_err(map_err)?;
            }
        }
        Ok(())
    })();
    match result {
        Ok(()) => conn.execute_batch("COMMIT").map_err(map_err),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

/// Checks that the tables look like ours (catches a file with our id but a damaged schema).
fn verify(conn: &Connection) -> Result<(), StoreError> {
    conn.prepare(&format!("SELECT {EVENT_COLUMNS} FROM events LIMIT 0"))
        .map(|_| ())
        .map_err(|e| not_ours(format!("unexpected schema: {e}")))
}

/// Opens a read-only connection for the reader pool.
pub(crate) fn open_reader(path: &Path) -> Result<Connection, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(map_err)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(map_err)?;
    conn.execute_batch("PRAGMA cache_size = -16384;")
        .map_err(map_err)?;
    Ok(conn)
}

/// Opens the checkpointer's connection (read-write: a checkpoint writes the database file).
pub(crate) fn open_checkpointer(path: &Path) -> Result<Connection, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(map_err)?;
    conn.busy_timeout(BUSY_TIMEOUT).map_err(map_err)?;
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA wal_autocheckpoint = 0;")
        .map_err(map_err)?;
    Ok(conn)
}
