//! Agenda drafting and publication: propose, accept, reject, reorder, withdraw, postpone,
//! publish, attach. Every change after publication carries `after_publication: true`.

use std::collections::BTreeSet;

use super::*;

const DRAFTING: &[MeetingStatus] = &[MeetingStatus::Scheduled, MeetingStatus::Open];

pub(super) fn validate_details(
    details: &ItemDetails,
    meeting: MeetingId,
) -> Result<(), DomainError> {
    if details.follows_up.is_some_and(|f| f.meeting_id == meeting) {
        return Err(DomainError::invalid(
            "follows_up",
            "an item follows up an item of an earlier meeting, not of its own",
        ));
    }
    if let Some(slot) = details.time_slot
        && slot.end <= slot.start
    {
        return Err(DomainError::invalid(
            "time_slot",
            "a time slot must end after it starts",
        ));
    }
    Ok(())
}

pub(super) fn validate_sections(sections: &[SectionEntry]) -> Result<(), DomainError> {
    let mut seen = BTreeSet::new();
    for s in sections {
        if !s.content.fits(s.section) {
            return Err(DomainError::invalid(
                "sections",
                format!("section {:?} cannot hold this kind of content", s.section),
            ));
        }
        if !seen.insert(s.section) {
            return Err(DomainError::invalid(
                "sections",
                format!("section {:?} given twice", s.section),
            ));
        }
    }
    Ok(())
}

pub(super) fn propose(
    state: &MeetingState,
    c: ProposeAgendaItem,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    if !ctx.actor.is_member_organization_of(info.partnership_id) {
        return Err(DomainError::forbidden(
            Rule::OnlyMemberOrganizationsPropose,
            format!(
                "organisation {} is not a member of partnership {}",
                ctx.actor.organization, info.partnership_id
            ),
        ));
    }
    require_status(state, DRAFTING, Rule::MeetingStatus, "propose items")?;
    if state.items.contains_key(&c.item_id) {
        return Err(DomainError::conflict(
            Rule::IdAlreadyUsed,
            format!("item {} already exists", c.item_id),
        ));
    }
    validate_details(&c.details, c.meeting_id)?;
    validate_sections(&c.sections)?;
    let d = c.details;
    Ok(vec![
        AgendaItemProposed {
            meeting_id: c.meeting_id,
            item_id: c.item_id,
            proposed_by: ctx.actor.organization,
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
            sections: c.sections,
            postponed_from: c.postponed_from,
            after_publication: state.is_published(),
            proposed_by_person: Some(ctx.actor.person),
        }
        .into(),
    ])
}

pub(super) fn accept(
    state: &MeetingState,
    c: AcceptAgendaItem,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairManagesAgenda)?;
    require_status(state, DRAFTING, Rule::MeetingStatus, "accept items")?;
    let it = item(state, c.item_id, ctx)?;
    require_item_status(it, &[ItemStatus::Proposed], "accept")?;
    Ok(vec![
        AgendaItemAccepted {
            meeting_id: c.meeting_id,
            item_id: c.item_id,
            after_publication: state.is_published(),
        }
        .into(),
    ])
}

pub(super) fn reject(
    state: &MeetingState,
    c: RejectAgendaItem,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairManagesAgenda)?;
    require_status(state, DRAFTING, Rule::MeetingStatus, "reject items")?;
    let it = item(state, c.item_id, ctx)?;
    require_item_status(it, &[ItemStatus::Proposed], "reject")?;
    Ok(vec![
        AgendaItemRejected {
            meeting_id: c.meeting_id,
            item_id: c.item_id,
            reason: c.reason,
            after_publication: state.is_published(),
        }
        .into(),
    ])
}

pub(super) fn reorder(
    state: &MeetingState,
    c: ReorderAgenda,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairManagesAgenda)?;
    require_status(state, DRAFTING, Rule::MeetingStatus, "reorder the agenda")?;
    let given: BTreeSet<_> = c.order.iter().copied().collect();
    let current: BTreeSet<_> = state.order.iter().copied().collect();
    if given.len() != c.order.len() || given != current {
        return Err(DomainError::rule_violation(
            Rule::ReorderIsPermutation,
            format!(
                "the new order lists {} items ({} distinct) but the agenda has {} accepted items",
                c.order.len(),
                given.len(),
                current.len()
            ),
        ));
    }
    if c.order == state.order {
        return Ok(vec![]);
    }
    Ok(vec![
        AgendaReordered {
            meeting_id: c.meeting_id,
            order: c.order,
            after_publication: state.is_published(),
        }
        .into(),
    ])
}

