//! The read side's one visibility filter: every query, subscription, history, as-of, case
//! file and minutes rendering asks here what the reader may see.

use std::collections::HashSet;
use std::sync::Arc;

use samraad_domain::meeting::{MeetingState, Visibility};
use samraad_domain::partnership::{MinutesTemplate, PartnershipState};
use samraad_domain::{
    AgendaItemId, ForumId, MeetingId, OrganizationId, PartnershipId, PersonId, StreamKind, TimeZone,
};
use samraad_projections::history::HistoryEntry;
use samraad_projections::{MeetingView, PartnershipView, ReadModel};
use uuid::Uuid;

use async_graphql::ErrorExtensions;

use crate::auth::Principal;
use crate::errors::ApiError;
use crate::schema::meeting::types::{Access, MeetingObject};

/// How a reader relates to a partnership and one of its forums.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Relation {
    /// Sees closed items of the forum: a seat in the forum (any role, the secretariat
    /// included). DOMAIN.md: closed items are for members of the forum and its secretariat
    /// only — not for partnership administrators without a seat.
    pub closed: bool,
    /// Belongs to the partnership (administrator, a seat in any forum, or acting for a member
    /// organisation). Everyone else — the anonymous public and people of other partnerships —
    /// sees what the public sees: open items of published agendas, approved minutes.
    pub insider: bool,
}

/// The relation of `reader` to `partnership` and its `forum`.
pub fn relation(
    reader: Option<Principal>,
    partnership: Option<&PartnershipState>,
    forum: Option<ForumId>,
) -> Relation {
    let (Some(reader), Some(partnership)) = (reader, partnership) else {
        return Relation::default();
    };
    let Some(id) = partnership.id() else {
        return Relation::default();
    };
    let actor = partnership.actor(
        PersonId::from_uuid(reader.person),
        OrganizationId::from_uuid(reader.organization),
        chrono::Utc::now(),
    );
    Relation {
        closed: forum.is_some_and(|forum| actor.sits_in(forum)),
        insider: actor.is_admin_of(id)
            || actor.is_member_organization_of(id)
            || !actor.seats.is_empty(),
    }
}

/// The meeting object for `reader`, from a meeting view and the model it came from.
pub fn meeting_object(
    model: &ReadModel,
    view: Arc<MeetingView>,
    reader: Option<Principal>,
) -> MeetingObject {
    meeting_object_cached(model, view, reader, &mut SeatCache::default())
}

/// Remembers whether a reader sits in a meeting's forum, per partnership version, so a live
/// subscription does not re-derive the reader's seats for every event.
#[derive(Default)]
pub struct SeatCache {
    key: Option<(PartnershipId, u64)>,
    relation: Relation,
    forum_name: String,
    time_zone: TimeZone,
    minutes_template: Arc<MinutesTemplate>,
}

/// [`meeting_object`] for a reader whose seat lookups are remembered in `cache`.
pub fn meeting_object_cached(
    model: &ReadModel,
    view: Arc<MeetingView>,
    reader: Option<Principal>,
    cache: &mut SeatCache,
) -> MeetingObject {
    let info = view.state.info();
    let partnership = info.and_then(|i| model.partnerships.get(&i.partnership_id));
    let forum = info.map(|i| i.forum_id);
    let key = info
        .zip(partnership)
        .map(|(i, p)| (i.partnership_id, p.version));
    if key.is_none() || cache.key != key {
        cache.key = key;
        cache.relation = relation(reader, partnership.map(|p| &p.state), forum);
        cache.forum_name = partnership
            .zip(forum)
            .and_then(|(p, f)| p.state.forum(f).map(|f| f.name.as_str().to_string()))
            .unwrap_or_default();
        cache.time_zone = partnership.map(|p| p.state.time_zone()).unwrap_or_default();
        cache.minutes_template = Arc::new(
            partnership
                .zip(forum)
                .and_then(|(p, f)| p.state.forum(f).map(|f| f.minutes_template.clone()))
                .unwrap_or_default(),
        );
    }
    let closed = cache.relation.closed;
    let closed_now = if closed {
        HashSet::new()
    } else {
        // Visibility is judged on the meeting as it stands now: an item closed later stays
        // hidden in past states too.
        info.and_then(|i| model.meetings.get(&i.meeting_id))
            .map(|current| {
                current
                    .state
                    .items()
                    .filter(|item| item.visibility == Visibility::Closed)
                    .map(|item| item.item_id)
                    .collect()
            })
            .unwrap_or_default()
    };
    MeetingObject {
        access: Access {
            closed,
            public: !cache.relation.insider,
            closed_now: Arc::new(closed_now),
        },
        view,
        forum_name: cache.forum_name.clone(),
        time_zone: cache.time_zone,
        minutes_template: Arc::clone(&cache.minutes_template),
    }
}

