//! The projector: folds the store's ordered feed into the [`ReadModel`], then hands each applied
//! event to the live [`Feed`](crate::feed::Feed).
//!
//! The checkpoint is the read model's position; on start (and after any interruption) the
//! projector resubscribes to `$all` after it. The read model lives in memory and is rebuilt
//! from the log on every start, so "rebuild equals live" is exercised on every boot.

use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use futures::StreamExt;
use samraad_app::codec;
use samraad_domain::{AgendaItemId, AnyEvent, PartnershipId, StreamKind};
use samraad_log::{EventStore, Position, RecordedEvent, StoreError};
use tokio::sync::watch;

use crate::feed::{Feed, FeedLimits, Interest, Subscriber};
use crate::model::ReadModel;
use crate::view::MeetingView;

/// Events applied under one write lock.
const BATCH: usize = 512;
/// What one queued event costs beyond its payload (envelope, `Arc`s, queue slot).
const EVENT_OVERHEAD: usize = 256;

/// One event as applied to the read model, as the live feed hands it to subscribers.
#[derive(Debug)]
pub struct Applied {
    /// The stored envelope.
    pub recorded: RecordedEvent,
    /// For meeting events, the meeting right after this event. The state shares everything
    /// the event did not change with its neighbours, so a snapshot costs about the changed part.
    pub meeting: Option<Arc<MeetingView>>,
    /// The partnership the event's stream belongs to.
    pub partnership: Option<PartnershipId>,
    /// The agenda item a meeting event is about (see `MeetingEvent::item`).
    pub item: Option<AgendaItemId>,
    /// What holding this event costs a subscriber's inbox, estimated from its payload (the
    /// payload itself and the changed part of the snapshot).
    pub bytes: usize,
}

/// The read side: the read model, its position, and the live feed of applied events.
pub struct Projections {
    store: Arc<dyn EventStore>,
    model: RwLock<ReadModel>,
    position: watch::Sender<Position>,
    feed: Feed,
    failure: Mutex<Option<String>>,
}

impl Projections {
    /// Read models over `store`, empty until [`Projections::run`] feeds them.
    pub fn new(store: Arc<dyn EventStore>) -> Arc<Self> {
        Self::with_feed_limits(store, FeedLimits::default())
    }

    /// Read models whose live feed cuts off a subscriber whose inbox would exceed `limits`.
    pub fn with_feed_limits(store: Arc<dyn EventStore>, limits: FeedLimits) -> Arc<Self> {
        Arc::new(Self {
            store,
            model: RwLock::new(ReadModel::default()),
            position: watch::Sender::new(Position::START),
            feed: Feed::new(limits),
            failure: Mutex::new(None),
        })
    }

    /// The store the read models are fed from.
    pub fn store(&self) -> &Arc<dyn EventStore> {
        &self.store
    }

    /// Reads the model under a shared lock.
    pub fn read<R>(&self, f: impl FnOnce(&ReadModel) -> R) -> R {
        match self.model.read() {
            Ok(model) => f(&model),
            Err(poisoned) => f(&poisoned.into_inner()),
        }
    }

    /// The last global position applied.
    pub fn position(&self) -> Position {
        *self.position.borrow()
    }

    /// Why the projector stopped, if it did (an undecodable event).
    pub fn failure(&self) -> Option<String> {
        self.failure.lock().ok().and_then(|f| f.clone())
    }

    /// Waits until the read model includes `position`; `false` on timeout.
    pub async fn wait_for(&self, position: Position, timeout: Duration) -> bool {
        let mut rx = self.position.subscribe();
        tokio::time::timeout(timeout, rx.wait_for(|p| *p >= position))
            .await
            .is_ok_and(|r| r.is_ok())
    }

    /// Registers a live subscriber for `interest` if `caught_up(model, sent)` holds, `sent`
    /// being the last position published to subscribers: the check and the registration are
    /// atomic with respect to publishing, so a subscriber that has read (from the store) every
    /// relevant event up to what the check proves misses nothing and may skip duplicates by
    /// position. `None`: not caught up yet — read more and try again.
    pub fn register(
        &self,
        interest: Interest,
        caught_up: impl FnOnce(&ReadModel, Position) -> bool,
    ) -> Option<Subscriber> {
        self.feed
            .register(interest, |sent| self.read(|model| caught_up(model, sent)))
    }

    /// The live feed's bounds per subscriber.
    pub fn feed_limits(&self) -> FeedLimits {
        self.feed.limits()
    }

    /// Live subscribers registered now.
    pub fn subscriber_count(&self) -> usize {
        self.feed.subscriber_count()
    }

    /// Ends every live subscription (on shutdown).
    pub fn close_feed(&self) {
        self.feed.close();
    }

