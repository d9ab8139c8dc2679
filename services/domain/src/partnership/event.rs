use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::template::MinutesTemplate;
use crate::actor::Role;
use crate::decider::{event_enum, v1_payloads};
use crate::entity::{Created, EntityKind};
use crate::ids::{ForumId, MembershipId, OrganizationId, PartnershipId, PersonId};
use crate::touches::touches;
use crate::values::{Markdown, Name, TimeZone};

/// The kind of a member organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
    /// Patientforening / patient- og pårørenderepræsentanter.
    PatientAssociation,
    /// Anything else (university, research centre, ...).
    Other,
}

/// A forum's level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ForumLevel {
    /// Politisk Forum / Politisk Niveau.
    Political,
    /// Fagligt Strategisk Forum / Niveau.
    Strategic,
    /// Det koordinerende niveau.
    Coordinating,
    /// Temaudvalg and other operational groups.
    Operational,
}

event_enum!(
    /// Events of the partnership stream.
    PartnershipEvent {
        /// A partnership was created.
        PartnershipCreated,
        /// A person became administrator.
        AdministratorAppointed,
        /// A member organisation was registered.
        OrganizationRegistered,
        /// A forum was created.
        ForumCreated,
        /// A person was seated in a forum.
        MemberAppointed,
        /// A seat ended.
        MembershipEnded,
        /// A forum's minutes template was set.
        MinutesTemplateSet,
    }
);

v1_payloads!(
    PartnershipCreated,
    AdministratorAppointed,
    OrganizationRegistered,
    ForumCreated,
    MemberAppointed,
    MembershipEnded,
    MinutesTemplateSet
);

touches!(
    PartnershipCreated => [partnership_id],
    AdministratorAppointed => [partnership_id, person_id],
    OrganizationRegistered => [partnership_id, organization_id],
    ForumCreated => [partnership_id, forum_id],
    MemberAppointed => [partnership_id, membership_id, forum_id, person_id, organization_id],
    MembershipEnded => [partnership_id, membership_id, forum_id, person_id],
    MinutesTemplateSet => [partnership_id, forum_id],
);

/// A forum's minutes are laid out by this template from now on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MinutesTemplateSet {
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// The forum.
    pub forum_id: ForumId,
    /// The template.
    pub template: MinutesTemplate,
}

/// A partnership was created.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartnershipCreated {
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// Its name.
    pub name: Name,
    /// Who created it (also its first administrator).
    pub created_by: PersonId,
    /// Where its meetings' times are shown. Absent in events written before partnerships had
    /// a time zone: those are Europe/Copenhagen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<TimeZone>,
}

/// A person became an administrator of the partnership.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdministratorAppointed {
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// The person.
    pub person_id: PersonId,
}

/// A member organisation was registered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganizationRegistered {
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// The organisation.
    pub organization_id: OrganizationId,
    /// Its name.
    pub name: Name,
    /// Its kind.
    pub kind: OrganizationKind,
}

/// A forum was created.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForumCreated {
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// The forum.
    pub forum_id: ForumId,
    /// Its name.
    pub name: Name,
    /// Its level.
    pub level: ForumLevel,
}

/// A person was seated in a forum on behalf of an organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberAppointed {
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// The membership.
    pub membership_id: MembershipId,
    /// The forum.
    pub forum_id: ForumId,
    /// The person.
    pub person_id: PersonId,
    /// The person's name.
    pub person_name: Name,
    /// Job title.
    pub person_title: Option<Name>,
    /// The organisation represented.
    pub organization_id: OrganizationId,
    /// The role.
    pub role: Role,
    /// First day.
    pub valid_from: NaiveDate,
    /// Last day, if known.
    pub valid_until: Option<NaiveDate>,
}

/// A seat ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MembershipEnded {
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// The membership.
    pub membership_id: MembershipId,
    /// The forum.
    pub forum_id: ForumId,
    /// The person.
    pub person_id: PersonId,
    /// Last day of the seat.
    pub ended_on: NaiveDate,
    /// Ended with immediate effect at this time (an end without a date); absent in events
    /// written before it existed, which end at the end of `ended_on`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Why.
    pub reason: Option<Markdown>,
}

impl PartnershipEvent {
    /// The entity this event creates (see [`Created`]).
    fn creates(&self) -> Option<Created> {
        match self {
            Self::PartnershipCreated(e) => {
                Some(Created::new(EntityKind::Partnership, e.partnership_id))
            }
            Self::OrganizationRegistered(e) => {
                Some(Created::new(EntityKind::Organization, e.organization_id))
            }
            Self::ForumCreated(e) => Some(Created::new(EntityKind::Forum, e.forum_id)),
            Self::MemberAppointed(e) => Some(Created::new(EntityKind::Membership, e.membership_id)),
            Self::AdministratorAppointed(_)
            | Self::MembershipEnded(_)
            | Self::MinutesTemplateSet(_) => None,
        }
    }
}
