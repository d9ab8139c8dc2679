//! The read side's one visibility filter: every query, subscription, history, as-of, case
//! file and minutes rendering asks here what the reader may see.

use std::collections::HashSet;
use std::sync::Arc;

use samraad_domain::meeting::{MeetingState, Visibility};
use samraad_domain::partnership::PartnershipState;
use samraad_domain::{ForumId, MeetingId, OrganizationId, PartnershipId, PersonId};
use samraad_projections::{ReadModel, StreamView};

use super::meeting_types::{Access, MeetingObject};
use crate::auth::Principal;

/// May `reader` see closed items of `forum`? Members of the forum (any role, including the
/// secretariat) and the partnership's administrators may; everyone else, and the anonymous
/// public, may not.
pub fn sees_closed(
    reader: Option<Principal>,
    partnership: Option<&PartnershipState>,
    forum: Option<ForumId>,
) -> bool {
    let (Some(reader), Some(partnership), Some(forum)) = (reader, partnership, forum) else {
        return false;
    };
    let person = PersonId::from_uuid(reader.person);
    if partnership.is_admin(person) {
        return true;
    }
    let actor = partnership.actor(
        person,
        OrganizationId::from_uuid(reader.organization),
        chrono::Utc::now(),
    );
    actor.sits_in(forum)
}

/// The meeting object for `reader`, from a meeting view and the model it came from.
pub fn meeting_object(
    model: &ReadModel,
    view: Arc<StreamView<MeetingState>>,
    reader: Option<Principal>,
) -> MeetingObject {
    meeting_object_cached(model, view, reader, &mut SeatCache::default())
}

/// Remembers whether a reader sits in a meeting's forum, per partnership version, so a live
/// subscription does not re-derive the reader's seats for every event.
#[derive(Default)]
pub struct SeatCache {
    key: Option<(PartnershipId, u64)>,
    closed: bool,
    forum_name: String,
}

/// [`meeting_object`] for a reader whose seat lookups are remembered in `cache`.
pub fn meeting_object_cached(
    model: &ReadModel,
    view: Arc<StreamView<MeetingState>>,
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
        cache.closed = sees_closed(reader, partnership.map(|p| &p.state), forum);
        cache.forum_name = partnership
            .zip(forum)
            .and_then(|(p, f)| p.state.forum(f).map(|f| f.name.as_str().to_string()))
            .unwrap_or_default();
    }
    let closed = cache.closed;
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
            public: reader.is_none(),
            closed_now: Arc::new(closed_now),
        },
        view,
        forum_name: cache.forum_name.clone(),
    }
}

/// A meeting as of a past position for `reader`: the anonymous public sees it only if its
/// agenda was published by then.
pub fn meeting_as_of(
    model: &ReadModel,
    view: StreamView<MeetingState>,
    reader: Option<Principal>,
) -> Option<MeetingObject> {
    if reader.is_none() && !public_sees_meeting(&view.state) {
        return None;
    }
    Some(meeting_object(model, Arc::new(view), reader))
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
    if reader.is_none() && !public_sees_meeting(&view.state) {
        return None;
    }
    Some(meeting_object(model, view, reader))
}

/// The partnership view `id`, if it exists.
pub fn partnership(
    model: &ReadModel,
    id: PartnershipId,
) -> Option<Arc<StreamView<PartnershipState>>> {
    model.partnerships.get(&id).cloned()
}
