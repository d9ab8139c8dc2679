//! Inputs and payloads of the agenda mutations, and their parsing into domain values.

use async_graphql::{ID, InputObject};
use samraad_domain::meeting::{self as dm};
use samraad_domain::{AgendaItemId, CaseReference, DocumentNumber, MeetingId, Name};

use super::change::MeetingChange;
use crate::errors::invalid;
use crate::schema::common::context::parse_id;
use crate::schema::common::envelope::CommandEnvelope;
use crate::schema::common::parse::{name, opt_name, time_of_day, title};
use crate::schema::common::runner::payloads;
use crate::schema::meeting::types::{ItemKind, Section, Visibility};

payloads! {
    version = "The meeting stream's version after the command (use as `expectedVersion`).",
    entity = change: MeetingChange = "The meeting and the item concerned.",
    entity_attr = [graphql(flatten)];
    /// Result of `proposeAgendaItem`.
    ProposeAgendaItemPayload {}
    /// Result of `editAgendaItem`.
    EditAgendaItemPayload {}
    /// Result of `changeAgendaItemDetails`.
    ChangeAgendaItemDetailsPayload {}
    /// Result of `attachDocument`.
    AttachDocumentPayload {
        /// The new attachment's id.
        attachment_id: Option<ID>,
    }
    /// Result of `acceptAgendaItem`.
    AcceptAgendaItemPayload {}
    /// Result of `rejectAgendaItem`.
    RejectAgendaItemPayload {}
    /// Result of `reorderAgenda`.
    ReorderAgendaPayload {}
    /// Result of `withdrawAgendaItem`.
    WithdrawAgendaItemPayload {}
    /// Result of `postponeAgendaItem`.
    PostponeAgendaItemPayload {}
    /// Result of `publishAgenda`.
    PublishAgendaPayload {}
}

/// A planned time slot ("kl. 14:30–14:45").
#[derive(InputObject, Clone)]
pub struct TimeSlotInput {
    /// Start, `"HH:MM"`.
    pub start: String,
    /// End, `"HH:MM"`.
    pub end: String,
}

/// One section's text.
#[derive(InputObject, Clone)]
pub struct SectionInput {
    /// Which section.
    pub section: Section,
    /// Markdown; for recommendations the preamble then `1. …` lines.
    pub text: String,
}

/// An item's details (everything except sections and attachments).
#[derive(InputObject, Clone)]
pub struct ItemDetailsInput {
    /// Title.
    pub title: String,
    /// Kind.
    pub kind: ItemKind,
    /// Open (default) or closed.
    pub visibility: Option<Visibility>,
    /// Sags ID, e.g. `EMN-2022-05561`.
    pub case_reference: Option<String>,
    /// Dok ID.
    pub document_number: Option<String>,
    /// Planned time slot.
    pub time_slot: Option<TimeSlotInput>,
    /// Presenters.
    #[graphql(default)]
    pub presenters: Vec<String>,
    /// Invited guests.
    #[graphql(default)]
    pub guests: Vec<String>,
    /// Members absent for this item only (the item's "Fraværende").
    #[graphql(default)]
    pub absent: Vec<String>,
    /// The earlier meeting's item this one follows up ("opfølgning på møde i … den …").
    pub follows_up: Option<ItemRefInput>,
    /// Prepared by.
    pub prepared_by: Option<String>,
}

pub(crate) fn names(field: &str, list: &[String]) -> async_graphql::Result<Vec<Name>> {
    list.iter()
        .enumerate()
        .map(|(i, n)| name(&format!("{field}[{i}]"), n))
        .collect()
}

/// An agenda item of another meeting.
#[derive(InputObject, Clone)]
pub struct ItemRefInput {
    /// The meeting.
    pub meeting_id: ID,
    /// The item.
    pub item_id: ID,
}

/// Parses item details.
pub fn parse_details(d: &ItemDetailsInput) -> async_graphql::Result<dm::ItemDetails> {
    Ok(dm::ItemDetails {
        title: title("title", &d.title)?,
        kind: d.kind.into(),
        visibility: d.visibility.map(Into::into).unwrap_or_default(),
        case_reference: d
            .case_reference
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(|s| CaseReference::parse(s).map_err(|e| invalid("caseReference", e)))
            .transpose()?,
        document_number: d
            .document_number
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(|s| DocumentNumber::parse(s).map_err(|e| invalid("documentNumber", e)))
            .transpose()?,
        time_slot: d
            .time_slot
            .as_ref()
            .map(|slot| {
                Ok::<_, async_graphql::Error>(dm::TimeSlot {
                    start: time_of_day("timeSlot.start", &slot.start)?,
                    end: time_of_day("timeSlot.end", &slot.end)?,
                })
            })
            .transpose()?,
        presenters: names("presenters", &d.presenters)?,
        guests: names("guests", &d.guests)?,
        absent: names("absent", &d.absent)?,
        follows_up: d
            .follows_up
            .as_ref()
            .map(|f| {
                Ok::<_, async_graphql::Error>(dm::ItemRef {
                    meeting_id: MeetingId::from_uuid(parse_id(
                        &f.meeting_id,
                        "followsUp.meetingId",
                    )?),
                    item_id: AgendaItemId::from_uuid(parse_id(&f.item_id, "followsUp.itemId")?),
                })
            })
            .transpose()?,
        prepared_by: opt_name("preparedBy", d.prepared_by.as_ref())?,
    })
}

