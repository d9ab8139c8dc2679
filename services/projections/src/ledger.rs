//! A fund pool's ledger: every booking with what was available in the pool right after it,
//! as the domain's own fold of the pool computes it.

use chrono::{DateTime, Utc};
use samraad_domain::Money;
use samraad_domain::fund_pool::{FundPool, FundPoolEvent, FundPoolState};
use samraad_log::{Position, RecordedEvent, StreamVersion};
use uuid::Uuid;

use crate::view::Extra;

/// One booking.
#[derive(Clone, Debug, PartialEq)]
pub struct LedgerEntry {
    /// Global position of the booking.
    pub position: Position,
    /// Version within the pool's stream.
    pub version: StreamVersion,
    /// When it was booked.
    pub occurred_at: DateTime<Utc>,
    /// The person who booked it.
    pub actor_person: Uuid,
    /// The organisation they acted for.
    pub actor_organization: Uuid,
    /// The booking itself.
    pub event: FundPoolEvent,
    /// Available in the pool after this booking.
    pub available_after: Money,
}

/// Every booking of a pool, oldest first. Cloning shares the entries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ledger {
    entries: imbl::Vector<std::sync::Arc<LedgerEntry>>,
}

impl Ledger {
    /// The bookings, oldest first.
    pub fn entries(&self) -> impl ExactSizeIterator<Item = &LedgerEntry> {
        self.entries.iter().map(|e| e.as_ref())
    }
}

impl Extra<FundPool> for Ledger {
    fn apply(&mut self, recorded: &RecordedEvent, event: &FundPoolEvent, after: &FundPoolState) {
        self.entries.push_back(std::sync::Arc::new(LedgerEntry {
            position: recorded.position,
            version: recorded.version,
            occurred_at: recorded.metadata.occurred_at,
            actor_person: recorded.metadata.actor_person,
            actor_organization: recorded.metadata.actor_organization,
            event: event.clone(),
            available_after: after.available(),
        }));
    }
}
