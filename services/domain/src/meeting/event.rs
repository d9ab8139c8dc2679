//! Events of the meeting stream. Every event carries `meeting_id`, and `item_id` where it
//! concerns an item. Agenda events carry `after_publication`: true when the change happened
//! after the agenda was published, so read models can show it as a change to the published agenda.

use chrono::{DateTime, NaiveDate, Utc};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};

use super::follow_up::FollowUpOwner;
use super::types::*;
use crate::decider::{EventPayload, event_enum, v1_payloads};
use crate::entity::{Created, EntityKind};
use crate::ids::*;
use crate::touches::touches;
use crate::values::{CaseReference, DocumentNumber, Markdown, Name, Title, Uri};

event_enum!(
    /// Events of the meeting stream.
    MeetingEvent {
        /// A meeting was scheduled.
        MeetingScheduled,
        /// A meeting was moved.
        MeetingRescheduled,
        /// A meeting was cancelled.
        MeetingCancelled,
        /// An item was proposed (schema v2: with `visibility`).
        AgendaItemProposed,
        /// One section of an item was edited.
        AgendaItemEdited,
        /// An item's details changed.
        AgendaItemDetailsChanged,
        /// A document was attached to an item.
        DocumentAttached,
        /// An item was put on the agenda.
        AgendaItemAccepted,
        /// A proposed item was rejected.
        AgendaItemRejected,
        /// The accepted items were reordered.
        AgendaReordered,
        /// An item was withdrawn.
        AgendaItemWithdrawn,
        /// An item was moved to another meeting.
        AgendaItemPostponed,
        /// The agenda was published (sent out).
        AgendaPublished,
        /// The meeting opened.
        MeetingOpened,
        /// Attendance lines were recorded.
        AttendanceRecorded,
        /// An item is now being discussed.
        ItemTakenUp,
        /// A decision was recorded.
        DecisionRecorded,
        /// A decision was corrected.
        DecisionCorrected,
        /// A follow-up action was assigned.
        FollowUpAssigned,
        /// A follow-up action was done.
        FollowUpCompleted,
        /// A follow-up action was dropped.
        FollowUpDropped,
        /// The meeting ended.
        MeetingAdjourned,
        /// The minutes were approved.
        MinutesApproved,
    }
);

v1_payloads!(
    MeetingScheduled,
    MeetingRescheduled,
    MeetingCancelled,
    AgendaItemEdited,
    AgendaItemDetailsChanged,
    DocumentAttached,
    AgendaItemAccepted,
    AgendaItemRejected,
    AgendaReordered,
    AgendaItemWithdrawn,
    AgendaItemPostponed,
    AgendaPublished,
    MeetingOpened,
    AttendanceRecorded,
    ItemTakenUp,
    DecisionRecorded,
    DecisionCorrected,
    FollowUpCompleted,
    FollowUpDropped,
    MeetingAdjourned,
    MinutesApproved,
);

touches!(
    MeetingScheduled => [meeting_id, partnership_id, forum_id],
    MeetingRescheduled => [meeting_id],
    MeetingCancelled => [meeting_id],
    AgendaItemProposed => [meeting_id, item_id, postponed_from],
    AgendaItemEdited => [meeting_id, item_id],
    AgendaItemDetailsChanged => [meeting_id, item_id],
    DocumentAttached => [meeting_id, item_id, attachment_id],
    AgendaItemAccepted => [meeting_id, item_id],
    AgendaItemRejected => [meeting_id, item_id],
    AgendaReordered => [meeting_id, order],
    AgendaItemWithdrawn => [meeting_id, item_id],
    AgendaItemPostponed => [meeting_id, item_id, to_meeting],
    AgendaPublished => [meeting_id, items],
    MeetingOpened => [meeting_id],
    AttendanceRecorded => [meeting_id],
    ItemTakenUp => [meeting_id, item_id],
    DecisionRecorded => [meeting_id, item_id, decision_id],
    DecisionCorrected => [meeting_id, item_id, decision_id],
    FollowUpAssigned => [meeting_id, item_id, follow_up_id],
    FollowUpCompleted => [meeting_id, item_id, follow_up_id],
    FollowUpDropped => [meeting_id, item_id, follow_up_id],
    MeetingAdjourned => [meeting_id],
    MinutesApproved => [meeting_id, approved_at_meeting],
);

/// A meeting was scheduled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeetingScheduled {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// The forum.
    pub forum_id: ForumId,
    /// Optional title.
    pub title: Option<Title>,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End, if known (always present in events written before it was optional).
    pub ends_at: Option<DateTime<Utc>>,
    /// Mode.
    pub mode: MeetingMode,
    /// Location.
    pub location: Option<Location>,
    /// Online link.
    pub online_link: Option<Uri>,
    /// The place is explicitly not given (absent in older events: false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub place_not_given: bool,
}

