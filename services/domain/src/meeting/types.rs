//! Value types of the meeting stream (shared by commands, events and state).

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use crate::ids::{AgendaItemId, MeetingId, OrganizationId, PersonId};
use crate::values::{Markdown, Name};

/// How a meeting takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingMode {
    /// In a room (needs a location, or the place said not to be given).
    InPerson,
    /// Online only (the link, if known).
    Online,
    /// Room + online link.
    Hybrid,
    /// Written procedure: no gathering (e.g. an allocation approved in writing).
    Written,
}

impl MeetingMode {
    /// The mode a place implies when none is given: a room and a link make a hybrid
    /// meeting, a room alone — or a place said not to be given — in person, a link alone
    /// online. Nothing at all implies nothing: a written procedure is never assumed.
    #[must_use]
    pub fn implied_by(
        has_location: bool,
        has_online_link: bool,
        place_not_given: bool,
    ) -> Option<Self> {
        match (has_location || place_not_given, has_online_link) {
            (true, true) => Some(Self::Hybrid),
            (true, false) => Some(Self::InPerson),
            (false, true) => Some(Self::Online),
            (false, false) => None,
        }
    }
}

/// Where a meeting is held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// Room, e.g. "Mødelokale 6 - stuen".
    pub room: Option<Name>,
    /// Address, e.g. "Regionshuset, Damhaven 12 7100 Vejle".
    pub address: Name,
}

/// The kind of an agenda item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// Godkendelse.
    Approval,
    /// Beslutning.
    Decision,
    /// Drøftelse.
    Discussion,
    /// Orientering.
    Information,
    /// Skriftlig orientering.
    WrittenInformation,
    /// Gensidig orientering.
    MutualInformation,
    /// Præsentation.
    Presentation,
    /// Pause: positioned on the agenda but not numbered, and never decided on.
    Break,
    /// Eventuelt.
    AnyOtherBusiness,
}

/// Visibility of an item: (Åben) / (Lukket).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Public.
    #[default]
    Open,
    /// Visible to the forum's members and the secretariat only.
    Closed,
}

/// A co-edited section of an agenda item, in the order the minutes render them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// Resumé.
    Summary,
    /// Indstilling: a preamble plus numbered proposals.
    Recommendations,
    /// Sagsfremstilling.
    Background,
    /// Økonomi.
    Finances,
    /// Tidligere beslutninger.
    PreviousDecisions,
    /// Koordinering med andre afdelinger.
    Coordination,
    /// Godkendt af.
    ApprovedBy,
}

impl Section {
    /// All sections in minutes order.
    pub const ALL: [Section; 7] = [
        Self::Summary,
        Self::Recommendations,
        Self::Background,
        Self::Finances,
        Self::PreviousDecisions,
        Self::Coordination,
        Self::ApprovedBy,
    ];
}

/// The content of a section. [`Section::Recommendations`] holds [`SectionContent::Recommendations`];
/// every other section holds [`SectionContent::Text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionContent {
    /// Markdown text.
    Text(Markdown),
    /// "Det indstilles, at ..." followed by proposals (numbered 1.. in decisions), written
    /// as numbered lines, bullets or one sentence.
    Recommendations {
        /// The lead-in text.
        preamble: Markdown,
        /// The proposals.
        proposals: Vec<Markdown>,
        /// How they are written (absent in older events: numbered).
        #[serde(default)]
        style: super::RecommendationStyle,
    },
}

impl SectionContent {
    /// True if this content shape belongs in the section.
    #[must_use]
    pub fn fits(&self, section: Section) -> bool {
        match self {
            Self::Text(_) => section != Section::Recommendations,
            Self::Recommendations { .. } => section == Section::Recommendations,
        }
    }

    /// The number of numbered proposals (0 for text).
    #[must_use]
    pub fn proposal_count(&self) -> usize {
        match self {
            Self::Text(_) => 0,
            Self::Recommendations { proposals, .. } => proposals.len(),
        }
    }

    /// Empty content for a section.
    #[must_use]
    pub fn empty_for(section: Section) -> Self {
        if section == Section::Recommendations {
            Self::Recommendations {
                preamble: Markdown::empty(),
                proposals: Vec::new(),
                style: super::RecommendationStyle::Numbered,
            }
        } else {
            Self::Text(Markdown::empty())
        }
    }
}

