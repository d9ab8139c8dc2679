use crate::ids::{FundPoolId, InitiativeId, PartnershipId};
use crate::meeting::DecisionRef;
use crate::money::{Currency, Money};
use crate::values::{Markdown, Name};

/// Commands of the fund pool stream. All amounts must be positive and in the pool's currency.
#[derive(Debug, Clone, PartialEq)]
pub enum FundPoolCommand {
    /// Open a fund pool for a partnership.
    CreateFundPool(CreateFundPool),
    /// Money comes in (by year, with source).
    ReceiveGrant(ReceiveGrant),
    /// Money goes to an initiative, per a decision.
    AllocateFunds(AllocateFunds),
    /// Money moves between initiatives.
    TransferFunds(TransferFunds),
    /// Unspent money comes back from an initiative.
    ReturnFunds(ReturnFunds),
    /// Other income (e.g. VAT refund surplus).
    RecordIncome(RecordIncome),
    /// An expense paid from the pool (e.g. honoraria).
    RecordExpense(RecordExpense),
}

/// See [`FundPoolCommand::CreateFundPool`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateFundPool {
    /// The pool.
    pub fund_pool_id: FundPoolId,
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// Name ("Klyngemidler").
    pub name: Name,
    /// Currency of every amount in the pool.
    pub currency: Currency,
}

/// See [`FundPoolCommand::ReceiveGrant`].
#[derive(Debug, Clone, PartialEq)]
pub struct ReceiveGrant {
    /// The pool.
    pub fund_pool_id: FundPoolId,
    /// Budget year.
    pub year: i32,
    /// Source ("Region Sjælland", "Sundhedsstyrelsen").
    pub source: Name,
    /// Amount.
    pub amount: Money,
    /// Note.
    pub note: Option<Markdown>,
}

/// See [`FundPoolCommand::AllocateFunds`].
#[derive(Debug, Clone, PartialEq)]
pub struct AllocateFunds {
    /// The pool.
    pub fund_pool_id: FundPoolId,
    /// The receiving initiative.
    pub initiative_id: InitiativeId,
    /// The decision (meeting + item) that granted it. The application layer checks it exists.
    pub decision: DecisionRef,
    /// Amount applied for (may be 0 if unknown).
    pub requested: Money,
    /// Amount granted (allocated).
    pub granted: Money,
    /// Budget year.
    pub year: Option<i32>,
}

/// See [`FundPoolCommand::TransferFunds`].
#[derive(Debug, Clone, PartialEq)]
pub struct TransferFunds {
    /// The pool.
    pub fund_pool_id: FundPoolId,
    /// From.
    pub from_initiative: InitiativeId,
    /// To.
    pub to_initiative: InitiativeId,
    /// Amount.
    pub amount: Money,
    /// Decision, if any.
    pub decision: Option<DecisionRef>,
    /// Note.
    pub note: Option<Markdown>,
}

/// See [`FundPoolCommand::ReturnFunds`].
#[derive(Debug, Clone, PartialEq)]
pub struct ReturnFunds {
    /// The pool.
    pub fund_pool_id: FundPoolId,
    /// The returning initiative.
    pub initiative_id: InitiativeId,
    /// Amount.
    pub amount: Money,
    /// Note.
    pub note: Option<Markdown>,
}

/// See [`FundPoolCommand::RecordIncome`].
#[derive(Debug, Clone, PartialEq)]
pub struct RecordIncome {
    /// The pool.
    pub fund_pool_id: FundPoolId,
    /// Amount.
    pub amount: Money,
    /// What ("overskud ved afløftning af positivliste moms").
    pub description: Markdown,
    /// Related initiative.
    pub initiative_id: Option<InitiativeId>,
}

/// See [`FundPoolCommand::RecordExpense`].
#[derive(Debug, Clone, PartialEq)]
pub struct RecordExpense {
    /// The pool.
    pub fund_pool_id: FundPoolId,
    /// Amount.
    pub amount: Money,
    /// What ("honorering af almen praksis").
    pub description: Markdown,
    /// Related initiative.
    pub initiative_id: Option<InitiativeId>,
    /// Decision, if any.
    pub decision: Option<DecisionRef>,
}
