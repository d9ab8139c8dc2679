//! Agenda mutations: propose, edit (one section), change details, attach, accept, reject,
//! reorder, withdraw, postpone, publish.

use async_graphql::{Context, ID, InputObject, Object};
use samraad_domain::meeting::{self as dm, MeetingCommand};
use samraad_domain::{AttachmentId, CaseReference, DocumentNumber, MeetingId, Name, Uri};

use super::super::partnership::{name, new_id, opt_markdown, opt_name, time_of_day, title};
use super::{item_id, meeting_id, meeting_payload, run};
use crate::schema::context::{self, invalid};
use crate::schema::meeting_types::{ItemKind, Section, Visibility, parse_section_text};

meeting_payload!(
    /// Result of `proposeAgendaItem`.
    ProposeAgendaItemPayload {}
);
meeting_payload!(
    /// Result of `editAgendaItem`.
    EditAgendaItemPayload {}
);
meeting_payload!(
    /// Result of `changeAgendaItemDetails`.
    ChangeAgendaItemDetailsPayload {}
);
meeting_payload!(
    /// Result of `attachDocument`.
    AttachDocumentPayload {
        /// The new attachment's id.
        attachment_id: Option<ID>,
    }
);
meeting_payload!(
    /// Result of `acceptAgendaItem`.
    AcceptAgendaItemPayload {}
);
meeting_payload!(
    /// Result of `rejectAgendaItem`.
    RejectAgendaItemPayload {}
);
meeting_payload!(
    /// Result of `reorderAgenda`.
    ReorderAgendaPayload {}
);
meeting_payload!(
    /// Result of `withdrawAgendaItem`.
    WithdrawAgendaItemPayload {}
);
meeting_payload!(
    /// Result of `postponeAgendaItem`.
    PostponeAgendaItemPayload {}
);
meeting_payload!(
    /// Result of `publishAgenda`.
    PublishAgendaPayload {}
);

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
    /// Prepared by.
    pub prepared_by: Option<String>,
}

fn names(field: &str, list: &[String]) -> async_graphql::Result<Vec<Name>> {
    list.iter()
        .enumerate()
        .map(|(i, n)| name(&format!("{field}[{i}]"), n))
        .collect()
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
        prepared_by: opt_name("preparedBy", d.prepared_by.as_ref())?,
    })
}

/// Input of `proposeAgendaItem`.
#[derive(InputObject)]
pub struct ProposeAgendaItemInput {
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
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
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
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
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
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
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
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
    /// Link.
    pub uri: Option<String>,
}

/// Input naming one item (accept, publish-like commands).
#[derive(InputObject)]
pub struct AcceptAgendaItemInput {
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
    /// The meeting.
    pub meeting_id: ID,
    /// The item.
    pub item_id: ID,
}

/// Input of `rejectAgendaItem`.
#[derive(InputObject)]
pub struct RejectAgendaItemInput {
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
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
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
    /// The meeting.
    pub meeting_id: ID,
    /// Exactly the accepted items, in their new order.
    pub item_ids: Vec<ID>,
}

/// Input of `withdrawAgendaItem`.
#[derive(InputObject)]
pub struct WithdrawAgendaItemInput {
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
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
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
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
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
    /// The meeting.
    pub meeting_id: ID,
}

fn revision(value: i64, field: &str) -> async_graphql::Result<u64> {
    u64::try_from(value).map_err(|_| invalid(field, "must not be negative"))
}

/// Agenda mutations.
#[derive(Default)]
pub struct MeetingAgendaMutation;

