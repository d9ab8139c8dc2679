//! Mutations of the fund pool stream: createFundPool, receiveGrant, allocateFunds,
//! transferFunds, returnFunds, recordIncome, recordExpense.

use async_graphql::{Context, ID, InputObject, Object};
use samraad_domain::fund_pool::{self as df, FundPoolCommand};
use samraad_domain::{FundPoolId, InitiativeId, PartnershipId};

use crate::schema::common::context::parse_id;
use crate::schema::common::envelope::CommandEnvelope;
use crate::schema::common::parse::{markdown, name, new_id, opt_id, opt_markdown};
use crate::schema::common::runner::{payloads, run, target};
use crate::schema::common::scalars::{MoneyInput, parse_currency};
use crate::schema::fund_pool::types::FundPoolObject;
use crate::schema::initiative::types::DecisionRefInput;

payloads! {
    version = "The pool stream's version after the command (use as `expectedVersion`).",
    entity = fund_pool: FundPoolObject = "The fund pool as it is now.",
    entity_attr = [allow(missing_docs)];
    /// Result of `createFundPool`.
    CreateFundPoolPayload {}
    /// Result of `receiveGrant`.
    ReceiveGrantPayload {}
    /// Result of `allocateFunds`.
    AllocateFundsPayload {}
    /// Result of `transferFunds`.
    TransferFundsPayload {}
    /// Result of `returnFunds`.
    ReturnFundsPayload {}
    /// Result of `recordIncome`.
    RecordIncomePayload {}
    /// Result of `recordExpense`.
    RecordExpensePayload {}
}

/// Input of `createFundPool`.
#[derive(InputObject)]
pub struct CreateFundPoolInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The new pool's id (derived from `commandId` when omitted).
    pub fund_pool_id: Option<ID>,
    /// The partnership.
    pub partnership_id: ID,
    /// Name ("Klyngemidler").
    pub name: String,
    /// ISO 4217 currency of every amount in the pool: `DKK` (default) or `EUR`.
    pub currency: Option<String>,
}

/// Input of `receiveGrant`.
#[derive(InputObject)]
pub struct ReceiveGrantInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The pool.
    pub fund_pool_id: ID,
    /// Budget year.
    pub year: i32,
    /// Source ("Region Sjælland", "Sundhedsstyrelsen").
    pub source: String,
    /// Amount.
    pub amount: MoneyInput,
    /// Note.
    pub note: Option<String>,
}

/// Input of `allocateFunds`.
#[derive(InputObject)]
pub struct AllocateFundsInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The pool.
    pub fund_pool_id: ID,
    /// The receiving initiative.
    pub initiative_id: ID,
    /// The decision (meeting + item) that granted it.
    pub decision: DecisionRefInput,
    /// Amount applied for (zero when omitted).
    pub requested: Option<MoneyInput>,
    /// Amount granted (allocated).
    pub granted: MoneyInput,
    /// Budget year.
    pub year: Option<i32>,
}

/// Input of `transferFunds`.
#[derive(InputObject)]
pub struct TransferFundsInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The pool.
    pub fund_pool_id: ID,
    /// From.
    pub from_initiative_id: ID,
    /// To.
    pub to_initiative_id: ID,
    /// Amount.
    pub amount: MoneyInput,
    /// The decision, if any.
    pub decision: Option<DecisionRefInput>,
    /// Note.
    pub note: Option<String>,
}

/// Input of `returnFunds`.
#[derive(InputObject)]
pub struct ReturnFundsInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The pool.
    pub fund_pool_id: ID,
    /// The returning initiative.
    pub initiative_id: ID,
    /// Amount.
    pub amount: MoneyInput,
    /// Note.
    pub note: Option<String>,
}

/// Input of `recordIncome`.
#[derive(InputObject)]
pub struct RecordIncomeInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The pool.
    pub fund_pool_id: ID,
    /// Amount.
    pub amount: MoneyInput,
    /// What ("overskud ved afløftning af positivliste moms").
    pub description: String,
    /// Related initiative.
    pub initiative_id: Option<ID>,
}

/// Input of `recordExpense`.
#[derive(InputObject)]
pub struct RecordExpenseInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The pool.
    pub fund_pool_id: ID,
    /// Amount.
    pub amount: MoneyInput,
    /// What ("honorering af almen praksis").
    pub description: String,
    /// Related initiative.
    pub initiative_id: Option<ID>,
    /// The decision, if any.
    pub decision: Option<DecisionRefInput>,
}

fn pool_id(id: &ID) -> async_graphql::Result<FundPoolId> {
    Ok(FundPoolId::from_uuid(parse_id(id, "fundPoolId")?))
}

fn initiative(id: &ID, field: &str) -> async_graphql::Result<InitiativeId> {
    Ok(InitiativeId::from_uuid(parse_id(id, field)?))
}

target!(
    /// The fund pool stream, as mutations change it.
    PoolStream: FundPoolId, FundPoolCommand => FundPoolObject,
    what = "fund pool",
    send = fund_pool,
    read_back = |model, id, _reader| model.fund_pools.get(&id).cloned().map(FundPoolObject::new),
);

/// Mutations of the fund pool stream.
#[derive(Default)]
pub struct FundPoolMutation;

