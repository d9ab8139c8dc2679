//! Mutations of the initiative stream: proposeInitiative, approveInitiative, startInitiative,
//! reportStatus, extendInitiative, completeInitiative, stopInitiative.

use async_graphql::{Context, ID, InputObject, Object};
use chrono::NaiveDate;
use samraad_domain::initiative::{self as di, InitiativeCommand};
use samraad_domain::{
    ForumId, InitiativeId, MeetingId, OrganizationId, PartnershipId, StatusReportId,
};

use crate::schema::common::context::parse_id;
use crate::schema::common::envelope::CommandEnvelope;
use crate::schema::common::parse::{markdown, new_id, opt_id, opt_markdown, title, today};
use crate::schema::common::runner::{payloads, run, target};
use crate::schema::common::scalars::MoneyInput;
use crate::schema::initiative::types::{
    BudgetLineInput, DecisionRefInput, InitiativeObject, Light, PeriodObject, parse_budget,
};

payloads! {
    version = "The initiative stream's version after the command (use as `expectedVersion`).",
    entity = initiative: InitiativeObject = "The initiative as it is now.",
    entity_attr = [allow(missing_docs)];
    /// Result of `proposeInitiative`.
    ProposeInitiativePayload {}
    /// Result of `approveInitiative`.
    ApproveInitiativePayload {}
    /// Result of `startInitiative`.
    StartInitiativePayload {}
    /// Result of `reportStatus`.
    ReportStatusPayload {}
    /// Result of `extendInitiative`.
    ExtendInitiativePayload {}
    /// Result of `completeInitiative`.
    CompleteInitiativePayload {}
    /// Result of `stopInitiative`.
    StopInitiativePayload {}
}

/// Input of `proposeInitiative`.
#[derive(InputObject)]
pub struct ProposeInitiativeInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The new initiative's id (derived from `commandId` when omitted).
    pub initiative_id: Option<ID>,
    /// The partnership.
    pub partnership_id: ID,
    /// Title.
    pub title: String,
    /// Description (Markdown).
    #[graphql(default)]
    pub description: String,
    /// Responsible forum (usually a theme committee).
    pub responsible_forum_id: ID,
    /// Lead organisations (tovholder), at least one.
    pub lead_organization_ids: Vec<ID>,
    /// Participating organisations.
    #[graphql(default)]
    pub participant_ids: Vec<ID>,
    /// Period.
    pub period: PeriodObject,
    /// Amount applied for ("søgt om 1,4 mio.").
    pub requested: MoneyInput,
    /// Requested budget by year.
    #[graphql(default)]
    pub budget: Vec<BudgetLineInput>,
}

/// Input of `approveInitiative`.
#[derive(InputObject)]
pub struct ApproveInitiativeInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The initiative.
    pub initiative_id: ID,
    /// The decision that approved it.
    pub decision: DecisionRefInput,
    /// Amount granted ("fik 80.000 kr.").
    pub granted: MoneyInput,
    /// Granted budget by year.
    #[graphql(default)]
    pub budget: Vec<BudgetLineInput>,
}

/// Input of `startInitiative`.
#[derive(InputObject)]
pub struct StartInitiativeInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The initiative.
    pub initiative_id: ID,
    /// Start day (today when omitted).
    pub started_on: Option<NaiveDate>,
}

/// One traffic light with its comment.
#[derive(InputObject, Clone)]
pub struct LightReportInput {
    /// The light.
    pub light: Light,
    /// The comment.
    #[graphql(default)]
    pub comment: String,
}

/// Input of `reportStatus`.
#[derive(InputObject)]
pub struct ReportStatusInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The initiative.
    pub initiative_id: ID,
    /// The report's id (derived from `commandId` when omitted).
    pub report_id: Option<ID>,
    /// Reporting day (today when omitted).
    pub as_of: Option<NaiveDate>,
    /// Activities light (reports in prose have none).
    pub activities: Option<LightReportInput>,
    /// Schedule light.
    pub schedule: Option<LightReportInput>,
    /// Resources light.
    pub resources: Option<LightReportInput>,
    /// The report's text: a comment beside the lights, or the whole report in prose.
    pub summary: Option<String>,
    /// Where the report was presented.
    pub presented_at: Option<PresentedAtInput>,
}

