//! Reads: a small fixed set of connections, used round-robin. A tokio-postgres client
//! pipelines concurrent queries, so a few connections serve many readers; a broken connection
//! is replaced on its next use.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use futures::future::BoxFuture;
use tokio_postgres::{Client, Config, Row, Statement};

use super::{connect, map_err, sql};
use crate::error::StoreError;
use crate::port::{EventMetadata, Position, RecordedEvent, StreamName};
use crate::subscription::PageReader;

struct ReadConn {
    client: Client,
    read_all: Statement,
    read_stream: Statement,
    head: Statement,
}

/// The reader connections of one store.
pub(crate) struct Readers {
    config: Config,
    slots: Vec<tokio::sync::Mutex<Option<Arc<ReadConn>>>>,
    next: AtomicUsize,
    closed: AtomicBool,
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn decode(row: &Row) -> Result<RecordedEvent, StoreError> {
    let bad = |e: tokio_postgres::Error| StoreError::Unavailable(format!("bad row: {e}"));
    let stream: String = row.try_get(2).map_err(bad)?;
    Ok(RecordedEvent {
        position: Position(row.try_get::<_, i64>(0).map_err(bad)? as u64),
        event_id: row.try_get(1).map_err(bad)?,
        stream: StreamName::parse(stream)?,
        version: row.try_get::<_, i64>(3).map_err(bad)? as u64,
        event_type: row.try_get(4).map_err(bad)?,
        schema_version: row.try_get::<_, i32>(5).map_err(bad)? as u32,
        metadata: EventMetadata {
            occurred_at: row.try_get(6).map_err(bad)?,
            actor_person: row.try_get(7).map_err(bad)?,
            actor_organization: row.try_get(8).map_err(bad)?,
            causation_id: row.try_get(9).map_err(bad)?,
            correlation_id: row.try_get(10).map_err(bad)?,
            recorded_at: row.try_get(12).map_err(bad)?,
        },
        data: row.try_get(11).map_err(bad)?,
    })
}

impl Readers {
    pub(crate) fn new(config: Config, size: usize) -> Self {
        Self {
            config,
            slots: (0..size.max(1))
                .map(|_| tokio::sync::Mutex::new(None))
                .collect(),
            next: AtomicUsize::new(0),
            closed: AtomicBool::new(false),
        }
    }

    async fn get(&self) -> Result<Arc<ReadConn>, StoreError> {
        if self.closed.load(Ordering::Acquire) {
            return Err(StoreError::Closed);
        }
        let i = self.next.fetch_add(1, Ordering::Relaxed) % self.slots.len();
        let mut slot = self.slots[i].lock().await;
        if let Some(conn) = slot.as_ref().filter(|c| !c.client.is_closed()) {
            return Ok(Arc::clone(conn));
        }
        let client = connect(&self.config).await?;
        let conn = Arc::new(ReadConn {
            read_all: client.prepare(sql::READ_ALL).await.map_err(map_err)?,
            read_stream: client.prepare(sql::READ_STREAM).await.map_err(map_err)?,
            head: client.prepare(sql::HEAD).await.map_err(map_err)?,
            client,
        });
        *slot = Some(Arc::clone(&conn));
        Ok(conn)
    }

    pub(crate) async fn close(&self) {
        self.closed.store(true, Ordering::Release);
        for slot in &self.slots {
            slot.lock().await.take();
        }
    }

    pub(crate) async fn read_all(
        &self,
        after: Position,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let conn = self.get().await?;
        let rows = conn
            .client
            .query(&conn.read_all, &[&to_i64(after.0), &to_i64(limit as u64)])
            .await
            .map_err(map_err)?;
        rows.iter().map(decode).collect()
    }

    pub(crate) async fn read_stream(
        &self,
        stream: StreamName,
        after: u64,
        limit: usize,
    ) -> Result<Vec<RecordedEvent>, StoreError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let conn = self.get().await?;
        let rows = conn
            .client
            .query(
                &conn.read_stream,
                &[&stream.as_str(), &to_i64(after), &to_i64(limit as u64)],
            )
            .await
            .map_err(map_err)?;
        rows.iter().map(decode).collect()
    }

    pub(crate) async fn head(&self) -> Result<Position, StoreError> {
        let conn = self.get().await?;
        let row = conn
            .client
            .query_one(&conn.head, &[])
            .await
            .map_err(map_err)?;
        Ok(Position(row.try_get::<_, i64>(0).map_err(map_err)? as u64))
    }
}

impl PageReader for Readers {
    fn read_page(
        &self,
        after: Position,
        limit: usize,
    ) -> BoxFuture<'_, Result<Vec<RecordedEvent>, StoreError>> {
        Box::pin(self.read_all(after, limit))
    }
}
