//! What every resolver needs: the services, the caller, and the glue from a command's
//! outcome to a payload. Resolvers build a command and call [`execute`]; they hold no rules.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use async_graphql::{Context, ErrorExtensions, ID};
use samraad_app::{AppError, CommandService, Issuer, Outcome, StoreError};
use samraad_domain::{DomainError, OrganizationId, PersonId};
use samraad_projections::Projections;
use uuid::Uuid;

use crate::auth::Principal;
use crate::errors::ApiError;
use crate::metrics::Metrics;

/// How long a mutation waits for the read model to include its own events.
const READ_YOUR_WRITES: Duration = Duration::from_secs(5);

/// The services behind the schema (stored as schema data).
#[derive(Clone)]
pub struct Services {
    /// The write side.
    pub commands: Arc<CommandService>,
    /// The read side.
    pub projections: Arc<Projections>,
    /// Process metrics.
    pub metrics: Arc<Metrics>,
    /// Person ids allowed to create partnerships (platform operators).
    pub operators: Arc<Vec<Uuid>>,
}

/// The services of the schema.
pub fn services<'a>(ctx: &Context<'a>) -> &'a Services {
    ctx.data_unchecked::<Services>()
}

/// The authenticated caller, or `UNAUTHENTICATED`.
pub fn principal(ctx: &Context<'_>) -> Result<Principal, async_graphql::Error> {
    ctx.data_opt::<Principal>().copied().ok_or_else(|| {
        ApiError::Unauthenticated(
            "authentication required: send `Authorization: Bearer <token>`".into(),
        )
        .extend()
    })
}

/// The caller, if authenticated (queries are open to the anonymous public, filtered).
pub fn viewer(ctx: &Context<'_>) -> Option<Principal> {
    ctx.data_opt::<Principal>().copied()
}

/// Parses a GraphQL `ID` as a UUID, naming the field on failure.
pub fn parse_id(id: &ID, field: &str) -> Result<Uuid, async_graphql::Error> {
    Uuid::parse_str(id.as_str()).map_err(|_| {
        ApiError::InvalidInput(format!("`{field}` is not a valid id: {:?}", id.as_str())).extend()
    })
}

/// The issuer of a mutation: caller, idempotency key, expected version.
pub fn issuer(
    ctx: &Context<'_>,
    command_id: Option<&ID>,
    expected_version: Option<i64>,
) -> Result<Issuer, async_graphql::Error> {
    let principal = principal(ctx)?;
    let command_id = match command_id {
        Some(id) => parse_id(id, "commandId")?,
        None => Uuid::now_v7(),
    };
    let expected_version = match expected_version {
        None => None,
        Some(v) => Some(u64::try_from(v).map_err(|_| {
            ApiError::InvalidInput("`expectedVersion` must not be negative".into()).extend()
        })?),
    };
    let operators = &services(ctx).operators;
    Ok(Issuer {
        command_id,
        correlation_id: command_id,
        person: PersonId::from_uuid(principal.person),
        organization: OrganizationId::from_uuid(principal.organization),
        platform_operator: principal.operator || operators.contains(&principal.person),
        expected_version,
    })
}

