//! The `EventStore` port: what every adapter (SQLite, PostgreSQL, later KurrentDB) provides.
//!
//! It mirrors KurrentDB's model: streams with contiguous versions, one global `$all` order,
//! optimistic concurrency on append, and a catch-up-then-live subscription to `$all`.

use std::fmt;

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use uuid::Uuid;

use crate::error::StoreError;

/// Maximum length of a stream name in bytes.
pub const MAX_STREAM_NAME_LEN: usize = 200;

/// Maximum size of one event's JSON payload in bytes (1 MiB).
pub const MAX_EVENT_DATA_LEN: usize = 1024 * 1024;

/// A validated stream name such as `meeting-0191f2c4-…`.
///
/// Allowed: 1..=200 bytes of ASCII letters, digits, `-`, `_`, `.`, `:`; must not start with `$`
/// (reserved, as in KurrentDB).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StreamName(String);

impl StreamName {
    /// Parses a stream name, rejecting empty, oversized or non-ASCII-safe names.
    pub fn parse(name: impl Into<String>) -> Result<Self, StoreError> {
        let name = name.into();
        let valid_chars = name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'));
        if name.is_empty() || name.len() > MAX_STREAM_NAME_LEN || !valid_chars {
            return Err(StoreError::InvalidStreamName { name });
        }
        Ok(Self(name))
    }

    /// The name as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for StreamName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A stream version: the 1-based index of an event within its stream.
/// A stream with `n` events has current version `n`; a stream that does not exist has version 0.
pub type StreamVersion = u64;

/// A position in the global (`$all`) order. Positions are strictly increasing in commit order
/// as seen by subscribers; `Position(0)` is "before the first event".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Position(pub u64);

impl Position {
    /// Before the first event: reading or subscribing *after* this position yields everything.
    pub const START: Position = Position(0);
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The optimistic-concurrency expectation of an append.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpectedVersion {
    /// Append whatever the stream's current version is.
    Any,
    /// The stream must not exist yet (version 0).
    NoStream,
    /// The stream's current version must be exactly this.
    Exact(StreamVersion),
}

/// Who did it and why: stored with every event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventMetadata {
    /// When the command that produced the event was decided.
    pub occurred_at: DateTime<Utc>,
    /// The person who acted.
    pub actor_person: Uuid,
    /// The organisation the person acted on behalf of.
    pub actor_organization: Uuid,
    /// The command id that caused this event (also the idempotency key of the command).
    pub causation_id: Uuid,
    /// The id of the conversation this command belongs to.
    pub correlation_id: Uuid,
    /// When the event was written, where that is not `occurred_at`: history imported from
    /// minutes occurred at the meeting and was written at import, by the actor above.
    pub recorded_at: Option<DateTime<Utc>>,
}

/// An entity id an event creates. It names one thing in the whole store: appending a claim
/// of an id already claimed (by any stream) fails with [`StoreError::IdInUse`], checked
/// atomically with the append — unless both claims are `shared` and of the same `kind` (one
/// organisation registered in several partnerships).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdClaim {
    /// The id.
    pub id: Uuid,
    /// What it names, e.g. `forum`.
    pub kind: String,
    /// Whether other streams may claim it again for the same kind.
    pub shared: bool,
}

/// A claim [`EventStore::backfill_claims`] could not record: another stream holds the id
/// (two entities created with one id before the store kept its id index).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefusedClaim {
    /// The stream whose event created the id.
    pub stream: StreamName,
    /// The claim.
    pub claim: IdClaim,
    /// The stream that holds the id in the index.
    pub held_by: String,
}

/// An event to append.
#[derive(Clone, Debug, PartialEq)]
pub struct NewEvent {
    /// Unique id (UUID v7). Appending an id that is already stored is an idempotent retry.
    pub event_id: Uuid,
    /// The event type name, e.g. `AgendaItemProposed`.
    pub event_type: String,
    /// The payload's schema version, for upcasting.
    pub schema_version: u32,
    /// The payload as JSON.
    pub data: serde_json::Value,
    /// Actor, time, causation and correlation.
    pub metadata: EventMetadata,
    /// Entity ids this event creates.
    pub claims: Vec<IdClaim>,
}

