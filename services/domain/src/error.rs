//! The domain's one error type, with a stable machine code per variant.

use std::fmt;

use crate::ids::AgendaItemId;
use crate::meeting::{Section, SectionContent};

/// A named rule of DOMAIN.md. Every permission or invariant failure names the rule it broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Only a platform operator creates partnerships.
    OnlyOperatorCreatesPartnerships,
    /// Only a partnership administrator manages organisations, forums, memberships.
    OnlyAdminManagesPartnership,
    /// Agenda items can be proposed by any member organisation of the forum's partnership.
    OnlyMemberOrganizationsPropose,
    /// Only the secretariat or chair (or co-chair) accepts, rejects, reorders, postpones and publishes.
    OnlySecretariatOrChairManagesAgenda,
    /// Only the secretariat or chair (or co-chair) schedules and runs the meeting and records its outcome.
    OnlySecretariatOrChairRunsMeeting,
    /// Only the proposing organisation, a seated forum member or the secretariat edits an item.
    OnlyContributorsEditItems,
    /// Only the owner organisation or the secretariat/chair closes a follow-up action.
    OnlyOwnerOrSecretariatClosesFollowUp,
    /// An initiative's status report may only be filed by its lead or its responsible forum.
    OnlyLeadOrResponsibleForumReportsStatus,
    /// Fund commands are for the partnership administrator or the secretariat.
    OnlyAdminOrSecretariatManagesFunds,
    /// Initiatives are proposed by member organisations and approved by admin/secretariat.
    OnlyMembersProposeInitiatives,
    /// The stream (partnership, meeting, initiative, fund pool) already exists.
    AlreadyExists,
    /// An id inside the stream (item, membership, attachment, ...) is already used.
    IdAlreadyUsed,
    /// The meeting's state does not allow this (e.g. cancelled, already open, adjourned).
    MeetingStatus,
    /// Decisions are recorded only while the meeting is open.
    DecisionOnlyWhileOpen,
    /// An item has one decision; later changes are corrections.
    DecisionAlreadyRecorded,
    /// A decision outcome must exist for every recommendation (or be explicitly postponed):
    /// one per recommendation, or one for the item as a whole — not both.
    OutcomeForEveryRecommendation,
    /// A decision on a `break` item is an error.
    NoDecisionOnBreak,
    /// The agenda item's status does not allow this (e.g. accepting a withdrawn item).
    ItemStatus,
    /// A reorder must list exactly the accepted items, each once.
    ReorderIsPermutation,
    /// Editing the same section from a stale revision is a conflict; nothing is silently overwritten.
    NoSilentOverwrite,
    /// Minutes are approved once, after the meeting is adjourned.
    MinutesApproval,
    /// AllocateFunds, expenses and transfers cannot take the pool or an initiative below zero.
    NoNegativeBalance,
    /// All money in a fund pool is in the pool's currency.
    SingleCurrency,
    /// An initiative moves proposed → approved → running → (extended) → completed / stopped.
    InitiativeLifecycle,
    /// Memberships have a validity period and end once.
    MembershipPeriod,
    /// A follow-up action is closed (done or dropped) once.
    FollowUpClosedOnce,
    /// Referenced entities (forum, organisation, item) must exist.
    MustExist,
    /// Money moves only to or from an initiative of the pool's partnership that may receive
    /// (proposed, approved, running), spend (approved, running, completed) or give back
    /// (any but unknown) money.
    FundsNeedAnInitiative,
    /// An allocation (or an initiative's approval) rests on a recorded decision that approved
    /// the recommendation it cites (or was recorded without recommendations).
    DecisionMustApprove,
}