pub(super) fn withdraw(
    state: &MeetingState,
    c: WithdrawAgendaItem,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    let it = item(state, c.item_id, ctx)?;
    let proposer = ctx.actor.organization == it.proposed_by
        && ctx.actor.is_member_organization_of(info.partnership_id);
    if !(proposer || ctx.actor.runs_forum(info.forum_id)) {
        return Err(DomainError::forbidden(
            Rule::OnlyContributorsEditItems,
            format!(
                "only the proposing organisation or the secretariat/chair withdraws item {}",
                it.item_id
            ),
        ));
    }
    require_status(state, DRAFTING, Rule::MeetingStatus, "withdraw items")?;
    require_item_status(
        it,
        &[ItemStatus::Proposed, ItemStatus::Accepted],
        "withdraw",
    )?;
    if it.decision.is_some() {
        return Err(DomainError::rule_violation(
            Rule::ItemStatus,
            format!("item {} has a decision and cannot be withdrawn", it.item_id),
        ));
    }
    Ok(vec![
        AgendaItemWithdrawn {
            meeting_id: c.meeting_id,
            item_id: c.item_id,
            reason: c.reason,
            after_publication: state.is_published(),
        }
        .into(),
    ])
}

pub(super) fn postpone(
    state: &MeetingState,
    c: PostponeAgendaItem,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairManagesAgenda)?;
    require_status(state, DRAFTING, Rule::MeetingStatus, "postpone items")?;
    let it = item(state, c.item_id, ctx)?;
    require_item_status(
        it,
        &[ItemStatus::Proposed, ItemStatus::Accepted],
        "postpone",
    )?;
    if it.decision.is_some() {
        return Err(DomainError::rule_violation(
            Rule::ItemStatus,
            format!("item {} has a decision and cannot be postponed", it.item_id),
        ));
    }
    if c.to_meeting == Some(c.meeting_id) {
        return Err(DomainError::invalid(
            "to_meeting",
            "an item is postponed to another meeting",
        ));
    }
    Ok(vec![
        AgendaItemPostponed {
            meeting_id: c.meeting_id,
            item_id: c.item_id,
            to_meeting: c.to_meeting,
            reason: c.reason,
            after_publication: state.is_published(),
        }
        .into(),
    ])
}

pub(super) fn publish(
    state: &MeetingState,
    c: PublishAgenda,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairManagesAgenda)?;
    require_status(
        state,
        &[MeetingStatus::Scheduled],
        Rule::MeetingStatus,
        "publish the agenda",
    )?;
    Ok(vec![
        AgendaPublished {
            meeting_id: c.meeting_id,
            edition: state.published_edition + 1,
            published_at: ctx.now,
            items: state.order.clone(),
        }
        .into(),
    ])
}

pub(super) fn attach(
    state: &MeetingState,
    c: AttachDocument,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    let it = item(state, c.item_id, ctx)?;
    require_contributor(info, it, ctx)?;
    if state.status == MeetingStatus::Cancelled {
        return Err(DomainError::rule_violation(
            Rule::MeetingStatus,
            "the meeting is cancelled",
        ));
    }
    if state.items.values().any(|i| {
        i.attachments
            .iter()
            .any(|a| a.attachment_id == c.attachment_id)
    }) {
        return Err(DomainError::conflict(
            Rule::IdAlreadyUsed,
            format!("attachment {} already exists", c.attachment_id),
        ));
    }
    Ok(vec![
        DocumentAttached {
            meeting_id: c.meeting_id,
            item_id: c.item_id,
            attachment_id: c.attachment_id,
            title: c.title,
            document_number: c.document_number,
            case_reference: c.case_reference,
            uri: c.uri,
            after_publication: state.is_published(),
        }
        .into(),
    ])
}
