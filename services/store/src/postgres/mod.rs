//! The PostgreSQL adapter: many server replicas on one database.
//!
//! # Gap-free global order
//!
//! The classic bug: positions from a `bigserial` are taken at insert time but become visible
//! at commit time, so transaction A can take position 10, B position 11, B commits first, a
//! subscriber reads 11 and moves its checkpoint past 10 — then A commits and 10 is never
//! delivered.
//!
//! We solve it the way Marten's and disintegrate's stores do: **positions are assigned under a
//! lock that is held until commit**. Every append transaction first locks the single row of
//! `samraad_head` (`SELECT … FOR UPDATE`, [`sql::LOCK_HEAD`]), takes positions `head + 1 …`
//! and writes the new head in the same transaction. The row lock is released only when the
//! transaction ends, so the next writer's positions are always greater *and* it commits later:
//! position order is commit order and any snapshot that sees position `p` sees every position
//! below `p`. A subscriber can then simply read `position > last_seen`; a transaction that
//! rolls back gives its positions back (no holes), and the head row doubles as `head()`.
//!
//! Why not the alternatives: Message DB's `pg_snapshot_xmin` filter keeps writers concurrent
//! but only hides events of in-flight transactions — with positions from a sequence it still
//! needs ordering by transaction id to be correct, which makes `position > x` checkpoints
//! subtle; Commanded's approach also serialises on a lock (of the `streams` row of `$all`).
//! Serialising is cheap here because each process batches its concurrent appends into one
//! transaction (group commit, see `writer`): the lock is taken once per batch, not per append,
//! and held for about one commit fsync.
//!
//! Live delivery to every replica: each commit runs `pg_notify` (delivered at commit); each
//! store LISTENs on its own connection and wakes its subscribers, which re-read from their
//! last delivered position (never trusting payloads).

mod backfill;
mod listener;
mod readers;
mod schema;
pub mod sql;
mod writer;

use std::sync::{Arc, Mutex};

use futures::future::BoxFuture;
use tokio::sync::{mpsc, oneshot, watch};
use tokio::task::JoinHandle;
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, Config, NoTls};

use crate::error::StoreError;
use crate::port::{
    AppendResult, EventStore, EventStream, ExpectedVersion, IdClaim, NewEvent, Position,
    RecordedEvent, RefusedClaim, StreamName, StreamVersion,
};
use crate::prepare::prepare;
use crate::subscription;

/// Pending appends queued for the writer before callers wait.
const QUEUE: usize = 8192;
/// Reader connections per store.
const READERS: usize = 4;

/// Maps a PostgreSQL error to the port's error.
pub(crate) fn map_err(e: tokio_postgres::Error) -> StoreError {
    match e.code() {
        Some(c) if *c == SqlState::DISK_FULL || *c == SqlState::OUT_OF_MEMORY => {
            StoreError::StorageFull
        }
        Some(c) if *c == SqlState::UNDEFINED_TABLE || *c == SqlState::UNDEFINED_COLUMN => {
            StoreError::NotAnEventStore {
                reason: e.to_string(),
            }
        }
        _ => StoreError::Unavailable(format!("postgres: {e}")),
    }
}

/// Opens a connection and drives it on a background task.
pub(crate) async fn connect(config: &Config) -> Result<Client, StoreError> {
    let (client, connection) = config.connect(NoTls).await.map_err(map_err)?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            tracing::debug!(error = %e, "postgres connection closed");
        }
    });
    Ok(client)
}

/// The PostgreSQL event store. One per process; share it behind an `Arc`.
pub struct PostgresStore {
    config: Config,
    appends: Mutex<Option<mpsc::Sender<writer::AppendRequest>>>,
    readers: Arc<readers::Readers>,
    wake: watch::Receiver<u64>,
    tasks: Mutex<Vec<JoinHandle<()>>>,
}

impl PostgresStore {
    /// Connects to `url` (`postgres://user:pass@host:port/db` or `host=… dbname=…`; no TLS),
    /// applies pending schema migrations (safe when replicas start together) and starts the
    /// writer and the LISTEN connection. Must be called within a Tokio runtime.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let config: Config = url
            .parse()
            .map_err(|e| StoreError::Unavailable(format!("bad database url: {e}")))?;
        let mut client = connect(&config).await?;
        schema::migrate(&mut client).await?;
        drop(client);

