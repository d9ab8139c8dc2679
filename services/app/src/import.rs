//! Importing minutes into a partnership: the document is read by `samraad-minutes`, planned
//! into the meeting's normal commands, and executed through the command service as one
//! append — so imported history obeys the rules of live use, yields the same events, and is
//! stored whole or not at all. Each event keeps the meeting's time as `occurred_at` and is
//! `recorded_at` the import, by the importing person.
//!
//! Ids and command ids are derived from the partnership and the document's text: importing
//! the same document again appends nothing.

use chrono::NaiveDate;
use samraad_domain::meeting::Meeting;
use samraad_domain::partnership::{
    self as pd, ForumLevel, Partnership, PartnershipCommand, PartnershipState,
};
use samraad_domain::{
    ForumId, MeetingId, MembershipId, Name, OrganizationId, PartnershipId, PersonId, Role,
    StreamKind,
};
use samraad_minutes::plan::{self, Counts, PlanError, Target, document_key};
use samraad_minutes::text::MAX_DOCUMENT_BYTES;
use samraad_minutes::{ReadError, Warning};
use uuid::Uuid;

use crate::error::AppError;
use crate::service::{CommandService, Issuer, StepFailed};

/// Who imports, and what the import may create beside the meeting.
#[derive(Clone, Debug)]
pub struct ImportOptions {
    /// The importing person.
    pub person: PersonId,
    /// The organisation they act for.
    pub organization: OrganizationId,
    /// Whether they operate the platform.
    pub platform_operator: bool,
    /// Create the forum the minutes name when the partnership has none of that name (the
    /// command line, run by an administrator); else such minutes are refused.
    pub create_forum: bool,
    /// Appoint the importing person, under this name, to the forum's secretariat when they
    /// hold no seat there (the command line); else the forum's own secretariat imports.
    pub seat_as: Option<Name>,
    /// Plan only: report what would be created, store nothing.
    pub dry_run: bool,
}

/// What an import did (or, dry, would do).
#[derive(Clone, Debug)]
pub struct ImportReport {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The forum, as the minutes name it.
    pub forum: String,
    /// Whether the forum was (or would be) created.
    pub forum_created: bool,
    /// The meeting's date.
    pub date: NaiveDate,
    /// What the minutes hold.
    pub counts: Counts,
    /// What the reader and the planner read around, with their lines.
    pub warnings: Vec<Warning>,
    /// Events appended for the meeting (0 when it was imported before, or dry).
    pub events: u64,
    /// The document was imported before: nothing was appended.
    pub already_imported: bool,
    /// The global position of the meeting's last event (read models that reached it show
    /// the meeting).
    pub position: samraad_log::Position,
}

/// Why a document was not imported. Nothing of its meeting is stored.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Not minutes this reader can read.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// Minutes holding a value the model cannot.
    #[error(transparent)]
    Plan(#[from] PlanError),
    /// The partnership does not exist.
    #[error("partnership {0} does not exist")]
    PartnershipNotFound(PartnershipId),
    /// The importer acts for no member organisation of the partnership.
    #[error(
        "the organisation {0} is not a member of the partnership; it cannot import its minutes"
    )]
    NotAMember(OrganizationId),
    /// The partnership has no forum of the name the minutes give.
    #[error("the partnership has no forum named {0:?}; create it first")]
    ForumNotFound(String),
    /// A command of the meeting's history was refused (by a rule, or permission).
    #[error("{what}: {error}")]
    Refused {
        /// The command, in words ("item 3: RecordDecision").
        what: String,
        /// Why.
        error: AppError,
    },
    /// The partnership's forum or seat could not be set up, or the store failed.
    #[error(transparent)]
    App(#[from] AppError),
}

