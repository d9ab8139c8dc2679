//! Keeps the WAL bounded without ever checkpointing on the writer's connection (SQLite's
//! automatic checkpoint runs inline in the committing call and makes the latency tail).
//!
//! A separate thread with its own connection runs `PRAGMA wal_checkpoint(PASSIVE)` shortly
//! after commits: PASSIVE never waits for the writer or readers; it copies the committed WAL
//! frames into the database file and fsyncs it. But SQLite starts the WAL over from its
//! beginning only when a write transaction begins with *every* frame copied — under continuous
//! load the writer has always appended a few more frames by the time PASSIVE finishes, so the
//! WAL would grow without bound. Hence, once the WAL holds more than [`RESET_FRAMES`], the
//! checkpointer briefly takes the writer's gate (between two batches), runs a second PASSIVE
//! checkpoint that only has to copy the few frames committed during the first, and releases
//! it: the next batch then restarts the WAL. The writer waits for that short copy only, never
//! for the bulk. A `TRUNCATE` checkpoint is the last resort if the WAL still grows past
//! [`TRUNCATE_FRAMES`] (e.g. a reader pinning an old snapshot).

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use super::schema;
use super::writer::WriterShared;

/// How often the checkpointer looks for new commits.
const INTERVAL: Duration = Duration::from_millis(20);
/// WAL frames (pages) after which the checkpointer finishes a checkpoint between two batches
/// so that the WAL starts over (~16 MiB).
const RESET_FRAMES: i64 = 4096;
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
        let passive = || {
            conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
                Ok((r.get::<_, i64>(1)?, r.get::<_, i64>(2)?))
            })
        };
        let mut frames = passive();
        if let Ok((log, _)) = frames
            && log > RESET_FRAMES
        {
            let _gate = shared.gate.lock().unwrap_or_else(|p| p.into_inner());
            frames = passive();
        }
        match frames {
            Ok((log, done)) if log > TRUNCATE_FRAMES && done < log => {
                if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())) {
                    tracing::warn!(error = %e, "sqlite TRUNCATE checkpoint failed");
                }
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "sqlite checkpoint failed"),
        }
    }
}
