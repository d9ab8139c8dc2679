//! Given / when / then specifications of every command and rule, property tests and the
//! replay of a real meeting. One test binary to keep linking cheap.
#![allow(clippy::unwrap_used, missing_docs)]

mod agenda;
mod codec;
mod coediting;
mod fund_pool;
mod initiative;
mod live;
mod minutes;
mod partnership;
mod properties;
mod replay_lillebaelt;
mod schedule;
mod support;
mod touched;