/// A meeting as of a past position for `reader`: the anonymous public sees it only if its
/// agenda was published by then.
pub fn meeting_as_of(
    model: &ReadModel,
    view: MeetingView,
    reader: Option<Principal>,
) -> Option<MeetingObject> {
    let meeting = meeting_object(model, Arc::new(view), reader);
    (!meeting.access.public || public_sees_meeting(&meeting.view.state)).then_some(meeting)
}

/// May the anonymous public see this meeting at all? Only once its agenda is published:
/// drafts, proposals and meetings without a published agenda are for authenticated readers.
pub fn public_sees_meeting(state: &MeetingState) -> bool {
    state.published_edition() > 0
}

/// The current meeting `id` for `reader`, if it exists and the reader may see it (the
/// anonymous public sees meetings only once their agenda is published).
pub fn meeting(
    model: &ReadModel,
    id: MeetingId,
    reader: Option<Principal>,
) -> Option<MeetingObject> {
    let view = model.meetings.get(&id)?.clone();
    let meeting = meeting_object(model, view, reader);
    (!meeting.access.public || public_sees_meeting(&meeting.view.state)).then_some(meeting)
}

/// The partnership view `id`, if it exists.
pub fn partnership(model: &ReadModel, id: PartnershipId) -> Option<Arc<PartnershipView>> {
    model.partnerships.get(&id).cloned()
}

/// May `reader` follow a meeting's live feed? The meeting must exist (`NOT_FOUND`) and the
/// reader belong to its partnership (`FORBIDDEN`): the public reads published agendas and
/// approved minutes through queries, not live feeds.
pub fn may_follow_meeting(
    model: &ReadModel,
    id: MeetingId,
    reader: Option<Principal>,
) -> Result<(), async_graphql::Error> {
    let partnership = model
        .meetings
        .get(&id)
        .and_then(|m| m.state.partnership_id())
        .ok_or_else(|| ApiError::NotFound(format!("no meeting {id}")).extend())?;
    may_follow_partnership(model, partnership, reader)
}

/// May `reader` follow a partnership's live feed? (See [`may_follow_meeting`].)
pub fn may_follow_partnership(
    model: &ReadModel,
    id: PartnershipId,
    reader: Option<Principal>,
) -> Result<(), async_graphql::Error> {
    let partnership = model
        .partnerships
        .get(&id)
        .filter(|p| p.state.id().is_some())
        .ok_or_else(|| ApiError::NotFound(format!("no partnership {id}")).extend())?;
    if relation(reader, Some(&partnership.state), None).insider {
        Ok(())
    } else {
        Err(ApiError::Forbidden(format!(
            "only people of partnership {id} follow its live feeds"
        ))
        .extend())
    }
}

/// May `reader` see the history of `entity` at all? Not of an agenda item they may not see
/// (a closed item without a seat): its history answers as if the item did not exist.
pub fn may_see_history_of(model: &ReadModel, entity: Uuid, reader: Option<Principal>) -> bool {
    let item = AgendaItemId::from_uuid(entity);
    model
        .item_meeting
        .get(&item)
        .is_none_or(|m| meeting(model, *m, reader).is_some_and(|m| m.sees_item(item)))
}

/// A history entry is shown only if the reader may see what the event is about: an event of
/// a meeting stream by that meeting and the item it is about (if one); any other event by
/// the items it cites (the decisions money and initiatives rest on), in their meetings.
pub fn history_entry_visible(
    model: &ReadModel,
    entry: &HistoryEntry,
    reader: Option<Principal>,
) -> bool {
    if let Some((StreamKind::Meeting, id)) = StreamKind::parse_stream_name(&entry.stream) {
        let Some(meeting) = meeting(model, MeetingId::from_uuid(id), reader) else {
            return false;
        };
        return entry.item.is_none_or(|item| meeting.sees_item(item));
    }
    entry.touched.iter().all(|id| {
        let item = AgendaItemId::from_uuid(*id);
        let Some(meeting_id) = model.item_meeting.get(&item) else {
            return true;
        };
        meeting(model, *meeting_id, reader).is_some_and(|m| m.sees_item(item))
    })
}
