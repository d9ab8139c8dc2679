//! Mutations of the partnership stream: createPartnership, appointAdministrator,
//! registerOrganization, createForum, appointMember, endMembership. Also the small parsing
//! helpers every mutation file shares.

use async_graphql::{Context, ID, InputObject, Object};
use chrono::NaiveDate;
use samraad_domain::partnership::{self as dp, PartnershipCommand};
use samraad_domain::{ForumId, MembershipId, OrganizationId, PartnershipId, PersonId};

use crate::schema::common::context::parse_id;
use crate::schema::common::envelope::CommandEnvelope;
use crate::schema::common::parse::{name, new_id, opt_markdown, opt_name, opt_time_zone, today};
use crate::schema::common::runner::{payloads, run, target};
use crate::schema::partnership::types::{
    ForumLevel, ForumObject, MembershipObject, OrganizationKind, OrganizationObject,
    PartnershipObject, Role,
};
use crate::schema::read;

payloads! {
    version = "The partnership stream's version after the command (use as `expectedVersion`).",
    entity = partnership: PartnershipObject = "The partnership as it is now.",
    entity_attr = [allow(missing_docs)];
    /// Result of `createPartnership`.
    CreatePartnershipPayload {}
    /// Result of `appointAdministrator`.
    AppointAdministratorPayload {}
    /// Result of `registerOrganization`.
    RegisterOrganizationPayload {
        /// The organisation.
        organization: Option<OrganizationObject>,
    }
    /// Result of `createForum`.
    CreateForumPayload {
        /// The forum.
        forum: Option<ForumObject>,
    }
    /// Result of `appointMember`.
    AppointMemberPayload {
        /// The membership's id.
        membership_id: ID,
        /// The membership.
        membership: Option<MembershipObject>,
    }
    /// Result of `setMinutesTemplate`.
    SetMinutesTemplatePayload {
        /// The forum.
        forum: Option<ForumObject>,
    }
    /// Result of `endMembership`.
    EndMembershipPayload {
        /// The membership's id.
        membership_id: ID,
        /// The membership.
        membership: Option<MembershipObject>,
    }
}

/// Input of `createPartnership`.
#[derive(InputObject)]
pub struct CreatePartnershipInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The new partnership's id (derived from `commandId` when omitted).
    pub partnership_id: Option<ID>,
    /// Name, e.g. "Sundhedsklynge Lillebælt".
    pub name: String,
    /// The IANA time zone its meetings' times are shown in (default "Europe/Copenhagen").
    pub time_zone: Option<String>,
}

/// Input of `appointAdministrator`.
#[derive(InputObject)]
pub struct AppointAdministratorInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The partnership.
    pub partnership_id: ID,
    /// The person.
    pub person_id: ID,
}

/// Input of `registerOrganization`.
#[derive(InputObject)]
pub struct RegisterOrganizationInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The partnership.
    pub partnership_id: ID,
    /// The organisation's id (derived from `commandId` when omitted; pass the id your tokens use).
    pub organization_id: Option<ID>,
    /// Name, e.g. "Vejle Kommune".
    pub name: String,
    /// Kind.
    pub kind: OrganizationKind,
}

/// Input of `createForum`.
#[derive(InputObject)]
pub struct CreateForumInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The partnership.
    pub partnership_id: ID,
    /// The forum's id (derived from `commandId` when omitted).
    pub forum_id: Option<ID>,
    /// Name, e.g. "Fagligt Strategisk Forum".
    pub name: String,
    /// Level.
    pub level: ForumLevel,
}

/// Input of `appointMember`.
#[derive(InputObject)]
pub struct AppointMemberInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The partnership.
    pub partnership_id: ID,
    /// The membership's id (derived from `commandId` when omitted).
    pub membership_id: Option<ID>,
    /// The forum.
    pub forum_id: ID,
    /// The person.
    pub person_id: ID,
    /// The person's name.
    pub person_name: String,
    /// Job title (Direktør, Centerchef, …).
    pub person_title: Option<String>,
    /// The organisation the person represents.
    pub organization_id: ID,
    /// Role.
    pub role: Role,
    /// First day of the seat (today when omitted).
    pub valid_from: Option<NaiveDate>,
    /// Last day of the seat, if known.
    pub valid_until: Option<NaiveDate>,
}

