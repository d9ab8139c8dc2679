//! GraphQL types and queries of the initiative context: initiatives with their period,
//! requested and granted money, budget by year, and status reports (three traffic lights).

use std::sync::Arc;

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use samraad_domain::initiative::{self as di, StatusReported};
use samraad_domain::meeting::DecisionRef;
use samraad_domain::{AgendaItemId, ForumId, MeetingId, OrganizationId};
use samraad_projections::InitiativeView;
use samraad_projections::initiative_details::InitiativeDetails;

use crate::schema::common::context::{parse_id, services};
use crate::schema::common::scalars::{MoneyInput, MoneyObject};
use crate::schema::partnership::objects::{ForumObject, OrganizationObject, PartnershipObject};

/// Where an initiative is in its life.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::initiative::InitiativeStatus")]
pub enum InitiativeStatus {
    /// Not proposed (never visible).
    Unknown,
    /// Proposed.
    Proposed,
    /// Approved (funded).
    Approved,
    /// Running.
    Running,
    /// Completed.
    Completed,
    /// Stopped early.
    Stopped,
}

/// A traffic light of a status report.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::initiative::Light")]
pub enum Light {
    /// Grøn: on track.
    Green,
    /// Gul: at risk.
    Yellow,
    /// Rød: off track.
    Red,
}

/// The decision (meeting + item, optionally one recommendation) something rests on.
#[derive(InputObject, Clone)]
pub struct DecisionRefInput {
    /// The meeting.
    pub meeting_id: ID,
    /// The agenda item.
    pub item_id: ID,
    /// The recommendation (1-based), if one.
    pub recommendation: Option<u32>,
}

impl DecisionRefInput {
    /// Parses the ids, naming `field` on failure.
    pub fn parse(&self, field: &str) -> async_graphql::Result<DecisionRef> {
        Ok(DecisionRef {
            meeting_id: MeetingId::from_uuid(parse_id(
                &self.meeting_id,
                &format!("{field}.meetingId"),
            )?),
            item_id: AgendaItemId::from_uuid(parse_id(&self.item_id, &format!("{field}.itemId"))?),
            recommendation: self.recommendation,
        })
    }
}

/// A decision reference.
#[derive(SimpleObject, Clone)]
#[graphql(name = "DecisionRef")]
pub struct DecisionRefObject {
    /// The meeting.
    pub meeting_id: ID,
    /// The agenda item.
    pub item_id: ID,
    /// The recommendation (1-based), if one.
    pub recommendation: Option<u32>,
}

impl From<DecisionRef> for DecisionRefObject {
    fn from(d: DecisionRef) -> Self {
        Self {
            meeting_id: ID(d.meeting_id.to_string()),
            item_id: ID(d.item_id.to_string()),
            recommendation: d.recommendation,
        }
    }
}

/// A period of days (inclusive).
#[derive(SimpleObject, InputObject, Clone, Copy)]
#[graphql(name = "Period", input_name = "PeriodInput")]
pub struct PeriodObject {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
}

/// Money for one budget year.
#[derive(SimpleObject, Clone)]
#[graphql(name = "BudgetLine")]
pub struct BudgetLineObject {
    /// The year.
    pub year: i32,
    /// The amount.
    pub amount: MoneyObject,
}

/// Money for one budget year, as input.
#[derive(InputObject, Clone)]
pub struct BudgetLineInput {
    /// The year.
    pub year: i32,
    /// The amount.
    pub amount: MoneyInput,
}

/// Parses budget lines, naming `field` on failure.
pub fn parse_budget(
    lines: &[BudgetLineInput],
    field: &str,
) -> async_graphql::Result<Vec<di::BudgetLine>> {
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            Ok(di::BudgetLine {
                year: line.year,
                amount: line.amount.parse(&format!("{field}[{i}].amount"))?,
            })
        })
        .collect()
}

fn budget_objects(lines: &[di::BudgetLine]) -> Vec<BudgetLineObject> {
    lines
        .iter()
        .map(|l| BudgetLineObject {
            year: l.year,
            amount: l.amount.into(),
        })
        .collect()
}

