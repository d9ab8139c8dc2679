//! Commands of the meeting stream.

use chrono::{DateTime, NaiveDate, Utc};

use super::follow_up::FollowUpOwner;
use super::types::*;
use crate::ids::*;
use crate::values::{CaseReference, DocumentNumber, Markdown, Name, Title, Uri};

/// Commands of the meeting stream (schedule, agenda, co-editing, live meeting, minutes).
#[derive(Debug, Clone, PartialEq)]
pub enum MeetingCommand {
    /// Schedule a meeting of a forum.
    ScheduleMeeting(ScheduleMeeting),
    /// Move the meeting or change where/how it takes place.
    RescheduleMeeting(RescheduleMeeting),
    /// Cancel the meeting (nothing is deleted).
    CancelMeeting(CancelMeeting),
    /// Propose an item (any member organisation of the partnership).
    ProposeAgendaItem(ProposeAgendaItem),
    /// Edit one section of an item from a base revision.
    EditAgendaItem(EditAgendaItem),
    /// Change an item's details (title, kind, visibility, time slot, ...).
    ChangeAgendaItemDetails(ChangeAgendaItemDetails),
    /// Attach a document (bilag) to an item.
    AttachDocument(AttachDocument),
    /// Put a proposed item on the agenda (at the end).
    AcceptAgendaItem(AcceptAgendaItem),
    /// Refuse a proposed item.
    RejectAgendaItem(RejectAgendaItem),
    /// Reorder the accepted items.
    ReorderAgenda(ReorderAgenda),
    /// The proposer (or secretariat/chair) withdraws an item.
    WithdrawAgendaItem(WithdrawAgendaItem),
    /// Move an item to another meeting.
    PostponeAgendaItem(PostponeAgendaItem),
    /// Publish (send out) the agenda; may be repeated to send an updated agenda.
    PublishAgenda(PublishAgenda),
    /// Open the meeting.
    OpenMeeting(OpenMeeting),
    /// Record attendance lines.
    RecordAttendance(RecordAttendance),
    /// "Now discussing" an item.
    TakeUpItem(TakeUpItem),
    /// Record the decision on an item (meeting open).
    RecordDecision(RecordDecision),
    /// Correct a recorded decision.
    CorrectDecision(CorrectDecision),
    /// Assign a follow-up action.
    AssignFollowUp(AssignFollowUp),
    /// Mark a follow-up action done.
    CompleteFollowUp(CompleteFollowUp),
    /// Drop a follow-up action.
    DropFollowUp(DropFollowUp),
    /// End the meeting.
    AdjournMeeting(AdjournMeeting),
    /// Approve the minutes (referat).
    ApproveMinutes(ApproveMinutes),
}

impl MeetingCommand {
    /// The meeting the command addresses (its stream is `meeting_id.stream_name()`).
    #[must_use]
    pub fn meeting_id(&self) -> MeetingId {
        match self {
            Self::ScheduleMeeting(c) => c.meeting_id,
            Self::RescheduleMeeting(c) => c.meeting_id,
            Self::CancelMeeting(c) => c.meeting_id,
            Self::ProposeAgendaItem(c) => c.meeting_id,
            Self::EditAgendaItem(c) => c.meeting_id,
            Self::ChangeAgendaItemDetails(c) => c.meeting_id,
            Self::AttachDocument(c) => c.meeting_id,
            Self::AcceptAgendaItem(c) => c.meeting_id,
            Self::RejectAgendaItem(c) => c.meeting_id,
            Self::ReorderAgenda(c) => c.meeting_id,
            Self::WithdrawAgendaItem(c) => c.meeting_id,
            Self::PostponeAgendaItem(c) => c.meeting_id,
            Self::PublishAgenda(c) => c.meeting_id,
            Self::OpenMeeting(c) => c.meeting_id,
            Self::RecordAttendance(c) => c.meeting_id,
            Self::TakeUpItem(c) => c.meeting_id,
            Self::RecordDecision(c) => c.meeting_id,
            Self::CorrectDecision(c) => c.meeting_id,
            Self::AssignFollowUp(c) => c.meeting_id,
            Self::CompleteFollowUp(c) => c.meeting_id,
            Self::DropFollowUp(c) => c.meeting_id,
            Self::AdjournMeeting(c) => c.meeting_id,
            Self::ApproveMinutes(c) => c.meeting_id,
        }
    }
}

