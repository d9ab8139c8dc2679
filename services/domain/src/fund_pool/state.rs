use std::collections::BTreeMap;

use super::event::*;
use crate::ids::{FundPoolId, InitiativeId, PartnershipId};
use crate::money::{Currency, Money};
use crate::values::Name;

/// What one initiative holds from the pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct InitiativeFunds {
    /// Sum of amounts applied for in allocations (øre).
    pub requested: i64,
    /// Sum of granted allocations (øre).
    pub granted: i64,
    /// Current balance: granted + transfers in − transfers out − returns (øre).
    pub balance: i64,
}

/// State of a fund pool stream. Sums are kept in minor units of the pool's currency.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FundPoolState {
    pub(super) id: Option<FundPoolId>,
    pub(super) partnership_id: Option<PartnershipId>,
    pub(super) name: Option<Name>,
    pub(super) currency: Currency,
    pub(super) grants: i64,
    pub(super) income: i64,
    pub(super) returns: i64,
    pub(super) allocations: i64,
    pub(super) expenses: i64,
    pub(super) initiatives: BTreeMap<InitiativeId, InitiativeFunds>,
}

impl FundPoolState {
    /// The pool's id, once created.
    #[must_use]
    pub fn id(&self) -> Option<FundPoolId> {
        self.id
    }

    /// The partnership.
    #[must_use]
    pub fn partnership_id(&self) -> Option<PartnershipId> {
        self.partnership_id
    }

    /// Name.
    #[must_use]
    pub fn name(&self) -> Option<&Name> {
        self.name.as_ref()
    }

    /// Currency.
    #[must_use]
    pub fn currency(&self) -> Currency {
        self.currency
    }

    fn money(&self, minor: i64) -> Money {
        Money::new(minor, self.currency)
    }

    /// Sum of grants.
    #[must_use]
    pub fn grants(&self) -> Money {
        self.money(self.grants)
    }

    /// Sum of other income.
    #[must_use]
    pub fn income(&self) -> Money {
        self.money(self.income)
    }

    /// Sum of returns.
    #[must_use]
    pub fn returns(&self) -> Money {
        self.money(self.returns)
    }

    /// Sum of allocations.
    #[must_use]
    pub fn allocations(&self) -> Money {
        self.money(self.allocations)
    }

    /// Sum of expenses.
    #[must_use]
    pub fn expenses(&self) -> Money {
        self.money(self.expenses)
    }

    /// `grants + income + returns − allocations − expenses`.
    #[must_use]
    pub fn available(&self) -> Money {
        self.money(self.available_minor())
    }

    pub(super) fn available_minor(&self) -> i64 {
        self.grants
            .saturating_add(self.income)
            .saturating_add(self.returns)
            .saturating_sub(self.allocations)
            .saturating_sub(self.expenses)
    }

    /// What an initiative holds.
    #[must_use]
    pub fn initiative(&self, id: InitiativeId) -> Option<InitiativeFunds> {
        self.initiatives.get(&id).copied()
    }

    /// All initiatives with funds.
    pub fn initiatives(&self) -> impl Iterator<Item = (&InitiativeId, &InitiativeFunds)> {
        self.initiatives.iter()
    }

    /// Sum of all initiatives' balances (= allocations − returns).
    #[must_use]
    pub fn held_by_initiatives(&self) -> Money {
        self.money(
            self.initiatives
                .values()
                .map(|f| f.balance)
                .fold(0, i64::saturating_add),
        )
    }

    pub(super) fn evolve(mut self, event: &FundPoolEvent) -> Self {
        match event {
            FundPoolEvent::FundPoolCreated(e) => {
                self.id = Some(e.fund_pool_id);
                self.partnership_id = Some(e.partnership_id);
                self.name = Some(e.name.clone());
                self.currency = e.currency;
            }
            FundPoolEvent::GrantReceived(e) => {
                self.grants = self.grants.saturating_add(e.amount.minor)
            }
            FundPoolEvent::FundsAllocated(e) => {
                self.allocations = self.allocations.saturating_add(e.granted.minor);
                let f = self.initiatives.entry(e.initiative_id).or_default();
                f.requested = f.requested.saturating_add(e.requested.minor);
                f.granted = f.granted.saturating_add(e.granted.minor);
                f.balance = f.balance.saturating_add(e.granted.minor);
            }
            FundPoolEvent::FundsTransferred(e) => {
                let from = self.initiatives.entry(e.from_initiative).or_default();
                from.balance = from.balance.saturating_sub(e.amount.minor);
                let to = self.initiatives.entry(e.to_initiative).or_default();
                to.balance = to.balance.saturating_add(e.amount.minor);
            }
            FundPoolEvent::FundsReturned(e) => {
                self.returns = self.returns.saturating_add(e.amount.minor);
                let f = self.initiatives.entry(e.initiative_id).or_default();
                f.balance = f.balance.saturating_sub(e.amount.minor);
            }
            FundPoolEvent::IncomeRecorded(e) => {
                self.income = self.income.saturating_add(e.amount.minor)
            }
            FundPoolEvent::ExpenseRecorded(e) => {
                self.expenses = self.expenses.saturating_add(e.amount.minor);
            }
        }
        self
    }
}
