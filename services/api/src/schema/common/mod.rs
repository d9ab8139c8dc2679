//! What every context shares: the services behind the schema and input parsing
//! ([`context`]), scalars ([`scalars`]), the position cursor ([`cursor`]), time travel
//! ([`as_of`]) and the plumbing of live feeds ([`feed`]).

pub mod as_of;
pub mod context;
pub mod cursor;
pub mod envelope;
pub mod feed;
pub mod parse;
pub mod runner;
pub mod scalars;
