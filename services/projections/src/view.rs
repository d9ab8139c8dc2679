//! A read model of one stream: the domain's folded state plus what the log adds to it.

use chrono::{DateTime, Utc};
use samraad_domain::Decider;
use samraad_domain::fund_pool::{FundPool, FundPoolState};
use samraad_domain::initiative::{Initiative, InitiativeState};
use samraad_domain::meeting::MeetingState;
use samraad_domain::partnership::{Partnership, PartnershipState};
use samraad_log::{Position, RecordedEvent, StreamVersion};

use crate::directory::Directory;
use crate::initiative_details::InitiativeDetails;
use crate::ledger::Ledger;

/// One stream's state as the read side sees it.
///
/// The state is folded with the domain's own `evolve`, so the read model and the write side
/// can never disagree about what the events mean. `extra` holds what readers need beyond the
/// domain's state (names, ledgers, reports), folded from the same events right after.
#[derive(Clone, Debug, PartialEq)]
pub struct StreamView<S, X = ()> {
    /// The folded domain state.
    pub state: S,
    /// The read side's own fold of the same events.
    pub extra: X,
    /// The stream version folded so far.
    pub version: StreamVersion,
    /// The global position of the last folded event.
    pub position: Position,
    /// When the stream's first event occurred.
    pub created_at: DateTime<Utc>,
    /// When its last event occurred.
    pub updated_at: DateTime<Utc>,
}

/// What a view folds beyond the domain state, event by event.
pub trait Extra<D: Decider + ?Sized>: Default {
    /// Folds one event; `after` is the domain state right after it.
    fn apply(&mut self, recorded: &RecordedEvent, event: &D::Event, after: &D::State);
}

impl<D: Decider + ?Sized> Extra<D> for () {
    fn apply(&mut self, _: &RecordedEvent, _: &D::Event, _: &D::State) {}
}

/// A partnership with its directory of people, organisations and forums.
pub type PartnershipView = StreamView<PartnershipState, Directory>;
/// A meeting (its state shares unchanged parts with earlier snapshots).
pub type MeetingView = StreamView<MeetingState>;
/// An initiative with its description, budgets and status reports.
pub type InitiativeView = StreamView<InitiativeState, InitiativeDetails>;
/// A fund pool with its ledger.
pub type FundPoolView = StreamView<FundPoolState, Ledger>;

/// The view type the read side keeps for a decider's streams.
pub trait Viewed: Decider {
    /// The extra fold.
    type Extra: Extra<Self> + Clone;
}

impl Viewed for Partnership {
    type Extra = Directory;
}
impl Viewed for samraad_domain::meeting::Meeting {
    type Extra = ();
}
impl Viewed for Initiative {
    type Extra = InitiativeDetails;
}
impl Viewed for FundPool {
    type Extra = Ledger;
}

impl<S: Default, X: Default> StreamView<S, X> {
    /// An empty view that will start at `recorded`.
    pub fn starting_at(recorded: &RecordedEvent) -> Self {
        Self {
            state: S::default(),
            extra: X::default(),
            version: 0,
            position: Position::START,
            created_at: recorded.metadata.occurred_at,
            updated_at: recorded.metadata.occurred_at,
        }
    }

    /// An empty view before any event.
    pub fn empty() -> Self {
        Self {
            state: S::default(),
            extra: X::default(),
            version: 0,
            position: Position::START,
            created_at: DateTime::<Utc>::MIN_UTC,
            updated_at: DateTime::<Utc>::MIN_UTC,
        }
    }

    /// Folds one more event of this stream into the view.
    pub fn apply<D: Decider<State = S>>(&mut self, recorded: &RecordedEvent, event: &D::Event)
    where
        X: Extra<D>,
    {
        let state = std::mem::take(&mut self.state);
        self.state = D::evolve(state, event);
        self.extra.apply(recorded, event, &self.state);
        if self.version == 0 {
            self.created_at = recorded.metadata.occurred_at;
        }
        self.version = recorded.version;
        self.position = recorded.position;
        self.updated_at = recorded.metadata.occurred_at;
    }
}
