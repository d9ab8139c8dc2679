//! The embedded default adapter: one SQLite file in a data directory, no server.
//!
//! - WAL journal with `synchronous = FULL`: an acknowledged append is fsync'd and survives power
//!   loss.
//! - [`writer`]: a single writer thread with group commit (one transaction and one fsync for all
//!   pending appends, each caller still gets its own result).
//! - [`reader`]: a small pool of read-only connections.
//! - [`checkpoint`]: WAL checkpoints on their own connection and thread.
//! - [`schema`]: file identification (`application_id`), versioned schema and migrations.
//!
//! Positions are SQLite rowids assigned by the single writer, so commit order is position order
//! and the global feed has no gaps to worry about.

mod backfill;
mod checkpoint;
mod reader;
mod schema;
mod writer;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use futures::future::BoxFuture;
use tokio::sync::{mpsc, oneshot, watch};

use crate::error::StoreError;
use crate::port::{
    AppendResult, EventStore, EventStream, ExpectedVersion, IdClaim, NewEvent, Position,
    RecordedEvent, RefusedClaim, StreamName, StreamVersion,
};
use crate::prepare::prepare;
use crate::subscription;

/// File name of the store inside a data directory.
pub const FILE_NAME: &str = "samraad-events.sqlite3";

/// Pending appends the writer queue holds before callers wait (back-pressure).
const QUEUE: usize = 8192;
/// Read-only connections.
const READERS: usize = 4;

/// Options for [`SqliteStore::open_with`].
#[derive(Clone, Debug, Default)]
pub struct SqliteOptions {
    /// A storage quota in database pages (4 KiB each): appends beyond it fail with
    /// [`StoreError::StorageFull`], exactly as on a full disk. `None`: no quota.
    pub max_pages: Option<u64>,
}

struct Running {
    writer: JoinHandle<()>,
    checkpointer: JoinHandle<()>,
    stop_checkpointer: std::sync::mpsc::Sender<()>,
}

/// The SQLite event store. Open once per file and share it behind an `Arc`.
pub struct SqliteStore {
    path: PathBuf,
    max_pages: Option<u64>,
    appends: Mutex<Option<mpsc::Sender<writer::AppendRequest>>>,
    reader: Arc<reader::ReaderPool>,
    head: watch::Receiver<u64>,
    running: Mutex<Option<Running>>,
}

