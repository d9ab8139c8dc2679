//! Mutations of the fund pool stream: createFundPool, receiveGrant, allocateFunds,
//! transferFunds, returnFunds, recordIncome, recordExpense.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use samraad_app::Issuer;
use samraad_domain::fund_pool::{self as df, FundPoolCommand};
use samraad_domain::{FundPoolId, InitiativeId, PartnershipId};

use crate::schema::common::context::{self, parse_id, services};
use crate::schema::common::parse::{
    lagging, markdown, name, new_id, opt_id, opt_markdown, version,
};
use crate::schema::common::scalars::{MoneyInput, parse_currency};
use crate::schema::fund_pool::types::FundPoolObject;
use crate::schema::initiative::types::DecisionRefInput;

macro_rules! payload {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(SimpleObject)]
        pub struct $name {
            /// The pool stream's version after the command (use as `expectedVersion`).
            pub version: i64,
            /// The global position of the command's last event.
            pub position: String,
            /// The fund pool as it is now.
            pub fund_pool: FundPoolObject,
        }

        impl From<(i64, String, FundPoolObject)> for $name {
            fn from((version, position, fund_pool): (i64, String, FundPoolObject)) -> Self {
                Self { version, position, fund_pool }
            }
        }
    };
}

payload!(
    /// Result of `createFundPool`.
    CreateFundPoolPayload
);
payload!(
    /// Result of `receiveGrant`.
    ReceiveGrantPayload
);
payload!(
    /// Result of `allocateFunds`.
    AllocateFundsPayload
);
payload!(
    /// Result of `transferFunds`.
    TransferFundsPayload
);
payload!(
    /// Result of `returnFunds`.
    ReturnFundsPayload
);
payload!(
    /// Result of `recordIncome`.
    RecordIncomePayload
);
payload!(
    /// Result of `recordExpense`.
    RecordExpensePayload
);

/// Input of `createFundPool`.
#[derive(InputObject)]
pub struct CreateFundPoolInput {
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
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
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
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
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
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
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
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
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
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
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
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
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
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

/// Runs a fund pool command and returns `(version, position, pool)`.
async fn run(
    ctx: &Context<'_>,
    id: FundPoolId,
    issuer: &Issuer,
    command: FundPoolCommand,
) -> async_graphql::Result<(i64, String, FundPoolObject)> {
    let outcome =
        context::execute(ctx, services(ctx).commands.fund_pool(id, issuer, command)).await?;
    let pool = services(ctx)
        .projections
        .read(|model| model.fund_pools.get(&id).cloned())
        .map(FundPoolObject::new)
        .ok_or_else(|| lagging("fund pool"))?;
    Ok((version(&outcome), outcome.position.to_string(), pool))
}

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
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
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
        Ok(run(ctx, id, &issuer, command).await?.into())
    }

    /// Money comes in (by year, with source).
    async fn receive_grant(
        &self,
        ctx: &Context<'_>,
        input: ReceiveGrantInput,
    ) -> async_graphql::Result<ReceiveGrantPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = pool_id(&input.fund_pool_id)?;
        let command = FundPoolCommand::ReceiveGrant(df::ReceiveGrant {
            fund_pool_id: id,
            year: input.year,
            source: name("source", &input.source)?,
            amount: input.amount.parse("amount")?,
            note: opt_markdown("note", input.note.as_ref())?,
        });
        Ok(run(ctx, id, &issuer, command).await?.into())
    }

    /// Money goes to an initiative, per the decision (meeting + item) that granted it.
    async fn allocate_funds(
        &self,
        ctx: &Context<'_>,
        input: AllocateFundsInput,
    ) -> async_graphql::Result<AllocateFundsPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
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
        Ok(run(ctx, id, &issuer, command).await?.into())
    }

    /// Money moves between initiatives (the total stays the same).
    async fn transfer_funds(
        &self,
        ctx: &Context<'_>,
        input: TransferFundsInput,
    ) -> async_graphql::Result<TransferFundsPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
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
        Ok(run(ctx, id, &issuer, command).await?.into())
    }

    /// Unspent money comes back from an initiative ("restmidler").
    async fn return_funds(
        &self,
        ctx: &Context<'_>,
        input: ReturnFundsInput,
    ) -> async_graphql::Result<ReturnFundsPayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = pool_id(&input.fund_pool_id)?;
        let command = FundPoolCommand::ReturnFunds(df::ReturnFunds {
            fund_pool_id: id,
            initiative_id: initiative(&input.initiative_id, "initiativeId")?,
            amount: input.amount.parse("amount")?,
            note: opt_markdown("note", input.note.as_ref())?,
        });
        Ok(run(ctx, id, &issuer, command).await?.into())
    }

    /// Other income (e.g. VAT refund surplus).
    async fn record_income(
        &self,
        ctx: &Context<'_>,
        input: RecordIncomeInput,
    ) -> async_graphql::Result<RecordIncomePayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
        let id = pool_id(&input.fund_pool_id)?;
        let command = FundPoolCommand::RecordIncome(df::RecordIncome {
            fund_pool_id: id,
            amount: input.amount.parse("amount")?,
            description: markdown("description", &input.description)?,
            initiative_id: opt_id::<InitiativeId>(input.initiative_id.as_ref(), "initiativeId")?,
        });
        Ok(run(ctx, id, &issuer, command).await?.into())
    }

    /// An expense paid from the pool (e.g. honoraria).
    async fn record_expense(
        &self,
        ctx: &Context<'_>,
        input: RecordExpenseInput,
    ) -> async_graphql::Result<RecordExpensePayload> {
        let issuer = context::issuer(ctx, input.command_id.as_ref(), input.expected_version)?;
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
        Ok(run(ctx, id, &issuer, command).await?.into())
    }
}