/// An event as stored: the envelope of DOMAIN.md.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordedEvent {
    /// Unique id (UUID v7).
    pub event_id: Uuid,
    /// The stream it belongs to.
    pub stream: StreamName,
    /// Its 1-based version within the stream.
    pub version: StreamVersion,
    /// Its global position.
    pub position: Position,
    /// The event type name.
    pub event_type: String,
    /// The payload's schema version.
    pub schema_version: u32,
    /// The payload as JSON.
    pub data: serde_json::Value,
    /// Actor, time, causation and correlation.
    pub metadata: EventMetadata,
}

/// The result of a successful append (or of the original append, for an idempotent retry).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppendResult {
    /// The stream's version after the append (the version of its last event).
    pub next_version: StreamVersion,
    /// Global position of the first appended event.
    pub first_position: Position,
    /// Global position of the last appended event.
    pub last_position: Position,
}

/// A stream of recorded events, in order.
pub type EventStream = BoxStream<'static, Result<RecordedEvent, StoreError>>;

/// The event store port. Implementations must be cheap to clone behind an `Arc`.
pub trait EventStore: Send + Sync + 'static {
    /// Appends `events` atomically to `stream` if its current version matches `expected`.
    ///
    /// If the first event's id is already stored, nothing is appended and the original
    /// result is returned (idempotent retry), whatever `expected` says.
    fn append(
        &self,
        stream: StreamName,
        expected: ExpectedVersion,
        events: Vec<NewEvent>,
    ) -> BoxFuture<'_, Result<AppendResult, StoreError>>;

    /// Reads up to `limit` events of `stream` with version > `after`, in version order.
    fn read_stream(
        &self,
        stream: StreamName,
        after: StreamVersion,
        limit: usize,
    ) -> BoxFuture<'_, Result<Vec<RecordedEvent>, StoreError>>;

    /// Reads up to `limit` events with position > `after`, in global order.
    fn read_all(
        &self,
        after: Position,
        limit: usize,
    ) -> BoxFuture<'_, Result<Vec<RecordedEvent>, StoreError>>;

    /// All events with position > `after`: first those already stored, then live ones as they
    /// commit, as one ordered stream with no gap and no duplicate. The stream ends with an
    /// error if the subscriber falls too far behind the live feed or the store fails; the
    /// caller resumes from the last position it saw.
    fn subscribe_all(&self, after: Position) -> EventStream;

    /// The position of the last event visible to subscribers (`Position::START` when empty).
    fn head(&self) -> BoxFuture<'_, Result<Position, StoreError>>;

    /// True while events stored before the store kept its id index may hold ids the index
    /// lacks: a store created by an older version with events in it. Cleared by
    /// [`EventStore::mark_id_index_complete`] once the claims are backfilled.
    fn id_index_incomplete(&self) -> BoxFuture<'_, Result<bool, StoreError>>;

    /// Records the claims of events already stored, serialised with appends: a claim the
    /// index holds for the same stream is left as it is, one of an id held by another stream
    /// (unless both are shared and of one kind) is refused and returned, the rest are inserted.
    fn backfill_claims(
        &self,
        claims: Vec<(StreamName, IdClaim)>,
    ) -> BoxFuture<'_, Result<Vec<RefusedClaim>, StoreError>>;

    /// Records that the id index holds every stored event's claims.
    fn mark_id_index_complete(&self) -> BoxFuture<'_, Result<(), StoreError>>;

    /// Whether an append could be stored now, checked without appending: the database is
    /// reachable and has room. Used by readiness while appends fail. The default asks for
    /// the head (reachability only).
    fn check_writable(&self) -> BoxFuture<'_, Result<(), StoreError>> {
        Box::pin(async move { self.head().await.map(|_| ()) })
    }

    /// Stops the store: pending appends finish, later calls fail with [`StoreError::Closed`]
    /// and live subscriptions end. Idempotent. The default does nothing (for in-memory fakes).
    fn close(&self) -> BoxFuture<'_, ()> {
        Box::pin(async {})
    }
}
