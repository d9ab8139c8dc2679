//! An agenda item as a reader sees it, with its sections, attachments and decision.

use std::sync::Arc;

use crate::schema::meeting::access::Access;
use crate::schema::meeting::values::{
    ItemKind, ItemStatus, Outcome, RecommendationStyle, Section, Visibility, section_text,
};
use async_graphql::{ComplexObject, ID, Object, SimpleObject};
use samraad_domain::AgendaItemId;
use samraad_domain::meeting::{self as dm, SectionContent};
use samraad_projections::MeetingView;
use samraad_projections::minutes::CLOSED_ITEM_TITLE;
use samraad_projections::minutes_html::markdown_to_html;

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
    /// The earlier meeting's item this one follows up.
    async fn follows_up(&self) -> Option<ItemRefObject> {
        self.visible()?.follows_up.map(|f| ItemRefObject {
            meeting_id: ID(f.meeting_id.to_string()),
            item_id: ID(f.item_id.to_string()),
        })
    }
    /// Members absent for this item only (the item's "Fraværende").
    async fn absent(&self) -> Vec<String> {
        self.visible()
            .map(|i| i.absent.iter().map(|n| n.as_str().to_string()).collect())
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
                style: match &state.content {
                    SectionContent::Recommendations { style, .. } => Some((*style).into()),
                    SectionContent::Text(_) => None,
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
                        case_reference: a.case_reference.as_ref().map(|c| c.to_string()),
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
            outcome: decision.item_outcome.map(Into::into),
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
#[graphql(name = "ItemSection", complex)]
pub struct SectionObject {
    /// Which section.
    pub section: Section,
    /// Its revision (send as `baseRevision` when editing it).
    pub revision: i64,
    /// Its Markdown text (recommendations: preamble then the proposals as written —
    /// `1. …` lines, `- …` bullets or one sentence).
    pub text: String,
    /// For recommendations: the proposals, numbered 1.. in decisions.
    pub proposals: Vec<String>,
    /// For recommendations: how they are written.
    pub style: Option<RecommendationStyle>,
}

#[ComplexObject]
impl SectionObject {
    /// Its text as HTML: CommonMark with tables, raw HTML shown as text, links other than
    /// http(s)/mailto/relative without a target.
    async fn html(&self) -> String {
        markdown_to_html(&self.text)
    }
}

/// An agenda item of another meeting.
#[derive(SimpleObject, Clone)]
#[graphql(name = "ItemRef")]
pub struct ItemRefObject {
    /// The meeting.
    pub meeting_id: ID,
    /// The item.
    pub item_id: ID,
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
    /// The Sags ID it is filed under, when not the item's.
    pub case_reference: Option<String>,
    /// Where the document is.
    pub uri: Option<String>,
}

/// A decision on an item.
#[derive(SimpleObject, Clone)]
#[graphql(name = "Decision", complex)]
pub struct DecisionObject {
    /// Decision id.
    pub id: ID,
    /// The decision text.
    pub text: String,
    /// One outcome per recommendation.
    pub outcomes: Vec<RecommendationOutcome>,
    /// The outcome of the item as a whole, when one was recorded instead of `outcomes`.
    pub outcome: Option<Outcome>,
    /// Reservations ("PLO har forbehold …").
    pub reservations: Vec<ReservationObject>,
    /// How many times it was corrected.
    pub corrections: u32,
    /// Whether a correction came after the minutes were approved.
    pub corrected_after_approval: bool,
}

#[ComplexObject]
impl DecisionObject {
    /// The decision text as HTML (rendered as the sections' `html`).
    async fn html(&self) -> String {
        markdown_to_html(&self.text)
    }
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
