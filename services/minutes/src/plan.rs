//! Minutes as the meeting commands that would have made them: schedule, propose and accept
//! each item with its sections and attachments, publish, open, record attendance, take up each
//! item and record its decision, adjourn — each at the time the minutes give (the meeting's
//! date and start, an item's time slot).
//!
//! Ids are derived from the partnership and the document's text, so the same document planned
//! again yields the same commands (and an import of it appends nothing).

use chrono::{DateTime, NaiveDateTime, NaiveTime, TimeZone as _, Utc};
use samraad_domain::meeting::{
    self as dm, AttendanceEntry, AttendanceStatus, Location, MeetingCommand, MeetingMode,
};
use samraad_domain::{
    AgendaItemId, AttachmentId, CaseReference, DecisionId, DocumentNumber, DomainError, ForumId,
    Markdown, MeetingId, Name, OrganizationId, PartnershipId, PersonId, TimeZone, Title, Uri,
};
use sha2::{Digest, Sha256};
use uuid::Uuid;

mod content;
mod decided;

use content::item_content;
use decided::{follow_ups, outcomes};

use crate::{Minutes, Place, Warning};

/// Where the minutes go.
pub struct Target<'a> {
    /// The partnership.
    pub partnership_id: PartnershipId,
    /// The forum that met.
    pub forum_id: ForumId,
    /// The partnership's time zone: the minutes' times are local.
    pub time_zone: TimeZone,
    /// A member of the partnership by name (as the minutes write it), if there is one.
    pub person: &'a dyn Fn(&str) -> Option<(PersonId, OrganizationId)>,
}

/// What a document of minutes holds, counted as it is planned.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Agenda items.
    pub items: usize,
    /// Recommendations (proposals of the Indstilling sections).
    pub recommendations: usize,
    /// Decisions recorded.
    pub decisions: usize,
    /// Outcomes read from the decisions' wording (per recommendation or for the item).
    pub outcomes: usize,
    /// Attachments.
    pub attachments: usize,
    /// Follow-ups read from the decisions (an owner and a task).
    pub follow_ups: usize,
    /// Lines of attendance (participants, apologies, absentees of the meeting).
    pub people: usize,
    /// People matched by name to members of the partnership.
    pub people_matched: usize,
}

/// The commands of one meeting, each with the time it occurred.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The meeting's id (derived from the partnership and the document).
    pub meeting_id: MeetingId,
    /// The commands, in order.
    pub commands: Vec<(MeetingCommand, DateTime<Utc>)>,
    /// What they hold.
    pub counts: Counts,
    /// What planning read around, in addition to the reader's warnings.
    pub warnings: Vec<Warning>,
}

/// Minutes whose content cannot be held (a value beyond what the model allows).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct PlanError {
    /// 1-based line of the source.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// A stable id for `purpose` within the document `key`.
pub(crate) fn derived(key: &[u8; 32], purpose: &str, index: usize) -> Uuid {
    let mut hash = Sha256::new();
    hash.update(key);
    hash.update(purpose.as_bytes());
    hash.update(index.to_be_bytes());
    let digest = hash.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes).into_uuid()
}

/// The key of a document in a partnership: its text, whatever encoding it came in.
pub fn document_key(partnership: PartnershipId, text: &str) -> [u8; 32] {
    let mut hash = Sha256::new();
    hash.update(partnership.as_uuid().as_bytes());
    hash.update(text.as_bytes());
    hash.finalize().into()
}

/// The commands id for the `index`-th unit of work of a document (a stable idempotency key).
pub fn command_id(key: &[u8; 32], index: usize) -> Uuid {
    derived(key, "command", index)
}

