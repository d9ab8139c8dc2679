//! Follow-ups as the API shows them, and their owners: organisation(s), a role of the forum,
//! or a person.

use async_graphql::{Enum, ID, InputObject, SimpleObject};
use chrono::NaiveDate;
use samraad_domain::FollowUpId;
use samraad_domain::meeting::{FollowUp, FollowUpOwner};

use crate::schema::meeting::values::FollowUpStatus;

/// A role of the meeting's forum that owns a follow-up.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum FollowUpRole {
    /// The forum's secretariat ("Sekretariatet").
    Secretariat,
    /// The forum's chair and co-chairs ("formandskabet").
    Chair,
}

/// A person who owns a follow-up.
#[derive(InputObject, Clone)]
pub struct FollowUpPersonInput {
    /// The person, if known to the system.
    pub person_id: Option<ID>,
    /// Their name, as the minutes write it.
    pub name: String,
}

/// Who owns a follow-up.
#[derive(SimpleObject, Clone)]
pub struct FollowUpOwnerObject {
    /// The organisations that own it (empty for a role or a person).
    pub organization_ids: Vec<ID>,
    /// The forum's role that owns it.
    pub role: Option<FollowUpRole>,
    /// The person who owns it, if known to the system.
    pub person_id: Option<ID>,
    /// The person's name.
    pub person_name: Option<String>,
}

/// A follow-up action.
#[derive(SimpleObject, Clone)]
#[graphql(name = "FollowUp")]
pub struct FollowUpObject {
    /// The follow-up id.
    pub id: ID,
    /// The item it came from.
    pub item_id: ID,
    /// What is to be done.
    pub description: String,
    /// The organisation that owns it, when one organisation does.
    pub owner_organization_id: Option<ID>,
    /// Who owns it.
    pub owner: FollowUpOwnerObject,
    /// Due date.
    pub due: Option<NaiveDate>,
    /// Open, done, dropped.
    pub status: FollowUpStatus,
}

impl FollowUpObject {
    /// The follow-up `id` as it stands.
    pub fn of(id: FollowUpId, f: &FollowUp) -> Self {
        let organizations = f.owner.organizations();
        let (role, person_id, person_name) = match &f.owner {
            FollowUpOwner::Secretariat => (Some(FollowUpRole::Secretariat), None, None),
            FollowUpOwner::Chair => (Some(FollowUpRole::Chair), None, None),
            FollowUpOwner::Person { person_id, name } => (
                None,
                person_id.map(|p| ID(p.to_string())),
                Some(name.to_string()),
            ),
            FollowUpOwner::Organizations(_) => (None, None, None),
        };
        Self {
            id: ID(id.to_string()),
            item_id: ID(f.item_id.to_string()),
            description: f.description.as_str().to_string(),
            owner_organization_id: match organizations {
                [one] => Some(ID(one.to_string())),
                _ => None,
            },
            owner: FollowUpOwnerObject {
                organization_ids: organizations.iter().map(|o| ID(o.to_string())).collect(),
                role,
                person_id,
                person_name,
            },
            due: f.due,
            status: f.status.into(),
        }
    }
}
