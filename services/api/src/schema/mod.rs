//! The GraphQL schema, split by context and merged (`MergedObject` / `MergedSubscription`).

pub mod as_of;
pub mod context;
pub mod fund_types;
pub mod initiative_types;
pub mod meeting_queries;
pub mod meeting_types;
pub mod meeting_values;
pub mod minutes_html;
pub mod mutations;
pub mod partnership_types;
pub mod read;
pub mod scalars;
pub mod subscriptions;

use async_graphql::{MergedObject, MergedSubscription, Schema};

pub use context::Services;

/// Maximum query depth.
pub const MAX_DEPTH: usize = 16;
/// Maximum query complexity (fields counted).
pub const MAX_COMPLEXITY: usize = 5_000;

/// All queries.
#[derive(MergedObject, Default)]
pub struct Query(
    meeting_queries::MeetingQuery,
    partnership_types::PartnershipQuery,
    initiative_types::InitiativeQuery,
    fund_types::FundPoolQuery,
);

/// All mutations: one per command of DOMAIN.md.
#[derive(MergedObject, Default)]
pub struct Mutation(
    mutations::partnership::PartnershipMutation,
    mutations::meeting::MeetingMutation,
    mutations::initiative::InitiativeMutation,
    mutations::fund_pool::FundPoolMutation,
);

/// All subscriptions.
#[derive(MergedSubscription, Default)]
pub struct Subscription(
    subscriptions::MeetingSubscription,
    subscriptions::PartnershipSubscription,
);

/// The executable schema.
pub type AppSchema = Schema<Query, Mutation, Subscription>;

/// Builds the schema over `services`, with the default limits.
pub fn build(services: Services) -> AppSchema {
    build_with(services, &crate::limits::Limits::default())
}

/// Builds the schema over `services` with `limits`: depth, complexity, aliases and root
/// fields, and introspection switched off unless `limits.introspection`.
pub fn build_with(services: Services, limits: &crate::limits::Limits) -> AppSchema {
    let builder = Schema::build(
        Query::default(),
        Mutation::default(),
        Subscription::default(),
    )
    .data(services)
    .limit_depth(limits.max_depth)
    .limit_complexity(limits.max_complexity)
    .extension(crate::limits::QueryShape {
        max_aliases: limits.max_aliases,
        max_root_fields: limits.max_root_fields,
        introspection: limits.introspection,
    });
    if limits.introspection {
        builder.finish()
    } else {
        builder.disable_introspection().finish()
    }
}

/// The schema's SDL (what `schema/schema.graphql` must contain).
pub fn sdl() -> String {
    Schema::build(
        Query::default(),
        Mutation::default(),
        Subscription::default(),
    )
    .finish()
    .sdl()
}
