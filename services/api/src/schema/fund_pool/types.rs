//! GraphQL types and queries of the fund pool context: balance, per-initiative funds and the
//! ledger (every booking with its running available balance).

use std::sync::Arc;

use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use samraad_domain::fund_pool::FundPoolEvent;
use samraad_domain::{DomainEvent, InitiativeId, Money};
use samraad_projections::FundPoolView;

use crate::schema::common::context::services;
use crate::schema::common::scalars::MoneyObject;
use crate::schema::initiative::types::{DecisionRefObject, InitiativeObject};

/// The pool's sums.
#[derive(SimpleObject, Clone)]
pub struct FundBalance {
    /// Sum of grants.
    pub grants: MoneyObject,
    /// Sum of other income.
    pub income: MoneyObject,
    /// Sum of returned money.
    pub returns: MoneyObject,
    /// Sum of allocations.
    pub allocations: MoneyObject,
    /// Sum of expenses.
    pub expenses: MoneyObject,
    /// `grants + income + returns − allocations − expenses`.
    pub available: MoneyObject,
    /// What the initiatives hold now (allocations − returns, moved by transfers).
    pub held_by_initiatives: MoneyObject,
}

/// What one initiative holds from the pool.
#[derive(Clone)]
pub struct InitiativeFundsObject {
    initiative_id: InitiativeId,
    requested: Money,
    granted: Money,
    balance: Money,
}

#[Object(name = "InitiativeFunds")]
impl InitiativeFundsObject {
    /// The initiative's id.
    async fn initiative_id(&self) -> ID {
        ID(self.initiative_id.to_string())
    }
    /// The initiative, if known.
    async fn initiative(&self, ctx: &Context<'_>) -> Option<InitiativeObject> {
        services(ctx)
            .projections
            .read(|model| model.initiatives.get(&self.initiative_id).cloned())
            .map(InitiativeObject::new)
    }
    /// Sum applied for in allocations.
    async fn requested(&self) -> MoneyObject {
        self.requested.into()
    }
    /// Sum of granted allocations.
    async fn granted(&self) -> MoneyObject {
        self.granted.into()
    }
    /// Current holding: granted + transfers in − transfers out − returns.
    async fn balance(&self) -> MoneyObject {
        self.balance.into()
    }
}

/// One booking in the pool's ledger.
#[derive(SimpleObject, Clone)]
pub struct LedgerEntry {
    /// Global position of the booking.
    pub position: String,
    /// Version within the pool's stream.
    pub version: i64,
    /// Event type: `GrantReceived`, `FundsAllocated`, `FundsTransferred`, `FundsReturned`,
    /// `IncomeRecorded`, `ExpenseRecorded` (or `FundPoolCreated`).
    #[graphql(name = "type")]
    pub event_type: String,
    /// When it was booked.
    pub occurred_at: DateTime<Utc>,
    /// The person who booked it.
    pub actor_person_id: ID,
    /// The organisation they acted for.
    pub actor_organization_id: ID,
    /// The amount (granted amount for allocations); none for the pool's creation.
    pub amount: Option<MoneyObject>,
    /// The amount applied for (allocations).
    pub requested: Option<MoneyObject>,
    /// Budget year (grants, allocations).
    pub year: Option<i32>,
    /// Source of a grant.
    pub source: Option<String>,
    /// The initiative concerned (allocation, return, income, expense).
    pub initiative_id: Option<ID>,
    /// Transfer: from.
    pub from_initiative_id: Option<ID>,
    /// Transfer: to.
    pub to_initiative_id: Option<ID>,
    /// The decision it rests on.
    pub decision: Option<DecisionRefObject>,
    /// Note or description.
    pub note: Option<String>,
    /// Available in the pool after this booking.
    pub available_after: MoneyObject,
}

/// A fund pool (udviklingsmidler / klyngemidler).
#[derive(Clone)]
pub struct FundPoolObject {
    /// The pool's read model.
    pub view: Arc<FundPoolView>,
}

impl FundPoolObject {
    /// The object over a pool view.
    pub fn new(view: Arc<FundPoolView>) -> Self {
        Self { view }
    }

    fn money(&self, minor: i64) -> Money {
        Money::new(minor, self.view.state.currency())
    }
}

