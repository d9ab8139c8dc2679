//! The Samraad event store's adapters of the port ([`EventStore`], defined in `samraad-log`
//! and re-exported here).
//!
//! Only this crate knows SQL. Every adapter passes the same contract test suite.
//!
//! - [`sqlite::SqliteStore`]: the embedded default (one file in a data directory).
//! - [`postgres::PostgresStore`]: many server replicas on one PostgreSQL database.
//! - `testing` (cargo feature `testing`): a throwaway PostgreSQL server for tests.
#![warn(missing_docs)]

pub use samraad_log::{error, port};
pub mod postgres;
mod prepare;
pub mod sqlite;
mod subscription;
#[cfg(feature = "testing")]
pub mod testing;

pub use error::StoreError;
pub use port::{
    AppendResult, EventMetadata, EventStore, EventStream, ExpectedVersion, IdClaim, NewEvent,
    Position, RecordedEvent, RefusedClaim, StreamName, StreamVersion,
};
pub use postgres::PostgresStore;
pub use sqlite::{SqliteOptions, SqliteStore};
