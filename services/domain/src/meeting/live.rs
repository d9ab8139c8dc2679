//! The live meeting: open, attendance, take up, decisions, follow-ups, adjourn.

use std::collections::BTreeSet;

use super::*;

/// A decision must give an outcome for every recommendation 1..=n (`postponed` counts),
/// none for recommendations that do not exist, and at most one per recommendation.
pub(super) fn validate_outcomes(
    it: &AgendaItem,
    outcomes: &[RecommendationOutcome],
    item_outcome: Option<Outcome>,
    reservations: &[Reservation],
) -> Result<(), DomainError> {
    let n = u32::try_from(it.recommendation_count()).unwrap_or(u32::MAX);
    if item_outcome.is_some() && !outcomes.is_empty() {
        return Err(DomainError::rule_violation(
            Rule::OutcomeForEveryRecommendation,
            format!(
                "item {}: give one outcome per recommendation or one for the item, not both",
                it.item_id
            ),
        ));
    }
    let mut seen = BTreeSet::new();
    for o in outcomes {
        if o.recommendation == 0 || o.recommendation > n {
            return Err(DomainError::rule_violation(
                Rule::OutcomeForEveryRecommendation,
                format!(
                    "item {} has no recommendation {} (it has {n})",
                    it.item_id, o.recommendation
                ),
            ));
        }
        if !seen.insert(o.recommendation) {
            return Err(DomainError::rule_violation(
                Rule::OutcomeForEveryRecommendation,
                format!(
                    "recommendation {} has more than one outcome",
                    o.recommendation
                ),
            ));
        }
    }
    let missing: Vec<String> = (1..=n)
        .filter(|k| item_outcome.is_none() && !seen.contains(k))
        .map(|k| k.to_string())
        .collect();
    if !missing.is_empty() {
        return Err(DomainError::rule_violation(
            Rule::OutcomeForEveryRecommendation,
            format!(
                "item {} has no outcome for recommendation(s) {}; record one or mark it postponed",
                it.item_id,
                missing.join(", ")
            ),
        ));
    }
    if let Some(r) = reservations
        .iter()
        .find(|r| r.recommendation.is_some_and(|k| k == 0 || k > n))
    {
        return Err(DomainError::invalid(
            "reservations",
            format!(
                "reservation by {} names a recommendation that does not exist",
                r.organization_name
            ),
        ));
    }
    Ok(())
}

pub(super) fn open(
    state: &MeetingState,
    c: OpenMeeting,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairRunsMeeting)?;
    require_status(
        state,
        &[MeetingStatus::Scheduled],
        Rule::MeetingStatus,
        "open the meeting",
    )?;
    Ok(vec![
        MeetingOpened {
            meeting_id: c.meeting_id,
            opened_at: ctx.now,
        }
        .into(),
    ])
}

pub(super) fn record_attendance(
    state: &MeetingState,
    c: RecordAttendance,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairRunsMeeting)?;
    require_status(
        state,
        &[
            MeetingStatus::Scheduled,
            MeetingStatus::Open,
            MeetingStatus::Adjourned,
        ],
        Rule::MeetingStatus,
        "record attendance",
    )?;
    if state.minutes_approved_at.is_some() {
        return Err(DomainError::rule_violation(
            Rule::MinutesApproval,
            "attendance is part of the approved minutes",
        ));
    }
    if c.entries.is_empty() {
        return Err(DomainError::invalid(
            "entries",
            "at least one attendance line",
        ));
    }
    if let Some(e) = c.entries.iter().find(|e| {
        e.guest_for_item
            .is_some_and(|i| !state.items.contains_key(&i))
    }) {
        return Err(DomainError::not_found(
            "agenda item",
            e.guest_for_item.map_or_else(String::new, |i| i.to_string()),
        ));
    }
    Ok(vec![
        AttendanceRecorded {
            meeting_id: c.meeting_id,
            entries: c.entries,
        }
        .into(),
    ])
}

pub(super) fn take_up(
    state: &MeetingState,
    c: TakeUpItem,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairRunsMeeting)?;
    require_status(
        state,
        &[MeetingStatus::Open],
        Rule::MeetingStatus,
        "take up items",
    )?;
    let it = item(state, c.item_id, ctx)?;
    require_item_status(it, &[ItemStatus::Accepted], "take up")?;
    Ok(vec![
        ItemTakenUp {
            meeting_id: c.meeting_id,
            item_id: c.item_id,
            at: ctx.now,
        }
        .into(),
    ])
}

