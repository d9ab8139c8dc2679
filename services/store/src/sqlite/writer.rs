//! The single writer: a std thread that owns the read-write connection and commits appends
//! with **group commit**. It blocks for the first pending append, drains every other pending
//! append (up to a bound), runs each inside its own savepoint in one `BEGIN IMMEDIATE`
//! transaction, commits once — one WAL fsync for the whole batch — and only then answers each
//! caller with its own result. A stale expected version or a bad retry rolls back only that
//! append's savepoint; its batch-mates still commit. (A one-event append needs no savepoint:
//! its single INSERT is atomic by itself, and every check happens before it.)

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension};
use tokio::sync::{mpsc, oneshot, watch};

use super::schema::map_err;
use crate::error::StoreError;
use crate::port::{AppendResult, ExpectedVersion, Position, StreamName};
use crate::prepare::{Claimed, Decision, PreparedEvent, StoredAt, check_claims, decide};

/// Most appends committed in one transaction.
const MAX_BATCH_APPENDS: usize = 1024;
/// Most events committed in one transaction (a batch closes once it has this many).
const MAX_BATCH_EVENTS: usize = 8192;

/// One caller's append, waiting for the writer.
pub(crate) struct AppendRequest {
    pub stream: StreamName,
    pub expected: ExpectedVersion,
    pub events: Vec<PreparedEvent>,
    pub reply: oneshot::Sender<Result<AppendResult, StoreError>>,
}

/// State shared between the writer and the rest of the store.
pub(crate) struct WriterShared {
    /// The last committed position; bumped after every commit (wakes subscribers).
    pub head: watch::Sender<u64>,
    /// Number of committed batches (the checkpointer looks at it).
    pub commits: AtomicU64,
    /// Held by the writer for each batch transaction; the checkpointer takes it for a moment
    /// to finish a checkpoint between two batches, so the WAL can start over (see checkpoint).
    pub gate: Mutex<()>,
}

/// Stream versions known to the writer, so that the common append needs no version lookup.
/// Valid only while no other connection writes the file: checked with `PRAGMA data_version`
/// at the start of every batch (it changes only when *another* connection commits).
struct VersionCache {
    committed: HashMap<String, u64>,
    data_version: Option<i64>,
}

/// Entries kept before the cache is cleared (a bound on memory).
const CACHE_LIMIT: usize = 500_000;

/// Runs the writer loop until every sender is dropped. Owns the connection.
pub(crate) fn run(
    conn: Connection,
    mut requests: mpsc::Receiver<AppendRequest>,
    shared: Arc<WriterShared>,
) {
    let mut cache = VersionCache {
        committed: HashMap::new(),
        data_version: None,
    };
    let mut batch: Vec<AppendRequest> = Vec::with_capacity(MAX_BATCH_APPENDS);
    while let Some(first) = requests.blocking_recv() {
        let mut events = first.events.len();
        batch.push(first);
        while batch.len() < MAX_BATCH_APPENDS && events < MAX_BATCH_EVENTS {
            match requests.try_recv() {
                Ok(r) => {
                    events += r.events.len();
                    batch.push(r);
                }
                Err(_) => break,
            }
        }
        let results = {
            let _gate = shared.gate.lock().unwrap_or_else(|p| p.into_inner());
            commit_batch(&conn, &batch, &mut cache)
        };
        let head = results
            .iter()
            .filter_map(|r| r.as_ref().ok().map(|a| a.last_position.0))
            .max();
        if let Some(head) = head {
            shared.head.send_if_modified(|h| {
                if head > *h {
                    *h = head;
                    true
                } else {
                    false
                }
            });
            shared.commits.fetch_add(1, Ordering::Relaxed);
        }
        for (request, result) in batch.drain(..).zip(results) {
            // The caller may have given up waiting; the append stands either way.
            let _ = request.reply.send(result);
        }
    }
    // Leave a small WAL behind on a clean shutdown.
    let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
}

/// Commits one batch; returns one result per request, in order.
fn commit_batch(
    conn: &Connection,
    batch: &[AppendRequest],
    cache: &mut VersionCache,
) -> Vec<Result<AppendResult, StoreError>> {
    let all = |e: StoreError| batch.iter().map(|_| Err(e.clone())).collect();
    if let Err(e) = conn.execute_batch("BEGIN IMMEDIATE") {
        return all(map_err(e));
    }
    match conn.query_row("PRAGMA data_version", [], |r| r.get::<_, i64>(0)) {
        Ok(v) if cache.data_version == Some(v) => {}
        Ok(v) => {
            cache.committed.clear();
            cache.data_version = Some(v);
        }
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            return all(map_err(e));
        }
    }
    if cache.committed.len() > CACHE_LIMIT {
        cache.committed.clear();
    }
    // Versions written by this batch, merged into the cache only once committed.
    let mut pending: HashMap<&str, u64> = HashMap::new();
    let mut results = Vec::with_capacity(batch.len());
    for request in batch {
        let stream = request.stream.as_str();
        let known = pending
            .get(stream)
            .or_else(|| cache.committed.get(stream))
            .copied();
        // A single INSERT is atomic by itself; several (events or id claims) need a savepoint.
        let savepoint =
            request.events.len() > 1 || request.events.iter().any(|e| !e.claims.is_empty());
        if savepoint && let Err(e) = exec(conn, "SAVEPOINT append") {
            let _ = conn.execute_batch("ROLLBACK");
            return all(e);
        }
        match append_one(conn, request, known) {
            Ok((result, written)) => {
                if savepoint && let Err(e) = exec(conn, "RELEASE append") {
                    let _ = conn.execute_batch("ROLLBACK");
                    return all(e);
                }
                if let Some(version) = written {
                    pending.insert(stream, version);
                }
                results.push(Ok(result));
            }
            Err(e) => {
                if conn.is_autocommit() {
                    // SQLite rolled the whole transaction back (e.g. disk full): nothing of
                    // this batch is stored.
                    return all(e);
                }
                if savepoint {
                    let undo = exec(conn, "ROLLBACK TO append")
                        .and_then(|()| exec(conn, "RELEASE append"));
                    if let Err(undo) = undo {
                        let _ = conn.execute_batch("ROLLBACK");
                        return all(undo);
                    }
                }
                results.push(Err(e));
            }
        }
    }
    if let Err(e) = conn.execute_batch("COMMIT") {
        let e = map_err(e);
        let _ = conn.execute_batch("ROLLBACK");
        cache.committed.clear();
        return all(e);
    }
    for (stream, version) in pending {
        cache.committed.insert(stream.to_owned(), version);
    }
    results
}