impl Rule {
    /// A short, stable snake_case name for the rule.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::OnlyOperatorCreatesPartnerships => "only_operator_creates_partnerships",
            Self::OnlyAdminManagesPartnership => "only_admin_manages_partnership",
            Self::OnlyMemberOrganizationsPropose => "only_member_organizations_propose",
            Self::OnlySecretariatOrChairManagesAgenda => "only_secretariat_or_chair_manages_agenda",
            Self::OnlySecretariatOrChairRunsMeeting => "only_secretariat_or_chair_runs_meeting",
            Self::OnlyContributorsEditItems => "only_contributors_edit_items",
            Self::OnlyOwnerOrSecretariatClosesFollowUp => {
                "only_owner_or_secretariat_closes_follow_up"
            }
            Self::OnlyLeadOrResponsibleForumReportsStatus => {
                "only_lead_or_responsible_forum_reports_status"
            }
            Self::OnlyAdminOrSecretariatManagesFunds => "only_admin_or_secretariat_manages_funds",
            Self::OnlyMembersProposeInitiatives => "only_members_propose_initiatives",
            Self::AlreadyExists => "already_exists",
            Self::IdAlreadyUsed => "id_already_used",
            Self::MeetingStatus => "meeting_status",
            Self::DecisionOnlyWhileOpen => "decision_only_while_open",
            Self::DecisionAlreadyRecorded => "decision_already_recorded",
            Self::OutcomeForEveryRecommendation => "outcome_for_every_recommendation",
            Self::NoDecisionOnBreak => "no_decision_on_break",
            Self::ItemStatus => "item_status",
            Self::ReorderIsPermutation => "reorder_is_permutation",
            Self::NoSilentOverwrite => "no_silent_overwrite",
            Self::MinutesApproval => "minutes_approval",
            Self::NoNegativeBalance => "no_negative_balance",
            Self::SingleCurrency => "single_currency",
            Self::InitiativeLifecycle => "initiative_lifecycle",
            Self::MembershipPeriod => "membership_period",
            Self::FollowUpClosedOnce => "follow_up_closed_once",
            Self::MustExist => "must_exist",
            Self::FundsNeedAnInitiative => "funds_need_an_initiative",
            Self::DecisionMustApprove => "decision_must_approve",
        }
    }

    /// The rule stated as a sentence (as in DOMAIN.md).
    #[must_use]
    pub const fn statement(self) -> &'static str {
        match self {
            Self::OnlyOperatorCreatesPartnerships => {
                "only a platform operator creates partnerships"
            }
            Self::OnlyAdminManagesPartnership => {
                "only a partnership administrator manages organisations, forums and memberships"
            }
            Self::OnlyMemberOrganizationsPropose => {
                "agenda items can be proposed by member organisations of the forum's partnership only"
            }
            Self::OnlySecretariatOrChairManagesAgenda => {
                "only the secretariat or the chair accepts, rejects, reorders, postpones and publishes"
            }
            Self::OnlySecretariatOrChairRunsMeeting => {
                "only the secretariat or the chair schedules and runs the meeting and records decisions"
            }
            Self::OnlyContributorsEditItems => {
                "only the proposing organisation, seated forum members or the secretariat edit an item"
            }
            Self::OnlyOwnerOrSecretariatClosesFollowUp => {
                "only the owner organisation or the secretariat/chair closes a follow-up action"
            }
            Self::OnlyLeadOrResponsibleForumReportsStatus => {
                "an initiative's status report may only be filed by its lead or responsible forum"
            }
            Self::OnlyAdminOrSecretariatManagesFunds => {
                "fund pool commands are for the partnership administrator or the secretariat"
            }
            Self::OnlyMembersProposeInitiatives => {
                "initiatives are proposed by member organisations and approved by the administrator or secretariat"
            }
            Self::AlreadyExists => "it already exists",
            Self::IdAlreadyUsed => "the id is already used",
            Self::MeetingStatus => "the meeting's status does not allow this",
            Self::DecisionOnlyWhileOpen => "decisions are recorded only while the meeting is open",
            Self::DecisionAlreadyRecorded => {
                "an item has one decision; change it with a correction"
            }
            Self::OutcomeForEveryRecommendation => {
                "a decision outcome must exist for every recommendation (or be explicitly postponed), \
                 each its own or one for the item as a whole"
            }
            Self::NoDecisionOnBreak => "a decision on a break item is an error",
            Self::ItemStatus => "the agenda item's status does not allow this",
            Self::ReorderIsPermutation => {
                "a reorder must list exactly the accepted items, each once"
            }
            Self::NoSilentOverwrite => {
                "editing the same section from a stale revision is a conflict; nothing is silently overwritten"
            }
            Self::MinutesApproval => "minutes are approved once, after the meeting is adjourned",
            Self::NoNegativeBalance => "the pool and each initiative's funds never go below zero",
            Self::SingleCurrency => "all money in a fund pool is in the pool's currency",
            Self::InitiativeLifecycle => {
                "an initiative moves proposed → approved → running → (extended) → completed / stopped"
            }
            Self::MembershipPeriod => "a membership has a valid period and ends once",
            Self::FollowUpClosedOnce => "a follow-up action is closed once",
            Self::MustExist => "referenced entities must exist",
            Self::FundsNeedAnInitiative => {
                "money moves only to or from an initiative of the pool's partnership that may take it"
            }
            Self::DecisionMustApprove => "money and approval rest on a decision that approved them",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.statement(), self.name())
    }
}