/// One traffic light with its comment.
#[derive(SimpleObject, Clone)]
#[graphql(name = "LightReport")]
pub struct LightReportObject {
    /// The light.
    pub light: Light,
    /// The comment.
    pub comment: String,
}

impl From<&di::LightReport> for LightReportObject {
    fn from(l: &di::LightReport) -> Self {
        Self {
            light: l.light.into(),
            comment: l.comment.as_str().to_string(),
        }
    }
}

/// A dated status report.
#[derive(SimpleObject, Clone)]
#[graphql(name = "StatusReport")]
pub struct StatusReportObject {
    /// The report id.
    pub id: ID,
    /// Reporting day.
    pub as_of: NaiveDate,
    /// Activities (none in a report written in prose).
    pub activities: Option<LightReportObject>,
    /// Schedule.
    pub schedule: Option<LightReportObject>,
    /// Resources.
    pub resources: Option<LightReportObject>,
    /// The report's text: a comment beside the lights, or the whole report in prose.
    pub summary: Option<String>,
    /// Where it was presented.
    pub presented_at: Option<PresentedAtObject>,
    /// The reporting organisation.
    pub reported_by_organization_id: ID,
}

/// Where a status report was presented.
#[derive(SimpleObject, Clone)]
#[graphql(name = "PresentedAt")]
pub struct PresentedAtObject {
    /// The meeting.
    pub meeting_id: ID,
    /// The item.
    pub item_id: Option<ID>,
    /// The item's attachment holding the report.
    pub attachment_id: Option<ID>,
}

impl From<&StatusReported> for StatusReportObject {
    fn from(r: &StatusReported) -> Self {
        Self {
            id: ID(r.report_id.to_string()),
            as_of: r.as_of,
            activities: r.activities.as_ref().map(Into::into),
            schedule: r.schedule.as_ref().map(Into::into),
            resources: r.resources.as_ref().map(Into::into),
            summary: r.summary.as_ref().map(|s| s.as_str().to_string()),
            presented_at: r.presented_at.map(|p| PresentedAtObject {
                meeting_id: ID(p.meeting_id.to_string()),
                item_id: p.item_id.map(|i| ID(i.to_string())),
                attachment_id: p.attachment_id.map(|a| ID(a.to_string())),
            }),
            reported_by_organization_id: ID(r.reported_by.to_string()),
        }
    }
}

/// An initiative (indsats).
#[derive(Clone)]
pub struct InitiativeObject {
    /// The initiative's read model.
    pub view: Arc<InitiativeView>,
}

impl InitiativeObject {
    /// The object over an initiative view.
    pub fn new(view: Arc<InitiativeView>) -> Self {
        Self { view }
    }

    /// What the folded state does not keep: description, budgets, reports.
    fn details(&self) -> &InitiativeDetails {
        &self.view.extra
    }

    fn partnership(&self, ctx: &Context<'_>) -> Option<PartnershipObject> {
        let id = self.view.state.partnership_id()?;
        services(ctx)
            .projections
            .read(|model| crate::schema::read::partnership(model, id))
            .map(PartnershipObject::new)
    }

    fn organizations(&self, ctx: &Context<'_>, ids: &[OrganizationId]) -> Vec<OrganizationObject> {
        let partnership = self.partnership(ctx);
        ids.iter()
            .map(|id| {
                partnership
                    .as_ref()
                    .and_then(|p| p.organization_object(*id))
                    .unwrap_or_else(|| OrganizationObject {
                        id: ID(id.to_string()),
                        name: String::new(),
                        kind: crate::schema::partnership::objects::OrganizationKind::Other,
                    })
            })
            .collect()
    }
}

