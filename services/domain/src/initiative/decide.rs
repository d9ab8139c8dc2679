use super::command::*;
use super::event::*;
use super::state::InitiativeState;
use super::types::*;
use crate::decider::Context;
use crate::error::{DomainError, Rule};
use crate::ids::{ForumId, InitiativeId, PartnershipId};
use crate::values::Markdown;

struct Existing {
    partnership: PartnershipId,
    forum: ForumId,
}

fn existing(state: &InitiativeState, id: InitiativeId) -> Result<Existing, DomainError> {
    match (state.id, state.partnership_id, state.responsible_forum) {
        (Some(s), Some(partnership), Some(forum)) if s == id => Ok(Existing { partnership, forum }),
        _ => Err(DomainError::not_found("initiative", id)),
    }
}

/// Administrator, secretariat, or chair/co-chair/secretariat of the responsible forum.
fn require_manager(e: &Existing, ctx: &Context) -> Result<(), DomainError> {
    if ctx.actor.manages_partnership_affairs(e.partnership) || ctx.actor.runs_forum(e.forum) {
        Ok(())
    } else {
        Err(DomainError::forbidden(
            Rule::OnlyMembersProposeInitiatives,
            format!(
                "person {} may not manage initiatives of partnership {}",
                ctx.actor.person, e.partnership
            ),
        ))
    }
}

fn require_status(
    state: &InitiativeState,
    allowed: &[InitiativeStatus],
    what: &str,
) -> Result<(), DomainError> {
    if allowed.contains(&state.status) {
        Ok(())
    } else {
        Err(DomainError::rule_violation(
            Rule::InitiativeLifecycle,
            format!("cannot {what} an initiative that is {:?}", state.status),
        ))
    }
}

fn validate_budget(
    budget: &[BudgetLine],
    currency: crate::money::Currency,
) -> Result<(), DomainError> {
    if budget
        .iter()
        .any(|b| b.amount.is_negative() || b.amount.currency != currency)
    {
        return Err(DomainError::invalid(
            "budget",
            "budget lines are non-negative and in one currency",
        ));
    }
    Ok(())
}

