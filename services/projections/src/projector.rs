//! The projector: folds the store's ordered feed into the [`ReadModel`], then fans each applied
//! event out to live subscribers.
//!
//! The checkpoint is the read model's position; on start (and after any interruption) the
//! projector resubscribes to `$all` after it. The read model lives in memory and is rebuilt
//! from the log on every start, so "rebuild equals live" is exercised on every boot.

use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use futures::StreamExt;
use samraad_app::codec;
use samraad_domain::AnyEvent;
use samraad_domain::meeting::MeetingState;
use samraad_store::{EventStore, Position, RecordedEvent, StoreError};
use tokio::sync::{broadcast, watch};

use crate::model::ReadModel;
use crate::view::StreamView;

/// Events buffered per live subscriber before it is told it lagged (the default).
pub const FEED_CAPACITY: usize = 4096;
/// Events applied under one write lock.
const BATCH: usize = 512;

/// One event as applied to the read model.
#[derive(Debug)]
pub struct Applied {
    /// The stored envelope.
    pub recorded: RecordedEvent,
    /// The decoded event.
    pub event: AnyEvent,
    /// For meeting events, the meeting right after this event (shared, copy-on-write).
    pub meeting: Option<Arc<StreamView<MeetingState>>>,
}

/// The read side: the read model, its position, and the live feed of applied events.
pub struct Projections {
    store: Arc<dyn EventStore>,
    model: RwLock<ReadModel>,
    position: watch::Sender<Position>,
    feed: broadcast::Sender<Arc<Applied>>,
    failure: Mutex<Option<String>>,
}

impl Projections {
    /// Read models over `store`, empty until [`Projections::run`] feeds them.
    pub fn new(store: Arc<dyn EventStore>) -> Arc<Self> {
        Self::with_feed_capacity(store, FEED_CAPACITY)
    }

    /// Read models whose live feed buffers `capacity` events per subscriber before a
    /// subscriber that falls further behind is told to resume from its last position.
    pub fn with_feed_capacity(store: Arc<dyn EventStore>, capacity: usize) -> Arc<Self> {
        let (feed, _) = broadcast::channel(capacity.max(1));
        Arc::new(Self {
            store,
            model: RwLock::new(ReadModel::default()),
            position: watch::Sender::new(Position::START),
            feed,
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

    /// A receiver of every event applied from now on (subscribe *before* reading catch-up).
    pub fn live(&self) -> broadcast::Receiver<Arc<Applied>> {
        self.feed.subscribe()
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
        let listening = self.feed.receiver_count() > 0;
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
                    let meeting = match &event {
                        AnyEvent::Meeting(_) => model
                            .meetings
                            .get(&samraad_domain::MeetingId::from_uuid(
                                crate::stream_uuid(&recorded).unwrap_or_default(),
                            ))
                            .cloned(),
                        _ => None,
                    };
                    applied.push(Arc::new(Applied {
                        recorded,
                        event,
                        meeting,
                    }));
                }
            }
        }
        self.position.send_replace(last);
        for event in applied {
            let _ = self.feed.send(event);
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
