//! The per-process writer: batches concurrent appends of this process into one transaction
//! (group commit) while keeping per-append semantics, with three pipelined round trips:
//!
//! 1. `BEGIN; LOCK_HEAD` — waits for the position lock (other replicas' batches).
//! 2. `STREAM_VERSIONS` + `EVENTS_BY_ID` — with a snapshot taken after the lock, so exact.
//! 3. `INSERT_EVENTS` + `SET_HEAD` + `NOTIFY` + `COMMIT`.
//!
//! Between 2 and 3 each append is decided in memory in arrival order ([`decide`]), exactly
//! as if appended one by one: a stale expected version fails only that append, an idempotent
//! retry (also one racing its original inside the same batch) gets the original result.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use tokio::sync::{mpsc, oneshot, watch};
use tokio_postgres::{Client, Config, SimpleQueryMessage, Statement};
use uuid::Uuid;

use super::{connect, map_err, sql};
use crate::error::StoreError;
use crate::port::{AppendResult, ExpectedVersion, Position, StreamName};
use crate::prepare::{Claimed, Decision, PreparedEvent, StoredAt, check_claims, decide};

/// Most appends per transaction.
const MAX_BATCH_APPENDS: usize = 1024;
/// Most events per transaction.
const MAX_BATCH_EVENTS: usize = 8192;

/// One caller's append.
pub(crate) struct AppendRequest {
    pub stream: StreamName,
    pub expected: ExpectedVersion,
    pub events: Vec<PreparedEvent>,
    pub reply: oneshot::Sender<Result<AppendResult, StoreError>>,
}

struct WriterConn {
    client: Client,
    stream_versions: Statement,
    by_id: Statement,
    claims_by_id: Statement,
    insert: Statement,
    insert_claims: Statement,
    set_head: Statement,
    notify: Statement,
}

async fn open(config: &Config) -> Result<WriterConn, StoreError> {
    let client = connect(config).await?;
    Ok(WriterConn {
        stream_versions: client
            .prepare(sql::STREAM_VERSIONS)
            .await
            .map_err(map_err)?,
        by_id: client.prepare(sql::EVENTS_BY_ID).await.map_err(map_err)?,
        claims_by_id: client.prepare(sql::CLAIMS_BY_ID).await.map_err(map_err)?,
        insert: client.prepare(sql::INSERT_EVENTS).await.map_err(map_err)?,
        insert_claims: client.prepare(sql::INSERT_CLAIMS).await.map_err(map_err)?,
        set_head: client.prepare(sql::SET_HEAD).await.map_err(map_err)?,
        notify: client.prepare(sql::NOTIFY).await.map_err(map_err)?,
        client,
    })
}

/// Runs until every sender is dropped (or the task is aborted).
pub(crate) async fn run(
    config: Config,
    mut requests: mpsc::Receiver<AppendRequest>,
    wake: Arc<watch::Sender<u64>>,
) {
    let mut conn: Option<WriterConn> = None;
    let mut batch: Vec<AppendRequest> = Vec::with_capacity(MAX_BATCH_APPENDS);
    while let Some(first) = requests.recv().await {
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
        if conn.as_ref().is_none_or(|c| c.client.is_closed()) {
            conn = match open(&config).await {
                Ok(c) => Some(c),
                Err(e) => {
                    for request in batch.drain(..) {
                        let _ = request.reply.send(Err(e.clone()));
                    }
                    continue;
                }
            };
        }
        let Some(c) = conn.as_ref() else { continue };
        match commit_batch(c, &batch).await {
            Ok((results, head)) => {
                if let Some(head) = head {
                    wake.send_modify(|h| *h = (*h).max(head));
                }
                for (request, result) in batch.drain(..).zip(results) {
                    let _ = request.reply.send(result);
                }
            }
            Err(e) => {
                let _ = c.client.batch_execute("ROLLBACK").await;
                for request in batch.drain(..) {
                    let _ = request.reply.send(Err(e.clone()));
                }
            }
        }
    }
}

type BatchOutcome = (Vec<Result<AppendResult, StoreError>>, Option<u64>);

