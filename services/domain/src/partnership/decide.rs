use super::command::*;
use super::event::*;
use super::state::PartnershipState;
use crate::decider::Context;
use crate::error::{DomainError, Rule};
use crate::ids::PartnershipId;

pub(super) fn decide(
    state: &PartnershipState,
    command: PartnershipCommand,
    ctx: &Context,
) -> Result<Vec<PartnershipEvent>, DomainError> {
    if let PartnershipCommand::CreatePartnership(c) = command {
        if !ctx.actor.platform_operator {
            return Err(DomainError::forbidden(
                Rule::OnlyOperatorCreatesPartnerships,
                "the actor is not a platform operator",
            ));
        }
        if state.id.is_some() {
            return Err(DomainError::conflict(
                Rule::AlreadyExists,
                format!("partnership {} already exists", c.partnership_id),
            ));
        }
        return Ok(vec![
            PartnershipCreated {
                partnership_id: c.partnership_id,
                name: c.name,
                created_by: ctx.actor.person,
                time_zone: c.time_zone,
            }
            .into(),
        ]);
    }

    let partnership_id = existing(state)?;
    if !ctx.actor.is_admin_of(partnership_id) {
        return Err(DomainError::forbidden(
            Rule::OnlyAdminManagesPartnership,
            format!(
                "person {} is not an administrator of partnership {partnership_id}",
                ctx.actor.person
            ),
        ));
    }

    let event: PartnershipEvent = match command {
        PartnershipCommand::CreatePartnership(_) => unreachable_create()?,
        PartnershipCommand::AppointAdministrator(c) => {
            if state.is_admin(c.person_id) {
                return Ok(vec![]);
            }
            AdministratorAppointed {
                partnership_id,
                person_id: c.person_id,
            }
            .into()
        }
        PartnershipCommand::RegisterOrganization(c) => {
            if state.organizations.contains_key(&c.organization_id) {
                return Err(DomainError::conflict(
                    Rule::IdAlreadyUsed,
                    format!("organisation {} is already registered", c.organization_id),
                ));
            }
            OrganizationRegistered {
                partnership_id,
                organization_id: c.organization_id,
                name: c.name,
                kind: c.kind,
            }
            .into()
        }
        PartnershipCommand::CreateForum(c) => {
            if state.forums.contains_key(&c.forum_id) {
                return Err(DomainError::conflict(
                    Rule::IdAlreadyUsed,
                    format!("forum {} already exists", c.forum_id),
                ));
            }
            ForumCreated {
                partnership_id,
                forum_id: c.forum_id,
                name: c.name,
                level: c.level,
            }
            .into()
        }
        PartnershipCommand::AppointMember(c) => {
            if state.memberships.contains_key(&c.membership_id) {
                return Err(DomainError::conflict(
                    Rule::IdAlreadyUsed,
                    format!("membership {} already exists", c.membership_id),
                ));
            }
            if !state.forums.contains_key(&c.forum_id) {
                return Err(DomainError::not_found("forum", c.forum_id));
            }
            if !state.organizations.contains_key(&c.organization_id) {
                return Err(DomainError::not_found("organization", c.organization_id));
            }
            if c.valid_until.is_some_and(|until| until < c.valid_from) {
                return Err(DomainError::rule_violation(
                    Rule::MembershipPeriod,
                    "valid_until is before valid_from",
                ));
            }
            MemberAppointed {
                partnership_id,
                membership_id: c.membership_id,
                forum_id: c.forum_id,
                person_id: c.person_id,
                person_name: c.person_name,
                person_title: c.person_title,
                organization_id: c.organization_id,
                role: c.role,
                valid_from: c.valid_from,
                valid_until: c.valid_until,
            }
            .into()
        }
        PartnershipCommand::EndMembership(c) => {
            let m = state
                .memberships
                .get(&c.membership_id)
                .ok_or_else(|| DomainError::not_found("membership", c.membership_id))?;
            if m.ended {
                return Err(DomainError::rule_violation(
                    Rule::MembershipPeriod,
                    format!("membership {} has already ended", c.membership_id),
                ));
            }
            if c.ended_on < m.valid_from {
                return Err(DomainError::rule_violation(
                    Rule::MembershipPeriod,
                    "a membership cannot end before it starts",
                ));
            }
            MembershipEnded {
                partnership_id,
                membership_id: c.membership_id,
                forum_id: m.forum_id,
                person_id: m.person_id,
                ended_on: c.ended_on,
                ended_at: c.at_once.then_some(ctx.now),
                reason: c.reason,
            }
            .into()
        }
        PartnershipCommand::SetMinutesTemplate(c) => {
            let forum = state
                .forums
                .get(&c.forum_id)
                .ok_or_else(|| DomainError::not_found("forum", c.forum_id))?;
            c.template.validate()?;
            if forum.minutes_template == c.template {
                return Ok(vec![]);
            }
            MinutesTemplateSet {
                partnership_id,
                forum_id: c.forum_id,
                template: c.template,
            }
            .into()
        }
    };
    Ok(vec![event])
}

fn existing(state: &PartnershipState) -> Result<PartnershipId, DomainError> {
    state
        .id
        .ok_or_else(|| DomainError::not_found("partnership", "(stream is empty)"))
}

fn unreachable_create() -> Result<PartnershipEvent, DomainError> {
    Err(DomainError::conflict(
        Rule::AlreadyExists,
        "the partnership already exists",
    ))
}
