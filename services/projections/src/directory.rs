//! A partnership's directory: who sits where under which name, and the order in which its
//! administrators, organisations and forums came.

use std::collections::HashMap;
use std::sync::Arc;

use samraad_domain::partnership::{Partnership, PartnershipEvent, PartnershipState};
use samraad_domain::{ForumId, MembershipId, OrganizationId, PersonId};
use samraad_log::RecordedEvent;

use crate::view::Extra;

/// A seated person's name and title, as given when they were appointed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// The name, e.g. "Hanne Andersen".
    pub name: String,
    /// The title, e.g. "Sundheds- og omsorgsdirektør".
    pub title: Option<String>,
}

/// What the partnership's events say beyond its domain state. Shared behind `Arc`s so a
/// snapshot of the partnership costs a pointer per list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Directory {
    /// Seated persons by seat.
    pub people: Arc<HashMap<MembershipId, Person>>,
    /// Administrators in order of appointment, the creator first.
    pub administrators: Arc<Vec<PersonId>>,
    /// Member organisations in registration order.
    pub organizations: Arc<Vec<OrganizationId>>,
    /// Forums in creation order.
    pub forums: Arc<Vec<ForumId>>,
}

impl Directory {
    /// The administrators who still administer the partnership, in order.
    pub fn active_administrators<'a>(
        &'a self,
        state: &'a PartnershipState,
    ) -> impl Iterator<Item = PersonId> + 'a {
        self.administrators
            .iter()
            .copied()
            .filter(|p| state.is_admin(*p))
    }
}

impl Extra<Partnership> for Directory {
    fn apply(&mut self, _: &RecordedEvent, event: &PartnershipEvent, _: &PartnershipState) {
        match event {
            PartnershipEvent::PartnershipCreated(e) => push(&mut self.administrators, e.created_by),
            PartnershipEvent::AdministratorAppointed(e) => {
                push(&mut self.administrators, e.person_id);
            }
            PartnershipEvent::OrganizationRegistered(e) => {
                push(&mut self.organizations, e.organization_id);
            }
            PartnershipEvent::ForumCreated(e) => push(&mut self.forums, e.forum_id),
            PartnershipEvent::MemberAppointed(e) => {
                Arc::make_mut(&mut self.people).insert(
                    e.membership_id,
                    Person {
                        name: e.person_name.as_str().to_string(),
                        title: e.person_title.as_ref().map(|t| t.as_str().to_string()),
                    },
                );
            }
            PartnershipEvent::MembershipEnded(_) | PartnershipEvent::MinutesTemplateSet(_) => {}
        }
    }
}

/// Appends `value` unless already listed.
fn push<T: PartialEq + Clone>(list: &mut Arc<Vec<T>>, value: T) {
    if !list.contains(&value) {
        Arc::make_mut(list).push(value);
    }
}
