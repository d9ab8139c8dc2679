//! Newtype identifiers over [`Uuid`].
//!
//! Every entity has its own id type so that a `MeetingId` can never be passed where a
//! `ForumId` is expected. New ids are UUID v7 (time ordered).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $crate::touches::Refers for $name {
            fn refers(&self, out: &mut Vec<Uuid>) {
                out.push(self.0);
            }
        }

        impl $name {
            /// A fresh, time-ordered (UUID v7) id.
            #[must_use]
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }

            /// Wraps an existing UUID (e.g. one read from storage or the API).
            #[must_use]
            pub const fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            /// The underlying UUID.
            #[must_use]
            pub const fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }

        impl From<Uuid> for $name {
            fn from(uuid: Uuid) -> Self {
                Self(uuid)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Self {
                id.0
            }
        }
    };
}

id_type!(
    /// A partnership (sundhedsklynge): the tenant boundary.
    PartnershipId
);
id_type!(
    /// A member organisation (kommune, region, sygehus, PLO, ...).
    OrganizationId
);
id_type!(
    /// A human (the authenticated principal or a named member).
    PersonId
);
id_type!(
    /// A forum (Politisk Forum, Fagligt Strategisk Forum, temaudvalg, ...).
    ForumId
);
id_type!(
    /// A person's seat in a forum.
    MembershipId
);
id_type!(
    /// A meeting of a forum.
    MeetingId
);
id_type!(
    /// An item on a meeting's agenda.
    AgendaItemId
);
id_type!(
    /// A decision recorded on an agenda item.
    DecisionId
);
id_type!(
    /// A follow-up action (opfølgning).
    FollowUpId
);
id_type!(
    /// A funded initiative (indsats).
    InitiativeId
);
id_type!(
    /// A fund pool (udviklingsmidler / klyngemidler).
    FundPoolId
);
id_type!(
    /// A document attached to an agenda item (bilag).
    AttachmentId
);
id_type!(
    /// A status report on an initiative.
    StatusReportId
);

impl PartnershipId {
    /// The event stream holding this partnership: `partnership-<uuid>`.
    #[must_use]
    pub fn stream_name(&self) -> String {
        crate::stream::StreamKind::Partnership.stream_name(self.0)
    }
}

impl MeetingId {
    /// The event stream holding this meeting: `meeting-<uuid>`.
    #[must_use]
    pub fn stream_name(&self) -> String {
        crate::stream::StreamKind::Meeting.stream_name(self.0)
    }
}

impl InitiativeId {
    /// The event stream holding this initiative: `initiative-<uuid>`.
    #[must_use]
    pub fn stream_name(&self) -> String {
        crate::stream::StreamKind::Initiative.stream_name(self.0)
    }
}

impl FundPoolId {
    /// The event stream holding this fund pool: `fundpool-<uuid>`.
    #[must_use]
    pub fn stream_name(&self) -> String {
        crate::stream::StreamKind::FundPool.stream_name(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_are_v7_and_roundtrip() {
        let id = MeetingId::new();
        assert_eq!(id.as_uuid().get_version_num(), 7);
        let parsed: MeetingId = id.to_string().parse().unwrap();
        assert_eq!(parsed, id);
        assert_eq!(id.stream_name(), format!("meeting-{id}"));
    }
}
