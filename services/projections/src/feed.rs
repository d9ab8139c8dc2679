//! The live feed: applied events fanned out to subscribers, each through its own bounded
//! inbox that the projector fills without ever waiting.
//!
//! A subscriber that does not keep up is *cut off*: when its inbox would exceed the event or
//! byte bound, the inbox is emptied at once (its memory returned) and the subscriber learns on
//! its next read that it must resume from the last position it received. The projector, and
//! with it every write that waits for its own events to be applied, is never held back.
//!
//! Subscribers register only once caught up (see [`Feed::register`]): nothing is queued for
//! them while they read the stored past, however long that takes.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard, Weak};

use samraad_domain::PartnershipId;
use samraad_log::{Position, StreamName};
use tokio::sync::Notify;

use crate::projector::Applied;

/// Events a subscriber's inbox holds before it is cut off (the default).
pub const MAX_EVENTS: usize = 4096;
/// Bytes (estimated from the events' payloads) an inbox holds before it is cut off.
pub const MAX_BYTES: usize = 1024 * 1024;

/// The bounds of every subscriber's inbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FeedLimits {
    /// Events queued for one subscriber.
    pub max_events: usize,
    /// Estimated bytes queued for one subscriber.
    pub max_bytes: usize,
}

impl Default for FeedLimits {
    fn default() -> Self {
        Self {
            max_events: MAX_EVENTS,
            max_bytes: MAX_BYTES,
        }
    }
}

/// Which events a subscriber receives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Interest {
    /// The events of one stream.
    Stream(StreamName),
    /// The events of every stream that belongs to a partnership.
    Partnership(PartnershipId),
}

impl Interest {
    /// The events of one meeting.
    pub fn meeting(id: samraad_domain::MeetingId) -> Result<Self, samraad_log::StoreError> {
        let name = samraad_domain::StreamKind::Meeting.stream_name(id.as_uuid());
        Ok(Self::Stream(StreamName::parse(name)?))
    }
}

/// Why [`Subscriber::recv`] returned no event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missed {
    /// The subscriber fell behind its bounds and was cut off: resume from its last position.
    Lagged,
    /// The feed stopped (the server is shutting down).
    Closed,
}

#[derive(Default)]
struct Queue {
    events: VecDeque<Arc<Applied>>,
    bytes: usize,
    cut: bool,
}

/// One subscriber's bounded queue.
#[derive(Default)]
struct Inbox {
    queue: Mutex<Queue>,
    wake: Notify,
}

impl Inbox {
    fn lock(&self) -> MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Queues `event`, or cuts the subscriber off if it would exceed `limits`. Returns
    /// whether the inbox stays registered.
    fn offer(&self, event: &Arc<Applied>, limits: FeedLimits) -> bool {
        let mut queue = self.lock();
        if queue.cut {
            return false;
        }
        let full = queue.events.len() >= limits.max_events
            || queue.bytes.saturating_add(event.bytes) > limits.max_bytes;
        if full {
            *queue = Queue {
                cut: true,
                ..Queue::default()
            };
        } else {
            queue.bytes += event.bytes;
            queue.events.push_back(Arc::clone(event));
        }
        drop(queue);
        self.wake.notify_one();
        !full
    }
}

#[derive(Default)]
struct Registry {
    /// The last position offered to subscribers.
    sent: Position,
    by_stream: HashMap<StreamName, Vec<Weak<Inbox>>>,
    by_partnership: HashMap<PartnershipId, Vec<Weak<Inbox>>>,
    closed: bool,
}

/// The fan-out of applied events to subscribers.
pub struct Feed {
    registry: Mutex<Registry>,
    limits: FeedLimits,
}

impl Feed {
    /// A feed whose inboxes are bounded by `limits`.
    pub fn new(limits: FeedLimits) -> Self {
        Self {
            registry: Mutex::new(Registry::default()),
            limits,
        }
    }

    /// The bounds of every inbox.
    pub fn limits(&self) -> FeedLimits {
        self.limits
    }

    fn lock(&self) -> MutexGuard<'_, Registry> {
        self.registry.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Whether anyone is subscribed (the projector skips preparing events for nobody).
    pub fn has_subscribers(&self) -> bool {
        let registry = self.lock();
        !(registry.by_stream.is_empty() && registry.by_partnership.is_empty())
    }

