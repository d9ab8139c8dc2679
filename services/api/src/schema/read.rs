//! The read side's one visibility filter: every query, subscription, history, as-of, case
//! file and minutes rendering asks here what the reader may see.

use std::sync::Arc;

use samraad_domain::meeting::MeetingState;
use samraad_domain::partnership::PartnershipState;
use samraad_domain::{ForumId, MeetingId, OrganizationId, PartnershipId, PersonId};
use samraad_projections::{ReadModel, StreamView};

use super::meeting_types::MeetingObject;
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
    let info = view.state.info();
    let partnership = info.and_then(|i| model.partnerships.get(&i.partnership_id));
    let forum = info.map(|i| i.forum_id);
    let forum_name = partnership
        .zip(forum)
        .and_then(|(p, f)| p.state.forum(f).map(|f| f.name.as_str().to_string()))
        .unwrap_or_default();
    MeetingObject {
        show_closed: sees_closed(reader, partnership.map(|p| &p.state), forum),
        view,
        forum_name,
    }
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
