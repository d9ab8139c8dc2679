//! The initiative stream: a funded piece of work with a lifecycle
//! `proposed → approved → running → (extended) → completed / stopped` and 3-light status reports.

mod command;
mod decide;
mod event;
pub mod facts;
mod state;
mod types;

pub use command::*;
pub use event::*;
pub use state::InitiativeState;
pub use types::*;

use crate::decider::{Context, Decider};
use crate::error::DomainError;

/// The initiative decider (stream `initiative-<uuid>`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Initiative;

impl Decider for Initiative {
    type State = InitiativeState;
    type Command = InitiativeCommand;
    type Event = InitiativeEvent;

    fn decide(
        state: &InitiativeState,
        command: InitiativeCommand,
        ctx: &Context,
    ) -> Result<Vec<InitiativeEvent>, DomainError> {
        decide::decide(state, command, ctx)
    }

    fn evolve(state: InitiativeState, event: &InitiativeEvent) -> InitiativeState {
        state.evolve(event)
    }
}
