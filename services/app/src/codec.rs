//! The codec between domain events and stored envelopes (JSON payload + type + schema version).
//!
//! The domain stays JSON-agnostic: it serialises payloads through serde and decodes by
//! `(event type, schema version)`, upcasting old shapes. This module picks JSON.

use samraad_domain::entity::Created;
use samraad_domain::{AnyEvent, DomainEvent, StreamKind};
use samraad_log::{EventMetadata, IdClaim, NewEvent, RecordedEvent};
use uuid::Uuid;

/// A stored event that cannot be decoded (unknown stream kind, type or schema version).
#[derive(Debug, thiserror::Error)]
#[error(
    "cannot decode event {event_type} v{schema_version} at position {position} in {stream}: {reason}"
)]
pub struct DecodeError {
    /// The stream.
    pub stream: String,
    /// The event type.
    pub event_type: String,
    /// The stored schema version.
    pub schema_version: u32,
    /// The global position.
    pub position: u64,
    /// Why.
    pub reason: String,
}

fn decode_error(recorded: &RecordedEvent, reason: impl ToString) -> DecodeError {
    DecodeError {
        stream: recorded.stream.to_string(),
        event_type: recorded.event_type.clone(),
        schema_version: recorded.schema_version,
        position: recorded.position.0,
        reason: reason.to_string(),
    }
}

/// Decodes a stored event of any stream.
pub fn decode_any(recorded: &RecordedEvent) -> Result<AnyEvent, DecodeError> {
    let kind = StreamKind::of_stream(recorded.stream.as_str())
        .ok_or_else(|| decode_error(recorded, "unknown stream kind"))?;
    AnyEvent::decode(
        kind,
        &recorded.event_type,
        recorded.schema_version,
        &recorded.data,
    )
    .map_err(|e| decode_error(recorded, e))
}

/// Decodes a stored event of a known stream kind.
pub fn decode<E: DomainEvent>(recorded: &RecordedEvent) -> Result<E, DecodeError> {
    E::decode(
        &recorded.event_type,
        recorded.schema_version,
        &recorded.data,
    )
    .map_err(|e| decode_error(recorded, e))
}

/// Encodes a domain event into an event to append.
pub fn encode<E: DomainEvent>(
    event: &E,
    event_id: Uuid,
    metadata: EventMetadata,
) -> Result<NewEvent, serde_json::Error> {
    Ok(NewEvent {
        event_id,
        event_type: event.event_type().to_string(),
        schema_version: event.schema_version(),
        data: serde_json::to_value(event)?,
        metadata,
        claims: event.created().map(claim).into_iter().collect(),
    })
}

/// The store's claim of the id an event creates.
#[must_use]
pub fn claim(created: Created) -> IdClaim {
    IdClaim {
        id: created.id,
        kind: created.kind.as_str().to_string(),
        shared: created.kind.shared(),
    }
}