/// A meeting was moved or its place changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeetingRescheduled {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End, if known.
    pub ends_at: Option<DateTime<Utc>>,
    /// Mode.
    pub mode: MeetingMode,
    /// Location.
    pub location: Option<Location>,
    /// Online link.
    pub online_link: Option<Uri>,
    /// The place is explicitly not given (absent in older events: false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub place_not_given: bool,
    /// After the agenda was published.
    pub after_publication: bool,
}

/// A meeting was cancelled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeetingCancelled {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// Why.
    pub reason: Option<Markdown>,
}

/// An agenda item was proposed. Schema version 2 (v1 had no `visibility`; it upcasts to `open`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaItemProposed {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The proposing organisation.
    pub proposed_by: OrganizationId,
    /// Title.
    pub title: Title,
    /// Kind.
    pub kind: ItemKind,
    /// Visibility (new in v2).
    pub visibility: Visibility,
    /// Sags ID.
    pub case_reference: Option<CaseReference>,
    /// Dok ID.
    pub document_number: Option<DocumentNumber>,
    /// Time slot.
    pub time_slot: Option<TimeSlot>,
    /// Presenters.
    pub presenters: Vec<Name>,
    /// Guests.
    pub guests: Vec<Name>,
    /// Members absent for this item only (none in older events).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub absent: Vec<Name>,
    /// The earlier meeting's item this one follows up (none in older events).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows_up: Option<ItemRef>,
    /// Prepared by.
    pub prepared_by: Option<Name>,
    /// Initial sections (revision 1 each).
    pub sections: Vec<SectionEntry>,
    /// Carried over from a postponed item.
    pub postponed_from: Option<(MeetingId, AgendaItemId)>,
    /// After the agenda was published.
    pub after_publication: bool,
    /// The person who proposed it (may act on it, even closed, without a seat). Absent in
    /// events written before it was recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposed_by_person: Option<PersonId>,
}

/// Schema version 1 of [`AgendaItemProposed`]: before items had a visibility.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaItemProposedV1 {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The proposing organisation.
    pub proposed_by: OrganizationId,
    /// Title.
    pub title: Title,
    /// Kind.
    pub kind: ItemKind,
    /// Sags ID.
    pub case_reference: Option<CaseReference>,
    /// Dok ID.
    pub document_number: Option<DocumentNumber>,
    /// Time slot.
    pub time_slot: Option<TimeSlot>,
    /// Presenters.
    pub presenters: Vec<Name>,
    /// Guests.
    pub guests: Vec<Name>,
    /// Prepared by.
    pub prepared_by: Option<Name>,
    /// Initial sections.
    pub sections: Vec<SectionEntry>,
    /// Carried over from a postponed item.
    pub postponed_from: Option<(MeetingId, AgendaItemId)>,
    /// After the agenda was published.
    pub after_publication: bool,
}

impl From<AgendaItemProposedV1> for AgendaItemProposed {
    /// Upcast: items proposed before visibility existed were public.
    fn from(v1: AgendaItemProposedV1) -> Self {
        Self {
            meeting_id: v1.meeting_id,
            item_id: v1.item_id,
            proposed_by: v1.proposed_by,
            title: v1.title,
            kind: v1.kind,
            visibility: Visibility::Open,
            case_reference: v1.case_reference,
            document_number: v1.document_number,
            time_slot: v1.time_slot,
            presenters: v1.presenters,
            guests: v1.guests,
            absent: Vec::new(),
            follows_up: None,
            prepared_by: v1.prepared_by,
            sections: v1.sections,
            postponed_from: v1.postponed_from,
            after_publication: v1.after_publication,
            proposed_by_person: None,
        }
    }
}

impl EventPayload for AgendaItemProposed {
    const SCHEMA_VERSION: u32 = 2;

    fn decode_version<'de, D: Deserializer<'de>>(
        schema_version: u32,
        data: D,
    ) -> Result<Self, D::Error> {
        match schema_version {
            1 => AgendaItemProposedV1::deserialize(data).map(Into::into),
            2 => Self::deserialize(data),
            v => Err(D::Error::custom(format_args!(
                "unsupported AgendaItemProposed schema version {v}"
            ))),
        }
    }
}

/// One section of an item was edited: `base_revision` → `revision` (= base + 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaItemEdited {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The section.
    pub section: Section,
    /// The revision the editor started from.
    pub base_revision: u64,
    /// The section's new revision.
    pub revision: u64,
    /// The new content.
    pub content: SectionContent,
    /// The editing organisation.
    pub edited_by: OrganizationId,
    /// After the agenda was published.
    pub after_publication: bool,
}

