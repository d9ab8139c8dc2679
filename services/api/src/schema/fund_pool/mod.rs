//! The fund pool context: pools, balances and the ledger.

pub mod mutation;
pub mod query;
pub mod types;
