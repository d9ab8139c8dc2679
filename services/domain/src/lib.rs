//! Samraad domain: the language of health-cluster collaboration as pure deciders.
//!
//! Architecture invariant: this crate knows nothing about storage, GraphQL, async or JSON.
//! Each stream kind ([`partnership`], [`meeting`], [`initiative`], [`fund_pool`]) has a
//! zero-sized decider implementing [`Decider`]: `decide(&State, Command, &Context)` returns
//! events or a [`DomainError`]; `evolve(State, &Event)` folds them. Permissions are decided
//! inside `decide` from the facts in [`Actor`] (see [`actor`] for the choices made).
//!
//! # Using a decider
//!
//! ```
//! use samraad_domain::meeting::{Meeting, MeetingCommand, OpenMeeting};
//! use samraad_domain::{Actor, Context, Decider, MeetingId, OrganizationId, PersonId};
//!
//! let state = Meeting::fold([].iter()); // fold the stream's events
//! let ctx = Context { actor: Actor::new(PersonId::new(), OrganizationId::new()), now: chrono::Utc::now() };
//! let err = Meeting::decide(&state, MeetingCommand::OpenMeeting(OpenMeeting { meeting_id: MeetingId::new() }), &ctx)
//!     .unwrap_err();
//! assert_eq!(err.code(), "NOT_FOUND");
//! ```
//!
//! # Storing and loading events
//!
//! An event's stored data is its payload struct only; the type name and schema version go in
//! the envelope: `event.event_type()`, `event.schema_version()`, and `Serialize` (or
//! [`DomainEvent::encode`]) for the data. Loading: `StreamKind::of_stream(stream_name)` tells the
//! kind, and [`AnyEvent::decode`]`(kind, event_type, schema_version, deserializer)` (or a stream's
//! own `XxxEvent::decode`) dispatches on type and version, upcasting old shapes.
#![warn(missing_docs)]
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod actor;
pub mod decider;
pub mod entity;
pub mod error;
pub mod fund_pool;
pub mod ids;
pub mod initiative;
pub mod meeting;
pub mod money;
pub mod partnership;
pub mod stream;
pub mod touches;
pub mod values;

pub use actor::{Actor, Role, Seat};
pub use decider::{Context, Decider, DomainEvent, EventPayload};
pub use entity::{Created, EntityKind};
pub use error::{DomainError, Rule, SectionSnapshot};
pub use ids::*;
pub use money::{Currency, Money};
pub use stream::{AnyEvent, StreamKind};
pub use values::{CaseReference, DocumentNumber, Markdown, Name, TimeZone, Title, Uri};
