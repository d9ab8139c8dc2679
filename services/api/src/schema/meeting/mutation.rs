//! Mutations of the meeting stream, one per command: schedule (here), agenda
//! ([`agenda`]) and the live meeting and minutes ([`live`]). `MeetingMutation` merges them.

mod agenda;
mod agenda_input;
mod change;
mod import;
mod live;
mod live_input;

use async_graphql::{Context, ID, InputObject, MergedObject, Object};
use chrono::{DateTime, Utc};
use samraad_domain::meeting::{self as dm, MeetingCommand};
use samraad_domain::{ForumId, MeetingId, PartnershipId, Uri};

use crate::errors::ApiError;
use crate::errors::invalid;
use crate::schema::common::context::{parse_id, services};
use crate::schema::common::parse::{name, new_id, opt_id, opt_markdown, opt_name, title};
use crate::schema::meeting::types::MeetingMode;

use crate::schema::common::envelope::CommandEnvelope;
use crate::schema::common::runner::payloads;
pub use agenda::MeetingAgendaMutation;
pub use change::{MeetingChange, meeting_id, run};
pub use live::MeetingLiveMutation;

/// All meeting mutations.
#[derive(MergedObject, Default)]
pub struct MeetingMutation(
    MeetingScheduleMutation,
    MeetingAgendaMutation,
    MeetingLiveMutation,
    import::MeetingImportMutation,
);

/// Room and address.
#[derive(InputObject, Clone)]
pub struct LocationInput {
    /// Room ("Mødelokale 6 - stuen").
    pub room: Option<String>,
    /// Address ("Regionshuset, Damhaven 12, 7100 Vejle").
    pub address: String,
}

/// Parses where and how a meeting takes place. Without `mode`, it follows from what is
/// given (`MeetingMode::implied_by`); when nothing is given it is an error, never a
/// written procedure by accident.
fn place(
    mode: Option<MeetingMode>,
    location: Option<&LocationInput>,
    online_link: Option<&String>,
    place_not_given: bool,
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
        None => dm::MeetingMode::implied_by(
            location.is_some(),
            online_link.is_some(),
            place_not_given,
        )
        .ok_or_else(|| {
            invalid(
                "location",
                "say where the meeting is: a location, an online link, placeNotGiven: true, or \
                 mode (WRITTEN for a written procedure)",
            )
        })?,
    };
    Ok((mode, location, online_link))
}

payloads! {
    version = "The meeting stream's version after the command (use as `expectedVersion`).",
    entity = change: MeetingChange = "The meeting and the item concerned.",
    entity_attr = [graphql(flatten)];
    /// Result of `scheduleMeeting`.
    ScheduleMeetingPayload {}
    /// Result of `rescheduleMeeting`.
    RescheduleMeetingPayload {}
    /// Result of `cancelMeeting`.
    CancelMeetingPayload {}
}

/// Input of `scheduleMeeting`.
#[derive(InputObject)]
pub struct ScheduleMeetingInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
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
    /// End (RFC 3339), if known.
    pub ends_at: Option<DateTime<Utc>>,
    /// In person, online, hybrid or written (follows from location/link when omitted).
    pub mode: Option<MeetingMode>,
    /// Room and address.
    pub location: Option<LocationInput>,
    /// Online link (Teams), if known.
    pub online_link: Option<String>,
    /// True: the place of a meeting in a room is not given (the minutes say none).
    #[graphql(default)]
    pub place_not_given: bool,
}

/// Input of `rescheduleMeeting`.
#[derive(InputObject)]
pub struct RescheduleMeetingInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// New start.
    pub starts_at: DateTime<Utc>,
    /// New end, if known.
    pub ends_at: Option<DateTime<Utc>>,
    /// Mode (follows from location/link when omitted).
    pub mode: Option<MeetingMode>,
    /// Room and address.
    pub location: Option<LocationInput>,
    /// Online link, if known.
    pub online_link: Option<String>,
    /// True: the place of a meeting in a room is not given.
    #[graphql(default)]
    pub place_not_given: bool,
}

/// Input of `cancelMeeting`.
#[derive(InputObject)]
pub struct CancelMeetingInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
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
        let issuer = input.envelope.issuer(ctx)?;
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
            input.place_not_given,
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
            place_not_given: input.place_not_given,
        });
        Ok(run(ctx, id, &issuer, command, None).await?.into())
    }

    /// Move the meeting or change where/how it takes place.
    async fn reschedule_meeting(
        &self,
        ctx: &Context<'_>,
        input: RescheduleMeetingInput,
    ) -> async_graphql::Result<RescheduleMeetingPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let (mode, location, online_link) = place(
            input.mode,
            input.location.as_ref(),
            input.online_link.as_ref(),
            input.place_not_given,
        )?;
        let command = MeetingCommand::RescheduleMeeting(dm::RescheduleMeeting {
            meeting_id: id,
            starts_at: input.starts_at,
            ends_at: input.ends_at,
            mode,
            location,
            online_link,
            place_not_given: input.place_not_given,
        });
        Ok(run(ctx, id, &issuer, command, None).await?.into())
    }

    /// Cancel the meeting (nothing is deleted).
    async fn cancel_meeting(
        &self,
        ctx: &Context<'_>,
        input: CancelMeetingInput,
    ) -> async_graphql::Result<CancelMeetingPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let command = MeetingCommand::CancelMeeting(dm::CancelMeeting {
            meeting_id: id,
            reason: opt_markdown("reason", input.reason.as_ref())?,
        });
        Ok(run(ctx, id, &issuer, command, None).await?.into())
    }
}
