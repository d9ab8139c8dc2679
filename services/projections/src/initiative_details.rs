//! What readers see of an initiative beyond its domain state: the description, budgets, the
//! decision that approved it, and its status reports.

use chrono::NaiveDate;
use samraad_domain::OrganizationId;
use samraad_domain::initiative::{
    BudgetLine, Initiative, InitiativeEvent, InitiativeState, StatusReported,
};
use samraad_domain::meeting::DecisionRef;
use samraad_log::RecordedEvent;

use crate::view::Extra;

/// An initiative's details, folded from its events.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InitiativeDetails {
    /// What it is about (Markdown).
    pub description: String,
    /// Participating organisations (besides the lead).
    pub participants: Vec<OrganizationId>,
    /// The organisation that proposed it.
    pub proposed_by: Option<OrganizationId>,
    /// The budget applied for, per year.
    pub requested_budget: Vec<BudgetLine>,
    /// The budget granted, per year.
    pub granted_budget: Vec<BudgetLine>,
    /// The decision that approved it.
    pub approved_by: Option<DecisionRef>,
    /// When it started.
    pub started_on: Option<NaiveDate>,
    /// When it was completed or stopped.
    pub ended_on: Option<NaiveDate>,
    /// The completion summary or the reason it was stopped.
    pub closing_note: Option<String>,
    /// Status reports (three lights), oldest first.
    pub reports: Vec<StatusReported>,
}

impl Extra<Initiative> for InitiativeDetails {
    fn apply(&mut self, _: &RecordedEvent, event: &InitiativeEvent, _: &InitiativeState) {
        match event {
            InitiativeEvent::InitiativeProposed(e) => {
                self.description = e.description.as_str().to_string();
                self.participants.clone_from(&e.participants);
                self.proposed_by = Some(e.proposed_by);
                self.requested_budget.clone_from(&e.budget);
            }
            InitiativeEvent::InitiativeApproved(e) => {
                self.granted_budget.clone_from(&e.budget);
                self.approved_by = Some(e.decision);
            }
            InitiativeEvent::InitiativeStarted(e) => self.started_on = Some(e.started_on),
            InitiativeEvent::StatusReported(e) => self.reports.push(e.clone()),
            InitiativeEvent::InitiativeExtended(_) => {}
            InitiativeEvent::InitiativeCompleted(e) => {
                self.ended_on = Some(e.completed_on);
                self.closing_note = e.summary.as_ref().map(|s| s.as_str().to_string());
            }
            InitiativeEvent::InitiativeStopped(e) => {
                self.ended_on = Some(e.stopped_on);
                self.closing_note = Some(e.reason.as_str().to_string());
            }
        }
    }
}
