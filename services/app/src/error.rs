//! Errors of command handling.

use samraad_domain::DomainError;
use samraad_log::StoreError;

use crate::codec::DecodeError;

/// Why a command was not executed.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The domain refused the command (rule, permission, conflict, input, not found).
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// The client's `expectedVersion` is stale.
    #[error("{stream} is at version {actual}, not the expected version {expected}")]
    StaleVersion {
        /// The stream.
        stream: String,
        /// What the client expected.
        expected: u64,
        /// What it is.
        actual: u64,
    },
    /// The command id was already used for another command (other payload, stream or sender).
    #[error(
        "the commandId {command_id} was already used for another command; send a new commandId"
    )]
    CommandIdReused {
        /// The command id.
        command_id: uuid::Uuid,
    },
    /// The stream kept changing under the command; the client should retry.
    #[error("{stream} changed concurrently too many times; retry the command")]
    Contention {
        /// The stream.
        stream: String,
    },
    /// The store failed while appending: the events may or may not be stored. Retrying with
    /// the same command id is safe (it appends at most once).
    #[error("the event store failed during the write; it may or may not be stored: {0}")]
    OutcomeUnknown(StoreError),
    /// The store refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A stored event could not be decoded.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// An event could not be encoded.
    #[error("cannot encode event: {0}")]
    Encode(String),
}