#[Object]
impl FundPoolMutation {
    /// Open a fund pool for a partnership.
    async fn create_fund_pool(
        &self,
        ctx: &Context<'_>,
        input: CreateFundPoolInput,
    ) -> async_graphql::Result<CreateFundPoolPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id: FundPoolId = new_id(input.fund_pool_id.as_ref(), "fundPoolId", &issuer)?;
        let command = FundPoolCommand::CreateFundPool(df::CreateFundPool {
            fund_pool_id: id,
            partnership_id: PartnershipId::from_uuid(parse_id(
                &input.partnership_id,
                "partnershipId",
            )?),
            name: name("name", &input.name)?,
            currency: parse_currency("currency", input.currency.as_deref())?,
        });
        Ok(run::<PoolStream>(ctx, id, &issuer, command).await?.into())
    }

    /// Money comes in (by year, with source).
    async fn receive_grant(
        &self,
        ctx: &Context<'_>,
        input: ReceiveGrantInput,
    ) -> async_graphql::Result<ReceiveGrantPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = pool_id(&input.fund_pool_id)?;
        let command = FundPoolCommand::ReceiveGrant(df::ReceiveGrant {
            fund_pool_id: id,
            year: input.year,
            source: name("source", &input.source)?,
            amount: input.amount.parse("amount")?,
            note: opt_markdown("note", input.note.as_ref())?,
        });
        Ok(run::<PoolStream>(ctx, id, &issuer, command).await?.into())
    }

    /// Money goes to an initiative, per the decision (meeting + item) that granted it.
    async fn allocate_funds(
        &self,
        ctx: &Context<'_>,
        input: AllocateFundsInput,
    ) -> async_graphql::Result<AllocateFundsPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = pool_id(&input.fund_pool_id)?;
        let granted = input.granted.parse("granted")?;
        let requested = match &input.requested {
            Some(r) => r.parse("requested")?,
            None => samraad_domain::Money::zero(granted.currency),
        };
        let decision = input.decision.parse("decision")?;
        let command = FundPoolCommand::AllocateFunds(df::AllocateFunds {
            fund_pool_id: id,
            initiative_id: initiative(&input.initiative_id, "initiativeId")?,
            decision,
            requested,
            granted,
            year: input.year,
        });
        Ok(run::<PoolStream>(ctx, id, &issuer, command).await?.into())
    }

    /// Money moves between initiatives (the total stays the same).
    async fn transfer_funds(
        &self,
        ctx: &Context<'_>,
        input: TransferFundsInput,
    ) -> async_graphql::Result<TransferFundsPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = pool_id(&input.fund_pool_id)?;
        let command = FundPoolCommand::TransferFunds(df::TransferFunds {
            fund_pool_id: id,
            from_initiative: initiative(&input.from_initiative_id, "fromInitiativeId")?,
            to_initiative: initiative(&input.to_initiative_id, "toInitiativeId")?,
            amount: input.amount.parse("amount")?,
            decision: input
                .decision
                .as_ref()
                .map(|d| d.parse("decision"))
                .transpose()?,
            note: opt_markdown("note", input.note.as_ref())?,
        });
        Ok(run::<PoolStream>(ctx, id, &issuer, command).await?.into())
    }

    /// Unspent money comes back from an initiative ("restmidler").
    async fn return_funds(
        &self,
        ctx: &Context<'_>,
        input: ReturnFundsInput,
    ) -> async_graphql::Result<ReturnFundsPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = pool_id(&input.fund_pool_id)?;
        let command = FundPoolCommand::ReturnFunds(df::ReturnFunds {
            fund_pool_id: id,
            initiative_id: initiative(&input.initiative_id, "initiativeId")?,
            amount: input.amount.parse("amount")?,
            note: opt_markdown("note", input.note.as_ref())?,
        });
        Ok(run::<PoolStream>(ctx, id, &issuer, command).await?.into())
    }

    /// Other income (e.g. VAT refund surplus).
    async fn record_income(
        &self,
        ctx: &Context<'_>,
        input: RecordIncomeInput,
    ) -> async_graphql::Result<RecordIncomePayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = pool_id(&input.fund_pool_id)?;
        let command = FundPoolCommand::RecordIncome(df::RecordIncome {
            fund_pool_id: id,
            amount: input.amount.parse("amount")?,
            description: markdown("description", &input.description)?,
            initiative_id: opt_id::<InitiativeId>(input.initiative_id.as_ref(), "initiativeId")?,
        });
        Ok(run::<PoolStream>(ctx, id, &issuer, command).await?.into())
    }

    /// An expense paid from the pool (e.g. honoraria).
    async fn record_expense(
        &self,
        ctx: &Context<'_>,
        input: RecordExpenseInput,
    ) -> async_graphql::Result<RecordExpensePayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = pool_id(&input.fund_pool_id)?;
        let command = FundPoolCommand::RecordExpense(df::RecordExpense {
            fund_pool_id: id,
            amount: input.amount.parse("amount")?,
            description: markdown("description", &input.description)?,
            initiative_id: opt_id::<InitiativeId>(input.initiative_id.as_ref(), "initiativeId")?,
            decision: input
                .decision
                .as_ref()
                .map(|d| d.parse("decision"))
                .transpose()?,
        });
        Ok(run::<PoolStream>(ctx, id, &issuer, command).await?.into())
    }
}