        let (wake_tx, wake_rx) = watch::channel(0u64);
        let wake_tx = Arc::new(wake_tx);
        let (tx, rx) = mpsc::channel(QUEUE);
        let writer = tokio::spawn(writer::run(config.clone(), rx, Arc::clone(&wake_tx)));
        let listener = tokio::spawn(listener::run(config.clone(), wake_tx));
        Ok(Self {
            config: config.clone(),
            appends: Mutex::new(Some(tx)),
            readers: Arc::new(readers::Readers::new(config, READERS)),
            wake: wake_rx,
            tasks: Mutex::new(vec![writer, listener]),
        })
    }

    async fn do_append(
        &self,
        stream: StreamName,
        expected: ExpectedVersion,
        events: Vec<NewEvent>,
    ) -> Result<AppendResult, StoreError> {
        let events = prepare(events)?;
        let sender = self
            .appends
            .lock()
            .ok()
            .and_then(|s| s.clone())
            .ok_or(StoreError::Closed)?;
        let (reply, result) = oneshot::channel();
        sender
            .send(writer::AppendRequest {
                stream,
                expected,
                events,
                reply,
            })
            .await
            .map_err(|_| StoreError::Closed)?;
        drop(sender);
        result.await.map_err(|_| StoreError::Closed)?
    }

    async fn do_close(&self) {
        if let Ok(mut s) = self.appends.lock() {
            s.take();
        }
        let tasks: Vec<JoinHandle<()>> = self
            .tasks
            .lock()
            .map(|mut t| t.drain(..).collect())
            .unwrap_or_default();
        let mut tasks = tasks.into_iter();
        // The writer (first) finishes the queued appends; the listener is stopped.
        if let Some(writer) = tasks.next() {
            let _ = writer.await;
        }
        for task in tasks {
            task.abort();
            let _ = task.await;
        }
        self.readers.close().await;
    }
}

impl Drop for PostgresStore {
    fn drop(&mut self) {
        if let Ok(tasks) = self.tasks.get_mut() {
            for task in tasks.drain(..).skip(1) {
                task.abort();
            }
        }
    }
}

impl EventStore for PostgresStore {
    fn append(
        &self,
        stream: StreamName,
        expected: ExpectedVersion,
        events: Vec<NewEvent>,
    ) -> BoxFuture<'_, Result<AppendResult, StoreError>> {
        Box::pin(self.do_append(stream, expected, events))
    }

    fn read_stream(
        &self,
        stream: StreamName,
        after: StreamVersion,
        limit: usize,
    ) -> BoxFuture<'_, Result<Vec<RecordedEvent>, StoreError>> {
        Box::pin(self.readers.read_stream(stream, after, limit))
    }

    fn read_all(
        &self,
        after: Position,
        limit: usize,
    ) -> BoxFuture<'_, Result<Vec<RecordedEvent>, StoreError>> {
        Box::pin(self.readers.read_all(after, limit))
    }

    fn subscribe_all(&self, after: Position) -> EventStream {
        subscription::subscribe(Arc::clone(&self.readers), self.wake.clone(), after)
    }

    fn head(&self) -> BoxFuture<'_, Result<Position, StoreError>> {
        Box::pin(self.readers.head())
    }

    fn id_index_incomplete(&self) -> BoxFuture<'_, Result<bool, StoreError>> {
        Box::pin(backfill::incomplete(&self.config))
    }

    fn backfill_claims(
        &self,
        claims: Vec<(StreamName, IdClaim)>,
    ) -> BoxFuture<'_, Result<Vec<RefusedClaim>, StoreError>> {
        Box::pin(backfill::backfill(&self.config, claims))
    }

    fn mark_id_index_complete(&self) -> BoxFuture<'_, Result<(), StoreError>> {
        Box::pin(backfill::mark_complete(&self.config))
    }

    fn close(&self) -> BoxFuture<'_, ()> {
        Box::pin(self.do_close())
    }
}
