//! Parsing of inputs every context shares: names, titles, Markdown, times of day, ids (new
//! ones derived from the command id), and the fields every payload carries.

use async_graphql::{ErrorExtensions, ID};
use chrono::{NaiveDate, NaiveTime, Utc};
use samraad_app::{CommandService, Issuer, Outcome};
use samraad_domain::{Markdown, Name, TimeZone, Title};
use uuid::Uuid;

use crate::errors::ApiError;
use crate::errors::invalid;
use crate::schema::common::context::parse_id;

/// A required name (single line), naming the field on failure.
pub fn name(field: &str, s: &str) -> async_graphql::Result<Name> {
    Name::parse(s).map_err(|e| invalid(field, e))
}

/// An optional name.
pub fn opt_name(field: &str, s: Option<&String>) -> async_graphql::Result<Option<Name>> {
    s.map(|s| name(field, s)).transpose()
}

/// An optional IANA time zone name.
pub fn opt_time_zone(field: &str, s: Option<&String>) -> async_graphql::Result<Option<TimeZone>> {
    s.map(|s| TimeZone::parse(s).map_err(|e| invalid(field, e)))
        .transpose()
}

/// A required title (single line).
pub fn title(field: &str, s: &str) -> async_graphql::Result<Title> {
    Title::parse(s).map_err(|e| invalid(field, e))
}

/// Markdown text.
pub fn markdown(field: &str, s: &str) -> async_graphql::Result<Markdown> {
    Markdown::parse(s).map_err(|e| invalid(field, e))
}

/// Optional Markdown text.
pub fn opt_markdown(field: &str, s: Option<&String>) -> async_graphql::Result<Option<Markdown>> {
    s.map(|s| markdown(field, s)).transpose()
}

/// A time of day `"HH:MM"` (also `"HH.MM"` as in the minutes, and `"HH:MM:SS"`).
pub fn time_of_day(field: &str, s: &str) -> async_graphql::Result<NaiveTime> {
    let t = s.trim();
    NaiveTime::parse_from_str(t, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(t, "%H.%M"))
        .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
        .map_err(|_| {
            invalid(
                field,
                format!("expected a time of day like \"14:30\", got {s:?}"),
            )
        })
}

/// An optional id of type `T`.
pub fn opt_id<T: From<Uuid>>(id: Option<&ID>, field: &str) -> async_graphql::Result<Option<T>> {
    id.map(|id| parse_id(id, field).map(T::from)).transpose()
}

/// The id of a new entity: the client's (if given), else derived from the command id so that
/// a retry with the same `commandId` names the same entity.
pub fn new_id<T: From<Uuid>>(
    given: Option<&ID>,
    field: &str,
    issuer: &Issuer,
) -> async_graphql::Result<T> {
    Ok(match given {
        Some(id) => T::from(parse_id(id, field)?),
        None => T::from(CommandService::new_entity_id(issuer.command_id)),
    })
}

/// Today (UTC), the default day of dated commands.
pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// The payload's `version` field.
pub fn version(outcome: &Outcome) -> i64 {
    i64::try_from(outcome.version).unwrap_or(i64::MAX)
}

/// Read model missing an entity right after its command succeeded (projection lagging).
pub fn lagging(what: &str) -> async_graphql::Error {
    ApiError::internal(format!("the read model does not show the {what} yet")).extend()
}