    /// Feeds the read model forever: catch up from its position, then follow the live log.
    pub async fn run(self: Arc<Self>) {
        loop {
            match self.follow().await {
                Ok(()) => return,
                Err(FeedError::Store(StoreError::SubscriberLagged { .. })) => {
                    tracing::debug!("projector lagged behind the live feed; resubscribing");
                }
                Err(FeedError::Store(err)) => {
                    tracing::warn!(error = %err, "event feed interrupted; resubscribing in 1s");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                Err(FeedError::Decode(err)) => {
                    tracing::error!(error = %err, "projection stopped: an event cannot be decoded");
                    if let Ok(mut failure) = self.failure.lock() {
                        *failure = Some(err.to_string());
                    }
                    return;
                }
            }
        }
    }

    async fn follow(&self) -> Result<(), FeedError> {
        let mut feed = self
            .store
            .subscribe_all(self.position())
            .ready_chunks(BATCH);
        while let Some(batch) = feed.next().await {
            let mut decoded = Vec::with_capacity(batch.len());
            let mut interrupted = None;
            for item in batch {
                match item {
                    Ok(recorded) => {
                        let event = codec::decode_any(&recorded).map_err(FeedError::Decode)?;
                        decoded.push((recorded, event));
                    }
                    Err(err) => {
                        interrupted = Some(err);
                        break;
                    }
                }
            }
            self.apply_batch(decoded);
            if let Some(err) = interrupted {
                return Err(FeedError::Store(err));
            }
        }
        Ok(())
    }

    fn apply_batch(&self, batch: Vec<(RecordedEvent, AnyEvent)>) {
        let Some(last) = batch.last().map(|(r, _)| r.position) else {
            return;
        };
        let listening = self.feed.has_subscribers();
        let mut applied = Vec::with_capacity(if listening { batch.len() } else { 0 });
        {
            let mut model = match self.model.write() {
                Ok(model) => model,
                Err(poisoned) => poisoned.into_inner(),
            };
            for (recorded, event) in batch {
                if recorded.position <= model.position {
                    continue; // already applied (resubscription overlap)
                }
                model.apply(&recorded, &event);
                if listening {
                    applied.push(Arc::new(prepare(&model, recorded, &event)));
                }
            }
        }
        self.position.send_replace(last);
        self.feed.publish(&applied);
        self.feed.advance(last);
    }
}

/// An applied event as subscribers receive it: with its stream's partnership and, for a
/// meeting, the meeting right after it.
fn prepare(model: &ReadModel, recorded: RecordedEvent, event: &AnyEvent) -> Applied {
    let id = crate::stream_uuid(&recorded).unwrap_or_default();
    let meeting = match event {
        AnyEvent::Meeting(_) => model
            .meetings
            .get(&samraad_domain::MeetingId::from_uuid(id))
            .cloned(),
        _ => None,
    };
    let partnership = match StreamKind::parse_stream_name(recorded.stream.as_str()) {
        Some((StreamKind::Partnership, _)) => Some(PartnershipId::from_uuid(id)),
        Some((StreamKind::Meeting, _)) => meeting.as_ref().and_then(|m| m.state.partnership_id()),
        Some((StreamKind::Initiative, _)) => model
            .initiatives
            .get(&samraad_domain::InitiativeId::from_uuid(id))
            .and_then(|i| i.state.partnership_id()),
        Some((StreamKind::FundPool, _)) => model
            .fund_pools
            .get(&samraad_domain::FundPoolId::from_uuid(id))
            .and_then(|f| f.state.partnership_id()),
        None => None,
    };
    let bytes = 2 * json_size(&recorded.data) + EVENT_OVERHEAD;
    Applied {
        recorded,
        meeting,
        partnership,
        item: event.item(),
        bytes,
    }
}

/// The approximate size of a JSON value in memory (strings and a word per scalar).
fn json_size(value: &serde_json::Value) -> usize {
    use serde_json::Value;
    match value {
        Value::Null | Value::Bool(_) | Value::Number(_) => 8,
        Value::String(s) => 24 + s.len(),
        Value::Array(items) => 24 + items.iter().map(json_size).sum::<usize>(),
        Value::Object(map) => {
            24 + map
                .iter()
                .map(|(k, v)| 24 + k.len() + json_size(v))
                .sum::<usize>()
        }
    }
}

enum FeedError {
    Store(StoreError),
    Decode(codec::DecodeError),
}

/// Builds a read model from the whole log (what `samraad rebuild` and the rebuild test do),
/// calling `progress(position, head)` after each page.
pub async fn rebuild(
    store: &dyn EventStore,
    mut progress: impl FnMut(Position, Position),
) -> Result<ReadModel, RebuildError> {
    const PAGE: usize = 4096;
    let head = store.head().await?;
    let mut model = ReadModel::default();
    loop {
        let page = store.read_all(model.position, PAGE).await?;
        let done = page.len() < PAGE;
        for recorded in &page {
            let event = codec::decode_any(recorded)?;
            model.apply(recorded, &event);
        }
        progress(model.position, head);
        if done {
            return Ok(model);
        }
    }
}

/// Why a rebuild failed.
#[derive(Debug, thiserror::Error)]
pub enum RebuildError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A stored event cannot be decoded.
    #[error(transparent)]
    Decode(#[from] codec::DecodeError),
}
