//! The Samraad event store: one port ([`EventStore`]) and its adapters.
//!
//! Only this crate knows SQL. Every adapter passes the same contract test suite.
#![warn(missing_docs)]

pub mod error;
pub mod port;

pub use error::StoreError;
pub use port::{
    AppendResult, EventMetadata, EventStore, EventStream, ExpectedVersion, NewEvent, Position,
    RecordedEvent, StreamName, StreamVersion,
};