/// Where a status report was presented: a meeting, an item on it, one of its attachments.
#[derive(InputObject)]
pub struct PresentedAtInput {
    /// The meeting.
    pub meeting_id: ID,
    /// The item.
    pub item_id: Option<ID>,
    /// The item's attachment holding the report.
    pub attachment_id: Option<ID>,
}

fn presented_at(
    input: Option<&PresentedAtInput>,
) -> async_graphql::Result<Option<di::PresentedAt>> {
    input
        .map(|p| {
            Ok(di::PresentedAt {
                meeting_id: MeetingId::from_uuid(parse_id(&p.meeting_id, "presentedAt.meetingId")?),
                item_id: opt_id(p.item_id.as_ref(), "presentedAt.itemId")?,
                attachment_id: opt_id(p.attachment_id.as_ref(), "presentedAt.attachmentId")?,
            })
        })
        .transpose()
}

/// Input of `extendInitiative`.
#[derive(InputObject)]
pub struct ExtendInitiativeInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The initiative.
    pub initiative_id: ID,
    /// New last day.
    pub new_end: NaiveDate,
    /// Why.
    pub reason: Option<String>,
    /// The decision, if any.
    pub decision: Option<DecisionRefInput>,
}

/// Input of `completeInitiative`.
#[derive(InputObject)]
pub struct CompleteInitiativeInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The initiative.
    pub initiative_id: ID,
    /// Day (today when omitted).
    pub completed_on: Option<NaiveDate>,
    /// Summary / evaluation.
    pub summary: Option<String>,
}

/// Input of `stopInitiative`.
#[derive(InputObject)]
pub struct StopInitiativeInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The initiative.
    pub initiative_id: ID,
    /// Day (today when omitted).
    pub stopped_on: Option<NaiveDate>,
    /// Why.
    pub reason: String,
}

/// An optional light with its comment.
fn light(
    field: &str,
    l: Option<&LightReportInput>,
) -> async_graphql::Result<Option<di::LightReport>> {
    l.map(|l| {
        Ok(di::LightReport {
            light: l.light.into(),
            comment: markdown(&format!("{field}.comment"), &l.comment)?,
        })
    })
    .transpose()
}

fn initiative_id(id: &ID) -> async_graphql::Result<InitiativeId> {
    Ok(InitiativeId::from_uuid(parse_id(id, "initiativeId")?))
}

fn org_ids(field: &str, ids: &[ID]) -> async_graphql::Result<Vec<OrganizationId>> {
    ids.iter()
        .enumerate()
        .map(|(i, id)| parse_id(id, &format!("{field}[{i}]")).map(OrganizationId::from_uuid))
        .collect()
}

target!(
    /// The initiative stream, as mutations change it.
    InitiativeStream: InitiativeId, InitiativeCommand => InitiativeObject,
    what = "initiative",
    send = initiative,
    read_back = |model, id, _reader| model.initiatives.get(&id).cloned().map(InitiativeObject::new),
);

/// Mutations of the initiative stream.
#[derive(Default)]
pub struct InitiativeMutation;

