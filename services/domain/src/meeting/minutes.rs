//! Minutes: corrections and approval.
//!
//! A correction before approval is an ordinary [`DecisionCorrected`] with
//! `after_approval: false`. After approval a correction is still allowed (the minutes may be
//! wrong), but it is the explicit, visible kind: `after_approval: true`, which read models show
//! as a correction to approved minutes.

use super::*;

pub(super) fn correct_decision(
    state: &MeetingState,
    c: CorrectDecision,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairRunsMeeting)?;
    let it = item(state, c.item_id, ctx)?;
    let decision = it
        .decision
        .as_ref()
        .ok_or_else(|| DomainError::not_found("decision on item", c.item_id))?;
    if c.reason.is_empty() {
        return Err(DomainError::invalid("reason", "a correction states why"));
    }
    super::live::validate_outcomes(it, &c.outcomes, c.item_outcome, &c.reservations)?;
    Ok(vec![
        DecisionCorrected {
            meeting_id: c.meeting_id,
            item_id: c.item_id,
            decision_id: decision.decision_id,
            text: c.text,
            outcomes: c.outcomes,
            item_outcome: c.item_outcome,
            reservations: c.reservations,
            reason: c.reason,
            after_approval: state.minutes_approved_at.is_some(),
            corrected_at: ctx.now,
        }
        .into(),
    ])
}

pub(super) fn approve(
    state: &MeetingState,
    c: ApproveMinutes,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairRunsMeeting)?;
    // Some forums read the minutes aloud and approve them as the meeting's last item; else
    // they are approved after the meeting (at a later one, or in writing).
    let at_this_meeting = c.approved_at_meeting == Some(c.meeting_id);
    let allowed: &[MeetingStatus] = if at_this_meeting {
        &[MeetingStatus::Open, MeetingStatus::Adjourned]
    } else {
        &[MeetingStatus::Adjourned]
    };
    require_status(state, allowed, Rule::MinutesApproval, "approve the minutes")?;
    if state.minutes_approved_at.is_some() {
        return Err(DomainError::rule_violation(
            Rule::MinutesApproval,
            "the minutes are already approved",
        ));
    }
    Ok(vec![
        MinutesApproved {
            meeting_id: c.meeting_id,
            approved_at: ctx.now,
            approved_at_meeting: c.approved_at_meeting,
        }
        .into(),
    ])
}