/// An item's details changed (full replacement of the details).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaItemDetailsChanged {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The new details revision.
    pub revision: u64,
    /// Title.
    pub title: Title,
    /// Kind.
    pub kind: ItemKind,
    /// Visibility.
    pub visibility: Visibility,
    /// Sags ID.
    pub case_reference: Option<CaseReference>,
    /// Dok ID.
    pub document_number: Option<DocumentNumber>,
    /// Time slot.
    pub time_slot: Option<TimeSlot>,
    /// Presenters.
    pub presenters: Vec<Name>,
    /// Guests.
    pub guests: Vec<Name>,
    /// Members absent for this item only (none in older events).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub absent: Vec<Name>,
    /// The earlier meeting's item this one follows up (none in older events).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows_up: Option<ItemRef>,
    /// Prepared by.
    pub prepared_by: Option<Name>,
    /// After the agenda was published.
    pub after_publication: bool,
}

/// A document was attached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentAttached {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The attachment.
    pub attachment_id: AttachmentId,
    /// Title.
    pub title: Title,
    /// Dok ID.
    pub document_number: Option<DocumentNumber>,
    /// The Sags ID it is filed under (absent in older events).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_reference: Option<CaseReference>,
    /// Link.
    pub uri: Option<Uri>,
    /// After the agenda was published.
    pub after_publication: bool,
}

/// An item was put on the agenda, at the end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaItemAccepted {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// After the agenda was published.
    pub after_publication: bool,
}

/// A proposed item was rejected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaItemRejected {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// Why.
    pub reason: Option<Markdown>,
    /// After the agenda was published.
    pub after_publication: bool,
}

/// The accepted items were reordered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaReordered {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// All accepted items in the new order.
    pub order: Vec<AgendaItemId>,
    /// After the agenda was published.
    pub after_publication: bool,
}

/// An item was withdrawn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaItemWithdrawn {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// Why.
    pub reason: Option<Markdown>,
    /// After the agenda was published.
    pub after_publication: bool,
}

/// An item was postponed to another meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaItemPostponed {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// Target meeting, if known.
    pub to_meeting: Option<MeetingId>,
    /// Why.
    pub reason: Option<Markdown>,
    /// After the agenda was published.
    pub after_publication: bool,
}

/// The agenda was published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgendaPublished {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// 1 for the first publication, then 2, 3... for updated agendas.
    pub edition: u32,
    /// When.
    pub published_at: DateTime<Utc>,
    /// The accepted items in agenda order, as published.
    pub items: Vec<AgendaItemId>,
}

/// The meeting opened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeetingOpened {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// When.
    pub opened_at: DateTime<Utc>,
}

/// Attendance lines were recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttendanceRecorded {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// Lines.
    pub entries: Vec<AttendanceEntry>,
}

/// An item is being discussed now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemTakenUp {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// When.
    pub at: DateTime<Utc>,
}

/// A decision was recorded on an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionRecorded {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The decision.
    pub decision_id: DecisionId,
    /// Text.
    pub text: Markdown,
    /// Outcomes, one per recommendation.
    pub outcomes: Vec<RecommendationOutcome>,
    /// The outcome of the item as a whole (instead of `outcomes`; absent in older events).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_outcome: Option<Outcome>,
    /// Reservations.
    pub reservations: Vec<Reservation>,
    /// When.
    pub recorded_at: DateTime<Utc>,
}

/// A decision was corrected. `after_approval` is true when the minutes were already
/// approved: such corrections are the explicit, visible kind DOMAIN.md requires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionCorrected {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The decision.
    pub decision_id: DecisionId,
    /// Corrected text.
    pub text: Markdown,
    /// Corrected outcomes.
    pub outcomes: Vec<RecommendationOutcome>,
    /// The corrected outcome of the item as a whole (absent in older events).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_outcome: Option<Outcome>,
    /// Corrected reservations.
    pub reservations: Vec<Reservation>,
    /// Why.
    pub reason: Markdown,
    /// True if the minutes had already been approved.
    pub after_approval: bool,
    /// When.
    pub corrected_at: DateTime<Utc>,
}

/// A follow-up action was assigned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUpAssigned {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The follow-up.
    pub follow_up_id: FollowUpId,
    /// What.
    pub description: Markdown,
    /// Who owns it.
    pub owner: FollowUpOwner,
    /// Due date.
    pub due: Option<NaiveDate>,
}

/// Schema version 1 of [`FollowUpAssigned`]: one owner organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUpAssignedV1 {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The follow-up.
    pub follow_up_id: FollowUpId,
    /// What.
    pub description: Markdown,
    /// Owner organisation.
    pub owner: OrganizationId,
    /// Due date.
    pub due: Option<NaiveDate>,
}