fn exec(conn: &Connection, sql: &str) -> Result<(), StoreError> {
    conn.prepare_cached(sql)
        .and_then(|mut s| s.execute([]))
        .map(|_| ())
        .map_err(map_err)
}

fn to_i64(v: u64) -> Result<i64, StoreError> {
    i64::try_from(v).map_err(|_| StoreError::InvalidAppend {
        reason: format!("{v} is out of range"),
    })
}

/// Appends one request inside the batch's transaction. `known` is the stream's version if the
/// writer knows it. Returns the result and the stream's new version if events were written.
fn append_one(
    conn: &Connection,
    request: &AppendRequest,
    known: Option<u64>,
) -> Result<(AppendResult, Option<u64>), StoreError> {
    let stream = request.stream.as_str();
    let mut stored = Vec::with_capacity(request.events.len());
    {
        let mut by_id = conn
            .prepare_cached("SELECT version, position FROM events WHERE event_id = ?1")
            .map_err(map_err)?;
        for event in &request.events {
            let at = by_id
                .query_row([&event.event_id.as_bytes()[..]], |r| {
                    Ok(StoredAt {
                        version: r.get::<_, i64>(0)? as u64,
                        position: r.get::<_, i64>(1)? as u64,
                    })
                })
                .optional()
                .map_err(map_err)?;
            stored.push(at);
        }
    }
    let current: u64 = match known {
        Some(v) => v,
        None => conn
            .prepare_cached(
                "SELECT version FROM events WHERE stream = ?1 ORDER BY version DESC LIMIT 1",
            )
            .and_then(|mut s| s.query_row([stream], |r| r.get::<_, i64>(0)).optional())
            .map_err(map_err)?
            .map_or(0, |v| v as u64),
    };
    match decide(stream, request.expected, &stored, current)? {
        Decision::Duplicate(result) => Ok((result, None)),
        Decision::Append => {
            let claims = {
                let mut claimed = conn
                    .prepare_cached("SELECT kind, shared FROM entity_ids WHERE id = ?1")
                    .map_err(map_err)?;
                let mut found = |id: &uuid::Uuid| {
                    claimed
                        .query_row([&id.as_bytes()[..]], |r| {
                            Ok(Claimed {
                                kind: r.get(0)?,
                                shared: r.get::<_, i64>(1)? != 0,
                            })
                        })
                        .optional()
                };
                // Looked up first: a refused claim leaves nothing to undo.
                let mut existing = HashMap::new();
                for claim in request.events.iter().flat_map(|e| &e.claims) {
                    if let Some(c) = found(&claim.id).map_err(map_err)? {
                        existing.insert(claim.id, c);
                    }
                }
                check_claims(&request.events, |id| existing.get(id).cloned())?
            };
            let mut insert = conn
                .prepare_cached(
                    "INSERT INTO events (event_id, stream, version, event_type, schema_version, \
                     occurred_at, actor_person, actor_organization, causation_id, \
                     correlation_id, data, recorded_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                )
                .map_err(map_err)?;
            let mut version = current;
            let mut first = None;
            let mut last = 0;
            for event in &request.events {
                version += 1;
                let m = &event.metadata;
                insert
                    .execute(rusqlite::params![
                        &event.event_id.as_bytes()[..],
                        stream,
                        to_i64(version)?,
                        event.event_type,
                        i64::from(event.schema_version),
                        m.occurred_at.timestamp_micros(),
                        &m.actor_person.as_bytes()[..],
                        &m.actor_organization.as_bytes()[..],
                        &m.causation_id.as_bytes()[..],
                        &m.correlation_id.as_bytes()[..],
                        event.data,
                        m.recorded_at.map(|t| t.timestamp_micros()),
                    ])
                    .map_err(map_err)?;
                last = conn.last_insert_rowid() as u64;
                first.get_or_insert(last);
            }
            if !claims.is_empty() {
                let mut claim = conn
                    .prepare_cached(
                        "INSERT INTO entity_ids (id, kind, shared, stream) VALUES (?1, ?2, ?3, ?4) \
                         ON CONFLICT (id) DO NOTHING",
                    )
                    .map_err(map_err)?;
                for c in claims {
                    claim
                        .execute(rusqlite::params![
                            &c.id.as_bytes()[..],
                            c.kind,
                            i64::from(c.shared),
                            stream
                        ])
                        .map_err(map_err)?;
                }
            }
            Ok((
                AppendResult {
                    next_version: version,
                    first_position: Position(first.unwrap_or(last)),
                    last_position: Position(last),
                },
                Some(version),
            ))
        }
    }
}
