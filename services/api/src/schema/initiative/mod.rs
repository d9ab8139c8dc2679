//! The initiative context: initiatives, their money and status reports.

pub mod mutation;
pub mod query;
pub mod types;
