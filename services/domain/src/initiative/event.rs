use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::types::*;
use crate::decider::{event_enum, v1_payloads};
use crate::entity::{Created, EntityKind};
use crate::ids::{ForumId, InitiativeId, OrganizationId, PartnershipId, StatusReportId};
use crate::meeting::DecisionRef;
use crate::money::Money;
use crate::touches::touches;
use crate::values::{Markdown, Title};

event_enum!(
    /// Events of the initiative stream.
    InitiativeEvent {
        /// Proposed.
        InitiativeProposed,
        /// Approved.
        InitiativeApproved,
        /// Started.
        InitiativeStarted,
        /// Status reported.
        StatusReported,
        /// Extended.
        InitiativeExtended,
        /// Completed.
        InitiativeCompleted,
        /// Stopped.
        InitiativeStopped,
    }
);

v1_payloads!(
    InitiativeProposed,
    InitiativeApproved,
    InitiativeStarted,
    StatusReported,
    InitiativeExtended,
    InitiativeCompleted,
    InitiativeStopped
);

touches!(
    InitiativeProposed => [initiative_id, partnership_id, responsible_forum, lead_organizations, participants],
    InitiativeApproved => [initiative_id, partnership_id, decision],
    InitiativeStarted => [initiative_id],
    StatusReported => [initiative_id, report_id],
    InitiativeExtended => [initiative_id, decision],
    InitiativeCompleted => [initiative_id],
    InitiativeStopped => [initiative_id],
);

/// An initiative was proposed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InitiativeProposed {
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// Title.
    pub title: Title,
    /// Description.
    pub description: Markdown,
    /// Responsible forum.
    pub responsible_forum: ForumId,
    /// Lead organisations.
    pub lead_organizations: Vec<OrganizationId>,
    /// Participants.
    pub participants: Vec<OrganizationId>,
    /// Period.
    pub period: Period,
    /// Amount applied for.
    pub requested: Money,
    /// Requested budget by year.
    pub budget: Vec<BudgetLine>,
    /// Proposing organisation.
    pub proposed_by: OrganizationId,
}

/// An initiative was approved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InitiativeApproved {
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// The decision.
    pub decision: DecisionRef,
    /// Amount applied for (kept next to the granted amount).
    pub requested: Money,
    /// Amount granted.
    pub granted: Money,
    /// Granted budget by year.
    pub budget: Vec<BudgetLine>,
}

/// An initiative started.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InitiativeStarted {
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// Day.
    pub started_on: NaiveDate,
}

/// A status report was filed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusReported {
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// The report.
    pub report_id: StatusReportId,
    /// Reporting day.
    pub as_of: NaiveDate,
    /// Activities light, if the report has lights (some partnerships report in prose).
    #[serde(default)]
    pub activities: Option<LightReport>,
    /// Schedule light.
    #[serde(default)]
    pub schedule: Option<LightReport>,
    /// Resources light.
    #[serde(default)]
    pub resources: Option<LightReport>,
    /// The report's text: an overall comment beside the lights, or the whole report in prose.
    pub summary: Option<Markdown>,
    /// Where it was presented (meeting, item, attachment), absent in older events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presented_at: Option<PresentedAt>,
    /// The reporting organisation.
    pub reported_by: OrganizationId,
}

/// An initiative was extended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InitiativeExtended {
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// Previous last day.
    pub previous_end: NaiveDate,
    /// New last day.
    pub new_end: NaiveDate,
    /// Why.
    pub reason: Option<Markdown>,
    /// Decision.
    pub decision: Option<DecisionRef>,
}

/// An initiative was completed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InitiativeCompleted {
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// Day.
    pub completed_on: NaiveDate,
    /// Summary.
    pub summary: Option<Markdown>,
}

/// An initiative was stopped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InitiativeStopped {
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// Day.
    pub stopped_on: NaiveDate,
    /// Why.
    pub reason: Markdown,
}

impl InitiativeEvent {
    /// The entity this event creates (see [`Created`]).
    fn creates(&self) -> Option<Created> {
        match self {
            Self::InitiativeProposed(e) => {
                Some(Created::new(EntityKind::Initiative, e.initiative_id))
            }
            Self::InitiativeApproved(_)
            | Self::InitiativeStarted(_)
            | Self::StatusReported(_)
            | Self::InitiativeExtended(_)
            | Self::InitiativeCompleted(_)
            | Self::InitiativeStopped(_) => None,
        }
    }
}
