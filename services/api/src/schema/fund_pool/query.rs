//! Queries of the fund pool context.

use std::sync::Arc;

use crate::schema::common::as_of::view_as_of;
use async_graphql::{Context, ID, Object};
use samraad_domain::fund_pool::FundPool;
use samraad_domain::{FundPoolId, StreamKind};

use crate::schema::common::context::{parse_id, services};
use crate::schema::fund_pool::types::FundPoolObject;

/// Queries of the fund pool context.
#[derive(Default)]
pub struct FundPoolQuery;

#[Object]
impl FundPoolQuery {
    /// A fund pool with its balance and ledger.
    async fn fund_pool(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> async_graphql::Result<Option<FundPoolObject>> {
        let id = FundPoolId::from_uuid(parse_id(&id, "id")?);
        Ok(services(ctx)
            .projections
            .read(|model| model.fund_pools.get(&id).cloned())
            .filter(|v| v.state.id().is_some())
            .map(FundPoolObject::new))
    }

    /// A fund pool as it stood at a past global `position` (time travel).
    async fn fund_pool_as_of(
        &self,
        ctx: &Context<'_>,
        id: ID,
        position: String,
    ) -> async_graphql::Result<Option<FundPoolObject>> {
        let view = view_as_of::<FundPool>(ctx, StreamKind::FundPool, &id, &position).await?;
        Ok(view
            .filter(|v| v.state.id().is_some())
            .map(|v| FundPoolObject::new(Arc::new(v))))
    }
}
