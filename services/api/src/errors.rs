//! API errors: every failure a client can see, with the stable `extensions.code` of API.md.

use async_graphql::{ErrorExtensions, ServerError};

/// An error as the client sees it.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// No or an invalid token.
    #[error("{0}")]
    Unauthenticated(String),
    /// Authenticated, but not allowed.
    #[error("{0}")]
    Forbidden(String),
    /// The id does not name anything the caller can see.
    #[error("{0}")]
    NotFound(String),
    /// A stale `expectedVersion` or `baseRevision`; `current` carries what is there now.
    #[error("{message}")]
    Conflict {
        /// What conflicted.
        message: String,
        /// The current state (e.g. a section's text and revision), for merging.
        current: Option<serde_json::Value>,
    },
    /// A `commandId` already used for another command (`extensions.reason: COMMAND_ID_REUSED`).
    #[error("{0}")]
    CommandIdReused(String),
    /// The input is malformed: the message names the field.
    #[error("{0}")]
    InvalidInput(String),
    /// A domain rule refuses the command: the message names the rule.
    #[error("{0}")]
    RuleViolation(String),
    /// Too many requests.
    #[error("{0}")]
    RateLimited(String),
    /// The event store cannot be reached (`extensions.retryable`); when the write's outcome
    /// is unknown, `extensions.outcome` is `UNKNOWN`: retry with the same `commandId`.
    #[error("{message}")]
    Unavailable {
        /// What happened and what to do.
        message: String,
        /// The write may have been stored.
        outcome_unknown: bool,
    },
    /// The store's disk (or quota) is full; nothing was stored (`extensions.retryable`).
    #[error("{0}")]
    StorageFull(String),
    /// Something failed on our side; details are in the server log, not in the response.
    #[error("internal error (reference {0})")]
    Internal(uuid::Uuid),
}

impl ApiError {
    /// The stable code of API.md.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::Unauthenticated(_) => "UNAUTHENTICATED",
            ApiError::Forbidden(_) => "FORBIDDEN",
            ApiError::NotFound(_) => "NOT_FOUND",
            ApiError::Conflict { .. } | ApiError::CommandIdReused(_) => "CONFLICT",
            ApiError::InvalidInput(_) => "INVALID_INPUT",
            ApiError::RuleViolation(_) => "RULE_VIOLATION",
            ApiError::RateLimited(_) => "RATE_LIMITED",
            ApiError::Unavailable { .. } => "UNAVAILABLE",
            ApiError::StorageFull(_) => "STORAGE_FULL",
            ApiError::Internal(_) => "INTERNAL",
        }
    }

    /// Logs an internal failure under a fresh reference id and returns the opaque error.
    pub fn internal(err: impl std::fmt::Display) -> Self {
        let reference = uuid::Uuid::now_v7();
        tracing::error!(%reference, error = %err, "internal error");
        ApiError::Internal(reference)
    }

    /// As a GraphQL server error (for responses built outside the executor).
    pub fn into_server_error(self) -> ServerError {
        self.extend()
            .into_server_error(async_graphql::Pos::default())
    }
}

impl ErrorExtensions for ApiError {
    fn extend(&self) -> async_graphql::Error {
        async_graphql::Error::new(self.to_string()).extend_with(|_, ext| {
            ext.set("code", self.code());
            match self {
                ApiError::CommandIdReused(_) => ext.set("reason", "COMMAND_ID_REUSED"),
                ApiError::Unavailable {
                    outcome_unknown, ..
                } => {
                    ext.set("retryable", true);
                    if *outcome_unknown {
                        ext.set("outcome", "UNKNOWN");
                    }
                }
                ApiError::StorageFull(_) => ext.set("retryable", true),
                _ => {}
            }
            if let ApiError::Conflict {
                current: Some(current),
                ..
            } = self
                && let Ok(value) = async_graphql::Value::from_json(current.clone())
            {
                ext.set("current", value);
            }
        })
    }
}

/// Turns a domain input error (from parsing a value type) into an API error naming the field.
pub fn invalid(field: &str, err: impl std::fmt::Display) -> async_graphql::Error {
    ApiError::InvalidInput(format!("`{field}`: {err}")).extend()
}