/// Imports one document of minutes into `partnership_id`.
pub async fn import_minutes(
    service: &CommandService,
    partnership_id: PartnershipId,
    text: &str,
    options: &ImportOptions,
) -> Result<ImportReport, ImportError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(ReadError::TooLarge {
            size: text.len(),
            limit: MAX_DOCUMENT_BYTES,
        }
        .into());
    }
    let minutes = samraad_minutes::parse(text)?;
    let key = document_key(partnership_id, text);
    let partnership = service
        .state::<Partnership>(StreamKind::Partnership, partnership_id.as_uuid())
        .await?
        .state;
    // A dry run may plan into a partnership it would create. Someone from outside the
    // partnership learns nothing of its forums.
    let outside = !options.platform_operator
        && !partnership
            .actor(options.person, options.organization, chrono::Utc::now())
            .is_member_organization_of(partnership_id);
    if partnership.id().is_none() && !options.dry_run {
        return Err(ImportError::PartnershipNotFound(partnership_id));
    }
    if partnership.id().is_some() && outside {
        return Err(ImportError::NotAMember(options.organization));
    }
    let existing = forum_named(&partnership, &minutes.forum);
    let forum_command = derive_command(partnership_id, "forum", &minutes.forum);
    let forum_id = match existing {
        Some(id) => id,
        None if options.create_forum => {
            ForumId::from_uuid(CommandService::new_entity_id(forum_command))
        }
        None => return Err(ImportError::ForumNotFound(minutes.forum.clone())),
    };
    let person = |name: &str| member_named(&partnership, name);
    let planned = plan::plan(
        &minutes,
        &key,
        &Target {
            partnership_id,
            forum_id,
            time_zone: partnership.time_zone(),
            person: &person,
        },
    )?;
    let mut warnings = minutes.warnings.clone();
    warnings.extend(planned.warnings);
    let mut report = ImportReport {
        meeting_id: planned.meeting_id,
        forum: minutes.forum.clone(),
        forum_created: existing.is_none(),
        date: minutes.date,
        counts: planned.counts,
        warnings,
        events: 0,
        already_imported: false,
        position: samraad_log::Position::START,
    };
    if options.dry_run {
        report.already_imported = service
            .state::<Meeting>(StreamKind::Meeting, planned.meeting_id.as_uuid())
            .await?
            .version
            > 0;
        return Ok(report);
    }
    let issuer = |command_id: Uuid| Issuer {
        command_id,
        correlation_id: Uuid::from_bytes(key[..16].try_into().unwrap_or_default()),
        person: options.person,
        organization: options.organization,
        platform_operator: options.platform_operator,
        expected_version: None,
    };
    if existing.is_none() {
        let command = PartnershipCommand::CreateForum(pd::CreateForum {
            forum_id,
            name: Name::parse(&minutes.forum).map_err(AppError::from)?,
            level: level_of(&minutes.forum),
        });
        service
            .partnership(partnership_id, &issuer(forum_command), command)
            .await?;
    }
    if let Some(name) = &options.seat_as
        && !holds_seat(&partnership, forum_id, options.person)
    {
        let command_id = derive_command(partnership_id, "seat", &forum_id.to_string());
        let command = PartnershipCommand::AppointMember(pd::AppointMember {
            membership_id: MembershipId::from_uuid(CommandService::new_entity_id(command_id)),
            forum_id,
            person_id: options.person,
            person_name: name.clone(),
            person_title: None,
            organization_id: options.organization,
            role: Role::Secretariat,
            valid_from: chrono::Utc::now().date_naive(),
            valid_until: None,
        });
        service
            .partnership(partnership_id, &issuer(command_id), command)
            .await?;
    }
    let commands = planned.commands;
    let names: Vec<String> = commands.iter().map(|(c, _)| describe(c)).collect();
    let outcome = service
        .meeting_history(
            planned.meeting_id,
            &issuer(plan::command_id(&key, 0)),
            commands,
        )
        .await;
    match outcome {
        Ok(outcome) => {
            report.already_imported = outcome.replayed;
            report.position = outcome.position;
            report.events = if outcome.replayed { 0 } else { outcome.version };
            Ok(report)
        }
        // Imported before by someone else (the command id is the document's, the sender theirs).
        Err(StepFailed {
            error: AppError::CommandIdReused { .. },
            ..
        }) => {
            report.already_imported = true;
            Ok(report)
        }
        Err(StepFailed { step, error }) => Err(ImportError::Refused {
            what: step
                .and_then(|i| names.get(i).cloned())
                .unwrap_or_else(|| "the meeting".into()),
            error,
        }),
    }
}

/// The forum of this name (case and surrounding space aside).
fn forum_named(partnership: &PartnershipState, name: &str) -> Option<ForumId> {
    partnership
        .forums()
        .find(|(_, f)| f.name.as_str().trim().to_lowercase() == name.trim().to_lowercase())
        .map(|(id, _)| *id)
}

/// A member of the partnership by the name the minutes write (any seat, current or ended).
fn member_named(partnership: &PartnershipState, name: &str) -> Option<(PersonId, OrganizationId)> {
    let name = name.trim().to_lowercase();
    partnership
        .memberships()
        .find(|(_, m)| m.person_name.as_str().to_lowercase() == name)
        .map(|(_, m)| (m.person_id, m.organization_id))
}

fn holds_seat(partnership: &PartnershipState, forum: ForumId, person: PersonId) -> bool {
    let now = chrono::Utc::now();
    partnership
        .memberships()
        .any(|(_, m)| m.forum_id == forum && m.person_id == person && m.is_active_at(now))
}

/// The level a forum's name says ("Politisk Forum", "Fagligt Strategisk Niveau", …).
pub fn level_of(name: &str) -> ForumLevel {
    let name = name.to_lowercase();
    if name.contains("politisk") {
        ForumLevel::Political
    } else if name.contains("strategisk") {
        ForumLevel::Strategic
    } else if name.contains("koordin") {
        ForumLevel::Coordinating
    } else {
        ForumLevel::Operational
    }
}

/// A stable command id for setting up `what` named `name` in a partnership.
pub fn derive_command(partnership: PartnershipId, what: &str, name: &str) -> Uuid {
    let key = document_key(
        partnership,
        &format!("{what}\u{0}{}", name.trim().to_lowercase()),
    );
    plan::command_id(&key, 0)
}

/// A command in words, to say which one was refused.
fn describe(command: &samraad_domain::meeting::MeetingCommand) -> String {
    let text = format!("{command:?}");
    text.split(['(', ' ', '{'])
        .next()
        .unwrap_or("a command")
        .to_owned()
}
