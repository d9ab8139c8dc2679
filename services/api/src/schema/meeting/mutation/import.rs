//! `importMinutes`: a document of minutes into a partnership, for the forum's secretariat —
//! converted here, read, planned and executed by `samraad_app::import`.

use std::time::Duration;

use async_graphql::{Context, ErrorExtensions, ID, InputObject, Object, SimpleObject};
use samraad_app::import::{ImportError, ImportOptions, import_minutes};
use samraad_domain::PartnershipId;

use crate::errors::ApiError;
use crate::schema::common::context::{api_error, parse_id, services, viewer};
use crate::schema::common::envelope::CommandEnvelope;
use crate::schema::meeting::types::MeetingObject;
use crate::schema::read;

/// How long the payload waits for the read model to show the imported meeting.
const READ_BACK: Duration = Duration::from_secs(5);

/// Input of `importMinutes`.
#[derive(InputObject)]
pub struct ImportMinutesInput {
    /// The envelope every input has. Its `commandId` is not needed — the import's command id
    /// comes from the document, so a retry is recognised without one — and an
    /// `expectedVersion` is refused (the meeting is new).
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The partnership.
    pub partnership_id: ID,
    /// The minutes as text: plain text or Markdown converted from PDF, in the family of
    /// FirstAgenda's and the ESDH systems' templates (at most 8 MiB, within the request limit).
    pub document: String,
    /// Plan only: report what would be stored, store nothing (default false).
    pub dry_run: Option<bool>,
}

/// What the minutes hold.
#[derive(SimpleObject)]
pub struct ImportCounts {
    /// Agenda items.
    pub items: i32,
    /// Recommendations.
    pub recommendations: i32,
    /// Decisions.
    pub decisions: i32,
    /// Outcomes the decisions' wording stated.
    pub outcomes: i32,
    /// Attachments.
    pub attachments: i32,
    /// Attendance lines.
    pub people: i32,
    /// Attendance lines matched by name to members of the partnership.
    pub people_matched: i32,
}

/// Something the reader read around, kept verbatim in the nearest section.
#[derive(SimpleObject)]
pub struct ImportWarning {
    /// 1-based line of the document.
    pub line: i32,
    /// What happened.
    pub message: String,
}

/// Result of `importMinutes`.
#[derive(SimpleObject)]
pub struct ImportMinutesPayload {
    /// The meeting's id (derived from the partnership and the document).
    pub meeting_id: ID,
    /// The meeting as it is now (none in a dry run of a new document).
    pub meeting: Option<MeetingObject>,
    /// The document was imported before: nothing was appended.
    pub already_imported: bool,
    /// Events appended.
    pub events: i32,
    /// What the minutes hold.
    pub counts: ImportCounts,
    /// What the reader read around.
    pub warnings: Vec<ImportWarning>,
}

/// The import mutation.
#[derive(Default)]
pub struct MeetingImportMutation;

#[Object]
impl MeetingImportMutation {
    /// Import minutes as the meeting's normal commands, each at the time the minutes give;
    /// stored whole or not at all. The forum the minutes name must exist, and the caller
    /// must run its meetings (secretariat, chair). The same document again appends nothing.
    async fn import_minutes(
        &self,
        ctx: &Context<'_>,
        input: ImportMinutesInput,
    ) -> async_graphql::Result<ImportMinutesPayload> {
        if input.envelope.expected_version.is_some() {
            return Err(ApiError::InvalidInput(
                "`expectedVersion`: importMinutes creates a new meeting and takes none".into(),
            )
            .extend());
        }
        let issuer = input.envelope.issuer(ctx)?;
        let partnership =
            PartnershipId::from_uuid(parse_id(&input.partnership_id, "partnershipId")?);
        let options = ImportOptions {
            person: issuer.person,
            organization: issuer.organization,
            platform_operator: issuer.platform_operator,
            create_forum: false,
            seat_as: None,
            dry_run: input.dry_run.unwrap_or(false),
        };
        let services = services(ctx);
        let report = import_minutes(&services.commands, partnership, &input.document, &options)
            .await
            .map_err(|e| import_error(e).extend())?;
        services
            .projections
            .wait_for(report.position, READ_BACK)
            .await;
        let reader = viewer(ctx);
        let meeting = services
            .projections
            .read(|model| read::meeting(model, report.meeting_id, reader));
        let n = |v: usize| i32::try_from(v).unwrap_or(i32::MAX);
        let c = report.counts;
        Ok(ImportMinutesPayload {
            meeting_id: ID(report.meeting_id.to_string()),
            meeting,
            already_imported: report.already_imported,
            events: i32::try_from(report.events).unwrap_or(i32::MAX),
            counts: ImportCounts {
                items: n(c.items),
                recommendations: n(c.recommendations),
                decisions: n(c.decisions),
                outcomes: n(c.outcomes),
                attachments: n(c.attachments),
                people: n(c.people),
                people_matched: n(c.people_matched),
            },
            warnings: report
                .warnings
                .into_iter()
                .map(|w| ImportWarning {
                    line: n(w.line),
                    message: w.message,
                })
                .collect(),
        })
    }
}

/// An import failure as the API's error codes.
fn import_error(err: ImportError) -> ApiError {
    match err {
        ImportError::Read(e) => ApiError::InvalidInput(format!("`document`: {e}")),
        ImportError::Plan(e) => ApiError::InvalidInput(format!("`document`: {e}")),
        e @ (ImportError::PartnershipNotFound(_) | ImportError::ForumNotFound(_)) => {
            ApiError::NotFound(e.to_string())
        }
        ImportError::Refused { what, error } => match api_error(error) {
            ApiError::RuleViolation(m) => ApiError::RuleViolation(format!("{what}: {m}")),
            ApiError::Forbidden(m) => ApiError::Forbidden(format!("{what}: {m}")),
            ApiError::InvalidInput(m) => ApiError::InvalidInput(format!("{what}: {m}")),
            other => other,
        },
        e @ ImportError::NotAMember(_) => ApiError::Forbidden(e.to_string()),
        ImportError::App(e) => api_error(e),
    }
}