/// The GraphQL form of one ledger booking.
fn ledger_entry(booking: &samraad_projections::ledger::LedgerEntry) -> LedgerEntry {
    let id = |u: &dyn ToString| Some(ID(u.to_string()));
    let mut entry = LedgerEntry {
        position: booking.position.to_string(),
        version: i64::try_from(booking.version).unwrap_or(i64::MAX),
        event_type: booking.event.event_type().to_string(),
        occurred_at: booking.occurred_at,
        actor_person_id: ID(booking.actor_person.to_string()),
        actor_organization_id: ID(booking.actor_organization.to_string()),
        amount: None,
        requested: None,
        year: None,
        source: None,
        initiative_id: None,
        from_initiative_id: None,
        to_initiative_id: None,
        decision: None,
        note: None,
        available_after: booking.available_after.into(),
    };
    match &booking.event {
        FundPoolEvent::FundPoolCreated(_) => {}
        FundPoolEvent::GrantReceived(e) => {
            entry.amount = Some(e.amount.into());
            entry.year = Some(e.year);
            entry.source = Some(e.source.as_str().to_string());
            entry.note = e.note.as_ref().map(|n| n.as_str().to_string());
        }
        FundPoolEvent::FundsAllocated(e) => {
            entry.amount = Some(e.granted.into());
            entry.requested = Some(e.requested.into());
            entry.year = e.year;
            entry.initiative_id = id(&e.initiative_id);
            entry.decision = Some(e.decision.into());
        }
        FundPoolEvent::FundsTransferred(e) => {
            entry.amount = Some(e.amount.into());
            entry.from_initiative_id = id(&e.from_initiative);
            entry.to_initiative_id = id(&e.to_initiative);
            entry.decision = e.decision.map(Into::into);
            entry.note = e.note.as_ref().map(|n| n.as_str().to_string());
        }
        FundPoolEvent::FundsReturned(e) => {
            entry.amount = Some(e.amount.into());
            entry.initiative_id = id(&e.initiative_id);
            entry.note = e.note.as_ref().map(|n| n.as_str().to_string());
        }
        FundPoolEvent::IncomeRecorded(e) => {
            entry.amount = Some(e.amount.into());
            entry.initiative_id = e.initiative_id.and_then(|i| id(&i));
            entry.note = Some(e.description.as_str().to_string());
        }
        FundPoolEvent::ExpenseRecorded(e) => {
            entry.amount = Some(e.amount.into());
            entry.initiative_id = e.initiative_id.and_then(|i| id(&i));
            entry.decision = e.decision.map(Into::into);
            entry.note = Some(e.description.as_str().to_string());
        }
    }
    entry
}

#[Object(name = "FundPool")]
impl FundPoolObject {
    /// The pool id.
    async fn id(&self) -> ID {
        ID(self
            .view
            .state
            .id()
            .map(|i| i.to_string())
            .unwrap_or_default())
    }
    /// The partnership.
    async fn partnership_id(&self) -> Option<ID> {
        self.view.state.partnership_id().map(|p| ID(p.to_string()))
    }
    /// Name ("Klyngemidler").
    async fn name(&self) -> String {
        self.view
            .state
            .name()
            .map(|n| n.as_str().to_string())
            .unwrap_or_default()
    }
    /// ISO 4217 currency of every amount in the pool.
    async fn currency(&self) -> String {
        self.view.state.currency().code().to_string()
    }
    /// The pool's sums and what is available.
    async fn balance(&self) -> FundBalance {
        let s = &self.view.state;
        FundBalance {
            grants: s.grants().into(),
            income: s.income().into(),
            returns: s.returns().into(),
            allocations: s.allocations().into(),
            expenses: s.expenses().into(),
            available: s.available().into(),
            held_by_initiatives: s.held_by_initiatives().into(),
        }
    }
    /// What each initiative holds from the pool.
    async fn initiatives(&self) -> Vec<InitiativeFundsObject> {
        self.view
            .state
            .initiatives()
            .map(|(id, f)| InitiativeFundsObject {
                initiative_id: *id,
                requested: self.money(f.requested),
                granted: self.money(f.granted),
                balance: self.money(f.balance),
            })
            .collect()
    }
    /// Every booking, oldest first, with the available balance after each.
    async fn ledger(&self) -> Vec<LedgerEntry> {
        self.view.extra.entries().map(ledger_entry).collect()
    }
    /// The pool stream's version (use as `expectedVersion`).
    async fn version(&self) -> i64 {
        i64::try_from(self.view.version).unwrap_or(i64::MAX)
    }
    /// The global position of the pool's last change.
    async fn position(&self) -> String {
        self.view.position.to_string()
    }
    /// When it was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.view.created_at
    }
    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.view.updated_at
    }
}