/// Input of `proposeAgendaItem`.
#[derive(InputObject)]
pub struct ProposeAgendaItemInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// The new item's id (derived from `commandId` when omitted).
    pub item_id: Option<ID>,
    /// Title.
    pub title: String,
    /// Kind.
    pub kind: ItemKind,
    /// Open (default) or closed.
    pub visibility: Option<Visibility>,
    /// Sags ID.
    pub case_reference: Option<String>,
    /// Dok ID.
    pub document_number: Option<String>,
    /// Planned time slot.
    pub time_slot: Option<TimeSlotInput>,
    /// Presenters.
    #[graphql(default)]
    pub presenters: Vec<String>,
    /// Invited guests.
    #[graphql(default)]
    pub guests: Vec<String>,
    /// Members absent for this item only (the item's "Fraværende").
    #[graphql(default)]
    pub absent: Vec<String>,
    /// The earlier meeting's item this one follows up ("opfølgning på møde i … den …").
    pub follows_up: Option<ItemRefInput>,
    /// Prepared by.
    pub prepared_by: Option<String>,
    /// Initial sections (each starts at revision 1).
    #[graphql(default)]
    pub sections: Vec<SectionInput>,
    /// Carried over from this meeting's postponed item…
    pub postponed_from_meeting_id: Option<ID>,
    /// …with this id.
    pub postponed_from_item_id: Option<ID>,
}

/// Input of `editAgendaItem`: one section, from the revision the editor started from.
#[derive(InputObject)]
pub struct EditAgendaItemInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// The item.
    pub item_id: ID,
    /// The section edited.
    pub section: Section,
    /// Its new text (recommendations: preamble then `1. …` lines).
    pub text: String,
    /// The section's revision the editor started from (0 = never written).
    pub base_revision: i64,
}

/// Input of `changeAgendaItemDetails` (the details are replaced as a whole).
#[derive(InputObject)]
pub struct ChangeAgendaItemDetailsInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// The item.
    pub item_id: ID,
    /// The details revision the editor started from.
    pub base_revision: i64,
    /// New details.
    pub details: ItemDetailsInput,
}

/// Input of `attachDocument`.
#[derive(InputObject)]
pub struct AttachDocumentInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// The item.
    pub item_id: ID,
    /// The attachment's id (derived from `commandId` when omitted).
    pub attachment_id: Option<ID>,
    /// Title ("Flow diagram_endelig version.pptx").
    pub title: String,
    /// Dok ID.
    pub document_number: Option<String>,
    /// The Sags ID it is filed under, when not the item's.
    pub case_reference: Option<String>,
    /// Link.
    pub uri: Option<String>,
}

/// Input naming one item (accept, publish-like commands).
#[derive(InputObject)]
pub struct AcceptAgendaItemInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// The item.
    pub item_id: ID,
}

/// Input of `rejectAgendaItem`.
#[derive(InputObject)]
pub struct RejectAgendaItemInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// The item.
    pub item_id: ID,
    /// Why.
    pub reason: Option<String>,
}

/// Input of `reorderAgenda`.
#[derive(InputObject)]
pub struct ReorderAgendaInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// Exactly the accepted items, in their new order.
    pub item_ids: Vec<ID>,
}

/// Input of `withdrawAgendaItem`.
#[derive(InputObject)]
pub struct WithdrawAgendaItemInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// The item.
    pub item_id: ID,
    /// Why.
    pub reason: Option<String>,
}

/// Input of `postponeAgendaItem`.
#[derive(InputObject)]
pub struct PostponeAgendaItemInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
    /// The item.
    pub item_id: ID,
    /// The meeting it moves to, if known.
    pub to_meeting_id: Option<ID>,
    /// Why.
    pub reason: Option<String>,
}

/// Input of `publishAgenda`.
#[derive(InputObject)]
pub struct PublishAgendaInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The meeting.
    pub meeting_id: ID,
}

pub(crate) fn revision(value: i64, field: &str) -> async_graphql::Result<u64> {
    u64::try_from(value).map_err(|_| invalid(field, "must not be negative"))
}
