use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, Utc};

use super::event::{ForumLevel, OrganizationKind, PartnershipEvent};
use super::template::MinutesTemplate;
use crate::actor::{Actor, Role, Seat};
use crate::ids::{ForumId, MembershipId, OrganizationId, PartnershipId, PersonId};
use crate::values::{Name, TimeZone};

/// A registered member organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganizationInfo {
    /// Name.
    pub name: Name,
    /// Kind.
    pub kind: OrganizationKind,
}

/// A forum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForumInfo {
    /// Name.
    pub name: Name,
    /// Level.
    pub level: ForumLevel,
    /// How its minutes are laid out.
    pub minutes_template: MinutesTemplate,
}

/// A seat in a forum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MembershipInfo {
    /// The forum.
    pub forum_id: ForumId,
    /// The person.
    pub person_id: PersonId,
    /// The person's name, as appointed.
    pub person_name: Name,
    /// The organisation represented.
    pub organization_id: OrganizationId,
    /// The role.
    pub role: Role,
    /// First day.
    pub valid_from: NaiveDate,
    /// Last day (planned or after [`super::MembershipEnded`]).
    pub valid_until: Option<NaiveDate>,
    /// True once the membership was ended explicitly.
    pub ended: bool,
    /// When it was ended with immediate effect (ending without a date).
    pub ended_at: Option<DateTime<Utc>>,
}

impl MembershipInfo {
    /// True if the seat is valid on the given day.
    #[must_use]
    pub fn is_active_on(&self, day: NaiveDate) -> bool {
        self.valid_from <= day && self.valid_until.is_none_or(|until| day <= until)
    }

    /// True if the seat is valid at `now`: on its days, and not ended at once before `now`.
    #[must_use]
    pub fn is_active_at(&self, now: DateTime<Utc>) -> bool {
        self.is_active_on(now.date_naive()) && self.ended_at.is_none_or(|at| now < at)
    }
}

/// State of a partnership stream.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PartnershipState {
    pub(super) id: Option<PartnershipId>,
    pub(super) name: Option<Name>,
    pub(super) time_zone: TimeZone,
    pub(super) administrators: BTreeSet<PersonId>,
    pub(super) organizations: BTreeMap<OrganizationId, OrganizationInfo>,
    pub(super) forums: BTreeMap<ForumId, ForumInfo>,
    pub(super) memberships: BTreeMap<MembershipId, MembershipInfo>,
}

impl PartnershipState {
    /// The partnership's id, once created.
    #[must_use]
    pub fn id(&self) -> Option<PartnershipId> {
        self.id
    }

    /// Where the partnership's meetings' times are shown (Europe/Copenhagen unless created
    /// with another).
    #[must_use]
    pub fn time_zone(&self) -> TimeZone {
        self.time_zone
    }

    /// The name, once created.
    #[must_use]
    pub fn name(&self) -> Option<&Name> {
        self.name.as_ref()
    }

    /// True if the person administers the partnership.
    #[must_use]
    pub fn has_organizations(&self) -> bool {
        !self.organizations.is_empty()
    }

    /// True if `person` administers the partnership.
    #[must_use]
    pub fn is_admin(&self, person: PersonId) -> bool {
        self.administrators.contains(&person)
    }

    /// A registered organisation.
    #[must_use]
    pub fn organization(&self, id: OrganizationId) -> Option<&OrganizationInfo> {
        self.organizations.get(&id)
    }

    /// A forum.
    #[must_use]
    pub fn forum(&self, id: ForumId) -> Option<&ForumInfo> {
        self.forums.get(&id)
    }

    /// All forums.
    pub fn forums(&self) -> impl Iterator<Item = (&ForumId, &ForumInfo)> {
        self.forums.iter()
    }

    /// All registered organisations.
    pub fn organizations(&self) -> impl Iterator<Item = (&OrganizationId, &OrganizationInfo)> {
        self.organizations.iter()
    }

    /// A membership.
    #[must_use]
    pub fn membership(&self, id: MembershipId) -> Option<&MembershipInfo> {
        self.memberships.get(&id)
    }

    /// All memberships.
    pub fn memberships(&self) -> impl Iterator<Item = (&MembershipId, &MembershipInfo)> {
        self.memberships.iter()
    }

    /// Builds the [`Actor`] for a person acting on behalf of an organisation at `now`, with the
    /// facts of *this* partnership: admin flag, member organisation flag and active seats.
    /// Combine actors of several partnerships by extending the vectors.
    #[must_use]
    pub fn actor(
        &self,
        person: PersonId,
        organization: OrganizationId,
        now: DateTime<Utc>,
    ) -> Actor {
        let mut actor = Actor::new(person, organization);
        let Some(id) = self.id else {
            return actor;
        };
        if self.is_admin(person) {
            actor.admin_of.push(id);
        }
        if self.organizations.contains_key(&organization) {
            actor.member_organization_of.push(id);
        }
        // A seat acts only for the organisation it represents: a person seated for two
        // organisations uses each seat with a token naming that organisation.
        actor.seats = self
            .memberships
            .values()
            .filter(|m| {
                m.person_id == person && m.organization_id == organization && m.is_active_at(now)
            })
            .map(|m| Seat {
                partnership: id,
                forum: m.forum_id,
                role: m.role,
            })
            .collect();
        actor
    }

    pub(super) fn evolve(mut self, event: &PartnershipEvent) -> Self {
        match event {
            PartnershipEvent::PartnershipCreated(e) => {
                self.id = Some(e.partnership_id);
                self.name = Some(e.name.clone());
                self.time_zone = e.time_zone.unwrap_or_default();
                self.administrators.insert(e.created_by);
            }
            PartnershipEvent::AdministratorAppointed(e) => {
                self.administrators.insert(e.person_id);
            }
            PartnershipEvent::OrganizationRegistered(e) => {
                self.organizations.insert(
                    e.organization_id,
                    OrganizationInfo {
                        name: e.name.clone(),
                        kind: e.kind,
                    },
                );
            }
            PartnershipEvent::ForumCreated(e) => {
                self.forums.insert(
                    e.forum_id,
                    ForumInfo {
                        name: e.name.clone(),
                        level: e.level,
                        minutes_template: MinutesTemplate::default(),
                    },
                );
            }
            PartnershipEvent::MinutesTemplateSet(e) => {
                if let Some(forum) = self.forums.get_mut(&e.forum_id) {
                    forum.minutes_template = e.template.clone();
                }
            }
            PartnershipEvent::MemberAppointed(e) => {
                self.memberships.insert(
                    e.membership_id,
                    MembershipInfo {
                        forum_id: e.forum_id,
                        person_id: e.person_id,
                        person_name: e.person_name.clone(),
                        organization_id: e.organization_id,
                        role: e.role,
                        valid_from: e.valid_from,
                        valid_until: e.valid_until,
                        ended: false,
                        ended_at: None,
                    },
                );
            }
            PartnershipEvent::MembershipEnded(e) => {
                if let Some(m) = self.memberships.get_mut(&e.membership_id) {
                    m.valid_until = Some(e.ended_on);
                    m.ended = true;
                    m.ended_at = e.ended_at;
                }
            }
        }
        self
    }
}
