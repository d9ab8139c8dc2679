//! Reads: a small pool of read-only connections used from `spawn_blocking`.
//! In WAL mode readers never block the writer and see only committed transactions.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use futures::future::BoxFuture;
use rusqlite::{Connection, Row};
use tokio::sync::Semaphore;
use uuid::Uuid;

use super::schema::{self, EVENT_COLUMNS, map_err};
use crate::error::StoreError;
use crate::port::{EventMetadata, Position, RecordedEvent, StreamName};
use crate::subscription::PageReader;

/// Read-only connections, opened lazily, at most `size` at a time.
pub(crate) struct ReaderPool {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
    permits: Semaphore,
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn uuid_at(row: &Row<'_>, i: usize) -> rusqlite::Result<Uuid> {
    let bytes: Vec<u8> = row.get(i)?;
    Uuid::from_slice(&bytes).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Blob, Box::new(e))
    })
}

fn row_to_event(row: &Row<'_>) -> rusqlite::Result<RecordedEvent> {
    let conv = |i: usize, e: Box<dyn std::error::Error + Send + Sync>| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e)
    };
    let stream: String = row.get(2)?;
    let stream = StreamName::parse(stream).map_err(|e| conv(2, Box::new(e)))?;
    let micros: i64 = row.get(6)?;
    let occurred_at = chrono::DateTime::from_timestamp_micros(micros)
        .ok_or_else(|| conv(6, "timestamp out of range".into()))?;
    let recorded_at = match row.get::<_, Option<i64>>(12)? {
        Some(micros) => Some(
            chrono::DateTime::from_timestamp_micros(micros)
                .ok_or_else(|| conv(12, "timestamp out of range".into()))?,
        ),
        None => None,
    };
    let data: String = row.get(11)?;
    let data = serde_json::from_str(&data).map_err(|e| conv(11, Box::new(e)))?;
    Ok(RecordedEvent {
        position: Position(row.get::<_, i64>(0)? as u64),
        event_id: uuid_at(row, 1)?,
        stream,
        version: row.get::<_, i64>(3)? as u64,
        event_type: row.get(4)?,
        schema_version: row.get::<_, i64>(5)? as u32,
        data,
        metadata: EventMetadata {
            occurred_at,
            actor_person: uuid_at(row, 7)?,
            actor_organization: uuid_at(row, 8)?,
            causation_id: uuid_at(row, 9)?,
            correlation_id: uuid_at(row, 10)?,
            recorded_at,
        },
    })
}

impl ReaderPool {
    pub(crate) fn new(path: PathBuf, size: usize) -> Self {
        Self {
            path,
            idle: Mutex::new(Vec::new()),
            permits: Semaphore::new(size),
        }
    }

    /// Runs `f` on a pooled read-only connection on the blocking thread pool.
    ///
    /// Waiting for a connection, the read and giving the connection back happen in a task of
    /// their own: a caller that stops polling (a subscription whose client stopped reading)
    /// can never sit on a granted connection while the projector and commands wait for one.
    pub(crate) async fn with<T, F>(self: &Arc<Self>, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let this = Arc::clone(self);
        tokio::spawn(async move {
            let permit = this
                .permits
                .acquire()
                .await
                .map_err(|_| StoreError::Closed)?;
            let pool = Arc::clone(&this);
            let result = tokio::task::spawn_blocking(move || {
                let conn = match pool.idle.lock().ok().and_then(|mut idle| idle.pop()) {
                    Some(c) => c,
                    None => schema::open_reader(&pool.path)?,
                };
                let result = f(&conn);
                if let Ok(mut idle) = pool.idle.lock() {
                    idle.push(conn);
                }
                result
            })
            .await
            .map_err(|e| StoreError::Unavailable(format!("reader task failed: {e}")))?;
            drop(permit);
            result
        })
        .await
        .map_err(|e| StoreError::Unavailable(format!("reader task failed: {e}")))?
    }

    /// Stops handing out connections and closes the idle ones.
    pub(crate) fn close(&self) {
        self.permits.close();
        if let Ok(mut idle) = self.idle.lock() {
            idle.clear();
        }
    }

    pub(crate) async fn read_all(
        self: &Arc<Self>,
        after: Position,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        self.with(move |conn| {
            let mut stmt = conn
                .prepare_cached(&format!(
                    "SELECT {EVENT_COLUMNS} FROM events WHERE position > ?1 \
                     ORDER BY position LIMIT ?2"
                ))
                .map_err(map_err)?;
            let rows = stmt
                .query_map((to_i64(after.0), to_i64(limit as u64)), row_to_event)
                .map_err(map_err)?;
            rows.collect::<Result<Vec<_>, _>>().map_err(map_err)
        })
        .await
    }

    pub(crate) async fn read_stream(
        self: &Arc<Self>,
        stream: StreamName,
        after: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        self.with(move |conn| {
            let mut stmt = conn
                .prepare_cached(&format!(
                    "SELECT {EVENT_COLUMNS} FROM events WHERE stream = ?1 AND version > ?2 \
                     ORDER BY version LIMIT ?3"
                ))
                .map_err(map_err)?;
            let rows = stmt
                .query_map(
                    (stream.as_str(), to_i64(after), to_i64(limit as u64)),
                    row_to_event,
                )
                .map_err(map_err)?;
            rows.collect::<Result<Vec<_>, _>>().map_err(map_err)
        })
        .await
    }
}

/// The pool as a page reader for subscriptions.
pub(crate) struct PoolPages(pub Arc<ReaderPool>);

impl PageReader for PoolPages {
    fn read_page(
        &self,
        after: Position,
        limit: usize,
    ) -> BoxFuture<'_, Result<Vec<RecordedEvent>, StoreError>> {
        Box::pin(self.0.read_all(after, limit))
    }
}
