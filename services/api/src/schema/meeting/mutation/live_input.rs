//! Inputs and payloads of the live meeting mutations, and their parsing into domain values.

use async_graphql::{ID, InputObject};
use chrono::NaiveDate;
use samraad_domain::meeting::{self as dm};
use samraad_domain::{AgendaItemId, FollowUpId, OrganizationId, PersonId};

use super::change::MeetingChange;
use crate::schema::common::context::parse_id;
use crate::schema::common::envelope::CommandEnvelope;
use crate::schema::common::parse::{markdown, name, opt_id, opt_markdown, opt_name, time_of_day};
use crate::schema::common::runner::{Done, payloads};
use crate::schema::meeting::follow_up::{FollowUpPersonInput, FollowUpRole};
use crate::schema::meeting::types::{AttendanceStatus, FollowUpObject, Outcome as DecisionOutcome};

payloads! {
    version = "The meeting stream's version after the command (use as `expectedVersion`).",
    entity = change: MeetingChange = "The meeting and the item concerned.",
    entity_attr = [graphql(flatten)];
    /// Result of `openMeeting`.
    OpenMeetingPayload {}
    /// Result of `recordAttendance`.
    RecordAttendancePayload {}
    /// Result of `takeUpItem`.
    TakeUpItemPayload {}
    /// Result of `recordDecision`.
    RecordDecisionPayload {
        /// The decision's id.
        decision_id: Option<ID>,
    }
    /// Result of `correctDecision`.
    CorrectDecisionPayload {}
    /// Result of `assignFollowUp`.
    AssignFollowUpPayload {
        /// The follow-up.
        follow_up: Option<FollowUpObject>,
    }
    /// Result of `completeFollowUp`.
    CompleteFollowUpPayload {
        /// The follow-up.
        follow_up: Option<FollowUpObject>,
    }
    /// Result of `dropFollowUp`.
    DropFollowUpPayload {
        /// The follow-up.
        follow_up: Option<FollowUpObject>,
    }
    /// Result of `adjournMeeting`.
    AdjournMeetingPayload {}
    /// Result of `approveMinutes`.
    ApproveMinutesPayload {}
}

/// Input naming only a meeting (open, adjourn).
#[derive(InputObject)]
pub struct OpenMeetingInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
}

/// Input of `adjournMeeting`.
#[derive(InputObject)]
pub struct AdjournMeetingInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
}

/// One line of attendance.
#[derive(InputObject, Clone)]
pub struct AttendanceInput {
    /// The person, if known to the system.
    pub person_id: Option<ID>,
    /// Name as in the minutes.
    pub name: String,
    /// The organisation represented.
    pub organization_id: Option<ID>,
    /// Present, absent, apologies.
    pub status: AttendanceStatus,
    /// Substitute for this person.
    pub substitute_for: Option<String>,
    /// Guest for this item only.
    pub guest_for_item_id: Option<ID>,
    /// Joined late at, `"HH:MM"`.
    pub joined_at: Option<String>,
    /// Left early at, `"HH:MM"`.
    pub left_at: Option<String>,
}

/// Input of `recordAttendance`.
#[derive(InputObject)]
pub struct RecordAttendanceInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// Lines; a later line for the same person replaces an earlier one.
    pub entries: Vec<AttendanceInput>,
}

/// Input of `takeUpItem`.
#[derive(InputObject)]
pub struct TakeUpItemInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// The item now discussed.
    pub item_id: ID,
}

/// The outcome of one numbered recommendation.
#[derive(InputObject, Clone)]
pub struct RecommendationOutcomeInput {
    /// The recommendation's number (1-based).
    pub recommendation: u32,
    /// Its outcome.
    pub outcome: DecisionOutcome,
    /// A note for this recommendation.
    pub note: Option<String>,
}

/// A reservation by an organisation ("PLO har forbehold …").
#[derive(InputObject, Clone)]
pub struct ReservationInput {
    /// The organisation, if registered.
    pub organization_id: Option<ID>,
    /// The organisation's name as written.
    pub organization_name: String,
    /// The reservation.
    pub text: String,
    /// The recommendation it concerns.
    pub recommendation: Option<u32>,
}

