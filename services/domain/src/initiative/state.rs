use super::event::*;
use super::types::*;
use crate::ids::{ForumId, InitiativeId, OrganizationId, PartnershipId};
use crate::money::Money;
use crate::values::Title;

/// State of an initiative stream.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InitiativeState {
    pub(super) id: Option<InitiativeId>,
    pub(super) partnership_id: Option<PartnershipId>,
    pub(super) title: Option<Title>,
    pub(super) status: InitiativeStatus,
    pub(super) extended: bool,
    pub(super) responsible_forum: Option<ForumId>,
    pub(super) lead_organizations: Vec<OrganizationId>,
    pub(super) period: Option<Period>,
    pub(super) requested: Option<Money>,
    pub(super) granted: Option<Money>,
    pub(super) latest_report: Option<StatusReported>,
}

impl InitiativeState {
    /// The initiative's id, once proposed.
    #[must_use]
    pub fn id(&self) -> Option<InitiativeId> {
        self.id
    }

    /// The partnership.
    #[must_use]
    pub fn partnership_id(&self) -> Option<PartnershipId> {
        self.partnership_id
    }

    /// Title.
    #[must_use]
    pub fn title(&self) -> Option<&Title> {
        self.title.as_ref()
    }

    /// Lifecycle status.
    #[must_use]
    pub fn status(&self) -> InitiativeStatus {
        self.status
    }

    /// True once extended.
    #[must_use]
    pub fn is_extended(&self) -> bool {
        self.extended
    }

    /// Responsible forum.
    #[must_use]
    pub fn responsible_forum(&self) -> Option<ForumId> {
        self.responsible_forum
    }

    /// Lead organisations.
    #[must_use]
    pub fn lead_organizations(&self) -> &[OrganizationId] {
        &self.lead_organizations
    }

    /// Period (end moves on extension).
    #[must_use]
    pub fn period(&self) -> Option<Period> {
        self.period
    }

    /// Requested amount.
    #[must_use]
    pub fn requested(&self) -> Option<Money> {
        self.requested
    }

    /// Granted amount.
    #[must_use]
    pub fn granted(&self) -> Option<Money> {
        self.granted
    }

    /// The latest status report.
    #[must_use]
    pub fn latest_report(&self) -> Option<&StatusReported> {
        self.latest_report.as_ref()
    }

    pub(super) fn evolve(mut self, event: &InitiativeEvent) -> Self {
        match event {
            InitiativeEvent::InitiativeProposed(e) => {
                self.id = Some(e.initiative_id);
                self.partnership_id = Some(e.partnership_id);
                self.title = Some(e.title.clone());
                self.status = InitiativeStatus::Proposed;
                self.responsible_forum = Some(e.responsible_forum);
                self.lead_organizations = e.lead_organizations.clone();
                self.period = Some(e.period);
                self.requested = Some(e.requested);
            }
            InitiativeEvent::InitiativeApproved(e) => {
                self.status = InitiativeStatus::Approved;
                self.granted = Some(e.granted);
            }
            InitiativeEvent::InitiativeStarted(_) => self.status = InitiativeStatus::Running,
            InitiativeEvent::StatusReported(e) => self.latest_report = Some(e.clone()),
            InitiativeEvent::InitiativeExtended(e) => {
                self.extended = true;
                if let Some(p) = self.period.as_mut() {
                    p.end = e.new_end;
                }
            }
            InitiativeEvent::InitiativeCompleted(_) => self.status = InitiativeStatus::Completed,
            InitiativeEvent::InitiativeStopped(_) => self.status = InitiativeStatus::Stopped,
        }
        self
    }
}
