use super::command::*;
use super::event::*;
use super::state::FundPoolState;
use crate::decider::Context;
use crate::error::{DomainError, Rule};
use crate::ids::{FundPoolId, PartnershipId};
use crate::money::Money;

fn existing(state: &FundPoolState, id: FundPoolId) -> Result<PartnershipId, DomainError> {
    match (state.id, state.partnership_id) {
        (Some(s), Some(p)) if s == id => Ok(p),
        _ => Err(DomainError::not_found("fund pool", id)),
    }
}

fn require_manager(partnership: PartnershipId, ctx: &Context) -> Result<(), DomainError> {
    if ctx.actor.manages_partnership_affairs(partnership) {
        Ok(())
    } else {
        Err(DomainError::forbidden(
            Rule::OnlyAdminOrSecretariatManagesFunds,
            format!(
                "person {} is neither administrator nor secretariat of partnership {partnership}",
                ctx.actor.person
            ),
        ))
    }
}

/// Positive and in the pool's currency.
fn positive(state: &FundPoolState, field: &'static str, amount: Money) -> Result<i64, DomainError> {
    if amount.currency != state.currency {
        return Err(DomainError::rule_violation(
            Rule::SingleCurrency,
            format!(
                "{field} is in {} but the pool is in {}",
                amount.currency, state.currency
            ),
        ));
    }
    if !amount.is_positive() {
        return Err(DomainError::invalid(field, "must be positive"));
    }
    Ok(amount.minor)
}

fn overflow() -> DomainError {
    DomainError::invalid("amount", "the pool's totals would overflow")
}

fn cover(state: &FundPoolState, amount: i64, what: &str) -> Result<(), DomainError> {
    let available = state.available_minor();
    if amount > available {
        return Err(DomainError::rule_violation(
            Rule::NoNegativeBalance,
            format!(
                "{what} of {} exceeds the available {}",
                Money::new(amount, state.currency),
                Money::new(available, state.currency)
            ),
        ));
    }
    Ok(())
}

pub(super) fn decide(
    state: &FundPoolState,
    command: FundPoolCommand,
    ctx: &Context,
) -> Result<Vec<FundPoolEvent>, DomainError> {
    let event: FundPoolEvent = match command {
        FundPoolCommand::CreateFundPool(c) => {
            require_manager(c.partnership_id, ctx)?;
            if state.id.is_some() {
                return Err(DomainError::conflict(
                    Rule::AlreadyExists,
                    format!("fund pool {} already exists", c.fund_pool_id),
                ));
            }
            FundPoolCreated {
                fund_pool_id: c.fund_pool_id,
                partnership_id: c.partnership_id,
                name: c.name,
                currency: c.currency,
            }
            .into()
        }
        FundPoolCommand::ReceiveGrant(c) => {
            require_manager(existing(state, c.fund_pool_id)?, ctx)?;
            let amount = positive(state, "amount", c.amount)?;
            state.grants.checked_add(amount).ok_or_else(overflow)?;
            GrantReceived {
                fund_pool_id: c.fund_pool_id,
                year: c.year,
                source: c.source,
                amount: c.amount,
                note: c.note,
            }
            .into()
        }
        FundPoolCommand::AllocateFunds(c) => {
            require_manager(existing(state, c.fund_pool_id)?, ctx)?;
            let granted = positive(state, "granted", c.granted)?;
            if c.requested.currency != state.currency || c.requested.is_negative() {
                return Err(DomainError::invalid(
                    "requested",
                    "a non-negative amount in the pool's currency",
                ));
            }
            cover(state, granted, "the allocation")?;
            FundsAllocated {
                fund_pool_id: c.fund_pool_id,
                initiative_id: c.initiative_id,
                decision: c.decision,
                requested: c.requested,
                granted: c.granted,
                year: c.year,
            }
            .into()
        }
        FundPoolCommand::TransferFunds(c) => {
            require_manager(existing(state, c.fund_pool_id)?, ctx)?;
            let amount = positive(state, "amount", c.amount)?;
            if c.from_initiative == c.to_initiative {
                return Err(DomainError::invalid(
                    "to_initiative",
                    "a transfer moves money between two initiatives",
                ));
            }
            let held = state.initiative(c.from_initiative).map_or(0, |f| f.balance);
            if amount > held {
                return Err(DomainError::rule_violation(
                    Rule::NoNegativeBalance,
                    format!(
                        "initiative {} holds {} and cannot transfer {}",
                        c.from_initiative,
                        Money::new(held, state.currency),
                        c.amount
                    ),
                ));
            }
            FundsTransferred {
                fund_pool_id: c.fund_pool_id,
                from_initiative: c.from_initiative,
                to_initiative: c.to_initiative,
                amount: c.amount,
                decision: c.decision,
                note: c.note,
            }
            .into()
        }
        FundPoolCommand::ReturnFunds(c) => {
            require_manager(existing(state, c.fund_pool_id)?, ctx)?;
            let amount = positive(state, "amount", c.amount)?;
            let held = state.initiative(c.initiative_id).map_or(0, |f| f.balance);
            if amount > held {
                return Err(DomainError::rule_violation(
                    Rule::NoNegativeBalance,
                    format!(
                        "initiative {} holds {} and cannot return {}",
                        c.initiative_id,
                        Money::new(held, state.currency),
                        c.amount
                    ),
                ));
            }
            FundsReturned {
                fund_pool_id: c.fund_pool_id,
                initiative_id: c.initiative_id,
                amount: c.amount,
                note: c.note,
            }
            .into()
        }
        FundPoolCommand::RecordIncome(c) => {
            require_manager(existing(state, c.fund_pool_id)?, ctx)?;
            let amount = positive(state, "amount", c.amount)?;
            state.income.checked_add(amount).ok_or_else(overflow)?;
            IncomeRecorded {
                fund_pool_id: c.fund_pool_id,
                amount: c.amount,
                description: c.description,
                initiative_id: c.initiative_id,
            }
            .into()
        }
        FundPoolCommand::RecordExpense(c) => {
            require_manager(existing(state, c.fund_pool_id)?, ctx)?;
            let amount = positive(state, "amount", c.amount)?;
            cover(state, amount, "the expense")?;
            ExpenseRecorded {
                fund_pool_id: c.fund_pool_id,
                amount: c.amount,
                description: c.description,
                initiative_id: c.initiative_id,
                decision: c.decision,
            }
            .into()
        }
    };
    Ok(vec![event])
}
