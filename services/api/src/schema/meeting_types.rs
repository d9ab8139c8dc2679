//! GraphQL types of the meeting context: meetings, agenda items, sections, decisions,
//! attendance, follow-ups, minutes.

use std::collections::HashSet;
use std::sync::Arc;

use async_graphql::{ID, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use samraad_domain::AgendaItemId;
use samraad_domain::meeting::{self as dm, MeetingState, SectionContent};
use samraad_projections::MeetingView;
use samraad_projections::minutes::{CLOSED_ITEM_TITLE, render_markdown};

pub use super::meeting_values::*;
use super::minutes_html::markdown_to_html;

/// What one reader may see of one meeting; decided in `read.rs`, applied here.
#[derive(Clone, Debug, Default)]
pub struct Access {
    /// Sees closed items (members of the forum, its secretariat, partnership admins).
    pub closed: bool,
    /// The anonymous public: only items of the published agenda; minutes once approved.
    pub public: bool,
    /// Items closed in the meeting's *current* state: hidden from readers without `closed`
    /// even in past states (as-of, catch-up) where they were still open.
    pub closed_now: Arc<HashSet<AgendaItemId>>,
}

impl Access {
    /// May the reader see the item at all (as a line on the agenda)?
    pub fn lists(&self, state: &MeetingState, item: AgendaItemId) -> bool {
        !self.public || state.published_items().contains(&item)
    }

    /// May the reader see the item's content (title, sections, decision, attachments, …)?
    pub fn sees(&self, state: &MeetingState, item: AgendaItemId) -> bool {
        self.lists(state, item)
            && (self.closed
                || (!self.closed_now.contains(&item)
                    && state
                        .item(item)
                        .is_some_and(|i| i.visibility == dm::Visibility::Open)))
    }
}

/// A meeting as a reader may see it.
#[derive(Clone)]
pub struct MeetingObject {
    /// The meeting's read model.
    pub view: Arc<MeetingView>,
    /// What the reader may see.
    pub access: Access,
    /// The forum's name (for minutes).
    pub forum_name: String,
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
    /// End.
    async fn ends_at(&self) -> Option<DateTime<Utc>> {
        self.info().map(|i| i.ends_at)
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
            .follow_ups()
            .iter()
            .filter(|(_, f)| self.sees_item(f.item_id))
            .map(|(id, f)| FollowUpObject {
                id: ID(id.to_string()),
                item_id: ID(f.item_id.to_string()),
                description: f.description.as_str().to_string(),
                owner_organization_id: ID(f.owner.to_string()),
                due: f.due,
                status: f.status.into(),
            })
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
        let markdown = render_markdown(state, &self.forum_name, |item| {
            self.access.sees(state, item.item_id)
        });
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
    /// The organisation that owns it.
    pub owner_organization_id: ID,
    /// Due date.
    pub due: Option<NaiveDate>,
    /// Open, done, dropped.
    pub status: FollowUpStatus,
}

/// An agenda item as a reader may see it: a closed item shows only its number, kind and
/// "Lukket punkt" to readers outside the forum.
#[derive(Clone)]
pub struct AgendaItemObject {
    /// The meeting's read model.
    pub view: Arc<MeetingView>,
    /// The item.
    pub item_id: AgendaItemId,
    /// Its number on the agenda, if it is on it.
    pub number: Option<u32>,
    /// What the reader may see.
    pub access: Access,
}

impl AgendaItemObject {
    fn item(&self) -> Option<&dm::AgendaItem> {
        self.view.state.item(self.item_id)
    }
    /// The item, if the reader may see its content.
    fn visible(&self) -> Option<&dm::AgendaItem> {
        self.item()
            .filter(|_| self.access.sees(&self.view.state, self.item_id))
    }
}

#[Object(name = "AgendaItem")]
impl AgendaItemObject {
    /// The item id.
    async fn id(&self) -> ID {
        ID(self.item_id.to_string())
    }
    /// The meeting id.
    async fn meeting_id(&self) -> Option<ID> {
        self.view.state.meeting_id().map(|m| ID(m.to_string()))
    }
    /// Number on the agenda (from its position; breaks and off-agenda items have none).
    async fn number(&self) -> Option<u32> {
        self.number
    }
    /// Title ("Lukket punkt" for closed items the reader may not see).
    async fn title(&self) -> String {
        match (self.item(), self.visible()) {
            (_, Some(item)) => item.title.as_str().to_string(),
            (Some(_), None) => CLOSED_ITEM_TITLE.to_string(),
            (None, None) => String::new(),
        }
    }
    /// Kind.
    async fn kind(&self) -> Option<ItemKind> {
        self.item().map(|i| i.kind.into())
    }
    /// Open or closed (closed for readers who may not see the item).
    async fn visibility(&self) -> Option<Visibility> {
        match (self.item(), self.visible()) {
            (_, Some(item)) => Some(item.visibility.into()),
            (Some(_), None) => Some(Visibility::Closed),
            (None, None) => None,
        }
    }
    /// Status.
    async fn status(&self) -> Option<ItemStatus> {
        self.visible().map(|i| i.status.into())
    }
    /// The organisation that proposed it.
    async fn proposed_by_organization_id(&self) -> Option<ID> {
        self.visible().map(|i| ID(i.proposed_by.to_string()))
    }
    /// Case reference (Sags ID), e.g. `EMN-2022-05561`.
    async fn case_reference(&self) -> Option<String> {
        self.visible()
            .and_then(|i| i.case_reference.as_ref().map(|c| c.to_string()))
    }
    /// Document id (Dok ID).
    async fn document_number(&self) -> Option<String> {
        self.visible()
            .and_then(|i| i.document_number.as_ref().map(|d| d.to_string()))
    }
    /// Planned time slot, e.g. `14:30–14:45`.
    async fn time_slot(&self) -> Option<String> {
        self.visible()
            .and_then(|i| i.time_slot)
            .map(|s| format!("{}–{}", s.start.format("%H:%M"), s.end.format("%H:%M")))
    }
    /// Presenters.
    async fn presenters(&self) -> Vec<String> {
        self.visible()
            .map(|i| {
                i.presenters
                    .iter()
                    .map(|n| n.as_str().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }
    /// Invited guests.
    async fn guests(&self) -> Vec<String> {
        self.visible()
            .map(|i| i.guests.iter().map(|n| n.as_str().to_string()).collect())
            .unwrap_or_default()
    }
    /// Prepared by.
    async fn prepared_by(&self) -> Option<String> {
        self.visible()
            .and_then(|i| i.prepared_by.as_ref().map(|n| n.as_str().to_string()))
    }
    /// The item's revision: the sum of its section revisions and details revision.
    async fn revision(&self) -> i64 {
        self.visible()
            .map(|i| {
                let sections: u64 = i.sections.values().map(|s| s.revision).sum();
                i64::try_from(sections + i.details_revision).unwrap_or(i64::MAX)
            })
            .unwrap_or_default()
    }
    /// Whether it changed after the agenda was published.
    async fn changed_after_publication(&self) -> bool {
        self.visible().is_some_and(|i| i.changed_after_publication)
    }
    /// Whether the meeting has taken it up.
    async fn taken_up(&self) -> bool {
        self.visible().is_some_and(|i| i.taken_up)
    }
    /// Its sections with text and revision (only sections that have been written).
    async fn sections(&self) -> Vec<SectionObject> {
        let Some(item) = self.visible() else {
            return Vec::new();
        };
        item.sections
            .iter()
            .map(|(section, state)| SectionObject {
                section: (*section).into(),
                revision: i64::try_from(state.revision).unwrap_or(i64::MAX),
                text: section_text(&state.content),
                proposals: match &state.content {
                    SectionContent::Recommendations { proposals, .. } => {
                        proposals.iter().map(|p| p.as_str().to_string()).collect()
                    }
                    SectionContent::Text(_) => Vec::new(),
                },
            })
            .collect()
    }
    /// Attachments (bilag).
    async fn attachments(&self) -> Vec<AttachmentObject> {
        self.visible()
            .map(|i| {
                i.attachments
                    .iter()
                    .map(|a| AttachmentObject {
                        id: ID(a.attachment_id.to_string()),
                        title: a.title.as_str().to_string(),
                        document_number: a.document_number.as_ref().map(|d| d.to_string()),
                        uri: a.uri.as_ref().map(|u| u.as_str().to_string()),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
    /// The decision, once recorded.
    async fn decision(&self) -> Option<DecisionObject> {
        let decision = self.visible()?.decision.as_ref()?;
        Some(DecisionObject {
            id: ID(decision.decision_id.to_string()),
            text: decision.text.as_str().to_string(),
            outcomes: decision
                .outcomes
                .iter()
                .map(|o| RecommendationOutcome {
                    recommendation: o.recommendation,
                    outcome: o.outcome.into(),
                    note: o.note.as_ref().map(|n| n.as_str().to_string()),
                })
                .collect(),
            reservations: decision
                .reservations
                .iter()
                .map(|r| ReservationObject {
                    organization_id: r.organization_id.map(|o| ID(o.to_string())),
                    organization_name: r.organization_name.as_str().to_string(),
                    text: r.text.as_str().to_string(),
                    recommendation: r.recommendation,
                })
                .collect(),
            corrections: decision.corrections,
            corrected_after_approval: decision.corrected_after_approval,
        })
    }
    /// The meeting it was postponed to.
    async fn postponed_to(&self) -> Option<ID> {
        self.visible()?.postponed_to.map(|m| ID(m.to_string()))
    }
}

/// One section of an item.
#[derive(SimpleObject, Clone)]
#[graphql(name = "ItemSection")]
pub struct SectionObject {
    /// Which section.
    pub section: Section,
    /// Its revision (send as `baseRevision` when editing it).
    pub revision: i64,
    /// Its Markdown text (recommendations: preamble then `1. …` lines).
    pub text: String,
    /// For recommendations: the numbered proposals.
    pub proposals: Vec<String>,
}

/// An attachment (bilag).
#[derive(SimpleObject, Clone)]
#[graphql(name = "Attachment")]
pub struct AttachmentObject {
    /// Attachment id.
    pub id: ID,
    /// Title.
    pub title: String,
    /// Document id (Dok ID).
    pub document_number: Option<String>,
    /// Where the document is.
    pub uri: Option<String>,
}

/// A decision on an item.
#[derive(SimpleObject, Clone)]
#[graphql(name = "Decision")]
pub struct DecisionObject {
    /// Decision id.
    pub id: ID,
    /// The decision text.
    pub text: String,
    /// One outcome per recommendation.
    pub outcomes: Vec<RecommendationOutcome>,
    /// Reservations ("PLO har forbehold …").
    pub reservations: Vec<ReservationObject>,
    /// How many times it was corrected.
    pub corrections: u32,
    /// Whether a correction came after the minutes were approved.
    pub corrected_after_approval: bool,
}

/// The outcome of one numbered recommendation.
#[derive(SimpleObject, Clone)]
pub struct RecommendationOutcome {
    /// The recommendation's number (1-based).
    pub recommendation: u32,
    /// Its outcome.
    pub outcome: Outcome,
    /// A note.
    pub note: Option<String>,
}

/// A reservation by an organisation.
#[derive(SimpleObject, Clone)]
#[graphql(name = "Reservation")]
pub struct ReservationObject {
    /// The organisation, if registered.
    pub organization_id: Option<ID>,
    /// Its name.
    pub organization_name: String,
    /// The reservation.
    pub text: String,
    /// The recommendation it concerns.
    pub recommendation: Option<u32>,
}
