//! Item and entity history: who changed what, when, on behalf of which organisation.

use chrono::{DateTime, Utc};
use samraad_domain::AgendaItemId;
use samraad_log::{Position, RecordedEvent};
use uuid::Uuid;

/// One change to an entity.
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryEntry {
    /// Global position of the event.
    pub position: Position,
    /// The stream the event belongs to.
    pub stream: String,
    /// Its version in that stream.
    pub version: u64,
    /// The event type, e.g. `AgendaItemEdited`.
    pub event_type: String,
    /// When it happened.
    pub occurred_at: DateTime<Utc>,
    /// When it was written, where that is later (imported history; the actor imported it).
    pub recorded_at: Option<DateTime<Utc>>,
    /// The person who acted.
    pub actor_person: Uuid,
    /// The organisation they acted for.
    pub actor_organization: Uuid,
    /// The command that caused it.
    pub command_id: Uuid,
    /// Every entity the event touched (shared by all entries of the event).
    pub touched: std::sync::Arc<[Uuid]>,
    /// The agenda item a meeting event is about: a reader who may not see it does not see
    /// the entry.
    pub item: Option<AgendaItemId>,
}

impl HistoryEntry {
    /// The history entry for a recorded event that touched `touched`, about `item`.
    pub fn of(
        recorded: &RecordedEvent,
        touched: std::sync::Arc<[Uuid]>,
        item: Option<AgendaItemId>,
    ) -> Self {
        Self {
            position: recorded.position,
            stream: recorded.stream.to_string(),
            version: recorded.version,
            event_type: recorded.event_type.clone(),
            occurred_at: recorded.metadata.occurred_at,
            recorded_at: recorded.metadata.recorded_at,
            actor_person: recorded.metadata.actor_person,
            actor_organization: recorded.metadata.actor_organization,
            command_id: recorded.metadata.causation_id,
            touched,
            item,
        }
    }
}