struct Rows<'a> {
    positions: Vec<i64>,
    ids: Vec<Uuid>,
    streams: Vec<&'a str>,
    versions: Vec<i64>,
    types: Vec<&'a str>,
    schema_versions: Vec<i32>,
    occurred: Vec<DateTime<Utc>>,
    persons: Vec<Uuid>,
    organizations: Vec<Uuid>,
    causations: Vec<Uuid>,
    correlations: Vec<Uuid>,
    data: Vec<&'a str>,
    recorded: Vec<Option<DateTime<Utc>>>,
    claim_ids: Vec<Uuid>,
    claim_kinds: Vec<&'a str>,
    claim_shared: Vec<bool>,
    claim_streams: Vec<&'a str>,
}

fn to_i64(v: u64) -> Result<i64, StoreError> {
    i64::try_from(v).map_err(|_| StoreError::Unavailable(format!("{v} is out of range")))
}

async fn commit_batch(c: &WriterConn, batch: &[AppendRequest]) -> Result<BatchOutcome, StoreError> {
    // 1: BEGIN and take the position lock, in one round trip.
    let messages = c
        .client
        .simple_query(&format!("BEGIN; {}", sql::LOCK_HEAD))
        .await
        .map_err(map_err)?;
    let head = messages
        .iter()
        .find_map(|m| match m {
            SimpleQueryMessage::Row(row) => row.get(0).and_then(|v| v.parse::<u64>().ok()),
            _ => None,
        })
        .ok_or_else(|| StoreError::NotAnEventStore {
            reason: "samraad_head has no row".into(),
        })?;

    // 2: what is stored, seen after the lock.
    let mut streams: Vec<&str> = batch.iter().map(|r| r.stream.as_str()).collect();
    streams.sort_unstable();
    streams.dedup();
    let ids: Vec<Uuid> = batch
        .iter()
        .flat_map(|r| r.events.iter().map(|e| e.event_id))
        .collect();
    let claimed_ids: Vec<Uuid> = batch
        .iter()
        .flat_map(|r| r.events.iter().flat_map(|e| e.claims.iter().map(|c| c.id)))
        .collect();
    let stream_params: [&(dyn tokio_postgres::types::ToSql + Sync); 1] = [&streams];
    let id_params: [&(dyn tokio_postgres::types::ToSql + Sync); 1] = [&ids];
    let claim_params: [&(dyn tokio_postgres::types::ToSql + Sync); 1] = [&claimed_ids];
    let (version_rows, id_rows, claim_rows) = futures::try_join!(
        c.client.query(&c.stream_versions, &stream_params),
        c.client.query(&c.by_id, &id_params),
        c.client.query(&c.claims_by_id, &claim_params),
    )
    .map_err(map_err)?;
    let mut claimed: HashMap<Uuid, Claimed> = HashMap::with_capacity(claim_rows.len());
    for row in &claim_rows {
        claimed.insert(
            row.try_get(0).map_err(map_err)?,
            Claimed {
                kind: row.try_get(1).map_err(map_err)?,
                shared: row.try_get(2).map_err(map_err)?,
            },
        );
    }
    let mut versions: HashMap<&str, u64> = HashMap::with_capacity(version_rows.len());
    for row in &version_rows {
        let stream: &str = row.try_get(0).map_err(map_err)?;
        let Some(version) = row.try_get::<_, Option<i64>>(1).map_err(map_err)? else {
            continue;
        };
        // Borrow the name from the batch so the map outlives the rows.
        if let Some(name) = streams.iter().find(|s| **s == stream) {
            versions.insert(name, version as u64);
        }
    }
    let mut stored: HashMap<Uuid, StoredAt> = HashMap::with_capacity(id_rows.len());
    for row in &id_rows {
        stored.insert(
            row.try_get(0).map_err(map_err)?,
            StoredAt {
                version: row.try_get::<_, i64>(1).map_err(map_err)? as u64,
                position: row.try_get::<_, i64>(2).map_err(map_err)? as u64,
            },
        );
    }

    // Decide each append in order, as if alone.
    let mut rows = Rows {
        positions: Vec::new(),
        ids: Vec::new(),
        streams: Vec::new(),
        versions: Vec::new(),
        types: Vec::new(),
        schema_versions: Vec::new(),
        occurred: Vec::new(),
        persons: Vec::new(),
        organizations: Vec::new(),
        causations: Vec::new(),
        correlations: Vec::new(),
        data: Vec::new(),
        recorded: Vec::new(),
        claim_ids: Vec::new(),
        claim_kinds: Vec::new(),
        claim_shared: Vec::new(),
        claim_streams: Vec::new(),
    };
    let mut position = head;
    let mut results = Vec::with_capacity(batch.len());
    for request in batch {
        let stream = request.stream.as_str();
        let found: Vec<Option<StoredAt>> = request
            .events
            .iter()
            .map(|e| stored.get(&e.event_id).copied())
            .collect();
        let current = versions.get(stream).copied().unwrap_or(0);
        let decided = decide(stream, request.expected, &found, current).and_then(|d| match d {
            Decision::Append => {
                check_claims(&request.events, |id| claimed.get(id).cloned()).map(|new| (d, new))
            }
            Decision::Duplicate(_) => Ok((d, Vec::new())),
        });
        match decided {
            Err(e) => results.push(Err(e)),
            Ok((Decision::Duplicate(original), _)) => results.push(Ok(original)),
            Ok((Decision::Append, new_claims)) => {
                for claim in new_claims {
                    claimed.insert(
                        claim.id,
                        Claimed {
                            kind: claim.kind.clone(),
                            shared: claim.shared,
                        },
                    );
                    rows.claim_ids.push(claim.id);
                    rows.claim_kinds.push(&claim.kind);
                    rows.claim_shared.push(claim.shared);
                    rows.claim_streams.push(stream);
                }
                let first = position + 1;
                let mut version = current;
                for event in &request.events {
                    position += 1;
                    version += 1;
                    let m = &event.metadata;
                    rows.positions.push(to_i64(position)?);
                    rows.ids.push(event.event_id);
                    rows.streams.push(stream);
                    rows.versions.push(to_i64(version)?);
                    rows.types.push(&event.event_type);
                    rows.schema_versions.push(event.schema_version as i32);
                    rows.occurred.push(m.occurred_at);
                    rows.persons.push(m.actor_person);
                    rows.organizations.push(m.actor_organization);
                    rows.causations.push(m.causation_id);
                    rows.correlations.push(m.correlation_id);
                    rows.data.push(&event.data);
                    rows.recorded.push(m.recorded_at);
                    stored.insert(event.event_id, StoredAt { version, position });
                }
                if let Some(name) = streams.iter().find(|s| **s == stream) {
                    versions.insert(name, version);
                }
                results.push(Ok(AppendResult {
                    next_version: version,
                    first_position: Position(first),
                    last_position: Position(position),
                }));
            }
        }
    }

    if rows.positions.is_empty() {
        c.client.batch_execute("COMMIT").await.map_err(map_err)?;
        return Ok((results, None));
    }
    // 3: write, move the head, notify, commit — pipelined. An insert error aborts the
    // transaction (the COMMIT then only rolls back) and is what try_join reports.
    let new_head = to_i64(position)?;
    let payload = position.to_string();
    let insert_params: [&(dyn tokio_postgres::types::ToSql + Sync); 13] = [
        &rows.positions,
        &rows.ids,
        &rows.streams,
        &rows.versions,
        &rows.types,
        &rows.schema_versions,
        &rows.occurred,
        &rows.persons,
        &rows.organizations,
        &rows.causations,
        &rows.correlations,
        &rows.data,
        &rows.recorded,
    ];
    let head_params: [&(dyn tokio_postgres::types::ToSql + Sync); 1] = [&new_head];
    let notify_params: [&(dyn tokio_postgres::types::ToSql + Sync); 1] = [&payload];
    let claims_params: [&(dyn tokio_postgres::types::ToSql + Sync); 4] = [
        &rows.claim_ids,
        &rows.claim_kinds,
        &rows.claim_shared,
        &rows.claim_streams,
    ];
    futures::try_join!(
        c.client.execute(&c.insert, &insert_params),
        c.client.execute(&c.insert_claims, &claims_params),
        c.client.execute(&c.set_head, &head_params),
        c.client.execute(&c.notify, &notify_params),
        c.client.batch_execute("COMMIT"),
    )
    .map_err(map_err)?;
    Ok((results, Some(position)))
}
