//! Entities that events bring into existence, and the ids that name them.
//!
//! Ids are chosen by clients (or derived from their command ids). Each names exactly one
//! thing in the whole store: the event that creates an entity says so ([`Created`]), and the
//! store refuses a creation whose id is already in use, atomically with the append.

use uuid::Uuid;

/// What kind of thing an id names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A partnership (sundhedsklynge).
    Partnership,
    /// A member organisation. The one id kind that may be registered again by another
    /// partnership: a region takes part in several health clusters as the same organisation
    /// (the organisation claim in its people's tokens is one id).
    Organization,
    /// A forum.
    Forum,
    /// A seat in a forum.
    Membership,
    /// A meeting.
    Meeting,
    /// An agenda item.
    AgendaItem,
    /// An attachment of an item.
    Attachment,
    /// A follow-up action.
    FollowUp,
    /// An initiative.
    Initiative,
    /// A fund pool.
    FundPool,
}

impl EntityKind {
    /// A stable name, e.g. `agenda_item`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Partnership => "partnership",
            EntityKind::Organization => "organization",
            EntityKind::Forum => "forum",
            EntityKind::Membership => "membership",
            EntityKind::Meeting => "meeting",
            EntityKind::AgendaItem => "agenda_item",
            EntityKind::Attachment => "attachment",
            EntityKind::FollowUp => "follow_up",
            EntityKind::Initiative => "initiative",
            EntityKind::FundPool => "fund_pool",
        }
    }

    /// Whether several streams may create the same id of this kind (see [`Organization`]).
    ///
    /// [`Organization`]: EntityKind::Organization
    #[must_use]
    pub fn shared(self) -> bool {
        self == EntityKind::Organization
    }
}

/// The entity an event creates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Created {
    /// Its kind.
    pub kind: EntityKind,
    /// Its id.
    pub id: Uuid,
}

impl Created {
    /// An entity of `kind` with `id`.
    #[must_use]
    pub fn new(kind: EntityKind, id: impl Into<Uuid>) -> Self {
        Self {
            kind,
            id: id.into(),
        }
    }
}
