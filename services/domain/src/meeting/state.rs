//! The meeting state folded from its events, with the read accessors the application needs.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};

use super::event::*;
use super::follow_up::FollowUpOwner;
use super::types::*;
use crate::ids::*;
use crate::values::{CaseReference, DocumentNumber, Markdown, Name, Title, Uri};

/// When, where and by whom a meeting is held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingInfo {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// The forum.
    pub forum_id: ForumId,
    /// Title.
    pub title: Option<Title>,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End, if known.
    pub ends_at: Option<DateTime<Utc>>,
    /// Mode.
    pub mode: MeetingMode,
    /// Location.
    pub location: Option<Location>,
    /// Online link, if known.
    pub online_link: Option<Uri>,
    /// The place is explicitly not given.
    pub place_not_given: bool,
}

/// A section's current content and revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionState {
    /// Content.
    pub content: SectionContent,
    /// Revision: 1 after the first write, +1 per accepted edit.
    pub revision: u64,
}

/// An attached document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// Id.
    pub attachment_id: AttachmentId,
    /// Title.
    pub title: Title,
    /// Dok ID.
    pub document_number: Option<DocumentNumber>,
    /// The Sags ID it is filed under.
    pub case_reference: Option<CaseReference>,
    /// Link.
    pub uri: Option<Uri>,
}

/// A decision as it currently stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// Id.
    pub decision_id: DecisionId,
    /// Text.
    pub text: Markdown,
    /// Outcomes, one per recommendation.
    pub outcomes: Vec<RecommendationOutcome>,
    /// The outcome of the item as a whole (then `outcomes` is empty).
    pub item_outcome: Option<Outcome>,
    /// Reservations.
    pub reservations: Vec<Reservation>,
    /// How many corrections were made.
    pub corrections: u32,
    /// True if a correction was made after the minutes were approved.
    pub corrected_after_approval: bool,
}

/// A follow-up action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    /// The item.
    pub item_id: AgendaItemId,
    /// What.
    pub description: Markdown,
    /// Who owns it.
    pub owner: FollowUpOwner,
    /// Due.
    pub due: Option<NaiveDate>,
    /// Status.
    pub status: FollowUpStatus,
}

/// An agenda item as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaItem {
    /// Id.
    pub item_id: AgendaItemId,
    /// Proposing organisation.
    pub proposed_by: OrganizationId,
    /// The person who proposed it, when recorded.
    pub proposed_by_person: Option<PersonId>,
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
    /// Members absent for this item only.
    pub absent: Vec<Name>,
    /// The earlier meeting's item this one follows up.
    pub follows_up: Option<ItemRef>,
    /// Prepared by.
    pub prepared_by: Option<Name>,
    /// Details revision (1 at proposal, +1 per details change).
    pub details_revision: u64,
    /// Status.
    pub status: ItemStatus,
    /// Sections that have been written.
    pub sections: BTreeMap<Section, SectionState>,
    /// Attachments.
    pub attachments: Vec<Attachment>,
    /// The decision, once recorded.
    pub decision: Option<Decision>,
    /// True once taken up in the meeting.
    pub taken_up: bool,
    /// Carried over from.
    pub postponed_from: Option<(MeetingId, AgendaItemId)>,
    /// Postponed to.
    pub postponed_to: Option<MeetingId>,
    /// True if proposed or changed after the agenda was published.
    pub changed_after_publication: bool,
}

impl AgendaItem {
    /// The section's content and revision; never-written sections are empty at revision 0.
    #[must_use]
    pub fn section(&self, section: Section) -> (SectionContent, u64) {
        self.sections.get(&section).map_or_else(
            || (SectionContent::empty_for(section), 0),
            |s| (s.content.clone(), s.revision),
        )
    }

    /// The section's revision (0 if never written).
    #[must_use]
    pub fn section_revision(&self, section: Section) -> u64 {
        self.sections.get(&section).map_or(0, |s| s.revision)
    }

    /// The number of numbered recommendations (proposals of the recommendations section).
    #[must_use]
    pub fn recommendation_count(&self) -> usize {
        self.sections
            .get(&Section::Recommendations)
            .map_or(0, |s| s.content.proposal_count())
    }
}

/// One line of the agenda: an accepted item and its number (breaks have none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgendaLine<'a> {
    /// 1..n over accepted, non-break items in agenda order.
    pub number: Option<u32>,
    /// The item.
    pub item: &'a AgendaItem,
}