impl From<FollowUpAssignedV1> for FollowUpAssigned {
    /// Upcast: the one organisation becomes the list of one.
    fn from(v1: FollowUpAssignedV1) -> Self {
        Self {
            meeting_id: v1.meeting_id,
            item_id: v1.item_id,
            follow_up_id: v1.follow_up_id,
            description: v1.description,
            owner: FollowUpOwner::organization(v1.owner),
            due: v1.due,
        }
    }
}

impl EventPayload for FollowUpAssigned {
    const SCHEMA_VERSION: u32 = 2;

    fn decode_version<'de, D: Deserializer<'de>>(
        schema_version: u32,
        data: D,
    ) -> Result<Self, D::Error> {
        match schema_version {
            1 => FollowUpAssignedV1::deserialize(data).map(Into::into),
            2 => Self::deserialize(data),
            v => Err(D::Error::custom(format_args!(
                "unsupported FollowUpAssigned schema version {v}"
            ))),
        }
    }
}

/// A follow-up action was done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUpCompleted {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The follow-up.
    pub follow_up_id: FollowUpId,
    /// Note.
    pub note: Option<Markdown>,
}

/// A follow-up action was dropped.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUpDropped {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The follow-up.
    pub follow_up_id: FollowUpId,
    /// Why.
    pub reason: Option<Markdown>,
}

/// The meeting ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeetingAdjourned {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// When.
    pub adjourned_at: DateTime<Utc>,
}

/// The minutes were approved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MinutesApproved {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// When.
    pub approved_at: DateTime<Utc>,
    /// The meeting at which they were approved, if any.
    pub approved_at_meeting: Option<MeetingId>,
}

impl MeetingEvent {
    /// The item this event is about, if one. A reader who may not see that item (a closed item
    /// without a seat) does not see the event; events about the whole agenda (reordering,
    /// publication) are about the meeting.
    #[must_use]
    pub fn item(&self) -> Option<AgendaItemId> {
        match self {
            Self::AgendaItemProposed(e) => Some(e.item_id),
            Self::AgendaItemEdited(e) => Some(e.item_id),
            Self::AgendaItemDetailsChanged(e) => Some(e.item_id),
            Self::DocumentAttached(e) => Some(e.item_id),
            Self::AgendaItemAccepted(e) => Some(e.item_id),
            Self::AgendaItemRejected(e) => Some(e.item_id),
            Self::AgendaItemWithdrawn(e) => Some(e.item_id),
            Self::AgendaItemPostponed(e) => Some(e.item_id),
            Self::ItemTakenUp(e) => Some(e.item_id),
            Self::DecisionRecorded(e) => Some(e.item_id),
            Self::DecisionCorrected(e) => Some(e.item_id),
            Self::FollowUpAssigned(e) => Some(e.item_id),
            Self::FollowUpCompleted(e) => Some(e.item_id),
            Self::FollowUpDropped(e) => Some(e.item_id),
            Self::MeetingScheduled(_)
            | Self::MeetingRescheduled(_)
            | Self::MeetingCancelled(_)
            | Self::AgendaReordered(_)
            | Self::AgendaPublished(_)
            | Self::MeetingOpened(_)
            | Self::AttendanceRecorded(_)
            | Self::MeetingAdjourned(_)
            | Self::MinutesApproved(_) => None,
        }
    }

    /// The entity this event creates (see [`Created`]).
    fn creates(&self) -> Option<Created> {
        match self {
            Self::MeetingScheduled(e) => Some(Created::new(EntityKind::Meeting, e.meeting_id)),
            Self::AgendaItemProposed(e) => Some(Created::new(EntityKind::AgendaItem, e.item_id)),
            Self::DocumentAttached(e) => {
                Some(Created::new(EntityKind::Attachment, e.attachment_id))
            }
            Self::FollowUpAssigned(e) => Some(Created::new(EntityKind::FollowUp, e.follow_up_id)),
            Self::MeetingRescheduled(_)
            | Self::MeetingCancelled(_)
            | Self::AgendaItemEdited(_)
            | Self::AgendaItemDetailsChanged(_)
            | Self::AgendaItemAccepted(_)
            | Self::AgendaItemRejected(_)
            | Self::AgendaReordered(_)
            | Self::AgendaItemWithdrawn(_)
            | Self::AgendaItemPostponed(_)
            | Self::AgendaPublished(_)
            | Self::MeetingOpened(_)
            | Self::AttendanceRecorded(_)
            | Self::ItemTakenUp(_)
            | Self::DecisionRecorded(_)
            | Self::DecisionCorrected(_)
            | Self::FollowUpCompleted(_)
            | Self::FollowUpDropped(_)
            | Self::MeetingAdjourned(_)
            | Self::MinutesApproved(_) => None,
        }
    }
}
