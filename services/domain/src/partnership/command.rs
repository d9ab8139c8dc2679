use chrono::NaiveDate;

use super::event::{ForumLevel, OrganizationKind};
use super::template::MinutesTemplate;
use crate::actor::Role;
use crate::ids::{ForumId, MembershipId, OrganizationId, PartnershipId, PersonId};
use crate::values::{Markdown, Name, TimeZone};

/// Commands of the partnership stream.
#[derive(Debug, Clone, PartialEq)]
pub enum PartnershipCommand {
    /// Create a partnership (platform operator only). The creator becomes its first administrator.
    CreatePartnership(CreatePartnership),
    /// Make a person an administrator of the partnership.
    AppointAdministrator(AppointAdministrator),
    /// Register a member organisation.
    RegisterOrganization(RegisterOrganization),
    /// Create a forum.
    CreateForum(CreateForum),
    /// Seat a person in a forum on behalf of an organisation.
    AppointMember(AppointMember),
    /// End a membership ("Velkommen til nye repræsentanter").
    EndMembership(EndMembership),
    /// Lay a forum's minutes out by a template.
    SetMinutesTemplate(SetMinutesTemplate),
}

/// See [`PartnershipCommand::SetMinutesTemplate`].
#[derive(Debug, Clone, PartialEq)]
pub struct SetMinutesTemplate {
    /// The forum.
    pub forum_id: ForumId,
    /// The template.
    pub template: MinutesTemplate,
}

/// See [`PartnershipCommand::CreatePartnership`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePartnership {
    /// The new partnership's id.
    pub partnership_id: PartnershipId,
    /// Name, e.g. "Sundhedsklynge Lillebælt".
    pub name: Name,
    /// Its time zone; none: Europe/Copenhagen.
    pub time_zone: Option<TimeZone>,
}

/// See [`PartnershipCommand::AppointAdministrator`].
#[derive(Debug, Clone, PartialEq)]
pub struct AppointAdministrator {
    /// The person.
    pub person_id: PersonId,
}

/// See [`PartnershipCommand::RegisterOrganization`].
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterOrganization {
    /// The organisation's id.
    pub organization_id: OrganizationId,
    /// Name, e.g. "Vejle Kommune".
    pub name: Name,
    /// What kind of organisation.
    pub kind: OrganizationKind,
}

/// See [`PartnershipCommand::CreateForum`].
#[derive(Debug, Clone, PartialEq)]
pub struct CreateForum {
    /// The forum's id.
    pub forum_id: ForumId,
    /// Name, e.g. "Fagligt Strategisk Niveau".
    pub name: Name,
    /// Level.
    pub level: ForumLevel,
}

/// See [`PartnershipCommand::AppointMember`].
#[derive(Debug, Clone, PartialEq)]
pub struct AppointMember {
    /// The membership's id.
    pub membership_id: MembershipId,
    /// The forum.
    pub forum_id: ForumId,
    /// The person.
    pub person_id: PersonId,
    /// The person's name.
    pub person_name: Name,
    /// Job title (Direktør, Centerchef, ...).
    pub person_title: Option<Name>,
    /// The organisation the person represents (must be registered).
    pub organization_id: OrganizationId,
    /// Role in the forum.
    pub role: Role,
    /// First day of the seat.
    pub valid_from: NaiveDate,
    /// Last day of the seat, if known.
    pub valid_until: Option<NaiveDate>,
}

/// See [`PartnershipCommand::EndMembership`].
#[derive(Debug, Clone, PartialEq)]
pub struct EndMembership {
    /// The membership.
    pub membership_id: MembershipId,
    /// Last day of the seat.
    pub ended_on: NaiveDate,
    /// End the seat now, not at the end of `ended_on` (an end given without a date).
    pub at_once: bool,
    /// Why (optional).
    pub reason: Option<Markdown>,
}
