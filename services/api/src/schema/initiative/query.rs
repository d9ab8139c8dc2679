//! Queries of the initiative context.

use std::sync::Arc;

use crate::schema::common::as_of::view_as_of;
use async_graphql::{Context, ID, Object};
use samraad_domain::initiative::{self as di, Initiative};
use samraad_domain::{ForumId, InitiativeId, PartnershipId, StreamKind};

use crate::schema::common::context::{parse_id, services};
use crate::schema::initiative::types::{InitiativeObject, InitiativeStatus};
use crate::schema::partnership::types::initiatives_of;

/// Queries of the initiative context.
#[derive(Default)]
pub struct InitiativeQuery;

#[Object]
impl InitiativeQuery {
    /// A partnership's initiatives, optionally by status and responsible forum.
    async fn initiatives(
        &self,
        ctx: &Context<'_>,
        partnership_id: ID,
        status: Option<InitiativeStatus>,
        responsible_forum_id: Option<ID>,
    ) -> async_graphql::Result<Vec<InitiativeObject>> {
        let id = PartnershipId::from_uuid(parse_id(&partnership_id, "partnershipId")?);
        let forum = responsible_forum_id
            .map(|f| parse_id(&f, "responsibleForumId").map(ForumId::from_uuid))
            .transpose()?;
        let status = status.map(di::InitiativeStatus::from);
        let mut all = services(ctx)
            .projections
            .read(|model| initiatives_of(model, id));
        all.retain(|i| {
            status.is_none_or(|s| i.view.state.status() == s)
                && forum.is_none_or(|f| i.view.state.responsible_forum() == Some(f))
        });
        all.sort_by_key(|i| i.view.created_at);
        Ok(all)
    }

    /// One initiative.
    async fn initiative(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> async_graphql::Result<Option<InitiativeObject>> {
        let id = InitiativeId::from_uuid(parse_id(&id, "id")?);
        Ok(services(ctx)
            .projections
            .read(|model| model.initiatives.get(&id).cloned())
            .filter(|v| v.state.id().is_some())
            .map(InitiativeObject::new))
    }

    /// An initiative as it stood at a past global `position` (time travel).
    async fn initiative_as_of(
        &self,
        ctx: &Context<'_>,
        id: ID,
        position: String,
    ) -> async_graphql::Result<Option<InitiativeObject>> {
        let view = view_as_of::<Initiative>(ctx, StreamKind::Initiative, &id, &position).await?;
        Ok(view
            .filter(|v| v.state.id().is_some())
            .map(|v| InitiativeObject::new(Arc::new(v))))
    }
}
