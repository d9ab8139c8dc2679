//! Errors of the event store port. Every variant has a stable code.

use crate::port::{ExpectedVersion, StreamVersion};

/// What can go wrong talking to an event store.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The stream's current version does not match the append's expectation.
    #[error("stream {stream} is at version {actual}, expected {expected:?}")]
    WrongExpectedVersion {
        /// The stream appended to.
        stream: String,
        /// What the caller expected.
        expected: ExpectedVersion,
        /// The stream's actual current version.
        actual: StreamVersion,
    },
    /// The stream name is empty, too long or has characters outside `[A-Za-z0-9-_.:]`.
    #[error("invalid stream name {name:?}: use 1..=200 characters of A-Z a-z 0-9 - _ . :")]
    InvalidStreamName {
        /// The rejected name.
        name: String,
    },
    /// An event payload exceeds the size limit.
    #[error("event {event_type} is {size} bytes, more than the limit of {limit} bytes")]
    EventTooLarge {
        /// The event type.
        event_type: String,
        /// Its serialised size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// An append with no events, or with a mix of stored and new event ids.
    #[error("invalid append: {reason}")]
    InvalidAppend {
        /// Why the append is invalid.
        reason: String,
    },
    /// The database file or schema is not a Samraad event store (corrupt or foreign).
    #[error("not a Samraad event store: {reason}")]
    NotAnEventStore {
        /// What was found instead.
        reason: String,
    },
    /// An id the append would create is already in use by another entity; nothing was stored.
    #[error("the id {id} is already in use; choose another")]
    IdInUse {
        /// The id.
        id: uuid::Uuid,
    },
    /// The disk is full; nothing of this append was stored.
    #[error("storage full: the append was not stored")]
    StorageFull,
    /// A subscriber fell too far behind the live feed; resume from the last position seen.
    #[error("subscriber fell behind the live feed; resume after position {last_position}")]
    SubscriberLagged {
        /// The last position delivered to the subscriber.
        last_position: u64,
    },
    /// The store was closed.
    #[error("the event store is closed")]
    Closed,
    /// Any other failure of the underlying database or IO.
    #[error("event store unavailable: {0}")]
    Unavailable(String),
}

impl StoreError {
    /// A stable machine-readable code for the error.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::WrongExpectedVersion { .. } => "WRONG_EXPECTED_VERSION",
            StoreError::InvalidStreamName { .. } => "INVALID_STREAM_NAME",
            StoreError::EventTooLarge { .. } => "EVENT_TOO_LARGE",
            StoreError::InvalidAppend { .. } => "INVALID_APPEND",
            StoreError::NotAnEventStore { .. } => "NOT_AN_EVENT_STORE",
            StoreError::IdInUse { .. } => "ID_IN_USE",
            StoreError::StorageFull => "STORAGE_FULL",
            StoreError::SubscriberLagged { .. } => "SUBSCRIBER_LAGGED",
            StoreError::Closed => "CLOSED",
            StoreError::Unavailable(_) => "UNAVAILABLE",
        }
    }
}