pub(super) fn decide(
    state: &InitiativeState,
    command: InitiativeCommand,
    ctx: &Context,
) -> Result<Vec<InitiativeEvent>, DomainError> {
    let event: InitiativeEvent = match command {
        InitiativeCommand::ProposeInitiative(c) => {
            if !ctx.actor.is_member_organization_of(c.partnership_id) {
                return Err(DomainError::forbidden(
                    Rule::OnlyMembersProposeInitiatives,
                    format!(
                        "organisation {} is not a member of partnership {}",
                        ctx.actor.organization, c.partnership_id
                    ),
                ));
            }
            if state.id.is_some() {
                return Err(DomainError::conflict(
                    Rule::AlreadyExists,
                    format!("initiative {} already exists", c.initiative_id),
                ));
            }
            if c.lead_organizations.is_empty() {
                return Err(DomainError::invalid(
                    "lead_organizations",
                    "an initiative has at least one lead organisation",
                ));
            }
            if c.period.end < c.period.start {
                return Err(DomainError::invalid(
                    "period",
                    "the period ends before it starts",
                ));
            }
            if c.requested.is_negative() {
                return Err(DomainError::invalid("requested", "must not be negative"));
            }
            validate_budget(&c.budget, c.requested.currency)?;
            InitiativeProposed {
                initiative_id: c.initiative_id,
                partnership_id: c.partnership_id,
                title: c.title,
                description: c.description,
                responsible_forum: c.responsible_forum,
                lead_organizations: c.lead_organizations,
                participants: c.participants,
                period: c.period,
                requested: c.requested,
                budget: c.budget,
                proposed_by: ctx.actor.organization,
            }
            .into()
        }
        InitiativeCommand::ApproveInitiative(c) => {
            let e = existing(state, c.initiative_id)?;
            require_manager(&e, ctx)?;
            require_status(state, &[InitiativeStatus::Proposed], "approve")?;
            let requested = state.requested.unwrap_or(c.granted);
            if c.granted.is_negative() || c.granted.currency != requested.currency {
                return Err(DomainError::invalid(
                    "granted",
                    "a non-negative amount in the requested currency",
                ));
            }
            validate_budget(&c.budget, requested.currency)?;
            InitiativeApproved {
                initiative_id: c.initiative_id,
                partnership_id: e.partnership,
                decision: c.decision,
                requested,
                granted: c.granted,
                budget: c.budget,
            }
            .into()
        }
        InitiativeCommand::StartInitiative(c) => {
            let e = existing(state, c.initiative_id)?;
            require_manager(&e, ctx)?;
            require_status(state, &[InitiativeStatus::Approved], "start")?;
            InitiativeStarted {
                initiative_id: c.initiative_id,
                started_on: c.started_on,
            }
            .into()
        }
        InitiativeCommand::ReportStatus(c) => {
            let e = existing(state, c.initiative_id)?;
            let lead = state.lead_organizations.contains(&ctx.actor.organization);
            if !(lead || ctx.actor.contributes_to_forum(e.forum)) {
                return Err(DomainError::forbidden(
                    Rule::OnlyLeadOrResponsibleForumReportsStatus,
                    format!(
                        "organisation {} is not a lead and person {} has no seat in forum {}",
                        ctx.actor.organization, ctx.actor.person, e.forum
                    ),
                ));
            }
            require_status(
                state,
                &[InitiativeStatus::Approved, InitiativeStatus::Running],
                "report on",
            )?;
            let lights = [&c.activities, &c.schedule, &c.resources];
            if lights.iter().all(|l| l.is_none())
                && c.summary.as_ref().is_none_or(Markdown::is_empty)
            {
                return Err(DomainError::invalid(
                    "summary",
                    "a status report has lights or a text (or both)",
                ));
            }
            StatusReported {
                initiative_id: c.initiative_id,
                report_id: c.report_id,
                as_of: c.as_of,
                activities: c.activities,
                schedule: c.schedule,
                resources: c.resources,
                summary: c.summary,
                presented_at: c.presented_at,
                reported_by: ctx.actor.organization,
            }
            .into()
        }
        InitiativeCommand::ExtendInitiative(c) => {
            let e = existing(state, c.initiative_id)?;
            require_manager(&e, ctx)?;
            require_status(
                state,
                &[InitiativeStatus::Approved, InitiativeStatus::Running],
                "extend",
            )?;
            let previous_end = state.period.map_or(c.new_end, |p| p.end);
            if c.new_end <= previous_end {
                return Err(DomainError::invalid(
                    "new_end",
                    "an extension ends after the current end",
                ));
            }
            InitiativeExtended {
                initiative_id: c.initiative_id,
                previous_end,
                new_end: c.new_end,
                reason: c.reason,
                decision: c.decision,
            }
            .into()
        }
        InitiativeCommand::CompleteInitiative(c) => {
            let e = existing(state, c.initiative_id)?;
            require_manager(&e, ctx)?;
            require_status(state, &[InitiativeStatus::Running], "complete")?;
            InitiativeCompleted {
                initiative_id: c.initiative_id,
                completed_on: c.completed_on,
                summary: c.summary,
            }
            .into()
        }
        InitiativeCommand::StopInitiative(c) => {
            let e = existing(state, c.initiative_id)?;
            require_manager(&e, ctx)?;
            require_status(
                state,
                &[
                    InitiativeStatus::Proposed,
                    InitiativeStatus::Approved,
                    InitiativeStatus::Running,
                ],
                "stop",
            )?;
            InitiativeStopped {
                initiative_id: c.initiative_id,
                stopped_on: c.stopped_on,
                reason: c.reason,
            }
            .into()
        }
    };
    Ok(vec![event])
}