    /// Registers a subscriber for `interest` if `caught_up(sent)` holds, where `sent` is the
    /// last position offered to subscribers so far; every event offered later reaches it.
    /// The check and the registration are atomic with respect to [`Feed::publish`], so a
    /// subscriber that has read every relevant event up to what the check proves misses none.
    pub fn register(
        &self,
        interest: Interest,
        caught_up: impl FnOnce(Position) -> bool,
    ) -> Option<Subscriber> {
        let mut registry = self.lock();
        if registry.closed || !caught_up(registry.sent) {
            return None;
        }
        let inbox = Arc::new(Inbox::default());
        let weak = Arc::downgrade(&inbox);
        match interest {
            Interest::Stream(stream) => registry.by_stream.entry(stream).or_default().push(weak),
            Interest::Partnership(id) => registry.by_partnership.entry(id).or_default().push(weak),
        }
        Some(Subscriber { inbox })
    }

    /// Offers applied events, in order, to the subscribers interested in them. Never waits:
    /// a subscriber whose inbox is full is cut off and dropped from the registry.
    pub fn publish(&self, events: &[Arc<Applied>]) {
        let limits = self.limits;
        let mut registry = self.lock();
        for event in events {
            if let Some(inboxes) = registry.by_stream.get_mut(&event.recorded.stream) {
                offer_all(inboxes, event, limits);
                if inboxes.is_empty() {
                    registry.by_stream.remove(&event.recorded.stream);
                }
            }
            if let Some(partnership) = event.partnership
                && let Some(inboxes) = registry.by_partnership.get_mut(&partnership)
            {
                offer_all(inboxes, event, limits);
                if inboxes.is_empty() {
                    registry.by_partnership.remove(&partnership);
                }
            }
            registry.sent = registry.sent.max(event.recorded.position);
        }
    }

    /// Records that everything up to `position` was published (events nobody wanted).
    pub fn advance(&self, position: Position) {
        let mut registry = self.lock();
        registry.sent = registry.sent.max(position);
    }

    /// Ends every subscription (shutdown).
    pub fn close(&self) {
        let mut guard = self.lock();
        let registry = &mut *guard;
        registry.closed = true;
        let inboxes = registry
            .by_stream
            .drain()
            .flat_map(|(_, inboxes)| inboxes)
            .chain(
                registry
                    .by_partnership
                    .drain()
                    .flat_map(|(_, inboxes)| inboxes),
            );
        for inbox in inboxes.filter_map(|weak| weak.upgrade()) {
            inbox.wake.notify_one();
        }
    }

    /// Subscribers registered now (for metrics and tests).
    pub fn subscriber_count(&self) -> usize {
        let registry = self.lock();
        registry
            .by_stream
            .values()
            .chain(registry.by_partnership.values())
            .map(|inboxes| inboxes.iter().filter(|w| w.strong_count() > 0).count())
            .sum()
    }
}

fn offer_all(inboxes: &mut Vec<Weak<Inbox>>, event: &Arc<Applied>, limits: FeedLimits) {
    inboxes.retain(|weak| {
        weak.upgrade()
            .is_some_and(|inbox| inbox.offer(event, limits))
    });
}

/// A registered subscriber's end of its inbox. Dropping it frees everything queued for it.
pub struct Subscriber {
    inbox: Arc<Inbox>,
}