/// Input of `recordDecision`.
#[derive(InputObject)]
pub struct RecordDecisionInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// The item.
    pub item_id: ID,
    /// The decision's id (derived from `commandId` when omitted).
    pub decision_id: Option<ID>,
    /// The decision text (Markdown).
    pub text: String,
    /// One outcome per recommendation of the item.
    #[graphql(default)]
    pub outcomes: Vec<RecommendationOutcomeInput>,
    /// Instead of `outcomes`: one outcome for the item as a whole ("Drøftet."), for every
    /// recommendation it has; the only outcome an item without recommendations can have.
    pub outcome: Option<DecisionOutcome>,
    /// Reservations.
    #[graphql(default)]
    pub reservations: Vec<ReservationInput>,
}

/// Input of `correctDecision`.
#[derive(InputObject)]
pub struct CorrectDecisionInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// The item.
    pub item_id: ID,
    /// The corrected text.
    pub text: String,
    /// The corrected outcomes (again one per recommendation).
    #[graphql(default)]
    pub outcomes: Vec<RecommendationOutcomeInput>,
    /// Instead of `outcomes`: the corrected outcome of the item as a whole.
    pub outcome: Option<DecisionOutcome>,
    /// The corrected reservations.
    #[graphql(default)]
    pub reservations: Vec<ReservationInput>,
    /// Why it is corrected.
    pub reason: String,
}

/// Input of `assignFollowUp`.
#[derive(InputObject)]
pub struct AssignFollowUpInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// The item it follows from.
    pub item_id: ID,
    /// The follow-up's id (derived from `commandId` when omitted).
    pub follow_up_id: Option<ID>,
    /// What is to be done ("Sekretariatet udarbejder …").
    pub description: String,
    /// The organisation that owns it.
    pub owner_organization_id: Option<ID>,
    /// Or several organisations that own it ("kommunerne").
    pub owner_organization_ids: Option<Vec<ID>>,
    /// Or a role of the forum: its secretariat ("Sekretariatet") or chair ("formandskabet").
    pub owner_role: Option<FollowUpRole>,
    /// Or a person.
    pub owner_person: Option<FollowUpPersonInput>,
    /// Due date.
    pub due: Option<NaiveDate>,
}

/// Input of `completeFollowUp`.
#[derive(InputObject)]
pub struct CompleteFollowUpInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// The follow-up.
    pub follow_up_id: ID,
    /// Note.
    pub note: Option<String>,
}

/// Input of `dropFollowUp`.
#[derive(InputObject)]
pub struct DropFollowUpInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// The follow-up.
    pub follow_up_id: ID,
    /// Why.
    pub reason: Option<String>,
}

/// Input of `approveMinutes`.
#[derive(InputObject)]
pub struct ApproveMinutesInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting whose minutes are approved.
    pub meeting_id: ID,
    /// The (later) meeting at which they were approved, if any.
    pub approved_at_meeting_id: Option<ID>,
}

pub(crate) fn outcomes(
    list: &[RecommendationOutcomeInput],
) -> async_graphql::Result<Vec<dm::RecommendationOutcome>> {
    list.iter()
        .enumerate()
        .map(|(i, o)| {
            Ok(dm::RecommendationOutcome {
                recommendation: o.recommendation,
                outcome: o.outcome.into(),
                note: opt_markdown(&format!("outcomes[{i}].note"), o.note.as_ref())?,
            })
        })
        .collect()
}

pub(crate) fn reservations(
    list: &[ReservationInput],
) -> async_graphql::Result<Vec<dm::Reservation>> {
    list.iter()
        .enumerate()
        .map(|(i, r)| {
            Ok(dm::Reservation {
                organization_id: opt_id::<OrganizationId>(
                    r.organization_id.as_ref(),
                    &format!("reservations[{i}].organizationId"),
                )?,
                organization_name: name(
                    &format!("reservations[{i}].organizationName"),
                    &r.organization_name,
                )?,
                text: markdown(&format!("reservations[{i}].text"), &r.text)?,
                recommendation: r.recommendation,
            })
        })
        .collect()
}

