//! The GraphQL schema, split by context and merged (`MergedObject` / `MergedSubscription`).

pub(crate) mod common;
pub(crate) mod fund_pool;
pub(crate) mod initiative;
pub(crate) mod meeting;
pub(crate) mod partnership;
pub(crate) mod read;

use async_graphql::{MergedObject, MergedSubscription, Schema};

pub use common::context::Services;

/// All queries.
#[derive(MergedObject, Default)]
pub struct Query(
    meeting::query::MeetingQuery,
    partnership::query::PartnershipQuery,
    initiative::query::InitiativeQuery,
    fund_pool::query::FundPoolQuery,
);

/// All mutations: one per command of DOMAIN.md.
#[derive(MergedObject, Default)]
pub struct Mutation(
    partnership::mutation::PartnershipMutation,
    partnership::template::MinutesTemplateMutation,
    meeting::mutation::MeetingMutation,
    initiative::mutation::InitiativeMutation,
    fund_pool::mutation::FundPoolMutation,
);

/// All subscriptions.
#[derive(MergedSubscription, Default)]
pub struct Subscription(
    meeting::subscription::MeetingSubscription,
    partnership::subscription::PartnershipSubscription,
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