/// Plans `minutes`, read from the document with `key`, into `target`.
pub fn plan(minutes: &Minutes, key: &[u8; 32], target: &Target<'_>) -> Result<Plan, PlanError> {
    let mut warnings = Vec::new();
    let mut counts = Counts::default();
    let meeting_id = MeetingId::from_uuid(derived(key, "meeting", 0));
    let start_time = minutes.starts_at.unwrap_or_else(|| {
        warnings.push(Warning {
            line: 1,
            message: "no start time (\"kl. 14:30\"); the meeting is placed at 00:00".into(),
        });
        NaiveTime::MIN
    });
    let at = |time: NaiveTime| utc(target.time_zone, minutes.date.and_time(time));
    let start = at(start_time);
    let ends_at = minutes.ends_at.filter(|e| *e > start_time).map(at);
    let (mode, location, online_link, place_not_given) = place(&minutes.place, &mut warnings)?;
    let mut commands = vec![(
        MeetingCommand::ScheduleMeeting(dm::ScheduleMeeting {
            meeting_id,
            partnership_id: target.partnership_id,
            forum_id: target.forum_id,
            title: None,
            starts_at: start,
            ends_at,
            mode,
            location,
            online_link,
            place_not_given,
        }),
        start,
    )];
    let item_ids: Vec<AgendaItemId> = (0..minutes.items.len())
        .map(|k| AgendaItemId::from_uuid(derived(key, "item", k)))
        .collect();
    for (k, item) in minutes.items.iter().enumerate() {
        let item_id = item_ids[k];
        let (details, sections) = item_content(item, &mut warnings)?;
        counts.items += 1;
        counts.recommendations += item.recommendations.proposals.len();
        commands.push((
            MeetingCommand::ProposeAgendaItem(dm::ProposeAgendaItem {
                meeting_id,
                item_id,
                details,
                sections,
                postponed_from: None,
            }),
            start,
        ));
        commands.push((
            MeetingCommand::AcceptAgendaItem(dm::AcceptAgendaItem {
                meeting_id,
                item_id,
            }),
            start,
        ));
        for (j, attachment) in item.attachments.iter().enumerate() {
            counts.attachments += 1;
            let invalid = |e: DomainError| PlanError {
                line: item.line,
                message: format!("attachment {:?}: {e}", attachment.title),
            };
            let document_number = attachment
                .document_id
                .as_deref()
                .map(DocumentNumber::parse)
                .transpose()
                .map_err(invalid)?;
            let case_reference = attachment
                .case_reference
                .as_deref()
                .map(CaseReference::parse)
                .transpose()
                .map_err(invalid)?;
            commands.push((
                MeetingCommand::AttachDocument(dm::AttachDocument {
                    meeting_id,
                    item_id,
                    attachment_id: AttachmentId::from_uuid(derived(
                        key,
                        "attachment",
                        k * 10_000 + j,
                    )),
                    title: Title::parse(&attachment.title).map_err(invalid)?,
                    document_number,
                    case_reference,
                    uri: None,
                }),
                start,
            ));
        }
    }
    commands.push((
        MeetingCommand::PublishAgenda(dm::PublishAgenda { meeting_id }),
        start,
    ));
    commands.push((
        MeetingCommand::OpenMeeting(dm::OpenMeeting { meeting_id }),
        start,
    ));
    let entries = attendance(minutes, target, &mut counts)?;
    if !entries.is_empty() {
        commands.push((
            MeetingCommand::RecordAttendance(dm::RecordAttendance {
                meeting_id,
                entries,
            }),
            start,
        ));
    }
    let mut last = start;
    for (k, item) in minutes.items.iter().enumerate() {
        let item_id = item_ids[k];
        let taken_up = item.time_slot.map_or(start, |s| at(s.start));
        let decided = item.time_slot.map_or(start, |s| at(s.end));
        last = last.max(decided);
        commands.push((
            MeetingCommand::TakeUpItem(dm::TakeUpItem {
                meeting_id,
                item_id,
            }),
            taken_up,
        ));
        let Some(decision) = &item.decision else {
            continue;
        };
        if item.kind == dm::ItemKind::Break {
            return Err(PlanError {
                line: item.line,
                message: "a break (Pause) with a decision (Beslutning); nothing is decided in a \
                          break — give the item another title"
                    .into(),
            });
        }
        let (outcomes, item_outcome, read) = outcomes(item, decision);
        counts.decisions += 1;
        counts.outcomes += read;
        commands.push((
            MeetingCommand::RecordDecision(dm::RecordDecision {
                meeting_id,
                item_id,
                decision_id: DecisionId::from_uuid(derived(key, "decision", k)),
                text: markdown(&decision.text, item.line)?,
                outcomes,
                item_outcome,
                reservations: Vec::new(),
            }),
            decided,
        ));
        let assigned = follow_ups(item, decision, &minutes.participants, target, key, k)?;
        counts.follow_ups += assigned.len();
        commands.extend(
            assigned
                .into_iter()
                .map(|f| (MeetingCommand::AssignFollowUp(f), decided)),
        );
    }
    let adjourned = ends_at.unwrap_or(last);
    commands.push((
        MeetingCommand::AdjournMeeting(dm::AdjournMeeting { meeting_id }),
        adjourned,
    ));
    Ok(Plan {
        meeting_id,
        commands,
        counts,
        warnings,
    })
}

