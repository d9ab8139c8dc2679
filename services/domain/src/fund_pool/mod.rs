//! The fund pool stream: a partnership's shared money (udviklingsmidler / klyngemidler).
//!
//! `available = grants + income + returns − allocations − expenses`, never below zero.
//! Allocations go to initiatives and must reference the decision (meeting + item) that
//! granted them; transfers move money between initiatives and keep the total constant;
//! returns bring unspent money ("restmidler") back. Requested and granted amounts are both kept.

mod command;
mod decide;
mod event;
pub mod facts;
mod state;

pub use command::*;
pub use event::*;
pub use state::{FundPoolState, InitiativeFunds};

use crate::decider::{Context, Decider};
use crate::error::DomainError;

/// The fund pool decider (stream `fundpool-<uuid>`).
#[derive(Debug, Clone, Copy, Default)]
pub struct FundPool;

impl Decider for FundPool {
    type State = FundPoolState;
    type Command = FundPoolCommand;
    type Event = FundPoolEvent;

    fn decide(
        state: &FundPoolState,
        command: FundPoolCommand,
        ctx: &Context,
    ) -> Result<Vec<FundPoolEvent>, DomainError> {
        decide::decide(state, command, ctx)
    }

    fn evolve(state: FundPoolState, event: &FundPoolEvent) -> FundPoolState {
        state.evolve(event)
    }
}