#[Object]
impl InitiativeMutation {
    /// Propose an initiative (any member organisation).
    async fn propose_initiative(
        &self,
        ctx: &Context<'_>,
        input: ProposeInitiativeInput,
    ) -> async_graphql::Result<ProposeInitiativePayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id: InitiativeId = new_id(input.initiative_id.as_ref(), "initiativeId", &issuer)?;
        let command = InitiativeCommand::ProposeInitiative(di::ProposeInitiative {
            initiative_id: id,
            partnership_id: PartnershipId::from_uuid(parse_id(
                &input.partnership_id,
                "partnershipId",
            )?),
            title: title("title", &input.title)?,
            description: markdown("description", &input.description)?,
            responsible_forum: ForumId::from_uuid(parse_id(
                &input.responsible_forum_id,
                "responsibleForumId",
            )?),
            lead_organizations: org_ids("leadOrganizationIds", &input.lead_organization_ids)?,
            participants: org_ids("participantIds", &input.participant_ids)?,
            period: di::Period {
                start: input.period.start,
                end: input.period.end,
            },
            requested: input.requested.parse("requested")?,
            budget: parse_budget(&input.budget, "budget")?,
        });
        Ok(run::<InitiativeStream>(ctx, id, &issuer, command)
            .await?
            .into())
    }

    /// Approve an initiative, referencing the decision; keeps requested and granted amounts.
    async fn approve_initiative(
        &self,
        ctx: &Context<'_>,
        input: ApproveInitiativeInput,
    ) -> async_graphql::Result<ApproveInitiativePayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = initiative_id(&input.initiative_id)?;
        let command = InitiativeCommand::ApproveInitiative(di::ApproveInitiative {
            initiative_id: id,
            decision: input.decision.parse("decision")?,
            granted: input.granted.parse("granted")?,
            budget: parse_budget(&input.budget, "budget")?,
        });
        Ok(run::<InitiativeStream>(ctx, id, &issuer, command)
            .await?
            .into())
    }

    /// Start the work.
    async fn start_initiative(
        &self,
        ctx: &Context<'_>,
        input: StartInitiativeInput,
    ) -> async_graphql::Result<StartInitiativePayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = initiative_id(&input.initiative_id)?;
        let command = InitiativeCommand::StartInitiative(di::StartInitiative {
            initiative_id: id,
            started_on: input.started_on.unwrap_or_else(today),
        });
        Ok(run::<InitiativeStream>(ctx, id, &issuer, command)
            .await?
            .into())
    }

    /// File a status report (lead organisation or responsible forum).
    async fn report_status(
        &self,
        ctx: &Context<'_>,
        input: ReportStatusInput,
    ) -> async_graphql::Result<ReportStatusPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = initiative_id(&input.initiative_id)?;
        let report_id: StatusReportId = new_id(input.report_id.as_ref(), "reportId", &issuer)?;
        let command = InitiativeCommand::ReportStatus(di::ReportStatus {
            initiative_id: id,
            report_id,
            as_of: input.as_of.unwrap_or_else(today),
            activities: light("activities", input.activities.as_ref())?,
            schedule: light("schedule", input.schedule.as_ref())?,
            resources: light("resources", input.resources.as_ref())?,
            summary: opt_markdown("summary", input.summary.as_ref())?,
            presented_at: presented_at(input.presented_at.as_ref())?,
        });
        Ok(run::<InitiativeStream>(ctx, id, &issuer, command)
            .await?
            .into())
    }

    /// Extend the period.
    async fn extend_initiative(
        &self,
        ctx: &Context<'_>,
        input: ExtendInitiativeInput,
    ) -> async_graphql::Result<ExtendInitiativePayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = initiative_id(&input.initiative_id)?;
        let command = InitiativeCommand::ExtendInitiative(di::ExtendInitiative {
            initiative_id: id,
            new_end: input.new_end,
            reason: opt_markdown("reason", input.reason.as_ref())?,
            decision: input
                .decision
                .as_ref()
                .map(|d| d.parse("decision"))
                .transpose()?,
        });
        Ok(run::<InitiativeStream>(ctx, id, &issuer, command)
            .await?
            .into())
    }

    /// Complete the initiative.
    async fn complete_initiative(
        &self,
        ctx: &Context<'_>,
        input: CompleteInitiativeInput,
    ) -> async_graphql::Result<CompleteInitiativePayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = initiative_id(&input.initiative_id)?;
        let command = InitiativeCommand::CompleteInitiative(di::CompleteInitiative {
            initiative_id: id,
            completed_on: input.completed_on.unwrap_or_else(today),
            summary: opt_markdown("summary", input.summary.as_ref())?,
        });
        Ok(run::<InitiativeStream>(ctx, id, &issuer, command)
            .await?
            .into())
    }

    /// Stop the initiative early.
    async fn stop_initiative(
        &self,
        ctx: &Context<'_>,
        input: StopInitiativeInput,
    ) -> async_graphql::Result<StopInitiativePayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = initiative_id(&input.initiative_id)?;
        let command = InitiativeCommand::StopInitiative(di::StopInitiative {
            initiative_id: id,
            stopped_on: input.stopped_on.unwrap_or_else(today),
            reason: markdown("reason", &input.reason)?,
        });
        Ok(run::<InitiativeStream>(ctx, id, &issuer, command)
            .await?
            .into())
    }
}
