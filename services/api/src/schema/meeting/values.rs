//! GraphQL enums of the meeting context and the Markdown form of an item's sections.

use async_graphql::Enum;
use samraad_domain::Markdown;
use samraad_domain::meeting::recommendations::{section_content, write_recommendations};
use samraad_domain::meeting::{self as dm, SectionContent};

/// How a meeting gathers.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::meeting::MeetingMode")]
pub enum MeetingMode {
    /// In a room.
    InPerson,
    /// Online only (e.g. Teams).
    Online,
    /// Room and online.
    Hybrid,
    /// A written procedure, no gathering.
    Written,
}

/// Where a meeting is in its life.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::meeting::MeetingStatus")]
pub enum MeetingStatus {
    /// Not scheduled (never visible).
    Unscheduled,
    /// Scheduled, not yet open.
    Scheduled,
    /// In session.
    Open,
    /// Adjourned.
    Adjourned,
    /// Cancelled.
    Cancelled,
}

/// The kind of an agenda item.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::meeting::ItemKind")]
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
    /// Pause.
    Break,
    /// Eventuelt.
    AnyOtherBusiness,
}

/// How recommendations are written.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::meeting::RecommendationStyle")]
pub enum RecommendationStyle {
    /// "1. Godkender …".
    Numbered,
    /// "- Godkender dagsorden".
    Bullets,
    /// One sentence, no list: the sentence is the one proposal.
    Sentence,
}

/// Who may see an item.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::meeting::Visibility")]
pub enum Visibility {
    /// Åben: public.
    Open,
    /// Lukket: members of the forum and its secretariat only.
    Closed,
}

/// A section of an agenda item.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::meeting::Section")]
pub enum Section {
    /// Resumé.
    Summary,
    /// Indstilling: a preamble and numbered proposals.
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

/// The status of an agenda item.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::meeting::ItemStatus")]
pub enum ItemStatus {
    /// Proposed, awaiting the secretariat or chair.
    Proposed,
    /// On the agenda.
    Accepted,
    /// Rejected.
    Rejected,
    /// Withdrawn by its proposer.
    Withdrawn,
    /// Moved to another meeting.
    Postponed,
}

/// The outcome of one recommendation.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::meeting::Outcome")]
pub enum Outcome {
    /// Godkendt.
    Approved,
    /// Godkendt med ændringer.
    ApprovedWithChanges,
    /// Ikke godkendt.
    Rejected,
    /// Taget til efterretning.
    Noted,
    /// Drøftet.
    Discussed,
    /// Udsat.
    Postponed,
    /// Not stated: imported minutes record the decision's words but not this outcome.
    /// Approves nothing.
    NotStated,
}

/// Attendance of a person.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::meeting::AttendanceStatus")]
pub enum AttendanceStatus {
    /// Present.
    Present,
    /// Present in the room.
    PresentInRoom,
    /// Present online.
    PresentOnline,
    /// Absent (fraværende).
    Absent,
    /// Sent apologies (afbud).
    Apologies,
}

/// The status of a follow-up action.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "samraad_domain::meeting::FollowUpStatus")]
pub enum FollowUpStatus {
    /// Open.
    Open,
    /// Done.
    Done,
    /// Dropped.
    Dropped,
}

/// The format of rendered minutes.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug, Default)]
pub enum MinutesFormat {
    /// Markdown.
    #[default]
    Markdown,
    /// HTML.
    Html,
}

/// The GraphQL name of a section (as in `extensions.current.section`).
pub fn section_name(section: dm::Section) -> &'static str {
    match section {
        dm::Section::Summary => "SUMMARY",
        dm::Section::Recommendations => "RECOMMENDATIONS",
        dm::Section::Background => "BACKGROUND",
        dm::Section::Finances => "FINANCES",
        dm::Section::PreviousDecisions => "PREVIOUS_DECISIONS",
        dm::Section::Coordination => "COORDINATION",
        dm::Section::ApprovedBy => "APPROVED_BY",
    }
}

/// A section's content as one Markdown text: recommendations are the preamble followed by
/// the proposals in the form they were written in (numbered, bullets, one sentence) — exactly
/// what [`parse_section_text`] reads back.
pub fn section_text(content: &SectionContent) -> String {
    match content {
        SectionContent::Text(text) => text.as_str().to_string(),
        SectionContent::Recommendations {
            preamble,
            proposals,
            style,
        } => {
            let proposals: Vec<&str> = proposals.iter().map(Markdown::as_str).collect();
            write_recommendations(preamble.as_str(), &proposals, *style)
        }
    }
}

/// Parses a section's Markdown text; recommendations as the domain reads them (numbered
/// lines, bullets or one sentence; continuation lines belong to the proposal above).
pub fn parse_section_text(
    section: dm::Section,
    text: &str,
) -> Result<SectionContent, async_graphql::Error> {
    section_content(section, text).map_err(|e| crate::errors::invalid("text", e))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn recommendation_text_round_trips() {
        let text =
            "Det indstilles, at forummet\n1. Drøfter oplægget\n2. Godkender planen\nmed ændringer";
        let content = parse_section_text(dm::Section::Recommendations, text).unwrap();
        assert_eq!(content.proposal_count(), 2);
        let rendered = section_text(&content);
        assert_eq!(
            rendered,
            "Det indstilles, at forummet\n1. Drøfter oplægget\n2. Godkender planen\nmed ændringer"
        );
        let bullets = "Det indstilles, at FSF\n- Godkender dagsorden";
        let content = parse_section_text(dm::Section::Recommendations, bullets).unwrap();
        assert_eq!(content.proposal_count(), 1);
        assert_eq!(section_text(&content), bullets);
    }
}
