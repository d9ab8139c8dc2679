//! Agenda mutations: propose, edit (one section), change details, attach, accept, reject,
//! reorder, withdraw, postpone, publish.

use async_graphql::{Context, ID, Object};
use samraad_domain::meeting::{self as dm, MeetingCommand};
use samraad_domain::{AttachmentId, CaseReference, DocumentNumber, MeetingId, Uri};

use super::agenda_input::*;
use super::change::{item_id, meeting_id, run};
use crate::errors::invalid;
use crate::schema::common::context;
use crate::schema::common::parse::{new_id, opt_markdown, title};
use crate::schema::meeting::types::parse_section_text;

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
        let issuer = input.envelope.issuer(ctx)?;
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
            absent: input.absent.clone(),
            follows_up: input.follows_up.clone(),
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
        let issuer = input.envelope.issuer(ctx)?;
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
        let issuer = input.envelope.issuer(ctx)?;
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
        let issuer = input.envelope.issuer(ctx)?;
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
            case_reference: input
                .case_reference
                .as_deref()
                .filter(|s| !s.trim().is_empty())
                .map(|s| CaseReference::parse(s).map_err(|e| invalid("caseReference", e)))
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
        let issuer = input.envelope.issuer(ctx)?;
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
        let issuer = input.envelope.issuer(ctx)?;
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
        let issuer = input.envelope.issuer(ctx)?;
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
        let issuer = input.envelope.issuer(ctx)?;
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
        let issuer = input.envelope.issuer(ctx)?;
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
        let issuer = input.envelope.issuer(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let command = MeetingCommand::PublishAgenda(dm::PublishAgenda { meeting_id: id });
        Ok(run(ctx, id, &issuer, command, None).await?.into())
    }
}
