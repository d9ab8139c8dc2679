//! Keeps the WAL bounded without ever checkpointing on the writer's connection (SQLite's
//! automatic checkpoint runs inline in the committing call and makes the latency tail).
//!
//! A separate thread with its own connection runs `PRAGMA wal_checkpoint(PASSIVE)` shortly
//! after commits: PASSIVE never waits for the writer or readers, copies what it can into the
//! database file and fsyncs it; once everything is copied the writer starts the WAL over from
//! its beginning, so the file stops growing. Only if the WAL still grows past a large bound
//! (readers pinning old snapshots under heavy load) does it run a `TRUNCATE` checkpoint, which
//! briefly waits for the writer.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use super::schema;
use super::writer::WriterShared;

/// How often the checkpointer looks for new commits.
const INTERVAL: Duration = Duration::from_millis(100);
/// WAL frames (pages) after which a blocking TRUNCATE checkpoint is forced (~256 MiB).
const TRUNCATE_FRAMES: i64 = 65_536;

/// Runs until `stop` is signalled or dropped.
pub(crate) fn run(path: PathBuf, shared: Arc<WriterShared>, stop: Receiver<()>) {
    let conn = match schema::open_checkpointer(&path) {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "sqlite checkpointer could not open the database");
            return;
        }
    };
    let mut seen = shared.commits.load(Ordering::Relaxed);
    loop {
        match stop.recv_timeout(INTERVAL) {
            Err(RecvTimeoutError::Timeout) => {}
            Ok(()) | Err(RecvTimeoutError::Disconnected) => return,
        }
        let commits = shared.commits.load(Ordering::Relaxed);
        if commits == seen {
            continue;
        }
        seen = commits;
        let frames = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
            Ok((r.get::<_, i64>(1)?, r.get::<_, i64>(2)?))
        });
        match frames {
            Ok((log, _)) if log > TRUNCATE_FRAMES => {
                if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())) {
                    tracing::warn!(error = %e, "sqlite TRUNCATE checkpoint failed");
                }
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "sqlite checkpoint failed"),
        }
    }
}
