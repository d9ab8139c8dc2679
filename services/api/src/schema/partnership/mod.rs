//! The partnership context: partnerships, organisations, forums, seats.

pub mod mutation;
pub mod objects;
pub mod query;
pub mod subscription;
pub mod template;
pub mod types;
