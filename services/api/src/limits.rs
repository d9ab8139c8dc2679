//! Abuse limits: their configuration with defaults, and the query-shape check (aliases, root
//! fields) that runs right after parsing, before validation.
//!
//! | Limit | Default | Error |
//! |---|---|---|
//! | request body | 1 MiB | HTTP 413, `INVALID_INPUT` |
//! | query depth | 16 | `INVALID_INPUT` |
//! | query complexity | 5 000 | `INVALID_INPUT` |
//! | aliases per document | 100 | `INVALID_INPUT` |
//! | root fields per operation | 50 | `INVALID_INPUT` |
//! | operations per batch | 10 | HTTP 400, `INVALID_INPUT` |
//! | requests per person | 50/s, burst 100 | HTTP 429, `RATE_LIMITED` |
//! | subscriptions per connection | 20 | `error` message, `RATE_LIMITED` |
//! | WebSocket connections per person | 16 | close 4429 |
//! | `connection_init` wait | 10 s | close 4408 |
//! | WebSocket idle (no frame from the client) | 120 s | close 1001 |
//! | HTTP request | 30 s | HTTP 408 |

use std::sync::Arc;
use std::time::Duration;

use async_graphql::extensions::{Extension, ExtensionContext, ExtensionFactory, NextParseQuery};
use async_graphql::parser::types::{
    DocumentOperations, ExecutableDocument, Selection, SelectionSet,
};
use async_graphql::{ServerResult, Variables};

use crate::errors::ApiError;

/// Maximum query depth.
pub const MAX_DEPTH: usize = 16;
/// Maximum query complexity (fields counted).
pub const MAX_COMPLEXITY: usize = 5_000;

/// The configurable limits.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest request body in bytes.
    pub max_body_bytes: usize,
    /// Maximum query depth.
    pub max_depth: usize,
    /// Maximum query complexity (fields counted).
    pub max_complexity: usize,
    /// Maximum aliases in one document.
    pub max_aliases: usize,
    /// Maximum root fields in one operation.
    pub max_root_fields: usize,
    /// Maximum operations in one batch request (0 refuses batches).
    pub max_batch: usize,
    /// Sustained requests per second per person.
    pub rate_per_second: f64,
    /// Burst of requests per person.
    pub rate_burst: u32,
    /// Maximum active subscriptions on one WebSocket connection.
    pub max_subscriptions_per_connection: usize,
    /// Maximum WebSocket connections per person.
    pub max_connections_per_person: usize,
    /// How long a client may take to send `connection_init`.
    pub ws_init_timeout: Duration,
    /// A WebSocket from which no frame (not even a pong) arrives for this long is closed; the
    /// server pings every third of it.
    pub ws_idle_timeout: Duration,
    /// How long an HTTP request may take.
    pub request_timeout: Duration,
    /// Whether introspection (`__schema`, `__type`) is served.
    pub introspection: bool,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_body_bytes: 1024 * 1024,
            max_depth: MAX_DEPTH,
            max_complexity: MAX_COMPLEXITY,
            max_aliases: 100,
            max_root_fields: 50,
            max_batch: 10,
            rate_per_second: 50.0,
            rate_burst: 100,
            max_subscriptions_per_connection: 20,
            max_connections_per_person: 16,
            ws_init_timeout: Duration::from_secs(10),
            ws_idle_timeout: Duration::from_secs(120),
            request_timeout: Duration::from_secs(30),
            introspection: true,
        }
    }
}

/// The extension refusing documents with too many aliases or root fields, and introspection
/// when it is switched off.
pub struct QueryShape {
    /// Maximum aliases in the document.
    pub max_aliases: usize,
    /// Maximum root fields per operation.
    pub max_root_fields: usize,
    /// Whether `__schema` and `__type` are served.
    pub introspection: bool,
}

impl ExtensionFactory for QueryShape {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(QueryShapeExtension {
            max_aliases: self.max_aliases,
            max_root_fields: self.max_root_fields,
            introspection: self.introspection,
        })
    }
}

