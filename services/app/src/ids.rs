//! Deterministic ids derived from a command id.
//!
//! A retried command (same `commandId`) must produce the same event ids and the same new
//! entity ids, so the store recognises the retry and appends nothing. Ids keep the UUID v7
//! layout: the 48-bit timestamp of the command id (clients send v7 command ids; the server
//! generates v7 ones when the client sends none), then bits mixed from the command id, a
//! purpose tag and an index.

use uuid::Uuid;

/// What a derived id is for; different purposes never collide for one command.
#[derive(Clone, Copy, Debug)]
pub enum Purpose {
    /// The `index`-th event the command appends to the stream whose name hashes to
    /// `stream` (see [`Purpose::event`]): the same command id sent to another stream yields
    /// other event ids, so it can never be mistaken for a retry there.
    Event {
        /// FNV-1a hash of the stream name.
        stream: u64,
        /// The event's index within the command's events.
        index: u32,
    },
    /// The id of an entity the command creates (meeting, item, initiative, …).
    Entity,
}

impl Purpose {
    /// The `index`-th event of a command on `stream` whose [`fingerprint`] is `fingerprint`.
    pub fn event(stream: &str, fingerprint: u64, index: u32) -> Self {
        Purpose::Event {
            stream: fnv1a(fingerprint, stream.as_bytes()),
            index,
        }
    }
}

/// What a command is: its sender and its content. The same command id sent again with the
/// same fingerprint is a retry; with another, a reuse of the id (refused).
pub fn fingerprint(person: Uuid, organization: Uuid, command: &impl std::fmt::Debug) -> u64 {
    let hash = fnv1a(0xcbf2_9ce4_8422_2325, person.as_bytes());
    let hash = fnv1a(hash, organization.as_bytes());
    fnv1a(hash, format!("{command:?}").as_bytes())
}

fn fnv1a(start: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(start, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Derives a v7-layout id from `command_id` for `purpose`.
pub fn derive(command_id: Uuid, purpose: Purpose) -> Uuid {
    let (tag, index) = match purpose {
        Purpose::Event { stream, index } => (1u64 ^ stream, u64::from(index)),
        Purpose::Entity => (2u64, 0),
    };
    let bytes = command_id.as_bytes();
    let high = u64::from_be_bytes([
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
    ]);
    let low = u64::from_be_bytes([
        bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15],
    ]);
    let mixed = splitmix(low ^ splitmix(high ^ (tag << 32 | index)));
    let timestamp_ms = high >> 16; // the first 48 bits of a v7 id
    let rand_a = (mixed >> 52) & 0x0fff;
    let rand_b = mixed & 0x3fff_ffff_ffff_ffff;
    let hi = (timestamp_ms << 16) | (0x7 << 12) | rand_a;
    let lo = (0b10 << 62) | rand_b;
    Uuid::from_u64_pair(hi, lo)
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_ids_are_stable_distinct_and_v7() {
        let command = Uuid::now_v7();
        let a = derive(command, Purpose::event("meeting-1", 7, 0));
        assert_eq!(a, derive(command, Purpose::event("meeting-1", 7, 0)));
        assert_ne!(a, derive(command, Purpose::event("meeting-1", 7, 1)));
        assert_ne!(a, derive(command, Purpose::event("meeting-2", 7, 0)));
        assert_ne!(
            a,
            derive(command, Purpose::event("meeting-1", 8, 0)),
            "another command"
        );
        assert_ne!(a, derive(command, Purpose::Entity));
        assert_ne!(a, derive(Uuid::now_v7(), Purpose::event("meeting-1", 7, 0)));
        assert_eq!(a.get_version_num(), 7);
        assert_eq!(a.get_variant(), uuid::Variant::RFC4122);
        assert_eq!(
            a.as_bytes()[..6],
            command.as_bytes()[..6],
            "keeps the command's time"
        );
    }
}
