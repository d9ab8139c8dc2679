use chrono::NaiveDate;

use super::types::*;
use crate::ids::{ForumId, InitiativeId, OrganizationId, PartnershipId, StatusReportId};
use crate::meeting::DecisionRef;
use crate::money::Money;
use crate::values::{Markdown, Title};

/// Commands of the initiative stream.
#[derive(Debug, Clone, PartialEq)]
pub enum InitiativeCommand {
    /// Propose an initiative (any member organisation).
    ProposeInitiative(ProposeInitiative),
    /// Approve it, referencing the decision; keeps requested and granted amounts.
    ApproveInitiative(ApproveInitiative),
    /// Start the work.
    StartInitiative(StartInitiative),
    /// File a status report (lead organisation or responsible forum).
    ReportStatus(ReportStatus),
    /// Extend the period.
    ExtendInitiative(ExtendInitiative),
    /// Complete.
    CompleteInitiative(CompleteInitiative),
    /// Stop early.
    StopInitiative(StopInitiative),
}

/// See [`InitiativeCommand::ProposeInitiative`].
#[derive(Debug, Clone, PartialEq)]
pub struct ProposeInitiative {
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// Title.
    pub title: Title,
    /// Description.
    pub description: Markdown,
    /// Responsible forum (usually a theme committee).
    pub responsible_forum: ForumId,
    /// Lead organisations (tovholder), at least one.
    pub lead_organizations: Vec<OrganizationId>,
    /// Participating organisations.
    pub participants: Vec<OrganizationId>,
    /// Period.
    pub period: Period,
    /// Amount applied for ("søgt om 1,4 mio.").
    pub requested: Money,
    /// Requested budget by year.
    pub budget: Vec<BudgetLine>,
}

/// See [`InitiativeCommand::ApproveInitiative`].
#[derive(Debug, Clone, PartialEq)]
pub struct ApproveInitiative {
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// The decision that approved it.
    pub decision: DecisionRef,
    /// Amount granted ("fik 80.000 kr.").
    pub granted: Money,
    /// Granted budget by year.
    pub budget: Vec<BudgetLine>,
}

/// See [`InitiativeCommand::StartInitiative`].
#[derive(Debug, Clone, PartialEq)]
pub struct StartInitiative {
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// Start day.
    pub started_on: NaiveDate,
}

/// See [`InitiativeCommand::ReportStatus`].
#[derive(Debug, Clone, PartialEq)]
pub struct ReportStatus {
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// The report.
    pub report_id: StatusReportId,
    /// Reporting day.
    pub as_of: NaiveDate,
    /// Activities light, if the report has lights (some partnerships report in prose).
    pub activities: Option<LightReport>,
    /// Schedule light.
    pub schedule: Option<LightReport>,
    /// Resources light.
    pub resources: Option<LightReport>,
    /// The report's text: an overall comment beside the lights, or the whole report in prose.
    pub summary: Option<Markdown>,
    /// Where it was presented (meeting, item, attachment).
    pub presented_at: Option<PresentedAt>,
}

/// See [`InitiativeCommand::ExtendInitiative`].
#[derive(Debug, Clone, PartialEq)]
pub struct ExtendInitiative {
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// New last day (after the current one).
    pub new_end: NaiveDate,
    /// Why.
    pub reason: Option<Markdown>,
    /// The decision, if any.
    pub decision: Option<DecisionRef>,
}

/// See [`InitiativeCommand::CompleteInitiative`].
#[derive(Debug, Clone, PartialEq)]
pub struct CompleteInitiative {
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// Day.
    pub completed_on: NaiveDate,
    /// Summary / evaluation.
    pub summary: Option<Markdown>,
}

/// See [`InitiativeCommand::StopInitiative`].
#[derive(Debug, Clone, PartialEq)]
pub struct StopInitiative {
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// Day.
    pub stopped_on: NaiveDate,
    /// Why.
    pub reason: Markdown,
}
