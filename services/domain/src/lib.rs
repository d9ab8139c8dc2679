//! Samraad domain: the language of health-cluster collaboration as pure deciders.
//!
//! Architecture invariant: this crate knows nothing about storage, GraphQL, async or JSON.
//! Each stream kind ([`partnership`], [`meeting`], [`initiative`], [`fund_pool`]) has a
//! zero-sized decider implementing [`Decider`]: `decide(&State, Command, &Context)` returns
//! events or a [`DomainError`]; `evolve(State, &Event)` folds them. Permissions are decided
//! inside `decide` from the facts in [`Actor`].
#![warn(missing_docs)]
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod actor;
pub mod decider;
pub mod error;
pub mod fund_pool;
pub mod ids;
pub mod initiative;
pub mod meeting;
pub mod money;
pub mod partnership;
pub mod stream;
pub mod values;

pub use actor::{Actor, Role, Seat};
pub use decider::{Context, Decider, DomainEvent, EventPayload};
pub use error::{DomainError, Rule, SectionSnapshot};
pub use ids::*;
pub use money::{Currency, Money};
pub use stream::{AnyEvent, StreamKind};
pub use values::{CaseReference, DocumentNumber, Markdown, Name, Title, Uri};