pub(super) fn record_decision(
    state: &MeetingState,
    c: RecordDecision,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairRunsMeeting)?;
    require_status(
        state,
        &[MeetingStatus::Open],
        Rule::DecisionOnlyWhileOpen,
        "record a decision",
    )?;
    let it = item(state, c.item_id, ctx)?;
    require_item_status(it, &[ItemStatus::Accepted], "decide on")?;
    if it.kind == ItemKind::Break {
        return Err(DomainError::rule_violation(
            Rule::NoDecisionOnBreak,
            format!("item {} is a break", it.item_id),
        ));
    }
    if state.minutes_approved_at.is_some() {
        return Err(DomainError::rule_violation(
            Rule::MinutesApproval,
            "the minutes were approved at this meeting; nothing is decided after them",
        ));
    }
    if it.decision.is_some() {
        return Err(DomainError::conflict(
            Rule::DecisionAlreadyRecorded,
            format!(
                "item {} already has a decision; use CorrectDecision",
                it.item_id
            ),
        ));
    }
    validate_outcomes(it, &c.outcomes, c.item_outcome, &c.reservations)?;
    Ok(vec![
        DecisionRecorded {
            meeting_id: c.meeting_id,
            item_id: c.item_id,
            decision_id: c.decision_id,
            text: c.text,
            outcomes: c.outcomes,
            item_outcome: c.item_outcome,
            reservations: c.reservations,
            recorded_at: ctx.now,
        }
        .into(),
    ])
}

pub(super) fn assign_follow_up(
    state: &MeetingState,
    c: AssignFollowUp,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairRunsMeeting)?;
    require_status(
        state,
        &[MeetingStatus::Open, MeetingStatus::Adjourned],
        Rule::MeetingStatus,
        "assign follow-ups",
    )?;
    let it = item(state, c.item_id, ctx)?;
    require_item_status(it, &[ItemStatus::Accepted], "assign a follow-up on")?;
    if state.follow_ups.contains_key(&c.follow_up_id) {
        return Err(DomainError::conflict(
            Rule::IdAlreadyUsed,
            format!("follow-up {} already exists", c.follow_up_id),
        ));
    }
    if c.description.is_empty() {
        return Err(DomainError::invalid(
            "description",
            "describe the follow-up action",
        ));
    }
    c.owner.validate()?;
    Ok(vec![
        FollowUpAssigned {
            meeting_id: c.meeting_id,
            item_id: c.item_id,
            follow_up_id: c.follow_up_id,
            description: c.description,
            owner: c.owner,
            due: c.due,
        }
        .into(),
    ])
}

fn open_follow_up<'a>(
    state: &'a MeetingState,
    info: &MeetingInfo,
    id: crate::ids::FollowUpId,
    ctx: &Context,
) -> Result<&'a FollowUp, DomainError> {
    let f = state
        .follow_ups
        .get(&id)
        .ok_or_else(|| DomainError::not_found("follow-up", id))?;
    if !(f.owner.includes(&ctx.actor, info.forum_id) || ctx.actor.runs_forum(info.forum_id)) {
        return Err(DomainError::forbidden(
            Rule::OnlyOwnerOrSecretariatClosesFollowUp,
            format!(
                "organisation {} does not own follow-up {id}",
                ctx.actor.organization
            ),
        ));
    }
    if f.status != FollowUpStatus::Open {
        return Err(DomainError::rule_violation(
            Rule::FollowUpClosedOnce,
            format!("follow-up {id} is already {:?}", f.status),
        ));
    }
    Ok(f)
}

pub(super) fn complete_follow_up(
    state: &MeetingState,
    c: CompleteFollowUp,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    let f = open_follow_up(state, info, c.follow_up_id, ctx)?;
    Ok(vec![
        FollowUpCompleted {
            meeting_id: c.meeting_id,
            item_id: f.item_id,
            follow_up_id: c.follow_up_id,
            note: c.note,
        }
        .into(),
    ])
}

pub(super) fn drop_follow_up(
    state: &MeetingState,
    c: DropFollowUp,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    let f = open_follow_up(state, info, c.follow_up_id, ctx)?;
    Ok(vec![
        FollowUpDropped {
            meeting_id: c.meeting_id,
            item_id: f.item_id,
            follow_up_id: c.follow_up_id,
            reason: c.reason,
        }
        .into(),
    ])
}

pub(super) fn adjourn(
    state: &MeetingState,
    c: AdjournMeeting,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairRunsMeeting)?;
    require_status(
        state,
        &[MeetingStatus::Open],
        Rule::MeetingStatus,
        "adjourn",
    )?;
    Ok(vec![
        MeetingAdjourned {
            meeting_id: c.meeting_id,
            adjourned_at: ctx.now,
        }
        .into(),
    ])
}