struct QueryShapeExtension {
    max_aliases: usize,
    max_root_fields: usize,
    introspection: bool,
}

#[async_graphql::async_trait::async_trait]
impl Extension for QueryShapeExtension {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let document = next.run(ctx, query, variables).await?;
        check_shape(&document, self.max_aliases, self.max_root_fields)?;
        if !self.introspection && introspects(&document) {
            return Err(ApiError::InvalidInput(
                "introspection is disabled on this server (`__schema`, `__type`)".into(),
            )
            .into_server_error());
        }
        Ok(document)
    }
}

/// Counts aliases (in operations and fragments) and root fields; refuses with
/// `INVALID_INPUT` past the limits.
pub fn check_shape(
    document: &ExecutableDocument,
    max_aliases: usize,
    max_root_fields: usize,
) -> ServerResult<()> {
    let mut aliases = 0;
    let operations: Vec<&SelectionSet> = match &document.operations {
        DocumentOperations::Single(op) => vec![&op.node.selection_set.node],
        DocumentOperations::Multiple(ops) => {
            ops.values().map(|op| &op.node.selection_set.node).collect()
        }
    };
    let roots = operations
        .iter()
        .map(|set| count(set, &mut aliases, true))
        .max()
        .unwrap_or(0);
    for fragment in document.fragments.values() {
        count(&fragment.node.selection_set.node, &mut aliases, false);
    }
    if aliases > max_aliases {
        return Err(ApiError::InvalidInput(format!(
            "the document uses {aliases} aliases, more than the limit of {max_aliases}"
        ))
        .into_server_error());
    }
    if roots > max_root_fields {
        return Err(ApiError::InvalidInput(format!(
            "an operation selects {roots} root fields, more than the limit of {max_root_fields}"
        ))
        .into_server_error());
    }
    Ok(())
}

/// Does any operation or fragment select `__schema` or `__type`?
fn introspects(document: &ExecutableDocument) -> bool {
    fn any(set: &SelectionSet) -> bool {
        set.items.iter().any(|selection| match &selection.node {
            Selection::Field(field) => {
                matches!(field.node.name.node.as_str(), "__schema" | "__type")
                    || any(&field.node.selection_set.node)
            }
            Selection::InlineFragment(fragment) => any(&fragment.node.selection_set.node),
            Selection::FragmentSpread(_) => false,
        })
    }
    let operations = match &document.operations {
        DocumentOperations::Single(op) => any(&op.node.selection_set.node),
        DocumentOperations::Multiple(ops) => {
            ops.values().any(|op| any(&op.node.selection_set.node))
        }
    };
    operations
        || document
            .fragments
            .values()
            .any(|f| any(&f.node.selection_set.node))
}

/// Adds the aliases under `set` to `aliases`; returns the fields directly in `set` (through
/// inline fragments) when `direct` is asked for.
fn count(set: &SelectionSet, aliases: &mut usize, direct: bool) -> usize {
    let mut fields = 0;
    for selection in &set.items {
        match &selection.node {
            Selection::Field(field) => {
                fields += 1;
                if field.node.alias.is_some() {
                    *aliases += 1;
                }
                count(&field.node.selection_set.node, aliases, false);
            }
            Selection::InlineFragment(fragment) => {
                fields += count(&fragment.node.selection_set.node, aliases, direct);
            }
            Selection::FragmentSpread(_) => fields += 1,
        }
    }
    if direct { fields } else { 0 }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn aliases_and_root_fields_are_counted() {
        let ok = async_graphql::parser::parse_query("{ a: position b: position }").unwrap();
        assert!(check_shape(&ok, 2, 2).is_ok());
        assert!(check_shape(&ok, 1, 2).is_err());
        assert!(check_shape(&ok, 2, 1).is_err());
        let nested = async_graphql::parser::parse_query(
            "query { meeting(id: \"x\") { a: id } ...F } fragment F on Query { b: position }",
        )
        .unwrap();
        assert!(check_shape(&nested, 2, 2).is_ok());
        assert!(check_shape(&nested, 1, 2).is_err());
    }
}
