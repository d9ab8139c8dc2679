//! `subscribe_all` for every adapter: catch-up by pages, then live, as one ordered stream.
//!
//! The design avoids every classic handover bug by never trusting a notification's content:
//! a notification (a `watch` channel bumped after each commit) only means "look again". Before
//! each read the subscriber marks the channel as seen, then reads the next page after the last
//! position it delivered; only if that page is empty does it wait for the channel to change.
//! A commit that lands after the mark bumps the channel, so the wait wakes up; a commit that
//! landed before the mark is visible to the read. So there is no gap and, because every read
//! starts after the last delivered position, no duplicate.
//!
//! Memory is bounded by one page: the stream is pulled by its consumer, so a slow consumer does
//! not make anything buffer — it simply keeps reading from the store where it is, and can never
//! "lag" out of a live buffer. (`StoreError::SubscriberLagged` is therefore never produced by
//! the SQLite and PostgreSQL adapters; it exists for adapters that push.)

use std::collections::VecDeque;
use std::sync::Arc;

use futures::StreamExt;
use futures::future::BoxFuture;
use tokio::sync::watch;

use crate::error::StoreError;
use crate::port::{EventStream, Position, RecordedEvent};

/// Events read per page while catching up.
pub(crate) const PAGE_SIZE: usize = 512;

/// Reads pages of the global order.
pub(crate) trait PageReader: Send + Sync + 'static {
    /// Up to `limit` events with position > `after`, in order.
    fn read_page(
        &self,
        after: Position,
        limit: usize,
    ) -> BoxFuture<'_, Result<Vec<RecordedEvent>, StoreError>>;
}

struct State<R> {
    reader: Arc<R>,
    wake: watch::Receiver<u64>,
    after: Position,
    buffer: VecDeque<RecordedEvent>,
    done: bool,
}

/// The catch-up-then-live stream of all events after `after`.
pub(crate) fn subscribe<R: PageReader>(
    reader: Arc<R>,
    wake: watch::Receiver<u64>,
    after: Position,
) -> EventStream {
    let state = State {
        reader,
        wake,
        after,
        buffer: VecDeque::new(),
        done: false,
    };
    futures::stream::unfold(state, |mut s| async move {
        loop {
            if s.done {
                return None;
            }
            if let Some(event) = s.buffer.pop_front() {
                s.after = event.position;
                return Some((Ok(event), s));
            }
            // Mark the notifier seen *before* reading: anything committed later wakes us.
            s.wake.borrow_and_update();
            match s.reader.read_page(s.after, PAGE_SIZE).await {
                Err(e) => {
                    s.done = true;
                    return Some((Err(e), s));
                }
                Ok(page) if page.is_empty() => {
                    if s.wake.changed().await.is_err() {
                        s.done = true;
                        return Some((Err(StoreError::Closed), s));
                    }
                }
                Ok(page) => {
                    let mut last = s.after;
                    for event in page {
                        // Defensive: never deliver anything out of order or twice.
                        if event.position > last {
                            last = event.position;
                            s.buffer.push_back(event);
                        }
                    }
                }
            }
        }
    })
    .boxed()
}