/// Input of `endMembership`.
#[derive(InputObject)]
pub struct EndMembershipInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The partnership.
    pub partnership_id: ID,
    /// The membership.
    pub membership_id: ID,
    /// Last day of the seat (today when omitted).
    pub ended_on: Option<NaiveDate>,
    /// Why.
    pub reason: Option<String>,
}

/// Mutations of the partnership stream.
#[derive(Default)]
pub struct PartnershipMutation;

target!(
    /// The partnership stream, as mutations change it.
    PartnershipStream: PartnershipId, PartnershipCommand => PartnershipObject,
    what = "partnership",
    send = partnership,
    read_back = |model, id, _reader| read::partnership(model, id).map(PartnershipObject::new),
);

#[Object]
impl PartnershipMutation {
    /// Create a partnership (platform operators). The creator becomes its first administrator.
    async fn create_partnership(
        &self,
        ctx: &Context<'_>,
        input: CreatePartnershipInput,
    ) -> async_graphql::Result<CreatePartnershipPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id: PartnershipId = new_id(input.partnership_id.as_ref(), "partnershipId", &issuer)?;
        let command = PartnershipCommand::CreatePartnership(dp::CreatePartnership {
            partnership_id: id,
            name: name("name", &input.name)?,
            time_zone: opt_time_zone("timeZone", input.time_zone.as_ref())?,
        });
        let done = run::<PartnershipStream>(ctx, id, &issuer, command).await?;
        Ok(CreatePartnershipPayload::from(done))
    }

    /// Make a person an administrator of the partnership.
    async fn appoint_administrator(
        &self,
        ctx: &Context<'_>,
        input: AppointAdministratorInput,
    ) -> async_graphql::Result<AppointAdministratorPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = PartnershipId::from_uuid(parse_id(&input.partnership_id, "partnershipId")?);
        let command = PartnershipCommand::AppointAdministrator(dp::AppointAdministrator {
            person_id: PersonId::from_uuid(parse_id(&input.person_id, "personId")?),
        });
        let done = run::<PartnershipStream>(ctx, id, &issuer, command).await?;
        Ok(AppointAdministratorPayload::from(done))
    }

    /// Register a member organisation.
    async fn register_organization(
        &self,
        ctx: &Context<'_>,
        input: RegisterOrganizationInput,
    ) -> async_graphql::Result<RegisterOrganizationPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = PartnershipId::from_uuid(parse_id(&input.partnership_id, "partnershipId")?);
        let organization_id: OrganizationId =
            new_id(input.organization_id.as_ref(), "organizationId", &issuer)?;
        let command = PartnershipCommand::RegisterOrganization(dp::RegisterOrganization {
            organization_id,
            name: name("name", &input.name)?,
            kind: input.kind.into(),
        });
        let done = run::<PartnershipStream>(ctx, id, &issuer, command).await?;
        let partnership = &done.changed;
        let organization = partnership.organization_object(organization_id);
        Ok(RegisterOrganizationPayload {
            organization,
            ..RegisterOrganizationPayload::from(done)
        })
    }

    /// Create a forum.
    async fn create_forum(
        &self,
        ctx: &Context<'_>,
        input: CreateForumInput,
    ) -> async_graphql::Result<CreateForumPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = PartnershipId::from_uuid(parse_id(&input.partnership_id, "partnershipId")?);
        let forum_id: ForumId = new_id(input.forum_id.as_ref(), "forumId", &issuer)?;
        let command = PartnershipCommand::CreateForum(dp::CreateForum {
            forum_id,
            name: name("name", &input.name)?,
            level: input.level.into(),
        });
        let done = run::<PartnershipStream>(ctx, id, &issuer, command).await?;
        let partnership = &done.changed;
        let forum = partnership.forum_object(forum_id);
        Ok(CreateForumPayload {
            forum,
            ..CreateForumPayload::from(done)
        })
    }

    /// Seat a person in a forum on behalf of an organisation.
    async fn appoint_member(
        &self,
        ctx: &Context<'_>,
        input: AppointMemberInput,
    ) -> async_graphql::Result<AppointMemberPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = PartnershipId::from_uuid(parse_id(&input.partnership_id, "partnershipId")?);
        let membership_id: MembershipId =
            new_id(input.membership_id.as_ref(), "membershipId", &issuer)?;
        let command = PartnershipCommand::AppointMember(dp::AppointMember {
            membership_id,
            forum_id: ForumId::from_uuid(parse_id(&input.forum_id, "forumId")?),
            person_id: PersonId::from_uuid(parse_id(&input.person_id, "personId")?),
            person_name: name("personName", &input.person_name)?,
            person_title: opt_name("personTitle", input.person_title.as_ref())?,
            organization_id: OrganizationId::from_uuid(parse_id(
                &input.organization_id,
                "organizationId",
            )?),
            role: input.role.into(),
            valid_from: input.valid_from.unwrap_or_else(today),
            valid_until: input.valid_until,
        });
        let done = run::<PartnershipStream>(ctx, id, &issuer, command).await?;
        let partnership = &done.changed;
        let membership = partnership.membership_by_id(membership_id);
        Ok(AppointMemberPayload {
            membership_id: ID(membership_id.to_string()),
            membership,
            ..AppointMemberPayload::from(done)
        })
    }

    /// End a membership.
    async fn end_membership(
        &self,
        ctx: &Context<'_>,
        input: EndMembershipInput,
    ) -> async_graphql::Result<EndMembershipPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = PartnershipId::from_uuid(parse_id(&input.partnership_id, "partnershipId")?);
        let membership_id =
            MembershipId::from_uuid(parse_id(&input.membership_id, "membershipId")?);
        let command = PartnershipCommand::EndMembership(dp::EndMembership {
            membership_id,
            at_once: input.ended_on.is_none(),
            ended_on: input.ended_on.unwrap_or_else(today),
            reason: opt_markdown("reason", input.reason.as_ref())?,
        });
        let done = run::<PartnershipStream>(ctx, id, &issuer, command).await?;
        let partnership = &done.changed;
        let membership = partnership.membership_by_id(membership_id);
        Ok(EndMembershipPayload {
            membership_id: ID(membership_id.to_string()),
            membership,
            ..EndMembershipPayload::from(done)
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    #[test]
    fn schema_has_a_mutation_per_command() {
        let sdl = crate::schema::sdl();
        for name in [
            "createPartnership",
            "appointAdministrator",
            "registerOrganization",
            "createForum",
            "appointMember",
            "endMembership",
            "scheduleMeeting",
            "rescheduleMeeting",
            "cancelMeeting",
            "proposeAgendaItem",
            "editAgendaItem",
            "changeAgendaItemDetails",
            "attachDocument",
            "acceptAgendaItem",
            "rejectAgendaItem",
            "reorderAgenda",
            "withdrawAgendaItem",
            "postponeAgendaItem",
            "publishAgenda",
            "openMeeting",
            "recordAttendance",
            "takeUpItem",
            "recordDecision",
            "correctDecision",
            "assignFollowUp",
            "completeFollowUp",
            "dropFollowUp",
            "adjournMeeting",
            "approveMinutes",
            "proposeInitiative",
            "approveInitiative",
            "startInitiative",
            "reportStatus",
            "extendInitiative",
            "completeInitiative",
            "stopInitiative",
            "createFundPool",
            "receiveGrant",
            "allocateFunds",
            "transferFunds",
            "returnFunds",
            "recordIncome",
            "recordExpense",
        ] {
            let upper = format!("{}{}", name[..1].to_uppercase(), &name[1..]);
            let field = format!("{name}(input: {upper}Input!): {upper}Payload!");
            assert!(sdl.contains(&field), "missing `{field}`");
        }
        for query in [
            "partnership(id: ID!)",
            "forum(id: ID!)",
            "initiatives(",
            "fundPoolAsOf(",
            "initiativeAsOf(",
            "followUps(",
        ] {
            assert!(sdl.contains(query), "missing query `{query}`");
        }
    }
}
