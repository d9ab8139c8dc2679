//! A bounded cache of folded stream states, so a command reads only the events appended
//! since the state was last folded instead of the whole stream.

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

use samraad_log::{Position, StreamName, StreamVersion};
use uuid::Uuid;

/// Streams kept in the cache before it is cleared (a cheap bound; states refold on demand).
const MAX_STREAMS: usize = 20_000;

/// Where a command's events are in a stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommandEntry {
    /// The version of its last event.
    pub version: StreamVersion,
    /// The position of its last event.
    pub position: Position,
    /// The id of its first event: derived from the command id, the stream and the command's
    /// fingerprint, so a retry can be told from a reuse of the id for something else.
    pub first_event: Uuid,
}

/// For each command id seen in a stream: where its events are.
///
/// Entries are facts read from (or just written to) the log, never retracted, so every fold
/// of one stream shares one index: a snapshot may see commands newer than itself, which is
/// still true of the stream.
#[derive(Clone, Default)]
pub struct CommandIndex(Arc<RwLock<HashMap<Uuid, CommandEntry>>>);

impl CommandIndex {
    /// Where the command's events are, if the stream has them.
    pub fn get(&self, command: &Uuid) -> Option<CommandEntry> {
        self.0.read().ok()?.get(command).copied()
    }

    /// Records that an event of `command` (`event`) is at `version`/`position`; the first
    /// event recorded for a command stays its first.
    pub fn insert(&self, command: Uuid, version: StreamVersion, position: Position, event: Uuid) {
        if let Ok(mut index) = self.0.write() {
            index
                .entry(command)
                .and_modify(|entry| {
                    if version > entry.version {
                        entry.version = version;
                        entry.position = position;
                    }
                })
                .or_insert(CommandEntry {
                    version,
                    position,
                    first_event: event,
                });
        }
    }
}

/// A stream's state folded up to `version`, with the commands that produced its events.
#[derive(Clone)]
pub struct Folded<S> {
    /// The folded state.
    pub state: S,
    /// The stream version the state includes.
    pub version: StreamVersion,
    /// The global position of the last folded event.
    pub position: Position,
    /// The commands seen in the stream.
    pub commands: CommandIndex,
    /// When the fold was last known to be the whole stream (read to its end, or extended by
    /// an append of ours that the store accepted at exactly the next version).
    pub verified_at: Instant,
}

impl<S: Default> Default for Folded<S> {
    fn default() -> Self {
        Self {
            state: S::default(),
            version: 0,
            position: Position::START,
            commands: CommandIndex::default(),
            verified_at: Instant::now(),
        }
    }
}

/// Folded states by stream name, type-erased so one cache serves every stream kind.
#[derive(Default)]
pub struct StateCache {
    entries: Mutex<HashMap<StreamName, Arc<dyn Any + Send + Sync>>>,
}

impl StateCache {
    /// The cached fold of `stream`, if any (and of the right type).
    pub fn get<S: Clone + Send + Sync + 'static>(&self, stream: &StreamName) -> Option<Folded<S>> {
        let entries = self.entries.lock().ok()?;
        entries
            .get(stream)
            .and_then(|entry| entry.downcast_ref::<Folded<S>>())
            .cloned()
    }

    /// Stores `folded` unless a newer fold is already cached.
    pub fn put<S: Clone + Send + Sync + 'static>(&self, stream: StreamName, folded: Folded<S>) {
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        let newer_cached = entries
            .get(&stream)
            .and_then(|entry| entry.downcast_ref::<Folded<S>>())
            .is_some_and(|cached| {
                (cached.version, cached.verified_at) >= (folded.version, folded.verified_at)
            });
        if newer_cached {
            return;
        }
        if entries.len() >= MAX_STREAMS {
            entries.clear();
        }
        entries.insert(stream, Arc::new(folded));
    }
}
