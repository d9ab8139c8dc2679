//! GraphQL types and queries of the partnership context: partnerships, organisations,
//! forums (with members and calendar), memberships, and open follow-ups per organisation.

use async_graphql::{Context, ID, Object};
use chrono::{DateTime, NaiveDate, Utc};
use samraad_domain::{OrganizationId, PartnershipId, PersonId};
use samraad_projections::ReadModel;

use crate::schema::common::context::{parse_id, services, viewer};
use crate::schema::fund_pool::types::FundPoolObject;
use crate::schema::initiative::types::InitiativeObject;
use crate::schema::meeting::types::MeetingObject;
use crate::schema::read;

pub use super::objects::{
    ForumLevel, ForumObject, MembershipObject, OrganizationKind, OrganizationObject,
    PartnershipObject, Role,
};

#[Object(name = "Partnership")]
impl PartnershipObject {
    /// The partnership id.
    async fn id(&self) -> ID {
        ID(self.id_uuid().map(|u| u.to_string()).unwrap_or_default())
    }
    /// Name, e.g. "Sundhedsklynge Lillebælt".
    async fn name(&self) -> String {
        self.view
            .state
            .name()
            .map(|n| n.as_str().to_string())
            .unwrap_or_default()
    }
    /// The IANA time zone its meetings' times are shown in ("Europe/Copenhagen").
    async fn time_zone(&self) -> &'static str {
        self.view.state.time_zone().name()
    }
    /// The partnership stream's version (use as `expectedVersion`).
    async fn version(&self) -> i64 {
        i64::try_from(self.view.version).unwrap_or(i64::MAX)
    }
    /// The global position of the partnership's last change.
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
    /// Person ids of the administrators: the creator, then in order of appointment.
    async fn administrators(&self) -> Vec<ID> {
        self.view
            .extra
            .active_administrators(&self.view.state)
            .map(|p| ID(p.to_string()))
            .collect()
    }
    /// Whether `personId` administers the partnership.
    async fn is_administrator(&self, person_id: ID) -> async_graphql::Result<bool> {
        let person = PersonId::from_uuid(parse_id(&person_id, "personId")?);
        Ok(self.view.state.is_admin(person))
    }
    /// Member organisations, in registration order.
    async fn organizations(&self) -> Vec<OrganizationObject> {
        self.view
            .extra
            .organizations
            .iter()
            .filter_map(|id| self.organization_object(*id))
            .collect()
    }
    /// One member organisation.
    async fn organization(&self, id: ID) -> async_graphql::Result<Option<OrganizationObject>> {
        Ok(self.organization_object(OrganizationId::from_uuid(parse_id(&id, "id")?)))
    }
    /// Forums, in creation order.
    async fn forums(&self) -> Vec<ForumObject> {
        self.view
            .extra
            .forums
            .iter()
            .filter_map(|id| self.forum_object(*id))
            .collect()
    }
    /// All memberships (including ended ones unless `activeOnly`).
    async fn memberships(&self, #[graphql(default)] active_only: bool) -> Vec<MembershipObject> {
        let today = Utc::now().date_naive();
        self.view
            .state
            .memberships()
            .filter(|(_, m)| !active_only || m.is_active_on(today))
            .map(|(id, m)| self.membership(*id, m))
            .collect()
    }
    /// The partnership's meetings, by start time.
    async fn meetings(&self, ctx: &Context<'_>) -> Vec<MeetingObject> {
        let Some(id) = self.view.state.id() else {
            return Vec::new();
        };
        let reader = viewer(ctx);
        services(ctx).projections.read(|model| {
            let mut meetings: Vec<MeetingObject> = model
                .by_partnership
                .get(&id)
                .map(|index| {
                    index
                        .meetings
                        .iter()
                        .filter_map(|m| read::meeting(model, *m, reader))
                        .filter(|m| m.view.state.info().is_some())
                        .collect()
                })
                .unwrap_or_default();
            meetings.sort_by_key(|m| m.view.state.info().map(|i| i.starts_at));
            meetings
        })
    }
    /// The partnership's initiatives.
    async fn initiatives(&self, ctx: &Context<'_>) -> Vec<InitiativeObject> {
        let Some(id) = self.view.state.id() else {
            return Vec::new();
        };
        services(ctx)
            .projections
            .read(|model| initiatives_of(model, id))
    }
    /// The partnership's fund pools.
    async fn fund_pools(&self, ctx: &Context<'_>) -> Vec<FundPoolObject> {
        let Some(id) = self.view.state.id() else {
            return Vec::new();
        };
        services(ctx).projections.read(|model| {
            model
                .by_partnership
                .get(&id)
                .map(|index| {
                    index
                        .fund_pools
                        .iter()
                        .filter_map(|f| model.fund_pools.get(f).cloned())
                        .map(FundPoolObject::new)
                        .collect()
                })
                .unwrap_or_default()
        })
    }
}

