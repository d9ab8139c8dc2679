//! The black-box tests, one test binary with a module per area: the real `samraad` binary,
//! started on a random port with a fresh store, driven over HTTP and WebSocket like a client
//! would. The harness and the shared fixtures are the `samraad-tests` library (`tests/src/`).
//!
//! This is a test target of `samraad-server` (declared in `services/server/Cargo.toml`), so
//! cargo builds the `samraad` binary before this one and the harness runs that binary
//! (`samraad_tests::samraad_bin`). `SAMRAAD_BIN` names another one instead.
//!
//! Tests run in parallel threads as usual; the few that load the whole machine by themselves
//! take a lock so that they do not run at the same time (`slow_subscriber`).

mod auth_tokens;
mod authorization_matrix;
mod closed_item_oracle;
mod closed_items_leak;
mod command_ids;
mod entity_ids;
mod funds;
mod http_basics;
mod import_minutes;
mod limits;
mod meeting_lifecycle;
mod operations;
mod outages;
mod readers;
mod real_minutes;
mod slow_subscriber;
