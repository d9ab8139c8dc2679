//! What one reader may see of one meeting: decided in `read.rs`, applied by the meeting's
//! and its items' resolvers.

use std::collections::HashSet;
use std::sync::Arc;

use samraad_domain::AgendaItemId;
use samraad_domain::meeting::{self as dm, MeetingState};

/// What one reader may see of one meeting; decided in `read.rs`, applied here.
#[derive(Clone, Debug, Default)]
pub struct Access {
    /// Sees closed items (members of the forum, its secretariat, partnership admins).
    pub closed: bool,
    /// The anonymous public: only items of the published agenda; minutes once approved.
    pub public: bool,
    /// Items closed in the meeting's *current* state: hidden from readers without `closed`
    /// even in past states (as-of, catch-up) where they were still open.
    pub closed_now: Arc<HashSet<AgendaItemId>>,
}

impl Access {
    /// May the reader see the item at all (as a line on the agenda)?
    pub fn lists(&self, state: &MeetingState, item: AgendaItemId) -> bool {
        !self.public || state.published_items().contains(&item)
    }

    /// May the reader see the item's content (title, sections, decision, attachments, …)?
    pub fn sees(&self, state: &MeetingState, item: AgendaItemId) -> bool {
        self.lists(state, item)
            && (self.closed
                || (!self.closed_now.contains(&item)
                    && state
                        .item(item)
                        .is_some_and(|i| i.visibility == dm::Visibility::Open)))
    }
}
