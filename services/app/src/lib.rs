//! The Samraad application layer: the write side's command service and the event codec.
//!
//! A command is executed as: load the stream (from a cache of folded states plus the events
//! appended since), build the actor from the partnership's memberships, `decide`, append with
//! the expected version. Architecture invariant: no GraphQL and no SQL here.
#![warn(missing_docs)]

pub mod backfill;
pub mod cache;
pub mod codec;
pub mod error;
mod facts;
mod health;
pub mod ids;
pub mod import;
pub mod service;

pub use backfill::{Backfill, BackfillError, backfill_id_index};
pub use error::AppError;
pub use samraad_log::StoreError;
pub use service::{CommandService, Issuer, Outcome, StepFailed};
