//! Validation and serialisation of an append, done on the caller's task before it reaches a
//! writer, so that writers only ever see well-formed input and spend no time on JSON.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::error::StoreError;
use crate::port::{
    AppendResult, EventMetadata, ExpectedVersion, IdClaim, MAX_EVENT_DATA_LEN, NewEvent,
    RefusedClaim, StreamName,
};

/// Longest accepted event type name, in bytes.
pub(crate) const MAX_EVENT_TYPE_LEN: usize = 200;

/// Most events accepted in one append.
pub(crate) const MAX_EVENTS_PER_APPEND: usize = 10_000;

/// An event ready to be written: payload already serialised, time truncated to microseconds
/// (the precision both adapters store).
#[derive(Clone, Debug)]
pub(crate) struct PreparedEvent {
    pub event_id: Uuid,
    pub event_type: String,
    pub schema_version: u32,
    pub data: String,
    pub metadata: EventMetadata,
    pub claims: Vec<IdClaim>,
}

/// Truncates a timestamp to microseconds, the precision every adapter stores.
pub(crate) fn truncate_micros(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(t.timestamp_micros()).unwrap_or(t)
}

/// Validates and serialises the events of one append.
pub(crate) fn prepare(events: Vec<NewEvent>) -> Result<Vec<PreparedEvent>, StoreError> {
    if events.is_empty() {
        return Err(StoreError::InvalidAppend {
            reason: "an append needs at least one event".into(),
        });
    }
    if events.len() > MAX_EVENTS_PER_APPEND {
        return Err(StoreError::InvalidAppend {
            reason: format!(
                "{} events in one append, more than the limit of {MAX_EVENTS_PER_APPEND}",
                events.len()
            ),
        });
    }
    let mut ids = HashSet::with_capacity(events.len());
    let mut claimed = HashSet::new();
    let mut prepared = Vec::with_capacity(events.len());
    for event in events {
        if !ids.insert(event.event_id) {
            return Err(StoreError::InvalidAppend {
                reason: format!("event id {} appears twice in one append", event.event_id),
            });
        }
        if event.event_type.is_empty() || event.event_type.len() > MAX_EVENT_TYPE_LEN {
            return Err(StoreError::InvalidAppend {
                reason: format!(
                    "event type must be 1..={MAX_EVENT_TYPE_LEN} bytes, got {}",
                    event.event_type.len()
                ),
            });
        }
        if i32::try_from(event.schema_version).is_err() {
            return Err(StoreError::InvalidAppend {
                reason: format!("schema version {} is out of range", event.schema_version),
            });
        }
        let data = serde_json::to_string(&event.data).map_err(|e| StoreError::InvalidAppend {
            reason: format!("event data is not serialisable: {e}"),
        })?;
        if data.len() > MAX_EVENT_DATA_LEN {
            return Err(StoreError::EventTooLarge {
                event_type: event.event_type,
                size: data.len(),
                limit: MAX_EVENT_DATA_LEN,
            });
        }
        if let Some(claim) = event.claims.iter().find(|c| !claimed.insert(c.id)) {
            return Err(StoreError::InvalidAppend {
                reason: format!("id {} is claimed twice in one append", claim.id),
            });
        }
        let mut metadata = event.metadata;
        metadata.occurred_at = truncate_micros(metadata.occurred_at);
        metadata.recorded_at = metadata.recorded_at.map(truncate_micros);
        prepared.push(PreparedEvent {
            event_id: event.event_id,
            event_type: event.event_type,
            schema_version: event.schema_version,
            data,
            metadata,
            claims: event.claims,
        });
    }
    Ok(prepared)
}

/// What an append should do, given what is already stored.
#[derive(Debug)]
pub(crate) enum Decision {
    /// Every id is already stored: an idempotent retry; return this original result.
    Duplicate(AppendResult),
    /// Append after the stream's current version.
    Append,
}

/// Where an already stored event sits.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StoredAt {
    pub version: u64,
    pub position: u64,
}

/// Decides an append from the stored location of each of its ids (`None` = not stored) and
/// the stream's current version. Shared by every adapter so their semantics cannot drift.
pub(crate) fn decide(
    stream: &str,
    expected: ExpectedVersion,
    stored: &[Option<StoredAt>],
    current: u64,
) -> Result<Decision, StoreError> {
    let found = stored.iter().filter(|s| s.is_some()).count();
    if found > 0 {
        return match (
            stored.first().copied().flatten(),
            stored.last().copied().flatten(),
        ) {
            (Some(first), Some(last)) if found == stored.len() => {
                Ok(Decision::Duplicate(AppendResult {
                    next_version: last.version,
                    first_position: crate::port::Position(first.position),
                    last_position: crate::port::Position(last.position),
                }))
            }
            _ => Err(StoreError::InvalidAppend {
                reason: format!(
                    "{found} of {} event ids are already stored: a retry must resend exactly \
                     the original events",
                    stored.len()
                ),
            }),
        };
    }
    let ok = match expected {
        ExpectedVersion::Any => true,
        ExpectedVersion::NoStream => current == 0,
        ExpectedVersion::Exact(v) => current == v,
    };
    if ok {
        Ok(Decision::Append)
    } else {
        Err(StoreError::WrongExpectedVersion {
            stream: stream.to_owned(),
            expected,
            actual: current,
        })
    }
}

/// An id as already claimed in the store.
#[derive(Clone, Debug)]
pub(crate) struct Claimed {
    pub kind: String,
    pub shared: bool,
}

/// Checks an append's id claims against those already stored (`existing`), for every adapter
/// alike: an id in use is refused unless both claims are shared claims of the same kind.
pub(crate) fn check_claims(
    events: &[PreparedEvent],
    existing: impl Fn(&Uuid) -> Option<Claimed>,
) -> Result<Vec<&IdClaim>, StoreError> {
    let mut new = Vec::new();
    for claim in events.iter().flat_map(|e| &e.claims) {
        match existing(&claim.id) {
            None => new.push(claim),
            Some(found) if found.shared && claim.shared && found.kind == claim.kind => {}
            Some(_) => return Err(StoreError::IdInUse { id: claim.id }),
        }
    }
    Ok(new)
}

/// Sorts claims of already stored events ([`crate::EventStore::backfill_claims`]) into those
/// to insert and those refused, for every adapter alike. `existing` gives the index's claim of
/// an id and the stream holding it; within the batch, the first claim of an id wins.
pub(crate) fn judge_backfill(
    claims: Vec<(StreamName, IdClaim)>,
    existing: impl Fn(&Uuid) -> Option<(Claimed, String)>,
) -> (Vec<(StreamName, IdClaim)>, Vec<RefusedClaim>) {
    let mut batch: HashMap<Uuid, (Claimed, String)> = HashMap::new();
    let (mut insert, mut refused) = (Vec::new(), Vec::new());
    for (stream, claim) in claims {
        let found = batch
            .get(&claim.id)
            .cloned()
            .or_else(|| existing(&claim.id));
        match found {
            None => {
                let held = Claimed {
                    kind: claim.kind.clone(),
                    shared: claim.shared,
                };
                batch.insert(claim.id, (held, stream.as_str().to_owned()));
                insert.push((stream, claim));
            }
            Some((_, held_by)) if held_by == stream.as_str() => {}
            Some((held, _)) if held.shared && claim.shared && held.kind == claim.kind => {}
            Some((_, held_by)) => refused.push(RefusedClaim {
                stream,
                claim,
                held_by,
            }),
        }
    }
    (insert, refused)
}
