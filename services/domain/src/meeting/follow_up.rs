//! Who owns a follow-up, as minutes name them: an organisation or several ("kommunerne"), the
//! forum's secretariat ("Sekretariatet"), its chair ("formandskabet"), or a person.

use serde::{Deserialize, Serialize};

use crate::actor::{Actor, Role};
use crate::error::DomainError;
use crate::ids::{ForumId, OrganizationId, PersonId};
use crate::values::Name;

/// The owner of a follow-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpOwner {
    /// One or more organisations, each of which may close it.
    Organizations(Vec<OrganizationId>),
    /// The secretariat of the meeting's forum.
    Secretariat,
    /// The chair (and co-chairs) of the meeting's forum: the formandskab.
    Chair,
    /// A person, by name as the minutes write it, and by id when they are known.
    Person {
        /// The person, if known to the system.
        person_id: Option<PersonId>,
        /// Their name.
        name: Name,
    },
}

impl FollowUpOwner {
    /// One organisation.
    #[must_use]
    pub fn organization(id: OrganizationId) -> Self {
        Self::Organizations(vec![id])
    }

    /// The organisations that own it (none for a role or a person).
    #[must_use]
    pub fn organizations(&self) -> &[OrganizationId] {
        match self {
            Self::Organizations(ids) => ids,
            _ => &[],
        }
    }

    /// Refuses an empty or repeated list of organisations.
    pub fn validate(&self) -> Result<(), DomainError> {
        if let Self::Organizations(ids) = self {
            let mut seen = std::collections::BTreeSet::new();
            if ids.is_empty() || !ids.iter().all(|id| seen.insert(*id)) {
                return Err(DomainError::invalid(
                    "owner",
                    "one or more organisations, each once",
                ));
            }
        }
        Ok(())
    }

    /// True if `actor` is (one of) the owner(s) of a follow-up of `forum`.
    #[must_use]
    pub fn includes(&self, actor: &Actor, forum: ForumId) -> bool {
        match self {
            Self::Organizations(ids) => ids.contains(&actor.organization),
            Self::Secretariat => actor.roles_in(forum).any(|r| r == Role::Secretariat),
            Self::Chair => actor
                .roles_in(forum)
                .any(|r| matches!(r, Role::Chair | Role::CoChair)),
            Self::Person { person_id, .. } => *person_id == Some(actor.person),
        }
    }
}
