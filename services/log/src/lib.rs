//! The event log's port: the [`EventStore`] trait every adapter implements, and the types
//! it speaks (streams, versions, positions, events, errors).
//!
//! No database here: the adapters live in `samraad-store`. The command service, the
//! projections and the API depend on this crate only, so none of them can reach SQL.
#![warn(missing_docs)]

pub mod error;
pub mod port;

pub use error::StoreError;
pub use port::{
    AppendResult, EventMetadata, EventStore, EventStream, ExpectedVersion, IdClaim, NewEvent,
    Position, RecordedEvent, RefusedClaim, StreamName, StreamVersion,
};
