//! The meeting context: meetings, their agenda and items, the live meeting, minutes.

pub mod access;
pub mod follow_up;
pub mod item;
pub mod mutation;
pub mod query;
pub mod subscription;
pub mod types;
pub mod values;