#[Object]
impl MeetingAgendaMutation {
    /// Propose an item (any member organisation of the partnership).
    async fn propose_agenda_item(
        &self,
        ctx: &Context<'_>,
        input: ProposeAgendaItemInput,
    ) -> async_graphql::Result<ProposeAgendaItemPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = meeting_id(&input.meeting_id)?;
        let item = new_id(input.item_id.as_ref(), "itemId", &issuer)?;
        let details = parse_details(&ItemDetailsInput {
            title: input.title.clone(),
            kind: input.kind,
            visibility: input.visibility,
            case_reference: input.case_reference.clone(),
            document_number: input.document_number.clone(),
            time_slot: input.time_slot.clone(),
            presenters: input.presenters.clone(),
            guests: input.guests.clone(),
            prepared_by: input.prepared_by.clone(),
        })?;
        let sections = input
            .sections
            .iter()
            .map(|s| {
                Ok(dm::SectionEntry {
                    section: s.section.into(),
                    content: parse_section_text(s.section.into(), &s.text)?,
                })
            })
            .collect::<async_graphql::Result<Vec<_>>>()?;
        let postponed_from = match (
            &input.postponed_from_meeting_id,
            &input.postponed_from_item_id,
        ) {
            (Some(m), Some(i)) => Some((
                MeetingId::from_uuid(context::parse_id(m, "postponedFromMeetingId")?),
                item_id(i, "postponedFromItemId")?,
            )),
            (None, None) => None,
            _ => {
                return Err(invalid(
                    "postponedFromItemId",
                    "give both postponedFromMeetingId and postponedFromItemId, or neither",
                ));
            }
        };
        let command = MeetingCommand::ProposeAgendaItem(dm::ProposeAgendaItem {
            meeting_id: id,
            item_id: item,
            details,
            sections,
            postponed_from,
        });
        Ok(run(ctx, id, &issuer, command, Some(item)).await?.into())
    }

    /// Edit one section of an item from the revision the editor started from. A stale
    /// `baseRevision` is a `CONFLICT` carrying the current text in `extensions.current`.
    async fn edit_agenda_item(
        &self,
        ctx: &Context<'_>,
        input: EditAgendaItemInput,
    ) -> async_graphql::Result<EditAgendaItemPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = meeting_id(&input.meeting_id)?;
        let item = item_id(&input.item_id, "itemId")?;
        let command = MeetingCommand::EditAgendaItem(dm::EditAgendaItem {
            meeting_id: id,
            item_id: item,
            section: input.section.into(),
            base_revision: revision(input.base_revision, "baseRevision")?,
            content: parse_section_text(input.section.into(), &input.text)?,
        });
        Ok(run(ctx, id, &issuer, command, Some(item)).await?.into())
    }

    /// Change an item's details (title, kind, visibility, time slot, …) from a base revision.
    async fn change_agenda_item_details(
        &self,
        ctx: &Context<'_>,
        input: ChangeAgendaItemDetailsInput,
    ) -> async_graphql::Result<ChangeAgendaItemDetailsPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = meeting_id(&input.meeting_id)?;
        let item = item_id(&input.item_id, "itemId")?;
        let command = MeetingCommand::ChangeAgendaItemDetails(dm::ChangeAgendaItemDetails {
            meeting_id: id,
            item_id: item,
            base_revision: revision(input.base_revision, "baseRevision")?,
            details: parse_details(&input.details)?,
        });
        Ok(run(ctx, id, &issuer, command, Some(item)).await?.into())
    }

    /// Attach a document (bilag) to an item.
    async fn attach_document(
        &self,
        ctx: &Context<'_>,
        input: AttachDocumentInput,
    ) -> async_graphql::Result<AttachDocumentPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = meeting_id(&input.meeting_id)?;
        let item = item_id(&input.item_id, "itemId")?;
        let attachment: AttachmentId =
            new_id(input.attachment_id.as_ref(), "attachmentId", &issuer)?;
        let command = MeetingCommand::AttachDocument(dm::AttachDocument {
            meeting_id: id,
            item_id: item,
            attachment_id: attachment,
            title: title("title", &input.title)?,
            document_number: input
                .document_number
                .as_deref()
                .filter(|s| !s.trim().is_empty())
                .map(|s| DocumentNumber::parse(s).map_err(|e| invalid("documentNumber", e)))
                .transpose()?,
            uri: input
                .uri
                .as_deref()
                .map(|u| Uri::parse(u).map_err(|e| invalid("uri", e)))
                .transpose()?,
        });
        let mut payload: AttachDocumentPayload =
            run(ctx, id, &issuer, command, Some(item)).await?.into();
        payload.attachment_id = Some(ID(attachment.to_string()));
        Ok(payload)
    }

    /// Put a proposed item on the agenda (at the end).
    async fn accept_agenda_item(
        &self,
        ctx: &Context<'_>,
        input: AcceptAgendaItemInput,
    ) -> async_graphql::Result<AcceptAgendaItemPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = meeting_id(&input.meeting_id)?;
        let item = item_id(&input.item_id, "itemId")?;
        let command = MeetingCommand::AcceptAgendaItem(dm::AcceptAgendaItem {
            meeting_id: id,
            item_id: item,
        });
        Ok(run(ctx, id, &issuer, command, Some(item)).await?.into())
    }

    /// Refuse a proposed item.
    async fn reject_agenda_item(
        &self,
        ctx: &Context<'_>,
        input: RejectAgendaItemInput,
    ) -> async_graphql::Result<RejectAgendaItemPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = meeting_id(&input.meeting_id)?;
        let item = item_id(&input.item_id, "itemId")?;
        let command = MeetingCommand::RejectAgendaItem(dm::RejectAgendaItem {
            meeting_id: id,
            item_id: item,
            reason: opt_markdown("reason", input.reason.as_ref())?,
        });
        Ok(run(ctx, id, &issuer, command, Some(item)).await?.into())
    }

    /// Reorder the accepted items.
    async fn reorder_agenda(
        &self,
        ctx: &Context<'_>,
        input: ReorderAgendaInput,
    ) -> async_graphql::Result<ReorderAgendaPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = meeting_id(&input.meeting_id)?;
        let order = input
            .item_ids
            .iter()
            .enumerate()
            .map(|(i, item)| item_id(item, &format!("itemIds[{i}]")))
            .collect::<async_graphql::Result<Vec<_>>>()?;
        let command = MeetingCommand::ReorderAgenda(dm::ReorderAgenda {
            meeting_id: id,
            order,
        });
        Ok(run(ctx, id, &issuer, command, None).await?.into())
    }

    /// The proposer (or secretariat/chair) withdraws an item.
    async fn withdraw_agenda_item(
        &self,
        ctx: &Context<'_>,
        input: WithdrawAgendaItemInput,
    ) -> async_graphql::Result<WithdrawAgendaItemPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = meeting_id(&input.meeting_id)?;
        let item = item_id(&input.item_id, "itemId")?;
        let command = MeetingCommand::WithdrawAgendaItem(dm::WithdrawAgendaItem {
            meeting_id: id,
            item_id: item,
            reason: opt_markdown("reason", input.reason.as_ref())?,
        });
        Ok(run(ctx, id, &issuer, command, Some(item)).await?.into())
    }

    /// Move an item to another meeting.
    async fn postpone_agenda_item(
        &self,
        ctx: &Context<'_>,
        input: PostponeAgendaItemInput,
    ) -> async_graphql::Result<PostponeAgendaItemPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = meeting_id(&input.meeting_id)?;
        let item = item_id(&input.item_id, "itemId")?;
        let command = MeetingCommand::PostponeAgendaItem(dm::PostponeAgendaItem {
            meeting_id: id,
            item_id: item,
            to_meeting: input
                .to_meeting_id
                .as_ref()
                .map(|m| context::parse_id(m, "toMeetingId").map(MeetingId::from_uuid))
                .transpose()?,
            reason: opt_markdown("reason", input.reason.as_ref())?,
        });
        Ok(run(ctx, id, &issuer, command, Some(item)).await?.into())
    }

    /// Publish (send out) the agenda; may be repeated to send an updated agenda.
    async fn publish_agenda(
        &self,
        ctx: &Context<'_>,
        input: PublishAgendaInput,
    ) -> async_graphql::Result<PublishAgendaPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = meeting_id(&input.meeting_id)?;
        let command = MeetingCommand::PublishAgenda(dm::PublishAgenda { meeting_id: id });
        Ok(run(ctx, id, &issuer, command, None).await?.into())
    }
}
