//! The partnership stream: organisations, forums, memberships and administrators.

mod command;
mod decide;
mod event;
mod state;
mod template;

pub use command::*;
pub use event::*;
pub use state::{ForumInfo, MembershipInfo, OrganizationInfo, PartnershipState};
pub use template::{MinutesTemplate, SectionLabel};

use crate::decider::{Context, Decider};
use crate::error::DomainError;

/// The partnership decider (stream `partnership-<uuid>`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Partnership;

impl Decider for Partnership {
    type State = PartnershipState;
    type Command = PartnershipCommand;
    type Event = PartnershipEvent;

    fn decide(
        state: &PartnershipState,
        command: PartnershipCommand,
        ctx: &Context,
    ) -> Result<Vec<PartnershipEvent>, DomainError> {
        decide::decide(state, command, ctx)
    }

    fn evolve(state: PartnershipState, event: &PartnershipEvent) -> PartnershipState {
        state.evolve(event)
    }
}
