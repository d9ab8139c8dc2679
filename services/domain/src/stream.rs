//! Stream naming and decoding any stored event by the kind of its stream.

use std::fmt;

use serde::{Deserializer, Serialize, Serializer};
use uuid::Uuid;

use crate::decider::DomainEvent;
use crate::fund_pool::FundPoolEvent;
use crate::initiative::InitiativeEvent;
use crate::meeting::MeetingEvent;
use crate::partnership::PartnershipEvent;

/// The kinds of streams. A stream is named `<prefix>-<uuid>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StreamKind {
    /// `partnership-<uuid>`: organisations, forums, memberships.
    Partnership,
    /// `meeting-<uuid>`: schedule, agenda, live meeting, minutes.
    Meeting,
    /// `initiative-<uuid>`.
    Initiative,
    /// `fundpool-<uuid>`.
    FundPool,
}

impl StreamKind {
    /// All kinds.
    pub const ALL: [StreamKind; 4] = [
        Self::Partnership,
        Self::Meeting,
        Self::Initiative,
        Self::FundPool,
    ];

    /// The stream name prefix (without the dash).
    #[must_use]
    pub const fn prefix(self) -> &'static str {
        match self {
            Self::Partnership => "partnership",
            Self::Meeting => "meeting",
            Self::Initiative => "initiative",
            Self::FundPool => "fundpool",
        }
    }

    /// `<prefix>-<uuid>`.
    #[must_use]
    pub fn stream_name(self, id: Uuid) -> String {
        format!("{}-{}", self.prefix(), id.as_hyphenated())
    }

    /// Splits a stream name into its kind and id; `None` if it is not one of ours.
    #[must_use]
    pub fn parse_stream_name(name: &str) -> Option<(StreamKind, Uuid)> {
        let (prefix, id) = name.split_once('-')?;
        let kind = Self::ALL.into_iter().find(|k| k.prefix() == prefix)?;
        Uuid::parse_str(id).ok().map(|id| (kind, id))
    }

    /// The kind of a stream name, if it is one of ours.
    #[must_use]
    pub fn of_stream(name: &str) -> Option<StreamKind> {
        Self::parse_stream_name(name).map(|(kind, _)| kind)
    }
}

impl fmt::Display for StreamKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.prefix())
    }
}

/// Any event of any stream: what a projection reading `$all` decodes.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyEvent {
    /// From a partnership stream.
    Partnership(PartnershipEvent),
    /// From a meeting stream.
    Meeting(MeetingEvent),
    /// From an initiative stream.
    Initiative(InitiativeEvent),
    /// From a fund pool stream.
    FundPool(FundPoolEvent),
}

impl AnyEvent {
    /// Decodes a stored payload of a stream of the given kind (upcasting old versions).
    pub fn decode<'de, D: Deserializer<'de>>(
        kind: StreamKind,
        event_type: &str,
        schema_version: u32,
        data: D,
    ) -> Result<Self, D::Error> {
        Ok(match kind {
            StreamKind::Partnership => {
                Self::Partnership(PartnershipEvent::decode(event_type, schema_version, data)?)
            }
            StreamKind::Meeting => {
                Self::Meeting(MeetingEvent::decode(event_type, schema_version, data)?)
            }
            StreamKind::Initiative => {
                Self::Initiative(InitiativeEvent::decode(event_type, schema_version, data)?)
            }
            StreamKind::FundPool => {
                Self::FundPool(FundPoolEvent::decode(event_type, schema_version, data)?)
            }
        })
    }

    /// The kind of stream the event belongs to.
    #[must_use]
    pub const fn stream_kind(&self) -> StreamKind {
        match self {
            Self::Partnership(_) => StreamKind::Partnership,
            Self::Meeting(_) => StreamKind::Meeting,
            Self::Initiative(_) => StreamKind::Initiative,
            Self::FundPool(_) => StreamKind::FundPool,
        }
    }

    /// Every entity the event touches (see [`DomainEvent::touched`]).
    #[must_use]
    pub fn touched(&self) -> Vec<uuid::Uuid> {
        match self {
            Self::Partnership(e) => e.touched(),
            Self::Meeting(e) => e.touched(),
            Self::Initiative(e) => e.touched(),
            Self::FundPool(e) => e.touched(),
        }
    }

    /// The entity the event creates, if any (see [`DomainEvent::created`]).
    #[must_use]
    pub fn created(&self) -> Option<crate::entity::Created> {
        match self {
            Self::Partnership(e) => e.created(),
            Self::Meeting(e) => e.created(),
            Self::Initiative(e) => e.created(),
            Self::FundPool(e) => e.created(),
        }
    }

    /// The agenda item a meeting event is about (see [`MeetingEvent::item`]).
    #[must_use]
    pub fn item(&self) -> Option<crate::AgendaItemId> {
        match self {
            Self::Meeting(e) => e.item(),
            Self::Partnership(_) | Self::Initiative(_) | Self::FundPool(_) => None,
        }
    }

    /// The event type name.
    #[must_use]
    pub fn event_type(&self) -> &'static str {
        match self {
            Self::Partnership(e) => e.event_type(),
            Self::Meeting(e) => e.event_type(),
            Self::Initiative(e) => e.event_type(),
            Self::FundPool(e) => e.event_type(),
        }
    }

    /// The schema version written now.
    #[must_use]
    pub fn schema_version(&self) -> u32 {
        match self {
            Self::Partnership(e) => e.schema_version(),
            Self::Meeting(e) => e.schema_version(),
            Self::Initiative(e) => e.schema_version(),
            Self::FundPool(e) => e.schema_version(),
        }
    }
}

impl Serialize for AnyEvent {
    /// The payload only, as for each stream's event enum.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Partnership(e) => e.encode(serializer),
            Self::Meeting(e) => e.encode(serializer),
            Self::Initiative(e) => e.encode(serializer),
            Self::FundPool(e) => e.encode(serializer),
        }
    }
}

impl From<PartnershipEvent> for AnyEvent {
    fn from(e: PartnershipEvent) -> Self {
        Self::Partnership(e)
    }
}
impl From<MeetingEvent> for AnyEvent {
    fn from(e: MeetingEvent) -> Self {
        Self::Meeting(e)
    }
}
impl From<InitiativeEvent> for AnyEvent {
    fn from(e: InitiativeEvent) -> Self {
        Self::Initiative(e)
    }
}
impl From<FundPoolEvent> for AnyEvent {
    fn from(e: FundPoolEvent) -> Self {
        Self::FundPool(e)
    }
}
