//! The Samraad server: configuration, telemetry and wiring of store, projections and API.
#![warn(missing_docs)]

pub mod cli;
pub mod demo;
pub mod export;
pub mod import;
pub mod lock;
pub mod rebuild;
pub mod serve;
pub mod store;
pub mod telemetry;
pub mod token;
