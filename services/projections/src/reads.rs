//! Reads of the stored log on behalf of readers: subscriptions catching up page by page, and
//! time travel. The read side is the only reader of the log outside the write path.

use samraad_app::codec;
use samraad_domain::{AnyEvent, Decider, StreamKind};
use samraad_log::{Position, RecordedEvent, StoreError, StreamName, StreamVersion};
use uuid::Uuid;

use crate::projector::{Projections, RebuildError};
use crate::view::{StreamView, Viewed};

impl Projections {
    /// The store's head (readiness compares it with the read model's position).
    pub async fn head(&self) -> Result<Position, StoreError> {
        self.store().head().await
    }

    /// Up to `limit` events of stream `kind`/`id` after version `after`, decoded.
    pub async fn stream_page<D: Decider>(
        &self,
        kind: StreamKind,
        id: Uuid,
        after: StreamVersion,
        limit: usize,
    ) -> Result<Vec<(RecordedEvent, D::Event)>, RebuildError> {
        let stream = StreamName::parse(kind.stream_name(id))?;
        let page = self.store().read_stream(stream, after, limit).await?;
        page.into_iter()
            .map(|recorded| {
                let event = codec::decode::<D::Event>(&recorded)?;
                Ok((recorded, event))
            })
            .collect()
    }

    /// Up to `limit` events of the whole log after `after`, decoded.
    pub async fn log_page(
        &self,
        after: Position,
        limit: usize,
    ) -> Result<Vec<(RecordedEvent, AnyEvent)>, RebuildError> {
        let page = self.store().read_all(after, limit).await?;
        page.into_iter()
            .map(|recorded| {
                let event = codec::decode_any(&recorded)?;
                Ok((recorded, event))
            })
            .collect()
    }

    /// The view of stream `kind`/`id` as it stood at `at` (see [`crate::as_of`]).
    pub async fn view_as_of<D: Viewed>(
        &self,
        kind: StreamKind,
        id: Uuid,
        at: Position,
    ) -> Result<Option<StreamView<D::State, D::Extra>>, RebuildError> {
        crate::as_of::stream_as_of::<D>(self.store().as_ref(), kind, id, at).await
    }
}
