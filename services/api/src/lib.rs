//! The Samraad API: the async-graphql schema, authentication, and the axum router
//! (GraphQL over HTTP and WebSocket, GraphiQL, health, readiness, metrics).
//!
//! Architecture invariant: only this crate knows GraphQL. Resolvers build a command and call
//! the application service; they hold no business rules.
#![warn(missing_docs)]

pub mod auth;
pub(crate) mod errors;
pub(crate) mod graphiql;
pub(crate) mod graphql_http;
pub mod http;
pub mod limits;
pub mod metrics;
pub mod rate_limit;
pub mod schema;
pub(crate) mod ws;

use std::sync::Arc;

use samraad_projections::Projections;

pub use schema::{AppSchema, Services};

/// Shared state of the HTTP handlers.
pub struct AppState {
    /// The GraphQL schema.
    pub schema: AppSchema,
    /// Verifies bearer tokens and resolves them to principals.
    pub authenticator: auth::Authenticator,
    /// The abuse limits.
    pub limits: limits::Limits,
    /// Requests per person.
    pub rate_limiter: rate_limit::RateLimiter,
    /// WebSocket connections per person.
    pub connections: Arc<rate_limit::ConnectionLimiter>,
    /// Metrics.
    pub metrics: Arc<metrics::Metrics>,
    /// The read side (for readiness and metrics).
    pub projections: Arc<Projections>,
    /// The write side (readiness: whether appends fail).
    pub commands: Arc<samraad_app::CommandService>,
    /// The store's head at the first readiness check: the catch-up target.
    pub startup_head: std::sync::OnceLock<samraad_projections::Position>,
}

impl AppState {
    /// The state with the rate and connection limiters of `limits`.
    pub fn new(
        schema: AppSchema,
        authenticator: auth::Authenticator,
        limits: limits::Limits,
        metrics: Arc<metrics::Metrics>,
        projections: Arc<Projections>,
        commands: Arc<samraad_app::CommandService>,
    ) -> Self {
        Self {
            schema,
            authenticator,
            rate_limiter: rate_limit::RateLimiter::new(limits.rate_per_second, limits.rate_burst),
            connections: rate_limit::ConnectionLimiter::new(limits.max_connections_per_person),
            limits,
            metrics,
            projections,
            commands,
            startup_head: std::sync::OnceLock::new(),
        }
    }

    /// Ready when the store answers and the read models have caught up with the head the
    /// store had when the server started (once caught up, a read model a few events behind
    /// under load is normal and does not make a replica unready).
    pub async fn readiness(&self) -> Result<(), String> {
        if let Some(failure) = self.projections.failure() {
            return Err(format!("projections stopped: {failure}"));
        }
        if let Err(err) = self.commands.writable().await {
            return Err(format!("writes are failing: {err}"));
        }
        let head = self
            .projections
            .head()
            .await
            .map_err(|e| format!("event store unreachable: {e}"))?;
        let position = self.projections.position();
        let target = *self.startup_head.get_or_init(|| head);
        if position < target {
            return Err(format!(
                "projections catching up: at {position} of {target}"
            ));
        }
        Ok(())
    }

    /// Whether the read models have caught up with the log as it was at start-up (answers
    /// before that come from a partial read model and say so: `extensions.caughtUp`).
    pub fn caught_up(&self) -> bool {
        self.startup_head
            .get()
            .is_none_or(|head| self.projections.position() >= *head)
    }

    /// The read models' position.
    pub fn projection_position(&self) -> u64 {
        self.projections.position().0
    }
}