pub(crate) fn attendance(
    list: &[AttendanceInput],
) -> async_graphql::Result<Vec<dm::AttendanceEntry>> {
    list.iter()
        .enumerate()
        .map(|(i, a)| {
            let field = |f: &str| format!("entries[{i}].{f}");
            Ok(dm::AttendanceEntry {
                person_id: opt_id::<PersonId>(a.person_id.as_ref(), &field("personId"))?,
                name: name(&field("name"), &a.name)?,
                organization_id: opt_id::<OrganizationId>(
                    a.organization_id.as_ref(),
                    &field("organizationId"),
                )?,
                status: a.status.into(),
                substitute_for: opt_name(&field("substituteFor"), a.substitute_for.as_ref())?,
                guest_for_item: opt_id::<AgendaItemId>(
                    a.guest_for_item_id.as_ref(),
                    &field("guestForItemId"),
                )?,
                joined_at: a
                    .joined_at
                    .as_deref()
                    .map(|t| time_of_day(&field("joinedAt"), t))
                    .transpose()?,
                left_at: a
                    .left_at
                    .as_deref()
                    .map(|t| time_of_day(&field("leftAt"), t))
                    .transpose()?,
            })
        })
        .collect()
}

/// The follow-up `id` of the meeting in `done`, with its item.
pub(crate) fn follow_up(done: &mut Done<MeetingChange>, id: FollowUpId) -> Option<FollowUpObject> {
    let state = &done.changed.meeting.view.state;
    let f = state.follow_ups().get(&id)?;
    let item = super::change::item_of(&done.changed.meeting, f.item_id);
    let visible = done.changed.meeting.sees_item(f.item_id);
    let object = visible.then(|| FollowUpObject::of(id, f));
    if done.changed.item.is_none() {
        done.changed.item = item;
    }
    object
}

pub(crate) fn follow_up_id(id: &ID) -> async_graphql::Result<FollowUpId> {
    Ok(FollowUpId::from_uuid(parse_id(id, "followUpId")?))
}

/// The owner `assignFollowUp` names: exactly one of an organisation, organisations, a role of
/// the forum, or a person.
pub(crate) fn follow_up_owner(
    input: &AssignFollowUpInput,
) -> async_graphql::Result<dm::FollowUpOwner> {
    let org = |id: &ID, field: &str| Ok(OrganizationId::from_uuid(parse_id(id, field)?));
    let given = [
        input.owner_organization_id.is_some(),
        input.owner_organization_ids.is_some(),
        input.owner_role.is_some(),
        input.owner_person.is_some(),
    ];
    if given.iter().filter(|g| **g).count() != 1 {
        return Err(crate::errors::invalid(
            "owner",
            "give exactly one of ownerOrganizationId, ownerOrganizationIds, ownerRole, ownerPerson",
        ));
    }
    if let Some(id) = &input.owner_organization_id {
        return Ok(dm::FollowUpOwner::organization(org(
            id,
            "ownerOrganizationId",
        )?));
    }
    if let Some(ids) = &input.owner_organization_ids {
        return Ok(dm::FollowUpOwner::Organizations(
            ids.iter()
                .enumerate()
                .map(|(i, id)| org(id, &format!("ownerOrganizationIds[{i}]")))
                .collect::<async_graphql::Result<_>>()?,
        ));
    }
    if let Some(role) = input.owner_role {
        return Ok(match role {
            FollowUpRole::Secretariat => dm::FollowUpOwner::Secretariat,
            FollowUpRole::Chair => dm::FollowUpOwner::Chair,
        });
    }
    let person = input
        .owner_person
        .as_ref()
        .ok_or_else(|| crate::errors::invalid("owner", "missing"))?;
    Ok(dm::FollowUpOwner::Person {
        person_id: opt_id(person.person_id.as_ref(), "ownerPerson.personId")?
            .map(PersonId::from_uuid),
        name: name("ownerPerson.name", &person.name)?,
    })
}