/// State of a meeting stream.
///
/// The large parts are shared: items and follow-ups behind `Arc`s, copied on write (one item
/// per event), attendance in a persistent list. A copy of the state costs a few pointer
/// copies and an event copies only what it changes, however long the meeting has run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeetingState {
    pub(super) info: Option<MeetingInfo>,
    pub(super) status: MeetingStatus,
    pub(super) published_edition: u32,
    pub(super) published_items: Vec<AgendaItemId>,
    pub(super) items: Arc<BTreeMap<AgendaItemId, Arc<AgendaItem>>>,
    /// Every item in proposal order.
    pub(super) proposal_order: Vec<AgendaItemId>,
    /// Accepted items in agenda order.
    pub(super) order: Vec<AgendaItemId>,
    pub(super) attendance: super::attendance::Attendance,
    pub(super) current_item: Option<AgendaItemId>,
    pub(super) follow_ups: Arc<BTreeMap<FollowUpId, FollowUp>>,
    /// Follow-ups in the order they were assigned.
    pub(super) follow_up_order: Arc<Vec<FollowUpId>>,
    pub(super) minutes_approved_at: Option<DateTime<Utc>>,
}

impl MeetingState {
    /// Schedule facts, once scheduled.
    #[must_use]
    pub fn info(&self) -> Option<&MeetingInfo> {
        self.info.as_ref()
    }

    /// The meeting id, once scheduled.
    #[must_use]
    pub fn meeting_id(&self) -> Option<MeetingId> {
        self.info.as_ref().map(|i| i.meeting_id)
    }

    /// The partnership, once scheduled.
    #[must_use]
    pub fn partnership_id(&self) -> Option<PartnershipId> {
        self.info.as_ref().map(|i| i.partnership_id)
    }

    /// The forum, once scheduled.
    #[must_use]
    pub fn forum_id(&self) -> Option<ForumId> {
        self.info.as_ref().map(|i| i.forum_id)
    }

    /// Status.
    #[must_use]
    pub fn status(&self) -> MeetingStatus {
        self.status
    }

    /// True once the agenda has been published.
    #[must_use]
    pub fn is_published(&self) -> bool {
        self.published_edition > 0
    }

    /// The number of times the agenda was published (0 = never).
    #[must_use]
    pub fn published_edition(&self) -> u32 {
        self.published_edition
    }

    /// The items in agenda order as last published.
    #[must_use]
    pub fn published_items(&self) -> &[AgendaItemId] {
        &self.published_items
    }

    /// An item (any status).
    #[must_use]
    pub fn item(&self, item_id: AgendaItemId) -> Option<&AgendaItem> {
        self.items.get(&item_id).map(|item| &**item)
    }

    /// All items (any status) in proposal order.
    pub fn items(&self) -> impl Iterator<Item = &AgendaItem> {
        self.proposal_order.iter().filter_map(|id| self.item(*id))
    }

    /// A section's current content and revision, e.g. for conflict reporting.
    #[must_use]
    pub fn section(
        &self,
        item_id: AgendaItemId,
        section: Section,
    ) -> Option<(SectionContent, u64)> {
        self.items.get(&item_id).map(|i| i.section(section))
    }