/// The current state of a section, returned on an edit conflict so the client can merge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionSnapshot {
    /// The item.
    pub item_id: AgendaItemId,
    /// The section.
    pub section: Section,
    /// The section's current revision (0 = never written).
    pub revision: u64,
    /// The section's current content.
    pub content: SectionContent,
}

/// Everything `decide` can refuse. `code()` is the stable machine code for clients.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// An invariant of the domain would be broken.
    #[error("rule violated: {rule}: {detail}")]
    RuleViolation {
        /// The rule.
        rule: Rule,
        /// What exactly was wrong.
        detail: String,
    },
    /// The actor may not do this.
    #[error("forbidden: {rule}: {detail}")]
    Forbidden {
        /// The permission rule.
        rule: Rule,
        /// Who tried what.
        detail: String,
    },
    /// The command conflicts with the current state (stale revision, duplicate id, ...).
    #[error("conflict: {rule}: {detail}")]
    Conflict {
        /// The rule.
        rule: Rule,
        /// What conflicted.
        detail: String,
        /// For section edit conflicts: the current text and revision, so the client can merge.
        current: Option<Box<SectionSnapshot>>,
    },
    /// A value in the command is malformed.
    #[error("invalid input for `{field}`: {reason}")]
    InvalidInput {
        /// The field.
        field: &'static str,
        /// Why it was rejected.
        reason: String,
    },
    /// The target does not exist.
    #[error("not found: {what} {id}")]
    NotFound {
        /// The kind of thing (`meeting`, `agenda item`, ...).
        what: &'static str,
        /// Its id.
        id: String,
    },
}

impl DomainError {
    /// The stable machine code: `RULE_VIOLATION`, `FORBIDDEN`, `CONFLICT`, `INVALID_INPUT` or `NOT_FOUND`.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        match self {
            Self::RuleViolation { .. } => "RULE_VIOLATION",
            Self::Forbidden { .. } => "FORBIDDEN",
            Self::Conflict { .. } => "CONFLICT",
            Self::InvalidInput { .. } => "INVALID_INPUT",
            Self::NotFound { .. } => "NOT_FOUND",
        }
    }

    /// The rule this error names, if any.
    #[must_use]
    pub const fn rule(&self) -> Option<Rule> {
        match self {
            Self::RuleViolation { rule, .. }
            | Self::Forbidden { rule, .. }
            | Self::Conflict { rule, .. } => Some(*rule),
            Self::InvalidInput { .. } | Self::NotFound { .. } => None,
        }
    }

    /// A rule violation.
    pub fn rule_violation(rule: Rule, detail: impl Into<String>) -> Self {
        Self::RuleViolation {
            rule,
            detail: detail.into(),
        }
    }

    /// A permission failure.
    pub fn forbidden(rule: Rule, detail: impl Into<String>) -> Self {
        Self::Forbidden {
            rule,
            detail: detail.into(),
        }
    }

    /// A conflict without a section snapshot.
    pub fn conflict(rule: Rule, detail: impl Into<String>) -> Self {
        Self::Conflict {
            rule,
            detail: detail.into(),
            current: None,
        }
    }

    /// Invalid input.
    pub fn invalid(field: &'static str, reason: impl Into<String>) -> Self {
        Self::InvalidInput {
            field,
            reason: reason.into(),
        }
    }

    /// Not found.
    pub fn not_found(what: &'static str, id: impl fmt::Display) -> Self {
        Self::NotFound {
            what,
            id: id.to_string(),
        }
    }
}
