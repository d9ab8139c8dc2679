//! Mutations of the meeting stream, one per command: schedule (here), agenda
//! ([`agenda`]) and the live meeting and minutes ([`live`]). `MeetingMutation` merges them.

mod agenda;
mod agenda_input;
mod live;
mod live_input;
#[cfg(test)]
mod tests;

use async_graphql::{Context, ID, InputObject, MergedObject, Object};
use chrono::{DateTime, Utc};
use samraad_app::Issuer;
use samraad_domain::meeting::{self as dm, MeetingCommand};
use samraad_domain::{AgendaItemId, ForumId, MeetingId, PartnershipId, Uri};

use crate::errors::ApiError;
use crate::schema::common::context::{self, invalid, parse_id, services, viewer};
use crate::schema::common::parse::{
    lagging, name, new_id, opt_id, opt_markdown, opt_name, title, version,
};
use crate::schema::meeting::item::AgendaItemObject;
use crate::schema::meeting::types::{MeetingMode, MeetingObject};
use crate::schema::read;

pub use agenda::MeetingAgendaMutation;
pub use live::MeetingLiveMutation;

/// All meeting mutations.
#[derive(MergedObject, Default)]
pub struct MeetingMutation(
    MeetingScheduleMutation,
    MeetingAgendaMutation,
    MeetingLiveMutation,
);