    /// The agenda: accepted items in order, numbered 1..n; breaks are positioned but unnumbered
    /// (as in the minutes: "Punkt : Pause").
    #[must_use]
    pub fn agenda(&self) -> Vec<AgendaLine<'_>> {
        self.numbered(&self.order)
    }

    /// The agenda as last published: its items in published order, numbered the same way
    /// (items removed since are left out).
    #[must_use]
    pub fn published_agenda(&self) -> Vec<AgendaLine<'_>> {
        self.numbered(&self.published_items)
    }

    /// Items in `order`, numbered 1, 2, … skipping breaks.
    fn numbered<'a>(&'a self, order: &[AgendaItemId]) -> Vec<AgendaLine<'a>> {
        let mut next = 0;
        order
            .iter()
            .filter_map(|id| self.item(*id))
            .map(|item| {
                let number = if item.kind == ItemKind::Break {
                    None
                } else {
                    next += 1;
                    Some(next)
                };
                AgendaLine { number, item }
            })
            .collect()
    }

    /// The agenda number of an item, if it is accepted and not a break.
    #[must_use]
    pub fn number_of(&self, item_id: AgendaItemId) -> Option<u32> {
        self.agenda()
            .into_iter()
            .find(|l| l.item.item_id == item_id)
            .and_then(|l| l.number)
    }

    /// Accepted item ids in agenda order.
    #[must_use]
    pub fn order(&self) -> &[AgendaItemId] {
        &self.order
    }

    /// Attendance, one line per person.
    pub fn attendance(&self) -> impl ExactSizeIterator<Item = &AttendanceEntry> {
        self.attendance.iter()
    }

    /// The item being discussed now.
    #[must_use]
    pub fn current_item(&self) -> Option<AgendaItemId> {
        self.current_item
    }

    /// Follow-up actions.
    #[must_use]
    pub fn follow_ups(&self) -> &BTreeMap<FollowUpId, FollowUp> {
        &self.follow_ups
    }

    /// Follow-up actions in the order they were assigned.
    pub fn follow_ups_in_order(&self) -> impl Iterator<Item = (FollowUpId, &FollowUp)> {
        self.follow_up_order
            .iter()
            .filter_map(|id| self.follow_ups.get(id).map(|f| (*id, f)))
    }

    /// When the minutes were approved.
    #[must_use]
    pub fn minutes_approved_at(&self) -> Option<DateTime<Utc>> {
        self.minutes_approved_at
    }

    pub(super) fn evolve(mut self, event: &MeetingEvent) -> Self {
        match event {
            MeetingEvent::MeetingScheduled(e) => {
                self.info = Some(MeetingInfo {
                    meeting_id: e.meeting_id,
                    partnership_id: e.partnership_id,
                    forum_id: e.forum_id,
                    title: e.title.clone(),
                    starts_at: e.starts_at,
                    ends_at: e.ends_at,
                    mode: e.mode,
                    location: e.location.clone(),
                    online_link: e.online_link.clone(),
                    place_not_given: e.place_not_given,
                });
                self.status = MeetingStatus::Scheduled;
            }
            MeetingEvent::MeetingRescheduled(e) => {
                if let Some(info) = self.info.as_mut() {
                    info.starts_at = e.starts_at;
                    info.ends_at = e.ends_at;
                    info.mode = e.mode;
                    info.location = e.location.clone();
                    info.online_link = e.online_link.clone();
                    info.place_not_given = e.place_not_given;
                }
            }
            MeetingEvent::MeetingCancelled(_) => self.status = MeetingStatus::Cancelled,
            MeetingEvent::AgendaItemProposed(e) => {
                let sections = e
                    .sections
                    .iter()
                    .map(|s| {
                        (
                            s.section,
                            SectionState {
                                content: s.content.clone(),
                                revision: 1,
                            },
                        )
                    })
                    .collect();
                Arc::make_mut(&mut self.items).insert(
                    e.item_id,
                    Arc::new(AgendaItem {
                        item_id: e.item_id,
                        proposed_by: e.proposed_by,
                        proposed_by_person: e.proposed_by_person,
                        title: e.title.clone(),
                        kind: e.kind,
                        visibility: e.visibility,
                        case_reference: e.case_reference.clone(),
                        document_number: e.document_number.clone(),
                        time_slot: e.time_slot,
                        presenters: e.presenters.clone(),
                        guests: e.guests.clone(),
                        absent: e.absent.clone(),
                        follows_up: e.follows_up,
                        prepared_by: e.prepared_by.clone(),
                        details_revision: 1,
                        status: ItemStatus::Proposed,
                        sections,
                        attachments: Vec::new(),
                        decision: None,
                        taken_up: false,
                        postponed_from: e.postponed_from,
                        postponed_to: None,
                        changed_after_publication: e.after_publication,
                    }),
                );
                self.proposal_order.push(e.item_id);
            }
            MeetingEvent::AgendaItemEdited(e) => {
                if let Some(item) = self.item_mut(e.item_id) {
                    item.sections.insert(
                        e.section,
                        SectionState {
                            content: e.content.clone(),
                            revision: e.revision,
                        },
                    );
                    item.changed_after_publication |= e.after_publication;
                }
            }
            MeetingEvent::AgendaItemDetailsChanged(e) => {
                if let Some(item) = self.item_mut(e.item_id) {
                    item.details_revision = e.revision;
                    item.title = e.title.clone();
                    item.kind = e.kind;
                    item.visibility = e.visibility;
                    item.case_reference = e.case_reference.clone();
                    item.document_number = e.document_number.clone();
                    item.time_slot = e.time_slot;
                    item.presenters = e.presenters.clone();
                    item.guests = e.guests.clone();
                    item.absent = e.absent.clone();
                    item.follows_up = e.follows_up;
                    item.prepared_by = e.prepared_by.clone();
                    item.changed_after_publication |= e.after_publication;
                }
            }
            MeetingEvent::DocumentAttached(e) => {
                if let Some(item) = self.item_mut(e.item_id) {
                    item.attachments.push(Attachment {
                        attachment_id: e.attachment_id,
                        title: e.title.clone(),
                        document_number: e.document_number.clone(),
                        case_reference: e.case_reference.clone(),
                        uri: e.uri.clone(),
                    });
                    item.changed_after_publication |= e.after_publication;
                }
            }
            MeetingEvent::AgendaItemAccepted(e) => {
                self.set_status(e.item_id, ItemStatus::Accepted, e.after_publication);
                if !self.order.contains(&e.item_id) {
                    self.order.push(e.item_id);
                }
            }
            MeetingEvent::AgendaItemRejected(e) => {
                self.set_status(e.item_id, ItemStatus::Rejected, e.after_publication);
            }
            MeetingEvent::AgendaReordered(e) => self.order = e.order.clone(),
            MeetingEvent::AgendaItemWithdrawn(e) => {
                self.set_status(e.item_id, ItemStatus::Withdrawn, e.after_publication);
            }
            MeetingEvent::AgendaItemPostponed(e) => {
                self.set_status(e.item_id, ItemStatus::Postponed, e.after_publication);
                if let Some(item) = self.item_mut(e.item_id) {
                    item.postponed_to = e.to_meeting;
                }
            }
            MeetingEvent::AgendaPublished(e) => {
                self.published_edition = e.edition;
                self.published_items = e.items.clone();
            }
            MeetingEvent::MeetingOpened(_) => self.status = MeetingStatus::Open,
            MeetingEvent::AttendanceRecorded(e) => {
                for entry in &e.entries {
                    self.attendance.record(entry);
                }
            }
            MeetingEvent::ItemTakenUp(e) => {
                self.current_item = Some(e.item_id);
                if let Some(item) = self.item_mut(e.item_id) {
                    item.taken_up = true;
                }
            }
            MeetingEvent::DecisionRecorded(e) => {
                if let Some(item) = self.item_mut(e.item_id) {
                    item.decision = Some(Decision {
                        decision_id: e.decision_id,
                        text: e.text.clone(),
                        outcomes: e.outcomes.clone(),
                        item_outcome: e.item_outcome,
                        reservations: e.reservations.clone(),
                        corrections: 0,
                        corrected_after_approval: false,
                    });
                }
            }
            MeetingEvent::DecisionCorrected(e) => {
                if let Some(d) = self.item_mut(e.item_id).and_then(|i| i.decision.as_mut()) {
                    d.text = e.text.clone();
                    d.outcomes = e.outcomes.clone();
                    d.item_outcome = e.item_outcome;
                    d.reservations = e.reservations.clone();
                    d.corrections += 1;
                    d.corrected_after_approval |= e.after_approval;
                }
            }
            MeetingEvent::FollowUpAssigned(e) => {
                if !self.follow_ups.contains_key(&e.follow_up_id) {
                    Arc::make_mut(&mut self.follow_up_order).push(e.follow_up_id);
                }
                Arc::make_mut(&mut self.follow_ups).insert(
                    e.follow_up_id,
                    FollowUp {
                        item_id: e.item_id,
                        description: e.description.clone(),
                        owner: e.owner.clone(),
                        due: e.due,
                        status: FollowUpStatus::Open,
                    },
                );
            }
            MeetingEvent::FollowUpCompleted(e) => {
                if let Some(f) = Arc::make_mut(&mut self.follow_ups).get_mut(&e.follow_up_id) {
                    f.status = FollowUpStatus::Done;
                }
            }
            MeetingEvent::FollowUpDropped(e) => {
                if let Some(f) = Arc::make_mut(&mut self.follow_ups).get_mut(&e.follow_up_id) {
                    f.status = FollowUpStatus::Dropped;
                }
            }
            MeetingEvent::MeetingAdjourned(_) => {
                self.status = MeetingStatus::Adjourned;
                self.current_item = None;
            }
            MeetingEvent::MinutesApproved(e) => self.minutes_approved_at = Some(e.approved_at),
        }
        self
    }

    /// The item to change in place (copied first if a snapshot still shares it).
    fn item_mut(&mut self, item_id: AgendaItemId) -> Option<&mut AgendaItem> {
        if !self.items.contains_key(&item_id) {
            return None;
        }
        Arc::make_mut(&mut self.items)
            .get_mut(&item_id)
            .map(Arc::make_mut)
    }

    fn set_status(&mut self, item_id: AgendaItemId, status: ItemStatus, after_publication: bool) {
        if let Some(item) = self.item_mut(item_id) {
            item.status = status;
            item.changed_after_publication |= after_publication;
        }
        if status != ItemStatus::Accepted {
            self.order.retain(|id| *id != item_id);
        }
    }
}
