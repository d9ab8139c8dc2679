//! GraphQL types of the meeting context: meetings, agenda items, sections, decisions,
//! attendance, follow-ups, minutes.

use std::sync::Arc;

use async_graphql::{ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use samraad_domain::meeting::{self as dm};
use samraad_domain::partnership::MinutesTemplate;
use samraad_domain::{AgendaItemId, TimeZone};
use samraad_projections::MeetingView;
use samraad_projections::minutes::render_markdown;

pub use crate::schema::meeting::access::Access;
use crate::schema::meeting::item::AgendaItemObject;
pub use crate::schema::meeting::values::*;
use samraad_projections::minutes_html::markdown_to_html;

/// A meeting as a reader may see it.
#[derive(Clone)]
pub struct MeetingObject {
    /// The meeting's read model.
    pub view: Arc<MeetingView>,
    /// What the reader may see.
    pub access: Access,
    /// The forum's name (for minutes).
    pub forum_name: String,
    /// The partnership's time zone (for minutes).
    pub time_zone: TimeZone,
    /// The forum's minutes template.
    pub minutes_template: Arc<MinutesTemplate>,
}

impl MeetingObject {
    fn info(&self) -> Option<&dm::MeetingInfo> {
        self.view.state.info()
    }

    fn item(&self, item_id: AgendaItemId, number: Option<u32>) -> Option<AgendaItemObject> {
        let state = &self.view.state;
        state.item(item_id)?;
        self.access.lists(state, item_id).then(|| AgendaItemObject {
            view: self.view.clone(),
            item_id,
            number,
            access: self.access.clone(),
        })
    }

    /// The item as the reader may see it (numbered as on the current agenda), if listed.
    pub fn agenda_item(&self, item_id: AgendaItemId) -> Option<AgendaItemObject> {
        self.item(item_id, self.view.state.number_of(item_id))
    }

    /// May the reader see the content of `item_id`?
    pub fn sees_item(&self, item_id: AgendaItemId) -> bool {
        self.access.sees(&self.view.state, item_id)
    }
}

#[Object(name = "Meeting")]
impl MeetingObject {
    /// The meeting id.
    async fn id(&self) -> ID {
        ID(self
            .info()
            .map(|i| i.meeting_id.to_string())
            .unwrap_or_default())
    }
    /// The partnership.
    async fn partnership_id(&self) -> Option<ID> {
        self.info().map(|i| ID(i.partnership_id.to_string()))
    }
    /// The forum that meets.
    async fn forum_id(&self) -> Option<ID> {
        self.info().map(|i| ID(i.forum_id.to_string()))
    }
    /// Optional title.
    async fn title(&self) -> Option<String> {
        self.info()
            .and_then(|i| i.title.as_ref().map(|t| t.as_str().to_string()))
    }
    /// Start.
    async fn starts_at(&self) -> Option<DateTime<Utc>> {
        self.info().map(|i| i.starts_at)
    }
    /// End, if known.
    async fn ends_at(&self) -> Option<DateTime<Utc>> {
        self.info().and_then(|i| i.ends_at)
    }
    /// True when the minutes or the secretariat say the place is not given.
    async fn place_not_given(&self) -> bool {
        self.info().is_some_and(|i| i.place_not_given)
    }
    /// In person, online, hybrid or written.
    async fn mode(&self) -> Option<MeetingMode> {
        self.info().map(|i| i.mode.into())
    }
    /// Room and address.
    async fn location(&self) -> Option<Location> {
        self.info()
            .and_then(|i| i.location.as_ref())
            .map(|l| Location {
                room: l.room.as_ref().map(|r| r.as_str().to_string()),
                address: l.address.as_str().to_string(),
            })
    }
    /// Online link (Teams).
    async fn online_link(&self) -> Option<String> {
        self.info()
            .and_then(|i| i.online_link.as_ref().map(|u| u.as_str().to_string()))
    }
    /// Status.
    async fn status(&self) -> MeetingStatus {
        self.view.state.status().into()
    }
    /// The meeting stream's version (use as `expectedVersion`).
    async fn version(&self) -> i64 {
        i64::try_from(self.view.version).unwrap_or(i64::MAX)
    }
    /// The global position of the meeting's last change.
    async fn position(&self) -> String {
        self.view.position.to_string()
    }
    /// How many times the agenda has been published (0 = draft).
    async fn published_edition(&self) -> u32 {
        self.view.state.published_edition()
    }
    /// The agenda as it stands, or as last published.
    async fn agenda(&self, #[graphql(default)] as_published: bool) -> Agenda {
        let state = &self.view.state;
        let lines = if as_published {
            state.published_agenda()
        } else {
            state.agenda()
        };
        let items = lines
            .into_iter()
            .filter_map(|line| self.item(line.item.item_id, line.number))
            .collect();
        Agenda { items }
    }
    /// Items proposed but not (yet) on the agenda, and rejected, withdrawn or postponed ones.
    async fn other_items(&self) -> Vec<AgendaItemObject> {
        let state = &self.view.state;
        state
            .items()
            .filter(|i| !state.order().contains(&i.item_id))
            .filter_map(|i| self.item(i.item_id, None))
            .collect()
    }
    /// The item being discussed now.
    async fn current_item(&self) -> Option<AgendaItemObject> {
        let id = self.view.state.current_item()?;
        self.item(id, self.view.state.number_of(id))
    }
    /// Who attended, sent apologies, joined late, came as a guest.
    async fn attendance(&self) -> Vec<Attendance> {
        self.view
            .state
            .attendance()
            .filter(|a| a.guest_for_item.is_none_or(|item| self.sees_item(item)))
            .map(|a| Attendance {
                person_id: a.person_id.map(|p| ID(p.to_string())),
                name: a.name.as_str().to_string(),
                organization_id: a.organization_id.map(|o| ID(o.to_string())),
                status: a.status.into(),
                substitute_for: a.substitute_for.as_ref().map(|n| n.as_str().to_string()),
                guest_for_item: a.guest_for_item.map(|i| ID(i.to_string())),
                joined_at: a.joined_at.map(|t| t.format("%H:%M").to_string()),
                left_at: a.left_at.map(|t| t.format("%H:%M").to_string()),
            })
            .collect()
    }
    /// Follow-up actions assigned in this meeting (of items the reader may see).
    async fn follow_ups(&self) -> Vec<FollowUpObject> {
        let state = &self.view.state;
        state
            .follow_ups_in_order()
            .filter(|(_, f)| self.sees_item(f.item_id))
            .map(|(id, f)| FollowUpObject::of(id, f))
            .collect()
    }
    /// When the minutes were approved.
    async fn minutes_approved_at(&self) -> Option<DateTime<Utc>> {
        self.view.state.minutes_approved_at()
    }
    /// The minutes, rendered in the familiar section order.
    async fn minutes(&self, #[graphql(default)] format: MinutesFormat) -> String {
        let state = &self.view.state;
        if self.access.public && state.minutes_approved_at().is_none() {
            return String::new();
        }
        let markdown = render_markdown(
            state,
            &self.forum_name,
            self.time_zone,
            &self.minutes_template,
            |item| self.access.sees(state, item.item_id),
        );
        match format {
            MinutesFormat::Markdown => markdown,
            MinutesFormat::Html => markdown_to_html(&markdown),
        }
    }
}

/// Room and address.
#[derive(SimpleObject, Clone)]
pub struct Location {
    /// Room ("Mødelokale 6 - stuen").
    pub room: Option<String>,
    /// Address ("Damhaven 12, 7100 Vejle").
    pub address: String,
}

/// The ordered items of a meeting.
#[derive(SimpleObject)]
pub struct Agenda {
    /// Items in agenda order, numbered 1..n (breaks are not numbered).
    pub items: Vec<AgendaItemObject>,
}

/// One person's attendance.
#[derive(SimpleObject, Clone)]
pub struct Attendance {
    /// The person, if known to the partnership.
    pub person_id: Option<ID>,
    /// Name as in the minutes.
    pub name: String,
    /// The organisation represented.
    pub organization_id: Option<ID>,
    /// Present, absent, apologies.
    pub status: AttendanceStatus,
    /// Whom this person substitutes for.
    pub substitute_for: Option<String>,
    /// The item the person is a guest for.
    pub guest_for_item: Option<ID>,
    /// Joined late at ("deltager fra kl. 15.10").
    pub joined_at: Option<String>,
    /// Left early at.
    pub left_at: Option<String>,
}

pub use crate::schema::meeting::follow_up::FollowUpObject;
