//! How a meeting mutation runs and what its payload shows: the meeting stream's target (send
//! the command, read the meeting back), the changed meeting with the item concerned, and the
//! parsing of meeting and item ids every meeting mutation shares.

use async_graphql::{Context, ID};
use samraad_app::Issuer;
use samraad_domain::meeting::MeetingCommand;
use samraad_domain::{AgendaItemId, MeetingId};

use crate::schema::common::context::parse_id;
use crate::schema::common::runner::{self, Done, target};
use crate::schema::meeting::item::AgendaItemObject;
use crate::schema::meeting::types::MeetingObject;
use crate::schema::read;

/// What a meeting command changed: the meeting, and the item it concerned.
#[derive(async_graphql::SimpleObject)]
pub struct MeetingChange {
    /// The meeting as it is now.
    pub meeting: MeetingObject,
    /// The agenda item concerned, if any.
    pub item: Option<AgendaItemObject>,
}

target!(
    /// The meeting stream, as mutations change it.
    MeetingStream: MeetingId, MeetingCommand => MeetingObject,
    what = "meeting",
    send = meeting,
    read_back = |model, id, reader| read::meeting(model, id, reader),
);

/// The item `id` of `meeting`, as the reader may see it.
pub fn item_of(meeting: &MeetingObject, id: AgendaItemId) -> Option<AgendaItemObject> {
    meeting.agenda_item(id)
}

/// Runs a meeting command; the payload shows the meeting and the item it concerned.
pub async fn run(
    ctx: &Context<'_>,
    id: MeetingId,
    issuer: &Issuer,
    command: MeetingCommand,
    item: Option<AgendaItemId>,
) -> async_graphql::Result<Done<MeetingChange>> {
    let done = runner::run::<MeetingStream>(ctx, id, issuer, command).await?;
    Ok(done.map(|meeting| {
        let item = item.and_then(|i| item_of(&meeting, i));
        MeetingChange { meeting, item }
    }))
}

/// Parses a meeting id.
pub fn meeting_id(id: &ID) -> async_graphql::Result<MeetingId> {
    Ok(MeetingId::from_uuid(parse_id(id, "meetingId")?))
}

/// Parses an agenda item id.
pub fn item_id(id: &ID, field: &str) -> async_graphql::Result<AgendaItemId> {
    Ok(AgendaItemId::from_uuid(parse_id(id, field)?))
}
