//! Shared helpers of the store's integration tests.
#![allow(dead_code, clippy::unwrap_used)]

use std::future::Future;
use std::sync::Arc;

use chrono::Utc;
use futures::StreamExt;
use samraad_store::{
    EventMetadata, EventStore, NewEvent, PostgresStore, RecordedEvent, SqliteStore, StoreError,
    StreamName,
};
use uuid::Uuid;

/// A fresh store of one adapter, reopenable (same file / same database).
pub trait Harness: Send + Sync + 'static {
    /// Opens (again) the store under test.
    fn open(&self) -> impl Future<Output = Arc<dyn EventStore>> + Send;
    /// Begins a transaction outside the store that appends one event to `stream` through the
    /// store's own SQL, and keeps it open until the returned handle is committed.
    fn hold_append(&self, stream: &str, event: NewEvent) -> impl Future<Output = Held> + Send;
}

/// A transaction held open by a test.
pub enum Held {
    Sqlite(std::sync::mpsc::Sender<()>, std::thread::JoinHandle<()>),
    Postgres(tokio_postgres::Client),
}

impl Held {
    pub async fn commit(self) {
        match self {
            Held::Sqlite(go, thread) => {
                go.send(()).unwrap();
                tokio::task::spawn_blocking(move || thread.join().unwrap())
                    .await
                    .unwrap();
            }
            Held::Postgres(client) => client.batch_execute("COMMIT").await.unwrap(),
        }
    }
}

pub struct SqliteHarness {
    pub dir: tempfile::TempDir,
}

impl SqliteHarness {
    pub async fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
        }
    }
}

impl Harness for SqliteHarness {
    async fn open(&self) -> Arc<dyn EventStore> {
        Arc::new(SqliteStore::open(self.dir.path()).unwrap())
    }

    async fn hold_append(&self, stream: &str, event: NewEvent) -> Held {
        let path = self.dir.path().join(samraad_store::sqlite::FILE_NAME);
        let stream = stream.to_owned();
        let (began_tx, began_rx) = std::sync::mpsc::channel();
        let (go_tx, go_rx) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            let conn = rusqlite::Connection::open(path).unwrap();
            conn.busy_timeout(std::time::Duration::from_secs(30))
                .unwrap();
            conn.execute_batch("BEGIN IMMEDIATE").unwrap();
            let version: i64 = conn
                .query_row(
                    "SELECT coalesce(max(version), 0) FROM events WHERE stream = ?1",
                    [&stream],
                    |r| r.get(0),
                )
                .unwrap();
            let m = &event.metadata;
            conn.execute(
                "INSERT INTO events (event_id, stream, version, event_type, schema_version, \
                 occurred_at, actor_person, actor_organization, causation_id, correlation_id, \
                 data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                rusqlite::params![
                    &event.event_id.as_bytes()[..],
                    stream,
                    version + 1,
                    event.event_type,
                    event.schema_version,
                    m.occurred_at.timestamp_micros(),
                    &m.actor_person.as_bytes()[..],
                    &m.actor_organization.as_bytes()[..],
                    &m.causation_id.as_bytes()[..],
                    &m.correlation_id.as_bytes()[..],
                    event.data.to_string(),
                ],
            )
            .unwrap();
            began_tx.send(()).unwrap();
            go_rx.recv().unwrap();
            conn.execute_batch("COMMIT").unwrap();
        });
        tokio::task::spawn_blocking(move || began_rx.recv().unwrap())
            .await
            .unwrap();
        Held::Sqlite(go_tx, thread)
    }
}

pub struct PostgresHarness {
    pub url: String,
}

impl PostgresHarness {
    pub async fn new() -> Self {
        Self {
            url: samraad_store::testing::fresh_database_url().await.unwrap(),
        }
    }
}

impl Harness for PostgresHarness {
    async fn open(&self) -> Arc<dyn EventStore> {
        Arc::new(PostgresStore::connect(&self.url).await.unwrap())
    }

    async fn hold_append(&self, stream: &str, event: NewEvent) -> Held {
        use samraad_store::postgres::sql;
        let (client, connection) = tokio_postgres::connect(&self.url, tokio_postgres::NoTls)
            .await
            .unwrap();
        tokio::spawn(connection);
        client.batch_execute("BEGIN").await.unwrap();
        let head: i64 = client.query_one(sql::LOCK_HEAD, &[]).await.unwrap().get(0);
        let version: i64 = client
            .query(sql::STREAM_VERSIONS, &[&vec![stream.to_owned()]])
            .await
            .unwrap()
            .first()
            .and_then(|r| r.get::<_, Option<i64>>(1))
            .unwrap_or(0);
        let m = &event.metadata;
        client
            .execute(
                sql::INSERT_EVENTS,
                &[
                    &vec![head + 1],
                    &vec![event.event_id],
                    &vec![stream.to_owned()],
                    &vec![version + 1],
                    &vec![event.event_type.clone()],
                    &vec![event.schema_version as i32],
                    &vec![m.occurred_at],
                    &vec![m.actor_person],
                    &vec![m.actor_organization],
                    &vec![m.causation_id],
                    &vec![m.correlation_id],
                    &vec![event.data.to_string()],
                    &vec![m.recorded_at],
                ],
            )
            .await
            .unwrap();
        client.execute(sql::SET_HEAD, &[&(head + 1)]).await.unwrap();
        client
            .execute(sql::NOTIFY, &[&(head + 1).to_string()])
            .await
            .unwrap();
        Held::Postgres(client)
    }
}

pub fn stream(name: &str) -> StreamName {
    StreamName::parse(name).unwrap()
}

pub fn meta() -> EventMetadata {
    EventMetadata {
        occurred_at: Utc::now(),
        actor_person: Uuid::now_v7(),
        actor_organization: Uuid::now_v7(),
        causation_id: Uuid::now_v7(),
        correlation_id: Uuid::now_v7(),
        recorded_at: None,
    }
}

pub fn event(n: u64) -> NewEvent {
    NewEvent {
        event_id: Uuid::now_v7(),
        event_type: "TestHappened".into(),
        schema_version: 1,
        data: serde_json::json!({ "n": n, "text": "grüße", "nested": { "list": [1, 2.5, null] } }),
        metadata: meta(),
        claims: Vec::new(),
    }
}

/// Takes `n` events from a subscription (a hang guard fails the test instead of blocking CI).
pub async fn take(
    stream: &mut samraad_store::EventStream,
    n: usize,
) -> Result<Vec<RecordedEvent>, StoreError> {
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let next = tokio::time::timeout(std::time::Duration::from_secs(120), stream.next())
            .await
            .expect("subscription stalled (hang guard)");
        match next {
            Some(Ok(e)) => out.push(e),
            Some(Err(e)) => return Err(e),
            None => panic!("subscription ended after {} events", out.len()),
        }
    }
    Ok(out)
}

/// Reads the whole `$all` log.
pub async fn read_everything(store: &dyn EventStore) -> Vec<RecordedEvent> {
    let mut all = Vec::new();
    let mut after = samraad_store::Position::START;
    loop {
        let page = store.read_all(after, 1000).await.unwrap();
        match page.last() {
            None => return all,
            Some(last) => after = last.position,
        }
        all.extend(page);
    }
}
