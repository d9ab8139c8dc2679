//! The objects of the partnership context as data — partnership, organisation, forum, seat
//! and the enums they carry — apart from their resolvers (`types.rs`), so that other
//! contexts can name them without importing the resolvers that name those contexts.

use std::sync::Arc;

use async_graphql::{Enum, ID, SimpleObject};
use samraad_domain::partnership::MembershipInfo;
use samraad_domain::{ForumId, MembershipId, OrganizationId};
use samraad_projections::PartnershipView;
use samraad_projections::directory::Person;
use uuid::Uuid;

/// The kind of a member organisation.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::partnership::OrganizationKind")]
pub enum OrganizationKind {
    /// Region.
    Region,
    /// Kommune.
    Municipality,
    /// Sygehus.
    Hospital,
    /// Psykiatrien.
    Psychiatry,
    /// Almen praksis / PLO.
    GeneralPractice,
    /// Patientforening.
    PatientAssociation,
    /// Anything else.
    Other,
}

/// The level of a forum.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::partnership::ForumLevel")]
pub enum ForumLevel {
    /// Politisk Forum.
    Political,
    /// Fagligt Strategisk Forum.
    Strategic,
    /// Det koordinerende niveau.
    Coordinating,
    /// Temaudvalg and other operational groups.
    Operational,
}

/// A person's role in a forum.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::Role")]
pub enum Role {
    /// Formand.
    Chair,
    /// Medformand.
    CoChair,
    /// Medlem.
    Member,
    /// Sekretariat.
    Secretariat,
    /// Observatør.
    Observer,
}

/// A partnership (sundhedsklynge).
#[derive(Clone)]
pub struct PartnershipObject {
    /// The partnership's read model.
    pub view: Arc<PartnershipView>,
}

impl PartnershipObject {
    /// The object over a partnership view.
    pub fn new(view: Arc<PartnershipView>) -> Self {
        Self { view }
    }

    pub(crate) fn id_uuid(&self) -> Option<Uuid> {
        self.view.state.id().map(|id| id.as_uuid())
    }

    /// The organisation object `id`, if registered here.
    pub fn organization_object(&self, id: OrganizationId) -> Option<OrganizationObject> {
        self.view
            .state
            .organization(id)
            .map(|o| OrganizationObject {
                id: ID(id.to_string()),
                name: o.name.as_str().to_string(),
                kind: o.kind.into(),
            })
    }

    /// The forum object `id`, if it exists here.
    pub fn forum_object(&self, id: ForumId) -> Option<ForumObject> {
        self.view.state.forum(id).map(|_| ForumObject {
            partnership: self.clone(),
            forum_id: id,
        })
    }

    /// The membership object `id`, if it exists here.
    pub fn membership_by_id(&self, id: MembershipId) -> Option<MembershipObject> {
        self.view
            .state
            .membership(id)
            .map(|m| self.membership(id, m))
    }

    pub(crate) fn membership(&self, id: MembershipId, info: &MembershipInfo) -> MembershipObject {
        MembershipObject {
            partnership: self.clone(),
            membership_id: id,
            info: info.clone(),
        }
    }

    /// The name and title the seat's person was appointed with.
    pub(crate) fn person(&self, seat: MembershipId) -> Option<&Person> {
        self.view.extra.people.get(&seat)
    }
}

/// A member organisation.
#[derive(SimpleObject, Clone)]
#[graphql(name = "Organization")]
pub struct OrganizationObject {
    /// The organisation id.
    pub id: ID,
    /// Name, e.g. "Vejle Kommune".
    pub name: String,
    /// Kind.
    pub kind: OrganizationKind,
}

/// A forum: a body that meets.
#[derive(Clone)]
pub struct ForumObject {
    /// The partnership the forum belongs to.
    pub partnership: PartnershipObject,
    /// The forum.
    pub forum_id: ForumId,
}

/// A person's seat in a forum.
#[derive(Clone)]
pub struct MembershipObject {
    pub(crate) partnership: PartnershipObject,
    pub(crate) membership_id: MembershipId,
    pub(crate) info: MembershipInfo,
}
