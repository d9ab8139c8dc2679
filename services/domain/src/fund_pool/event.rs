use serde::{Deserialize, Serialize};

use crate::decider::{event_enum, v1_payloads};
use crate::entity::{Created, EntityKind};
use crate::ids::{FundPoolId, InitiativeId, PartnershipId};
use crate::meeting::DecisionRef;
use crate::money::{Currency, Money};
use crate::touches::touches;
use crate::values::{Markdown, Name};

event_enum!(
    /// Events of the fund pool stream.
    FundPoolEvent {
        /// The pool was created.
        FundPoolCreated,
        /// A grant came in.
        GrantReceived,
        /// Money was allocated to an initiative.
        FundsAllocated,
        /// Money moved between initiatives.
        FundsTransferred,
        /// Money came back from an initiative.
        FundsReturned,
        /// Other income.
        IncomeRecorded,
        /// An expense.
        ExpenseRecorded,
    }
);

v1_payloads!(
    FundPoolCreated,
    GrantReceived,
    FundsAllocated,
    FundsTransferred,
    FundsReturned,
    IncomeRecorded,
    ExpenseRecorded
);

touches!(
    FundPoolCreated => [fund_pool_id, partnership_id],
    GrantReceived => [fund_pool_id],
    FundsAllocated => [fund_pool_id, initiative_id, decision],
    FundsTransferred => [fund_pool_id, from_initiative, to_initiative, decision],
    FundsReturned => [fund_pool_id, initiative_id],
    IncomeRecorded => [fund_pool_id, initiative_id],
    ExpenseRecorded => [fund_pool_id, initiative_id, decision],
);

/// The pool was created.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FundPoolCreated {
    /// The pool.
    pub fund_pool_id: FundPoolId,
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// Name.
    pub name: Name,
    /// Currency.
    pub currency: Currency,
}

/// A grant came in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GrantReceived {
    /// The pool.
    pub fund_pool_id: FundPoolId,
    /// Year.
    pub year: i32,
    /// Source.
    pub source: Name,
    /// Amount.
    pub amount: Money,
    /// Note.
    pub note: Option<Markdown>,
}

/// Money was allocated to an initiative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FundsAllocated {
    /// The pool.
    pub fund_pool_id: FundPoolId,
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// The decision.
    pub decision: DecisionRef,
    /// Applied for.
    pub requested: Money,
    /// Granted (the amount that leaves the pool).
    pub granted: Money,
    /// Year.
    pub year: Option<i32>,
}

/// Money moved between initiatives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FundsTransferred {
    /// The pool.
    pub fund_pool_id: FundPoolId,
    /// From.
    pub from_initiative: InitiativeId,
    /// To.
    pub to_initiative: InitiativeId,
    /// Amount.
    pub amount: Money,
    /// Decision.
    pub decision: Option<DecisionRef>,
    /// Note.
    pub note: Option<Markdown>,
}

/// Unspent money came back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FundsReturned {
    /// The pool.
    pub fund_pool_id: FundPoolId,
    /// The initiative.
    pub initiative_id: InitiativeId,
    /// Amount.
    pub amount: Money,
    /// Note.
    pub note: Option<Markdown>,
}

/// Other income.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncomeRecorded {
    /// The pool.
    pub fund_pool_id: FundPoolId,
    /// Amount.
    pub amount: Money,
    /// What.
    pub description: Markdown,
    /// Related initiative.
    pub initiative_id: Option<InitiativeId>,
}

/// An expense.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExpenseRecorded {
    /// The pool.
    pub fund_pool_id: FundPoolId,
    /// Amount.
    pub amount: Money,
    /// What.
    pub description: Markdown,
    /// Related initiative.
    pub initiative_id: Option<InitiativeId>,
    /// Decision.
    pub decision: Option<DecisionRef>,
}

impl FundPoolEvent {
    /// The entity this event creates (see [`Created`]).
    fn creates(&self) -> Option<Created> {
        match self {
            Self::FundPoolCreated(e) => Some(Created::new(EntityKind::FundPool, e.fund_pool_id)),
            Self::GrantReceived(_)
            | Self::FundsAllocated(_)
            | Self::FundsTransferred(_)
            | Self::FundsReturned(_)
            | Self::IncomeRecorded(_)
            | Self::ExpenseRecorded(_) => None,
        }
    }
}