/// A local time of the partnership as UTC (the earlier one in the autumn's repeated hour, the
/// hour after in the spring's gap).
fn utc(time_zone: TimeZone, local: NaiveDateTime) -> DateTime<Utc> {
    let tz = time_zone.tz();
    tz.from_local_datetime(&local)
        .earliest()
        .or_else(|| {
            tz.from_local_datetime(&(local + chrono::Duration::hours(1)))
                .earliest()
        })
        .map_or_else(|| local.and_utc(), |t| t.with_timezone(&Utc))
}

type Where = (MeetingMode, Option<Location>, Option<Uri>, bool);

fn place(place: &Place, warnings: &mut Vec<Warning>) -> Result<Where, PlanError> {
    let invalid = |e: DomainError| PlanError {
        line: 1,
        message: format!("Mødested: {e}"),
    };
    Ok(match place {
        Place::Room(text) => (
            MeetingMode::InPerson,
            Some(Location {
                room: None,
                address: Name::parse(text).map_err(invalid)?,
            }),
            None,
            false,
        ),
        Place::Online { link, .. } => {
            let link = link.as_deref().and_then(|l| match Uri::parse(l) {
                Ok(uri) => Some(uri),
                Err(e) => {
                    warnings.push(Warning {
                        line: 1,
                        message: format!("the meeting's link is not kept: {e}"),
                    });
                    None
                }
            });
            (MeetingMode::Online, None, link, false)
        }
        Place::NotGiven => (MeetingMode::InPerson, None, None, true),
    })
}

pub(crate) fn markdown(text: &str, line: usize) -> Result<Markdown, PlanError> {
    Markdown::parse(text).map_err(|e| PlanError {
        line,
        message: e.to_string(),
    })
}

fn attendance(
    minutes: &Minutes,
    target: &Target<'_>,
    counts: &mut Counts,
) -> Result<Vec<AttendanceEntry>, PlanError> {
    let lists = [
        (&minutes.participants, AttendanceStatus::Present),
        (&minutes.apologies, AttendanceStatus::Apologies),
        (&minutes.absent, AttendanceStatus::Absent),
    ];
    let mut entries = Vec::new();
    for (names, status) in lists {
        for name in names {
            let known = (target.person)(name);
            counts.people += 1;
            counts.people_matched += usize::from(known.is_some());
            entries.push(AttendanceEntry {
                person_id: known.map(|(p, _)| p),
                name: Name::parse(name).map_err(|e| PlanError {
                    line: 1,
                    message: format!("attendance {name:?}: {e}"),
                })?,
                organization_id: known.map(|(_, o)| o),
                status,
                substitute_for: None,
                guest_for_item: None,
                joined_at: None,
                left_at: None,
            });
        }
    }
    Ok(entries)
}