/// Defines a meeting payload: `version`, `position`, `meeting`, `item` and extra fields.
macro_rules! meeting_payload {
    ($(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        $(#[$doc])*
        #[derive(async_graphql::SimpleObject)]
        pub struct $name {
            /// The meeting stream's version after the command (use as `expectedVersion`).
            pub version: i64,
            /// The global position of the command's last event.
            pub position: String,
            /// The meeting as it is now.
            pub meeting: $crate::schema::meeting::types::MeetingObject,
            /// The agenda item concerned, if any.
            pub item: Option<$crate::schema::meeting::item::AgendaItemObject>,
            $($(#[$fdoc])* pub $field: $ty,)*
        }

        impl From<$crate::schema::meeting::mutation::Done> for $name {
            fn from(done: $crate::schema::meeting::mutation::Done) -> Self {
                Self {
                    version: done.version,
                    position: done.position,
                    meeting: done.meeting,
                    item: done.item,
                    $($field: Default::default(),)*
                }
            }
        }
    };
}
pub(crate) use meeting_payload;

/// What every meeting command returns.
pub struct Done {
    /// Stream version.
    pub version: i64,
    /// Global position.
    pub position: String,
    /// The meeting.
    pub meeting: MeetingObject,
    /// The item concerned.
    pub item: Option<AgendaItemObject>,
}

/// The item `id` of `meeting`, as the reader may see it.
pub fn item_of(meeting: &MeetingObject, id: AgendaItemId) -> Option<AgendaItemObject> {
    meeting.agenda_item(id)
}

/// Runs a meeting command and builds the common payload.
pub async fn run(
    ctx: &Context<'_>,
    id: MeetingId,
    issuer: &Issuer,
    command: MeetingCommand,
    item: Option<AgendaItemId>,
) -> async_graphql::Result<Done> {
    let outcome =
        context::execute(ctx, services(ctx).commands.meeting(id, issuer, command)).await?;
    let reader = viewer(ctx);
    let meeting = services(ctx)
        .projections
        .read(|model| read::meeting(model, id, reader))
        .ok_or_else(|| lagging("meeting"))?;
    let item = item.and_then(|i| item_of(&meeting, i));
    Ok(Done {
        version: version(&outcome),
        position: outcome.position.to_string(),
        meeting,
        item,
    })
}

/// Parses a meeting id.
pub fn meeting_id(id: &ID) -> async_graphql::Result<MeetingId> {
    Ok(MeetingId::from_uuid(parse_id(id, "meetingId")?))
}

/// Parses an agenda item id.
pub fn item_id(id: &ID, field: &str) -> async_graphql::Result<AgendaItemId> {
    Ok(AgendaItemId::from_uuid(parse_id(id, field)?))
}

/// Room and address.
#[derive(InputObject, Clone)]
pub struct LocationInput {
    /// Room ("Mødelokale 6 - stuen").
    pub room: Option<String>,
    /// Address ("Regionshuset, Damhaven 12, 7100 Vejle").
    pub address: String,
}

/// Parses where and how a meeting takes place. Without `mode`, it follows from what is
/// given: room and link → hybrid, room → in person, link → online, neither → written.
fn place(
    mode: Option<MeetingMode>,
    location: Option<&LocationInput>,
    online_link: Option<&String>,
) -> async_graphql::Result<(dm::MeetingMode, Option<dm::Location>, Option<Uri>)> {
    let location = location
        .map(|l| {
            Ok::<_, async_graphql::Error>(dm::Location {
                room: opt_name("location.room", l.room.as_ref())?,
                address: name("location.address", &l.address)?,
            })
        })
        .transpose()?;
    let online_link = online_link
        .map(|u| Uri::parse(u).map_err(|e| invalid("onlineLink", e)))
        .transpose()?;
    let mode = match mode {
        Some(mode) => mode.into(),
        None => dm::MeetingMode::implied_by(location.is_some(), online_link.is_some()),
    };
    Ok((mode, location, online_link))
}

meeting_payload!(
    /// Result of `scheduleMeeting`.
    ScheduleMeetingPayload {}
);
meeting_payload!(
    /// Result of `rescheduleMeeting`.
    RescheduleMeetingPayload {}
);
meeting_payload!(
    /// Result of `cancelMeeting`.
    CancelMeetingPayload {}
);

/// Input of `scheduleMeeting`.
#[derive(InputObject)]
pub struct ScheduleMeetingInput {
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
    /// The new meeting's id (derived from `commandId` when omitted).
    pub meeting_id: Option<ID>,
    /// The partnership (looked up from the forum when omitted).
    pub partnership_id: Option<ID>,
    /// The forum that meets.
    pub forum_id: ID,
    /// Optional title ("Ekstraordinært møde …").
    pub title: Option<String>,
    /// Start (RFC 3339).
    pub starts_at: DateTime<Utc>,
    /// End (RFC 3339).
    pub ends_at: DateTime<Utc>,
    /// In person, online, hybrid or written (follows from location/link when omitted).
    pub mode: Option<MeetingMode>,
    /// Room and address.
    pub location: Option<LocationInput>,
    /// Online link (Teams).
    pub online_link: Option<String>,
}

/// Input of `rescheduleMeeting`.
#[derive(InputObject)]
pub struct RescheduleMeetingInput {
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
    /// The meeting.
    pub meeting_id: ID,
    /// New start.
    pub starts_at: DateTime<Utc>,
    /// New end.
    pub ends_at: DateTime<Utc>,
    /// Mode (follows from location/link when omitted).
    pub mode: Option<MeetingMode>,
    /// Room and address.
    pub location: Option<LocationInput>,
    /// Online link.
    pub online_link: Option<String>,
}

/// Input of `cancelMeeting`.
#[derive(InputObject)]
pub struct CancelMeetingInput {
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
    /// The meeting.
    pub meeting_id: ID,
    /// Why.
    pub reason: Option<String>,
}

/// Schedule mutations.
#[derive(Default)]
pub struct MeetingScheduleMutation;

#[Object]
impl MeetingScheduleMutation {
    /// Schedule a meeting of a forum.
    async fn schedule_meeting(
        &self,
        ctx: &Context<'_>,
        input: ScheduleMeetingInput,
    ) -> async_graphql::Result<ScheduleMeetingPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id: MeetingId = new_id(input.meeting_id.as_ref(), "meetingId", &issuer)?;
        let forum_id = ForumId::from_uuid(parse_id(&input.forum_id, "forumId")?);
        let partnership_id =
            match opt_id::<PartnershipId>(input.partnership_id.as_ref(), "partnershipId")? {
                Some(p) => p,
                None => services(ctx)
                    .projections
                    .read(|model| {
                        model
                            .partnerships
                            .iter()
                            .find(|(_, p)| p.state.forum(forum_id).is_some())
                            .map(|(id, _)| *id)
                    })
                    .ok_or_else(|| {
                        async_graphql::ErrorExtensions::extend(&ApiError::NotFound(format!(
                            "forum {forum_id} not found"
                        )))
                    })?,
            };
        let (mode, location, online_link) = place(
            input.mode,
            input.location.as_ref(),
            input.online_link.as_ref(),
        )?;
        let command = MeetingCommand::ScheduleMeeting(dm::ScheduleMeeting {
            meeting_id: id,
            partnership_id,
            forum_id,
            title: input
                .title
                .as_deref()
                .map(|t| title("title", t))
                .transpose()?,
            starts_at: input.starts_at,
            ends_at: input.ends_at,
            mode,
            location,
            online_link,
        });
        Ok(run(ctx, id, &issuer, command, None).await?.into())
    }

    /// Move the meeting or change where/how it takes place.
    async fn reschedule_meeting(
        &self,
        ctx: &Context<'_>,
        input: RescheduleMeetingInput,
    ) -> async_graphql::Result<RescheduleMeetingPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = meeting_id(&input.meeting_id)?;
        let (mode, location, online_link) = place(
            input.mode,
            input.location.as_ref(),
            input.online_link.as_ref(),
        )?;
        let command = MeetingCommand::RescheduleMeeting(dm::RescheduleMeeting {
            meeting_id: id,
            starts_at: input.starts_at,
            ends_at: input.ends_at,
            mode,
            location,
            online_link,
        });
        Ok(run(ctx, id, &issuer, command, None).await?.into())
    }

    /// Cancel the meeting (nothing is deleted).
    async fn cancel_meeting(
        &self,
        ctx: &Context<'_>,
        input: CancelMeetingInput,
    ) -> async_graphql::Result<CancelMeetingPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = meeting_id(&input.meeting_id)?;
        let command = MeetingCommand::CancelMeeting(dm::CancelMeeting {
            meeting_id: id,
            reason: opt_markdown("reason", input.reason.as_ref())?,
        });
        Ok(run(ctx, id, &issuer, command, None).await?.into())
    }
}
