//! Queries of the meeting context: meetings (now and as of a position), case files, history.

use crate::schema::common::as_of::view_as_of;
use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use samraad_domain::meeting::Meeting;
use samraad_domain::{MeetingId, OrganizationId, StreamKind};
use samraad_projections::ReadModel;
use samraad_projections::history::HistoryEntry;
use uuid::Uuid;

use crate::schema::common::context::{parse_id, services, viewer};
use crate::schema::meeting::item::AgendaItemObject;
use crate::schema::meeting::types::MeetingObject;
use crate::schema::read;

/// Meeting queries.
#[derive(Default)]
pub struct MeetingQuery;

#[Object]
impl MeetingQuery {
    /// A meeting with its agenda, attendance, decisions, follow-ups and minutes.
    async fn meeting(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> async_graphql::Result<Option<MeetingObject>> {
        let id = MeetingId::from_uuid(parse_id(&id, "id")?);
        let reader = viewer(ctx);
        Ok(services(ctx)
            .projections
            .read(|model| read::meeting(model, id, reader)))
    }

    /// A meeting as it stood at a past global `position` (time travel).
    async fn meeting_as_of(
        &self,
        ctx: &Context<'_>,
        id: ID,
        position: String,
    ) -> async_graphql::Result<Option<MeetingObject>> {
        let view = view_as_of::<Meeting>(ctx, StreamKind::Meeting, &id, &position).await?;
        let services = services(ctx);
        let reader = viewer(ctx);
        Ok(view.and_then(|view| {
            services
                .projections
                .read(|model| read::meeting_as_of(model, view, reader))
        }))
    }

    /// Markdown as the sections' `html` shows it: for an editor's preview.
    async fn markdown_preview(&self, text: String) -> String {
        samraad_projections::minutes_html::markdown_to_html(&text)
    }

    /// Every item across meetings and forums that shares a case reference (Sags ID).
    async fn case_file(&self, ctx: &Context<'_>, reference: String) -> Vec<AgendaItemObject> {
        let reader = viewer(ctx);
        services(ctx).projections.read(|model| {
            model
                .case_file(reference.trim())
                .into_iter()
                .filter_map(|(meeting, item)| {
                    let meeting = read::meeting(model, meeting, reader)?;
                    if !meeting.sees_item(item) {
                        return None;
                    }
                    meeting.agenda_item(item)
                })
                .collect()
        })
    }

    /// Every change to an entity (partnership, forum, organisation, meeting, item, initiative,
    /// fund pool): event type, time, actor person and organisation, position.
    async fn history(
        &self,
        ctx: &Context<'_>,
        entity_id: ID,
    ) -> async_graphql::Result<Vec<HistoryItem>> {
        let entity = parse_id(&entity_id, "entityId")?;
        let reader = viewer(ctx);
        Ok(services(ctx).projections.read(|model| {
            if !read::may_see_history_of(model, entity, reader) {
                return Vec::new();
            }
            model
                .history
                .get(&entity)
                .map(|entries| {
                    entries
                        .iter()
                        .filter(|entry| read::history_entry_visible(model, entry, reader))
                        .map(|entry| HistoryItem::of(model, entry))
                        .collect()
                })
                .unwrap_or_default()
        }))
    }

    /// The global position the read models have reached (a cursor for `after`).
    async fn position(&self, ctx: &Context<'_>) -> String {
        services(ctx).projections.position().to_string()
    }
}

/// One change in an entity's history.
#[derive(SimpleObject, Clone)]
pub struct HistoryItem {
    /// Global position.
    pub position: String,
    /// Event type, e.g. `AgendaItemEdited`.
    #[graphql(name = "type")]
    pub event_type: String,
    /// When it happened (for imported minutes: the meeting's time).
    pub occurred_at: DateTime<Utc>,
    /// When it was written, where that is later than `occurredAt`: history imported from
    /// minutes, written at import by the `actor` who imported it. Null for live changes.
    pub recorded_at: Option<DateTime<Utc>>,
    /// Who acted.
    pub actor: ActorObject,
    /// The stream and its version.
    pub stream: String,
    /// Version within the stream.
    pub version: i64,
    /// The command that caused the change.
    pub command_id: ID,
}

impl HistoryItem {
    /// The entry with the actor's names looked up in the partnership.
    pub fn of(model: &ReadModel, entry: &HistoryEntry) -> Self {
        Self {
            position: entry.position.to_string(),
            event_type: entry.event_type.clone(),
            occurred_at: entry.occurred_at,
            recorded_at: entry.recorded_at,
            actor: ActorObject::of(model, entry.actor_person, entry.actor_organization),
            stream: entry.stream.clone(),
            version: i64::try_from(entry.version).unwrap_or(i64::MAX),
            command_id: ID(entry.command_id.to_string()),
        }
    }
}

/// Who acted, on behalf of which organisation.
#[derive(SimpleObject, Clone)]
#[graphql(name = "Actor")]
pub struct ActorObject {
    /// The person.
    pub person_id: ID,
    /// The organisation.
    pub organization_id: ID,
    /// The organisation's name, if registered.
    pub organization_name: Option<String>,
}

impl ActorObject {
    /// Looks the names up in the partnerships.
    pub fn of(model: &ReadModel, person: Uuid, organization: Uuid) -> Self {
        let org = OrganizationId::from_uuid(organization);
        let organization_name = model.partnerships.values().find_map(|p| {
            p.state
                .organization(org)
                .map(|o| o.name.as_str().to_string())
        });
        Self {
            person_id: ID(person.to_string()),
            organization_id: ID(organization.to_string()),
            organization_name,
        }
    }
}
