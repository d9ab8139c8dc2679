//! The envelope every mutation input carries: the idempotency key and the expected version.

use async_graphql::{Context, ID, InputObject};
use samraad_app::Issuer;

use crate::schema::common::context;

/// `commandId` and `expectedVersion`, flattened into every mutation's input.
#[derive(InputObject, Clone, Debug, Default)]
pub struct CommandEnvelope {
    /// Idempotency key.
    pub command_id: Option<ID>,
    /// Expected stream version.
    pub expected_version: Option<i64>,
}

impl CommandEnvelope {
    /// Who sends the command, with this envelope's key and expected version.
    pub fn issuer(&self, ctx: &Context<'_>) -> async_graphql::Result<Issuer> {
        context::issuer(ctx, self.command_id.as_ref(), self.expected_version)
    }
}
