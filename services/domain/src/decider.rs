//! The uniform decider shape and the event encoding contract.

use std::fmt::Debug;

use chrono::{DateTime, Utc};
use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserializer, Serialize, Serializer};

use crate::actor::Actor;
use crate::error::DomainError;

/// Everything `decide` needs besides state and command: who acts, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// The acting person and the facts permissions need.
    pub actor: Actor,
    /// The current time (injected, never read from a clock inside the domain).
    pub now: DateTime<Utc>,
}

/// A pure, synchronous decider for one kind of stream.
///
/// The application layer loads a stream, folds it with [`Decider::evolve`] starting from
/// `State::default()`, calls [`Decider::decide`] and appends the returned events.
pub trait Decider {
    /// The state folded from the stream's events.
    type State: Default + Clone + Send + Sync + 'static;
    /// The commands this stream accepts.
    type Command;
    /// The events this stream holds.
    type Event: DomainEvent;

    /// Decides which events a command produces, or refuses it.
    fn decide(
        state: &Self::State,
        command: Self::Command,
        ctx: &Context,
    ) -> Result<Vec<Self::Event>, DomainError>;

    /// Applies one event to the state. Total: never fails, never panics.
    fn evolve(state: Self::State, event: &Self::Event) -> Self::State;

    /// Folds a sequence of events from the default state.
    fn fold<'a>(events: impl IntoIterator<Item = &'a Self::Event>) -> Self::State
    where
        Self::Event: 'a,
    {
        events
            .into_iter()
            .fold(Self::State::default(), Self::evolve)
    }
}

/// A stored event: a type name and a schema version in the envelope, a payload in the data.
///
/// The JSON (or any serde format) of an event is its payload struct only; the type name
/// lives in the envelope. `Serialize` on the event enums produces exactly that payload.
pub trait DomainEvent: Serialize + Clone + Debug + Send + Sync + 'static {
    /// The event type name, e.g. `"AgendaItemProposed"`.
    fn event_type(&self) -> &'static str;

    /// The schema version of this event's payload as written now.
    fn schema_version(&self) -> u32;

    /// The entity this event creates, if any: its id must name nothing else in the store.
    fn created(&self) -> Option<crate::entity::Created>;

    /// Every entity this event touches (its history shows the event), sorted, without repeats.
    fn touched(&self) -> Vec<uuid::Uuid>;

    /// Serialises the payload only.
    fn encode<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;

    /// Decodes a stored payload, dispatching on type and schema version and upcasting old shapes.
    fn decode<'de, D: Deserializer<'de>>(
        event_type: &str,
        schema_version: u32,
        data: D,
    ) -> Result<Self, D::Error>;
}

/// An event payload struct. Its Rust type name is its event type name.
pub trait EventPayload: Serialize + DeserializeOwned + Clone + Debug {
    /// The current schema version written for this payload.
    const SCHEMA_VERSION: u32 = 1;

    /// Decodes a payload stored with `schema_version`; override to upcast old versions.
    fn decode_version<'de, D: Deserializer<'de>>(
        schema_version: u32,
        data: D,
    ) -> Result<Self, D::Error> {
        if schema_version == Self::SCHEMA_VERSION {
            Self::deserialize(data)
        } else {
            Err(D::Error::custom(format_args!(
                "unsupported schema version {schema_version} (current is {})",
                Self::SCHEMA_VERSION
            )))
        }
    }
}

/// Declares a stream's event enum over payload structs named like the variants, and
/// implements [`DomainEvent`], `Serialize` (payload only) and `From<Payload>`.
macro_rules! event_enum {
    ($(#[$meta:meta])* $name:ident { $( $(#[$vmeta:meta])* $variant:ident ),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        pub enum $name {
            $( $(#[$vmeta])* $variant($variant), )+
        }

        impl $name {
            /// Every event type name of this stream.
            pub const EVENT_TYPES: &'static [&'static str] = &[$(stringify!($variant)),+];
        }

        impl $crate::decider::DomainEvent for $name {
            fn event_type(&self) -> &'static str {
                match self {
                    $( Self::$variant(_) => stringify!($variant), )+
                }
            }

            fn schema_version(&self) -> u32 {
                match self {
                    $( Self::$variant(_) => <$variant as $crate::decider::EventPayload>::SCHEMA_VERSION, )+
                }
            }

            fn created(&self) -> Option<$crate::entity::Created> {
                Self::creates(self)
            }

            fn touched(&self) -> Vec<uuid::Uuid> {
                let mut out = Vec::new();
                match self {
                    $( Self::$variant(payload) => $crate::touches::Touches::touches(payload, &mut out), )+
                }
                out.sort_unstable();
                out.dedup();
                out
            }

            fn encode<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(payload) => serde::Serialize::serialize(payload, serializer), )+
                }
            }

            fn decode<'de, D: serde::Deserializer<'de>>(
                event_type: &str,
                schema_version: u32,
                data: D,
            ) -> Result<Self, D::Error> {
                match event_type {
                    $( stringify!($variant) => {
                        <$variant as $crate::decider::EventPayload>::decode_version(schema_version, data)
                            .map(Self::$variant)
                    } )+
                    other => Err(<D::Error as serde::de::Error>::custom(format_args!(
                        "unknown {} type `{other}`", stringify!($name)
                    ))),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $crate::decider::DomainEvent::encode(self, serializer)
            }
        }

        $(
            impl From<$variant> for $name {
                fn from(payload: $variant) -> Self {
                    Self::$variant(payload)
                }
            }
        )+
    };
}
pub(crate) use event_enum;

/// Implements [`EventPayload`] with schema version 1 and no upcasting for payload structs.
macro_rules! v1_payloads {
    ($($payload:ident),+ $(,)?) => {
        $( impl $crate::decider::EventPayload for $payload {} )+
    };
}
pub(crate) use v1_payloads;