/// The initiatives of a partnership, in id (creation) order.
pub fn initiatives_of(model: &ReadModel, id: PartnershipId) -> Vec<InitiativeObject> {
    model
        .by_partnership
        .get(&id)
        .map(|index| {
            index
                .initiatives
                .iter()
                .filter_map(|i| model.initiatives.get(i).cloned())
                .map(InitiativeObject::new)
                .collect()
        })
        .unwrap_or_default()
}

#[Object(name = "Forum")]
impl ForumObject {
    /// The forum id.
    async fn id(&self) -> ID {
        ID(self.forum_id.to_string())
    }
    /// Name, e.g. "Fagligt Strategisk Forum".
    async fn name(&self) -> String {
        self.partnership
            .view
            .state
            .forum(self.forum_id)
            .map(|f| f.name.as_str().to_string())
            .unwrap_or_default()
    }
    /// Level.
    async fn level(&self) -> Option<ForumLevel> {
        self.partnership
            .view
            .state
            .forum(self.forum_id)
            .map(|f| f.level.into())
    }
    /// How its minutes are laid out.
    async fn minutes_template(
        &self,
    ) -> Option<crate::schema::partnership::template::MinutesTemplateObject> {
        self.partnership
            .view
            .state
            .forum(self.forum_id)
            .map(|f| (&f.minutes_template).into())
    }
    /// The partnership id.
    async fn partnership_id(&self) -> ID {
        ID(self
            .partnership
            .id_uuid()
            .map(|u| u.to_string())
            .unwrap_or_default())
    }
    /// The partnership.
    async fn partnership(&self) -> PartnershipObject {
        self.partnership.clone()
    }
    /// Members: the seats valid on `on` (today by default); all seats ever with `includeEnded`.
    async fn members(
        &self,
        on: Option<NaiveDate>,
        #[graphql(default)] include_ended: bool,
    ) -> Vec<MembershipObject> {
        let day = on.unwrap_or_else(|| Utc::now().date_naive());
        self.partnership
            .view
            .state
            .memberships()
            .filter(|(_, m)| m.forum_id == self.forum_id)
            .filter(|(_, m)| include_ended || m.is_active_on(day))
            .map(|(id, m)| self.partnership.membership(*id, m))
            .collect()
    }
    /// The forum's calendar: its meetings ordered by start (optionally from/to a time).
    async fn calendar(
        &self,
        ctx: &Context<'_>,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> Vec<MeetingObject> {
        let reader = viewer(ctx);
        services(ctx).projections.read(|model| {
            model
                .calendar
                .get(&self.forum_id)
                .map(|cal| {
                    cal.iter()
                        .filter(|(start, _)| from.is_none_or(|f| *start >= f))
                        .filter(|(start, _)| to.is_none_or(|t| *start <= t))
                        .filter_map(|(_, id)| read::meeting(model, *id, reader))
                        .collect()
                })
                .unwrap_or_default()
        })
    }
}

#[Object(name = "Membership")]
impl MembershipObject {
    /// The membership id.
    async fn id(&self) -> ID {
        ID(self.membership_id.to_string())
    }
    /// The forum.
    async fn forum_id(&self) -> ID {
        ID(self.info.forum_id.to_string())
    }
    /// The person.
    async fn person_id(&self) -> ID {
        ID(self.info.person_id.to_string())
    }
    /// The person's name.
    async fn person_name(&self) -> String {
        self.partnership
            .person(self.membership_id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    }
    /// The person's job title (Direktør, Centerchef, …).
    async fn person_title(&self) -> Option<String> {
        self.partnership
            .person(self.membership_id)
            .and_then(|p| p.title.clone())
    }
    /// The organisation represented.
    async fn organization_id(&self) -> ID {
        ID(self.info.organization_id.to_string())
    }
    /// The organisation represented.
    async fn organization(&self) -> Option<OrganizationObject> {
        self.partnership
            .organization_object(self.info.organization_id)
    }
    /// Role in the forum.
    async fn role(&self) -> Role {
        self.info.role.into()
    }
    /// First day of the seat.
    async fn valid_from(&self) -> NaiveDate {
        self.info.valid_from
    }
    /// Last day of the seat, if known.
    async fn valid_until(&self) -> Option<NaiveDate> {
        self.info.valid_until
    }
    /// Whether the membership was ended explicitly.
    async fn ended(&self) -> bool {
        self.info.ended
    }
    /// Whether the seat is valid today.
    async fn active(&self) -> bool {
        self.info.is_active_on(Utc::now().date_naive())
    }
}
