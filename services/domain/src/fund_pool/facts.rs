//! Rules on facts of other streams that fund commands rest on: the initiative money moves to
//! or from, and the decision an allocation cites. The application looks the facts up (the
//! decider pattern: read before deciding) and asks these pure functions.

use crate::error::{DomainError, Rule};
use crate::ids::{InitiativeId, PartnershipId};
use crate::initiative::{InitiativeState, InitiativeStatus};
use crate::meeting::{DecisionRef, MeetingState, Outcome};

/// What a fund command does with an initiative's money.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyUse {
    /// Receives money (an allocation, the receiving side of a transfer).
    Receive,
    /// Spends money (an expense booked on it).
    Spend,
    /// Gives money back (a return, the giving side of a transfer, income booked on it).
    GiveBack,
}

/// The initiative exists, belongs to `partnership` and may take part in `use_`.
pub fn initiative_may(
    id: InitiativeId,
    initiative: &InitiativeState,
    partnership: PartnershipId,
    use_: MoneyUse,
) -> Result<(), DomainError> {
    if initiative.partnership_id() != Some(partnership) {
        return Err(DomainError::rule_violation(
            Rule::FundsNeedAnInitiative,
            format!("initiative {id} does not exist in this fund pool's partnership"),
        ));
    }
    use InitiativeStatus::*;
    let status = initiative.status();
    let allowed = match use_ {
        MoneyUse::Receive => matches!(status, Proposed | Approved | Running),
        MoneyUse::Spend => matches!(status, Approved | Running | Completed),
        MoneyUse::GiveBack => status != Unknown,
    };
    if !allowed {
        return Err(DomainError::rule_violation(
            Rule::FundsNeedAnInitiative,
            format!("initiative {id} is {status:?} and cannot {use_:?} money now"),
        ));
    }
    Ok(())
}

/// The decision is recorded on the item of a meeting of `partnership` and approved the
/// recommendation it cites (any recommendation, if it cites none); a decision recorded
/// without recommendations approves the item as a whole, and one outcome for the item as a
/// whole approves each recommendation when it is an approval.
pub fn decision_approves(
    decision: DecisionRef,
    meeting: &MeetingState,
    partnership: PartnershipId,
) -> Result<(), DomainError> {
    let recorded = (meeting.partnership_id() == Some(partnership))
        .then(|| meeting.item(decision.item_id))
        .flatten()
        .and_then(|item| item.decision.as_ref());
    let Some(recorded) = recorded else {
        return Err(DomainError::rule_violation(
            Rule::MustExist,
            format!(
                "no decision is recorded on item {} of meeting {} in this partnership",
                decision.item_id, decision.meeting_id
            ),
        ));
    };
    let approves = |o: Outcome| matches!(o, Outcome::Approved | Outcome::ApprovedWithChanges);
    let approved = match recorded.item_outcome {
        // One outcome for the item as a whole stands for each of its recommendations.
        Some(outcome) => approves(outcome),
        None => {
            recorded.outcomes.is_empty()
                || recorded.outcomes.iter().any(|o| {
                    decision
                        .recommendation
                        .is_none_or(|r| r == o.recommendation)
                        && approves(o.outcome)
                })
        }
    };
    if !approved {
        return Err(DomainError::rule_violation(
            Rule::DecisionMustApprove,
            match decision.recommendation {
                Some(r) => format!(
                    "recommendation {r} of item {} was not approved",
                    decision.item_id
                ),
                None => format!("the decision on item {} approved nothing", decision.item_id),
            },
        ));
    }
    Ok(())
}
