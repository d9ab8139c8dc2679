//! Item and entity history: who changed what, when, on behalf of which organisation.

use chrono::{DateTime, Utc};
use samraad_store::{Position, RecordedEvent};
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
    /// The person who acted.
    pub actor_person: Uuid,
    /// The organisation they acted for.
    pub actor_organization: Uuid,
    /// The command that caused it.
    pub command_id: Uuid,
    /// Every entity the event touched (shared by all entries of the event).
    pub touched: std::sync::Arc<[Uuid]>,
}

impl HistoryEntry {
    /// The history entry for a recorded event that touched `touched`.
    pub fn of(recorded: &RecordedEvent, touched: std::sync::Arc<[Uuid]>) -> Self {
        Self {
            position: recorded.position,
            stream: recorded.stream.to_string(),
            version: recorded.version,
            event_type: recorded.event_type.clone(),
            occurred_at: recorded.metadata.occurred_at,
            actor_person: recorded.metadata.actor_person,
            actor_organization: recorded.metadata.actor_organization,
            command_id: recorded.metadata.causation_id,
            touched,
        }
    }
}

/// The entities an event touches: every id named by a top-level `…_id` field (or `…_ids` list)
/// of its payload. Events carry the ids their read models need (a domain convention), so this
/// finds the meeting, the item, the initiative, the organisation, … without a table per event.
pub fn touched_entities(data: &serde_json::Value) -> Vec<Uuid> {
    let Some(object) = data.as_object() else {
        return Vec::new();
    };
    let mut ids = Vec::new();
    for (key, value) in object {
        if key.ends_with("_id") {
            if let Some(id) = value.as_str().and_then(|s| Uuid::parse_str(s).ok()) {
                ids.push(id);
            }
        } else if key.ends_with("_ids") {
            let list = value.as_array().into_iter().flatten();
            ids.extend(list.filter_map(|v| v.as_str().and_then(|s| Uuid::parse_str(s).ok())));
        }
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn finds_ids_and_id_lists_but_not_other_fields() {
        let (a, b, c) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let data = serde_json::json!({
            "meeting_id": a, "item_ids": [b, a], "title": c.to_string(), "other_id": "not-a-uuid"
        });
        let mut expected = vec![a, b];
        expected.sort_unstable();
        assert_eq!(touched_entities(&data), expected);
    }
}
