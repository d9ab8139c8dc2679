//! Co-editing: one section at a time, each section with its own revision.
//!
//! Editing a *different* section than someone else always succeeds. Editing the *same*
//! section from a stale `base_revision` is a CONFLICT carrying the current content and
//! revision ([`crate::SectionSnapshot`]) so the client can merge. Nothing is silently overwritten.

use super::*;
use crate::error::SectionSnapshot;

const EDITABLE: &[ItemStatus] = &[ItemStatus::Proposed, ItemStatus::Accepted];
const OPEN_FOR_EDITS: &[MeetingStatus] = &[MeetingStatus::Scheduled, MeetingStatus::Open];

pub(super) fn edit(
    state: &MeetingState,
    c: EditAgendaItem,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    let it = item(state, c.item_id, ctx)?;
    require_contributor(info, it, ctx)?;
    require_status(state, OPEN_FOR_EDITS, Rule::MeetingStatus, "edit items")?;
    require_item_status(it, EDITABLE, "edit")?;
    if !c.content.fits(c.section) {
        return Err(DomainError::invalid(
            "content",
            format!("section {:?} cannot hold this kind of content", c.section),
        ));
    }
    let (current, revision) = it.section(c.section);
    if c.base_revision != revision {
        if current == c.content {
            // The same text is already there: the edit is not lost, nothing to append.
            return Ok(vec![]);
        }
        return Err(DomainError::Conflict {
            rule: Rule::NoSilentOverwrite,
            detail: format!(
                "section {:?} of item {} is at revision {revision}, the edit was based on {}",
                c.section, c.item_id, c.base_revision
            ),
            current: Some(Box::new(SectionSnapshot {
                item_id: c.item_id,
                section: c.section,
                revision,
                content: current,
            })),
        });
    }
    Ok(vec![
        AgendaItemEdited {
            meeting_id: c.meeting_id,
            item_id: c.item_id,
            section: c.section,
            base_revision: revision,
            revision: revision + 1,
            content: c.content,
            edited_by: ctx.actor.organization,
            after_publication: state.is_published(),
        }
        .into(),
    ])
}

pub(super) fn change_details(
    state: &MeetingState,
    c: ChangeAgendaItemDetails,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    let it = item(state, c.item_id, ctx)?;
    require_contributor(info, it, ctx)?;
    require_status(state, OPEN_FOR_EDITS, Rule::MeetingStatus, "edit items")?;
    require_item_status(it, EDITABLE, "edit")?;
    super::agenda::validate_details(&c.details, c.meeting_id)?;
    if c.base_revision != it.details_revision {
        return Err(DomainError::conflict(
            Rule::NoSilentOverwrite,
            format!(
                "the details of item {} are at revision {}, the edit was based on {}",
                c.item_id, it.details_revision, c.base_revision
            ),
        ));
    }
    if c.details.kind == ItemKind::Break && it.decision.is_some() {
        return Err(DomainError::rule_violation(
            Rule::NoDecisionOnBreak,
            "an item with a decision cannot become a break",
        ));
    }
    let d = c.details;
    Ok(vec![
        AgendaItemDetailsChanged {
            meeting_id: c.meeting_id,
            item_id: c.item_id,
            revision: it.details_revision + 1,
            title: d.title,
            kind: d.kind,
            visibility: d.visibility,
            case_reference: d.case_reference,
            document_number: d.document_number,
            time_slot: d.time_slot,
            presenters: d.presenters,
            guests: d.guests,
            absent: d.absent,
            follows_up: d.follows_up,
            prepared_by: d.prepared_by,
            after_publication: state.is_published(),
        }
        .into(),
    ])
}
