//! Which entities an event touches: whose history must show it.
//!
//! Every payload struct says which of its fields name an entity ([`touches!`]); the event
//! enums dispatch to it ([`DomainEvent::touched`](crate::DomainEvent::touched)), so a new event
//! type does not compile until it says what it touches. Actors (who proposed, who edited) are
//! not touched: the history entry records the actor itself.

use uuid::Uuid;

use crate::meeting::DecisionRef;

/// A payload that names entities.
pub trait Touches {
    /// Appends the ids of every entity this payload touches.
    fn touches(&self, out: &mut Vec<Uuid>);
}

/// A field type that refers to entities: an id, a list or option of ids, a decision reference.
pub trait Refers {
    /// Appends the ids this value refers to.
    fn refers(&self, out: &mut Vec<Uuid>);
}

impl<T: Refers> Refers for Option<T> {
    fn refers(&self, out: &mut Vec<Uuid>) {
        if let Some(value) = self {
            value.refers(out);
        }
    }
}

impl<T: Refers> Refers for Vec<T> {
    fn refers(&self, out: &mut Vec<Uuid>) {
        for value in self {
            value.refers(out);
        }
    }
}

impl<A: Refers, B: Refers> Refers for (A, B) {
    fn refers(&self, out: &mut Vec<Uuid>) {
        self.0.refers(out);
        self.1.refers(out);
    }
}

/// A decision touches the item it was recorded on, and that item's meeting.
impl Refers for DecisionRef {
    fn refers(&self, out: &mut Vec<Uuid>) {
        self.meeting_id.refers(out);
        self.item_id.refers(out);
    }
}

/// Implements [`Touches`] for payload structs from the fields that name entities.
macro_rules! touches {
    ($($payload:ident => [$($field:ident),* $(,)?]),+ $(,)?) => {
        $(
            impl $crate::touches::Touches for $payload {
                fn touches(&self, _out: &mut Vec<uuid::Uuid>) {
                    $( $crate::touches::Refers::refers(&self.$field, _out); )*
                }
            }
        )+
    };
}
pub(crate) use touches;
