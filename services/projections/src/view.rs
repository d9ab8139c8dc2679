//! A read model of one stream: the domain's folded state plus what the log adds to it.

use chrono::{DateTime, Utc};
use samraad_domain::Decider;
use samraad_store::{Position, RecordedEvent, StreamVersion};

/// One stream's state as the read side sees it.
///
/// The state is folded with the domain's own `evolve`, so the read model and the write side
/// can never disagree about what the events mean.
#[derive(Clone, Debug, PartialEq)]
pub struct StreamView<S> {
    /// The folded domain state.
    pub state: S,
    /// The stream version folded so far.
    pub version: StreamVersion,
    /// The global position of the last folded event.
    pub position: Position,
    /// When the stream's first event occurred.
    pub created_at: DateTime<Utc>,
    /// When its last event occurred.
    pub updated_at: DateTime<Utc>,
}

impl<S: Default> StreamView<S> {
    /// An empty view that will start at `recorded`.
    pub fn starting_at(recorded: &RecordedEvent) -> Self {
        Self {
            state: S::default(),
            version: 0,
            position: Position::START,
            created_at: recorded.metadata.occurred_at,
            updated_at: recorded.metadata.occurred_at,
        }
    }
}

impl<S: Default> StreamView<S> {
    /// Folds one more event of this stream into the view.
    pub fn apply<D: Decider<State = S>>(&mut self, recorded: &RecordedEvent, event: &D::Event) {
        let state = std::mem::take(&mut self.state);
        self.state = D::evolve(state, event);
        self.version = recorded.version;
        self.position = recorded.position;
        self.updated_at = recorded.metadata.occurred_at;
    }
}