/// See [`MeetingCommand::ScheduleMeeting`].
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleMeeting {
    /// The new meeting.
    pub meeting_id: MeetingId,
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// The forum that meets.
    pub forum_id: ForumId,
    /// Optional title ("Ekstraordinært møde ...").
    pub title: Option<Title>,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// End (after start), if known: minutes rarely give one.
    pub ends_at: Option<DateTime<Utc>>,
    /// Mode; must fit location/link.
    pub mode: MeetingMode,
    /// Room/address (in person, hybrid).
    pub location: Option<Location>,
    /// Online link (online, hybrid), if known ("Mødet holdes på Teams").
    pub online_link: Option<Uri>,
    /// Said explicitly: the place of an in-person or hybrid meeting is not given.
    pub place_not_given: bool,
}

/// See [`MeetingCommand::RescheduleMeeting`].
#[derive(Debug, Clone, PartialEq)]
pub struct RescheduleMeeting {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// New start.
    pub starts_at: DateTime<Utc>,
    /// New end, if known.
    pub ends_at: Option<DateTime<Utc>>,
    /// Mode.
    pub mode: MeetingMode,
    /// Location.
    pub location: Option<Location>,
    /// Online link, if known.
    pub online_link: Option<Uri>,
    /// Said explicitly: the place is not given.
    pub place_not_given: bool,
}

/// See [`MeetingCommand::CancelMeeting`].
#[derive(Debug, Clone, PartialEq)]
pub struct CancelMeeting {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// Why.
    pub reason: Option<Markdown>,
}

/// The descriptive details of an item (everything except sections and attachments).
#[derive(Debug, Clone, PartialEq)]
pub struct ItemDetails {
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
    /// Planned time slot.
    pub time_slot: Option<TimeSlot>,
    /// Presenters ("v. Hanne Andersen").
    pub presenters: Vec<Name>,
    /// Invited guests.
    pub guests: Vec<Name>,
    /// Members absent for this item only (the item's "Fraværende").
    pub absent: Vec<Name>,
    /// The earlier meeting's item this one follows up.
    pub follows_up: Option<ItemRef>,
    /// Prepared by (sagsbehandler / organisation).
    pub prepared_by: Option<Name>,
}

/// See [`MeetingCommand::ProposeAgendaItem`].
#[derive(Debug, Clone, PartialEq)]
pub struct ProposeAgendaItem {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The new item.
    pub item_id: AgendaItemId,
    /// Details.
    pub details: ItemDetails,
    /// Initial sections (each starts at revision 1).
    pub sections: Vec<SectionEntry>,
    /// When carried over from a postponed item of another meeting.
    pub postponed_from: Option<(MeetingId, AgendaItemId)>,
}

/// See [`MeetingCommand::EditAgendaItem`].
#[derive(Debug, Clone, PartialEq)]
pub struct EditAgendaItem {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The one section edited.
    pub section: Section,
    /// The section revision the editor started from (0 = section never written).
    pub base_revision: u64,
    /// The new content.
    pub content: SectionContent,
}

/// See [`MeetingCommand::ChangeAgendaItemDetails`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeAgendaItemDetails {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The details revision the editor started from.
    pub base_revision: u64,
    /// New details.
    pub details: ItemDetails,
}

/// See [`MeetingCommand::AttachDocument`].
#[derive(Debug, Clone, PartialEq)]
pub struct AttachDocument {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The attachment.
    pub attachment_id: AttachmentId,
    /// Title ("Flow diagram_endelig version.pptx").
    pub title: Title,
    /// Dok ID.
    pub document_number: Option<DocumentNumber>,
    /// The Sags ID it is filed under, when not the item's.
    pub case_reference: Option<CaseReference>,
    /// Link.
    pub uri: Option<Uri>,
}

/// See [`MeetingCommand::AcceptAgendaItem`].
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptAgendaItem {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
}

/// See [`MeetingCommand::RejectAgendaItem`].
#[derive(Debug, Clone, PartialEq)]
pub struct RejectAgendaItem {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// Why.
    pub reason: Option<Markdown>,
}

/// See [`MeetingCommand::ReorderAgenda`].
#[derive(Debug, Clone, PartialEq)]
pub struct ReorderAgenda {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// Exactly the accepted items, in their new order.
    pub order: Vec<AgendaItemId>,
}