impl Subscriber {
    /// The next event, waiting for one; [`Missed::Lagged`] once cut off.
    pub async fn recv(&self) -> Result<Arc<Applied>, Missed> {
        loop {
            {
                let mut queue = self.inbox.lock();
                if let Some(event) = queue.events.pop_front() {
                    queue.bytes = queue.bytes.saturating_sub(event.bytes);
                    return Ok(event);
                }
                if queue.cut {
                    return Err(Missed::Lagged);
                }
            }
            // Registered inboxes are held weakly by the registry: if only this handle is
            // left and the feed dropped it (closed), no event will ever come.
            if Arc::weak_count(&self.inbox) == 0 {
                return Err(Missed::Closed);
            }
            self.inbox.wake.notified().await;
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use samraad_log::{EventMetadata, RecordedEvent};

    fn event(stream: &StreamName, position: u64, bytes: usize) -> Arc<Applied> {
        Arc::new(Applied {
            recorded: RecordedEvent {
                event_id: uuid::Uuid::now_v7(),
                stream: stream.clone(),
                version: position,
                position: Position(position),
                event_type: "AgendaItemEdited".into(),
                schema_version: 1,
                data: serde_json::json!({}),
                metadata: EventMetadata {
                    occurred_at: chrono::Utc::now(),
                    actor_person: uuid::Uuid::nil(),
                    actor_organization: uuid::Uuid::nil(),
                    causation_id: uuid::Uuid::nil(),
                    correlation_id: uuid::Uuid::nil(),
                    recorded_at: None,
                },
            },
            meeting: None,
            item: None,
            partnership: None,
            bytes,
        })
    }

    fn meeting() -> StreamName {
        StreamName::parse("meeting-1").unwrap()
    }

    #[tokio::test]
    async fn a_subscriber_gets_its_streams_events_in_order() {
        let feed = Feed::new(FeedLimits::default());
        let sub = feed
            .register(Interest::Stream(meeting()), |_| true)
            .unwrap();
        let other = StreamName::parse("meeting-2").unwrap();
        feed.publish(&[
            event(&meeting(), 1, 10),
            event(&other, 2, 10),
            event(&meeting(), 3, 10),
        ]);
        assert_eq!(sub.recv().await.unwrap().recorded.position, Position(1));
        assert_eq!(sub.recv().await.unwrap().recorded.position, Position(3));
    }

    #[tokio::test]
    async fn a_subscriber_past_the_event_bound_is_cut_off_and_its_queue_freed() {
        let feed = Feed::new(FeedLimits {
            max_events: 3,
            max_bytes: usize::MAX,
        });
        let sub = feed
            .register(Interest::Stream(meeting()), |_| true)
            .unwrap();
        let events: Vec<_> = (1..=10).map(|p| event(&meeting(), p, 10)).collect();
        feed.publish(&events); // never waits, however many
        assert_eq!(sub.recv().await.unwrap_err(), Missed::Lagged);
        assert_eq!(feed.subscriber_count(), 0, "dropped from the registry");
        assert!(
            events.iter().all(|e| Arc::strong_count(e) == 1),
            "nothing of the cut subscriber's queue is held"
        );
    }

    #[tokio::test]
    async fn the_byte_bound_cuts_off_before_the_event_bound() {
        let feed = Feed::new(FeedLimits {
            max_events: 1000,
            max_bytes: 1000,
        });
        let sub = feed
            .register(Interest::Stream(meeting()), |_| true)
            .unwrap();
        feed.publish(&[event(&meeting(), 1, 600)]);
        assert_eq!(sub.recv().await.unwrap().recorded.position, Position(1));
        feed.publish(&[event(&meeting(), 2, 600)]);
        feed.publish(&[event(&meeting(), 3, 300)]);
        assert_eq!(sub.recv().await.unwrap().recorded.position, Position(2));
        assert_eq!(sub.recv().await.unwrap().recorded.position, Position(3));
        feed.publish(&[event(&meeting(), 4, 600), event(&meeting(), 5, 600)]);
        assert_eq!(sub.recv().await.unwrap_err(), Missed::Lagged);
    }

    #[test]
    fn registration_waits_until_the_subscriber_has_read_what_was_published() {
        let feed = Feed::new(FeedLimits::default());
        feed.advance(Position(7));
        assert!(
            feed.register(Interest::Stream(meeting()), |sent| sent <= Position(5))
                .is_none()
        );
        assert!(
            feed.register(Interest::Stream(meeting()), |sent| sent <= Position(7))
                .is_some()
        );
    }

    #[tokio::test]
    async fn a_dropped_subscriber_leaves_the_registry_and_closing_ends_the_others() {
        let feed = Feed::new(FeedLimits::default());
        let gone = feed
            .register(Interest::Stream(meeting()), |_| true)
            .unwrap();
        let stays = feed
            .register(Interest::Stream(meeting()), |_| true)
            .unwrap();
        drop(gone);
        assert_eq!(feed.subscriber_count(), 1);
        feed.close();
        assert_eq!(stays.recv().await.unwrap_err(), Missed::Closed);
        assert!(
            feed.register(Interest::Stream(meeting()), |_| true)
                .is_none()
        );
    }
}