/// Where the database file lives for `path`: a directory (existing, or a new path without a
/// file extension) holds [`FILE_NAME`]; anything else is the file itself.
fn resolve(path: &Path) -> Result<PathBuf, StoreError> {
    let io = |e: std::io::Error| StoreError::Unavailable(format!("{}: {e}", path.display()));
    if path.is_dir() {
        return Ok(path.join(FILE_NAME));
    }
    if !path.exists() && path.extension().is_none() {
        std::fs::create_dir_all(path).map_err(io)?;
        return Ok(path.join(FILE_NAME));
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    Ok(path.to_path_buf())
}

impl SqliteStore {
    /// Opens (creating if needed) the store at `path`: a data directory (the file
    /// [`FILE_NAME`] inside it) or a database file path.
    ///
    /// Fails with [`StoreError::NotAnEventStore`] for a foreign or corrupt file, which is left
    /// untouched. Must be called within a Tokio runtime only for later use of the store; opening
    /// itself is synchronous (a few milliseconds of file IO).
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        Self::open_with(path, SqliteOptions::default())
    }

    /// [`SqliteStore::open`] with options.
    pub fn open_with(path: impl AsRef<Path>, options: SqliteOptions) -> Result<Self, StoreError> {
        let path = resolve(path.as_ref())?;
        let conn = schema::open_writer(&path, options.max_pages)?;
        let head: i64 = conn
            .query_row("SELECT coalesce(max(position), 0) FROM events", [], |r| {
                r.get(0)
            })
            .map_err(schema::map_err)?;
        let (head_tx, head_rx) = watch::channel(head as u64);
        let shared = Arc::new(writer::WriterShared {
            head: head_tx,
            commits: AtomicU64::new(0),
            gate: Mutex::new(()),
        });
        let (tx, rx) = mpsc::channel(QUEUE);
        let writer = {
            let shared = Arc::clone(&shared);
            std::thread::Builder::new()
                .name("samraad-sqlite-writer".into())
                .spawn(move || writer::run(conn, rx, shared))
                .map_err(|e| StoreError::Unavailable(format!("cannot start writer: {e}")))?
        };
        let (stop_tx, stop_rx) = std::sync::mpsc::channel();
        let checkpointer = {
            let path = path.clone();
            std::thread::Builder::new()
                .name("samraad-sqlite-checkpoint".into())
                .spawn(move || checkpoint::run(path, shared, stop_rx))
                .map_err(|e| StoreError::Unavailable(format!("cannot start checkpointer: {e}")))?
        };
        Ok(Self {
            reader: Arc::new(reader::ReaderPool::new(path.clone(), READERS)),
            path,
            max_pages: options.max_pages,
            appends: Mutex::new(Some(tx)),
            head: head_rx,
            running: Mutex::new(Some(Running {
                writer,
                checkpointer,
                stop_checkpointer: stop_tx,
            })),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn sender(&self) -> Result<mpsc::Sender<writer::AppendRequest>, StoreError> {
        self.appends
            .lock()
            .ok()
            .and_then(|s| s.clone())
            .ok_or(StoreError::Closed)
    }

    async fn do_append(
        &self,
        stream: StreamName,
        expected: ExpectedVersion,
        events: Vec<NewEvent>,
    ) -> Result<AppendResult, StoreError> {
        let events = prepare(events)?;
        let sender = self.sender()?;
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
        // Dropping the only sender ends the writer loop once queued appends are done.
        if let Ok(mut s) = self.appends.lock() {
            s.take();
        }
        let running = self.running.lock().ok().and_then(|mut r| r.take());
        if let Some(running) = running {
            let _ = running.stop_checkpointer.send(());
            let _ = tokio::task::spawn_blocking(move || {
                let _ = running.checkpointer.join();
                let _ = running.writer.join();
            })
            .await;
        }
        self.reader.close();
    }
}

impl Drop for SqliteStore {
    fn drop(&mut self) {
        // Without an explicit close, the threads finish on their own once the sender is gone.
        if let Some(running) = self.running.get_mut().ok().and_then(|r| r.take()) {
            let _ = running.stop_checkpointer.send(());
        }
    }
}

impl EventStore for SqliteStore {
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
        Box::pin(self.reader.read_stream(stream, after, limit))
    }

    fn read_all(
        &self,
        after: Position,
        limit: usize,
    ) -> BoxFuture<'_, Result<Vec<RecordedEvent>, StoreError>> {
        Box::pin(self.reader.read_all(after, limit))
    }

    fn subscribe_all(&self, after: Position) -> EventStream {
        subscription::subscribe(
            Arc::new(reader::PoolPages(Arc::clone(&self.reader))),
            self.head.clone(),
            after,
        )
    }

    fn head(&self) -> BoxFuture<'_, Result<Position, StoreError>> {
        let head = *self.head.borrow();
        Box::pin(async move { Ok(Position(head)) })
    }

    fn id_index_incomplete(&self) -> BoxFuture<'_, Result<bool, StoreError>> {
        let path = self.path.clone();
        Box::pin(blocking(move || backfill::incomplete(&path)))
    }

    fn backfill_claims(
        &self,
        claims: Vec<(StreamName, IdClaim)>,
    ) -> BoxFuture<'_, Result<Vec<RefusedClaim>, StoreError>> {
        let path = self.path.clone();
        Box::pin(blocking(move || backfill::backfill(&path, claims)))
    }

    fn mark_id_index_complete(&self) -> BoxFuture<'_, Result<(), StoreError>> {
        let path = self.path.clone();
        Box::pin(blocking(move || backfill::mark_complete(&path)))
    }

    fn check_writable(&self) -> BoxFuture<'_, Result<(), StoreError>> {
        let (path, max_pages) = (self.path.clone(), self.max_pages);
        Box::pin(async move { blocking(move || probe_writable(&path, max_pages)).await })
    }

    fn close(&self) -> BoxFuture<'_, ()> {
        Box::pin(self.do_close())
    }
}

/// Runs file IO of the store off the async runtime.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| StoreError::Unavailable(format!("store task failed: {e}")))?
}

/// Room for an append: under the quota (if any) with a margin, and the file system takes
/// (and syncs) a small probe file beside the database.
fn probe_writable(path: &Path, max_pages: Option<u64>) -> Result<(), StoreError> {
    const MARGIN_PAGES: u64 = 64;
    const PROBE: usize = 256 * 1024;
    if let Some(max) = max_pages {
        let conn = schema::open_reader(path)?;
        let pages: i64 = conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .map_err(schema::map_err)?;
        if (pages.max(0) as u64).saturating_add(MARGIN_PAGES) >= max {
            return Err(StoreError::StorageFull);
        }
    }
    let probe = path.with_extension("probe");
    let written = (|| {
        use std::io::Write;
        let mut file = std::fs::File::create(&probe)?;
        file.write_all(&vec![0u8; PROBE])?;
        file.sync_all()
    })();
    let _ = std::fs::remove_file(&probe);
    written.map_err(|e| match e.kind() {
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
            StoreError::StorageFull
        }
        _ => StoreError::Unavailable(format!("{}: {e}", probe.display())),
    })
}
