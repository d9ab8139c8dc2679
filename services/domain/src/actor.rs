//! Who is acting, and the facts the permission rules need.
//!
//! The application layer authenticates a person, looks these facts up (typically from the
//! partnership stream, see [`crate::partnership::PartnershipState::actor`]) and puts the
//! [`Actor`] into the [`crate::Context`]. `decide` then applies every permission rule itself,
//! so the rules live and are tested in one place.
//!
//! Permission choices (see also [`Role`]):
//! - *Proposing* agenda items and initiatives: any member organisation of the partnership.
//! - *Managing the agenda* (accept, reject, reorder, postpone, publish) and *running the meeting*
//!   (schedule, reschedule, cancel, open, attendance, take up, decisions, corrections,
//!   follow-ups, adjourn, approve minutes): the forum's `secretariat`, `chair` or `co_chair`.
//!   The co-chair is included because the minutes speak of the *formandskab* (chair and
//!   co-chair together) and the co-chair stands in for the chair.
//! - *Editing* an item's sections and attaching documents: the proposing organisation, any
//!   non-observer seat in the forum, or the secretariat.
//! - *Status reports*: a person of a lead organisation, or a non-observer seat in the
//!   initiative's responsible forum.
//! - *Fund pool commands* and approving/starting/extending/completing/stopping initiatives: a
//!   partnership administrator, or a person holding a `secretariat` seat in any forum of the partnership.
//! - *Partnership structure* (organisations, forums, memberships, administrators): partnership
//!   administrators. Creating a partnership: a platform operator.

use serde::{Deserialize, Serialize};

use crate::ids::{ForumId, OrganizationId, PartnershipId, PersonId};

/// A person's role in a forum (formand, medformand, medlem, sekretariat, observatør).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Formand.
    Chair,
    /// Medformand: may do what the chair does.
    CoChair,
    /// Ordinary member.
    Member,
    /// Sekretariat: prepares and records meetings.
    Secretariat,
    /// Observer: sees the forum's closed items, cannot edit.
    Observer,
}

impl Role {
    /// Chair, co-chair or secretariat: those who manage the agenda and run the meeting.
    #[must_use]
    pub const fn runs_meetings(self) -> bool {
        matches!(self, Self::Chair | Self::CoChair | Self::Secretariat)
    }

    /// Every role except observer may contribute content.
    #[must_use]
    pub const fn contributes(self) -> bool {
        !matches!(self, Self::Observer)
    }
}

/// An active seat of the actor in a forum at the time of the command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Seat {
    /// The partnership the forum belongs to.
    pub partnership: PartnershipId,
    /// The forum.
    pub forum: ForumId,
    /// The role in the forum.
    pub role: Role,
}

/// The acting person, on behalf of one organisation, with the facts permissions need.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Actor {
    /// The authenticated person.
    pub person: PersonId,
    /// The organisation the person acts on behalf of.
    pub organization: OrganizationId,
    /// A platform operator may create partnerships.
    pub platform_operator: bool,
    /// Partnerships this person administers.
    pub admin_of: Vec<PartnershipId>,
    /// Partnerships in which `organization` is a registered member organisation.
    pub member_organization_of: Vec<PartnershipId>,
    /// Active seats in forums (at the command's time).
    pub seats: Vec<Seat>,
}

impl Actor {
    /// An actor with no privileges at all.
    #[must_use]
    pub fn new(person: PersonId, organization: OrganizationId) -> Self {
        Self {
            person,
            organization,
            ..Self::default()
        }
    }

    /// True if the person administers the partnership.
    #[must_use]
    pub fn is_admin_of(&self, partnership: PartnershipId) -> bool {
        self.admin_of.contains(&partnership)
    }

    /// True if the actor's organisation is a member organisation of the partnership.
    #[must_use]
    pub fn is_member_organization_of(&self, partnership: PartnershipId) -> bool {
        self.member_organization_of.contains(&partnership)
    }

    /// The actor's roles in a forum.
    pub fn roles_in(&self, forum: ForumId) -> impl Iterator<Item = Role> + '_ {
        self.seats
            .iter()
            .filter(move |s| s.forum == forum)
            .map(|s| s.role)
    }

    /// True if the actor has the chair, co-chair or secretariat role in the forum.
    #[must_use]
    pub fn runs_forum(&self, forum: ForumId) -> bool {
        self.roles_in(forum).any(Role::runs_meetings)
    }

    /// True if the actor has a non-observer seat in the forum.
    #[must_use]
    pub fn contributes_to_forum(&self, forum: ForumId) -> bool {
        self.roles_in(forum).any(Role::contributes)
    }

    /// True if the actor has any seat (including observer) in the forum.
    #[must_use]
    pub fn sits_in(&self, forum: ForumId) -> bool {
        self.roles_in(forum).next().is_some()
    }

    /// True if the actor holds a secretariat seat in any forum of the partnership.
    #[must_use]
    pub fn is_secretariat_of(&self, partnership: PartnershipId) -> bool {
        self.seats
            .iter()
            .any(|s| s.partnership == partnership && s.role == Role::Secretariat)
    }

    /// Partnership administrator or secretariat: may manage funds and initiative lifecycles.
    #[must_use]
    pub fn manages_partnership_affairs(&self, partnership: PartnershipId) -> bool {
        self.is_admin_of(partnership) || self.is_secretariat_of(partnership)
    }
}