/// See [`MeetingCommand::WithdrawAgendaItem`].
#[derive(Debug, Clone, PartialEq)]
pub struct WithdrawAgendaItem {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// Why.
    pub reason: Option<Markdown>,
}

/// See [`MeetingCommand::PostponeAgendaItem`].
#[derive(Debug, Clone, PartialEq)]
pub struct PostponeAgendaItem {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The meeting it moves to, if known.
    pub to_meeting: Option<MeetingId>,
    /// Why.
    pub reason: Option<Markdown>,
}

/// See [`MeetingCommand::PublishAgenda`].
#[derive(Debug, Clone, PartialEq)]
pub struct PublishAgenda {
    /// The meeting.
    pub meeting_id: MeetingId,
}

/// See [`MeetingCommand::OpenMeeting`].
#[derive(Debug, Clone, PartialEq)]
pub struct OpenMeeting {
    /// The meeting.
    pub meeting_id: MeetingId,
}

/// See [`MeetingCommand::RecordAttendance`].
#[derive(Debug, Clone, PartialEq)]
pub struct RecordAttendance {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// Lines; later lines for the same person replace earlier ones.
    pub entries: Vec<AttendanceEntry>,
}

/// See [`MeetingCommand::TakeUpItem`].
#[derive(Debug, Clone, PartialEq)]
pub struct TakeUpItem {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
}

/// See [`MeetingCommand::RecordDecision`].
#[derive(Debug, Clone, PartialEq)]
pub struct RecordDecision {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The decision's id.
    pub decision_id: DecisionId,
    /// Free text ("Beslutning").
    pub text: Markdown,
    /// One outcome per recommendation — or none, with `item_outcome`.
    pub outcomes: Vec<RecommendationOutcome>,
    /// One outcome for the item as a whole ("Drøftet.", "Dagsordenen blev godkendt."), for
    /// every recommendation it has; instead of `outcomes`.
    pub item_outcome: Option<Outcome>,
    /// Reservations by organisations.
    pub reservations: Vec<Reservation>,
}

/// See [`MeetingCommand::CorrectDecision`].
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectDecision {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The corrected text.
    pub text: Markdown,
    /// The corrected outcomes (again one per recommendation, or none with `item_outcome`).
    pub outcomes: Vec<RecommendationOutcome>,
    /// The corrected outcome of the item as a whole.
    pub item_outcome: Option<Outcome>,
    /// The corrected reservations.
    pub reservations: Vec<Reservation>,
    /// Why it is corrected.
    pub reason: Markdown,
}

/// See [`MeetingCommand::AssignFollowUp`].
#[derive(Debug, Clone, PartialEq)]
pub struct AssignFollowUp {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item it follows from.
    pub item_id: AgendaItemId,
    /// The follow-up.
    pub follow_up_id: FollowUpId,
    /// "Sekretariatet udarbejder ..."
    pub description: Markdown,
    /// Who owns it: organisation(s), the forum's secretariat or chair, or a person.
    pub owner: FollowUpOwner,
    /// Due date.
    pub due: Option<NaiveDate>,
}

/// See [`MeetingCommand::CompleteFollowUp`].
#[derive(Debug, Clone, PartialEq)]
pub struct CompleteFollowUp {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The follow-up.
    pub follow_up_id: FollowUpId,
    /// Note.
    pub note: Option<Markdown>,
}

/// See [`MeetingCommand::DropFollowUp`].
#[derive(Debug, Clone, PartialEq)]
pub struct DropFollowUp {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The follow-up.
    pub follow_up_id: FollowUpId,
    /// Why.
    pub reason: Option<Markdown>,
}

/// See [`MeetingCommand::AdjournMeeting`].
#[derive(Debug, Clone, PartialEq)]
pub struct AdjournMeeting {
    /// The meeting.
    pub meeting_id: MeetingId,
}

/// See [`MeetingCommand::ApproveMinutes`].
#[derive(Debug, Clone, PartialEq)]
pub struct ApproveMinutes {
    /// The meeting whose minutes are approved.
    pub meeting_id: MeetingId,
    /// The (later) meeting at which they were approved, if any.
    pub approved_at_meeting: Option<MeetingId>,
}
