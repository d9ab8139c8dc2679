//! Time travel: any stream's read model as it stood at a past global position.

use samraad_app::codec;
use samraad_domain::StreamKind;
use samraad_log::{EventStore, Position, StreamName};
use uuid::Uuid;

use crate::projector::RebuildError;
use crate::view::{StreamView, Viewed};

/// The view of stream `kind`/`id` including exactly the events at or before `at`;
/// `None` if the stream had no events by then.
pub async fn stream_as_of<D: Viewed>(
    store: &dyn EventStore,
    kind: StreamKind,
    id: Uuid,
    at: Position,
) -> Result<Option<StreamView<D::State, D::Extra>>, RebuildError> {
    const PAGE: usize = 1000;
    let stream = StreamName::parse(kind.stream_name(id))?;
    let mut view: Option<StreamView<D::State, D::Extra>> = None;
    let mut after = 0;
    loop {
        let page = store.read_stream(stream.clone(), after, PAGE).await?;
        let done = page.len() < PAGE;
        for recorded in &page {
            if recorded.position > at {
                return Ok(view);
            }
            let event: D::Event = codec::decode(recorded)?;
            view.get_or_insert_with(|| StreamView::starting_at(recorded))
                .apply::<D>(recorded, &event);
            after = recorded.version;
        }
        if done {
            return Ok(view);
        }
    }
}