/// A section with its content, as carried in commands and events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionEntry {
    /// The section.
    pub section: Section,
    /// Its content.
    pub content: SectionContent,
}

/// A planned time slot ("kl. 14:30–14:45"), local time of the meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TimeSlot {
    /// Start.
    pub start: NaiveTime,
    /// End (after start).
    pub end: NaiveTime,
}

/// The outcome of one recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Godkendt.
    Approved,
    /// Godkendt med ændringer.
    ApprovedWithChanges,
    /// Afvist.
    Rejected,
    /// Taget til efterretning.
    Noted,
    /// Drøftet.
    Discussed,
    /// Udsat.
    Postponed,
    /// Not stated: minutes from before Samraad record the decision's words but not what it
    /// did to this recommendation (imported history). Approves nothing.
    NotStated,
}

/// The outcome for recommendation number `recommendation` (1-based).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecommendationOutcome {
    /// 1-based number of the recommendation.
    pub recommendation: u32,
    /// The outcome.
    pub outcome: Outcome,
    /// Free text for this recommendation (e.g. "Punktet om sundhedsberedskabsplan tilføjes").
    pub note: Option<Markdown>,
}

/// A reservation by an organisation ("PLO har forbehold ...").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reservation {
    /// The organisation, if registered.
    pub organization_id: Option<OrganizationId>,
    /// The organisation's name as written.
    pub organization_name: Name,
    /// The reservation.
    pub text: Markdown,
    /// The recommendation it concerns, if one.
    pub recommendation: Option<u32>,
}

/// How a person attended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttendanceStatus {
    /// Present (the minutes do not say where).
    Present,
    /// Present in the room.
    PresentInRoom,
    /// Present online.
    PresentOnline,
    /// Absent without apologies.
    Absent,
    /// Sent apologies (afbud).
    Apologies,
}

impl AttendanceStatus {
    /// True for the present statuses.
    #[must_use]
    pub const fn is_present(self) -> bool {
        matches!(
            self,
            Self::Present | Self::PresentInRoom | Self::PresentOnline
        )
    }
}

/// One line of attendance. The latest entry for the same person (id, else name) wins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttendanceEntry {
    /// The person, if known to the system.
    pub person_id: Option<PersonId>,
    /// Name as in the minutes.
    pub name: Name,
    /// The organisation represented.
    pub organization_id: Option<OrganizationId>,
    /// Status.
    pub status: AttendanceStatus,
    /// Substitute for this person.
    pub substitute_for: Option<Name>,
    /// Guest for a given item only.
    pub guest_for_item: Option<AgendaItemId>,
    /// Joined late ("deltager fra kl. 15.10").
    pub joined_at: Option<NaiveTime>,
    /// Left early.
    pub left_at: Option<NaiveTime>,
}

/// An agenda item of another meeting: the earlier item an item follows up ("opfølgning på
/// møde i Politisk Niveau den 4. april 2025").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ItemRef {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
}

/// The decision a fund allocation (or initiative approval) rests on: meeting + item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DecisionRef {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item.
    pub item_id: AgendaItemId,
    /// The recommendation (1-based), if one.
    pub recommendation: Option<u32>,
}

/// Where an item is in its life on the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    /// Proposed, awaiting the secretariat/chair.
    Proposed,
    /// On the agenda (numbered unless a break).
    Accepted,
    /// Rejected by the secretariat/chair.
    Rejected,
    /// Withdrawn by its proposer.
    Withdrawn,
    /// Moved to another meeting.
    Postponed,
}

/// A meeting's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    /// Not scheduled yet (empty stream).
    #[default]
    Unscheduled,
    /// Scheduled (agenda drafting / published).
    Scheduled,
    /// In session.
    Open,
    /// Ended; minutes may be approved.
    Adjourned,
    /// Cancelled.
    Cancelled,
}

/// A follow-up action's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpStatus {
    /// Open.
    Open,
    /// Done.
    Done,
    /// Dropped.
    Dropped,
}