#[Object(name = "Initiative")]
impl InitiativeObject {
    /// The initiative id.
    async fn id(&self) -> ID {
        ID(self
            .view
            .state
            .id()
            .map(|i| i.to_string())
            .unwrap_or_default())
    }
    /// The partnership.
    async fn partnership_id(&self) -> Option<ID> {
        self.view.state.partnership_id().map(|p| ID(p.to_string()))
    }
    /// Title.
    async fn title(&self) -> String {
        self.view
            .state
            .title()
            .map(|t| t.as_str().to_string())
            .unwrap_or_default()
    }
    /// Description (Markdown).
    async fn description(&self) -> String {
        self.details().description.clone()
    }
    /// Lifecycle status.
    async fn status(&self) -> InitiativeStatus {
        self.view.state.status().into()
    }
    /// Whether the period was extended.
    async fn extended(&self) -> bool {
        self.view.state.is_extended()
    }
    /// The responsible forum's id.
    async fn responsible_forum_id(&self) -> Option<ID> {
        self.view
            .state
            .responsible_forum()
            .map(|f| ID(f.to_string()))
    }
    /// The responsible forum (usually a theme committee).
    async fn responsible_forum(&self, ctx: &Context<'_>) -> Option<ForumObject> {
        let forum: ForumId = self.view.state.responsible_forum()?;
        self.partnership(ctx)?.forum_object(forum)
    }
    /// Lead organisations' ids (tovholder).
    async fn lead_organization_ids(&self) -> Vec<ID> {
        self.view
            .state
            .lead_organizations()
            .iter()
            .map(|o| ID(o.to_string()))
            .collect()
    }
    /// Lead organisations (tovholder).
    async fn lead_organizations(&self, ctx: &Context<'_>) -> Vec<OrganizationObject> {
        self.organizations(ctx, self.view.state.lead_organizations())
    }
    /// Participating organisations.
    async fn participants(&self, ctx: &Context<'_>) -> Vec<OrganizationObject> {
        let ids = self.details().participants.clone();
        self.organizations(ctx, &ids)
    }
    /// The organisation that proposed it.
    async fn proposed_by_organization_id(&self) -> Option<ID> {
        self.details().proposed_by.map(|o| ID(o.to_string()))
    }
    /// Period (the end moves on extension).
    async fn period(&self) -> Option<PeriodObject> {
        self.view.state.period().map(|p| PeriodObject {
            start: p.start,
            end: p.end,
        })
    }
    /// Amount applied for ("søgt om 1,4 mio.").
    async fn requested(&self) -> Option<MoneyObject> {
        self.view.state.requested().map(Into::into)
    }
    /// Amount granted ("fik 80.000 kr.").
    async fn granted(&self) -> Option<MoneyObject> {
        self.view.state.granted().map(Into::into)
    }
    /// Budget by year: the granted budget once approved, else the requested one.
    async fn budget(&self) -> Vec<BudgetLineObject> {
        let d = self.details();
        let lines = if d.approved_by.is_some() {
            &d.granted_budget
        } else {
            &d.requested_budget
        };
        budget_objects(lines)
    }
    /// Requested budget by year.
    async fn requested_budget(&self) -> Vec<BudgetLineObject> {
        budget_objects(&self.details().requested_budget)
    }
    /// Granted budget by year.
    async fn granted_budget(&self) -> Vec<BudgetLineObject> {
        budget_objects(&self.details().granted_budget)
    }
    /// The decision that approved it.
    async fn approved_by(&self) -> Option<DecisionRefObject> {
        self.details().approved_by.map(Into::into)
    }
    /// The day work started.
    async fn started_on(&self) -> Option<NaiveDate> {
        self.details().started_on
    }
    /// The day it was completed or stopped.
    async fn ended_on(&self) -> Option<NaiveDate> {
        self.details().ended_on
    }
    /// The completion summary or the reason it was stopped.
    async fn closing_note(&self) -> Option<String> {
        self.details().closing_note.clone()
    }
    /// The latest status report (traffic lights with comments, or prose).
    async fn latest_report(&self) -> Option<StatusReportObject> {
        self.view.state.latest_report().map(Into::into)
    }
    /// Every status report, oldest first.
    async fn reports(&self) -> Vec<StatusReportObject> {
        self.details().reports.iter().map(Into::into).collect()
    }
    /// The initiative stream's version (use as `expectedVersion`).
    async fn version(&self) -> i64 {
        i64::try_from(self.view.version).unwrap_or(i64::MAX)
    }
    /// The global position of the initiative's last change.
    async fn position(&self) -> String {
        self.view.position.to_string()
    }
    /// When it was proposed.
    async fn created_at(&self) -> DateTime<Utc> {
        self.view.created_at
    }
    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.view.updated_at
    }
}