/// Runs a command, records metrics, maps errors to API codes, and waits until the read model
/// includes the command's events so the payload shows the caller's own write.
pub async fn execute<F>(ctx: &Context<'_>, command: F) -> Result<Outcome, async_graphql::Error>
where
    F: std::future::Future<Output = Result<Outcome, AppError>>,
{
    let services = services(ctx);
    let started = Instant::now();
    let span = tracing::info_span!("command", mutation = %ctx.field().name());
    let result = tracing::Instrument::instrument(command, span).await;
    services.metrics.observe_command(started.elapsed());
    match result {
        Ok(outcome) => {
            services.metrics.commands_ok.fetch_add(1, Ordering::Relaxed);
            let decided = started.elapsed();
            services
                .projections
                .wait_for(outcome.position, READ_YOUR_WRITES)
                .await;
            tracing::debug!(
                stream = %outcome.stream,
                command_us = decided.as_micros() as u64,
                read_your_writes_us = (started.elapsed() - decided).as_micros() as u64,
                "command executed"
            );
            Ok(outcome)
        }
        Err(err) => {
            let api = api_error(err);
            let counter = match api {
                ApiError::Internal(_) | ApiError::Unavailable { .. } | ApiError::StorageFull(_) => {
                    &services.metrics.commands_failed
                }
                _ => &services.metrics.commands_refused,
            };
            counter.fetch_add(1, Ordering::Relaxed);
            Err(api.extend())
        }
    }
}

/// Maps a command failure to the API's error codes.
pub fn api_error(err: AppError) -> ApiError {
    match err {
        AppError::Domain(err) => domain_error(err),
        AppError::StaleVersion {
            stream,
            expected,
            actual,
        } => ApiError::Conflict {
            message: format!(
                "{stream} is at version {actual}, not the expected version {expected}"
            ),
            current: Some(serde_json::json!({ "version": actual })),
        },
        err @ AppError::CommandIdReused { .. } => ApiError::CommandIdReused(err.to_string()),
        AppError::OutcomeUnknown(err) => {
            tracing::warn!(error = %err, "append failed; its outcome is unknown");
            ApiError::Unavailable {
                message: "the event store failed during the write: it may or may not have been \
                          stored; retry with the same commandId (it is applied at most once)"
                    .into(),
                outcome_unknown: true,
            }
        }
        AppError::Store(StoreError::StorageFull) => ApiError::StorageFull(
            "the server's storage is full: nothing was stored; retry later with the same \
             commandId"
                .into(),
        ),
        AppError::Store(err @ (StoreError::Unavailable(_) | StoreError::Closed)) => {
            tracing::warn!(error = %err, "event store unavailable");
            ApiError::Unavailable {
                message: "the event store is unreachable: nothing was stored; retry with the \
                          same commandId"
                    .into(),
                outcome_unknown: false,
            }
        }
        AppError::Contention { stream } => ApiError::Conflict {
            message: format!("{stream} is changing concurrently; retry the command"),
            current: None,
        },
        AppError::Store(StoreError::InvalidStreamName { name }) => {
            ApiError::InvalidInput(format!("invalid id: {name}"))
        }
        AppError::Store(StoreError::EventTooLarge { size, limit, .. }) => ApiError::InvalidInput(
            format!("the change is {size} bytes, more than the limit of {limit} bytes"),
        ),
        AppError::Store(StoreError::IdInUse { id }) => ApiError::Conflict {
            message: format!("the id {id} is already in use; choose another"),
            current: None,
        },
        AppError::Store(StoreError::WrongExpectedVersion { stream, actual, .. }) => {
            ApiError::Conflict {
                message: format!("{stream} changed concurrently (now at version {actual})"),
                current: Some(serde_json::json!({ "version": actual })),
            }
        }
        other => ApiError::internal(other),
    }
}

fn domain_error(err: DomainError) -> ApiError {
    let message = err.to_string();
    match err {
        DomainError::RuleViolation { .. } => ApiError::RuleViolation(message),
        DomainError::Forbidden { .. } => ApiError::Forbidden(message),
        DomainError::InvalidInput { .. } => ApiError::InvalidInput(message),
        DomainError::NotFound { .. } => ApiError::NotFound(message),
        DomainError::Conflict { current, .. } => ApiError::Conflict {
            message,
            current: current.map(|snapshot| {
                serde_json::json!({
                    "itemId": snapshot.item_id.to_string(),
                    "section": crate::schema::meeting::types::section_name(snapshot.section),
                    "revision": snapshot.revision,
                    "text": crate::schema::meeting::types::section_text(&snapshot.content),
                })
            }),
        },
    }
}
