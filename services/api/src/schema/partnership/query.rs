//! Queries of the partnership context: partnerships, forums, open follow-ups per organisation.

use async_graphql::{Context, ID, Object, SimpleObject};
use samraad_domain::{ForumId, OrganizationId, PartnershipId};

use crate::schema::common::context::{parse_id, services, viewer};
use crate::schema::meeting::types::{FollowUpObject, FollowUpStatus};
use crate::schema::partnership::types::{ForumObject, PartnershipObject};
use crate::schema::read;

/// A follow-up action with the meeting it was assigned in.
#[derive(SimpleObject, Clone)]
pub struct OrganizationFollowUp {
    /// The meeting it was assigned in.
    pub meeting_id: ID,
    /// The follow-up itself.
    pub follow_up: FollowUpObject,
}

/// Queries of the partnership context.
#[derive(Default)]
pub struct PartnershipQuery;

#[Object]
impl PartnershipQuery {
    /// A partnership with its organisations, forums, meetings, initiatives and fund pools.
    async fn partnership(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> async_graphql::Result<Option<PartnershipObject>> {
        let id = PartnershipId::from_uuid(parse_id(&id, "id")?);
        Ok(services(ctx)
            .projections
            .read(|model| read::partnership(model, id))
            .filter(|view| view.state.id().is_some())
            .map(PartnershipObject::new))
    }

    /// A partnership as it stood at a past global `position` (time travel): its organisations,
    /// forums, administrators and memberships then. (Lists of meetings, initiatives and fund
    /// pools are current; ask `meetingAsOf`, `initiativeAsOf`, `fundPoolAsOf` for those.)
    async fn partnership_as_of(
        &self,
        ctx: &Context<'_>,
        id: ID,
        position: String,
    ) -> async_graphql::Result<Option<PartnershipObject>> {
        let view = crate::schema::common::as_of::view_as_of::<
            samraad_domain::partnership::Partnership,
        >(ctx, samraad_domain::StreamKind::Partnership, &id, &position)
        .await?;
        Ok(view
            .filter(|v| v.state.id().is_some())
            .map(|v| PartnershipObject::new(std::sync::Arc::new(v))))
    }

    /// Every partnership.
    async fn partnerships(&self, ctx: &Context<'_>) -> Vec<PartnershipObject> {
        let mut all: Vec<PartnershipObject> = services(ctx).projections.read(|model| {
            model
                .partnerships
                .values()
                .filter(|v| v.state.id().is_some())
                .cloned()
                .map(PartnershipObject::new)
                .collect()
        });
        all.sort_by_key(|p| p.view.created_at);
        all
    }

    /// A forum with its members and calendar.
    async fn forum(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Option<ForumObject>> {
        let id = ForumId::from_uuid(parse_id(&id, "id")?);
        Ok(services(ctx).projections.read(|model| {
            model
                .partnerships
                .values()
                .find(|p| p.state.forum(id).is_some())
                .cloned()
                .and_then(|view| PartnershipObject::new(view).forum_object(id))
        }))
    }

    /// Follow-up actions owned by an organisation across all meetings, by due date (only of
    /// items the reader may see). `status` defaults to `OPEN`; pass `null` for every status.
    async fn follow_ups(
        &self,
        ctx: &Context<'_>,
        organization_id: ID,
        #[graphql(default_with = "Some(FollowUpStatus::Open)")] status: Option<FollowUpStatus>,
    ) -> async_graphql::Result<Vec<FollowUpObject>> {
        Ok(organization_follow_ups(ctx, organization_id, status)?
            .into_iter()
            .map(|f| f.follow_up)
            .collect())
    }

    /// Like `followUps`, with the meeting each follow-up was assigned in.
    async fn organization_follow_ups(
        &self,
        ctx: &Context<'_>,
        organization_id: ID,
        #[graphql(default_with = "Some(FollowUpStatus::Open)")] status: Option<FollowUpStatus>,
    ) -> async_graphql::Result<Vec<OrganizationFollowUp>> {
        organization_follow_ups(ctx, organization_id, status)
    }
}

fn organization_follow_ups(
    ctx: &Context<'_>,
    organization_id: ID,
    status: Option<FollowUpStatus>,
) -> async_graphql::Result<Vec<OrganizationFollowUp>> {
    let owner = OrganizationId::from_uuid(parse_id(&organization_id, "organizationId")?);
    let status = status.map(samraad_domain::meeting::FollowUpStatus::from);
    let reader = viewer(ctx);
    Ok(services(ctx).projections.read(|model| {
        let mut out = Vec::new();
        for id in model.meetings.keys() {
            let Some(meeting) = read::meeting(model, *id, reader) else {
                continue;
            };
            let state = &meeting.view.state;
            let starts = state.info().map(|i| i.starts_at);
            for (follow_up_id, f) in state.follow_ups() {
                if !f.owner.organizations().contains(&owner)
                    || status.is_some_and(|s| s != f.status)
                {
                    continue;
                }
                if !meeting.sees_item(f.item_id) {
                    continue;
                }
                out.push((
                    f.due,
                    starts,
                    OrganizationFollowUp {
                        meeting_id: ID(id.to_string()),
                        follow_up: FollowUpObject::of(*follow_up_id, f),
                    },
                ));
            }
        }
        // Due first (undated last), then by meeting start.
        out.sort_by_key(|a| (a.0.is_none(), a.0, a.1));
        out.into_iter().map(|(_, _, f)| f).collect()
    }))
}
