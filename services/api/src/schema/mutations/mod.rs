//! Mutations, one file per context. Each resolver parses its input into a domain command,
//! calls the command service through [`super::context::execute`], and returns a payload with
//! `version`, `position` and the changed entity. No business rules here.

pub mod fund_pool;
pub mod initiative;
pub mod meeting;
pub mod partnership;
